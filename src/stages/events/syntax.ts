/**
 * Shallow syntax around a verb: its auxiliary chain (modality, negation, voice), the infinitive
 * or gerund it governs, coordination with the verb before it.
 */
import type { Modality } from '../../model/doc.js';
import type { Clause } from './clauses.js';
import type { VerbCandidate } from './verbs.js';
import {
  BE, CONJUNCTIONS, DEONTIC_MODALS, DO, FUTURE_MODALS, HAVE, HYPOTHETICAL_MODALS, INTENT_ADJECTIVES, NEGATORS, WEEKDAYS, isAdverb, type Tok,
} from './words.js';

/** Participles that are adjectives before "to" ("is committed to", "is scheduled to"). */
const ADJECTIVAL_PARTICIPLES = new Set([
  'committed', 'opposed', 'dedicated', 'devoted', 'accustomed', 'used', 'entitled', 'scheduled', 'supposed', 'expected',
  'prepared', 'determined', 'set', 'slated', 'poised', 'inclined', 'resolved', 'related', 'opened', 'closed', 'exposed',
]);
/** Tokens between a verb and an infinitive it governs ("urged Israel to withdraw"). */
const MAX_CONTROL_GAP = 8;

export function lastIndexBefore(toks: readonly Tok[], text: string, before: number, floor: number): number {
  for (let k = before - 1; k >= floor; k--) if (toks[k]!.text === text) return k;
  return -1;
}

export function isPassive(toks: readonly Tok[], v: VerbCandidate): boolean {
  if (v.entry.suffix !== 'ed') return false;
  // "is opposed to", "is committed to": adjectival, active in meaning ("was allowed to vote",
  // "were forced to withdraw" stay passive)
  if ((toks[v.j]?.lower === 'to' && ADJECTIVAL_PARTICIPLES.has(toks[v.i]!.lower)) || toks[v.j]?.lower === 'with') return false;
  for (let k = v.i - 1; k >= Math.max(0, v.i - 4); k--) {
    const w = toks[k]!.lower;
    if (BE.has(w) || w === 'got') return w !== "'s" || k > 0;
    if (!isAdverb(toks[k]) && !NEGATORS.has(w)) return false;
  }
  return false;
}

/** Tokens between the subject and the verb: auxiliaries, modals, negation, adverbs, "to". */
export function auxBefore(toks: readonly Tok[], clause: Clause, v: VerbCandidate): Tok[] {
  const out: Tok[] = [];
  for (let k = v.i - 1; k >= clause.start && v.i - k <= 6; k--) {
    const t = toks[k]!;
    if (/^\p{Lu}/u.test(t.text)) break; // "Theresa May", "Will Smith": names, not modals
    if (BE.has(t.lower) || HAVE.has(t.lower) || DO.has(t.lower) || FUTURE_MODALS.has(t.lower) || HYPOTHETICAL_MODALS.has(t.lower) || DEONTIC_MODALS.has(t.lower) || NEGATORS.has(t.lower) || isAdverb(t) || t.lower === 'to' || t.lower === 'longer' || INTENT_ADJECTIVES.has(t.lower) || t.lower === 'going' || t.lower === 'being') out.push(t);
    else break;
  }
  return out;
}

export function modalityOf(toks: readonly Tok[], clause: Clause, v: VerbCandidate): Modality {
  if (clause.role === 'conditional') return 'hypothetical';
  const aux = auxBefore(toks, clause, v);
  if (aux.some((t) => HYPOTHETICAL_MODALS.has(t.lower))) return 'hypothetical';
  if (aux.some((t) => FUTURE_MODALS.has(t.lower) || INTENT_ADJECTIVES.has(t.lower))) return 'future';
  // "is to visit" (BE right before "to"), not "believed to be fired"
  const to = aux.findIndex((t) => t.lower === 'to');
  if (to >= 0 && BE.has(aux[to + 1]?.lower ?? '')) return 'future';
  if (aux.some((t) => DEONTIC_MODALS.has(t.lower))) return 'demanded';
  // "has to approve", "need to withdraw"
  if (to >= 0 && /^(?:has|have|had|need|needs|needed)$/.test(aux[to + 1]?.lower ?? '')) return 'demanded';
  return 'asserted';
}

export function isNegated(toks: readonly Tok[], clause: Clause, v: VerbCandidate): boolean {
  const aux = auxBefore(toks, clause, v);
  if (aux.some((t) => NEGATORS.has(t.lower))) return true;
  // "failed to reach", "did not manage to"
  const k = v.i - 2;
  return k >= clause.start && toks[v.i - 1]?.lower === 'to' && /^fail(?:s|ed|ing)?$/.test(toks[k]!.lower);
}

/** The verb governed by inClause[n] through "to" or a gerund ("agreed to lift", "began collecting"). */
export function governed(toks: readonly Tok[], inClause: readonly VerbCandidate[], n: number): VerbCandidate | undefined {
  const v = inClause[n]!;
  const w = inClause[n + 1];
  if (!w || w.i - v.j > MAX_CONTROL_GAP) return undefined;
  if (w.i === v.j && w.entry.suffix === 'ing') return w;
  let k = w.i - 1;
  while (k >= v.j && isAdverb(toks[k])) k--;
  if (toks[k]?.lower === 'to' && (w.entry.suffix === '' || w.entry.suffix === 'ing' || w.entry.base)) {
    // no clause break between them
    for (let m = v.j; m < k; m++) if (toks[m]!.text === ',' || toks[m]!.text === ';') return undefined;
    return w;
  }
  return undefined;
}

export function coordinated(toks: readonly Tok[], prev: VerbCandidate, v: VerbCandidate): boolean {
  let k = v.i - 1;
  while (k >= prev.j && (isAdverb(toks[k]) || BE.has(toks[k]!.lower) || HAVE.has(toks[k]!.lower) || FUTURE_MODALS.has(toks[k]!.lower) || NEGATORS.has(toks[k]!.lower))) k--;
  return k >= prev.j && CONJUNCTIONS.has(toks[k]!.lower);
}

/** Words that may stand between a subject and its verb besides auxiliaries ("on Wednesday", "today"). */
export function isTimeWord(t: Tok): boolean {
  return WEEKDAYS.has(t.lower) || /^(?:on|last|this|next|late|early|in|at|yesterday|today|tonight|overnight|week|month|year|weekend|morning|evening|night|afternoon|january|february|march|april|may|june|july|august|september|october|november|december)$/.test(t.lower) || /^\d/.test(t.text);
}

export function onlyAux(toks: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (!(BE.has(t.lower) || HAVE.has(t.lower) || DO.has(t.lower) || FUTURE_MODALS.has(t.lower) || HYPOTHETICAL_MODALS.has(t.lower) || DEONTIC_MODALS.has(t.lower) || NEGATORS.has(t.lower) || isAdverb(t) || isTimeWord(t) || t.lower === 'to' || INTENT_ADJECTIVES.has(t.lower))) return false;
  }
  return true;
}

export function auxLike(t: Tok): boolean {
  return BE.has(t.lower) || HAVE.has(t.lower) || DO.has(t.lower) || FUTURE_MODALS.has(t.lower) || HYPOTHETICAL_MODALS.has(t.lower) || DEONTIC_MODALS.has(t.lower) || NEGATORS.has(t.lower) || isAdverb(t);
}

/** "to V" with no verb governing it: a purpose clause or a noun's complement. */
export function purposeInfinitive(toks: readonly Tok[], clause: Clause, v: VerbCandidate): boolean {
  let k = v.i - 1;
  while (k >= clause.start && isAdverb(toks[k])) k--;
  if (toks[k]?.lower !== 'to') return false;
  const before = toks[k - 1]?.lower ?? '';
  return !(BE.has(before) || HAVE.has(before) || INTENT_ADJECTIVES.has(before) || before === 'going' || before === 'ought' || before === 'able' || before === 'used');
}
