/** The capitals that open a name's capitalised words ("Superintendent of Police" → "SP"). */
export function initials(name: string): string {
  return name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}
