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

/**
 * A short acronym ("US", "U.N.", "LA", "WHO"): two or three capitals, or up to four letters with
 * a capital inside ("JeM", "AfD"). It names something only when the text writes it as an acronym
 * too: "Us", "Who", the "La" of "La Riva" and the "Jem" of "Jem and the Holograms" are other words.
 */
export function isShortAcronym(form: string): boolean {
  const letters = form.replace(/^the\s+/i, '').replace(/[^\p{L}]/gu, '');
  return /^\p{Lu}{2,3}$/u.test(letters) || (letters.length <= 4 && /^\p{Lu}\p{L}*\p{Lu}/u.test(letters) && /\p{Ll}/u.test(letters));
}

/** A looked-up text that reads as a word, not an acronym: letters, lower case after the first ("Us", "Who"; not "U.S.", "u.s." or "JeM"). */
export const readsAsWord = (text: string): boolean => /^\p{L}\p{Ll}+$/u.test(text);
