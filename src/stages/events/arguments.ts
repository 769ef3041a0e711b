/**
 * Who did it and to whom: the subject of a verb (actor phrase, pronoun, or the words before it),
 * its recipient (object or target phrase), the "by" agent of a passive.
 */
import type { Doc } from '../../model/doc.js';
import type { Actor, ActorGroup, SentenceActors } from './actors.js';
import type { Clause } from './clauses.js';
import { auxLike, isTimeWord, onlyAux } from './syntax.js';
import type { VerbCandidate } from './verbs.js';
import { CIRCUMSTANTIAL, CONJUNCTIONS, DETERMINERS, LOCATIVE, PREPOSITIONS, PRONOUNS, type Tok } from './words.js';

/** A sentence as the argument finders see it. */
export interface Sentence {
  toks: Tok[];
  verbs: VerbCandidate[];
  actors: SentenceActors;
  clauses: Clause[];
  clauseOf: Int32Array;
}

/** Categories whose "at"/"on" phrase is the target, not the place. */
const HOSTILE = new Set(['ASSAULT', 'COERCE', 'THREATEN', 'PROTEST', 'ACCUSE', 'SANCTION', 'MOBILIZE']);
/** Tokens after the verb searched for the recipient. */
const MAX_RECIPIENT_DISTANCE = 10;
/** Tokens after a passive verb searched for its "by" agent. */
const MAX_BY_DISTANCE = 25;

/** The subject of a participle clause: "with X calling for" → X; else the subject of the clause it hangs on. */
export function participleSubject(s: Sentence, clause: Clause, main: Actor[] | undefined): Actor[] | undefined {
  const { toks } = s;
  let withAt = -1;
  for (let k = clause.start - 1; k >= 0 && clause.start - k <= 30; k--) if (toks[k]!.lower === 'with') {
    withAt = k;
    break;
  }
  if (withAt >= 0) {
    const g = s.actors.groups.filter((x) => x.i > withAt && x.j <= clause.start).at(-1);
    if (g) return g.actors;
  }
  return main;
}

/** Where the subject of a verb may start: the clause start, or after the previous verb of the clause. */
export function windowStart(clause: Clause, prev: VerbCandidate | undefined): number {
  return Math.max(clause.start, prev ? prev.j : clause.start);
}

/**
 * The subject of v: the first actor phrase of the window not inside a prepositional phrase, with a
 * country borrowed from a following "in/of X" ("Security forces in Guinea" → GINCOP).
 */
export function subjectOf(s: Sentence, v: VerbCandidate, from: number): Actor[] | undefined {
  const { toks } = s;
  let lo = from;
  // after the last comma before the verb, when a phrase stands there ("On Tuesday, Nigerian officials …")
  for (let k = v.i - 1; k >= from; k--) {
    if (toks[k]!.text === ',' || toks[k]!.text === ';' || toks[k]!.text === ':') {
      // "Britain, France and Germany urged": a list that opens the window is the subject, whole
      const list = toks[k]!.text === ',' && s.actors.groups.some((g) => g.i < k && g.j > k + 1 && g.j <= v.i && toks.slice(from, g.i).every((t) => DETERMINERS.has(t.lower)));
      if (!list && s.actors.groups.some((g) => g.j > k + 1 && g.j <= v.i && g.actors.some((a) => a.i > k))) lo = k + 1;
      break;
    }
  }
  // a list phrase may straddle the comma ("…Hostilities, the Sudanese government and SPLM"): keep its part after it
  const groups = s.actors.groups
    .filter((g) => g.j > lo && g.j <= v.i)
    .map((g) => (g.i >= lo ? g : { ...g, i: g.actors.find((a) => a.i >= lo)?.i ?? g.j, actors: g.actors.filter((a) => a.i >= lo) }))
    .filter((g) => g.actors.length > 0);
  if (groups.length === 0) return undefined;
  const free = groups.find((g) => !inPrepPhrase(toks, g, lo));
  const g = free ?? groups[0]!;
  if (!free && !groups.some((x) => x.j === v.i || onlyAux(toks, x.j, v.i))) {
    // every phrase is inside a PP and none is next to the verb: "A bombing near Samarra killed"
    const first = groups[0]!;
    if (toks[first.i - 1]?.lower !== 'of') return undefined;
  }
  const actors = g.actors.map((a) => ({ ...a }));
  // borrow a country from a following PP
  const after = s.actors.groups.find((x) => x.i > g.j && x.j <= v.i);
  if (after && x3(after) && ['in', 'of', 'from', 'throughout', 'across'].includes(toks[after.i - 1]?.lower ?? '')) {
    const country = x3(after)!;
    for (const a of actors) if (!a.code || a.code.startsWith('---')) a.code = country + (a.code ? a.code.slice(3) : '');
  }
  return actors;
}

export function x3(g: ActorGroup): string | undefined {
  const c = g.actors.find((a) => a.code && /^[A-Z]{3}/.test(a.code))?.code;
  return c?.slice(0, 3);
}

/** Whether a phrase is the object of a preposition (skipping determiners and modifiers back to it). */
export function inPrepPhrase(toks: readonly Tok[], g: ActorGroup, floor: number): boolean {
  for (let k = g.i - 1; k >= floor; k--) {
    const w = toks[k]!.lower;
    if (PREPOSITIONS.has(w)) return true;
    if (DETERMINERS.has(w) || /^\d/.test(w) || /^\p{Ll}[\p{Ll}-]*$/u.test(toks[k]!.text) && !CONJUNCTIONS.has(w) && g.i - k <= 3) continue;
    return false;
  }
  return false;
}

export function pronounSubject(s: Sentence, v: VerbCandidate, clause: Clause, doc: Readonly<Doc>, subjects: ReadonlyMap<VerbCandidate, Actor[] | undefined>): Actor[] | undefined {
  const { toks } = s;
  let k = v.i - 1;
  while (k >= clause.start && !PRONOUNS.has(toks[k]!.lower) && v.i - k <= 6 && !s.actors.groups.some((g) => g.j === k + 1)) k--;
  if (k < clause.start || !PRONOUNS.has(toks[k]!.lower)) return undefined;
  if (!onlyAux(toks, k + 1, v.i)) return undefined;
  // antecedent: the subject of the clause that reports this one, else the first free phrase of the sentence
  const pronoun = toks[k]!.lower;
  // "I", "we" inside a quotation: its speaker
  if (pronoun === 'i' || pronoun === 'we') {
    const at = toks[k]!.start;
    const speaker = doc.quotes.find((q) => q.start <= at && at < q.end)?.speaker;
    const entity = speaker?.entity ? doc.entities.find((e) => e.id === speaker.entity) : undefined;
    return speaker ? [{ i: -1, j: -1, name: speaker.name, ...(entity?.code ? { code: entity.code } : {}), ...(entity ? { entity } : {}) }] : undefined;
  }
  const reporter = clause.reporter ? subjects.get(clause.reporter) : undefined;
  if (reporter?.length && clause.role === 'complement') return reporter;
  const before = s.actors.groups.filter((g) => g.j <= k && !inPrepPhrase(toks, g, 0));
  if (before.length) return clause.role === 'content' ? before.at(-1)!.actors : before[0]!.actors;
  // previous sentences: the last person mentioned, for "he"/"she" only ("it", "they" are too often things)
  if (pronoun !== 'he' && pronoun !== 'she') return undefined;
  const start = toks[0]!.start;
  let best: { end: number; actor: Actor } | undefined;
  for (const e of doc.entities) {
    if (!['PERSON', 'ORG', 'GPE', 'NORP'].includes(e.type)) continue;
    if (e.type !== 'PERSON') continue;
    for (const m of e.mentions) {
      if (m.field || m.end > start) continue;
      if (!best || m.end > best.end) best = { end: m.end, actor: { i: -1, j: -1, name: e.name, ...(e.code ? { code: e.code } : {}), entity: e } };
    }
  }
  return best ? [best.actor] : undefined;
}

/** No actor phrase: the words before the verb name an uncoded actor ("A roadside bombing"). */
export function fallbackSubject(toks: readonly Tok[], clause: Clause, prev: VerbCandidate | undefined, v: VerbCandidate): Actor[] | undefined {
  let lo = prev ? prev.j : clause.start;
  for (let k = v.i - 1; k >= lo; k--) if (toks[k]!.text === ',') {
    lo = k + 1;
    break;
  }
  let hi = v.i;
  while (hi > lo && (auxLike(toks[hi - 1]!) || isTimeWord(toks[hi - 1]!))) hi--;
  let from = lo;
  while (from < hi && DETERMINERS.has(toks[from]!.lower)) from++;
  const words = toks.slice(from, hi);
  if (words.length === 0 || words.length > 8 || words.some((t) => /^["\u201c\u201d]$/.test(t.text) || t.lower === 'that' || t.lower === 'there' || CONJUNCTIONS.has(t.lower) || PRONOUNS.has(t.lower))) return undefined;
  const cut = words.findIndex((t) => PREPOSITIONS.has(t.lower));
  const head = cut > 0 ? words.slice(0, cut) : words;
  // a noun phrase ends in a noun: "alive", "quickly" are not actors
  if (!head.length || cut === 0 || /(?:ly|ive|ous|ful|able|al)$/.test(head.at(-1)!.lower) && !/^\p{Lu}/u.test(head.at(-1)!.text)) return undefined;
  return [{ i: from, j: from + head.length, name: head.map((t) => t.text).join(' ') }];
}

/** The first actor phrase after the verb that is not a place or time ("in Gaza"), all its conjuncts. */
export function recipientOf(s: Sentence, v: VerbCandidate, clause: Clause, actors: readonly Actor[], category?: string, within = MAX_RECIPIENT_DISTANCE): Actor[] {
  const hostile = category !== undefined && HOSTILE.has(category);
  const { toks } = s;
  let stop = clause.end;
  for (let k = v.j; k < clause.end; k++) if (CIRCUMSTANTIAL.has(toks[k]!.lower)) {
    stop = k;
    break;
  }
  for (const g of s.actors.groups) {
    if (g.i < v.j || g.i >= stop || g.i - v.j > within) continue;
    let k = g.i - 1;
    while (k >= v.j && (DETERMINERS.has(toks[k]!.lower) || /^\d/.test(toks[k]!.text) || /^\p{Ll}[\p{Ll}-]*$/u.test(toks[k]!.text) && !PREPOSITIONS.has(toks[k]!.lower) && !CONJUNCTIONS.has(toks[k]!.lower) && g.i - k <= 3)) k--;
    const prep = k >= v.j ? toks[k]!.lower : '';
    // "strengthened its forces": the actor's own people are not the recipient ("his Saudi
    // counterpart" is: another country's)
    const own = actors.map((a) => a.code?.slice(0, 3)).filter((c) => c && /^[A-Z]{3}$/.test(c));
    if (k + 1 < g.i && ['its', 'their', 'his', 'her', 'our'].includes(toks[k + 1]!.lower) && (!x3(g) || own.includes(x3(g)))) continue;
    // "fired at Russia", "sanctions on Iran": for hostile acts "at"/"on" name the target
    if (LOCATIVE.has(prep) && !(hostile && (prep === 'at' || prep === 'on'))) continue;
    // a list may run past the zone ("to Libya, Erdogan said"): only its members inside count
    // "fired at Israel and Israel retaliated": a later conjunct right before a verb is the next clause's subject
    let conj = g.actors.filter((a, n) => a.i < stop && (n === 0 || !s.verbs.some((w) => w.i === a.j)));
    // "ministers from the Georgian government": a country from a following PP
    // "ministers from the Georgian government", "dissidents from military-ruled Myanmar": a country
    // from a following PP (the first coded phrase within a few words of "of"/"from"/"in")
    const pp = ['of', 'from', 'in'].includes(toks[g.j]?.lower ?? '') ? s.actors.groups.find((x) => x.i > g.j && x.i - g.j <= 4 && x3(x) && !toks.slice(g.j + 1, x.i).some((t) => /^[,;:]$/.test(t.text))) : undefined;
    let country = pp && x3(pp);
    // "protested against the government": a bare government is the actor's own
    const domestic = new Set(own);
    if (!country && domestic.size === 1 && toks[g.i - 1]?.lower === 'the' && conj.every((a) => /^---(?:GOV|LEG|JUD|COP)/.test(a.code ?? ''))) country = [...domestic][0];
    if (country) conj = conj.map((a) => (a.code?.startsWith('---') ? { ...a, code: country + a.code.slice(3) } : a));
    const found = conj.filter((x) => !actors.some((y) => y.name === x.name) && x.code && !x.code.startsWith('---'));
    if (found.length) return found;
  }
  return [];
}

/** "was attacked by X": the phrase after "by" (within MAX_BY_DISTANCE tokens, across commas, not semicolons). */
export function byAgent(s: Sentence, v: VerbCandidate): Actor[] | undefined {
  const { toks } = s;
  for (let k = v.j; k < s.toks.length && k - v.j <= MAX_BY_DISTANCE && s.toks[k]!.text !== ';'; k++) {
    if (toks[k]!.lower !== 'by') continue;
    const g = s.actors.groups.find((x) => x.i > k && x.i - k <= 4);
    if (g) return g.actors;
  }
  return undefined;
}
