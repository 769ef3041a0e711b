/**
 * The events stage: who did what to whom, in PLOVER 2.0 and CAMEO. Per sentence:
 *  1. verbs: lexicon forms (PETRARCH2 CAMEO verb dictionary + curated layer) in a verbal position
 *     (verbs.ts); words of entity mentions and multi-word agent nouns are never verbs;
 *  2. actors: entity mentions, KB names/demonyms and agent nouns grouped into phrases with composed
 *     codes, one actor per conjunct (actors.ts);
 *  3. clauses: main, reported (after "said"/"that"), content of a demand, adverbial, conditional,
 *     relative, participle (clauses.ts); only main and reported clauses are coded (a participle
 *     clause only when the clause it hangs on has no event);
 *  4. per verb: nesting ("agreed to lift", "plans to impose", "began a hunger strike"), code from
 *     object words / PETRARCH patterns / curated code, voice, modality and negation (syntax.ts),
 *     subject and recipient (arguments.ts), source (reporter, attribution, quotation speaker);
 *  5. a few construction rules: "X will only V if Y…" and "X said Y must…" are demands, "X says Y
 *     attacked" (no target) is an accusation, protesters destroying or blocking are a PROTEST,
 *     nominal events with a named agent ("mediation efforts from Qatar").
 * Events need a party with a country/IGO code. Negated, hypothetical and demanded events are kept
 * with their modality; counted.ts decides how they count as PLOVER records.
 */
import type { Kb, KbEntry } from '../../kb/types.js';
import type { ActorRef, Doc, Event, Modality, Ref } from '../../model/doc.js';
import { contains } from '../../model/span.js';
import { defineStage } from '../../pipeline/stage.js';
import { ploverOf, type PloverCoding } from '../../reference/plover.js';
import { findActors, type Actor, type PlacedMention } from './actors.js';
import type { EventLexicon } from './lexicon.js';

export { loadEventLexicon, type EventLexicon } from './lexicon.js';
import { findClauses, type Clause } from './clauses.js';
import {
  byAgent, fallbackSubject, participleSubject, pronounSubject, recipientOf, subjectOf, windowStart, type Sentence,
} from './arguments.js';
import {
  auxBefore, auxLike, coordinated, governed, isNegated, isPassive, lastIndexBefore, modalityOf, onlyAux, purposeInfinitive,
} from './syntax.js';
import { codeOf, findVerbs, type VerbCandidate } from './verbs.js';
import { CONJUNCTIONS, DEONTIC_MODALS, DETERMINERS, PRONOUNS, WEEKDAYS, isAdverb, type Tok } from './words.js';

export { countedCategory, INTENT_CATEGORY } from './counted.js';

/** Sectors of non-state civil actors (opposition, labour, students, civilians). */
const CIVIL_SECTORS = new Set(['OPP', 'LAB', 'EDU', 'CVL']);
/** Adjectives of commitment: "is willing to V" is an intent to cooperate even when V is uncoded. */
const STRONG_INTENT = new Set(['willing', 'ready', 'committed', 'determined', 'eager', 'keen']);
/** Longest sentence coded, in tokens: longer runs are lists or debris, not one clause structure. */
const MAX_SENTENCE_TOKENS = 200;
/** Tokens between a verb and a person or group object that codes it ("released 30 Palestinian prisoners"). */
const ACTOR_OBJECT_DISTANCE = 4;
/** Most actors, and recipients, one event is repeated for ("Qatar and Egypt" → two events). */
const MAX_ACTORS = 6;
const MAX_RECIPIENTS = 6;
/** Words after a reporting verb searched for an event noun as its object ("a unilateral ceasefire"). */
const MAX_REPORT_OBJECT_TOKENS = 4;
/** Most events one sentence may yield (lists of names must not explode). */
const MAX_EVENTS_PER_SENTENCE = 8;

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

/** The KB with name lookups remembered for one document (names repeat across its sentences). */
function memoKb(kb: Kb): Kb {
  const seen = new Map<string, KbEntry[]>();
  return {
    get size() {
      return kb.size;
    },
    get: (id) => kb.get(id),
    entries: () => kb.entries(),
    lookup(name) {
      let hit = seen.get(name);
      if (!hit) seen.set(name, (hit = kb.lookup(name)));
      return hit;
    },
  };
}

function ref(a: Actor): ActorRef {
  return { ...(a.entity ? { entity: a.entity.id } : {}), name: a.name, ...(a.code ? { code: a.code } : {}) };
}

/** Events in a document: per sentence, per main or reported clause, who did what to whom. */
export function findEvents(doc: Readonly<Doc>, table: ReadonlyMap<string, PloverCoding>, kb: Kb, lex: EventLexicon): Event[] {
  const ctx: Ctx = { doc, kb: memoKb(kb), lex, table };
  const bySentence: Tok[][] = doc.sentences.map(() => []);
  for (const t of doc.tokens) bySentence[t.sentence]?.push({ start: t.start, end: t.end, text: doc.text.slice(t.start, t.end), lower: doc.text.slice(t.start, t.end).toLowerCase() });
  const mentions: PlacedMention[] = doc.entities
    .flatMap((entity) => entity.mentions.filter((m) => !m.field).map((m) => ({ start: m.start, end: m.end, entity })))
    .sort((a, b) => a.start - b.start);
  const coded: Placed[] = [];
  let from = 0;
  for (const toks of bySentence) {
    if (toks.length === 0) continue;
    // mentions of this sentence (sentences and mentions are both in text order)
    while (from < mentions.length && mentions[from]!.start < toks[0]!.start) from++;
    let to = from;
    while (to < mentions.length && mentions[to]!.start < toks.at(-1)!.end) to++;
    if (toks.length > MAX_SENTENCE_TOKENS) continue;
    coded.push(...codeSentence(ctx, toks, mentions.slice(from, to)).slice(0, MAX_EVENTS_PER_SENTENCE));
  }
  const events: Event[] = [];
  for (const c of coded) {
    const recipients: (Actor | null)[] = c.recipients.length ? c.recipients.slice(0, MAX_RECIPIENTS) : [null];
    const pairs = c.actors.slice(0, MAX_ACTORS).flatMap((a) => recipients.map((r) => [a, r] as const));
    // no actor is its own recipient ("Armenia and Azerbaijan fought … in Nagorno-Karabakh")
    for (const [actor, recipient] of pairs.map(([a, r]) => [a, r && (r.name === a.name || (r.code && r.code === a.code)) ? null : r] as const)) {
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


function codeSentence(ctx: Ctx, toks: Tok[], mentions: readonly PlacedMention[]): Placed[] {
  const blocked = new Uint8Array(toks.length);
  for (const m of mentions) {
    for (let k = 0; k < toks.length; k++) if (toks[k]!.start >= m.start && toks[k]!.end <= m.end) blocked[k] = 1;
  }
  // words of multi-word agent nouns ("security forces", "armed forces") are never verbs
  for (let k = 0; k < toks.length; k++) {
    for (const words of ctx.lex.multiAgents.get(toks[k]!.lower) ?? []) {
      if (k + words.length > toks.length) continue;
      if (words.every((w, m) => toks[k + m]!.lower === w)) {
        for (let m = 0; m < words.length; m++) blocked[k + m] = 1;
        break;
      }
    }
  }
  const demonym = (t: Tok) => /^\p{Lu}/u.test(t.text) && ctx.kb.lookup(t.text).some((e) => e.demonyms?.some((d) => d.toLowerCase() === t.lower));
  const verbs = findVerbs(toks, ctx.lex, blocked, demonym);
  if (verbs.length === 0) return [];
  const verbAt = new Set<number>();
  for (const v of verbs) for (let k = v.i; k < v.j; k++) verbAt.add(k);
  const actors = findActors(toks, mentions, ctx.kb, ctx.lex, verbAt, ctx.doc.published);
  const { clauses, clauseOf } = findClauses(toks, verbs);
  const s: Sentence = { toks, verbs, actors, clauses, clauseOf };
  const out: Placed[] = [];
  // A report verb after a comma with its own subject ("…, a Jordanian official confirmed") is the
  // attribution of the whole sentence.
  let attribution: Ref | undefined;
  for (const v of verbs) {
    if (v.entry.kind !== 'report') continue;
    const ci = clauseOf[v.i]!;
    const c = clauses[ci]!;
    const comma = lastIndexBefore(toks, ',', v.i, c.start);
    if (comma > 0) {
      const subj = subjectOf(s, v, comma + 1);
      if (subj && subj.length) attribution = ref(subj[0]!);
    }
  }
  const subjects = new Map<VerbCandidate, Actor[] | undefined>();
  let lastMain: { clause: number; events: number; subject: Actor[] | undefined } | undefined;
  for (let ci = 0; ci < clauses.length; ci++) {
    const clause = clauses[ci]!;
    const participle = clause.role === 'participle';
    // ", recalling its team": a participle clause is coded only when the clause it hangs on has no event
    if (participle && (!lastMain || lastMain.events > 0)) continue;
    if (clause.role !== 'main' && clause.role !== 'complement' && !participle) continue;
    const before = out.length;
    const inClause = verbs.filter((v) => clauseOf[v.i] === ci);
    let prev: VerbCandidate | undefined;
    let prevSubject: Actor[] | undefined;
    let first = true;
    for (let n = 0; n < inClause.length; n++) {
      const v = inClause[n]!;
      if (v.participle && !(participle && first)) continue;
      // "officials accused of playing a role", "victims killed by the crash": a past participle
      // modifying a noun (no auxiliary, "of"/"by" right after it) is not an active event
      if (v.entry.suffix === 'ed' && (toks[v.j]?.lower === 'of' || toks[v.j]?.lower === 'by') && auxBefore(toks, clause, v).length === 0 && v.i > clause.start) continue;
      // "victims killed by the crash": a past participle right after a noun, once the clause has its verb
      if (prev && v.entry.suffix === 'ed' && auxBefore(toks, clause, v).length === 0 && !coordinated(toks, prev, v) && /^\p{Ll}/u.test(toks[v.i - 1]?.text ?? '') && !PRONOUNS.has(toks[v.i - 1]!.lower)) continue;
      const passive = isPassive(toks, v);
      let subject: Actor[] | undefined;
      if (participle && first) subject = participleSubject(s, clause, lastMain?.subject);
      else {
        const coord = prev && coordinated(toks, prev, v);
        // "kidnapped advisers and exploded bombs": a coordinated verb keeps the subject
        subject = coord ? prevSubject : subjectOf(s, v, windowStart(clause, prev));
        // "is committed to opening": the same verb chain keeps its subject
        if (!subject && prev && onlyAux(toks, prev.j, v.i)) subject = prevSubject;
        if (!subject) subject = pronounSubject(s, v, clause, ctx.doc, subjects) ?? fallbackSubject(toks, clause, prev, v);
      }
      first = false;
      subjects.set(v, subject);
      // nesting: "agreed to lift", "plans to impose", "began collecting", "urged X to withdraw"
      const lower = governed(toks, inClause, n);
      // a "to" infinitive no verb governs is a purpose or a noun's complement ("a delegation to visit");
      // "shunned work to protest": a protest purpose makes the act a protest
      if (purposeInfinitive(toks, clause, v)) {
        const last = out.at(-1);
        const protest = ploverOf(ctx.table, '140');
        if (/^(?:protest|demonstrate)$/.test(v.entry.lemma) && last && out.length > before && protest && last.coding.event !== 'PROTEST') {
          out[out.length - 1] = { ...last, code: '140', coding: protest, rule: `${last.rule}+to-protest` };
        }
        continue;
      }
      let head = v;
      let modality = modalityOf(toks, clause, v);
      // "a missile believed to be fired by rebels": a belief, not an assertion
      if (clause.reporter && toks[clause.reporter.j]?.lower === 'to') modality = 'hypothetical';
      let negated = isNegated(toks, clause, v);
      // a reporting verb codes only through a curated direct object ("announced a suspension")
      let code = v.entry.kind === 'report' ? reportObject(toks, v) : codeOf(ctx.lex, toks, v, clause, passive);
      let rule = v.entry.lemma;
      // "began a hunger strike to protest": the aspect verb's own object names the event
      const ownObject = lower && v.entry.kind === 'aspect' && v.entry.objects ? codeOf(ctx.lex, toks, v, { start: clause.start, end: lower.i }, false) : null;
      if (lower && (v.entry.kind === 'intent' || v.entry.kind === 'aspect') && !ownObject) {
        const lowerCode = codeOf(ctx.lex, toks, lower, clause, isPassive(toks, lower));
        const lowerCoding = lowerCode ? ploverOf(ctx.table, lowerCode) : undefined;
        if (lowerCoding && lowerCode) {
          head = lower;
          code = lowerCode;
          rule = `${v.entry.lemma}+${lower.entry.lemma}`;
          if (v.entry.kind === 'intent' && modality === 'asserted') modality = 'future';
          negated ||= isNegated(toks, clause, lower);
        }
      } else if (lower && v.entry.kind === 'report') {
        // "announced it would prohibit": the lower verb is coded in the report's complement
      }
      if (lower) n = inClause.indexOf(lower);
      prev = head;
      prevSubject = subject;
      if (v.entry.kind === 'report' && head === v && (!code || !v.entry.objects && code === v.entry.code)) {
        // a reporting verb with no event-coding object: its complement carries the event
        if (!code) continue;
      }
      // "is willing to send material", "is committed to opening up": an intent to cooperate
      if (!code && auxBefore(toks, clause, head).some((t) => STRONG_INTENT.has(t.lower))) {
        code = '030';
        rule = `intent+${head.entry.lemma}`;
        modality = 'asserted';
      }
      if (!code) continue;
      // "released 30 Palestinians": some verbs code only with a person or group as their object
      if (!code && v.entry.actorObject && head === v && recipientOf(s, v, clause, subject ?? [], undefined, ACTOR_OBJECT_DISTANCE).length) code = v.entry.actorObject;
      if (!code) continue;
      let coding = ploverOf(ctx.table, code);
      if (!coding) continue;
      let actors = subject ?? [];
      let recipient = recipientOf(s, head, clause, actors, coding.event);
      // "…cut short its negotiations, citing Hamas's actions": the participle that follows names the target
      const following = clauses[ci + 1];
      if (!recipient.length && following?.role === 'participle') recipient = recipientOf(s, { ...head, j: following.start }, following, actors);
      // "demanded that the US cancel": the subject of the content clause
      if (!recipient.length && following?.role === 'content' && following.reporter === v) {
        const w = verbs.find((x) => clauseOf[x.i] === ci + 1);
        recipient = (w && subjectOf(s, w, following.start)?.filter((a) => a.code && !a.code.startsWith('---'))) || [];
      }
      if (passive && head === v) {
        const by = byAgent(s, v);
        if (!by && !subject) continue;
        recipient = subject ?? [];
        actors = by ?? [];
      }
      if (actors.length === 0) continue;
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
      if (!coding) continue;
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
      const last = out.at(-1);
      if (last && last.code === code && coordinatedSpan(toks, last, v) && last.actors === actors) continue;
      out.push({ verb: head, code, coding, actors, recipients: recipient, modality, negated, ...(source ? { source } : {}), rule, verbStart: toks[v.i]!.start, verbEnd: toks[head.j - 1]!.end });
    }
    if (!participle) lastMain = { clause: ci, events: out.length - before, subject: subjects.get(inClause.find((v) => !v.participle)!) };
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
    // "X said Y must …", "X issued a reminder to Y that it must …": a demand
  }
  for (let ci = 0; ci < clauses.length; ci++) {
    const clause = clauses[ci]!;
    if ((clause.role === 'complement' || clause.role === 'content') && clause.reporter !== undefined && !out.some((o) => o.verb === clause.reporter)) {
      const inClause = verbs.filter((v) => clauseOf[v.i] === ci);
      for (const v of inClause) {
        const aux = auxBefore(toks, clause, v);
        if (!aux.some((t) => DEONTIC_MODALS.has(t.lower)) || out.some((o) => o.verb === v)) continue;
        const reporter = subjects.get(clause.reporter);
        const coding = ploverOf(ctx.table, '100');
        if (!reporter || !coding) continue;
        const target = subjectOf(s, v, clause.start) ?? pronounSubject(s, v, clause, ctx.doc, subjects) ?? [];
        out.push({ verb: v, code: '100', coding, actors: reporter, recipients: target.filter((a) => !reporter.some((r) => r.name === a.name)), modality: 'asserted', negated: false, rule: 'must', verbStart: toks[v.i]!.start, verbEnd: toks[v.j - 1]!.end });
        break;
      }
    }
  }
  out.push(...nominalEvents(ctx, s));
  // an event needs a coded party: "the blaze killed three" is news, not a political event
  return out.filter((o) => [...o.actors, ...o.recipients].some((a) => a.code && /^[A-Z]{3}/.test(a.code)));
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


function reporterRef(clause: Clause, subjects: Map<VerbCandidate, Actor[] | undefined>): Ref | undefined {
  const r = clause.reporter ? subjects.get(clause.reporter) : undefined;
  return r?.[0] ? ref(r[0]) : undefined;
}


















/** The code of a reporting verb's direct object ("declared a unilateral ceasefire"), if curated. */
function reportObject(toks: readonly Tok[], v: VerbCandidate): string | null {
  const objects = v.entry.objects;
  if (!objects) return null;
  for (let k = v.j; k < toks.length && k - v.j < MAX_REPORT_OBJECT_TOKENS; k++) {
    const hit = objects.get(toks[k]!.lower);
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
