/** Shortest name compared letter by letter for a second spelling. */
const MIN_RESPELLED_CHARS = 5;

/**
 * True when `b` spells the name `a` with one letter changed, added or left out ("Wasif" for
 * "Wasef", "Maurer" for "Mauer"): both at least MIN_RESPELLED_CHARS long, same first letter.
 */
export function respelled(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < MIN_RESPELLED_CHARS || a[0] !== b[0]) return false;
  if (a.length === b.length) {
    let diff = 0;
    for (let i = 0; i < a.length && diff < 2; i++) if (a[i] !== b[i]) diff++;
    return diff === 1;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}
