/** Closed word classes for the shallow syntax of the events stage (named data, not logic). */
import { hashString } from '../../text/hash.js';

export interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
}

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'some', 'any',
  'all', 'both', 'each', 'every', 'several', 'many', 'most', 'more', 'few', 'no', 'another', 'other', 'such',
  "'s", '\u2019s', 'whose',
]);
export const PREPOSITIONS = new Set([
  'in', 'on', 'at', 'by', 'for', 'with', 'from', 'of', 'to', 'into', 'onto', 'over', 'under', 'against', 'about',
  'between', 'among', 'during', 'after', 'before', 'since', 'near', 'across', 'through', 'throughout', 'toward',
  'towards', 'upon', 'within', 'without', 'inside', 'outside', 'around', 'along', 'amid', 'despite', 'via', 'per',
  'concerning', 'regarding', 'following', 'including', 'like', 'than', 'behind', 'beyond', 'off', 'as',
]);
/** Prepositions whose object is a place or time, not the receiving end of an event. */
export const LOCATIVE = new Set([
  'in', 'on', 'at', 'near', 'across', 'throughout', 'during', 'since', 'inside', 'within', 'outside', 'around', 'along',
  'amid', 'through', 'about', 'concerning', 'regarding', 'between', 'among', 'following', 'including', 'by',
]);
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re"]);
export const HAVE = new Set(['has', 'have', 'had', 'having', "'ve"]);
export const DO = new Set(['do', 'does', 'did']);
export const FUTURE_MODALS = new Set(['will', 'would', 'shall', "'ll", "'d"]);
export const HYPOTHETICAL_MODALS = new Set(['could', 'might', 'may', 'can']);
export const DEONTIC_MODALS = new Set(['must', 'should', 'ought']);
export const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'cannot']);
/** Adjectives that make the infinitive after "be … to" intended ("is ready to send"). */
export const INTENT_ADJECTIVES = new Set(['ready', 'willing', 'prepared', 'set', 'poised', 'due', 'determined', 'eager', 'committed', 'likely', 'expected', 'going', 'about', 'keen']);
export const ADVERBS = new Set([
  'also', 'still', 'again', 'already', 'just', 'reportedly', 'then', 'jointly', 'further', 'now', 'formally',
  'officially', 'today', 'yesterday', 'tonight', 'later', 'earlier', 'once', 'even', 'only', 'repeatedly',
  'finally', 'recently', 'immediately', 'allegedly', 'apparently', 'publicly', 'quickly', 'unilaterally',
  'strongly', 'sharply', 'firmly', 'openly', 'effectively', 'partly', 'largely', 'overnight',
]);
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
export const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor', '&']);
/** Words opening an adverbial clause: background, not the reported event. */
export const SUBORDINATORS = new Set(['after', 'before', 'since', 'because', 'when', 'while', 'although', 'though', 'until', 'whereas', 'once', 'whenever', 'unless', 'if', 'whether']);
/** Prepositions opening a time or circumstance phrase: the verb's object zone ends there. */
export const CIRCUMSTANTIAL = new Set(['following', 'during', 'after', 'amid', 'since', 'despite', 'before', 'until', 'because']);
export const CONDITIONALS = new Set(['if', 'unless', 'whether']);
export const RELATIVES = new Set(['who', 'whom', 'which', 'whose', 'where']);
export const PUNCT = /^[^\p{L}\p{N}]+$/u;

export function isAdverb(t: Tok | undefined): boolean {
  if (!t) return false;
  return ADVERBS.has(t.lower) || WEEKDAYS.has(t.lower) || (/ly$/.test(t.lower) && t.lower.length > 4 && !/(?:ply|ily)$/.test(t.lower));
}

export function isCapitalized(t: Tok | undefined): boolean {
  return Boolean(t && /^\p{Lu}/u.test(t.text));
}

/** A word's bit in a 32-bit signature (from an FNV-1a hash of its characters). */
export function wordBit(word: string): number {
  return 1 << (hashString(word) >>> 27);
}

/** The signature of a list of words: two lists whose signatures share no bit have no word in common. */
export function wordBits(words: Iterable<string>): number {
  let bits = 0;
  for (const w of words) bits |= wordBit(w);
  return bits;
}
