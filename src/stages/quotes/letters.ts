/**
 * Letter-class patterns shared by the quote rules, built once. (Written inside a function, a
 * pattern with \p{…} is rebuilt on every call once the TypeScript is compiled for Node.)
 */

/** Starts with an upper-case letter. */
export const UPPER_START = /^\p{Lu}/u;
/** Starts with a lower-case letter. */
export const LOWER_START = /^\p{Ll}/u;
/** Starts with an upper-case letter then a lower-case one ("Smith", not "UN"). */
export const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** Has a letter. */
export const HAS_LETTER = /\p{L}/u;
/** Has a letter or a digit. */
export const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Starts with a digit. */
export const DIGIT_START = /^\p{N}/u;
/** Upper-case letters only, two or more ("UNICEF"). */
export const ACRONYM = /^\p{Lu}{2,}$/u;
/** A hyphenated given name ("Man-kei", "Nils-Erik"). */
export const HYPHENATED_NAME = /^\p{Lu}\p{Ll}+-\p{L}/u;
/** Starts with an upper-case letter or a digit. */
export const UPPER_OR_DIGIT_START = /^[\p{Lu}\p{N}]/u;
