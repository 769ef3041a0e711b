const APOSTROPHES = /['\u2018\u2019\u201b\u02bc\u02bb\u0060\u00b4\u2032.]/g;
const SEPARATORS = /[^\p{L}\p{N}&]+/gu;
const SINGLE_LETTER_RUN = /\b\p{L}(?: \p{L}\b)+/gu;
const ASCII_SIMPLE = /^[a-z0-9 ]*$/;

/**
 * The key `Kb.lookup` uses: case-insensitive, diacritics and apostrophes dropped, dots dropped
 * ("U.S." = "US" = "U.S"), hyphens and other punctuation as spaces, spaced initials joined
 * ("U. S. A." = "USA"), and a leading "the" ignored.
 */
export function normalizeName(name: string): string {
  let s = name.toLowerCase();
  if (!ASCII_SIMPLE.test(s)) {
    s = s.normalize('NFKD').replace(/\p{M}/gu, '').replace(APOSTROPHES, '').replace(SEPARATORS, ' ');
  }
  s = s.trim();
  if (s.includes('  ')) s = s.replace(/ {2,}/g, ' ');
  // Join runs of single letters: "u s a" → "usa".
  if (/\b\p{L} \p{L}\b/u.test(s)) s = s.replace(SINGLE_LETTER_RUN, (run) => run.replace(/ /g, ''));
  if (s.startsWith('the ')) s = s.slice(4);
  return s;
}
