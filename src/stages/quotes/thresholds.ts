/**
 * Limits of the quotes stage. They were set by reading Wikinews articles (not the gold file's
 * scores) and move as a set: a looser frame window needs a stricter speech test.
 */

/** A quotation with fewer words is a term or a scare quote unless its sentence reports speech. */
export const MIN_SPEECH_WORDS = 4;
/** A quotation whose marks are farther apart than this is an unbalanced mark, not a quotation. */
export const MAX_QUOTE_CHARS = 12_000;
/** Single-mark quotations ('…') are short: farther apart, the marks are apostrophes. */
export const MAX_SINGLE_QUOTE_CHARS = 300;
/** A quotation of at most this many capitalised words with no end mark is a name or title. */
export const MAX_TITLE_WORDS = 7;
/** Most tokens of an attribution between two parts of one quotation ("," he told the press. "). */
export const MAX_FRAME_TOKENS = 16;
/** Most tokens from the end of a quotation to its reporting verb ("…," X, the leader of the … (PRD), said). */
export const MAX_VERB_AFTER_TOKENS = 24;
/** Most tokens looked back from a quotation for its reporting verb, within the sentence. */
export const MAX_FRAME_LOOKBACK_TOKENS = 45;
/** How far back a pronoun's antecedent is looked for, in characters. */
export const MAX_ANTECEDENT_CHARS = 1200;
/** Reported content shorter than this many words is not a statement. */
export const MIN_CONTENT_WORDS = 3;
/** Most tokens between a reporting verb and its clause ("told reporters on Monday that"). */
export const MAX_TOKENS_BEFORE_CONTENT = 9;
/** Words of a hearer's phrase left after its name or determiner, before "that" ("told AFP news agency that"). */
export const MAX_HEARER_TAIL = 4;
/** Tokens of the reported clause searched for a finite verb when no "that" opens it. */
export const MAX_FINITE_SEARCH_TOKENS = 14;
/** Longest subject read backwards from a verb, in tokens. */
export const MAX_SUBJECT_TOKENS = 30;
/** Longest reported content read after a verb, in tokens (bounds the work on run-on sentences). */
export const MAX_CONTENT_TOKENS = 160;
/** Longest spelled-out name looked back over before an acronym's bracket, in characters. */
export const MAX_SPELLED_CHARS = 150;
