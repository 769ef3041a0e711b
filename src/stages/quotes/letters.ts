/**
 * Letter-class patterns shared by the quote rules, built once. (Written inside a function, a
 * pattern with \p{…} is rebuilt on every call once the TypeScript is compiled for Node.)
 */
import { CAPITAL_START } from '../../text/rules.js';

/** Starts with an upper-case letter (also after a click or an ʻokina: "!Oeb", "ʻAkilisi"). */
export const UPPER_START = CAPITAL_START;
/** Starts with a lower-case letter. */
export const LOWER_START = /^\p{Ll}/u;
/** Starts with an upper-case letter then a lower-case one ("Smith", not "UN"). */
export const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** A word of a person's name: capitalised, or a capital, an apostrophe and a capital ("O'Neill", "C'Bearing"). */
export const NAME_WORD = /^\p{Lu}(?:\p{Ll}|['’]\p{Lu})/u;
/** Has a letter. */
export const HAS_LETTER = /\p{L}/u;
/** Has a letter or a digit. */
export const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Starts with a letter. */
export const LETTER_START = /^\p{L}/u;
/** Starts with a digit. */
export const DIGIT_START = /^\p{N}/u;
/** Upper-case letters only, two or more ("UNICEF"). */
export const ACRONYM = /^\p{Lu}{2,}$/u;
/** A hyphenated given name ("Man-kei", "Nils-Erik"). */
export const HYPHENATED_NAME = /^\p{Lu}\p{Ll}+-\p{L}/u;
/** Starts with an upper-case letter or a digit. */
export const UPPER_OR_DIGIT_START = /^[\p{Lu}\p{N}]/u;
/** A dash that opens or closes an aside ("—", "–", "--"). */
export const DASH = /^(?:—|–|--)$/;

/** Words inside a spelled-out name that give no letter to its acronym ("of", "and", a comma). */
const SPELLING_JOINER = /^(?:of|and|for|on|the|in|&|,)$/;
/** The last word or comma of a text, and the spaces after it. */
const LAST_WORD = /([\p{L}&'’-]+|,)\s*$/u;

/**
 * Where, in `before`, the capitalised words at its end begin whose initials spell `acronym`
 * ("Institute of Epidemiology, Disease Control and Research" for "IEDCR"); -1 when they do not.
 */
export function spelledStart(before: string, acronym: string): number {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 3) return -1;
  let rest = before;
  let i = letters.length - 1;
  let start = -1;
  while (i >= 0) {
    const m = LAST_WORD.exec(rest);
    if (!m) return -1;
    const word = m[1]!;
    rest = rest.slice(0, m.index);
    if (UPPER_START.test(word)) {
      if (word[0] !== letters[i]) return -1;
      i--;
      start = m.index;
    } else if (!SPELLING_JOINER.test(word) || start < 0) return -1;
  }
  return start;
}
