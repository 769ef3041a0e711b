/**
 * Verb candidates of a sentence (lexicon forms that stand in a verbal position) and their CAMEO
 * codes from curated object words, PETRARCH patterns and isolated-verb codes.
 */
import type { EventLexicon, VerbEntry } from './lexicon.js';
import {
  BE, DETERMINERS, DO, FUTURE_MODALS, HAVE, HYPOTHETICAL_MODALS, DEONTIC_MODALS, NEGATORS, PREPOSITIONS, PRONOUNS, PUNCT,
  WEEKDAYS, isAdverb, wordBit, type Tok,
} from './words.js';

export interface VerbCandidate {
  /** Token range of the verb form (particles included). */
  i: number;
  j: number;
  entry: VerbEntry;
  /** -ing form not after "be": a participle or gerund. */
  participle: boolean;
}

/** Words after a verb that are searched for object words and pattern terms. */
const MAX_OBJECT_TOKENS = 10;
/** Words before a verb searched for pre-verb pattern terms. */
const MAX_PRE_TOKENS = 6;

function prevWord(toks: readonly Tok[], i: number): { t: Tok | undefined; k: number } {
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && (isAdverb(toks[k]) || (WEEKDAYS.has(toks[k + 1]?.lower ?? '') && ['on', 'last', 'this', 'late', 'early'].includes(toks[k]!.lower)))) k--;
  return { t: toks[k], k };
}

/** A one-word agent noun ("officials", "troops"); adjectival agents ("criminal", "military") are not nouns here. */
function isAgentWord(lex: EventLexicon | undefined, word: string): boolean {
  return !/(?:al|ary|ic|ian|ese|ish)$/.test(word) && Boolean(lex?.agents.get(word)?.some((a) => a[0].length === 1));
}

/** Whether a lexicon form at token i is used as a verb here (shallow part-of-speech guess). */
export function isVerbal(toks: readonly Tok[], i: number, j: number, entry: VerbEntry, blocked: Uint8Array, lex?: EventLexicon, demonym?: (t: Tok) => boolean): boolean {
  const t = toks[i]!;
  if (blocked[i] || (i > 0 && /^\p{Lu}/u.test(t.text))) return false;
  const next = toks[j];
  const { t: prev } = prevWord(toks, i);
  if (!prev) return entry.suffix === 'ed' || entry.suffix === 's';
  const p = prev.lower;
  if (DETERMINERS.has(p) || /^\d/.test(p) || p === '-') return false;
  // "Serb forces", "armed forces", "Israeli changes": agent nouns and words after a demonym are nouns
  const agentWord = isAgentWord(lex, t.lower);
  if (entry.suffix === 's' && agentWord) return false;
  const npEnd = PRONOUNS.has(p) || isAgentWord(lex, p) || /[^s]s$/.test(p) || (/^\p{Lu}/u.test(prev.text) && !demonym?.(prev));
  if (entry.suffix === 'ed' && next && isAgentWord(lex, next.lower) && !BE.has(p) && !HAVE.has(p) && !npEnd) return false;
  if ((entry.suffix === 's' || entry.suffix === '') && !/s$/.test(p) && demonym?.(prev)) return false;
  if (next?.lower === 'of' && entry.suffix !== 'ed') return false;
  if (p === 'to') return entry.suffix === '' || entry.suffix === 'ing';
  if (PREPOSITIONS.has(p)) return entry.suffix === 'ing' && !['of', 'for', 'by', 'in', 'on', 'after', 'before', 'since', 'without', 'despite'].includes(p) ? true : false;
  if (entry.suffix === 'ing') return true;
  if (entry.suffix === 'ed') return true;
  // Base and -s forms: after a modal, auxiliary, negation, pronoun or a noun-phrase end.
  if (FUTURE_MODALS.has(p) || HYPOTHETICAL_MODALS.has(p) || DEONTIC_MODALS.has(p) || DO.has(p) || NEGATORS.has(p) || PRONOUNS.has(p)) return true;
  if (BE.has(p) || HAVE.has(p)) return false;
  if (PUNCT.test(prev.text)) return prev.text === ',' && entry.suffix === 's' && entry.kind !== undefined && toks[j]?.lower === 'to';
  if (/^\p{Lu}/u.test(prev.text) || (isAgentWord(lex, p) && (entry.suffix === 's' || /s$/.test(p))) || p === 'who' || p === 'that' || (entry.suffix === 's' && lex?.agents.get(p)?.some((a) => a[0].length === 1))) return true;
  return false;
}

/** Tokens between an infinitive or modal verb and a base form coordinated with it. */
const MAX_COORDINATED_GAP = 12;

/**
 * A base form after "and"/"or" coordinated with an earlier infinitive or modal verb ("to give a
 * speech and meet with dissidents", "will visit Iraq and meet its leaders"): a verb when an object
 * or a preposition follows it ("and trade restrictions" is a noun phrase).
 */
function coordinatedBase(toks: readonly Tok[], i: number, j: number, entry: VerbEntry, blocked: Uint8Array, last: VerbCandidate | undefined): boolean {
  if (entry.suffix !== '' || blocked[i] || !last || last.entry.suffix !== '' || i - last.j > MAX_COORDINATED_GAP) return false;
  if (!/^(?:and|or)$/.test(toks[i - 1]?.lower ?? '') || /^\p{Lu}/u.test(toks[i]!.text)) return false;
  const before = prevWord(toks, last.i).t?.lower ?? '';
  if (!(before === 'to' || FUTURE_MODALS.has(before) || HYPOTHETICAL_MODALS.has(before) || DEONTIC_MODALS.has(before))) return false;
  for (let k = last.j; k < i; k++) if (/^[.;:!?]$/.test(toks[k]!.text)) return false;
  const next = toks[j];
  return Boolean(next && (DETERMINERS.has(next.lower) || PREPOSITIONS.has(next.lower) || PRONOUNS.has(next.lower) || /^\p{Lu}/u.test(next.text)));
}

/** Lexicon verbs of a sentence in a verbal position, longest form first, left to right. */
export function findVerbs(toks: readonly Tok[], lex: EventLexicon, blocked: Uint8Array, demonym?: (t: Tok) => boolean): VerbCandidate[] {
  const out: VerbCandidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    const list = lex.verbs.get(toks[i]!.lower);
    if (!list) continue;
    for (const entry of list) {
      const n = entry.words.length;
      if (i + n > toks.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = toks[i + k]!.lower === entry.words[k];
      // Split particles: "cut its ties off" is not handled; "hand over" must be adjacent.
      if (!ok || !(isVerbal(toks, i, i + n, entry, blocked, lex, demonym) || coordinatedBase(toks, i, i + n, entry, blocked, out.at(-1)))) continue;
      const prev = prevWord(toks, i).t;
      out.push({ i, j: i + n, entry, participle: entry.suffix === 'ing' && !(prev && BE.has(prev.lower)) });
      i += n - 1;
      break;
    }
  }
  return out;
}

/** The word bits of tokens [from, to). */
function windowBits(toks: readonly Tok[], from: number, to: number): number {
  let bits = 0;
  for (let k = from; k < to; k++) bits |= wordBit(toks[k]!.lower);
  return bits;
}

/** Whether every term's bits meet the window's (else some term cannot match). */
function shares(terms: readonly number[], window: number): boolean {
  for (const t of terms) if ((t & window) === 0) return false;
  return true;
}

function matchSeq(terms: readonly ReadonlySet<string>[], toks: readonly Tok[], from: number, to: number): boolean {
  let k = from;
  for (const term of terms) {
    while (k < to && !term.has(toks[k]!.lower)) k++;
    if (k >= to) return false;
    k++;
  }
  return true;
}

/**
 * The CAMEO code of a verb in context: curated object words, then the best PETRARCH pattern of
 * its block (most terms matched), then the isolated-verb code. null = no event.
 */
export function codeOf(lex: EventLexicon, toks: readonly Tok[], v: VerbCandidate, clause: { start: number; end: number }, passive: boolean): string | null {
  const end = Math.min(clause.end, v.j + MAX_OBJECT_TOKENS);
  if (v.entry.intransitive) {
    const next = toks[v.j];
    if (next && (DETERMINERS.has(next.lower) || /^\p{L}/u.test(next.text) && !PREPOSITIONS.has(next.lower) && !isAdverb(next) && !['and', 'or', 'but'].includes(next.lower))) return null;
  }
  const objects = v.entry.objects;
  if (objects) {
    for (let k = v.j; k < end; k++) {
      // object words are common nouns: "March 10" is no march, "Strike Force" no strike
      const hit = /^\p{Lu}/u.test(toks[k]!.text) ? undefined : objects.get(toks[k]!.lower);
      if (hit) return hit;
    }
  }
  if (v.entry.meaning !== undefined) {
    let best: { code: string | null } | undefined;
    const preStart = Math.max(clause.start, v.i - MAX_PRE_TOKENS);
    const postBits = windowBits(toks, v.j, end);
    const preBits = windowBits(toks, preStart, v.i);
    // the first pattern that matches has the most terms
    for (const p of lex.patterns[v.entry.meaning] ?? []) {
      if (p.score === 0) break;
      if (p.weak || !shares(p.postBits, postBits) || !matchSeq(p.post, toks, v.j, end)) continue;
      if (p.pre.length && (!shares(p.preBits, preBits) || !matchSeq(p.pre, toks, preStart, v.i))) continue;
      best = { code: passive && p.passive !== undefined ? p.passive : p.code };
      break;
    }
    // a pattern refines a curated verb's code within its root; it does not turn "captured" into an agreement
    if (best && v.entry.curated && v.entry.code && best.code && best.code.slice(0, 2) !== v.entry.code.slice(0, 2)) return v.entry.code;
    if (best) return best.code;
  }
  // PETRARCH's isolated codes of general verbs ("took", "caught", "went", "called") over-code news:
  // outside the curated layer a verb codes only through a pattern
  return v.entry.curated ? v.entry.code : null;
}
