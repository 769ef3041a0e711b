import type { Doc, Entity, EntityType, Offsets, Ref } from '../../model/doc.js';
import type { Kb } from '../../kb/types.js';
import { ORG_HEADS } from '../../lexicon/titles.js';
import { genderOfFirstName } from './names.js';
import { looksLikeTitledPerson, personName } from './person.js';

/** A token with its words, for the rules of this stage. */
export interface Tok extends Offsets {
  word: string;
  lower: string;
  sentence: number;
}

export interface MentionRef extends Offsets {
  entity: Entity;
}

/** Entity types that can say something. */
export const SPEAKER_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

/**
 * The document as the quote rules read it, built once per run: tokens with their words, body
 * mentions of speaker-type entities in text order, and lookups by offset (binary search).
 */
export interface View {
  doc: Readonly<Doc>;
  text: string;
  toks: Tok[];
  /** First token index of each sentence, and one past its last. */
  sentenceTokens: { first: number; end: number }[];
  mentions: MentionRef[];
  kb?: Kb;
  /** Quotation ranges (marks included), sorted, set once direct quotations are known. */
  quoted: Offsets[];
  /** Entity types as this stage reads them (a titled name typed OTHER is a person). */
  types: Map<Entity, EntityType>;
  /** A person's name inside a longer entity name ("… Representative Adam Schiff" → "Adam Schiff"). */
  fullNames: Map<Entity, string>;
  /** Surname → person (see surnameIndex). */
  surnames: Map<string, Entity>;
  /** Where each attributed quote's frame is and who spoke, sorted (for "He added, …"). */
  speakers: { start: number; end: number; ref: Ref; entity?: Entity }[];
  entityById: Map<string, Entity>;
}

/** Records that `entity` spoke in a frame at [start, end) (kept sorted by start). */
export function noteSpeaker(view: View, start: number, end: number, ref: Ref): void {
  const entity = ref.entity ? view.entityById.get(ref.entity) : undefined;
  const record = { start, end, ref, entity };
  const i = lowerBound(view.speakers, start);
  if (view.speakers[i]?.start === start) view.speakers[i] = record;
  else view.speakers.splice(i, 0, record);
}

/** Name word → the one person whose (role-less) name has it; words shared by two people are dropped. */
export function surnameIndex(entities: readonly Entity[], types: ReadonlyMap<Entity, EntityType>, fullNames: ReadonlyMap<Entity, string>): Map<string, Entity> {
  const index = new Map<string, Entity | null>();
  for (const e of entities) {
    if (types.get(e) !== 'PERSON') continue;
    const words = (fullNames.get(e) ?? personName(e.name)).split(/\s+/);
    if (words.length < 2) continue;
    for (const w of words.slice(1).flatMap((x) => [x, x.replace(/^(?:el|al|al|bin|ibn)[-‑]/i, '')])) {
      if (w.length < 3 || !/^\p{Lu}/u.test(w)) continue;
      const had = index.get(w);
      index.set(w, had === undefined || had === e ? e : null);
    }
  }
  const out = new Map<string, Entity>();
  for (const [w, e] of index) if (e) out.set(w, e);
  return out;
}

export function typeOf(view: View, entity: Entity): EntityType {
  return view.types.get(entity) ?? entity.type;
}

/** Words that make a name an institution's, wherever they stand in it. */
const INSTITUTION_WORDS = new RegExp(
  `\\b(?:${[...ORG_HEADS].filter((w) => !w.includes('.')).join('|')}|archive|herald|journal|gazette|tribune|society|library|institution|airlines?|press)\\b`,
  'i',
);
/** Words that make a name a place's ("Chesapeake Energy Arena"). */
const PLACE_WORDS = /\b(?:arena|stadium|airport|museum|hall|square|park|bridge|street|avenue|road|highway|station|hotel|mall|port|harbour|harbor|base|prison|camp)\b/i;

export function createView(doc: Readonly<Doc>, kb?: Kb): View {
  const text = doc.text;
  const toks: Tok[] = new Array(doc.tokens.length);
  const sentenceTokens: { first: number; end: number }[] = doc.sentences.map(() => ({ first: 0, end: 0 }));
  let last = -1;
  // Lower-casing the text once is cheaper than per token; it is used only when lengths agree.
  const lowerText = text.toLowerCase();
  const sameLength = lowerText.length === text.length;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    const word = text.slice(t.start, t.end);
    toks[i] = { start: t.start, end: t.end, word, lower: sameLength ? lowerText.slice(t.start, t.end) : word.toLowerCase(), sentence: t.sentence };
    const s = sentenceTokens[t.sentence];
    if (s) {
      if (t.sentence !== last) s.first = i;
      s.end = i + 1;
      last = t.sentence;
    }
  }
  const types = new Map<Entity, EntityType>();
  const fullNames = new Map<Entity, string>();
  for (const e of doc.entities) {
    // "House Intelligence Committee Representative Adam Schiff" typed OTHER: the person at its end.
    if (e.type === 'OTHER' || e.type === 'ORG') {
      const words = e.name.split(/\s+/);
      const i = words.findIndex((w, k) => k < words.length - 1 && k > 0 && /^\p{Lu}\p{Ll}/u.test(w) && genderOfFirstName(w, kb) !== undefined);
      if (i > 0 && words.length - i <= 4 && words.slice(i + 1).every((w) => /^\p{Lu}/u.test(w)) && (e.type === 'OTHER' || !INSTITUTION_WORDS.test(words.slice(i).join(' ')))) fullNames.set(e, words.slice(i).join(' '));
    }
  }
  for (const e of doc.entities) {
    // Names the entity stage typed OTHER that read as people: a role and a name, or a known given name.
    const first = e.name.split(/\s+/)[0]!;
    const person = e.type === 'OTHER' && /^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(e.name) && genderOfFirstName(first, kb) !== undefined;
    // An organisation's name ending in a role and a known given name ("USCG Captain Monica Rochester").
    const titled = looksLikeTitledPerson(e.name) && (e.type === 'OTHER' || genderOfFirstName(personName(e.name).split(/\s+/)[0]!, kb) !== undefined);
    // A "person" named like an institution ("Gun Violence Archive", "Cooperative Institute for Research").
    const retype = e.type === 'PERSON' && !e.kb && !looksLikeTitledPerson(e.name);
    // "Lucy Fischer of The Times" is a person of an institution, not the institution.
    const institution = retype && INSTITUTION_WORDS.test(e.name) && !(genderOfFirstName(first, kb) !== undefined && /\s(?:of|at|from)\s/.test(e.name));
    const place = retype && PLACE_WORDS.test(e.name);
    types.set(e, place ? 'LOC' : institution ? 'ORG' : (e.type !== 'PERSON' && e.type !== 'NORP' && titled) || person || fullNames.has(e) ? 'PERSON' : e.type);
  }
  // A surname the entity stage left apart ("Rosselló" typed OTHER) is a mention of the one person
  // whose name contains it.
  const surnames = surnameIndex(doc.entities, types, fullNames);
  const mentions = doc.entities
    .flatMap((e) => {
      const person = SPEAKER_TYPES.has(types.get(e)!) ? e : types.get(e) === 'OTHER' && !e.name.includes(' ') ? surnames.get(e.name) : undefined;
      // A mention starting in lower case ("of London Sadiq Khan") is cut to its capitalised part.
      const out: MentionRef[] = [];
      if (!person) return out;
      for (const m of e.mentions) {
        if (m.field) continue;
        const lead = /^(?:\p{Ll}+\s+)+/u.exec(m.text)?.[0].length ?? 0;
        if (lead < m.text.length && /^\p{Lu}/u.test(m.text.slice(lead))) out.push({ start: m.start + lead, end: m.end, entity: person });
      }
      return out;
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return { doc, text, toks, sentenceTokens, mentions, kb, quoted: [], types, surnames, fullNames, speakers: [], entityById: new Map(doc.entities.map((e) => [e.id, e])) };
}

/** Index of the first item whose `start` is at or after `offset`. */
export function lowerBound(items: readonly Offsets[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the token that covers or follows `offset`. */
export function tokenAt(view: View, offset: number): number {
  return lowerBound(view.toks, offset);
}

/** Mentions starting in [start, end) and ending by `end`, in text order. */
export function mentionsIn(view: View, start: number, end: number): MentionRef[] {
  const out: MentionRef[] = [];
  for (let i = lowerBound(view.mentions, start); i < view.mentions.length; i++) {
    const m = view.mentions[i]!;
    if (m.start >= end) break;
    if (m.end <= end) out.push(m);
  }
  return out;
}

/** The quotation containing `offset` (marks included), if any. */
export function quotationAt(view: View, offset: number): Offsets | undefined {
  const i = lowerBound(view.quoted, offset + 1) - 1;
  const q = view.quoted[i];
  return q && q.start <= offset && offset < q.end ? q : undefined;
}
