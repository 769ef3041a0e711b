/**
 * The events stage: who did what to whom, in PLOVER 2.0 and CAMEO. Per sentence:
 *  1. verbs: lexicon forms (PETRARCH2 CAMEO verb dictionary + curated layer) in a verbal position
 *     (verbs.ts); words of entity mentions and multi-word agent nouns are never verbs;
 *  2. actors: entity mentions, KB names/demonyms and agent nouns grouped into phrases with composed
 *     codes, one actor per conjunct (actors.ts);
 *  3. clauses: main, reported (after "said"/"that"), content of a demand, adverbial, conditional,
 *     relative, participle (clauses.ts); only main and reported clauses are coded (a participle
 *     clause only when the clause it hangs on has no event);
 *  4. per verb: nesting ("agreed to lift", "plans to impose", "began a hunger strike", down chains
 *     like "prepared to resume shelling", shared by coordinated infinitives "to give a speech and
 *     meet with"), code from object words / PETRARCH patterns / curated code, voice (existential
 *     "there were N killed" included), modality and negation (syntax.ts), subject and recipient
 *     (arguments.ts; objects stop at a sentence-final attribution), source (reporter, attribution,
 *     quotation speaker);
 *  5. a few construction rules: "X will only V if Y…" and "X said Y must…" are demands, "X says Y
 *     attacked" (no target) is an accusation, protesters destroying or blocking are a PROTEST,
 *     "X hosted Y" is Y's visit (PLOVER: the visitor is the actor), an army preparing an attack
 *     mobilises, an agentless hostile passive takes its source from an "in"/"from" phrase
 *     (PETRARCH2), nominal events with a named agent ("mediation efforts from Qatar").
 * Events need a party with a country/IGO code. Negated, hypothetical and demanded events are kept
 * with their modality; counted.ts decides how they count as PLOVER records.
 */
import type { Kb } from '../../kb/types.js';
import type { ActorRef, Doc, Event, Modality, Ref } from '../../model/doc.js';
import { contains } from '../../model/span.js';
import { defineStage } from '../../pipeline/stage.js';
import { ploverOf, type PloverCoding } from '../../reference/plover.js';
import { findActors, type Actor, type PlacedMention } from './actors.js';
import type { EventLexicon } from './lexicon.js';

export { loadEventLexicon, type EventLexicon } from './lexicon.js';
import { findClauses, type Clause } from './clauses.js';
import {
  byAgent, fallbackSubject, inPrepPhrase, participleSubject, pronounSubject, recipientOf, subjectOf, windowStart, type Sentence,
} from './arguments.js';
import {
  auxBefore, auxLike, coordinated, governed, isNegated, isPassive, lastIndexBefore, modalityOf, onlyAux, purposeInfinitive,
} from './syntax.js';
import { codeOf, findVerbs, type VerbCandidate } from './verbs.js';
import { BE, CONJUNCTIONS, DEONTIC_MODALS, DETERMINERS, HAVE, PREPOSITIONS, PRONOUNS, SUBORDINATORS, WEEKDAYS, isAdverb, type Tok } from './words.js';
import { ARRANGED_RULE } from './counted.js';

export { countedCategory, INTENT_CATEGORY } from './counted.js';

/** Sectors of non-state civil actors (opposition, labour, students, civilians). */
const CIVIL_SECTORS = new Set(['OPP', 'LAB', 'EDU', 'CVL']);
/** Adjectives of commitment: "is willing to V" is an intent to cooperate even when V is uncoded. */
const STRONG_INTENT = new Set(['willing', 'ready', 'committed', 'determined', 'eager', 'keen']);
/** Categories whose agentless passive takes its source from an "in"/"from" phrase (see placeAgent). */
const HOSTILE_CATEGORIES = new Set(['ASSAULT', 'COERCE']);
/** Tokens after a passive verb searched for an "in"/"from" phrase. */
const MAX_PLACE_AGENT_DISTANCE = 4;

/**
 * The subject of a main clause resumed after an interruption ("X, speaking in Baghdad, rejected",
 * "Hamas, which attacked Israel, rejected"): the first free phrase of the verbless clause piece
 * before the participle, relative or attribution clauses.
 */
function interruptedSubject(s: Sentence, ci: number): Actor[] | undefined {
  const { toks, clauses, clauseOf, verbs } = s;
  const clause = clauses[ci]!;
  if ((clause.role !== 'main' && clause.role !== 'complement') || toks[clause.start - 1]?.text !== ',') return undefined;
  let k = ci - 1;
  while (k >= 0 && INTERRUPTIONS.has(clauses[k]!.role)) k--;
  if (k < 0 || k === ci - 1) return undefined;
  const piece = clauses[k]!;
  if (piece.role !== clause.role || verbs.some((v) => clauseOf[v.i] === k)) return undefined;
  return s.actors.groups.find((x) => x.i >= piece.start && x.j <= piece.end && !inPrepPhrase(toks, x, piece.start))?.actors;
}

/** Clauses that may interrupt a main clause between its subject and its verb. */
const INTERRUPTIONS = new Set(['participle', 'relative', 'attribution']);

/** The coded conjuncts of a "between X and Y" phrase after a verb (and its object). */
function betweenParties(s: Sentence, v: VerbCandidate, zone: Clause, actors: readonly Actor[]): Actor[] {
  const { toks } = s;
  for (let k = v.j; k < zone.end && k - v.j <= ACTOR_OBJECT_DISTANCE * 2; k++) {
    if (toks[k]!.lower !== 'between') continue;
    const g = s.actors.groups.find((x) => x.i > k && x.i - k <= 3);
    return g ? g.actors.filter((a) => a.code && /^[A-Z]{3}/.test(a.code) && !actors.some((b) => b.name === a.name)) : [];
  }
  return [];
}

/** Verb kinds whose "to" infinitive or gerund names the event. */
const NESTING = new Set(['intent', 'aspect', 'arranged']);
/** Nouns of a meeting: "hosted talks", "received a delegation's proposal" are not visits by a party. */
const TALK_NOUNS = /^(?:talks|meeting|meetings|summit|conference|negotiations|discussions|dialogue|round)$/;
/** Adjectives of an arranged act: "is set to sign", "is due to visit" (not "is expected to"). */
const ARRANGED_ADJECTIVES = new Set(['set', 'due', 'slated', 'scheduled']);
/** Longest sentence coded, in tokens: longer runs are lists or debris, not one clause structure. */
const MAX_SENTENCE_TOKENS = 200;
/** Tokens between a verb and a person or group object that codes it ("released 30 Palestinian prisoners"). */
const ACTOR_OBJECT_DISTANCE = 4;
/** Most actors, and recipients, one event is repeated for ("Qatar and Egypt" → two events). */
const MAX_ACTORS = 6;
const MAX_RECIPIENTS = 6;
/** Words after a reporting verb searched for an event noun as its object ("a unilateral ceasefire"). */
const MAX_REPORT_OBJECT_TOKENS = 4;
/** Most codings one sentence may yield (lists of names must not explode). */
const MAX_EVENTS_PER_SENTENCE = 8;
/** Most events (actor–recipient pairs) one sentence may yield. */
const MAX_DYADS_PER_SENTENCE = 16;

/** "There were ten soldiers killed": a bare past participle after an existential "there be". */
function existentialPassive(toks: readonly Tok[], clause: { start: number }, v: VerbCandidate): boolean {
  if (v.entry.suffix !== 'ed' || v.i < 2 || auxLike(toks[v.i - 1]!)) return false;
  // "there" + be + one noun phrase ("10 Russian soldiers") + the participle
  for (let k = v.i - 2; k >= clause.start && v.i - k <= 8; k--) {
    if (toks[k]!.lower === 'there' && BE.has(toks[k + 1]?.lower ?? '')) return true;
    const t = toks[k]!;
    if (!(/^\d/.test(t.text) || DETERMINERS.has(t.lower) || (/^\p{L}[\p{L}-]*$/u.test(t.text) && !PREPOSITIONS.has(t.lower) && !CONJUNCTIONS.has(t.lower) && !SUBORDINATORS.has(t.lower) && !auxLike(t)) || BE.has(t.lower))) return false;
  }
  return false;
}

/** The coded phrase of an "in"/"from" phrase right after a passive verb ("killed in a NATO airstrike"). */
function placeAgent(s: Sentence, v: VerbCandidate, clause: { end: number }): Actor[] | undefined {
  const { toks } = s;
  const k = v.j;
  if (!/^(?:in|from)$/.test(toks[k]?.lower ?? '')) return undefined;
  const g = s.actors.groups.find((x) => x.i > k && x.i - k <= MAX_PLACE_AGENT_DISTANCE && x.j <= clause.end);
  if (!g || !toks.slice(k + 1, g.i).every((t) => DETERMINERS.has(t.lower) || /^\p{Ll}[\p{Ll}-]*$/u.test(t.text))) return undefined;
  const coded = g.actors.filter((a) => a.code && /^[A-Z]{3}/.test(a.code));
  return coded.length ? coded : undefined;
}

/** Verbs of travel: their object is the destination after "to" ("travelled to Washington"). */
const TRAVEL = new Set(['travel', 'fly']);

/**
 * Whether a verb coded only by a person or group object has one: the direct object ("released 30
 * Palestinians", "received the Jordanian king"; not "received aid from the US"), or for verbs of
 * travel the party right after "to", in another country than the traveller's.
 */
function actorObject(s: Sentence, v: VerbCandidate, zone: Clause, subject: readonly Actor[]): boolean {
  const { toks } = s;
  const travel = TRAVEL.has(v.entry.lemma);
  if (travel && toks[v.j]?.lower !== 'to') return false;
  const found = recipientOf(s, v, zone, subject, undefined, ACTOR_OBJECT_DISTANCE);
  const first = found[0];
  if (!first || first.i < v.j) return false;
  const between = toks.slice(travel ? v.j + 1 : v.j, first.i);
  if (between.some((t) => PREPOSITIONS.has(t.lower) || /^[,;:]$/.test(t.text))) return false;
  if (!travel) return true;
  const home = subject.map((a) => a.code?.slice(0, 3)).filter((c) => c && /^[A-Z]{3}$/.test(c));
  return home.length > 0 && found.some((a) => a.code && !home.includes(a.code.slice(0, 3)));
}

/** The country of an "in X" place phrase after a visit verb, when it is not the visitor's own. */
function hostPlace(s: Sentence, v: VerbCandidate, zone: Clause, actors: readonly Actor[]): Actor[] {
  const { toks } = s;
  const home = new Set(actors.map((a) => a.code?.slice(0, 3)));
  for (const g of s.actors.groups) {
    if (g.i < v.j || g.i >= zone.end || g.i - v.j > ACTOR_OBJECT_DISTANCE * 2) continue;
    let k = g.i - 1;
    while (k >= v.j && (DETERMINERS.has(toks[k]!.lower) || /^\p{Ll}[\p{Ll}-]*$/u.test(toks[k]!.text) && !PREPOSITIONS.has(toks[k]!.lower))) k--;
    if (toks[k]?.lower !== 'in') continue;
    const coded = g.actors.filter((a) => a.code && /^[A-Z]{3}$/.test(a.code) && !home.has(a.code));
    return coded.slice(0, 1);
  }
  return [];
}

interface Ctx {
  doc: Readonly<Doc>;
  kb: Kb;
  lex: EventLexicon;
  table: ReadonlyMap<string, PloverCoding>;
}

interface Coded {
  verb: VerbCandidate;
  code: string;
  coding: PloverCoding;
  actors: Actor[];
  recipients: Actor[];
  modality: Modality;
  negated: boolean;
  source?: Ref;
  rule: string;
}

function ref(a: Actor): ActorRef {
  return { ...(a.entity ? { entity: a.entity.id } : {}), name: a.name, ...(a.code ? { code: a.code } : {}) };
}

/** Events in a document: per sentence, per main or reported clause, who did what to whom. */
export function findEvents(doc: Readonly<Doc>, table: ReadonlyMap<string, PloverCoding>, kb: Kb, lex: EventLexicon): Event[] {
  const ctx: Ctx = { doc, kb, lex, table };
  const bySentence: Tok[][] = doc.sentences.map(() => []);
  for (const t of doc.tokens) bySentence[t.sentence]?.push({ start: t.start, end: t.end, text: doc.text.slice(t.start, t.end), lower: doc.text.slice(t.start, t.end).toLowerCase() });
  // indexed loops: inlined array builtins and iterators over arrays of another elements kind (an
  // empty array, say) deoptimised this function again and again
  const mentions: PlacedMention[] = [];
  for (let e = 0; e < doc.entities.length; e++) {
    const entity = doc.entities[e]!;
    for (let k = 0; k < entity.mentions.length; k++) {
      const m = entity.mentions[k]!;
      if (!m.field) mentions.push({ start: m.start, end: m.end, entity });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const coded: Placed[] = [];
  let from = 0;
  for (const toks of bySentence) {
    if (toks.length === 0) continue;
    // mentions of this sentence (sentences and mentions are both in text order)
    while (from < mentions.length && mentions[from]!.start < toks[0]!.start) from++;
    let to = from;
    while (to < mentions.length && mentions[to]!.start < toks.at(-1)!.end) to++;
    if (toks.length > MAX_SENTENCE_TOKENS) continue;
    coded.push(...capDyads(codeSentence(ctx, toks, mentions.slice(from, to)).slice(0, MAX_EVENTS_PER_SENTENCE)));
  }
  const events: Event[] = [];
  for (let ci = 0; ci < coded.length; ci++) {
    const c = coded[ci]!;
    const recipients: (Actor | null)[] = c.recipients.length ? distinct(c.recipients).slice(0, MAX_RECIPIENTS) : [null];
    const pairs = distinct(c.actors).slice(0, MAX_ACTORS).flatMap((a) => recipients.map((r) => [a, r] as const));
    for (let pi = 0; pi < pairs.length; pi++) {
      const actor = pairs[pi]![0];
      // no actor is its own recipient ("Armenia and Azerbaijan fought … in Nagorno-Karabakh")
      const r = pairs[pi]![1];
      const recipient = r && (r.name === actor.name || (r.code && r.code === actor.code)) ? null : r;
      const s = c.verbStart;
      const e = c.verbEnd;
      const event: Event = {
        id: '',
        actor: ref(actor),
        recipient: recipient ? ref(recipient) : null,
        event: c.coding.event,
        mode: c.coding.mode,
        contexts: c.coding.contexts,
        cameo: c.code,
        modality: c.modality,
        negated: c.negated,
        start: s,
        end: e,
        text: doc.text.slice(s, e),
        rule: c.rule,
      };
      const quote = doc.quotes.find((q) => contains(q, event));
      const source = c.source ?? (quote?.speaker ?? undefined);
      if (source && source.name !== actor.name) event.source = source;
      events.push(event);
    }
  }
  return events.sort((a, b) => a.start - b.start).map((e, i) => ({ ...e, id: `ev${i + 1}` }));
}

type Placed = Coded & { verbStart: number; verbEnd: number };

/**
 * At most MAX_DYADS_PER_SENTENCE actor–recipient events per sentence: a list of forty countries
 * that "urged" another list must not explode (later codings and long lists are cut first).
 */
function capDyads(placed: Placed[]): Placed[] {
  let budget = MAX_DYADS_PER_SENTENCE;
  const out: Placed[] = [];
  for (const p of placed) {
    if (budget <= 0) break;
    const actors = distinct(p.actors).slice(0, Math.min(MAX_ACTORS, budget));
    const recipients = distinct(p.recipients).slice(0, Math.max(1, Math.min(MAX_RECIPIENTS, Math.floor(budget / actors.length))));
    budget -= actors.length * Math.max(1, recipients.length);
    out.push({ ...p, actors, recipients: p.recipients.length ? recipients : [] });
  }
  return out;
}

/** Actors named twice in one list ("Israel and Israel") are one party. */
function distinct(list: readonly Actor[]): Actor[] {
  const seen = new Set<string>();
  const out: Actor[] = [];
  for (const a of list) {
    const key = `${a.name}\u0000${a.code ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}


/** Tokens that are never verbs: words of entity mentions and of multi-word agent nouns ("security forces"). */
function nonVerbs(lex: EventLexicon, toks: readonly Tok[], mentions: readonly PlacedMention[]): Uint8Array {
  const blocked = new Uint8Array(toks.length);
  for (const m of mentions) {
    for (let k = 0; k < toks.length; k++) if (toks[k]!.start >= m.start && toks[k]!.end <= m.end) blocked[k] = 1;
  }
  for (let k = 0; k < toks.length; k++) {
    const candidates = lex.multiAgents.get(toks[k]!.lower);
    if (!candidates) continue;
    for (const words of candidates) {
      if (k + words.length > toks.length || !words.every((w, m) => toks[k + m]!.lower === w)) continue;
      for (let m = 0; m < words.length; m++) blocked[k + m] = 1;
      break;
    }
  }
  return blocked;
}

/**
 * A report verb after a comma with its own subject ("…, a Jordanian official confirmed") is the
 * attribution of the whole sentence: its subject, and the comma where the attribution starts.
 */
function sentenceAttribution(s: Sentence): { attribution: Ref | undefined; at: number } {
  const { toks, verbs, clauses, clauseOf } = s;
  let attribution: Ref | undefined;
  let at = toks.length;
  for (const v of verbs) {
    if (v.entry.kind !== 'report') continue;
    const c = clauses[clauseOf[v.i]!]!;
    const comma = lastIndexBefore(toks, ',', v.i, c.start);
    if (comma <= 0) continue;
    const subj = subjectOf(s, v, comma + 1);
    if (subj && subj.length) {
      attribution = ref(subj[0]!);
      at = Math.min(at, comma);
    }
  }
  return { attribution, at };
}

function codeSentence(ctx: Ctx, toks: Tok[], mentions: readonly PlacedMention[]): Placed[] {
  const blocked = nonVerbs(ctx.lex, toks, mentions);
  const demonym = (t: Tok) => /^\p{Lu}/u.test(t.text) && ctx.kb.lookup(t.text).some((e) => e.demonyms?.some((d) => d.toLowerCase() === t.lower));
  const verbs = findVerbs(toks, ctx.lex, blocked, demonym);
  if (verbs.length === 0) return [];
  const verbAt = new Set<number>();
  for (const v of verbs) for (let k = v.i; k < v.j; k++) verbAt.add(k);
  const actors = findActors(toks, mentions, ctx.kb, ctx.lex, verbAt, ctx.doc.published);
  const { clauses, clauseOf } = findClauses(toks, verbs);
  const s: Sentence = { toks, verbs, actors, clauses, clauseOf };
  const out: Placed[] = [];
  const { attribution, at: attributionAt } = sentenceAttribution(s);
  const st: SentenceState = { out, subjects: new Map(), lastMain: undefined, attribution, attributionAt };
  for (let ci = 0; ci < clauses.length; ci++) codeClause(ctx, s, ci, st);
  out.push(...mustDemands(ctx, s, st.subjects, out));
  out.push(...nominalEvents(ctx, s));
  // an event needs a coded party: "the blaze killed three" is news, not a political event
  return out.filter((o) => [...o.actors, ...o.recipients].some((a) => a.code && /^[A-Z]{3}/.test(a.code)));
}


/** What the clauses of a sentence share while they are coded in order. */
interface SentenceState {
  out: Placed[];
  subjects: Map<VerbCandidate, Actor[] | undefined>;
  /** The last main clause: its number, how many events it gave, its subject. */
  lastMain: { clause: number; events: number; subject: Actor[] | undefined } | undefined;
  attribution: Ref | undefined;
  attributionAt: number;
}

/** The events of one main, complement or participle clause, added to `st.out`. */
function codeClause(ctx: Ctx, s: Sentence, ci: number, st: SentenceState): void {
  const { toks, verbs, clauses, clauseOf } = s;
  const { out, subjects, attribution, attributionAt } = st;
  const clause = clauses[ci]!;
  const participle = clause.role === 'participle';
  // ", recalling its team": a participle clause is coded only when the clause it hangs on has no event
  if (participle && (!st.lastMain || st.lastMain.events > 0)) return;
  if (clause.role !== 'main' && clause.role !== 'complement' && !participle) return;
  const before = out.length;
  const inClause = verbs.filter((v) => clauseOf[v.i] === ci);
  let prev: VerbCandidate | undefined;
  let prevSubject: Actor[] | undefined;
  // the intent/aspect verb that governs the last infinitive, for verbs coordinated with it
  let governor: { upper: VerbCandidate; modality: Modality; negated: boolean; arranged: boolean } | undefined;
  let first = true;
  for (let n = 0; n < inClause.length; n++) {
    const v = inClause[n]!;
    if (v.participle && !(participle && first)) continue;
    // "officials accused of playing a role", "victims killed by the crash": a past participle
    // modifying a noun (no auxiliary, "of"/"by" right after it) is not an active event
    if (v.entry.suffix === 'ed' && (toks[v.j]?.lower === 'of' || toks[v.j]?.lower === 'by') && auxBefore(toks, clause, v).length === 0 && v.i > clause.start) continue;
    // "victims killed by the crash": a past participle right after a noun, once the clause has its verb
    if (prev && v.entry.suffix === 'ed' && auxBefore(toks, clause, v).length === 0 && !coordinated(toks, prev, v) && /^\p{Ll}/u.test(toks[v.i - 1]?.text ?? '') && !PRONOUNS.has(toks[v.i - 1]!.lower)) continue;
    // "There were 10 Russian soldiers killed in Ukraine": the noun phrase is the patient
    const passive = isPassive(toks, v) || existentialPassive(toks, clause, v);
    // "…telephoned his Saudi counterpart, the State Department said": objects end at the attribution
    const objectZone = attributionAt > v.j && attributionAt < clause.end ? { ...clause, end: attributionAt } : clause;
    let subject: Actor[] | undefined;
    if (participle && first) subject = participleSubject(s, clause, st.lastMain?.subject);
    else {
      const coord = prev && coordinated(toks, prev, v);
      // "kidnapped advisers and exploded bombs": a coordinated verb keeps the subject
      subject = coord ? prevSubject : subjectOf(s, v, windowStart(clause, prev));
      // "is committed to opening": the same verb chain keeps its subject
      if (!subject && prev && onlyAux(toks, prev.j, v.i)) subject = prevSubject;
      // "Nuri al-Maliki, speaking in Baghdad, rejected": the subject before an interrupting clause
      if (!subject && !prev) subject = interruptedSubject(s, ci);
      if (!subject) subject = pronounSubject(s, v, clause, ctx.doc, subjects) ?? fallbackSubject(toks, clause, prev, v);
    }
    first = false;
    subjects.set(v, subject);
    // nesting: "agreed to lift", "plans to impose", "began collecting", "urged X to withdraw"
    let lower = governed(toks, inClause, n);
    // "Obama wants Iran to attack": the infinitive has its own subject; not the wanter's act
    if (lower && v.entry.kind === 'intent' && s.actors.groups.some((g) => g.i >= v.j && g.j <= lower!.i)) lower = undefined;
    // "prepared to resume shelling", "vowed to continue fighting": down a chain of intent/aspect
    // verbs with no event of their own to the verb that names the act
    while (lower && NESTING.has(lower.entry.kind ?? '')) {
      const deeper = governed(toks, inClause, inClause.indexOf(lower));
      if (!deeper || codeOf(ctx.lex, toks, lower, { start: clause.start, end: deeper.i }, false)) break;
      lower = deeper;
    }
    // a "to" infinitive no verb governs is a purpose or a noun's complement ("a delegation to visit");
    // "shunned work to protest": a protest purpose makes the act a protest
    if (purposeInfinitive(toks, clause, v)) {
      const last = out.at(-1);
      const protest = ploverOf(ctx.table, '140');
      if (/^(?:protest|demonstrate)$/.test(v.entry.lemma) && last && out.length > before && protest && last.coding.event !== 'PROTEST') {
        out[out.length - 1] = { ...last, code: '140', coding: protest, rule: `${last.rule}+to-protest` };
      } else if (/^(?:protest|demonstrate)$/.test(v.entry.lemma) && out.length === before && protest && prev && prevSubject?.some((a) => a.code && /^[A-Z]{3}/.test(a.code))) {
        // "shunned work to protest", "closed their shops to protest": an uncoded act done in protest
        const recipients = recipientOf(s, v, { ...clause, end: Math.min(clause.end, attributionAt) }, prevSubject, 'PROTEST');
        out.push({ verb: v, code: '140', coding: protest, actors: prevSubject, recipients, modality: modalityOf(toks, clause, prev), negated: isNegated(toks, clause, prev), rule: `${prev.entry.lemma}+to-protest`, verbStart: toks[prev.i]!.start, verbEnd: toks[v.j - 1]!.end });
      }
      continue;
    }
    let head = v;
    let modality = modalityOf(toks, clause, v);
    // "is set to visit", "is due to sign": an act already arranged (see counted.ts)
    let arranged = modality === 'future' && auxBefore(toks, clause, v).some((t) => ARRANGED_ADJECTIVES.has(t.lower));
    // "a missile believed to be fired by rebels": a belief, not an assertion
    if (clause.reporter && toks[clause.reporter.j]?.lower === 'to') modality = 'hypothetical';
    let negated = isNegated(toks, clause, v);
    // a reporting verb codes only through a curated direct object ("announced a suspension")
    let code = v.entry.kind === 'report' ? reportObject(toks, v) : codeOf(ctx.lex, toks, v, clause, passive);
    let rule = v.entry.lemma;
    // "began a hunger strike to protest": the aspect verb's own object names the event
    const ownObject = lower && v.entry.kind === 'aspect' && v.entry.objects ? codeOf(ctx.lex, toks, v, { start: clause.start, end: lower.i }, false) : null;
    const nests = NESTING.has(v.entry.kind ?? '');
    // "scheduled to give a speech and meet with dissidents": a base form coordinated with the
    // verb an intent/aspect verb governs is governed by it too
    const shared = !lower && governor && prev && v.entry.suffix === '' && coordinated(toks, prev, v) ? governor : undefined;
    if (shared) {
      rule = `${shared.upper.entry.lemma}+${v.entry.lemma}`;
      modality = shared.modality;
      negated ||= shared.negated;
      arranged = shared.arranged;
    }
    if (lower && nests && !ownObject) {
      const lowerCode = codeOf(ctx.lex, toks, lower, clause, isPassive(toks, lower));
      const lowerCoding = lowerCode ? ploverOf(ctx.table, lowerCode) : undefined;
      if (v.entry.kind !== 'aspect' && modality === 'asserted') modality = 'future';
      // "the army prepared to resume shelling", "the leader prepared to attend": preparing (the
      // verb, not "is prepared to") is under way; for an attack the preparation itself is the
      // event, a show of force short of using it (PLOVER MOBILIZE, CAMEO 150)
      const preparing = v.entry.lemma === 'prepare' && !toks.slice(Math.max(clause.start, v.i - 3), v.i).some((t) => BE.has(t.lower) || HAVE.has(t.lower));
      if (v.entry.kind === 'arranged' || preparing) arranged = true;
      negated ||= isNegated(toks, clause, lower);
      governor = { upper: v, modality, negated, arranged };
      const mobilize = preparing && lowerCoding?.event === 'ASSAULT' ? ploverOf(ctx.table, '150') : undefined;
      if (mobilize) {
        code = '150';
        rule = `prepare-attack:${lower.entry.lemma}`;
        modality = modalityOf(toks, clause, v);
        arranged = false;
      } else if (lowerCoding && lowerCode) {
        head = lower;
        code = lowerCode;
        rule = `${v.entry.lemma}+${lower.entry.lemma}`;
      } else {
        // the upper verb codes on its own ("promised military aid"): as written
        modality = modalityOf(toks, clause, v);
        negated = isNegated(toks, clause, v);
        arranged = false;
      }
    } else if (lower && v.entry.kind === 'report') {
      // "announced it would prohibit": the lower verb is coded in the report's complement
    } else if (!shared) governor = undefined;
    if (arranged) rule = `${ARRANGED_RULE}${rule}`;
    if (lower) n = inClause.indexOf(lower);
    prev = head;
    prevSubject = subject;
    if (v.entry.kind === 'report' && head === v && (!code || !v.entry.objects && code === v.entry.code)) {
      // a reporting verb with no event-coding object: its complement carries the event
      if (!code) continue;
    }
    // "is willing to send material", "is committed to opening up": an intent to cooperate
    // "closed their shops to protest": an uncoded act whose purpose is a protest is the protest
    if (!code && !nests && head === v && lower && /^(?:protest|demonstrate)$/.test(lower.entry.lemma)) {
      code = '140';
      head = lower;
      rule = `${v.entry.lemma}+to-protest`;
    }
    if (!code && (auxBefore(toks, clause, head).some((t) => STRONG_INTENT.has(t.lower)) || (head === v && lower && STRONG_INTENT.has(toks[v.i]!.lower) && BE.has(toks[v.i - 1]?.lower ?? '')))) {
      code = '030';
      rule = `intent+${head.entry.lemma}`;
      modality = 'asserted';
    }
    // "released 30 Palestinians", "received the Jordanian king": some verbs code only with a
    // person or group as their object
    if (!code && v.entry.actorObject && head === v && !passive && actorObject(s, v, objectZone, subject ?? [])) code = v.entry.actorObject;
    if (!code) continue;
    const placed = withRoles(ctx, s, { v, head, code, rule, modality, negated, passive, subject, clause, ci, objectZone }, subjects, attribution, out.at(-1));
    if (placed) out.push(placed);
  }
  if (!participle) st.lastMain = { clause: ci, events: out.length - before, subject: subjects.get(inClause.find((v) => !v.participle)!) };
  // "X will only agree if Y withdraws": a demand on Y
  const next = clauses[ci + 1];
  if (next?.role === 'conditional' && !participle) {
    const v = inClause.find((x) => auxBefore(toks, clause, x).some((t) => t.lower === 'only'));
    const actors = v && subjects.get(v);
    const coding = ploverOf(ctx.table, '100');
    const w = verbs.find((x) => clauseOf[x.i] === ci + 1);
    const target = w && subjectOf(s, w, next.start);
    if (v && actors?.length && coding && target) {
      out.push({ verb: v, code: '100', coding, actors, recipients: target, modality: 'asserted', negated: false, rule: 'only-if', verbStart: toks[v.i]!.start, verbEnd: toks[v.j - 1]!.end });
    }
  }
}

/** A coded verb of a clause, before its parties are settled. */
interface Draft {
  /** The verb as written, and the verb that names the act ("agreed to lift": agreed, lift). */
  v: VerbCandidate;
  head: VerbCandidate;
  code: string;
  rule: string;
  modality: Modality;
  negated: boolean;
  passive: boolean;
  subject: Actor[] | undefined;
  clause: Clause;
  ci: number;
  /** The clause up to a sentence-final attribution, where objects are looked for. */
  objectZone: Clause;
}

/**
 * Actor and recipient of a coded verb, and the construction rules that recode it (passives,
 * visits, "a says b attacked", civil obstruction, riots); its source. Undefined when no party acts
 * or the event repeats the one just coded (`last`).
 */
function withRoles(ctx: Ctx, s: Sentence, d: Draft, subjects: ReadonlyMap<VerbCandidate, Actor[] | undefined>, attribution: Ref | undefined, last: Placed | undefined): Placed | undefined {
  let { code, rule, negated } = d;
  const { v, head, modality, passive, subject, clause, ci, objectZone } = d;
  const { toks, clauses, verbs, clauseOf } = s;
  let coding = ploverOf(ctx.table, code);
  if (!coding) return undefined;
  let actors = subject ?? [];
  let recipient = recipientOf(s, head, objectZone, actors, coding.event);
  // "…cut short its negotiations, citing Hamas's actions": the participle that follows names the target
  const following = clauses[ci + 1];
  if (!recipient.length && following?.role === 'participle') recipient = recipientOf(s, { ...head, j: following.start }, following, actors);
  // "demanded that the US cancel": the subject of the content clause
  // (also a reporting verb's complement when the verb codes a demand: "insisted on its demands that …")
  if (!recipient.length && (following?.role === 'content' || (following?.role === 'complement' && code.startsWith('10'))) && following.reporter === v) {
    const w = verbs.find((x) => clauseOf[x.i] === ci + 1);
    // no verb found there ("that the Ugandan government release prisoners"): its first phrase
    const first = w ? undefined : s.actors.groups.find((g) => g.i >= following.start && g.i - following.start <= 3 && g.j <= following.end);
    recipient = ((w ? subjectOf(s, w, following.start) : first?.actors)?.filter((a) => a.code && !a.code.startsWith('---'))) || [];
  }
  if (passive && head === v) {
    // no "by" agent: PETRARCH2 takes the source of a passive from its BY/FROM/IN phrase
    // ("killed in a NATO airstrike"); only for hostile acts, where a place of attack names its side
    const by = byAgent(s, v) ?? (HOSTILE_CATEGORIES.has(coding.event) ? placeAgent(s, v, clause) : undefined);
    if (!by && !subject) return undefined;
    recipient = subject ?? [];
    actors = by ?? [];
  }
  if (actors.length === 0) return undefined;
  // "Iran denied that it had attacked": a denied act; "No country has recognised", "Neither
  // Israel nor Hamas accepted": a negative subject
  if (clause.reporter?.entry.lemma === 'deny' || (!passive && actors[0]!.i > 0 && /^(?:no|neither)$/.test(toks[actors[0]!.i - 1]?.lower ?? ''))) negated = true;
  // "attend a summit in Switzerland": a visit's host is where it takes place (PLOVER CONSULT
  // visit: the actor travels to the recipient, who hosts)
  if (!recipient.length && code === '042' && !passive) recipient = hostPlace(s, head, objectZone, actors);
  // "mediated between Israel and Hamas": a mediator's recipients are the parties it mediates between
  if (!recipient.length && code === '045') recipient = betweenParties(s, head, objectZone, actors);
  // "Egypt hosted Israeli negotiators": PLOVER codes the visit, the visitor is always the actor
  // (CONSULT/visit; CAMEO 043 from the host's side is 042 from the visitor's)
  // (only a direct object is the visitor: "hosted talks with Israel" stays the host's act)
  const direct = recipient.length > 0 && recipient[0]!.i >= head.j && toks.slice(head.j, recipient[0]!.i).every((t) => !PREPOSITIONS.has(t.lower) && !TALK_NOUNS.test(t.lower));
  const visit = code === '043' && head === v && !passive && direct ? ploverOf(ctx.table, '042') : undefined;
  if (visit) {
    [actors, recipient] = [recipient, actors];
    code = '042';
    coding = visit;
    rule = `host-visit:${rule}`;
  }
  // PETRARCH's transformation "a says b attacked" (no target) = a accuses b (CAMEO 112)
  const objectless = !toks[head.j] || /^(?:[.,;:]|themselves|itself|himself|herself|each|one)$/.test(toks[head.j]!.lower) || WEEKDAYS.has(toks[head.j]!.lower);
  if (clause.reporter && !recipient.length && objectless && coding?.event === 'ASSAULT' && modality === 'asserted') {
    const reporter = subjects.get(clause.reporter);
    const accuse = ploverOf(ctx.table, '112');
    if (reporter?.length && accuse && !reporter.some((r) => actors.some((a) => a.name === r.name))) {
      recipient = actors;
      actors = reporter;
      code = '112';
      coding = accuse;
      rule = `says-attacked:${rule}`;
    }
  }
  if (!coding) return undefined;
  // civilians, workers, students blocking a road obstruct in protest: PROTEST/obstruct (CAMEO 144)
  if (code === '191' && actors.length && actors.every((a) => CIVIL_SECTORS.has(a.code?.slice(3, 6) ?? ''))) {
    const obstruct = ploverOf(ctx.table, '144');
    if (obstruct) {
      code = '144';
      coding = obstruct;
      rule = `obstruct:${rule}`;
    }
  }
  // demonstrators who destroy or attack are rioting: PLOVER PROTEST/riot (CAMEO 145)
  if ((coding.event === 'ASSAULT' || coding.event === 'COERCE') && actors.length && actors.every((a) => a.code?.slice(3, 6) === 'OPP' && /^(?:demonstr|protest|rioter|marcher)/.test(toks[a.j - 1]?.lower ?? ''))) {
    const riot = ploverOf(ctx.table, '145');
    if (riot) {
      code = '145';
      coding = riot;
      rule = `riot:${rule}`;
    }
  }
  let source: Ref | undefined = clause.reporter ? reporterRef(clause, subjects) : attribution;
  if (source && actors.some((a) => a.name === source!.name)) source = undefined;
  // "killed one soldier and wounded two others": one event (same code), not two
  if (last && last.code === code && coordinatedSpan(toks, last, v) && last.actors === actors) return undefined;
  return { verb: head, code, coding, actors, recipients: recipient, modality, negated, ...(source ? { source } : {}), rule, verbStart: toks[v.i]!.start, verbEnd: toks[head.j - 1]!.end };
}


/** "X said Y must …", "X issued a reminder to Y that it must …": a demand by the reporter on Y. */
function mustDemands(ctx: Ctx, s: Sentence, subjects: Map<VerbCandidate, Actor[] | undefined>, coded: readonly Placed[]): Placed[] {
  const { toks, clauses, verbs, clauseOf } = s;
  const out: Placed[] = [];
  for (let ci = 0; ci < clauses.length; ci++) {
    const clause = clauses[ci]!;
    if ((clause.role !== 'complement' && clause.role !== 'content') || clause.reporter === undefined) continue;
    if (coded.some((o) => o.verb === clause.reporter) || out.some((o) => o.verb === clause.reporter)) continue;
    for (const v of verbs) {
      if (clauseOf[v.i] !== ci) continue;
      const aux = auxBefore(toks, clause, v);
      // (the demanded act itself may be coded already, with modality "demanded")
      if (!aux.some((t) => DEONTIC_MODALS.has(t.lower)) || coded.some((o) => o.verb === v && o.modality !== 'demanded')) continue;
      const reporter = subjects.get(clause.reporter);
      const coding = ploverOf(ctx.table, '100');
      if (!reporter || !coding) continue;
      const target = subjectOf(s, v, clause.start) ?? pronounSubject(s, v, clause, ctx.doc, subjects) ?? [];
      out.push({ verb: v, code: '100', coding, actors: reporter, recipients: target.filter((a) => !reporter.some((r) => r.name === a.name)), modality: 'asserted', negated: false, rule: 'must', verbStart: toks[v.i]!.start, verbEnd: toks[v.j - 1]!.end });
      break;
    }
  }
  return out;
}

/**
 * Nominal events with an explicit agent: "mediation efforts from Qatar and Egypt", "airstrikes by
 * Israel". Only nouns whose agent is named by "by"/"from" right after them.
 */
const NOMINALS: ReadonlyMap<string, string> = new Map([
  ['mediation', '045'], ['airstrike', '195'], ['airstrikes', '195'], ['bombardment', '194'], ['shelling', '194'],
  ['attack', '190'], ['attacks', '190'], ['criticism', '111'], ['condemnation', '111'], ['crackdown', '175'],
  ['sanctions', '163'], ['offensive', '190'], ['raid', '190'], ['raids', '190'],
]);

function nominalEvents(ctx: Ctx, s: Sentence): Placed[] {
  const out: Placed[] = [];
  const { toks } = s;
  for (let k = 0; k < toks.length; k++) {
    const code = NOMINALS.get(toks[k]!.lower);
    if (!code) continue;
    let m = k + 1;
    if (/^efforts?$/.test(toks[m]?.lower ?? '')) m++;
    if (toks[m]?.lower !== 'by' && toks[m]?.lower !== 'from') continue;
    const g = s.actors.groups.find((x) => x.i === m + 1 || (x.i === m + 2 && DETERMINERS.has(toks[m + 1]!.lower)));
    const coding = ploverOf(ctx.table, code);
    if (!g || !coding || !g.actors.some((a) => a.code && !a.code.startsWith('---'))) continue;
    const mode = code === '045' ? { ...coding, mode: 'third-party' } : coding;
    out.push({ verb: { i: k, j: k + 1, entry: { words: [toks[k]!.lower], lemma: toks[k]!.lower, code, base: true, suffix: '' }, participle: false }, code, coding: mode, actors: g.actors, recipients: [], modality: 'asserted', negated: false, rule: `nominal:${toks[k]!.lower}`, verbStart: toks[k]!.start, verbEnd: toks[k]!.end });
  }
  return out;
}


function reporterRef(clause: Clause, subjects: ReadonlyMap<VerbCandidate, Actor[] | undefined>): Ref | undefined {
  const r = clause.reporter ? subjects.get(clause.reporter) : undefined;
  return r?.[0] ? ref(r[0]) : undefined;
}


/** The code of a reporting verb's direct object ("declared a unilateral ceasefire"), if curated. */
function reportObject(toks: readonly Tok[], v: VerbCandidate): string | null {
  const objects = v.entry.objects;
  if (!objects) return null;
  for (let k = v.j; k < toks.length && k - v.j < MAX_REPORT_OBJECT_TOKENS; k++) {
    const hit = /^\p{Lu}/u.test(toks[k]!.text) ? undefined : objects.get(toks[k]!.lower);
    if (hit) return hit;
  }
  return null;
}


/** Whether v is coordinated with the verb of an event just coded ("killed … and wounded"). */
function coordinatedSpan(toks: readonly Tok[], last: Placed, v: VerbCandidate): boolean {
  let k = v.i - 1;
  while (k >= 0 && (isAdverb(toks[k]) || auxLike(toks[k]!))) k--;
  return k >= 0 && CONJUNCTIONS.has(toks[k]!.lower) && toks[k]!.start >= last.verbEnd;
}


/** Who did what to whom, coded in PLOVER 2.0 and CAMEO, with modality, negation and source. */
export const events = defineStage({
  name: 'events',
  requires: ['text', 'sentences'],
  uses: ['entities', 'quotes', 'tokens'],
  assigns: ['events'],
  run(doc, ctx) {
    return { events: findEvents(doc, ctx.cameoToPlover, ctx.kb, ctx.eventLexicon) };
  },
});
