import type { Doc, Entity, EntityType, Offsets, Ref } from '../../model/doc.js';
import type { Kb } from '../../kb/types.js';
import { COMPANY_WORDS, ORG_HEADS } from '../../lexicon/titles.js';
import { genderOfFirstName } from '../../lexicon/genders.js';
import { bodyDescriptions, type BodyDescription } from './described.js';
import { findQuotations, type Quoted } from './marks.js';
import { COMMON_WORDS } from '../../lexicon/words.js';
import { looksLikeTitledPerson, personName, ROLE_WORDS } from './person.js';
import { ACRONYM, CAPITALISED, spelledStart, UPPER_START } from './letters.js';
import { MAX_SPELLED_CHARS } from './thresholds.js';

/** Two or three name words, then "of", "from" or "at" and the rest ("Sheldon Yett of UNICEF"). */
const PERSON_OF = /^(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,2})\s+(?:of|from|at)\s+(?:the\s+)?(\S.*)$/u;

/** Lower-case words at the start. */
const LOWER_WORDS = /^(?:\p{Ll}+\s+)+/u;
/** A short lower-case particle joined to a capitalised name. */
const JOINED_PARTICLE = /^\p{Ll}{1,3}[-‑'’]\p{Lu}/u;
/** Two capitalised words ("Nikki Haley"). */
const TWO_NAME_WORDS = /^\p{Lu}\p{Ll}+\s+\p{Lu}/u;

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
  /** Quotations (marks included), sorted. */
  quoted: Quoted[];
  /** Entity types as this stage reads them (a titled name typed OTHER is a person). */
  types: Map<Entity, EntityType>;
  /** A person's name inside a longer entity name ("… Representative Adam Schiff" → "Adam Schiff"). */
  fullNames: Map<Entity, string>;
  /** Surname → person (see surnameIndex). */
  surnames: Map<string, Entity>;
  /** Where each attributed quote's frame is and who spoke, sorted (for "He added, …"). */
  speakers: { start: number; end: number; ref: Ref; entity?: Entity }[];
  /** How often `speakers` was read (see speakersOf): a result computed without a read does not depend on it. */
  speakerReads: number;
  entityById: Map<string, Entity>;
  /** Bodies the article describes by kind where it names them ("Hollow Choir, a ransomware group"). */
  bodies: BodyDescription[];
}

/** The speakers recorded so far, counting the read. */
export function speakersOf(view: View): View['speakers'] {
  view.speakerReads++;
  return view.speakers;
}

/** Records that `entity` spoke in a frame at [start, end) (kept sorted by start). */
export function noteSpeaker(view: View, start: number, end: number, ref: Ref): void {
  const entity = ref.entity ? view.entityById.get(ref.entity) : undefined;
  const record = { start, end, ref, entity };
  const i = lowerBound(view.speakers, start);
  if (view.speakers[i]?.start === start) view.speakers[i] = record;
  else view.speakers.splice(i, 0, record);
}

/** `compute()` remembered per document view and key: names and words recur across a document's sentences. */
export function rememberedFor<K, V>(cache: WeakMap<View, Map<K, V>>, view: View, key: K, compute: () => V): V {
  let known = cache.get(view);
  if (!known) cache.set(view, (known = new Map()));
  let value = known.get(key);
  if (value === undefined) known.set(key, (value = compute()));
  return value;
}

/** True when a mention of any entity covers the offset (a comma inside a body's name). */
export function insideMention(view: View, offset: number): boolean {
  const m = view.mentions[lowerBound(view.mentions, offset) - 1];
  return m !== undefined && m.end > offset;
}

/** A surname without the particle joined to it ("al-Eryani" → "Eryani"). */
export const withoutParticle = (name: string): string => name.replace(/^(?:el|al|bin|ibn)[-‑]/i, '');

/** Name word → the one person whose (role-less) name has it; words shared by two people are dropped. */
export function surnameIndex(entities: readonly Entity[], types: ReadonlyMap<Entity, EntityType>, fullNames: ReadonlyMap<Entity, string>): Map<string, Entity> {
  // Not an acronym ("NSW" of "Surf Life Saving NSW", a body read as a person).
  return personWordIndex(entities, types, fullNames, (words) => words.slice(1).flatMap((x) => [x, withoutParticle(x)]).filter((w) => w.length >= 3 && UPPER_START.test(w) && !ALL_CAPS.test(w)));
}

const ALL_CAPS = /^\p{Lu}{2,}$/u;

/** First word of a person's full name → that person, for names only one person in the document has. */
function givenNameIndex(entities: readonly Entity[], types: ReadonlyMap<Entity, EntityType>, fullNames: ReadonlyMap<Entity, string>): Map<string, Entity> {
  return personWordIndex(entities, types, fullNames, (words) => (words[0]!.length >= 3 ? [words[0]!] : []));
}

/** The words `pick` takes from each person's name of two words or more → that person, where only one person has the word. */
function personWordIndex(entities: readonly Entity[], types: ReadonlyMap<Entity, EntityType>, fullNames: ReadonlyMap<Entity, string>, pick: (words: string[]) => string[]): Map<string, Entity> {
  const index = new Map<string, Entity | null>();
  for (const e of entities) {
    if (types.get(e) !== 'PERSON') continue;
    const words = (fullNames.get(e) ?? personName(e.name)).split(/\s+/);
    if (words.length < 2) continue;
    for (const w of pick(words)) {
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
  `\\b(?:${[...ORG_HEADS].filter((w) => !w.includes('.')).join('|')}|archive|herald|journal|gazette|tribune|society|library|museum|gallery|institution|conference|synod|diocese|archdiocese|airlines?|press|presidency|survey|directorate|secretariat|tribunal|guild|regulator|constabulary|gendarmerie|carabinieri|dicastery|racecourse|sangh|dal|morcha|manch|samiti|parishad|kazhagam|sabha)\\b`,
  'i',
);
/** Words that end a place's name ("Chesapeake Energy Arena", "Hyde Park"; not "Park Ji-hoon"). A museum speaks as an institution. */
const PLACE_WORDS = /\b(?:arena|stadium|airport|hall|square|park|bridge|street|avenue|road|highway|station|hotel|mall|port|harbour|harbor|base|prison|camp)$/i;

export function createView(doc: Readonly<Doc>, kb?: Kb): View {
  const text = doc.text;
  const { toks, sentenceTokens } = tokensOf(text, doc.tokens, doc.sentences.length);
  const { types, fullNames } = readEntities(doc.entities, kb);
  retypeByContext(text, doc.entities, types, kb);
  const bodies = bodyDescriptions(text, doc.entities, types, (name) => genderOfFirstName(name.split(/\s+/)[0]!, kb) !== undefined);
  // "Greyfin, a ransomware gang": what the article calls a body is one, whatever the entity stage read.
  for (const { entity } of bodies) types.set(entity, 'ORG');
  // A surname the entity stage left apart ("Rosselló" typed OTHER) is a mention of the one person
  // whose name contains it.
  const surnames = surnameIndex(doc.entities, types, fullNames);
  const mentions = speakerMentions(text, doc.entities, types, surnames, givenNameIndex(doc.entities, types, fullNames));
  return { doc, text, toks, sentenceTokens, mentions, kb, quoted: findQuotations(text), types, surnames, fullNames, speakers: [], speakerReads: 0, entityById: new Map(doc.entities.map((e) => [e.id, e])), bodies };
}

/** Tokens with their words, and the first and last token of each sentence. */
function tokensOf(text: string, tokens: Doc['tokens'], sentences: number): Pick<View, 'toks' | 'sentenceTokens'> {
  const toks: Tok[] = new Array(tokens.length);
  const sentenceTokens: { first: number; end: number }[] = [];
  for (let i = 0; i < sentences; i++) sentenceTokens.push({ first: 0, end: 0 });
  let last = -1;
  // Words outside ASCII are lower-cased in the whole text (made once, only if needed), where the
  // context of every letter is known.
  let lowerText: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const word = text.slice(t.start, t.end);
    let lower = asciiLower(word);
    if (lower === undefined) {
      lowerText ??= text.toLowerCase();
      lower = lowerText.length === text.length ? lowerSlice(text, lowerText, t.start, t.end, word) : word.toLowerCase();
    }
    toks[i] = { start: t.start, end: t.end, word, lower, sentence: t.sentence };
    const s = sentenceTokens[t.sentence];
    if (s) {
      if (t.sentence !== last) s.first = i;
      s.end = i + 1;
      last = t.sentence;
    }
  }
  return { toks, sentenceTokens };
}

/** Entity types as this stage reads them, and people's names inside longer entity names. */
function readEntities(entities: readonly Entity[], kb?: Kb): Pick<View, 'types' | 'fullNames'> {
  const types = new Map<Entity, EntityType>();
  const fullNames = new Map<Entity, string>();
  for (const e of entities) {
    let read = readName(e.name, e.type, e.kb !== undefined, kb);
    // "Nippon Professional Baseball" is no person "Professional Baseball": one after a known name opens with a given name or ends with a person's name the document writes.
    if (read.afterKnownName && genderOfFirstName(read.fullName!.split(' ')[0]!, kb) === undefined && !entities.some((o) => o !== e && o.type === 'PERSON' && o.name.endsWith(read.fullName!.slice(read.fullName!.lastIndexOf(' ') + 1)))) read = { type: e.type };
    if (read.fullName !== undefined) fullNames.set(e, read.fullName);
    // "Yemen's Houthis": a group the KB knows as an organisation speaks as one.
    const body = read.type === 'NORP' && (kb?.lookup(e.name).some((k) => k.type === 'ORG' && !k.id.startsWith('petr:')) ?? false);
    // "the board's only Democrat": a party's member is a kind of person, not someone's name.
    types.set(e, body ? 'ORG' : PARTY_MEMBER.test(e.name) ? 'NORP' : read.type);
  }
  return { types, fullNames };
}

/** Words for a party's members, which the entity stage may type as a person ("a Democrat"). */
const PARTY_MEMBER = /^(?:Democrat|Republican|Tory|Conservative|Liberal|Socialist|Communist|Green|Independent)s?$/;

/** A publication noun right after a name ("Time magazine"). */
const PUBLICATION_AFTER = /^\s+(?:magazine|newspaper|tabloid|weekly|daily)\b/;
/** A lower-case head of an organisation right after a name ("… Civil Security service"). */
const BODY_AFTER = /^\s+(?:service|agency|ministry|department|office|council|commission|authority|bureau|committee|board|institute|directorate)\b/;
/** Someone speaking for the name right after it ("a Downing Street spokeswoman"). */
const VOICE_AFTER = /^\s+(?:spokes(?:man|woman|person)|spokespeople)\b/;
/** "a spokesperson for Paper Harbor": who has a spokesperson is a body, not a place. */
const VOICE_FOR_BEFORE = /\bspokes(?:person|man|woman) for (?:the )?$/i;
/** Who published, issued or runs something, right before a name ("published by ", "run by the "). */
const AGENT_OF_WORK_BEFORE = /\b(?:published|issued|released|compiled|run|operated|organi[sz]ed)\s+by\s+(?:the\s+)?$/;
/** A reporting verb right after a name ("… said", "… told"). */
const SPEAKS_AFTER = /^(?:\s*\([^()]{1,12}\),?)?\s+(?:said|says|told|announced|added|stated)\b/;
/** Words only a place follows ("in Mawasi", "west of Khan Younis"). */
const PLACE_BEFORE = /\b(?:[Ii]n|[Nn]ear|outside|inside|across|around|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west) of)\s+$/;
/** Names of events that an organisation runs under the same name ("… Book Festival"). */
const RUN_EVENT_NAME = /\s(?:Festival|Fair|Biennale|Expo|Awards|Marathon|Carnival)$/;
/** A web domain glued to a name ("Znak.com"). */
const DOMAIN_AFTER = /^\.(?:com|org|net|ru|ua|info|news|io|co)\b/;
/** An acronym: one word with two capitals or more ("TfL", "PG&E", "CDCR"). */
const ACRONYM_NAME = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z&.-]+$/;

/**
 * Types read from the text around a name the entity stage typed as a place or left untyped: a
 * name written before "magazine" or "newspaper" is a publication ("Time magazine"); an acronym in
 * brackets right after an organisation's name is that organisation ("Transport for London (TfL)");
 * a name with a web domain after it is a website, even one typed as a person ("Znak.com"); a name
 * not typed as a person before a lower-case head of an organisation or a spokesperson is one
 * ("… Rescue service", "a Downing Street spokeswoman").
 */
/** The words that give a person's name right before it ("gave his name only as ", "asked to be identified as "). */
const NAME_GIVEN_BEFORE = /\b(?:(?:gave|give|gives)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|(?:gave|give|gives)\s+only\s+(?:his|her|their)\s+(?:first\s+)?name,|identified\s+(?:only\s+)?as)\s+$/;

function retypeByContext(text: string, entities: readonly Entity[], types: Map<Entity, EntityType>, kb?: Kb): void {
  let orgEnds: Set<number> | undefined;
  for (const e of entities) {
    const type = types.get(e);
    if (type !== 'LOC' && type !== 'OTHER' && type !== 'PERSON') continue;
    // "In Mawasi, west of Khan Younis, …": a name the entity stage took for a person's, written only as a place.
    if (type === 'PERSON' && e.mentions.every((m) => m.field || (PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) && !/^['’]s\b/.test(text.slice(m.end, m.end + 3))))) {
      types.set(e, 'LOC');
      continue;
    }
    // "a 23-year-old who gave his name only as Issouf": whatever the entity stage took it for, a person.
    if (type !== 'PERSON' && e.mentions.some((m) => !m.field && NAME_GIVEN_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)))) {
      types.set(e, 'PERSON');
      continue;
    }
    // "the Harbourlight Book Festival": an event run by a body that speaks under its name.
    if (type === 'OTHER' && RUN_EVENT_NAME.test(e.name)) {
      types.set(e, 'ORG');
      continue;
    }
    for (const m of e.mentions) {
      if (m.field) continue;
      // "Znak.com": a website, whatever the entity stage took it for.
      if (DOMAIN_AFTER.test(text.slice(m.end, m.end + 6))) {
        types.set(e, 'ORG');
        break;
      }
      // "the Dutch Maritime Safety service": a name the entity stage did not call a person, before
      // a lower-case head of an organisation, is that organisation's.
      // "a schedule published by UN Climate Change": who publishes or runs something, too (not "issued by the Veles municipality").
      if (e.type !== 'PERSON' && (BODY_AFTER.test(text.slice(m.end, m.end + 14)) || VOICE_AFTER.test(text.slice(m.end, m.end + 14)) || VOICE_FOR_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) || (AGENT_OF_WORK_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) && !/^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3))))) {
        types.set(e, 'ORG');
        break;
      }
      if (type === 'PERSON') continue;
      // "Glenvale Meats said", "the Deutscher Wetterdienst (DWD) said": a place or a thing does
      // not speak; a name the entity stage read as one that does is a body.
      if ((type === 'LOC' || type === 'OTHER') && SPEAKS_AFTER.test(text.slice(m.end, m.end + 24)) && genderOfFirstName(e.name.split(/\s+/)[0]!, kb) === undefined) {
        types.set(e, 'ORG');
        break;
      }
      if (PUBLICATION_AFTER.test(text.slice(m.end, m.end + 12))) {
        types.set(e, 'ORG');
        break;
      }
      if (text[m.start - 1] === '(' && text[m.end] === ')' && ACRONYM_NAME.test(m.text)) {
        orgEnds ??= endsOfOrganisations(entities, types);
        // Also an acronym the capitalised words before it spell out, which the entity stage may
        // have split at a comma ("Institute of Epidemiology, Disease Control and Research (IEDCR)").
        if (orgEnds.has(m.start - 2) || orgEnds.has(m.start - 1) || spelledStart(text.slice(Math.max(0, m.start - MAX_SPELLED_CHARS), m.start - 1), m.text) >= 0) {
          types.set(e, 'ORG');
          break;
        }
      }
    }
  }
}

/** Where mentions of organisations end. */
function endsOfOrganisations(entities: readonly Entity[], types: ReadonlyMap<Entity, EntityType>): Set<number> {
  const out = new Set<number>();
  for (const e of entities) if (types.get(e) === 'ORG') for (const m of e.mentions) if (!m.field) out.add(m.end);
  return out;
}

/** Words before a place name ("in Amman", "to Amman"). */
const LOCATIVE_BEFORE = /\b(?:in|to|from|at|near|of|into|across|outside)\s+$/i;

/**
 * The person whose surname or given name a one-word place name is, when the article never writes
 * it as a place ("Sudesh Amman … Amman, who …" with "Amman" typed a city; "his brother, Jordan
 * Reid, … Jordan said"): no mention after "in", "to", "from".
 */
function surnameAsPlace(text: string, e: Entity, types: ReadonlyMap<Entity, EntityType>, surnames: ReadonlyMap<string, Entity>, givenNames: ReadonlyMap<string, Entity>): Entity | undefined {
  const type = types.get(e);
  if ((type !== 'GPE' && type !== 'LOC') || e.name.includes(' ')) return undefined;
  const person = surnames.get(e.name) ?? givenNames.get(e.name);
  if (!person) return undefined;
  return e.mentions.some((m) => !m.field && (m.text !== e.name || LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 9), m.start)))) ? undefined : person;
}

/** "a " or "an " right before a mention, and what ends the phrase after it ("a Jesuit who", "a Democrat."). */
const A_BEFORE = /(?:^|\s)[Aa]n? $/;
const CLAUSE_AFTER = /^(?:[,.;:)]|\s+who\b)/;

/** Body mentions of entities that can speak, in text order. */
function speakerMentions(text: string, entities: readonly Entity[], types: ReadonlyMap<Entity, EntityType>, surnames: ReadonlyMap<string, Entity>, givenNames: ReadonlyMap<string, Entity>): MentionRef[] {
  const out: MentionRef[] = [];
  for (const e of entities) {
    const person = surnameAsPlace(text, e, types, surnames, givenNames) ?? (SPEAKER_TYPES.has(types.get(e)!) ? e : types.get(e) === 'OTHER' && !e.name.includes(' ') ? surnames.get(e.name) : undefined);
    if (!person) continue;
    for (const m of e.mentions) {
      if (m.field) continue;
      // "a Jesuit who taught", "a Democrat.": one word after "a" says what someone is, not who (not "A Nexaro spokesperson").
      if (types.get(e) === 'PERSON' && A_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start)) && !m.text.includes(' ') && CLAUSE_AFTER.test(text.slice(m.end, m.end + 6))) continue;
      // A mention starting in lower case ("of London Sadiq Khan") is cut to its capitalised part.
      // A particle joined to the name stays ("al-Marri", "d'Alembert").
      const lead = LOWER_WORDS.exec(m.text)?.[0].length ?? 0;
      const rest = m.text.slice(lead);
      if (lead < m.text.length && (UPPER_START.test(rest) || JOINED_PARTICLE.test(rest))) out.push({ start: m.start + lead, end: m.end, entity: person });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** An ASCII word in lower case (the word itself when it has no capital), or undefined for other words. */
function asciiLower(word: string): string | undefined {
  let upper = false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128) return undefined;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? word.toLowerCase() : word;
}

/** The lower-case token, sharing the token's own string when lower-casing changes nothing. */
function lowerSlice(text: string, lowerText: string, start: number, end: number, word: string): string {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) !== lowerText.charCodeAt(k)) return lowerText.slice(start, end);
  return word;
}

/** Words of a person's name: capitalised, none a common word, a role, an institution's or a place's. */
function namesPerson(words: readonly string[]): boolean {
  // Not a company's name ("Water Limited" of "Ghana Water Limited"): no one's surname is a company word.
  if (COMPANY_WORDS.has(words[words.length - 1]?.toLowerCase() ?? '')) return false;
  return words.every((w) => CAPITALISED.test(w) && !COMMON_WORDS.has(w.toLowerCase()) && !ROLE_WORDS.has(w.toLowerCase())) &&
    !INSTITUTION_WORDS.test(words.join(' ')) && !PLACE_WORDS.test(words.join(' '));
}

/** "Xiaogang Wei of the Beijing … Institute", "Sheldon Yett of UNICEF": the person of an institution. */
function personOfInstitution(name: string): string | undefined {
  const m = PERSON_OF.exec(name);
  if (!m || !namesPerson(m[1]!.split(/[\s-]+/))) return undefined;
  return INSTITUTION_WORDS.test(m[2]!) || ACRONYM.test(m[2]!) ? m[1] : undefined;
}

/** "United Nations Nikki Haley": a name the KB knows, then two or three words of a person's name. */
function personAfterKnownName(words: readonly string[], kb?: Kb): string | undefined {
  if (!kb) return undefined;
  for (let i = 1; i <= words.length - 2 && words.length - i <= 3; i++) {
    const rest = words.slice(i);
    if (!namesPerson(rest)) continue;
    if (kb.lookup(words.slice(0, i).join(' ')).some((k) => k.type === 'ORG' || k.type === 'GPE')) return rest.join(' ');
  }
  return undefined;
}

interface NameReading {
  type: EntityType;
  /** A person's name inside a longer entity name (see View.fullNames). */
  fullName?: string;
  /** Set when that name follows a name the KB knows ("United Nations Nikki Haley"): readEntities checks it against the document. */
  afterKnownName?: boolean;
}

/** Readings of entity names by KB, type and name: names repeat across documents (bounded). */
const readings = new WeakMap<object, Map<string, NameReading>>();
const NO_KB = {};
const MAX_READINGS = 20_000;

/** How this stage reads an entity's name and type (see createView); remembered. */
function readName(name: string, type: EntityType, inKb: boolean, kb?: Kb): NameReading {
  let cache = readings.get(kb ?? NO_KB);
  if (!cache) readings.set(kb ?? NO_KB, (cache = new Map()));
  const key = `${type}\u0000${inKb ? 1 : 0}\u0000${name}`;
  let read = cache.get(key);
  if (!read) {
    if (cache.size >= MAX_READINGS) cache.clear();
    cache.set(key, (read = reading(name, type, inKb, kb)));
  }
  return read;
}

/** A lawmaker's title before two capitalised words at the end of a name. */
const LAWMAKER_TITLE = /\s(?:TD|MP|MLA|MSP|MPP|MEP|MPA|MNA|Senator|Sen\.|Rep\.|Representative|Congressman|Congresswoman|Councillor|Cllr)\s+\p{Lu}\S*\s+\p{Lu}\S*$/u;

/** Words that open places named after saints and towns ("San Antonio", "Fort Worth", "St John's"). */
const PLACE_PREFIX = /^(?:San|Santa|Santo|São|Sao|St\.?|Saint|Ste\.?|Fort|Port|Mount|Lake|Cape|Los|Las|El|La|Le|New)$/;

function reading(name: string, type: EntityType, inKb: boolean, kb?: Kb): NameReading {
  let fullName: string | undefined;
  let afterKnownName = false;
  // "House Intelligence Committee Representative Adam Schiff" typed OTHER, "State Mike Pompeo"
  // typed LOC: the person at its end.
  if (type === 'OTHER' || type === 'ORG' || type === 'LOC') {
    const words = name.split(/\s+/);
    // Not a given name inside a place's own name ("San Antonio Marshals").
    const i = words.findIndex((w, k) => k < words.length - 1 && k > 0 && CAPITALISED.test(w) && genderOfFirstName(w, kb) !== undefined && !PLACE_PREFIX.test(words[k - 1]!));
    if (i > 0 && words.length - i <= 4 && words.slice(i + 1).every((w) => UPPER_START.test(w)) && (type === 'OTHER' || !INSTITUTION_WORDS.test(words.slice(i).join(' '))) && (type !== 'LOC' || namesPerson(words.slice(i)))) fullName = words.slice(i).join(' ');
    fullName ??= personOfInstitution(name);
    if (fullName === undefined) {
      fullName = personAfterKnownName(words, kb);
      afterKnownName = fullName !== undefined;
    }
  }
  // Names the entity stage typed OTHER that read as people: a role and a name, or a known given name.
  const first = name.split(/\s+/)[0]!;
  const person = type === 'OTHER' && TWO_NAME_WORDS.test(name) && genderOfFirstName(first, kb) !== undefined;
  // An organisation's name ending in a role and a known given name ("USCG Captain Monica Rochester").
  // "Limerick Independent TD Tadhg Breathnach": a lawmaker's title makes the name after it a person's, given name known or not.
  const titled = looksLikeTitledPerson(name) && (type === 'OTHER' || genderOfFirstName(personName(name).split(/\s+/)[0]!, kb) !== undefined || LAWMAKER_TITLE.test(name));
  // A "person" named like an institution ("Gun Violence Archive", "Cooperative Institute for Research").
  const retype = type === 'PERSON' && !inKb && !looksLikeTitledPerson(name);
  // "Lucy Fischer of The Times" is a person of an institution, not the institution.
  const institution = retype && INSTITUTION_WORDS.test(name) && !(genderOfFirstName(first, kb) !== undefined && /\s(?:of|at|from)\s/.test(name));
  // "Stuart Hall" is a person: a given name opens it.
  const place = retype && PLACE_WORDS.test(name) && genderOfFirstName(first, kb) === undefined;
  // A "place" named like an institution ("Las Vegas Review-Journal", "Army Hospital") is a body.
  // So is a name of several words typed OTHER ("California Department of Corrections").
  const body = (type === 'LOC' || (type === 'OTHER' && name.includes(' '))) && INSTITUTION_WORDS.test(name) && !PLACE_WORDS.test(name);
  const read = place ? 'LOC' : institution || body ? 'ORG' : (type !== 'PERSON' && type !== 'NORP' && titled) || person || fullName !== undefined ? 'PERSON' : type;
  return fullName === undefined ? { type: read } : { type: read, fullName, afterKnownName };
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

/** Longest mention, in characters, looked back over when searching mentions by their end. */
const MAX_MENTION_CHARS = 1000;

/** True when a person's mention starts at `offset`. */
export function personStartingAt(view: View, offset: number): boolean {
  for (let i = lowerBound(view.mentions, offset); i < view.mentions.length && view.mentions[i]!.start === offset; i++) {
    if (typeOf(view, view.mentions[i]!.entity) === 'PERSON') return true;
  }
  return false;
}

/** The end offset of a place named from token i, if one is ("Minneapolis" after "… Group of"). */
export function placeAt(view: View, i: number): number | undefined {
  const start = view.toks[i]?.start;
  for (const e of view.doc.entities) {
    if (typeOf(view, e) !== 'GPE') continue;
    const m = e.mentions.find((x) => x.start === start);
    if (m) return m.end;
  }
  return undefined;
}

/** True when "of" after token k says where a company is, not what it is of ("… Foods of Fresno", "… Group of Minneapolis"). */
export function companyOfPlace(view: View, k: number): boolean {
  const w = view.toks[k]?.lower ?? '';
  return view.toks[k + 1]?.lower === 'of' && (COMPANY_WORDS.has(w) || (w === 'group' && placeAt(view, k + 2) !== undefined));
}

/** True when a person's mention ends at `offset`. */
export function personEndingAt(view: View, offset: number): boolean {
  return personMentionEndingAt(view, offset) !== undefined;
}

/** The person's mention that ends at `offset`, if any. */
export function personMentionEndingAt(view: View, offset: number): MentionRef | undefined {
  return mentionEndingAt(view, offset, true);
}

/** A mention (a person's only, with `person`) that ends at `offset`, if any. */
export function mentionEndingAt(view: View, offset: number, person = false): MentionRef | undefined {
  for (let i = lowerBound(view.mentions, offset) - 1; i >= 0 && view.mentions[i]!.start > offset - MAX_MENTION_CHARS; i--) {
    const m = view.mentions[i]!;
    if (m.end === offset && (!person || typeOf(view, m.entity) === 'PERSON')) return m;
  }
  return undefined;
}

/** The quotation containing `offset` (marks included), if any. */
export function quotationAt(view: View, offset: number): Offsets | undefined {
  const i = lowerBound(view.quoted, offset + 1) - 1;
  const q = view.quoted[i];
  return q && q.start <= offset && offset < q.end ? q : undefined;
}

/**
 * A wire dateline: a place in capitals, maybe a date, maybe an agency in brackets, and a dash;
 * or a place written in mixed case, maybe a country in brackets, then a news agency in brackets
 * ("Gaza City (Palestinian Territories) (AFP) - ").
 */
const DATELINE = /^(?:\p{Lu}{2}[\p{Lu}. '/-]*(?:,[^()\n]{1,30})?(?: \([^()\n]{1,40}\))?|\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:,[^()\n]{1,30})?(?: \([^()\n]{1,40}\))? \((?:AFP|AP|Reuters|dpa|DPA|Xinhua|UPI|ANI|PTI|IANS|Anadolu|EFE|ANSA|Kyodo|Yonhap|TASS|Bernama|IRNA|CNA|AAP|PA|Bloomberg)\))(?: ?[-–—]|:)\s+/u;

/** True when `offset` lies inside the dateline that opens its sentence ("LAMPEDUSA, Italy (AFP) - "). */
export function inDateline(view: View, offset: number): boolean {
  const k = lowerBound(view.toks, offset);
  const sentence = view.toks[k]?.sentence;
  const span = view.sentenceTokens[sentence ?? -1];
  return span !== undefined && k < rememberedFor(sentenceDatelines, view, sentence!, () => datelineEnd(view, span.first, span.end - 1));
}
/** Where the dateline opening each sentence ends (see datelineEnd). */
const sentenceDatelines = new WeakMap<View, Map<number, number>>();

/** `FRANKFURT (Reuters) - Dutch group Aldane …`: the token after the dateline that opens a sentence at s, else s. */
export function datelineEnd(view: View, s: number, b: number): number {
  const toks = view.toks;
  const m = DATELINE.exec(view.text.slice(toks[s]!.start, toks[Math.min(b, s + 12)]!.end));
  if (!m) return s;
  const k = lowerBound(toks, toks[s]!.start + m[0].length);
  return k <= b ? k : s;
}
