import type { ActorRef, Doc, Entity, Event, Modality, Offsets } from '../../model/doc.js';
import { contains } from '../../model/span.js';
import { defineStage } from '../../pipeline/stage.js';
import { ploverOf, type PloverCoding } from '../../reference/plover.js';
import { DEMANDED, FUTURE, HYPOTHETICAL, NEGATIONS, TOPIC_PREPOSITIONS, TRIGGERS, type Trigger } from './lexicon.js';

/** How far back from a trigger an actor is looked for, in characters. */
const MAX_ACTOR_DISTANCE = 160;
/** Entity types that can act or be acted on. */
const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
const PRONOUN_ACTORS: Record<string, 'person' | 'group'> = { he: 'person', she: 'person', it: 'group', they: 'group' };

interface Placed {
  start: number;
  end: number;
  entity: Entity;
}

function ref(entity: Entity): ActorRef {
  return { entity: entity.id, name: entity.name, ...(entity.code ? { code: entity.code } : {}) };
}

/** Everything an event search needs about one document. */
interface Scope {
  doc: Readonly<Doc>;
  mentions: Placed[];
  table: ReadonlyMap<string, PloverCoding>;
}

/** Events in a document: for each sentence, each trigger with its actors, recipient and modality. */
export function findEvents(doc: Readonly<Doc>, table: ReadonlyMap<string, PloverCoding>): Event[] {
  const mentions = doc.entities
    .filter((e) => ACTOR_TYPES.has(e.type))
    .flatMap((entity) => entity.mentions.filter((m) => !m.field).map((m) => ({ start: m.start, end: m.end, entity })))
    .sort((a, b) => a.start - b.start);
  const scope: Scope = { doc, mentions, table };
  const events: Event[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const taken: Offsets[] = [];
    for (const trigger of TRIGGERS) {
      const re = new RegExp(trigger.pattern.source, trigger.pattern.flags.includes('g') ? trigger.pattern.flags : `${trigger.pattern.flags}g`);
      for (const m of text.matchAll(re)) {
        const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
        if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
        taken.push(span);
        events.push(...eventsAt(scope, sentence, span, trigger, events.length));
      }
    }
  }
  return events.sort((a, b) => a.start - b.start).map((e, i) => ({ ...e, id: `ev${i + 1}` }));
}

function eventsAt(scope: Scope, sentence: Offsets, span: Offsets, trigger: Trigger, n: number): Event[] {
  const { doc } = scope;
  const coding = ploverOf(scope.table, trigger.cameo);
  if (!coding) return [];
  const actors = trigger.actorAfter ? actorsAfter(scope, sentence, span) : actorsBefore(scope, sentence, span);
  if (actors.length === 0) return [];
  const recipient = recipientAfter(scope, sentence, span, actors);
  const before = doc.text.slice(Math.max(sentence.start, span.start - 80), span.start);
  const quote = doc.quotes.find((q) => contains(q, span));
  return actors.map((actor, k) => {
    const event: Event = {
      id: `ev${n + k + 1}`,
      actor: ref(actor),
      recipient: recipient ? ref(recipient) : null,
      event: coding.event,
      mode: trigger.mode ?? coding.mode,
      contexts: coding.contexts,
      cameo: trigger.cameo,
      modality: modalityOf(before),
      negated: NEGATIONS.test(before),
      start: span.start,
      end: span.end,
      text: doc.text.slice(span.start, span.end),
      rule: trigger.name,
    };
    if (quote?.speaker) event.source = quote.speaker;
    return event;
  });
}

function modalityOf(before: string): Modality {
  if (DEMANDED.test(before)) return 'demanded';
  if (FUTURE.test(before)) return 'future';
  if (HYPOTHETICAL.test(before)) return 'hypothetical';
  return 'asserted';
}

/** The word before an offset, lower-cased. */
function wordBefore(text: string, offset: number): string {
  return /(\S+)\s*$/.exec(text.slice(Math.max(0, offset - 30), offset))?.[1]?.toLowerCase() ?? '';
}

function inBackground(scope: Scope, m: Placed): boolean {
  return (m.entity.type === 'GPE' || m.entity.type === 'NORP') && TOPIC_PREPOSITIONS.has(wordBefore(scope.doc.text, m.start));
}

/** The subject: the nearest mention (or pronoun) before the trigger, with the ones coordinated with it. */
function actorsBefore(scope: Scope, sentence: Offsets, span: Offsets): Entity[] {
  const text = scope.doc.text;
  const floor = Math.max(sentence.start, span.start - MAX_ACTOR_DISTANCE);
  const candidates = scope.mentions.filter((m) => m.start >= floor && m.end <= span.start && !inBackground(scope, m));
  const pronoun = /\b(he|she|it|they)\b(?:\s+\S+){0,3}\s*$/i.exec(text.slice(floor, span.start));
  const nearest = candidates.at(-1);
  if (pronoun && (!nearest || floor + pronoun.index > nearest.end)) {
    const antecedent = antecedentOf(scope, pronoun[1]!.toLowerCase(), floor + pronoun.index);
    return antecedent ? [antecedent] : [];
  }
  if (!nearest) return [];
  const actors = [nearest.entity];
  // "Qatar and Egypt", "Keir Starmer and French President Emmanuel Macron": coordinated mentions.
  for (let i = candidates.length - 2; i >= 0; i--) {
    const between = text.slice(candidates[i]!.end, candidates[i + 1]!.start);
    if (!/^(?:\s*(?:,|and|&)\s*)(?:[\p{Lu}][\p{L}.-]*\s+){0,4}$/u.test(between)) break;
    if (!actors.includes(candidates[i]!.entity)) actors.unshift(candidates[i]!.entity);
  }
  return actors;
}

/** For nominal triggers: "mediation efforts from Qatar and Egypt". */
function actorsAfter(scope: Scope, sentence: Offsets, span: Offsets): Entity[] {
  const text = scope.doc.text;
  const after = scope.mentions.filter((m) => m.start >= span.end && m.end <= sentence.end);
  const first = after[0];
  if (!first || !/^\s*$/.test(text.slice(span.end, first.start))) return [];
  const actors = [first.entity];
  for (let i = 1; i < after.length; i++) {
    if (!/^\s*(?:,|and|&)\s*(?:and\s+)?$/.test(text.slice(after[i - 1]!.end, after[i]!.start))) break;
    actors.push(after[i]!.entity);
  }
  return actors;
}

function recipientAfter(scope: Scope, sentence: Offsets, span: Offsets, actors: readonly Entity[]): Entity | undefined {
  return scope.mentions.find(
    (m) => m.start >= span.end && m.end <= sentence.end && !actors.includes(m.entity) && !inBackground(scope, m),
  )?.entity;
}

function antecedentOf(scope: Scope, pronoun: string, offset: number): Entity | undefined {
  const kind = PRONOUN_ACTORS[pronoun];
  for (let i = scope.mentions.length - 1; i >= 0; i--) {
    const m = scope.mentions[i]!;
    if (m.end > offset) continue;
    if (kind === 'person' ? m.entity.type === 'PERSON' : m.entity.type !== 'PERSON') return m.entity;
  }
  return undefined;
}

/** Who did what to whom, coded in PLOVER 2.0 and CAMEO, with modality, negation and source. */
export const events = defineStage({
  name: 'events',
  requires: ['text', 'sentences'],
  uses: ['entities', 'quotes'],
  assigns: ['events'],
  run(doc, ctx) {
    return { events: findEvents(doc, ctx.cameoToPlover) };
  },
});
