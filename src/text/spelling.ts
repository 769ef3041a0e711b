/** Shortest name compared letter by letter for a second spelling. */
const MIN_RESPELLED_CHARS = 5;

/**
 * True when `b` spells the name `a` with one letter changed ("Wasif" for "Wasef"): same length
 * (at least MIN_RESPELLED_CHARS), same first letter, exactly one letter apart.
 */
export function respelled(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < MIN_RESPELLED_CHARS || a[0] !== b[0]) return false;
  let diff = 0;
  for (let i = 0; i < a.length && diff < 2; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}
