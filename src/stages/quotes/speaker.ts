import { respelled } from '../../text/spelling.js';
import { initials } from '../../text/initials.js';
import { titleCaseHeadlineEnd } from '../../text/headline.js';
import { isGivenName } from '../../lexicon/names.js';
import type { Entity, Ref } from '../../model/doc.js';
import { COMMON_WORDS } from '../../lexicon/words.js';
import { ADDRESS_FORM, ADDRESS_FORMS, COMPANY_WORDS, ONE_WORD_TITLES, ORG_HEADS, PARTY_STATE, PERSON_NOUNS } from '../../lexicon/titles.js';
import { bySurname } from '../../kb/surnames.js';
import { genderOfFirstName, genderOfGivenName } from '../../lexicon/genders.js';
import { MAX_ANTECEDENT_CHARS, MAX_SUBJECT_TOKENS } from './thresholds.js';
import { canonicalRef } from './canonical.js';
import {
  ANONYMITY, DETERMINERS, DOCUMENT_NOUNS, FEMALE_TITLES, INSTITUTION_HEADS, MALE_TITLES, ORG_NOUNS, PREPOSITIONS, PRONOUNS, PROXY_HEADS,
  type PronounKind,
} from './verbs.js';
import { looksLikeTitledPerson, PATRONYMICS, personName, ROLE_WORDS } from './person.js';
import { TIME_PHRASE_END, VERB_LEMMAS as VERB_LEMMAS_LOWER } from './verbs.js';
import { BODY_KINDS, describedAfter, describedBefore } from './described.js';
import { datelineEnd, inDateline, insideMention, lowerBound, mentionEndingAt, mentionsIn, personStartingAt, placeAt, companyOfPlace, rememberedFor, quotationAt, speakersOf, typeOf, type MentionRef, type View } from './view.js';
import { ACRONYM, CAPITALISED, DASH, DIGIT_START, HYPHENATED_NAME, LETTER_START, LOWER_START, NAME_WORD, UPPER_OR_DIGIT_START, UPPER_START } from './letters.js';

/** A hyphen token. */
const HYPHEN = /^[-‑]$/;

/** A given name with a lower-case syllable after a hyphen ("Man-kei"). */
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}/u;

/** Starts with a letter. */

/** A number as written ("1,200", "3.5"). */
const NUMERAL = /^[\p{N}.,]+$/u;
/** A year written in digits. */
const YEAR = /^(?:1[89]|20)\d\d$/;
/** A plural noun of people ("Egyptologists", "Historians"). */
const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}+(?:ists|ians)$/u;

/** Newspapers and sites whose "The" belongs to the name ("The Aviation Herald"). */
const PUBLICATION = /\b(?:Times|Herald|Post|Journal|Guardian|Telegraph|Independent|Economist|Atlantic|Hill|Globe|Mail|Sun|Star|Tribune|Gazette|Observer|Chronicle|Register|Hindu|Australian|Intercept|Verge|Wall Street Journal)$/;
const DOMAIN = /^(?:com|org|net|ru|co|uk|io|info|gov|edu|de|fr|in|ua|news)$/;
const written = new WeakMap<View, Map<Entity, string>>();

/**
 * An organisation as the text writes it at its fullest: a mention widened over adjacent
 * capitalised words the entity stage left out ("Saudi" + "Press Agency", "Znak" + ".com"), with
 * "The" for publications. Falls back to the entity's name.
 */
function writtenName(view: View, entity: Entity): string {
  return rememberedFor(written, view, entity, () => fullestName(view, entity));
}

function fullestName(view: View, entity: Entity): string {
  const toks = view.toks;
  const org = typeOf(view, entity) === 'ORG';
  let best = entity.name;
  // Not in a headline in title case, where every word is capitalised ("Interior Ministry Defends Quake Rebuilding Pace").
  const headline = titleCaseHeadlineEnd(view.text);
  for (const m of entity.mentions) {
    if (m.field || m.start < headline) continue;
    // "Gavi, the Vaccine Alliance,": a description in apposition to the name is no fuller name.
    if (view.text.slice(m.start - 6, m.start) === ', the ' && entity.mentions.some((o) => o.end === m.start - 6)) continue;
    let first = lowerBound(toks, m.start);
    let last = lowerBound(toks, m.end) - 1;
    if (first > last || !toks[first]) continue;
    const sentence = toks[first]!.sentence;
    for (;;) {
      if (nameWordIn(toks, first - 1, sentence) && !(first - 1 === 0 || toks[first - 2]?.sentence !== sentence)) first--;
      // "United States Commission on International Religious Freedom": an organisation's name over a small word.
      else if (org && ORG_NAME_JOINER.test(toks[first - 1]?.word ?? '') && nameWordIn(toks, first - 2, sentence) && toks[first - 3]?.sentence === sentence) first -= 2;
      else break;
    }
    for (;;) {
      if (org && opensPerson(view, last + 1)) break;
      if (nameWordIn(toks, last + 1, sentence)) last++;
      else if (toks[last + 1]?.word === '.' && toks[last + 1]!.start === toks[last]!.end && DOMAIN.test(toks[last + 2]?.word ?? '') && toks[last + 2]!.start === toks[last + 1]!.end) last += 2;
      else if (HYPHEN.test(toks[last + 1]?.word ?? '') && toks[last + 1]!.start === toks[last]!.end && nameWordIn(toks, last + 2, sentence) && toks[last + 2]!.start === toks[last + 1]!.end) last += 2;
      else break;
    }
    let name = view.text.slice(toks[first]!.start, toks[last]!.end);
    if (/^the$/i.test(toks[first - 1]?.word ?? '') && PUBLICATION.test(name)) name = `The ${name}`;
    if (name.length > best.length && !name.includes('\n')) best = name;
  }
  return best;
}

/** True when token i opens a person's name, maybe after capitalised role words ("Justice Elena Kagan"). */
function opensPerson(view: View, i: number): boolean {
  const toks = view.toks;
  let k = i;
  while (toks[k] && UPPER_START.test(toks[k]!.word) && ROLE_WORDS.has(toks[k]!.lower)) k++;
  const m = toks[k] ? view.mentions[lowerBound(view.mentions, toks[k]!.start)] : undefined;
  return m !== undefined && m.start === toks[k]!.start && typeOf(view, m.entity) === 'PERSON';
}

/** True when token i is a capitalised word of sentence `sentence` that can be part of a name. */
function nameWordIn(toks: View['toks'], i: number, sentence: number): boolean {
  const t = toks[i];
  return t !== undefined && t.sentence === sentence && UPPER_START.test(t.word) && !/^(?:The|A|An|In|On|At|By|For|From|With|According|After|Before|As|But|And|If|When|While|Although|Though|Because|Since|Unless|Once|Until|Whether|Where|How|What|Then|So|Yet|Or|Now|This|That|It|He|She|We|They|I|You|His|Her|Its|Their|Our|My|Your)$/.test(t.word) && !MONTHS_AND_DAYS.test(t.word);
}

/** Small words inside an organisation's name ("Commission on …", "Bank of …"). */
const ORG_NAME_JOINER = /^(?:on|of|for)$/;

const MONTHS_AND_DAYS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * A reference to an entity as a speaker. People are named by their fullest name in the article
 * without a role before it: a surname alone ("Bash") takes the one longer name that contains it.
 */
export function refOf(view: View, entity: Entity): Ref {
  // "the Pettibones said": the family's members the article names, jointly.
  if (typeOf(view, entity) === 'NORP') {
    const family = membersOf(view, entity.name);
    if (family) return family;
  }
  if (typeOf(view, entity) !== 'PERSON') return { entity: entity.id, name: writtenName(view, entity) };
  let name = view.fullNames.get(entity) ?? personName(entity.name);
  // "London Sadiq Khan" (from "Mayor of London Sadiq Khan"): a place before the name is not part of it.
  const words = name.split(/\s+/);
  if (words.length >= 3 && !isGivenName(words[0]!.toLowerCase()) && view.kb?.lookup(words[0]!).some((k) => k.type === 'GPE' || k.type === 'LOC' || k.type === 'NORP')) name = words.slice(1).join(' ');
  if (!name.includes(' ')) {
    const fuller = view.surnames.get(name);
    if (fuller && fuller !== entity) return { entity: fuller.id, name: view.fullNames.get(fuller) ?? personName(fuller.name) };
    // A surname alone that one office holder in the KB has ("Biden").
    const known = view.kb ? bySurname(view.kb, name) : undefined;
    if (known) return { entity: entity.id, name: known.name };
  }
  return { entity: entity.id, name };
}

/**
 * The person named last before `offset` whose name has the one-word name `e` after its first
 * word, where the entity stage left that name apart because several people share it.
 */
function surnameBearer(view: View, e: Entity, offset: number): Entity | undefined {
  if (e.name.includes(' ') || typeOf(view, e) !== 'PERSON') return undefined;
  let bearer: Entity | undefined;
  for (let i = lowerBound(view.mentions, offset) - 1; i >= 0 && !bearer; i--) {
    const other = view.mentions[i]!.entity;
    if (other !== e && typeOf(view, other) === 'PERSON' && other.name.split(/\s+/).slice(1).includes(e.name)) bearer = other;
  }
  return bearer;
}

const genders = new WeakMap<Entity, 'male' | 'female' | null>();

/**
 * A person's gender: from the KB, else a gendered title or role ("Mrs", "spokeswoman") written
 * before a mention, else the first name. Unknown is null (compatible with both pronouns).
 */
function genderOf(view: View, entity: Entity): 'male' | 'female' | null {
  const known = genders.get(entity);
  if (known !== undefined) return known;
  let g: 'male' | 'female' | null = null;
  const kbGender = entity.kb ? view.kb?.get(entity.kb)?.gender : undefined;
  if (kbGender) g = kbGender;
  const shared = sharesSurname(view, entity);
  for (const m of entity.mentions) {
    if (g || m.field) break;
    // "Mr. Kwiatkowski" may be another of that name than the entity stage joined it to.
    if (!m.text.includes(' ') && shared) continue;
    const before = view.text.slice(Math.max(0, m.start - 16), m.start).toLowerCase().split(/\s+/).filter(Boolean).pop();
    const kin = before?.replace(/,$/, '');
    if (before && MALE_TITLES.has(before)) g = 'male';
    else if (before && FEMALE_TITLES.has(before)) g = 'female';
    // "His wife, Rania Haddad", "whose husband Daniyar": a kin noun in apposition.
    else if (kin && KIN.test(kin)) g = MALE_KIN.test(kin) ? 'male' : 'female';
  }
  // An honorific role may come from a surname-only mention of another of that family.
  for (const r of entity.roles) {
    if (g) break;
    if (shared && !r.title.includes(' ')) continue;
    const t = r.title.toLowerCase().split(/\s+/).pop() ?? '';
    if (MALE_TITLES.has(t)) g = 'male';
    else if (FEMALE_TITLES.has(t)) g = 'female';
  }
  if (!g) {
    const words = entity.name.split(/\s+/);
    for (const [i, w] of words.slice(0, -1).entries()) {
      // The longer list for the first name only ("Said" in "Mwanaisha Said Kombo" is her father's);
      // past the first name, a father's name tells nothing ("Hibo Ahmed Dirieh").
      if (i > 0 && PATRONYMICS.has(w.toLowerCase())) continue;
      const byName = (i === 0 ? genderOfGivenName : genderOfFirstName)(w.replace(/\.$/, ''), view.kb);
      if (byName) {
        g = byName;
        break;
      }
      if (MALE_TITLES.has(w.toLowerCase())) g = 'male';
      else if (FEMALE_TITLES.has(w.toLowerCase())) g = 'female';
      if (g) break;
    }
  }
  genders.set(entity, g);
  return g;
}

function compatible(view: View, kind: PronounKind, entity: Entity): 0 | 1 | 2 {
  if (kind === 'male' || kind === 'female') {
    if (typeOf(view, entity) !== 'PERSON') return 0;
    const g = genderOf(view, entity);
    return g === kind ? 2 : g === null ? 1 : 0;
  }
  // "Hamas … It said": groups the entity stage types NORP are organisations too.
  if (kind === 'thing') return typeOf(view, entity) === 'ORG' ? 2 : typeOf(view, entity) === 'GPE' || typeOf(view, entity) === 'NORP' ? 1 : 0;
  return typeOf(view, entity) === 'ORG' || typeOf(view, entity) === 'NORP' ? 2 : 0;
}

/**
 * What a pronoun at `offset` refers to: the nearest earlier mention of a compatible entity
 * within MAX_ANTECEDENT_CHARS, a known gender before an unknown one in the same sentence window;
 * `they` and `it` only to organisations, groups and countries. Undefined when nothing fits.
 */
export function resolvePronoun(view: View, pronoun: string, offset: number): Entity | undefined {
  const kind = PRONOUNS[pronoun.toLowerCase()];
  if (!kind) return undefined;
  const floor = offset - (kind === 'plural' || kind === 'thing' ? MAX_ANTECEDENT_CHARS / 2 : MAX_ANTECEDENT_CHARS);
  // A weak candidate set aside for an earlier subject (see below), and the score that must beat it.
  let fallback: Entity | undefined;
  let minScore = 0;
  let best: Entity | undefined;
  let bestScore = 0;
  let bestSentence = -1;
  // The speaker of the last quote before, if it fits ("Biden said, "…". He added, "…"").
  const outside = !quotationAt(view, offset);
  const last = lastSpeaker(view, offset);
  const recent = last?.entity;
  const personal = kind === 'male' || kind === 'female';
  // "A senior official, speaking on condition of anonymity, said …. Jean-Claude Randrianarivelo … was sceptical. He said": past the unnamed one only to someone named since, opening a sentence.
  // "… Back at the ovens, Jallow lifted a rack of fish. "…," she said": someone named since as a clause's
  // subject, not inside what the unnamed one reported ("said Mrs Lowther had …").
  if (personal && last && unnamedPersonBetween(view, last.end, offset) && !mentionsIn(view, last.end, offset).some((m) => (opensSentence(view, m.start) || (opensClause(view, m.start) && !reportedName(view, m.start))) && typeOf(view, m.entity) === 'PERSON' && compatible(view, kind, m.entity) > 0)) return undefined;
  // A last speaker of unknown gender gives way to a named person of the pronoun's gender nearer.
  const recentFits = recent ? compatible(view, kind, recent) : 0;
  // The last speaker, unless another person who fits was named since ("… Qawi … Waseem appeared … He said").
  // "Dwivedi received three bullet injuries …, he said": after a comma the pronoun frames the clause
  // before it, whose names are what was reported, not who reported it.
  const tail = /,\s*$/.test(view.text.slice(Math.max(0, offset - 3), offset)) && TAIL_FRAME.test(view.text.slice(offset, offset + 60));
  const sentence = sentenceOf(view, offset);
  const since = last ? mentionsIn(view, last.end, offset).some((m) => m.entity !== recent && !quotationAt(view, m.start) && compatible(view, kind, m.entity) > 0 && !(tail && sentenceOf(view, m.start) === sentence)) : false;
  if (outside && recent && !since && (personal ? recentFits === 2 || (tail && recentFits === 1) : recentFits > 0)) return recent;
  // `X indicated …: "A," he said, "B"`: the speaker of the same sentence's frame, even when the
  // writer's pronoun disagrees with what is known of X's gender.
  if (outside && personal && recent && !since && typeOf(view, recent) === 'PERSON' && sentenceOf(view, last!.start) === sentenceOf(view, offset) && !otherPersonFits(view, kind, recent, last!.start, offset)) return recent;
  for (let i = lowerBound(view.mentions, offset) - 1; i >= 0; i--) {
    const m = view.mentions[i]!;
    if (m.end < floor) break;
    if (m.end > offset) continue;
    // A name inside a quotation is not what a pronoun outside it refers to; nor a place that
    // only says where something is ("the London-based company … It said").
    if ((outside && quotationAt(view, m.start)) || basedIn(view, m)) continue;
    // "In a statement posted on its Facebook page, it said": a platform is where it was said, not who.
    if (!personal && PLATFORMS.test(view.text.slice(m.start, m.end))) continue;
    // "Speaking to Martin Smith of PBS, he said": the one spoken to is not the speaker.
    if (personal && isHearer(view, m.start, offset)) continue;
    // "… she told Reuters. Activists point to what they call …": an outlet told something is no one's antecedent.
    if (!personal && typeOf(view, m.entity) === 'ORG' && TOLD_BEFORE.test(view.text.slice(Math.max(0, m.start - 10), m.start))) continue;
    // "In a statement read by his lawyer, Cliff O. Mutua, he said": the one "his" relates to is the speaker.
    if (personal && /^,\s*$/.test(view.text.slice(m.end, offset)) && RELATION_BEFORE.test(view.text.slice(Math.max(0, m.start - 40), m.start))) continue;
    // "One of the victims … She said": a person described but not named came in between.
    if (personal && unnamedPersonBetween(view, m.end, offset)) return best;
    // "they" refers to a group named in its sentence or the two before, else to people not named.
    if (kind === 'plural' && sentenceOf(view, m.start) < sentenceOf(view, offset) - 2) break;
    // Candidates are weighed within the nearest sentence that has one: a subject before one
    // after a preposition ("Mitsotakis met … with President Trump, … he"), then a known gender,
    // then the nearer. Past that sentence the choice is made ("Cummings … his office" is not
    // an earlier "Trump").
    if (best && sentenceOf(view, m.start) !== bestSentence) {
      // "Lauren Landa would list … She was given a chance … of Sailor Moon. … she told": a
      // sentence whose subject is the same pronoun continues an earlier subject; a name of
      // unknown gender that is not its subject gives way to one.
      if (fallback || !personal || bestScore >= 3 || !opensWithPronoun(view, bestSentence, kind)) break;
      fallback = best;
      best = undefined;
      minScore = 3;
    }
    const c = compatible(view, kind, m.entity);
    if (c === 0) continue;
    // A subject first, not its possessor ("Oliver's father, Mark Hendry, …"); a name after a
    // preposition ("pardoned by Trump") last.
    const possessor = POSSESSIVE.has(view.toks[lowerBound(view.toks, m.end)]?.word ?? '');
    const score = c + (!possessor && opensClause(view, m.start) ? 2 : 0) + (personal && afterPreposition(view, m.start) ? 0 : 1);
    if (score < minScore) continue;
    if (!best || score > bestScore) {
      best = m.entity;
      bestScore = score;
      bestSentence = sentenceOf(view, m.start);
    }
  }
  return best ?? fallback;
}

/** "told " or "told the " right before a name. */
const TOLD_BEFORE = /\btold (?:the )?$/;

/** Someone's relation in apposition before a name ("his lawyer, ", "her sister, "). */
const RELATION_BEFORE = /\b(?:his|her)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?,\s*$/iu;

/** True when the name at `start` comes right after a reporting verb or "that", past a form of address ("said Mrs Lowther had …"). */
function reportedName(view: View, start: number): boolean {
  let k = lowerBound(view.toks, start) - 1;
  while (k > 0 && (view.toks[k]!.word === '.' || ADDRESS_FORM.test(view.toks[k]!.lower))) k--;
  const prev = view.toks[k]?.lower ?? '';
  return prev === 'that' || VERB_LEMMAS_LOWER.has(prev);
}

/** True when sentence `s` opens with a pronoun of `kind` ("She was given …"). */
function opensWithPronoun(view: View, s: number, kind: PronounKind): boolean {
  const first = view.sentenceTokens[s]?.first;
  return first !== undefined && PRONOUNS[view.toks[first]!.lower] === kind;
}

/** True when a person other than `e` who fits the pronoun is named in [from, to), outside quotations. */
function otherPersonFits(view: View, kind: PronounKind, e: Entity, from: number, to: number): boolean {
  return mentionsIn(view, from, to).some((m) => m.entity !== e && !quotationAt(view, m.start) && compatible(view, kind, m.entity) > 0);
}

function sentenceOf(view: View, offset: number): number {
  return view.toks[lowerBound(view.toks, offset)]?.sentence ?? -1;
}

/**
 * True when the mention at `start` is the hearer or interviewer of a frame in the pronoun's own
 * sentence: after "to"/"with" following a participle or noun of speaking ("Speaking to X",
 * "in an interview with X", "told X").
 */
function isHearer(view: View, start: number, pronounAt: number): boolean {
  const toks = view.toks;
  const k = lowerBound(toks, start);
  const prev = toks[k - 1]?.lower ?? '';
  // "In an interview with Dawn, she said …": the interviewer, in any sentence before.
  if ((prev === 'with' || prev === 'to') && /^(?:interview|interviews|speaking|talking)$/.test(toks[k - 2]?.lower ?? '')) return true;
  if (sentenceOf(view, start) !== sentenceOf(view, pronounAt)) return false;
  const prev2 = toks[k - 2]?.lower ?? '';
  if (prev === 'told' || prev === 'telling') return true;
  return (prev === 'to' || prev === 'with') && /^(?:speaking|talking|writing|interview|remarks|comments|told|said|spoke|responding|replying)$/.test(prev2);
}

/** True when a mention is the object of a preposition ("met with President Trump", "by Trump"). */
function afterPreposition(view: View, start: number): boolean {
  const toks = view.toks;
  let k = lowerBound(toks, start) - 1;
  // Past a title, a role noun or a determiner written before the name ("the murder of journalist Jamal Khashoggi").
  while (k >= 0 && lowerBound(toks, start) - k <= 2 && (UPPER_START.test(toks[k]!.word) || DETERMINERS.has(toks[k]!.lower) || ROLE_NOUN.test(toks[k]!.word))) k--;
  return k >= 0 && PREPOSITIONS.has(toks[k]!.lower);
}

/** The organisation, not a public body, named most often before `offset`, when named three times or more and more often than any other. */
function mostMentionedBusiness(view: View, offset: number): Entity | undefined {
  const counts = new Map<Entity, number>();
  for (const m of view.mentions) {
    if (m.start >= offset) break;
    if (typeOf(view, m.entity) === 'ORG' && !PUBLIC_BODY.test(m.entity.name) && !quotationAt(view, m.start)) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  return ranked[0] && ranked[0][1] >= 3 && (ranked[1]?.[1] ?? 0) < ranked[0][1] ? ranked[0][0] : undefined;
}

/** True when a name opens its sentence, maybe after "The". */
function opensSentence(view: View, start: number): boolean {
  const k = lowerBound(view.toks, start);
  const first = view.sentenceTokens[view.toks[k]?.sentence ?? -1]?.first ?? -1;
  return k === first || (k === first + 1 && view.toks[first]!.lower === 'the');
}

/** True when a preposition comes within four words before `start`, past names and lower-case nouns ("from Belgian side KV Oostmeer"). */
function objectOfPreposition(view: View, start: number): boolean {
  const toks = view.toks;
  const at = lowerBound(toks, start);
  for (let k = at - 1; k >= 0 && at - k <= 4; k--) {
    const t = toks[k]!;
    if (PREPOSITIONS.has(t.lower)) return true;
    if (!LETTER_START.test(t.word) || VERB_LIKE.test(t.lower) || /ed$/.test(t.lower)) return false;
  }
  return false;
}

/** A lower-case noun of someone's occupation or part ("journalist", "lawyer", "director", "historian"). */
const ROLE_NOUN = /^\p{Ll}{3,}(?:ist|er|or|ian|ant|ent)$/u;

/** True when a mention is its sentence's subject: within its first words, not after a preposition. */
function opensClause(view: View, start: number): boolean {
  const toks = view.toks;
  const k = lowerBound(toks, start);
  const first = view.sentenceTokens[toks[k]?.sentence ?? -1]?.first ?? k;
  // "…, Bloomberg endorsed his former rival": a name right before a verb is a subject.
  const next = toks[lowerBound(toks, view.mentions[lowerBound(view.mentions, start)]?.end ?? start)];
  if (next && next.word === next.lower && (FINITE_VERB_LIKE.test(next.lower) || VERB_LEMMAS_LOWER.has(next.lower)) && !PREPOSITIONS.has(toks[k - 1]?.lower ?? '')) return true;
  if (k - first > 4) return false;
  for (let i = first; i < k; i++) if (VERB_LIKE.test(toks[i]!.lower) || toks[i]!.word === ',') return false;
  return !PREPOSITIONS.has(toks[k - 1]?.lower ?? '') || k === first;
}
const VERB_LIKE = /^(?:is|are|was|were|has|have|had|said|told)$/;
const FINITE_VERB_LIKE = /^(?:is|are|was|were|has|have|had|will|would|can|could|did|does|\p{Ll}{3,}ed)$/u;

const seen = new WeakMap<View, Map<string, boolean>>();
/**
 * True when the document writes `word` (lower case) as a token somewhere, so a capitalised one may
 * just open a sentence. Found by searching the text once per word, not by indexing every token.
 */
function writtenLowercase(view: View, word: string): boolean {
  return rememberedFor(seen, view, word, () => {
    if (!LOWER_START.test(word)) return false;
    for (let i = view.text.indexOf(word); i >= 0; i = view.text.indexOf(word, i + 1)) {
      const t = view.toks[lowerBound(view.toks, i)];
      if (t !== undefined && t.start === i && t.end === i + word.length) return true;
    }
    return false;
  });
}

/** A sentence opening with a person described, not named ("One of the victims", "A protester"). */
const UNNAMED_PERSON = /^(?:one of the|the|a|an|another)\s+(?:[\p{Ll}'’-]+\s+){0,3}?(?:victims?|woman|man|head|officer|official|source|witness|resident|protester|student|lawyer|doctor|nurse|teacher|mother|father|survivor|girl|boy|worker|employee|passenger|driver|neighbou?r|friend|relative|daughter|son|wife|husband)\b/iu;
/** Someone a sentence introduces without a name ("A Hong Kong-based fund manager"). */
const INTRODUCED_UNNAMED = /^(?:one of the|one|a|an|another)\s+(?:(?!(?:to|of|for|in|at|with|from|by|on)\s)[\p{L}'’-]+\s+){0,4}?(?:victims?|woman|man|officer|official|source|witness|resident|protester|student|lawyer|doctor|nurse|teacher|survivor|worker|employee|passenger|driver|manager|investor|trader|banker|analyst|diplomat|buyer|bondholder|creditor|shareholder|underwriter|broker|executive|engineer|insider|aide|adviser|advisor|lawmaker|legislator|minister|senator|priest|activist|campaigner)\b/iu;

/** True when a sentence starting in (from, to) opens with an unnamed person as its subject. */
function unnamedPersonBetween(view: View, from: number, to: number, indefinite = false): boolean {
  const sentences = view.doc.sentences;
  for (let i = lowerBound(sentences, from); i < sentences.length && sentences[i]!.start < to; i++) {
    const head = view.text.slice(sentences[i]!.start, Math.min(sentences[i]!.end, sentences[i]!.start + 80));
    // "The mother of three" may be someone named before; "A fund manager" is not (`indefinite`).
    if (indefinite ? INTRODUCED_UNNAMED.test(head) && !quotationAt(view, sentences[i]!.start) && !personNamedBetween(view, sentences[i]!.start, sentences[i]!.end) : UNNAMED_PERSON.test(head)) return true;
    // "A member of BlueHarbour's cabin crew, who did not want to be named, said …".
    // Unless someone named comes after ("…, who asked not to be named, said … Tasha Reed said she …").
    const anonymous = ANONYMOUS.exec(view.text.slice(sentences[i]!.start, Math.min(sentences[i]!.end, to)));
    const at = anonymous ? sentences[i]!.start + anonymous.index : -1;
    if (anonymous && !quotationAt(view, at) && !personNamedBetween(view, at, to)) return true;
  }
  return false;
}
/** True when a person is named between offsets `from` and `to`, outside quotations. */
function personNamedBetween(view: View, from: number, to: number): boolean {
  return mentionsIn(view, from, to).some((m) => typeOf(view, m.entity) === 'PERSON' && !quotationAt(view, m.start));
}

/** Words that say the person a sentence is about is not named. */
const ANONYMOUS = /\b(?:(?:asked|wanted|wished|requested) not to be (?:named|identified)|did not want (?:to be|her|his) (?:named|identified|name (?:used|published))|declined to be (?:named|identified)|(?:spoke|speaking|talked|talking) on (?:the )?condition of anonymity|requested anonymity|who (?:would not|declined to) give (?:her|his) name)\b/;

/** How far back the last quote's speaker is taken for a pronoun, in characters. */
const MAX_SPEAKER_CONTINUITY_CHARS = 400;

/** The entity that spoke last before `offset` (nearby), from quotes already attributed. */
function lastSpeaker(view: View, offset: number): View['speakers'][number] | undefined {
  const speakers = speakersOf(view);
  const i = lowerBound(speakers, offset) - 1;
  const s = speakers[i];
  return s && offset - s.start < MAX_SPEAKER_CONTINUITY_CHARS ? s : undefined;
}

/**
 * A pronoun as a speaker: the last speaker when it fits, even one named only in the text ("US
 * Special Representative Brian Hook said … He added"), else the antecedent entity, else null.
 */
export function pronounSpeaker(view: View, pronoun: string, offset: number): Ref | null {
  const kind = PRONOUNS[pronoun.toLowerCase()];
  const recent = lastSpeaker(view, offset);

  if (kind && recent && !recent.entity && !quotationAt(view, offset) && (kind === 'male' || kind === 'female') && !unnamedPersonBetween(view, recent.end, offset)) {
    const first = recent.ref.name.split(/\s+/)[0]!;
    const g = genderOfGivenName(first, view.kb);
    // Not the source of figures ("according to data from Ibex Health").
    const named = view.text.indexOf(recent.ref.name, Math.max(0, recent.start - 40));
    const source = named >= 0 && named < recent.start + 80 && DATA_SOURCE.test(view.text.slice(Math.max(0, named - 30), named));
    if (recent.ref.name.includes(' ') && (g === kind || g === undefined) && !namesBody(recent.ref.name) && !source) return recent.ref;
  }
  // "A spokesman for the trust said it "fully accepted" … "…," he said': the voice of the body that spoke last.
  if (recent && (kind === 'male' || kind === 'female') && !quotationAt(view, offset) && voiceOf(view, recent, kind) && !personNamedBetween(view, recent.end, offset)) return recent.ref;
  if (kind === 'thing' && !quotationAt(view, offset)) {
    const office = officeOpeningBefore(view, offset);
    if (office) return office;
  }
  const e = resolvePronoun(view, pronoun, offset);
  // "The government of Guam said: "…" Their statement also read …": a body named only in the
  // text that spoke last, when nearer than the entity found.
  // A name inside what that body reported ("… said that Russia launched 143 drones. It said …") is no nearer.
  if ((kind === 'plural' || kind === 'thing') && recent && !recent.entity && (namesBody(recent.ref.name) || ACRONYM.test(recent.ref.name)) && !quotationAt(view, offset)) {
    const eAt = e ? lastMentionBefore(view, e, offset) : -1;
    if (recent.start > eAt || (eAt < recent.end && !recent.ref.name.includes(e!.name))) return recent.ref;
  }
  // The same for a body the entity stage knows ("the Deutscher Wetterdienst said … in Bavaria … It
  // said"; "Analysts at Cowrie Point Capital wrote … that they expected"), or none else found.
  if ((kind === 'thing' || kind === 'plural') && recent?.entity && e !== recent.entity && typeOf(view, recent.entity) === 'ORG' && !quotationAt(view, offset)) {
    const eAt = e ? lastMentionBefore(view, e, offset) : -1;
    if (!e || (eAt > recent.start && eAt < recent.end)) return recent.ref;
  }
  if (kind === 'plural' && !quotationAt(view, offset)) {
    // "Antoine Quirin and Nicolas Redouane denied … They said": people named together, when
    // nearer than the organisation found.
    // "X and Y said … They added": the joint speakers who spoke last, or named together last.
    const pair = jointBefore(view, offset);
    const eAt = e ? lastMentionBefore(view, e, offset) : -1;
    const jointAt = recent && !recent.entity && recent.ref.name.includes(' and ') ? recent.start : -1;
    // A name inside what the pair reported is no nearer ("… from the Shenzhen court … But they said").
    if (jointAt >= 0 && (jointAt > eAt || eAt < recent!.end) && jointAt > (pair?.at ?? -1)) return recent!.ref;
    if (pair && pair.at > eAt) return pair.ref;
  }
  // "A Hong Kong-based fund manager … said … "…," he said": someone unnamed spoke after the person found.
  if (e && (kind === 'male' || kind === 'female') && typeOf(view, e) === 'PERSON' && !quotationAt(view, offset) && unnamedPersonBetween(view, lastMentionBefore(view, e, offset), offset, true)) return null;
  return e ? refOf(view, e) : null;
}

/** "Aaltonen’s campaign rejected …. In a statement, it said": the sentence before, in the same paragraph, opens with a name's office, which "it" stands for. */
function officeOpeningBefore(view: View, offset: number): Ref | null {
  const toks = view.toks;
  const span = view.sentenceTokens[sentenceOf(view, offset) - 1];
  if (!span || span.end <= span.first || view.text.slice(toks[span.first]!.start, offset).includes('\n')) return null;
  const m = view.mentions[lowerBound(view.mentions, toks[span.first]!.start)];
  if (!m || m.start !== toks[span.first]!.start) return null;
  const k = lowerBound(toks, m.end);
  return POSSESSIVE.has(toks[k]?.word ?? '') && OFFICES.has(toks[k + 1]?.word ?? '') ? speakerOfRegion(view, span.first, k + 1) : null;
}

/** True when the last speaker is a body that spoke through a spokesman or spokeswoman (`kind` fits) named in its frame. */
function voiceOf(view: View, recent: View['speakers'][number], kind: 'male' | 'female'): boolean {
  const frame = view.text.slice(recent.start, recent.end);
  // "A Treasury spokeswoman": a name written before the voice is a body's.
  const body = recent.entity ? typeOf(view, recent.entity) === 'ORG' : namesBody(recent.ref.name) || frame.includes(`${recent.ref.name} spokes`);
  return body && (kind === 'male' ? MALE_VOICE : FEMALE_VOICE).test(frame);
}
const MALE_VOICE = /\b(?:spokesman|spokesperson|representative)\b/i;
const FEMALE_VOICE = /\b(?:spokeswoman|spokesperson|representative)\b/i;

/** "the 62-year-old (woman)", "the mother of three", "the father-of-two": a person described, not named. */
const PERSON_DESCRIPTION = /^the (?:\d+|\p{Ll}+)-year-old(?: (?:[\p{Ll}-]+(?:['’]s)? ){0,2}(man|woman|\p{Ll}+))?(?: (?:from|of|in) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?)?$|^the (?:grand)?(mother|father|mum|dad)[- ]of[- ](?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?: (?:from|of|in) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?)?$/iu;
const MAX_DESCRIPTION_TOKENS = 10;
const FEMALE_WORDS = new Set(['woman', 'mother', 'mum', 'girl', 'actress', 'widow', 'grandmother', 'sportswoman', 'businesswoman', 'frontwoman', 'batswoman']);
const MALE_WORDS = new Set(['man', 'father', 'dad', 'boy', 'widower', 'grandfather', 'sportsman', 'businessman', 'frontman', 'batsman']);

/**
 * Nouns a report uses for a person it has just named ("said the midfielder", "the singer added"),
 * with modifiers before them ("the former Wales midfielder", "the 21-year-old striker").
 */
const EPITHET = /^[Tt]he (?:(?:\p{Ll}+|[\p{L}\p{N}]+-year-old|\p{Lu}[\p{L}'’.-]*)\s+){0,4}(\p{Ll}[\p{Ll}-]*)$/u;

/** "the Plano Republican", "the Dublin Bay South TD", "the Aurora Democrat": a lawmaker by seat and party. */
const LAWMAKER_EPITHET = /^[Tt]he (?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:Republican|Democrat|Conservative|Tory|Labour|TD|MP|MSP|MLA|MEP|MK|senator|lawmaker|legislator|congressman|congresswoman|assemblyman|assemblywoman)$/u;

/**
 * The person a description refers back to: the person who opens the sentence before (past quoted
 * sentences), else the last speaker, when a person whose gender does not contradict the word.
 */
function describedSpeaker(view: View, offset: number, word: string | undefined): Ref | null {
  if (quotationAt(view, offset)) return null;
  const wanted = word && FEMALE_WORDS.has(word) ? 'female' : word && MALE_WORDS.has(word) ? 'male' : undefined;
  const contradicts = (name: string, entity?: Entity) => {
    const gender = (entity && genderOf(view, entity)) ?? genderOfGivenName(name.split(/\s+/)[0]!, view.kb);
    return wanted !== undefined && gender !== undefined && gender !== wanted;
  };
  const topic = topicBefore(view, offset);
  if (topic && !contradicts(topic.name, topic)) return refOf(view, topic);
  const recent = lastSpeaker(view, offset);
  if (recent && unnamedPersonBetween(view, recent.end, offset)) return null;
  const entity = recent?.entity;
  const person = recent && (entity ? typeOf(view, entity) === 'PERSON' : recent.ref.name.includes(' ') && !namesBody(recent.ref.name) && !recent.ref.name.includes(' and '));
  if (recent && person && !contradicts(recent.ref.name, entity)) return recent.ref;
  // "Asked whether …, he was blunt. "…," the 54-year-old said": whom the "he" or "she" before stands for.
  const referred = recent ? undefined : subjectPronounBefore(view, offset);
  if (referred && !contradicts(referred.name, referred)) return refOf(view, referred);
  // "… volunteers like Mrs Dorrian". "The mother of three admits …": the last person of that gender named nearby.
  return wanted ? lastOfGender(view, offset, wanted) : null;
}

/**
 * The one person the article gives the age in `description` ("the 31-year-old") before `offset`:
 * "31-year-old Marcus Lindgren", "Marcus Lindgren, 31,"; undefined when none or several.
 */
function personOfAge(view: View, description: string, offset: number): Entity | undefined {
  const age = /(\d+)-year-old/.exec(description)?.[1];
  if (!age) return undefined;
  // Every pattern needs the age written: a text without it has no such person.
  if (!view.text.includes(age)) return undefined;
  const before = new RegExp(String.raw`\b${age}-year-old\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}$`, 'u');
  const after = new RegExp(String.raw`^,\s+${age}\b`);
  const found = new Set<Entity>();
  for (let i = lowerBound(view.mentions, offset) - 1; i >= 0; i--) {
    const m = view.mentions[i]!;
    const e = m.entity;
    if (typeOf(view, e) !== 'PERSON') continue;
    if (before.test(view.text.slice(Math.max(0, m.start - 40), m.start)) || after.test(view.text.slice(m.end, m.end + 6))) found.add(e);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** True when a person described by `noun` was brought in unnamed before `offset` ("a 34-year-old trader who asked not to be named"). */
function unnamedBefore(view: View, noun: string, offset: number): boolean {
  const before = view.text.slice(Math.max(0, offset - MAX_UNNAMED_CHARS), offset);
  let pattern = unnamedPatterns.get(noun);
  if (!pattern) unnamedPatterns.set(noun, (pattern = new RegExp(String.raw`\b(?:a|an)\s+(?:[\p{L}\d-]+\s+){0,3}${noun}\s+who\s+[^.]*${ANONYMITY.source}`, 'iu')));
  return pattern.test(before);
}
/** unnamedBefore's pattern per noun (nouns come from a closed list). */
const unnamedPatterns = new Map<string, RegExp>();
/** How far back an unnamed person's introduction is looked for. */
const MAX_UNNAMED_CHARS = 6000;

/** Most sentences looked back over (those of the quotation included). */
const MAX_QUOTED_SENTENCES = 6;

/** The person the first "he" or "she" of the sentence before `offset` stands for (quoted sentences passed over). */
function subjectPronounBefore(view: View, offset: number): Entity | undefined {
  const s = view.toks[Math.min(lowerBound(view.toks, offset), view.toks.length - 1)]!.sentence;
  for (let n = s - 1; n >= 0 && s - n <= MAX_QUOTED_SENTENCES; n--) {
    const span = view.sentenceTokens[n];
    if (!span || span.end <= span.first || quotationAt(view, view.toks[span.first]!.start)) continue;
    // "One of those engineers, who spoke on condition of anonymity because she …": someone unnamed.
    if (unnamedPersonBetween(view, view.toks[span.first]!.start, offset)) return undefined;
    for (let k = span.first; k < span.end; k++) {
      const t = view.toks[k]!;
      if ((t.lower !== 'he' && t.lower !== 'she') || quotationAt(view, t.start)) continue;
      const e = resolvePronoun(view, t.word, t.start);
      return e && typeOf(view, e) === 'PERSON' ? e : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** The person of a known gender mentioned last before `offset`, within MAX_SPEAKER_CONTINUITY_CHARS. */
function lastOfGender(view: View, offset: number, gender: 'male' | 'female'): Ref | null {
  for (let i = lowerBound(view.mentions, offset) - 1; i >= 0 && offset - view.mentions[i]!.start < MAX_SPEAKER_CONTINUITY_CHARS; i--) {
    const e = view.mentions[i]!.entity;
    if (typeOf(view, e) === 'PERSON' && genderOf(view, e) === gender) return refOf(view, e);
  }
  return null;
}

/**
 * The person named at the start of the last sentence before `offset` that is not inside a
 * quotation ("Reyes, who joined in January, … "I just saw the space," said the 21-year-old."), if
 * that sentence opens with one; looks back at most three sentences.
 */
function topicBefore(view: View, offset: number): Entity | undefined {
  const s = view.toks[Math.min(lowerBound(view.toks, offset), view.toks.length - 1)]!.sentence;
  // "Chinedu Okafor closed with a 68 …, and the 24-year-old Nigerian said …": the person the
  // description's own sentence opens with, the description opening a clause joined to it.
  const own = view.sentenceTokens[s];
  if (own && own.end > own.first && !QUOTE_OPEN.test(view.toks[own.first]!.word) && !quotationAt(view, view.toks[own.first]!.start)) {
    const at = lowerBound(view.toks, offset);
    const m = COORDINATORS.has(view.toks[at - 1]?.lower ?? '') ? openingPerson(view, own.first, at) : undefined;
    if (m && !mentionsIn(view, m.end, offset).some((x) => typeOf(view, x.entity) === 'PERSON')) return m.entity;
  }
  for (let n = s - 1; n >= 0 && n >= s - 3; n--) {
    const span = view.sentenceTokens[n];
    if (!span || span.end <= span.first) continue;
    const opening = view.toks[span.first]!;
    // A sentence inside a quotation goes on with it; one that opens with a quotation has its own speaker.
    if (quotationAt(view, opening.start) && quotationAt(view, view.toks[span.end - 1]!.start)) continue;
    if (QUOTE_OPEN.test(opening.word) || quotationAt(view, opening.start)) return undefined;
    const first = view.toks[openingAt(view, span.first, span.end)]!;
    const m = openingPerson(view, span.first, span.end);
    if (m) {
      const k = lowerBound(view.toks, m.start);
      // "Amara's mother, Denise Whitlock, said …": the person in apposition to someone's relative.
      if (!/^['’]s?$/.test(view.toks[lowerBound(view.toks, m.end)]?.word ?? '')) return m.entity;
      const next = view.mentions[lowerBound(view.mentions, m.end)];
      const at = next ? lowerBound(view.toks, next.start) : span.end;
      return next && at < span.end && at - k <= 5 && view.toks[at - 1]!.word === ',' && typeOf(view, next.entity) === 'PERSON' ? next.entity : undefined;
    }
    // "…, where Kieran Osei won Britain's first gold. "…," said the Yorkshireman": the one person the sentence names.
    const people = new Set(mentionsIn(view, first.start, view.toks[span.end - 1]!.end).filter((x) => typeOf(view, x.entity) === 'PERSON' && !quotationAt(view, x.start)).map((x) => x.entity));
    // "The first thing Noa Ben-Ami did …. The second was to check …. "…," the 41-year-old said": past a sentence
    // naming nobody, in the same paragraph as the one before it, and bringing in nobody unnamed ("One graduate …", "A second trader").
    if (people.size === 0 && sameParagraphAsPrevious(view, n) && !INDEFINITE_OPENERS.has(first.lower) && !unnamedPersonBetween(view, opening.start, view.toks[span.end - 1]!.end)) continue;
    return people.size === 1 ? [...people][0] : undefined;
  }
  return undefined;
}
const QUOTE_OPEN = /^["“'‘«]$/;
/** True when sentence `n` follows sentence `n - 1` in the same paragraph. */
function sameParagraphAsPrevious(view: View, n: number): boolean {
  const previous = view.sentenceTokens[n - 1];
  const span = view.sentenceTokens[n]!;
  return previous !== undefined && previous.end > previous.first && !view.text.slice(view.toks[previous.end - 1]!.end, view.toks[span.first]!.start).includes('\n');
}
/** Words opening a sentence about someone unnamed ("One graduate from Salem …", "A second trader …"). */
const INDEFINITE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'then']);

/** The first token of a sentence's subject: past a dateline ("BÅSTAD, Sweden - Anna Lindqvist …") and settings ("In Mawasi, west of Khan Younis, Samira Abu Jazar …"). */
function openingAt(view: View, first: number, end: number): number {
  return pastSettings(view, datelineEnd(view, first, end - 1), end);
}

/** The person mention a sentence (tokens first .. end) opens with, past a description ("Ghanaian 400m runner Efua Adjei has …"). */
function openingPerson(view: View, first: number, end: number): View['mentions'][number] | undefined {
  const open = openingAt(view, first, end);
  const m = view.mentions[lowerBound(view.mentions, view.toks[open]!.start)];
  const k = m ? lowerBound(view.toks, m.start) : end;
  const opens = k < end && k - open <= MAX_DESCRIPTION_TOKENS && view.toks.slice(open, k).every((t) => t.word !== ',' && !VERB_LEMMAS_LOWER.has(t.lower) && !AUXILIARIES.test(t.lower) && t.lower !== 'of');
  // Not "Residents of Debre Worq said": the sentence opens with other people.
  return m && opens && typeOf(view, m.entity) === 'PERSON' ? m : undefined;
}

/** The token after phrases of place or time that open a sentence ("In Mawasi, west of Khan Younis,"), else `i`. */
function pastSettings(view: View, i: number, end: number): number {
  const toks = view.toks;
  if (!PREPOSITIONS.has(toks[i]?.lower ?? '')) return i;
  for (let k = i + 1; k + 1 < end && k < i + MAX_SETTING_TOKENS; k++) {
    const t = toks[k]!;
    if (VERB_LEMMAS_LOWER.has(t.lower) || AUXILIARIES.test(t.lower) || quotationAt(view, t.start)) break;
    if (t.word === ',' && personStartingAt(view, toks[k + 1]!.start)) return k + 1;
  }
  return i;
}
/** Most tokens of the phrases of place or time before a sentence's subject. */
const MAX_SETTING_TOKENS = 16;
const AUXILIARIES = /^(?:is|are|was|were|has|have|had|will|would)$/;

/**
 * "The Palestinian health ministry said … The ministry said …": a body named only in the text
 * that spoke last, when its name ends in the noun.
 */
function bodyThatSpoke(view: View, noun: string, offset: number): Ref | null {
  const recent = lastSpeaker(view, offset);
  // "the Chinese embassy in Bangkok": the noun may come before the seat.
  const head = recent?.ref.name.toLowerCase().replace(/ in \S+(?: \S+)?$/, '');
  return recent && !recent.entity && (ORG_NOUNS.has(noun) || MILITARY.test(noun)) && head!.endsWith(` ${noun}`) ? recent.ref : null;
}

/** True when token i is a demonym in the singular ("the Czech", "the Australian"): a country's in the KB, no plural -s. */
function demonymAt(view: View, i: number): boolean {
  const w = view.toks[i]!.word;
  return UPPER_START.test(w) && !/s$/.test(w) && (NATIONALITY_NOUNS.test(w) || (view.kb?.lookup(w).some((e) => e.demonyms?.includes(w)) ?? false) || (REGIONAL_NOUN.test(w) && !insideMention(view, view.toks[i]!.start)));
}
/** "the Venetian", "the Milanese": a person of a city or region, when no name is written so (not "the Guardian"). */
const REGIONAL_NOUN = /^(?!Guardian$|Christian$|Comedian$)\p{Lu}\p{Ll}{3,}(?:ian|ean|ese|ite)$/u;
/** Nouns for a person of a nation or region ("the Frenchman", "the Yorkshireman", "the Scot"). */
const NATIONALITY_NOUNS = /^(?:(?:French|English|Irish|Scots|Welsh|Dutch|Yorkshire|Cornish|Manx)(?:man|woman)|Scot|Brit|Kiwi|Aussie|Yank|Geordie|Scouser|Lancastrian|Glaswegian|Dubliner|Londoner|Parisian|Muscovite|Texan|Californian|Catalan|Basque|Breton|Corsican|Sicilian|Bavarian|Flemish)$/;

/** True when a name is a body's ("Trump administration", "North Wales Fire and Rescue Service"), not a person's. */
function namesBody(name: string): boolean {
  return name.split(/\s+/).some((w) => ORG_HEADS.has(w.toLowerCase()));
}

function lastMentionBefore(view: View, e: Entity, offset: number): number {
  for (let i = lowerBound(view.mentions, offset) - 1; i >= 0; i--) if (view.mentions[i]!.entity === e) return view.mentions[i]!.start;
  return -1;
}

/**
 * The nearest "X and Y" of two people before `offset`, within the plural pronoun window ("Noor
 * Halabi and drummer Theo Vance", "Ingrid Solberg of Norway and Kofi Mensah-Boateng"); of two
 * countries with `places` ("Russia and Ukraine").
 */
function jointBefore(view: View, offset: number, places = false): { ref: Ref; at: number } | undefined {
  const floor = offset - MAX_ANTECEDENT_CHARS / 2;
  const fits = (m: MentionRef) => (places ? typeOf(view, m.entity) === 'GPE' : typeOf(view, m.entity) === 'PERSON');
  for (let i = lowerBound(view.mentions, offset) - 1; i > 0; i--) {
    const m = view.mentions[i]!;
    if (m.start < floor) break;
    if (m.end > offset || quotationAt(view, m.start) || !fits(m)) continue;
    // The first of the pair: the nearest mention that fits before, past "of Norway".
    let k = i - 1;
    while (k > 0 && !fits(view.mentions[k]!) && m.start - view.mentions[k]!.end < 40) k--;
    const prev = view.mentions[k]!;
    if (!fits(prev) || prev.entity === m.entity) continue;
    if (PAIR_BETWEEN.test(view.text.slice(prev.end, m.start))) {
      return { ref: { name: `${refOf(view, prev.entity).name} and ${refOf(view, m.entity).name}` }, at: prev.start };
    }
  }
  return undefined;
}
/**
 * The one pair of people named together ("A and B") in the last sentence before `offset` with the
 * plural `noun` ("Bernard Quayle and Michelle Fong … were appointed as its liquidators"), jointly.
 */
function pairIntroducedAs(view: View, noun: string, offset: number): Ref | undefined {
  const toks = view.toks;
  // "Senators Ruth Adebayo-Klein and Thomas Varner": a capitalised plural counts as a title before a name.
  const re = new RegExp(String.raw`\b(?:${noun}|${noun[0]!.toUpperCase()}${noun.slice(1)}(?= \p{Lu}))\b`, 'gu');
  const found = [...view.text.slice(0, offset).matchAll(re)].reverse();
  for (const f of found) {
    if (quotationAt(view, f.index!)) continue;
    const pair = pairInSentence(view, toks[lowerBound(toks, f.index!)]!.sentence);
    if (pair) return pair;
  }
  return undefined;
}

/** The one pair of people named together ("A and B", "A, D-Minn., and B") in sentence n, outside quotations, jointly. */
function pairInSentence(view: View, n: number): Ref | undefined {
  const span = view.sentenceTokens[n];
  if (!span) return undefined;
  const people = mentionsIn(view, view.toks[span.first]!.start, view.toks[span.end - 1]!.end).filter((m) => typeOf(view, m.entity) === 'PERSON' && !quotationAt(view, m.start));
  // Not the last two of a longer list ("the three dissenters, A, B and C").
  const listed = (i: number) => i > 0 && /^, $/.test(view.text.slice(people[i - 1]!.end, people[i]!.start));
  const pairs = people.slice(1).flatMap((y, i) => (y.entity !== people[i]!.entity && !listed(i) && PAIR_BETWEEN.test(view.text.slice(people[i]!.end, y.start)) ? [[people[i]!, y] as const] : []));
  if (pairs.length !== 1) return undefined;
  const [x, y] = pairs[0]!;
  return { name: `${refOf(view, x.entity).name} and ${refOf(view, y.entity).name}` };
}

/** "Two U.S. senators on Tuesday demanded …" in the lede from token a: the pair (or three, four) named together in the next two sentences. */
function countedInLede(view: View, a: number): Ref | undefined {
  const toks = view.toks;
  const n = NUMBER_WORDS[toks[a]!.lower];
  if (!n) return undefined;
  // "Two U.S. senators", "Three female athletes at Great Lakes University": the plural, then maybe where they are.
  const counted = (k: number) => LOWER_START.test(toks[k]?.word ?? '') && /s$/.test(toks[k]!.lower) && (ROLE_WORDS.has(toks[k]!.lower.slice(0, -1)) || PERSON_NOUNS.has(toks[k]!.lower.slice(0, -1)));
  let k = a + 1;
  while (k <= a + 3 && k < toks.length && toks[k]!.sentence === toks[a]!.sentence && !counted(k)) k++;
  if (!counted(k)) return undefined;
  const lede = ledeSentence(view);
  if (lede === undefined || toks[a]!.sentence !== lede) return undefined;
  // "Three female athletes … sued …", then "The plaintiffs — goalkeeper A, rower B and pitcher C —".
  if (n > 2) return groupInSentence(view, n, lede + 1) ?? groupInSentence(view, n, lede + 2);
  return pairInSentence(view, lede + 1) ?? pairInSentence(view, lede + 2);
}

/** The `count` people listed together in sentence n ("goalkeeper A, rower B and pitcher C"), outside quotations, jointly. */
function groupInSentence(view: View, count: number, n: number): Ref | undefined {
  const span = view.sentenceTokens[n];
  if (!span) return undefined;
  const people = mentionsIn(view, view.toks[span.first]!.start, view.toks[span.end - 1]!.end).filter((m) => typeOf(view, m.entity) === 'PERSON' && !quotationAt(view, m.start));
  for (let i = 0; i + count <= people.length; i++) {
    const run = people.slice(i, i + count);
    const gaps = run.slice(1).map((m, k) => view.text.slice(run[k]!.end, m.start));
    if (gaps.every((g, k) => (k === gaps.length - 1 ? LAST_IN_LIST : IN_LIST).test(g)) && new Set(run.map((m) => m.entity)).size === count) return { name: run.map((m) => refOf(view, m.entity).name).join(' and ') };
  }
  return undefined;
}
/** Between two names of a list, maybe with a role in lower case before the next ("A, rower B"). */
const IN_LIST = /^, (?:\p{Ll}[\p{Ll}-]* ){0,2}$/u;
const LAST_IN_LIST = /^,? and (?:\p{Ll}[\p{Ll}-]* ){0,2}$/u;

/** The index of the lede: the sentence after the headline's blank line (the first when there is none). */
function ledeSentence(view: View): number | undefined {
  const body = view.text.indexOf('\n\n');
  return body < 0 ? 0 : view.toks[lowerBound(view.toks, body)]?.sentence;
}

/**
 * "The four members -- Hayoung, Seeun, Nari and Ji-an --", "the two founders, A and B,": the
 * people a plural head lists in apposition over tokens a..b, jointly; null when it lists none.
 */
export function listedMembers(view: View, a: number, b: number): Ref | null {
  const from = view.toks[a]!.start;
  const listed = LISTED_MEMBERS.exec(view.text.slice(from, view.toks[b]!.end));
  if (!listed) return null;
  const at = from + listed.index + listed[0].indexOf(listed[1]!);
  // "soccer goalkeeper Imani Castellanos-Burke": past a role in lower case.
  const names = listed[1]!.split(/\s*,\s*|\s+and\s+/).map((n) => n.replace(/^(?:\p{Ll}[\p{Ll}-]*\s+)+/u, '')).map((n) => {
    const m = mentionsIn(view, at, view.toks[b]!.end).find((x) => view.text.slice(x.start, x.end) === n);
    return m && typeOf(view, m.entity) === 'PERSON' ? refOf(view, m.entity).name : n;
  });
  return { name: names.join(' and ') };
}
/** The people a plural subject from token s lists between dashes ("The plaintiffs — goalkeeper A, rower B and pitcher C —"), before token b; else null. */
export function listedSubject(view: View, s: number, b: number): Ref | null {
  const toks = view.toks;
  if (!/^(?:the|all|both)$/.test(toks[s]!.lower)) return null;
  for (let c = s + 4; c <= Math.min(b, s + MAX_LIST_TOKENS); c++) {
    if (!DASH.test(toks[c]!.word)) continue;
    const listed = listedMembers(view, s, c);
    if (listed) return listed;
  }
  return null;
}
/** Most tokens of a list of people in apposition to a plural subject. */
const MAX_LIST_TOKENS = 30;

/** A plural head and the names it counts in apposition: "The four members -- A, B, C and D", "the two founders, A and B", "The plaintiffs — goalkeeper A, rower B and pitcher C". */
const LISTED_NAME = String.raw`(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}`;
// "Three members of the European Parliament who attended the final day, A, B and C,": a count opens it, a short qualifier follows the noun.
const LISTED_MEMBERS = new RegExp(String.raw`^(?:(?:[Tt]he|[Aa]ll|[Bb]oth)\s+(?:(?:two|three|four|five|six|seven)\s+)?|(?:Two|Three|Four|Five|Six|Seven)\s+)(?:\p{Ll}+\s+)?\p{Ll}+s(?:\s+(?:of|from|at|in|who)\s[^,—–]{1,60}?)?\s*(?:,|--|—|–)\s*((?:${LISTED_NAME},\s*)*${LISTED_NAME}\s+and\s+${LISTED_NAME})\s*(?:,|--|—|–)?$`, 'u');

/** What may stand between two names of a pair: "of Norway", a party and state (", D-Minn.,"), "and", a role in lower case. */
const PAIR_BETWEEN = /^(?:,? (?:of|from) \p{Lu}[\p{L}.'’ -]{0,30}?,?|,? \(?[DRI]-\p{Lu}[\p{L}.]{1,10}\)?,?)? and (?:\p{Ll}[\p{Ll}-]* ){0,2}$/u;
/** Two people or sides named together before ("the couple said", "both sides said"). */
const PAIR_WORDS = /^(?:the|both) (?:couple|pair|duo|two|co-chairs|co-founders|brothers|sisters|men|women|leaders|sides|countries)$/i;

/** Two organisations spoken of together ("the two lenders", "both companies"). */
const BODY_PAIR_WORDS = /^(?:the|both) (?:two )?(?:companies|firms|lenders|banks|groups|carriers|airlines|insurers|retailers|miners|businesses|utilities|clubs|chains|agencies|regulators|organisations|organizations)$/i;

/** Plural kinds of body a story counts before naming them ("two unions, …"). */
const COUNTED_KINDS = /^(?:unions|groups|companies|firms|parties|associations|federations|organisations|organizations|charities|lenders|banks|operators|agencies)$/;
const NUMBER_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4 };

/**
 * "called by two unions, the X and the Y": the bodies named right after the last "two <kind>"
 * before `offset`, jointly; undefined when fewer are named there.
 */
function countedBodies(view: View, kind: string, offset: number): Ref | undefined {
  const before = view.text.slice(Math.max(0, offset - MAX_ANTECEDENT_CHARS), offset);
  const re = new RegExp(String.raw`\b(two|three|four) (?:[\p{Ll}-]+ )?${kind}\b`, 'gu');
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(before); m; m = re.exec(before)) last = m;
  if (!last) return undefined;
  const n = NUMBER_WORDS[last[1]!]!;
  const from = offset - before.length + last.index + last[0].length;
  const bodies: Entity[] = [];
  for (let i = lowerBound(view.mentions, from); i < view.mentions.length && view.mentions[i]!.start < Math.min(offset, from + 300) && bodies.length < n; i++) {
    const e = view.mentions[i]!.entity;
    if (typeOf(view, e) === 'ORG' && !bodies.includes(e)) bodies.push(e);
  }
  return bodies.length === n ? { name: bodies.map((e) => refOf(view, e).name).join(' and ') } : undefined;
}

/**
 * The two organisations the story names most before `offset` ("the two companies" of a merger
 * story), each at least twice, and clearly more than any third; joined in the order first named.
 */
function bodiesBefore(view: View, offset: number): Ref | undefined {
  const counts = new Map<Entity, number>();
  for (const m of view.mentions) {
    if (m.start >= offset) break;
    if (typeOf(view, m.entity) === 'ORG') counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  const [first, second, third] = [...counts].sort((x, y) => y[1] - x[1]);
  if (!first || !second || second[1] < 2 || (third && third[1] >= second[1])) return undefined;
  const pair = [first[0], second[0]].sort((x, y) => x.mentions[0]!.start - y.mentions[0]!.start);
  return { name: `${refOf(view, pair[0]!).name} and ${refOf(view, pair[1]!).name}` };
}

/** Tokens a..b (inclusive) as words. */
function words(view: View, a: number, b: number): string[] {
  const out: string[] = [];
  for (let i = a; i <= b; i++) out.push(view.toks[i]!.lower);
  return out;
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w) || /^\p{N}/u.test(w);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const POSSESSIVE_PRONOUNS: Readonly<Record<string, string>> = { its: 'it', his: 'he', her: 'she', their: 'they' };
/** People who speak for an organisation: "representatives from Iran", "a spokesperson for the ministry". */
const introducedCache = new WeakMap<View, Map<string, { entity: Entity; start: number; before: string }[]>>();
const introductionsCache = new WeakMap<View, Map<string, { entity: Entity; start: number; before: string }[]>>();
/** Each person's mentions with the 90 characters before them, once per document. */
function introductions(view: View): { entity: Entity; start: number; before: string }[] {
  return rememberedFor(introductionsCache, view, '', () =>
    view.doc.entities.filter((e) => typeOf(view, e) === 'PERSON').flatMap((entity) =>
      entity.mentions.filter((m) => !m.field).map((m) => ({ entity, start: m.start, before: view.text.slice(Math.max(0, m.start - 90), m.start) }))));
}
/** Abbreviated titles whose period ends no sentence ("Prof. Olumide Adebanjo-Coker"). */
const TITLE_ABBREVIATIONS = /\b(?:Prof|Dr|Mr|Mrs|Ms|Gen|Sen|Rep|Col|Capt|Lt|Sgt|Rev|Hon|St|Maj|Brig)\./g;
/** Nouns for who owns a business ("the owner of the Tap Room"). */
const OWNERS = /^(?:owner|owners|co-owner|proprietor|landlord|landlady)$/;
/** Names of police forces ("Brantley Police Department", "Avon and Somerset Constabulary"). */
/** The one prosecuting office the article names, else null. */
/** "The document, signed by Chief Public Prosecutor X, …": who signed the indictment, named before token b. */
function indictmentAuthor(view: View, b: number): Ref | null {
  for (let i = b - 1; i >= 0; i--) if (/^(?:indictment|document)$/.test(view.toks[i]!.lower)) {
    const author = authorOf(view, i);
    if (author) return author;
  }
  return null;
}

function prosecutingOffice(view: View): Ref | null {
  const office = onlyBody(view, (e) => PROSECUTING_OFFICE.test(e.name));
  return office ? refOf(view, office) : null;
}

/** The one organisation of the document that passes `test` ("the police": the one force named), else undefined. */
function onlyBody(view: View, test: (e: Entity) => boolean): Entity | undefined {
  const bodies = view.doc.entities.filter((e) => typeOf(view, e) === 'ORG' && test(e));
  return bodies.length === 1 ? bodies[0] : undefined;
}

/** Names of a prosecuting office ("U.S. Attorney's Office for …", "National Prosecutor's Office", "Crown Prosecution Service"). */
const PROSECUTING_OFFICE = /\b(?:Prosecutor|Prosecutors|Prosecution|Prosecuting|Procuratorate|Procuracy|Attorney['’]s Office)\b/;
const FORCE_NAME = /\s(?:police|constabulary)(?:\s(?:service|department|force|directorate|administration|command|headquarters))?$/i;
const VOICES = new Set(['representative', 'representatives', 'spokesperson', 'spokespeople', 'spokesman', 'spokeswoman', 'spokespersons', 'spokesmen', 'envoy', 'delegation', 'delegates', 'ambassador', 'observers', 'monitors', 'inspectors']);

/** People around a body who do not speak for it ("the company's works council", "the club's fans"). */
const STAKEHOLDERS = /^(?:council|union|unions|employees|staff|workers|shareholders|investors|creditors|customers|clients|fans|supporters|critics|rivals|members|residents|neighbours|neighbors|suppliers)$/;

/** Platforms people post on ("an Instagram post", "a TikTok video"). */
const PLATFORMS = /^(?:Instagram|Facebook|TikTok|X|Twitter|YouTube|Telegram|WhatsApp|LinkedIn|Threads|Bluesky|Weibo|WeChat|Snapchat|Reddit)$/;

/** What a body or a person posts on ("the store's Facebook page", "her Instagram account"). */
const PAGES = /^(?:page|account|feed|channel|website|site|profile)$/;

/** Voices that are one person's post: the lede's "UN special envoy" is the person named next. */
const POSTS = new Set(['envoy', 'ambassador']);

/** Words for a team that acts for someone in court ("his legal team", "her defence team"), not as them. */
const LEGAL = /^(?:legal|defen[cs]e)$/;

/** A pronoun and its verb that end the sentence ("he said.", "she told reporters, adding …"). */
const TAIL_FRAME = /^\p{L}+\s+\p{Ll}+(?:\s+\p{Ll}+)?\s*(?:[.!?]|,\s*(?:adding|saying|noting))/u;

/** Participles of an outlet that has a document, not issued it ("a briefing seen by the Gazette"). */
const SEEN = /^(?:seen|obtained|reviewed|leaked|shared)$/;

/** People who write notes for, or speak for, the firm they work at ("Analysts at Andes Capital", "Bosses at Carrow"). */
const ANALYSTS = /^(?:analysts|economists|strategists|bosses)$/;
/** Words after the firm's name in "analysts at X led by Y", "… including Y", "…, who". */
const FIRM_PHRASE_END = /^(?:led|headed|including|such|under|who|which|,)$/;

/** "researchers at the security firm Pallwick Labs": researchers at a business speak for it; at a university they do not (rules §4.3). */
function researchersAtFirm(view: View, h: number, b: number): boolean {
  const toks = view.toks;
  if (toks[h]!.lower !== 'researchers' || toks[h + 1]?.lower !== 'at' || h + 2 > b) return false;
  const firm = mentionsIn(view, toks[h + 2]!.start, toks[b]!.end)[0];
  return firm !== undefined && typeOf(view, firm.entity) === 'ORG' && !NOT_BUSINESS.test(firm.entity.name) && !PUBLIC_BODY.test(firm.entity.name) && !/\b(?:ETH|Station|Laboratory|Observatory|Hospital)\b/.test(firm.entity.name);
}

/** The firm of the last "<noun> at <firm>" before `offset`, nearby ("Analysts at Pemberton Hale"). */
function firmOfAnalysts(view: View, noun: string, offset: number): Ref | undefined {
  const from = Math.max(0, offset - MAX_ANTECEDENT_CHARS);
  const at = [...view.text.slice(from, offset).matchAll(new RegExp(String.raw`\b${noun} at (?:the )?`, 'gi'))].pop();
  if (!at) return undefined;
  const m = view.mentions[lowerBound(view.mentions, from + at.index! + at[0].length)];
  return m && m.start === from + at.index! + at[0].length && typeOf(view, m.entity) !== 'GPE' ? refOf(view, m.entity) : undefined;
}

/** Plural nouns of officials and other people who are not named ("officials", "sources", "residents"). */
const UNNAMED_OFFICIALS = /^(?:officials|delegates|participants|leaders|authorities|sources|agencies|experts|researchers|scientists|diplomats|insiders|staff|workers|members|residents|witnesses|critics|analysts|protesters|villagers|locals|parents|farmers|families|survivors|doctors|nurses|teachers|students|fans|voters|reviewers|advisers|advisors|investigators|inspectors|negotiators|economists)$/;

/** Words counting people who are not named ("One MP", "Some of the protesters"). */
const QUANTIFIERS = new Set(['one', 'two', 'three', 'some', 'several', 'many', 'most', 'few', 'dozens', 'hundreds', 'thousands', 'others', 'another']);

/** Plural nouns for members of a body, counted ("Several Centre Party MPs"). */
const COUNTED_PEOPLE = /^(?:MPs|MEPs|MKs|TDs|MSPs|MLAs|lawmakers|legislators|members|officials|senators|deputies|ministers|councillors|councilors|diplomats|officers|leaders|executives|employees|staff)$/;

/** True when a plural noun for members ends tokens a..b or its phrase before a preposition ("Several Centre Party MPs from Lapland"). */
function countsPeople(toks: View['toks'], a: number, b: number): boolean {
  for (let k = a; k <= b && k <= a + 4; k++) if (COUNTED_PEOPLE.test(toks[k]!.word) && (k === b || PREPOSITIONS.has(toks[k + 1]!.lower))) return true;
  return false;
}

/** Adverbs that may open a clause before its subject ("Later the spokesperson said"). */
const LEADING_ADVERBS = new Set(['later', 'earlier', 'then', 'also', 'meanwhile', 'separately', 'however', 'now', 'and', 'but', 'yesterday', 'today', 'subsequently', 'afterwards', 'previously', 'still', 'so']);

/** Kinds of news outlet written after an outlet's name ("MRTV television", "Xinhua news agency"). */
const MEDIA_KINDS = /^(?:television|tv|radio|newspaper|daily|channel|broadcaster)$/;

/** Nouns for figures and studies a body publishes ("provisional figures from X", "its polling"). */
const DATA_NOUNS = 'figures|data|statistics|estimates?|projections?|forecasts?|survey|polls?|polling|tally|count|records|findings|analysis|reports?|research|study';
const DATA_HEADS = new RegExp(`^(?:${DATA_NOUNS})$`);
/** "data from X", "figures compiled by X": a frame naming where figures come from. */
const DATA_SOURCE = new RegExp(`\\b(?:${DATA_NOUNS})\\s+(?:from|by)\\s+(?:the\\s+)?$`);

/** "X's office": the office speaks, named after X. */
const OFFICES = new Set(['office', 'government', 'administration', 'campaign', 'camp', 'cabinet', 'ministry', 'embassy', 'team', 'spokesperson', 'spokesman', 'spokeswoman']);

/**
 * The speaker named by tokens a..b (a subject or an agent phrase): a pronoun's antecedent; the
 * first person named in it, else the first organisation or country, skipping names that only
 * qualify a generic noun ("scientists from the University", "Johnson's critics"); a group noun
 * with an institution ("the Mexican government"); a role or kind that refers back ("the
 * commissioner", "the company"); a capitalised name the entity stage did not find. Null when
 * the phrase names nobody ("officials", "a witness").
 */
export function speakerOfRegion(view: View, a: number, b: number, personOnly = false, nearestEnd = false): Ref | null {
  // The same phrase is asked about by several frames: remembered, unless the answer read the speakers noted so far.
  const key = `${a},${b},${personOnly ? 1 : 0}${nearestEnd ? 1 : 0}`;
  let known = regionCache.get(view);
  if (!known) regionCache.set(view, (known = new Map()));
  const remembered = known.get(key);
  if (remembered !== undefined) return remembered;
  const reads = view.speakerReads;
  const found = computeSpeakerOfRegion(view, a, b, personOnly, nearestEnd);
  if (view.speakerReads === reads) known.set(key, found);
  return found;
}
const regionCache = new WeakMap<View, Map<string, Ref | null>>();

function computeSpeakerOfRegion(view: View, a: number, b: number, personOnly: boolean, nearestEnd: boolean): Ref | null {
  // "14 Republican members of the House of Representatives wrote": a count of unnamed people of a body is no name (rules §4.3).
  if (countedOf(view, a, b)) return null;
  const found = portfolioRead(view, a, b, regionSpeaker(view, a, b, personOnly, nearestEnd));
  // "Mamani said" where "Aurelio Mamani Cruz" and "Rosa Mamani Ticona" are both named: the one named last before.
  const bearer = found?.entity ? surnameBearer(view, view.entityById.get(found.entity)!, view.toks[a]!.start) : undefined;
  if (bearer) return refOf(view, bearer);
  // "Two EU diplomats familiar with the talks": a count of unnamed people is no name.
  if (found && !found.entity && COUNT_OPENER.test(found.name)) return null;
  // "the Achterbergs warned": a family's plural the entity stage left out.
  if (found && !found.entity) {
    const family = membersOf(view, found.name);
    if (family) return family;
  }
  // "The Prime Minister’s Office said": the office of one person speaks for its holder (rules §9.14).
  // "The presidential office said": the president the article names, too.
  // "The Élysée said": the seat of one office speaks for its holder, when the article names one.
  // "the head of state wrote": the president the article names; "the head of government", the prime minister.
  const written = !found && a < b ? view.text.slice(view.toks[a]!.start, view.toks[b]!.end) : '';
  const headOf = HEAD_OF.exec(written)?.[1];
  // "A spokesperson for the Ceann Comhairle’s office said": an office no entity names, written out.
  const title = found?.entity ? PERSONAL_OFFICE.exec(found.name)?.[1] : PRESIDENTIAL_OFFICE.test(written) ? 'president' : OFFICE_WRITTEN.exec(written)?.[1];
  // "The presidency said": the president the article names.
  const seat = found ? OFFICE_SEATS[found.name.replace(/^the\s+|\s+Palace$/gi, '').toLowerCase()] : headOf === 'state' ? 'president' : headOf ? 'prime minister' : /^the\s+presidency$/i.test(written) ? 'president' : undefined;
  const holder = title || seat ? officeHolder(view, (title ?? seat)!, view.toks[a]!.start) : undefined;
  if (holder) return refOf(view, holder);
  // "the governor's office said" where nobody holding the office is named: the body "Istanbul Governor's Office".
  const personal = !found ? PERSONAL_OFFICE.exec(written)?.[1]?.toLowerCase() : undefined;
  if (personal) {
    const body = officeHolder(view, personal, view.toks[a]!.start) ?? view.doc.entities.find((e) => typeOf(view, e) === 'ORG' && e.name.toLowerCase().replace(/’/g, "'").endsWith(` ${personal}'s office`));
    if (body) return refOf(view, body);
  }
  // "… dated March 28, which Meridian has seen, says": a date names nobody.
  if (found && !found.entity && DATE_NAME.test(found.name)) return null;
  // "the Secretary-General said" after "The Secretary-General of ASEAN, Dr. Ramon Villaraza Ocampo": a title written capitalised, held by someone named with it.
  const capitalTitle = found && !found.entity && view.toks[a]!.lower === 'the' && /^(?:\p{Lu}\p{Ll}+(?:[\s\-‑]+|$))+$/u.test(found.name) ? found.name.toLowerCase() : '';
  if (capitalTitle && capitalTitle.split(/[\s\-‑]+/).every((w) => ROLE_WORDS.has(w))) {
    const held = describedEntity(view, ['the', capitalTitle], view.toks[a]!.start);
    if (held && typeOf(view, held) === 'PERSON') return refOf(view, held);
  }
  // "their MP has said", "…, says MP": a title alone is no name; a lede names the person next.
  if (found && !found.entity && ROLE_WORDS.has(found.name.replace(/^the\s+/i, '').toLowerCase())) return personNamedNext(view, b);
  // "The Taoiseach has said …" in the lede, the title read as a person's name: the person named next.
  const titleOnly = found?.entity ? view.entityById.get(found.entity) : undefined;
  if (titleOnly && view.toks[a]!.sentence <= 2 && typeOf(view, titleOnly) === 'PERSON' && titleOnly.mentions.every((m) => ONE_WORD_TITLES.has(m.text.toLowerCase()))) return personNamedNext(view, b, true) ?? found;
  // "…, a coalition of East African rights groups said" in a lede, then "the Haki Mashariki Coalition said": the body named next with that noun in its name.
  const kind = !found && view.toks[a]!.sentence <= 2 ? LEDE_BODY.exec(written)?.[1]?.toLowerCase() : undefined;
  if (kind && BODY_KINDS.has(kind)) {
    const named = bodyNamedNext(view, b, kind);
    if (named) return refOf(view, named);
  }
  // "A new report says …" in a lede, then "The report, released Tuesday by the Northbridge Institute, …": who issued it.
  if (!found && view.toks[a]!.sentence <= 2 && LEDE_DOCUMENT.test(written)) {
    const issuer = documentIssuedNext(view, b);
    if (issuer) return issuer;
  }
  // "The top U.S. trade negotiator told Congress …" in a lede, then "…, U.S. Trade Representative Douglas Pratt said": the person named next.
  if ((!found || (!found.entity && PORTFOLIO_TITLE.test(found.name))) && view.toks[a]!.sentence <= 2 && (LEDE_DESCRIPTION.test(written) || found) && (view.toks[a - 1]?.sentence !== view.toks[a]!.sentence || /^[—–-]$/.test(view.toks[a - 1]!.word))) return personNamedNext(view, b, true);
  // "the Minister for Health insisted", then "said the Minister for Health, Aoibhinn Ní Mhaoláin": the person the title introduces.
  if (found && !found.entity && PORTFOLIO.test(found.name)) {
    const holder = introducedBy(view, found.name.replace(/^the\s+/i, ''));
    if (holder) return refOf(view, holder);
  }
  return found;
}

/** A body's governing organ ("the board of X"). */
const ORGANS = /^(?:board|management|leadership)$/;

/** "Health authority says …" in a headline, which drops "the": the body the lede names so. */
function headlineBody(view: View, a: number, b: number): Ref | null {
  const toks = view.toks;
  if (toks[a]!.sentence !== 0 || a === b || b - a > 2 || !UPPER_START.test(toks[a]!.word) || !ORG_NOUNS.has(toks[b]!.word)) return null;
  if (mentionsIn(view, toks[a]!.start, toks[b]!.end).length || !toks.slice(a + 1, b + 1).every((t) => /^\p{Ll}+$/u.test(t.word))) return null;
  // Read as if written at the end of the lede, the next two sentences.
  let k = b;
  while (k < toks.length && toks[k]!.sentence <= 2) k++;
  const ws = toks.slice(a, b + 1).map((t) => t.lower);
  const e = describedEntity(view, ['the', ...ws], toks[k - 1]!.end);
  return e && typeOf(view, e) === 'ORG' && ws.every((w) => nameHas(e.name, w)) ? refOf(view, e) : null;
}

/** The body named in an apposition to one of the person's mentions before `offset` ("X, 52, vice-president of the Serb Civic Union"). */
function appositionBody(view: View, person: Entity, offset: number): Entity | undefined {
  for (const m of person.mentions) {
    if (m.end > offset) break;
    const sentence = sentenceOf(view, m.start);
    for (let i = lowerBound(view.mentions, m.end); i < view.mentions.length && view.mentions[i]!.start - m.end < MAX_APPOSED_BODY_CHARS; i++) {
      const o = view.mentions[i]!;
      if (sentenceOf(view, o.start) !== sentence) break;
      if (typeOf(view, o.entity) === 'ORG' && /^,[^.;:"“”]*\b(?:of|for)\s+(?:the\s+)?$/u.test(view.text.slice(m.end, o.start))) return o.entity;
    }
  }
  return undefined;
}
/** Most characters between a person's name and the body its apposition names. */
const MAX_APPOSED_BODY_CHARS = 100;

/** True when a person's roles or a title written before one of their names hold `role` ("Major General Stefano Rinaldi"). */
function titled(view: View, person: Entity, role: string): boolean {
  if (person.roles.some((r) => r.title.toLowerCase().split(/\s+/).includes(role))) return true;
  const before = new RegExp(String.raw`\b${role}\s+$`, 'iu');
  return person.mentions.some((m) => before.test(view.text.slice(Math.max(0, m.start - role.length - 2), m.start)));
}

/** Counts that open a phrase for unnamed people, never a name. */
const COUNT_OPENER = /^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Some|Many|Both|Dozens|Hundreds)\s/;

/** Counts of people, in any case ("Fourteen", "several"); COUNT_OPENER adds "Some", "Many", "Both" opening a phrase. */
const COUNT_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|several|dozens|hundreds)$/i;

/** True when tokens a..b open with a count, then people counted "of" or "from" a body ("14 Republican members of the House"). */
function countedOf(view: View, a: number, b: number): boolean {
  const toks = view.toks;
  if (!DIGIT_START.test(toks[a]!.word) && !COUNT_WORDS.test(toks[a]!.word) && !COUNT_OPENER.test(`${toks[a]!.word} `)) return false;
  for (let k = a + 1; k < b && k <= a + 3; k++) if (COUNTED_PEOPLE.test(toks[k]!.word) && /^(?:of|from)$/.test(toks[k + 1]!.lower)) return true;
  return false;
}

/** A title with its portfolio ("Minister for Health", "the Secretary of State for Justice"). */
const PORTFOLIO = /^(?:the\s+)?(?:minister|secretary|commissioner)\s+(?:for|of)\s+\p{Lu}/iu;

/** "The Minister for the Environment, Climate and Communications", all of it a title. */
const PORTFOLIO_TITLE = /^(?:[Tt]he\s+)?(?:[Mm]inister|[Ss]ecretary|[Cc]ommissioner)\s+(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:,?\s+(?:and\s+|the\s+)?\p{Lu}[\p{L}’'-]*)*$/u;

/**
 * "The Minister for the Environment, Climate and Communications has said": a minister speaks, not
 * the portfolio the entity stage read as a name (found, as a body or a one-word "person"); read as
 * the title written out, which later steps give to its holder.
 */
function portfolioRead(view: View, a: number, b: number, found: Ref | null): Ref | null {
  const entity = found?.entity ? view.entityById.get(found.entity) : undefined;
  if (!entity || a >= b) return found;
  const written = view.text.slice(view.toks[a]!.start, view.toks[b]!.end).replace(/(?:\s+(?:has|have|had|is|was|will|would|also))+$/, '');
  // The portfolio is all the name there is ("Health"), not "Minister for Health Declan Furlong".
  const portfolio = written.replace(/^(?:[Tt]he\s+)?\S+\s+(?:for|of)\s+(?:the\s+)?/, '');
  return PORTFOLIO_TITLE.test(written) && mentionsIn(view, view.toks[a]!.start, view.toks[b]!.end).every((m) => m.entity === entity && view.text.slice(m.start, m.end) === portfolio) ? { name: written } : found;
}

/** The one person named right after `title` ("the Minister for Health, Aoibhinn Ní Mhaoláin"), else undefined. */
function introducedBy(view: View, title: string): Entity | undefined {
  const people = new Set<Entity>();
  const lower = view.text.toLowerCase();
  const key = title.toLowerCase();
  for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
    const after = at + key.length;
    const m = view.mentions[lowerBound(view.mentions, after)];
    if (m && typeOf(view, m.entity) === 'PERSON' && /^,?\s$/.test(view.text.slice(after, m.start))) people.add(m.entity);
  }
  return people.size === 1 ? [...people][0] : undefined;
}

/** Offices named after the one person who holds them ("Prime Minister's Office"), not institutions ("Sheriff's Office"). */
const PERSONAL_OFFICE = /^(?:the\s+)?((?:deputy\s+|vice\s+)?(?:prime\s+minister|president|premier|first\s+minister|chief\s+minister|chancellor|mayor|governor|taoiseach|ceann\s+comhairle))['’]s\s+office$/i;

/** The same office written out with its voice ("a spokesperson for the Taoiseach's office"), not "an official at the prime minister's office". */
const OFFICE_WRITTEN = new RegExp(PERSONAL_OFFICE.source.replace('^(?:the\\s+)?', '^(?:(?:a|an|the)\\s+)?(?:spokesperson|spokesman|spokeswoman|statement|press\\s+secretary)\\s+(?:for|from|of)\\s+the\\s+'), 'i');

/** Seats that stand for one office's holder ("the Élysée" for France's president, "Matignon" for its prime minister). */
const OFFICE_SEATS: Readonly<Record<string, string>> = {
  'élysée': 'president', elysee: 'president', matignon: 'prime minister', quirinale: 'president', 'palazzo chigi': 'premier', 'raj bhavan': 'governor', 'rideau hall': 'governor general',
  // Prague Castle ("The Castle said"), the Czech president's seat.
  castle: 'president', 'prague castle': 'president',
};

/** "the head of state", "the head of government". */
const HEAD_OF = /^the head of (state|government)$/i;

/** "The presidential office": the president's office written as an adjective. */
const PRESIDENTIAL_OFFICE = /^(?:the\s+)?presidential\s+office$/i;

/** The person holding an office of one person by its title ("Prime Minister's Office" → the prime minister the article names). */
function officeHolder(view: View, title: string, offset: number): Entity | undefined {
  const e = describedEntity(view, ['the', ...title.toLowerCase().split(/\s+/)], offset);
  return e && typeOf(view, e) === 'PERSON' ? e : undefined;
}

const DATE_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?$/;

/** "a coalition of East African rights groups", "a Kenyan rights group": a body brought in by its kind. */
const LEDE_BODY = /^[Aa]n?\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+)(?:\s+of\s+[^,]+)?$/u;

/** The organisation first named in the next two sentences after token b with `kind` in its name. */
function bodyNamedNext(view: View, b: number, kind: string): Entity | undefined {
  const span = view.sentenceTokens[view.toks[b]!.sentence + 2] ?? view.sentenceTokens[view.sentenceTokens.length - 1]!;
  return bodyNamedAfter(view, view.toks[b]!.end, view.toks[span.end - 1]!.end, [kind]);
}

/** The first organisation mentioned in [from, until) with every word in its name, when it is named there for the first time. */
function bodyNamedAfter(view: View, from: number, until: number, words: readonly string[]): Entity | undefined {
  for (let i = lowerBound(view.mentions, from); i < view.mentions.length && view.mentions[i]!.start < until; i++) {
    const e = view.mentions[i]!.entity;
    if (typeOf(view, e) !== 'ORG' || !words.every((w) => nameHas(e.name, w))) continue;
    return mentionsBefore(e, from) === 0 ? e : undefined;
  }
  return undefined;
}

/** "A new report", "a study": a document brought in without its issuer. */
const LEDE_DOCUMENT = /^[Aa]n?\s+(?:[\p{Ll}-]+\s+){0,2}(?:report|study|survey|analysis|paper|assessment)$/u;

/** Who issued the document the next two sentences open with ("The report, released Tuesday by X, …"); null when none. */
function documentIssuedNext(view: View, b: number): Ref | null {
  const s = view.toks[b]!.sentence;
  for (let n = s + 1; n <= s + 2; n++) {
    const span = view.sentenceTokens[n];
    if (!span) break;
    const issuer = documentIssuedBy(view, span.first, span.end - 1);
    if (issuer !== undefined) return issuer;
  }
  return null;
}

/** "The top U.S. trade negotiator", "The country's chief prosecutor": a person described by a role, not named. */
const LEDE_DESCRIPTION = /^(?:the|an?\s+former)\s+(?:[\p{L}.'’-]+\s+){0,4}(?:negotiator|envoy|diplomat|prosecutor|official|chief|minister|secretary|spokesman|spokeswoman|regulator|head|boss|leader|chairman|chairwoman|chair|director|president)(?:[\s-]general)?(?:\s+of\s+(?:the\s+)?\p{Lu}[^,]*|\s+for\s+\p{Ll}+)?$/iu;

/** The person named first in tokens [first, end) at the sentence's start or after its introduction's comma (a title before the name allowed). */
function personAfterIntroduction(view: View, first: number, end: number): View['mentions'][number] | undefined {
  const toks = view.toks;
  const comma = toks.slice(first, end).findIndex((t) => t.word === ',');
  for (const from of comma >= 0 ? [first, first + comma + 1] : [first]) {
    const m = mentionsIn(view, toks[from]!.start, toks[Math.min(end, from + 6) - 1]!.end).find((x) => typeOf(view, x.entity) === 'PERSON');
    if (m) return m;
  }
  return undefined;
}

/**
 * The person who opens one of the next two sentences as the subject of a reporting verb ("…, their
 * MP has said. Harriet Moorcroft said families …"), else null. `afterIntroduction`: the person may
 * follow an introduction's comma, or open the sentence named there for the first time.
 */
function personNamedNext(view: View, b: number, afterIntroduction = false): Ref | null {
  const s = view.toks[b]!.sentence;
  for (let n = s + 1; n <= s + 2; n++) {
    const span = view.sentenceTokens[n];
    if (!span) break;
    // "Testifying before the committee, U.S. Trade Representative Douglas Pratt said": past an introduction.
    const m = afterIntroduction ? personAfterIntroduction(view, span.first, span.end) : view.mentions[lowerBound(view.mentions, view.toks[span.first]!.start)];
    if (!m || (m.start !== view.toks[span.first]!.start && !afterIntroduction) || typeOf(view, m.entity) !== 'PERSON') continue;
    // "Álvaro Quintanilla Robles, 58, spent four hours …": someone named for the first time to open the sentence.
    // "Sir Anthony Greaves, 66, appeared …": a title before the name, too.
    let named = span.first;
    while (named < span.end - 1 && UPPER_START.test(view.toks[named]!.word) && ROLE_WORDS.has(view.toks[named]!.lower)) named++;
    if (afterIntroduction && m.start === view.toks[named]!.start && m.entity.mentions.every((x) => x.field || x.start >= m.start)) return refOf(view, m.entity);
    const after = lowerBound(view.toks, m.end);
    for (let k = after; k < Math.min(span.end, after + 3); k++) if (VERB_LEMMAS_LOWER.has(view.toks[k]!.lower)) return refOf(view, m.entity);
  }
  return null;
}

function regionSpeaker(view: View, a: number, b: number, personOnly: boolean, nearestEnd: boolean): Ref | null {
  const toks = view.toks;
  // "Neighbouring Moldova's foreign ministry": an adjective before a country's name says where it is, not who.
  while (a <= b && (/^[,;:—–(]$/.test(toks[a]!.word) || (a < b && (LEADING_ADVERBS.has(toks[a]!.lower) || (/^(?:neighbouring|neighboring)$/.test(toks[a]!.lower) && UPPER_START.test(toks[a + 1]!.word)))))) a++;
  while (b >= a && /^[,;:—–)]$/.test(toks[b]!.word)) b--;
  // "KRAMATORSK, Ukraine, April 2 - Russia's defence ministry said": past a dateline, or its tail
  // after a comma ("April 2 - …", "Ukraine - …").
  if (a < b && (a === 0 || toks[a - 1]!.sentence !== toks[a]!.sentence) && /^\p{Lu}{2}/u.test(toks[a]!.word)) a = datelineEnd(view, a, b);
  for (let k = a + 1; k < b && k - a <= 4; k++) {
    if (!/^[-–—]$/.test(toks[k]!.word)) {
      if (!/^(?:\p{Lu}|\d)/u.test(toks[k]!.word)) break;
      continue;
    }
    if (/^(?:\p{Lu}|\d)/u.test(toks[a]!.word) && toks[k - 1]!.end < toks[k]!.start && toks[k]!.end < toks[k + 1]!.start) a = k + 1;
    break;
  }
  // "An Instagram post said": a platform is not who posted.
  if (b - a <= 2 && /^(?:a|an|the|one)$/.test(toks[a]!.lower) && /^(?:post|posts|video|tweet|message|story|reel)$/.test(toks[b]!.lower) && PLATFORMS.test(toks[b - 1]!.word)) return null;
  // "Two U.S. senators on Tuesday demanded …" in the lede, then "Senators A and B wrote": the pair.
  const counted = countedInLede(view, a);
  if (counted) return counted;
  // "The owner of the Tap Room, who asked not to be named, said": the named business speaks (rules §4.2).
  {
    const h = DETERMINERS.has(toks[a]?.lower ?? '') ? a + 1 : a;
    if (h < b && OWNERS.test(toks[h]!.lower) && toks[h + 1]?.lower === 'of') {
      // "The owner of the Carrick Falls Riveters said" in a lede, then "Dennis Hollowell, who bought the club, …": the person named next.
      const lede = ledeSentence(view);
      const named = toks[a]!.sentence === lede ? speakerNamedIn(view, lede + 1, lede + 1, toks[h]!.lower) : null;
      if (named) return named;
      // Places are no speaker mentions: look among all entities ("the Tap Room" is typed a place).
      const from = toks[h + 1]!.end;
      const owned = view.doc.entities.find((e) => /^(?:ORG|LOC)$/.test(typeOf(view, e)) && e.mentions.some((m) => !m.field && m.start > from && m.end <= toks[b]!.end && lowerBound(toks, m.start) <= h + 3));
      if (owned) return refOf(view, owned);
    }
  }
  a = pastLeadingPhrases(view, a, b);
  if (a > b) return null;
  const headline = headlineBody(view, a, b);
  if (headline) return headline;
  // "all 34 bishops of the Tanzania Episcopal Conference": every member of a body is the body.
  if (toks[a]!.lower === 'all') {
    const of = DIGIT_START.test(toks[a + 1]?.word ?? '') || COUNT_WORDS.test(toks[a + 1]?.word ?? '') ? a + 3 : a + 2;
    if (of < b && toks[of]!.lower === 'of' && /^\p{Ll}+s$/u.test(toks[of - 1]!.word)) {
      const body = speakerOfRegion(view, of + 1, b);
      const entity = body?.entity ? view.entityById.get(body.entity) : undefined;
      if (entity && typeOf(view, entity) === 'ORG') return body;
    }
  }
  // "Lawyers for Mwakyusa said": a person's lawyers speak for themselves, unnamed (rules §4.3); a body's speak for it.
  if (/^(?:lawyers|attorneys|solicitors)$/.test(toks[a]!.lower) && toks[a + 1]?.lower === 'for' && a + 2 <= b) {
    const client = mentionsIn(view, toks[a + 2]!.start, toks[b]!.end)[0];
    if (!client || typeOf(view, client.entity) === 'PERSON') return null;
  }

  // "A Hong Kong-based fund manager who holds Dongfang Yue bonds": names in a relative clause after an unnamed head speak not.
  if (/^(?:a|an|one|another)$/.test(toks[a]!.lower)) {
    for (let k = a + 2; k <= b; k++) {
      if (!/^(?:who|whose)$/.test(toks[k]!.lower)) continue;
      // Not "a 58-year-old vendor who gave her name only as Pansy".
      const clause = view.text.slice(toks[k]!.start, toks[b]!.end);
      if (LOWER_START.test(toks[k - 1]!.word) && !/\b(?:name|named|identified|known|called)\b/.test(clause) && !mentionsIn(view, toks[k]!.start, toks[b]!.end).some((m) => typeOf(view, m.entity) === 'PERSON')) b = k - 1;
      break;
    }
  }
  // "two unions, the X (FALTU) and the smaller Y" … "according to the unions": the bodies counted there.
  if (b === a + 1 && /^(?:the|both)$/.test(toks[a]!.lower) && COUNTED_KINDS.test(toks[b]!.lower)) {
    const counted = countedBodies(view, toks[b]!.lower, toks[a]!.start);
    if (counted) return counted;
  }
  // "A post on the store's Facebook page": the page's owner speaks, not the platform.
  if (b - a >= 4 && PAGES.test(toks[b]!.lower) && /^(?:post|posts|message|messages|statement|video|update|note|tweet|comment|comments)$/.test(toks[DETERMINERS.has(toks[a]!.lower) ? a + 1 : a]!.lower)) {
    const k = toks.slice(a, b).findIndex((t) => POSSESSIVE.has(t.word)) + a;
    let o = k - 1;
    while (o > a && !/^(?:on|of|in|to)$/.test(toks[o - 1]!.lower)) o--;
    if (k > a && o > a && b - k <= 3) return speakerOfRegion(view, o, k - 1);
  }
  // "The chief executive of Severnvale Water has admitted …" in the lede, then "Graham Ashdown said":
  // the person named next holds the role.
  if (toks[a]!.lower === 'the') {
    const of = roleOfEnd(toks, a, b);
    const role = of > 0 ? of - 1 : roleAfterBody(toks, a, b);
    const named = role > 0 ? ledePerson(view, toks[role]!.lower, toks[a]!.start) : null;
    if (named) return named;
    const titled = roleThenName(view, a, b);
    if (titled) return titled;
  }
  // "Sen. Priscilla Haddad, R-Iowa, …": a lawmaker's party and state name nobody.
  if (b - a <= 4 && PARTY_STATE.test(view.text.slice(toks[a]!.start, toks[b]!.end))) return null;
  if (a === b && PRONOUNS[toks[a]!.lower]) return pronounSpeaker(view, toks[a]!.word, toks[a]!.start);
  // "the EU's statistics agency, Eurostat, said", "the EU's statistics office Eurostat said": a body
  // named after its description.
  // "The company, Hollerbach … GmbH of Rosenheim, said": past the place the body is of.
  const place = view.mentions[lowerBound(view.mentions, toks[b]!.end) - 1];
  const of = place && place.end === toks[b]!.end && /^(?:GPE|LOC)$/.test(typeOf(view, place.entity)) ? lowerBound(toks, place.start) - 1 : -1;
  const seat = of - 1 > a + 2 && toks[of]!.lower === 'of' ? of - 1 : b;
  const appositive = seat > a + 2 && /^(?:the|a|an)$/.test(toks[a]!.lower) ? view.mentions[lowerBound(view.mentions, toks[seat]!.end) - 1] : undefined;
  if (appositive && appositive.end === toks[seat]!.end && typeOf(view, appositive.entity) === 'ORG') {
    const before = lowerBound(toks, appositive.start) - 1;
    const noun = toks[before]?.word === ',' ? before - 1 : before;
    let plain = noun > a && LOWER_START.test(toks[noun]!.word) && ORG_NOUNS.has(toks[noun]!.lower);
    for (let k = a + 1; plain && k < noun; k++) plain = !PREPOSITIONS.has(toks[k]!.lower);
    if (plain) return refOf(view, appositive.entity);
  }
  // "The Saudi-led coalition said": a body named by who leads it, not the leader.
  {
    const h = /^(?:the|a|an)$/.test(toks[a]!.lower) ? a + 1 : a;
    if (b - h >= 3 && b - h <= 4 && BODY_KINDS.has(toks[b]!.lower) && toks[b - 2]?.word === '-' && /^(?:led|backed|run|owned)$/.test(toks[b - 1]!.lower) && toks.slice(h, b - 2).every((t) => UPPER_START.test(t.word))) {
      const named = view.doc.entities.find((e) => typeOf(view, e) === 'ORG' && e.name.includes(' ') && nameHas(e.name, toks[b]!.lower));
      return named ? refOf(view, named) : { name: view.text.slice(toks[h]!.start, toks[b]!.end) };
    }
  }
  // "state-run MRTV television reported": a broadcaster or paper the entity stage missed, named before its kind.
  if (b > a && MEDIA_KINDS.test(toks[b]!.lower) && ACRONYM.test(toks[b - 1]!.word) && (b - 1 === a || LOWER_START.test(toks[b - 2]!.word)) && !mentionsIn(view, toks[b - 1]!.start, toks[b - 1]!.end).length) {
    return { name: toks[b - 1]!.word };
  }
  // "An ITV spokeswoman said": an acronym the entity stage missed, speaking through its spokesperson.
  if (b === a + 2 && /^(?:a|an|the)$/.test(toks[a]!.lower) && ACRONYM.test(toks[a + 1]!.word) && VOICES.has(toks[b]!.lower) && !mentionsIn(view, toks[a + 1]!.start, toks[a + 1]!.end).length) {
    const named = view.doc.entities.find((e) => typeOf(view, e) === 'ORG' && initials(e.name) === toks[a + 1]!.word);
    return named ? refOf(view, named) : { name: toks[a + 1]!.word };
  }
  // "a NSW Ambulance spokesperson said", "A Treasury spokeswoman": a body's name the entity stage read as a place, or missed.
  if (b > a + 1 && /^(?:a|an|the)$/.test(toks[a]!.lower) && VOICES.has(toks[b]!.lower) && LOWER_START.test(toks[b]!.word) && toks.slice(a + 1, b).every((t) => UPPER_OR_DIGIT_START.test(t.word) || /^(?:of|&)$/.test(t.word)) && UPPER_START.test(toks[b - 1]!.word)) {
    const inside = mentionsIn(view, toks[a + 1]!.start, toks[b - 1]!.end);
    // "A Rovers spokesman" after "Ashford Rovers": the body with that word; "a Faroese spokesman" names none.
    const one = b === a + 2 && inside.length === 0;
    const named = one ? view.doc.entities.find((e) => typeOf(view, e) === 'ORG' && nameHas(e.name, toks[a + 1]!.lower)) : undefined;
    if (named) return refOf(view, named);
    const people = one && (demonymAt(view, a + 1) || /(?:ese|ish|ian|i)$/.test(toks[a + 1]!.lower));
    if (!people && (inside.length === 0 || (inside.length === 1 && typeOf(view, inside[0]!.entity) !== 'PERSON' && typeOf(view, inside[0]!.entity) !== 'ORG' && (inside[0]!.start > toks[a + 1]!.start || inside[0]!.end < toks[b - 1]!.end)))) {
      return { name: view.text.slice(toks[a + 1]!.start, toks[b - 1]!.end) };
    }
  }
  // "The two lenders said", "both companies said": the two organisations named just before.
  if (b - a <= 3 && BODY_PAIR_WORDS.test(view.text.slice(toks[a]!.start, toks[b]!.end))) {
    // The two that spoke last, jointly ("X and Britain's Y warned …. the two agencies said").
    const recent = lastSpeaker(view, toks[a]!.start);
    if (recent && !recent.entity && recent.ref.name.split(' and ').length === 2) return recent.ref;
    const pair = bodiesBefore(view, toks[a]!.start);
    if (pair) return pair;
  }
  // "the couple said", "both sides said": the two named together before.
  if (b - a <= 3 && PAIR_WORDS.test(view.text.slice(toks[a]!.start, toks[b]!.end))) {
    const pair = jointBefore(view, toks[a]!.start, /^(?:sides|countries)$/.test(toks[b]!.lower));
    if (pair) return pair.ref;
  }
  // "the liquidators said" after "A and B of X were appointed as its liquidators": the pair introduced so.
  if (b === a + 1 && toks[a]!.lower === 'the' && /^\p{Ll}[\p{Ll}-]+s$/u.test(toks[b]!.word)) {
    const pair = pairIntroducedAs(view, toks[b]!.word, toks[a]!.start);
    if (pair) return pair;
  }
  // "the Saudi delegation told": a country's delegation speaks for the country (rules §4.2).
  if (b > a && b - a <= 2 && toks[b]!.lower === 'delegation' && demonymAt(view, b - 1) && (a === b - 1 || DETERMINERS.has(toks[a]!.lower))) {
    const w = toks[b - 1]!.word;
    const country = view.kb?.lookup(w).find((e) => e.demonyms?.includes(w));
    const entity = country ? view.doc.entities.find((e) => e.kb === country.id) : undefined;
    if (country) return entity ? refOf(view, entity) : { name: country.name };
  }
  // "the Rashtriya Samta Dal (RSD) leader said": the person named before with that role, not the party.
  if (b > a && ROLE_WORDS.has(toks[b]!.lower) && !VOICES.has(toks[b]!.lower)) {
    let k = b - 1;
    while (k > a && b - k <= 8 && (UPPER_START.test(toks[k]!.word) || /^[()]$/.test(toks[k]!.word))) k--;
    const named = toks[k]!.lower === 'the' && k < b - 1 && (k === a || toks[k - 1]!.word === ',') && !mentionsIn(view, toks[k + 1]!.start, toks[b - 1]!.end).some((m) => typeOf(view, m.entity) === 'PERSON');
    const holder = named ? describedEntity(view, ['the', toks[b]!.lower], toks[k]!.start) : undefined;
    if (holder && typeOf(view, holder) === 'PERSON') return refOf(view, holder);
  }
  // "the SP said" after "Superintendent of Police (SP) Alok Kumar Tiwari": the person whose role it abbreviates.
  if (b > a && toks[b - 1]!.lower === 'the' && ACRONYM.test(toks[b]!.word) && (b - 1 === a || toks[b - 2]!.word === ',')) {
    const holders = view.doc.entities.filter((e) => typeOf(view, e) === 'PERSON' && e.roles.some((r) => initials(r.title) === toks[b]!.word));
    if (holders.length === 1) return refOf(view, holders[0]!);
    // "the DCI said" after "the Directorate of Criminal Investigations (DCI)": the body it names, though a title reads the same.
    const body = view.doc.entities.find((e) => typeOf(view, e) === 'ORG' && e.mentions.some((m) => m.text === toks[b]!.word));
    if (body) return refOf(view, body);
  }
  // "the 62-year-old said", "the mother of three added": the person who spoke last.
  if (b - a <= MAX_DESCRIPTION_TOKENS && toks[a]!.lower === 'the') {
    const description = PERSON_DESCRIPTION.exec(view.text.slice(toks[a]!.start, toks[b]!.end));
    // "The two-year-old company says": a body described by its age is the body.
    const body = description?.[1] !== undefined && ORG_NOUNS.has(description[1].toLowerCase()) ? describedEntity(view, ['the', description[1].toLowerCase()], toks[a]!.start) : undefined;
    if (body) return refOf(view, body);
    // "The 31-year-old told rescuers" after "31-year-old Marcus Lindgren": the person given that age.
    const aged = description ? personOfAge(view, description[0], toks[a]!.start) : undefined;
    if (aged) return refOf(view, aged);
    // "The 56-year-old general added": the one holding that title ("Major General Stefano Rinaldi").
    const role = description?.[1]?.toLowerCase();
    const held = role && ROLE_WORDS.has(role) ? describedEntity(view, ['the', role], toks[a]!.start) : undefined;
    if (held && typeOf(view, held) === 'PERSON' && titled(view, held, role!)) return refOf(view, held);
    if (description) return describedSpeaker(view, toks[a]!.start, (description[1] ?? description[2])?.toLowerCase());
    // "the midfielder said", "the former Wales midfielder said", "the Czech said": a person named
    // just before, unless someone named earlier holds that role.
    const epithet = EPITHET.exec(view.text.slice(toks[a]!.start, toks[b]!.end));
    // "the retired joiner said": any noun for a person after "retired", "former" or "veteran".
    const described = epithet && (PERSON_NOUNS.has(epithet[1]!) || (/\b(?:retired|former|veteran)\s/.test(epithet[0]) && !ORG_NOUNS.has(epithet[1]!) && !DOCUMENT_NOUNS.test(epithet[1]!)));
    if (described || (a + 1 === b && demonymAt(view, a + 1)) || LAWMAKER_EPITHET.test(view.text.slice(toks[a]!.start, toks[b]!.end))) {
      const held = describedEntity(view, words(view, a, b), toks[a]!.start);
      if (held && typeOf(view, held) === 'PERSON') return refOf(view, held);
      // "said one resident, a 34-year-old trader who asked not to be named" … "the trader said": still nobody named.
      if (epithet && unnamedBefore(view, epithet[1]!, toks[a]!.start)) return null;
      return describedSpeaker(view, toks[a]!.start, epithet?.[1]);
    }
  }
  // "One MP", "Some of the protesters Wikinews interviewed", "Several": unnamed people (rules §4.3).
  // "Several Centre Party MPs": a count of people a party or body has.
  if (QUANTIFIERS.has(toks[a]!.lower) && !OWN_WORDS.test(toks[a + 1]?.lower ?? '') && (a === b || toks[a + 1]!.lower === 'of' || ROLE_WORDS.has(toks[a + 1]!.lower) || LOWER_START.test(toks[a + 1]!.word) || countsPeople(toks, a + 1, b))) return null;
  const start = toks[a]!.start;
  const end = toks[b]!.end;
  // The head: the first word that is not a determiner.
  let h = a;
  while (h < b && DETERMINERS.has(toks[h]!.lower)) h++;
  // "provisional figures from X", "early estimates from X": past adjectives before a noun for data.
  for (let k = h; k < Math.min(b, h + 2); k++) {
    if (!LOWER_START.test(toks[k]!.word) || PREPOSITIONS.has(toks[k]!.lower) || DATA_HEADS.test(toks[k]!.lower)) break;
    if (DATA_HEADS.test(toks[k + 1]!.lower) && /^(?:from|by|of)$/.test(toks[k + 2]?.lower ?? '')) {
      h = k + 1;
      break;
    }
  }
  const headMention = view.mentions[lowerBound(view.mentions, toks[h]!.start)];
  const opening = h === 0 || toks[h - 1]!.sentence !== toks[h]!.sentence;
  // "Members of the House of Commons": a plural noun opening the sentence, then "of" (a group, not a name).
  const pluralOf = opening && /[^s']s$/.test(toks[h]!.lower) && toks[h + 1]?.lower === 'of' && (headMention?.start !== toks[h]!.start || typeOf(view, headMention.entity) === 'NORP');
  // "Associates of Navalny alleged": unnamed people of a person are not that person (rules §4.3).
  if (pluralOf && !VOICES.has(toks[h]!.lower) && !PROXY_HEADS.has(toks[h]!.lower) && personAt(view, h + 2, b)) return null;
  const headIsName = headMention?.start === toks[h]!.start && !pluralOf;
  // "Diplomats in Brussels said": a plural noun opening the sentence, no name, is generic too,
  // and the place they are in is not the speaker.
  const pluralOpener = opening && /^\p{Lu}\p{Ll}+[^s'’]s$/u.test(toks[h]!.word);
  const noun = toks[h]!.lower;
  // "The board of the Hospital de São Vicente de Paulo confirmed": a body's governing organ speaks for it.
  if (ORGANS.test(noun) && toks[h + 1]?.lower === 'of') {
    const at = toks[toks[h + 2]?.lower === 'the' ? h + 3 : h + 2];
    const owner = at ? view.mentions[lowerBound(view.mentions, at.start)] : undefined;
    if (owner && owner.start === at!.start && typeOf(view, owner.entity) === 'ORG') return refOf(view, owner.entity);
  }
  const genericNoun = !PROXY_HEADS.has(noun) && !VOICES.has(noun) &&
    (LOWER_START.test(toks[h]!.word) || pluralOpener || (opening && !ROLE_WORDS.has(noun) && (pluralOf || COMMON_WORDS.has(noun) || writtenLowercase(view, noun))));
  const genericHead = !headIsName && (genericNoun || (pluralOpener && /^(?:in|of|from)$/.test(toks[h + 1]?.lower ?? '')));
  // "At Carrick Partners, analysts led by Priya Raman said": the firm that opens the sentence.
  if (ANALYSTS.test(toks[h]!.lower) && toks[h + 1]?.lower !== 'at') {
    const open = view.sentenceTokens[toks[h]!.sentence]?.first ?? h;
    const firm = toks[open]!.word === 'At' ? view.mentions[lowerBound(view.mentions, toks[open + 1]?.start ?? 0)] : undefined;
    if (firm && firm.start === toks[open + 1]!.start && firm.end < toks[h]!.start && typeOf(view, firm.entity) === 'ORG' && view.text.slice(firm.end, toks[h]!.start).trim() === ',') return refOf(view, firm.entity);
  }
  // "Analysts at Pemberton Hale … said …" then "the analysts, led by Carmen Yiu, wrote": the same firm.
  if (ANALYSTS.test(toks[h]!.lower) && h === a + 1 && toks[a]!.lower === 'the' && toks[h + 1]?.lower !== 'at') {
    const firm = firmOfAnalysts(view, toks[h]!.lower, toks[a]!.start);
    if (firm) return firm;
  }
  // "Analysts at brokerage Andes Capital wrote in a note": analysts speak for the firm they work at.
  if ((ANALYSTS.test(toks[h]!.lower) || researchersAtFirm(view, h, b)) && toks[h + 1]?.lower === 'at' && h + 2 <= b) {
    // The firm's name ends before "led by …", "including …" ("strategists at Meridian Hale led by Priya Ramdas").
    let k = h + 2;
    while (k <= b && !FIRM_PHRASE_END.test(toks[k]!.lower)) k++;
    // A firm named like a person ("Analysts at Morrow Lindqvist") is a firm here.
    const firm = mentionsIn(view, toks[h + 2]!.start, toks[k - 1]!.end).find((m) => /^(?:ORG|LOC|PERSON)$/.test(typeOf(view, m.entity)));
    if (firm && typeOf(view, firm.entity) === 'PERSON') return { name: firm.entity.name };
    if (firm) return refOf(view, firm.entity);
    // "analysts at the consultancy": the firm named before as one.
    if (k === h + 4 && DETERMINERS.has(toks[h + 2]!.lower) && LOWER_START.test(toks[h + 3]!.word)) {
      const e = describedEntity(view, ['the', toks[h + 3]!.lower], toks[a]!.start);
      if (e && typeOf(view, e) === 'ORG') return refOf(view, e);
    }
    // A firm's name the entity stage read as a place ("Meridian Hale").
    if (k > h + 2 && toks.slice(h + 2, k).every((t) => UPPER_OR_DIGIT_START.test(t.word) || /^(?:&|of|and)$/.test(t.lower))) return { name: view.text.slice(toks[h + 2]!.start, toks[k - 1]!.end) };
  }
  // "Nils-Erik Haagenrud of Rogaland Fire and Rescue": a person's name the entity stage missed,
  // then the body the person belongs to.
  {
    let k = a;
    // Name words, hyphenated ones included ("Nils-Erik Haagenrud").
    while (k <= b && k - a < 5 && (NAME_WORD.test(toks[k]!.word) || (HYPHEN.test(toks[k]!.word) && toks[k]!.start === toks[k - 1]?.end && UPPER_START.test(toks[k + 1]?.word ?? '')))) k++;
    const first = k - a >= 2 ? view.text.slice(toks[a]!.start, toks[Math.min(k - 1, a + 2)]!.end).split(/\s/)[0]! : '';
    if (k - a >= 2 && k < b && /^(?:of|from|at)$/.test(toks[k]!.lower) && (HYPHENATED_NAME.test(first) || genderOfFirstName(first, view.kb) !== undefined) && !mentionsIn(view, toks[a]!.start, toks[k - 1]!.end).some((m) => typeOf(view, m.entity) !== 'PERSON')) {
      const run = view.text.slice(toks[a]!.start, toks[k - 1]!.end);
      const known = mentionsIn(view, toks[a]!.start, toks[k - 1]!.end)[0];
      return known && known.start === toks[a]!.start ? refOf(view, known.entity) : known ? { entity: known.entity.id, name: run } : { name: run };
    }
  }
  // "Another report from the Mexican government", "Estimates by the Argentinian government": a
  // document speaks for whoever it is from.
  // "the decision of Moscow's Zarechensky District Court": a ruling speaks for the court that gave it.
  if (h + 2 <= b && (toks[h + 1]!.lower === 'from' || toks[h + 1]!.lower === 'by' || (toks[h + 1]!.lower === 'of' && RULINGS.test(toks[h]!.lower))) && (OWN_WORDS.test(toks[h]!.lower) || RULINGS.test(toks[h]!.lower))) return speakerOfRegion(view, h + 2, phraseEndIn(view, h + 2, b));
  // "A spokesperson for the council", "a spokesman for the forum": whom the voice speaks for (rules §4.2).
  // "the ambassadors of Britain and Canada": the countries, jointly.
  if (h + 2 <= b && (VOICES.has(toks[h]!.lower) || /^(?:ambassadors|envoys)$/.test(toks[h]!.lower)) && /^(?:for|of|from|at)$/.test(toks[h + 1]!.lower)) return speakerOfRegion(view, h + 2, b);
  // "The decree signed by the Pope": a document speaks for whoever signed or issued it.
  if (h + 3 <= b && (OWN_WORDS.test(toks[h]!.lower) || DOCUMENT_NOUNS.test(toks[h]!.lower)) && ISSUING.test(toks[h + 1]!.lower) && toks[h + 2]!.lower === 'by') return speakerOfRegion(view, h + 3, phraseEndIn(view, h + 3, b));
  // "box-office figures compiled by the trade group Broadway Metrics", "a criminal complaint filed
  // by X", "a news release from X": past the words before the document's noun.
  const agent = documentAgent(toks, h, b);
  if (agent > 0) {
    const last = phraseEndIn(view, agent, b);
    if (unnamedPerson(toks[last]!.word)) return null;
    const by = speakerOfRegion(view, agent, last);
    if (by) return by;
  }
  const governing = governmentOf(view, h, b) ?? countryBody(view, h, b) ?? seatedBody(view, h, b);
  if (governing) return governing;
  // "Brantley police said", "Police in Garut said": the force of that place the article names (rules §4.2), else nobody.
  const policeIn = toks[h]!.lower === 'police' && /^(?:in|from)$/.test(toks[h + 1]?.lower ?? '') && b - h <= 4;
  if ((toks[b]!.lower === 'police' && a < b && b - a <= 4) || policeIn) {
    const place = mentionsIn(view, start, toks[b]!.end).find((m) => /^(?:GPE|LOC)$/.test(typeOf(view, m.entity)));
    const name = place ? `${view.text.slice(place.start, place.end).toLowerCase()} ` : undefined;
    const force = name ? onlyBody(view, (e) => e.name.toLowerCase().startsWith(name) && FORCE_NAME.test(e.name)) : undefined;
    if (force) return refOf(view, force);
    if (policeIn) {
      const named = mentionsIn(view, start, toks[b]!.end).find((m) => FORCE_NAME.test(m.entity.name));
      return named ? refOf(view, named.entity) : null;
    }
  }
  const usable: MentionRef[] = [];
  let institution: Ref | null = null;
  let office: Ref | null = null;
  // After a generic head ("scientists from …", "a source within …") names are not the speaker.
  let ppFrom = Infinity;
  if (genericHead) {
    for (let k = h + 1; k <= b; k++) {
      // "Residents reached by AFP": the agent of a participle after the head is not the speaker either.
      if (PREPOSITIONS.has(view.toks[k]!.lower) && (view.toks[k]!.lower !== 'by' || ((/\p{Ll}ed$/u.test(view.toks[k - 1]!.word) || SEEN.test(view.toks[k - 1]!.word)) && !VERB_LEMMAS_LOWER.has(view.toks[k - 1]!.word)))) {
        ppFrom = view.toks[k]!.start;
        break;
      }
    }
  }
  // "a letter sent to the district and shared with Red Dirt Public Radio": who got a document did not write it.
  if (DOCUMENT_HEADS.test(toks[h]!.lower)) {
    for (let k = h + 1; k < b; k++) {
      if (RECEIVED.test(`${toks[k]!.lower} ${toks[k + 1]!.lower}`)) {
        ppFrom = Math.min(ppFrom, toks[k]!.start);
        break;
      }
    }
  }
  // "Baloch and Waseem's mother": names before a possessive with a noun after it only qualify it.
  let ownerBefore = -1;
  for (let k = b - 1; k >= a; k--) {
    if (POSSESSIVE.has(toks[k]!.word) && k + 1 <= b && LOWER_START.test(toks[k + 1]!.word) && !PROXY_HEADS.has(toks[k + 1]!.lower) && !VOICES.has(toks[k + 1]!.lower)) {
      let e = k + 1;
      while (e < b && LOWER_START.test(toks[e + 1]!.word)) e++;
      // "… Organization's chief veterinary officer" speaks for the organisation (see officerOfOrg).
      const officer = (ROLE_WORDS.has(toks[b]!.lower) || VOICES.has(toks[b]!.lower)) && mentionsIn(view, toks[a]!.start, toks[k]!.start).some((m) => m.end === toks[k]!.start && typeOf(view, m.entity) === 'ORG');
      // "Professor X of the University's medical school": a possessive inside a phrase after the head.
      let inPhrase = false;
      for (let i = h; i < k && !inPhrase; i++) inPhrase = PREPOSITIONS.has(toks[i]!.lower);
      // "the Parliament's official record": an adjective, then what the owner issues.
      // "The ASD's most recent annual cyber threat report": a document ending the subject after any modifiers.
      // "the Commission's preliminary findings": what the owner speaks through, after an adjective.
      const issued = (DOCUMENT_NOUNS.test(toks[e]!.lower) || /^(?:record|records|figures|data|statistics|estimates?|findings|analysis|survey|poll|projections?|count|tally|assessment)$/.test(toks[e]!.lower)) && (e <= k + 2 || e === b);
      // "Amnesty International's regional office": one word before what speaks for the owner.
      const proxied = e === b && e === k + 2 && OFFICES.has(toks[e]!.lower) && toks[e]!.lower !== 'team';
      if ((e === b || toks[e + 1]!.word === ',') && !officer && !inPhrase && !issued && !proxied) ownerBefore = toks[k]!.start;
      break;
    }
  }
  let seatEnd = -1;
  for (const m of mentionsIn(view, start, end)) {
    if (m.start >= ppFrom || m.start < ownerBefore || m.end <= seatEnd) continue;
    let k = lowerBound(toks, m.end);
    // "X's office" names X; "X's critics" does not.
    // A person's name with "of X's Institute" inside keeps the person ("Ted Scambos of CU Boulder's …").
    const personOfOrg = typeOf(view, m.entity) === 'PERSON' && k + 1 <= b && UPPER_START.test(toks[k + 1]!.word) && !OFFICES.has(toks[k + 1]!.lower);
    // "the Food and Agriculture Organization's chief veterinary officer": the organisation speaks (rules §4.2).
    const officerOfOrg = typeOf(view, m.entity) === 'ORG' && k < b && POSSESSIVE.has(toks[k]!.word) && (ROLE_WORDS.has(toks[b]!.lower) || VOICES.has(toks[b]!.lower)) && allLowerCase(toks, k + 1, b);
    if (k <= b && POSSESSIVE.has(toks[k]!.word) && !personOfOrg && !officerOfOrg) {
      let head = k + 1;
      while (head <= b && isCapitalised(toks[head]!.word) === false && !PROXY_HEADS.has(toks[head]!.lower) && head < k + 3) head++;
      if ((head > b || !PROXY_HEADS.has(toks[head]!.lower)) && DOCUMENT_NOUNS.test(toks[b]!.lower) && allLowerCase(toks, k + 1, b)) head = b;
      if (head > b || !PROXY_HEADS.has(toks[head]!.lower)) continue;
      // "Congo's Ministry of Mines": the ministry is named in its own right and speaks.
      const own = view.mentions[lowerBound(view.mentions, toks[head]!.start)];
      if (own && own.start === toks[head]!.start && typeOf(view, own.entity) === 'ORG') continue;
      if (OFFICES.has(toks[head]!.lower) && head === k + 1) {
        // "the Hollis County Sheriff's Office": a title as the holder, and capitalised words before
        // it, make one institution's name.
        let from = lowerBound(toks, m.start);
        const title = view.text.slice(m.start, m.end).toLowerCase().split(/\s+/).every((w) => ROLE_WORDS.has(w));
        while (title && capitalisedIn(toks, from - 1, a, b)) from--;
        office ??= from < lowerBound(toks, m.start) ? { name: view.text.slice(toks[from]!.start, toks[head]!.end) } : { entity: m.entity.id, name: view.text.slice(m.start, toks[head]!.end) };
        continue;
      }
    }
    // "the U.N. agency" after "the World Food Programme": a body of a known one, named before.
    if (k === b && m.start === toks[h]!.start && /^(?:agency|body)$/.test(toks[b]!.word) && m.entity.kb && typeOf(view, m.entity) === 'ORG') {
      const body = organisationBefore(view, m.start, m.entity);
      return body ? refOf(view, body) : null;
    }
    // "The Danish Coastal Rescue service": a name before a lower-case head of an organisation, as written.
    // "The NZR board said": an organisation's board speaks for it.
    if (k === b && m.start === toks[h]!.start && typeOf(view, m.entity) === 'ORG' && toks[b]!.word === 'board') return refOf(view, m.entity);
    if (k === b && m.start === toks[h]!.start && typeOf(view, m.entity) !== 'PERSON' && BODY_HEADS.test(toks[b]!.word)) return { name: view.text.slice(m.start, toks[b]!.end) };
    if (typeOf(view, m.entity) === 'NORP' || (typeOf(view, m.entity) === 'GPE' && INSTITUTION_HEADS.has(k <= b ? toks[k]!.lower : ''))) {
      const next = k <= b ? toks[k]!.lower : '';
      const next2 = k + 1 <= b ? `${next} ${toks[k + 1]!.lower}` : '';
      const portfolio = portfolioEnd(toks, k, b);
      if (INSTITUTION_HEADS.has(next2) || INSTITUTION_HEADS.has(next) || portfolio >= 0) {
        let last = INSTITUTION_HEADS.has(next2) ? k + 1 : INSTITUTION_HEADS.has(next) ? k : portfolio;
        // "the U.S. embassy in Beijing": the place where it sits is part of its name.
        const seat = toks[last + 1]?.lower === 'in' && last + 2 <= b ? view.mentions[lowerBound(view.mentions, toks[last + 2]!.start)] : undefined;
        if (seat && seat.start === toks[last + 2]!.start && seat.end <= end && typeOf(view, seat.entity) === 'GPE') {
          last = lowerBound(toks, seat.end) - 1;
          seatEnd = seat.end;
        }
        institution ??= (last === k ? namedInstitution(view, view.text.slice(m.start, m.end), toks[k]!.lower) : null) ?? { name: view.text.slice(m.start, toks[last]!.end) };
      }
      continue;
    }
    // "the London-based company", "the Austin, Texas-based company": a place in a compound
    // modifier only says where it is.
    if (basedIn(view, m)) continue;
    // "Health officials in Kampala said", "A Western diplomat in Pristina said": where unnamed people are is no speaker.
    const at = lowerBound(toks, m.start);
    // "A Calder first officer based in Denver": where someone unnamed works.
    const unnamed = UNNAMED_OFFICIALS.test(toks[at - 2]?.lower ?? '') || toks[at - 2]?.word === 'Police' || PLACED.test(toks[at - 2]?.lower ?? '') || (UNNAMED_ONE.test(toks[at - 2]?.lower ?? '') && /^(?:a|an|one|another)$/.test(toks[a]!.lower));
    if ((typeOf(view, m.entity) === 'GPE' || typeOf(view, m.entity) === 'LOC') && /^(?:in|from|across|at)$/.test(toks[at - 1]?.lower ?? '') && unnamed && at - 2 >= a) continue;
    // "US authorities", "Iranian officials": a country qualifying a group is not the speaker.
    // "US and Iraqi officials" too; not "Britain, France and Germany said".
    if ((typeOf(view, m.entity) === 'GPE' || typeOf(view, m.entity) === 'NORP') && k <= b && LOWER_START.test(toks[k]!.word) && !POSSESSIVE.has(toks[k]!.word) && (!/^(?:and|or)$/.test(toks[k]!.lower) || qualifiesNoun(view, k + 1, b))) continue;
    // "Jefferson Parish officials", "Interpol sources": any name qualifying unnamed officials (rules §4.3).
    if (k === b && UNNAMED_OFFICIALS.test(toks[k]!.word)) continue;
    // "a retired RAF engineer", "a BBC journalist", "A senior Hamas official", "A Reuters witness": a name qualifying someone not named.
    // "a senior Johannesburg Water manager": the rest of a name the entity stage cut short, then the noun.
    let n = k;
    while (n < b && UPPER_START.test(toks[n]!.word)) n++;
    if (n === b && /^(?:a|an|one)$/.test(toks[a]!.lower) && typeOf(view, m.entity) !== 'PERSON' && !VOICES.has(toks[n]!.lower) && (ROLE_WORDS.has(toks[n]!.lower) || UNNAMED_ONE.test(toks[n]!.word) || PERSON_NOUNS.has(toks[n]!.word) || /\p{Ll}(?:er|or|ist|ian|ant|ent)$/u.test(toks[n]!.word))) continue;
    usable.push(m);
  }
  // "… director of Amnesty International Man-kei Tam said": a name at the end of the subject
  // that the entity stage missed, after the last mention.
  if (nearestEnd) {
    const lastMention = usable[usable.length - 1];
    const from = lastMention ? lowerBound(toks, lastMention.end) : a;
    let k = b;
    while (k > from && (CAPITALISED.test(toks[k - 1]!.word) || (toks[k - 1]!.word === '-' && toks[k - 1]!.start === toks[k - 2]?.end))) k--;
    const run = view.text.slice(toks[k]!.start, toks[b]!.end);
    if (k > a && k >= from && CAPITALISED.test(toks[k]!.word) && UPPER_START.test(toks[b]!.word) && run.split(/\s+/).length >= 2 && !mentionsIn(view, toks[k]!.start, toks[b]!.end).length && (genderOfFirstName(run.split(/[\s-]+/)[0]!, view.kb) !== undefined || HYPHENATED_GIVEN_NAME.test(run))) {
      return { name: run };
    }
  }
  // "The Investigative Committee and the Federal Security Service (FSB) said": joint speakers.
  const joint = jointSpeakers(view, usable, a, b);
  if (joint) return joint;
  // A subject read backwards from its verb: the person nearest the verb ("El Paso's police chief
  // Greg Allen"); an agent read forwards: the first one.
  const people = usable.filter((m) => typeOf(view, m.entity) === 'PERSON');
  // "Pruitt spokesman Eli Strand": a spokesperson named after the person they speak for speaks.
  const named = people.length >= 2 && mentionsIn(view, people[0]!.end, people[1]!.start).length === 0 && VOICES.has(toks[lowerBound(toks, people[1]!.start) - 1]?.lower ?? '');
  const person = nearestEnd || named ? people[people.length - 1] : people[0];
  if (office && !person) return office;
  if (person) return byHonorific(view, person) ?? byElder(view, person) ?? titleHolder(view, person) ?? withRun(view, person, a, b) ?? refOf(view, person.entity);
  if (personOnly) return null;
  // "The pro-Kremlin Telegram channel Ostry Ugol": the name after the kind of body is the body.
  const apposed = usable.length > 1 ? usable[usable.length - 1]! : undefined;
  if (apposed && apposed.end === end && BODY_KINDS.has(toks[lowerBound(toks, apposed.start) - 1]!.word)) return refOf(view, apposed.entity);
  if (usable[0]) return withRun(view, usable[0], a, b) ?? refOf(view, usable[0].entity);
  if (institution) return institution;
  // "the German government" with no entity for "German": a capitalised qualifier and the institution.
  const unnamed = unnamedInstitution(view, h, b) ?? namedBody(view, h, b);
  if (unnamed) return unnamed;
  // "A spokesperson said", "the company spokeswoman": the organisation named last, if any (rules §4.2).
  if (VOICES.has(toks[b]!.lower) && LOWER_START.test(toks[b]!.word)) {
    // "Her spokeswoman said": the person the possessive stands for.
    if (b === a + 1 && /^(?:his|her)$/.test(toks[a]!.lower)) return pronounSpeaker(view, toks[a]!.lower === 'his' ? 'he' : 'she', start);
    const nouns = words(view, h, b - 1);
    // "A police spokeswoman": the force the article names, if it names one (rules §4.2).
    if (nouns.length === 1 && nouns[0] === 'police') {
      // "the police spokesperson" after "… Police Force spokesperson Stephen Mugisha": that person.
      const named = toks[a]!.lower === 'the' ? describedEntity(view, ['the', toks[b]!.lower], start) : undefined;
      if (named && typeOf(view, named) === 'PERSON') return refOf(view, named);
      const force = describedEntity(view, ['police'], start);
      return force ? refOf(view, force) : null;
    }
    if (nouns.every((w) => ORG_NOUNS.has(w) && w !== 'police')) {
      // "The spokesperson" may be one named before with that role ("the ministry spokesman, Ahmed Hafez"),
      // or the one brought in unnamed before ("A Frontex spokesperson said"), not one named later.
      let named = toks[a]!.lower === 'the' ? describedEntity(view, words(view, a, b), start) : undefined;
      if (named && mentionsBefore(named, start) === 0) {
        const earlier = unnamedVoiceBefore(view, a);
        if (earlier) return earlier;
        named = undefined;
      }
      const e = named ?? (nouns.length ? describedEntity(view, ['the', ...nouns], start) : organisationBefore(view, start));
      return e ? refOf(view, e) : null;
    }
    // "A hospital spokesman" after "Mid-South Children's Hospital", "A central bank spokeswoman"
    // after "the Bank of Ghana": a body named with that noun.
    const head = nouns[nouns.length - 1];
    if (head && nouns.length <= 2 && !ROLE_WORDS.has(head) && !nouns.some((w) => ROLE_WORDS.has(w))) {
      const e = describedEntity(view, ['the', ...nouns], start);
      if (e && typeOf(view, e) === 'ORG' && nameHas(e.name, head)) return refOf(view, e);
    }
  }
  // "The complaint, issued by the agency's regional office in Fort Worth, says".
  if (b > a && b - a < MAX_DOCUMENT_MODIFIERS) {
    const by = documentIssuedBy(view, a, Math.min(toks.length - 1, b + MAX_SUBJECT_TOKENS));
    if (by !== undefined) return by;
  }
  // "The statement also said", "a statement which said": who issued the statement — the speaker
  // already found around its first mention, else that sentence's subject.
  if ((DOCUMENT_NOUNS.test(toks[b]!.lower) || REVIEWS.test(toks[b]!.lower) || (toks[b]!.lower.endsWith('s') && DOCUMENT_NOUNS.test(toks[b]!.lower.slice(0, -1)))) && b - a <= 2 && /^(?:the|a|this|that)$/.test(toks[a]!.lower)) {
    const issuer = issuerOf(view, b);
    if (issuer) return issuer;
  }
  // "the indictment says", "according to the charge sheet": the prosecutors' document.
  if ((toks[b]!.lower === 'indictment' || (toks[b]!.lower === 'sheet' && toks[b - 1]?.lower === 'charge')) && b - a <= 2 && /^(?:the|this|that)$/.test(toks[a]!.lower)) return indictmentAuthor(view, b) ?? prosecutingOffice(view);
  // "The ruling stated", "the judges wrote": a court's document or bench speaks for the court named before, if any (rules §9.6).
  if ((COURT_DOCUMENTS.test(toks[b]!.lower) || /^(?:judges|justices)$/.test(toks[b]!.lower)) && allLowerCase(toks, a + 1, b) && b - a <= 2 && /^(?:the|its|this|that)$/.test(toks[a]!.lower)) {
    const court = describedEntity(view, ['the', 'court'], start);
    return court ? refOf(view, court) : null;
  }
  // "his surviving father": the relative the article names in apposition ("his father, Abdullah Kurdi").
  if (POSSESSIVE_PRONOUNS[toks[a]!.lower] && KIN.test(toks[b]!.lower) && allLowerCase(toks, a + 1, b)) {
    return kinNamed(view, toks[b]!.lower) ?? kinOfFamily(view, pronounSpeaker(view, POSSESSIVE_PRONOUNS[toks[a]!.lower]!, start), toks[b]!.lower);
  }
  // "its press release", "his statement": the pronoun's antecedent; "his legal team" are other people.
  const possessive = POSSESSIVE_PRONOUNS[toks[a]!.lower];
  if (possessive && a < b && toks[b]!.lower === 'team' && LEGAL.test(toks[b - 1]!.lower)) return null;
  // "His party called the arrest …" after "Jovičić, 52, … vice-president of the Serb Civic Union": the body a person's apposition names.
  if ((possessive === 'he' || possessive === 'she') && b === a + 1 && toks[b]!.lower === 'party') {
    const person = resolvePronoun(view, possessive, start);
    const party = person ? appositionBody(view, person, start) : undefined;
    if (party) return refOf(view, party);
  }
  if (possessive && a < b && (PROXY_HEADS.has(toks[b]!.lower) || OWN_WORDS.test(toks[b]!.lower))) {
    // "its"/"their" may be a body that spoke last, named only in the text (see pronounSpeaker).
    if (possessive === 'it' || possessive === 'they') return pronounSpeaker(view, possessive, toks[a]!.start);
    const e = resolvePronoun(view, possessive, toks[a]!.start);
    return e ? refOf(view, e) : null;
  }
  // "its chief executive warned" in a lede, then "chief executive Rowan Achterberg told": the one holder of the role.
  if (possessive && a < b && ROLE_WORDS.has(toks[b]!.lower) && allLowerCase(toks, a + 1, b)) {
    const e = describedEntity(view, ['the', ...words(view, a + 1, b)], start);
    if (e && typeOf(view, e) === 'PERSON') return refOf(view, e);
    return ledePerson(view, toks[b]!.lower, start);
  }
  // No entity: a pronoun at the end ("... underwear he"), a description, or an unknown name.
  const last = toks[b]!;
  // Not an object ("A person close to him").
  if (PRONOUNS[last.lower] && (b === a || !LETTER_START.test(toks[b - 1]!.word) || LOWER_START.test(toks[b - 1]!.word)) && !(b > a && (PREPOSITIONS.has(toks[b - 1]!.lower) || /^(?:him|them)$/.test(last.lower)))) {
    return pronounSpeaker(view, last.word, last.start);
  }
  // "a protester using the pseudonym Katya", "a man identified as John Smith".
  for (let k = h; k < b; k++) {
    if (/^(?:named|pseudonym|called|as)$/.test(toks[k]!.lower) && CAPITALISED.test(toks[k + 1]!.word) && (toks[k]!.lower !== 'as' || toks[k - 1]?.lower === 'identified')) {
      let e = k + 1;
      while (e + 1 <= b && UPPER_START.test(toks[e + 1]!.word)) e++;
      if (e === b) return { name: view.text.slice(toks[k + 1]!.start, toks[e]!.end) };
    }
  }
  const ws = words(view, h, b);
  const first = toks[a]!.lower;
  // "prosecutors said", "Federal prosecutors … alleging": the one prosecuting office the article names, else nobody.
  if (/^(?:prosecutors|prosecution)$/.test(toks[b]!.lower) && b - a <= 4) {
    if (a === b || (b === a + 1 && /^(?:federal|state|the)$/.test(first))) return prosecutingOffice(view);
    // "Romanian organised crime prosecutors said": the one body whose name holds their field ("Directorate for Investigating Organised Crime and Terrorism").
    const field = toks.slice(a, b).filter((t) => !/^(?:the|federal|state)$/.test(t.lower) && !(UPPER_START.test(t.word) && mentionsIn(view, t.start, t.end).length));
    if (field.length && field.every((t) => /^\p{Ll}+$/u.test(t.word))) {
      const bodies = view.doc.entities.filter((e) => typeOf(view, e) === 'ORG' && field.every((t) => e.name.toLowerCase().split(/[^\p{L}]+/u).includes(t.lower)));
      if (bodies.length === 1) return refOf(view, bodies[0]!);
    }
  }
  // "according to police": the force the article names, if it names one (rules §4.2).
  if (a === b && first === 'police') {
    const e = describedEntity(view, ws, start);
    return e ? refOf(view, e) : null;
  }
  const titleWords = ws.every((w) => DETERMINERS.has(w) || ROLE_WORDS.has(w));
  // "The hotel's website", "the company's spokesman": the owner, described in lower case, speaks.
  const owns = ws.findIndex((w) => POSSESSIVE.has(w));
  // "The president-elect's office": a hyphen glued inside the description.
  const glued = (i: number) => toks[h + i]!.word === '-' && toks[h + i]!.start === toks[h + i - 1]?.end && toks[h + i]!.end === toks[h + i + 1]?.start;
  // "the region's health authority": a place's own body speaks, described after the possessive.
  if (first === 'the' && owns === 1 && LOCAL_GOVERNMENTS.test(ws[0]!) && ORG_NOUNS.has(ws[ws.length - 1]!)) {
    const e = describedEntity(view, ws, start);
    if (e && ws.slice(2).every((w) => nameHas(e.name, w))) return refOf(view, e);
  }
  if (first === 'the' && owns > 0 && ws.slice(0, owns).every((w, i) => (LOWER_START.test(toks[h + i]!.word) || glued(i)) && !PRONOUNS[w])) {
    // "The company's works council said": its staff, owners or rivals speak for themselves.
    if (STAKEHOLDERS.test(ws[ws.length - 1]!)) return null;
    // "The guild's president, Theo Banerjee-Hall": the person named in apposition.
    const named = mentionsIn(view, toks[a]!.start, toks[b]!.end).find((m) => typeOf(view, m.entity) === 'PERSON' && toks[lowerBound(toks, m.start) - 1]?.word === ',');
    if (named) return refOf(view, named.entity);
    const e = describedEntity(view, ['the', ...ws.slice(0, owns).join(' ').replace(/ - /g, '-').split(' ')], start);
    // "the bloc's envoy insisted" in a lede, then "The envoy, Finnish diplomat Henrik Aaltonen, told": the person named next.
    return e ? refOf(view, e) : ROLE_WORDS.has(last.lower) && LOWER_START.test(last.word) ? ledePerson(view, last.lower, start) : null;
  }
  // "The government statement", "a fire service statement": the body described issued it.
  const issuedBy = DOCUMENT_NOUNS.test(last.lower) && /^(?:the|a|an)$/.test(first) ? ws.slice(0, -1) : [];
  if (issuedBy.length && ORG_NOUNS.has(issuedBy[issuedBy.length - 1]!) && issuedBy.every((w, i) => LOWER_START.test(toks[h + i]!.word) && !DETERMINERS.has(w) && !POSSESSIVE.has(w))) {
    const e = describedEntity(view, ['the', ...issuedBy], start);
    return e ? refOf(view, e) : writtenBody(view, issuedBy, start);
  }
  // "A Hong Kong judge on Monday ordered …, saying" in the lede, then "Madam Justice Vivian Szeto told": the person named next.
  if (/^(?:a|an)$/.test(first) && ROLE_WORDS.has(last.lower) && LOWER_START.test(last.word)) {
    const named = ledePerson(view, last.lower, start, last.start);
    if (named) return named;
  }
  // "their union said": the body the workers belong to, named before or just after.
  const theirs = first === 'their' && b === a + 1 && NAMED_BODY_HEADS.test(last.lower);
  if ((first === 'the' || theirs || POSSESSIVE.has(toks[Math.min(b, a + 1)]!.word)) && (LOWER_START.test(last.word) || titleWords)) {
    const e = describedEntity(view, ws, start);
    // "The rights group CELS said it had filed a complaint … "…," the group wrote": the body that
    // spoke last, when the one found was named after it began (in what it said).
    const recent = lastSpeaker(view, start);
    const eAt = e ? lastMentionBefore(view, e, start) : -1;
    // "Graywater Research, which disclosed a short position in Halloran, said …. The firm": a body named only in the text, too.
    const body = recent && (recent.entity ? typeOf(view, recent.entity) === 'ORG' : recent.ref.name.includes(' ') && (namesBody(recent.ref.name) || COMPANY_WORDS.has(recent.ref.name.split(' ').pop()!.toLowerCase()) || / Research$/.test(recent.ref.name)));
    if (e && recent && recent.entity !== e && ORG_NOUNS.has(last.lower) && body && eAt > recent.start && eAt < recent.end) return recent.ref;
    if (e) return refOf(view, e);
    // "the housing minister has admitted …" in the lede, then "Claire Ashdown said": the person named next.
    const described = ROLE_WORDS.has(last.lower) && LOWER_START.test(last.word) ? ledePerson(view, last.lower, start) : null;
    return described ?? (first === 'the' ? writtenBody(view, ws, start) ?? bodyThatSpoke(view, last.lower, start) : null);
  }
  // "news agency Fars", "student protester Joshua Wong": a description, then the name.
  if (LOWER_START.test(toks[h]!.word) && UPPER_START.test(last.word)) {
    let k = b;
    while (k > h && (UPPER_START.test(toks[k - 1]!.word) || /^[.&-]$/.test(toks[k - 1]!.word))) k--;
    // "a recent report by The Atlantic", "numbers reported by The Associated Press": the author.
    const byAuthor = toks[k - 1]?.lower === 'by' && k - 1 > h && /^(?:report|reports|reported|article|analysis|study|survey|numbers|figures|data|statement|investigation|poll|estimates?)$/.test(toks[k - 2]!.lower);
    // "al-Eryani": a particle joined by a hyphen opens the name; no description before it.
    const joinedParticle = toks[k]!.word === '-' && toks[k - 1]!.end === toks[k]!.start;
    if (k > h && !joinedParticle && LOWER_START.test(toks[k - 1]!.word) && (!PREPOSITIONS.has(toks[k - 1]!.lower) || byAuthor) && toks[k]!.start < ppFrom) {
      let named = view.text.slice(toks[k]!.start, end);
      if (genderOfFirstName(named.split(/\s+/)[0]!, view.kb) !== undefined) named = personName(named);
      const known = view.surnames.get(named.split(/\s+/).pop()!);
      return known ? refOf(view, known) : { name: named };
    }
  }
  const names = [];
  for (let i = h; i <= b; i++) {
    const w = toks[i]!.word;
    const domain = toks[i - 1]?.word === '.' && toks[i - 1]!.end === toks[i]!.start && DOMAIN.test(w);
    if (isCapitalised(w) || domain || /^[.&'’-]$/.test(w) || /^(?:of|for|and|de|al|el|bin|von|van|der|la|le|du|da)$/.test(w)) names.push(w);
    else return null;
  }
  if (names.length === 0) return null;
  // "On Wednesday", "of Wednesday": dates and prepositions are not speakers.
  const particleFirst = names[1] === '-' && /^(?:al|el|ad|ar|as|ash|bin|ibn|abu)$/.test(names[0]!) && toks[h]!.end === toks[h + 1]!.start;
  if ((!UPPER_START.test(names[0]!) && !particleFirst) || /^(?:On|In|At|During|After|Before|By|From|As)$/.test(names[0]!) || names.every((w) => MONTHS_AND_DAYS.test(w) || /^(?:of|for|and|On|In|At)$/.test(w))) return null;
  // One capitalised word opening a sentence is an ordinary word ("Officials", "There").
  const opensSentence = h === 0 || toks[h - 1]!.sentence !== toks[h]!.sentence || /^["“(]$/.test(toks[h - 1]!.word);
  if (names.every((w) => NUMERAL.test(w))) return null;
  // One capitalised word opening a sentence, unknown to the entity stage, is an ordinary word
  // ("Activists"); so is a plural noun of people anywhere ("Egyptologists", "Historians").
  // "Residents of Guadalupe", "Officials from Kent": people of a place, not named.
  if (names.length > 2 && /^(?:of|from|in)$/.test(names[1]!) && UNNAMED_OFFICIALS.test(names[0]!.toLowerCase())) return null;
  // "A MUM has told how …": a tabloid lede's word in capitals after an article is no acronym.
  if (names.length === 1 && ACRONYM.test(names[0]!) && /^(?:a|an)$/.test(toks[h - 1]?.lower ?? '')) return null;
  if (names.length === 1 && (PEOPLE_PLURAL.test(names[0]!) || (opensSentence && !ACRONYM.test(names[0]!) && !nameBeforeVerb(view, names[0]!, b)) || /^(?:The|A|An|It|This|That|There|Officials|Police|Authorities|Witnesses|Residents|Sources|Critics|Experts|Analysts|Reports|Researchers|Scientists)$/.test(names[0]!) || COMMON_WORDS.has(names[0]!.toLowerCase()) || writtenLowercase(view, names[0]!.toLowerCase()))) return null;
  // "Promoter Redline Live said": a noun for what a body does, capitalised only to open the sentence.
  const raw = view.text.slice(toks[opensSentence && names.length > 1 && BODY_KINDS.has(names[0]!.toLowerCase()) ? h + 1 : h]!.start, end);
  // "Ex-palace butler": half of a hyphenated word is no name.
  if (/[-‑]$/.test(raw)) return null;
  const written = looksLikeTitledPerson(raw) || genderOfFirstName(raw.split(/\s+/)[0]!, view.kb) !== undefined ? personName(raw) : raw;
  const surname = written.split(/\s+/).pop()!;
  const known = view.surnames.get(surname) ?? (written === surname ? respelledSurname(view, surname) : undefined);
  return known ? refOf(view, known) : { name: written };
}

/** "The Nepalese embassy in Riyadh": a body named in lower case and the place it sits in, which is not the speaker. */
function seatedBody(view: View, h: number, b: number): Ref | null {
  const toks = view.toks;
  const place = view.mentions[lowerBound(view.mentions, toks[b]!.end) - 1];
  if (!place || place.end !== toks[b]!.end || !/^(?:GPE|LOC)$/.test(typeOf(view, place.entity))) return null;
  const p = lowerBound(toks, place.start) - 1;
  const own = view.mentions[lowerBound(view.mentions, toks[h]!.start)];
  if (p - 1 <= h || toks[p]?.lower !== 'in' || (own && own.start === toks[h]!.start)) return null;
  return unnamedInstitution(view, h, p - 1);
}

/** "Ukraine's air force", "Russia's defence ministry": a country's body named in lower case, as written (rules §4.1). */
function countryBody(view: View, h: number, b: number): Ref | null {
  const toks = view.toks;
  const m = view.mentions[lowerBound(view.mentions, toks[h]!.start)];
  if (!m || m.start !== toks[h]!.start || typeOf(view, m.entity) !== 'GPE') return null;
  const k = lowerBound(toks, m.end);
  // "Myanmar's military government", "Brazil’s central bank": a body qualified in lower case, as written.
  // "Germany's foreign office", "Germany's statistics office".
  const body = MILITARY.test(toks[b]!.word) || (/^(?:ministry|government|junta|regime|bank|office)$/.test(toks[b]!.word) && k + 1 < b);
  if (k < b && POSSESSIVE.has(toks[k]!.word) && body && allLowerCase(toks, k + 1, b)) {
    // "Spain's agriculture ministry": the ministry the article names with that portfolio ("Ministerio de Agricultura, …").
    const named = toks[b]!.word === 'ministry' && portfolioEnd(toks, k + 1, b) === b ? namedMinistry(view, toks.slice(k + 1, b).map((t) => t.lower), m.entity) : null;
    return named ?? { name: view.text.slice(m.start, toks[b]!.end) };
  }
  // "Ukraine's General Staff": a capitalised name the entity stage left out, without the country's possessive.
  const named = k + 1 <= b && b - k <= MAX_BODY_NAME_WORDS && POSSESSIVE.has(toks[k]!.word) && toks.slice(k + 1, b + 1).every((t) => UPPER_START.test(t.word)) && !mentionsIn(view, toks[k + 1]!.start, toks[b]!.end).length;
  return named && ORG_HEADS.has(toks[b]!.lower) ? { name: view.text.slice(toks[k + 1]!.start, toks[b]!.end) } : null;
}

/** True when a person's name opens at token i (i <= b), past a determiner. */
function personAt(view: View, i: number, b: number): boolean {
  const k = DETERMINERS.has(view.toks[i]?.lower ?? '') ? i + 1 : i;
  const m = k <= b ? view.mentions[lowerBound(view.mentions, view.toks[k]!.start)] : undefined;
  return m !== undefined && m.start === view.toks[k]!.start && typeOf(view, m.entity) === 'PERSON';
}

/**
 * The one person whose surname the word spells with one letter changed, added or left out
 * ("Wasif" for "Sally Wasef", rules §4.1: the first full form wins), else undefined. A given
 * name is not a surname's second spelling.
 */
function respelledSurname(view: View, word: string): Entity | undefined {
  if (isGivenName(word.toLowerCase())) return undefined;
  let found: Entity | undefined;
  for (const [name, e] of view.surnames) {
    if (e === found || !respelled(name, word)) continue;
    if (found) return undefined;
    found = e;
  }
  return found;
}

/** Nouns of kinship ("his father", "her widower"). */
const KIN = /^(?:father|mother|son|daughter|wife|husband|brother|sister|uncle|aunt|grandfather|grandmother|widow|widower|stepfather|stepmother|nephew|niece|grandson|granddaughter)$/;

/**
 * The one person the article writes in apposition with a kin noun ("said his father, Abdullah
 * Kurdi", "Abdullah Kurdi, the boy's father"); null when none or several are.
 */
function kinNamed(view: View, kin: string): Ref | null {
  let found: Entity | undefined;
  for (const m of view.mentions) {
    if (typeOf(view, m.entity) !== 'PERSON' || m.entity === found || !writtenRole(view, m, kin)) continue;
    if (found) return null;
    found = m.entity;
  }
  return found ? refOf(view, found) : null;
}

/** True when another person of the document has the entity's family name. */
function sharesSurname(view: View, entity: Entity): boolean {
  const family = lastName(view, entity);
  return view.doc.entities.some((e) => e !== entity && typeOf(view, e) === 'PERSON' && e.name.includes(' ') && lastName(view, e) === family);
}
const lastName = (view: View, e: Entity) => (view.fullNames.get(e) ?? e.name).split(/\s+/).pop()!;

/**
 * "Mr. Kwiatkowski said" where a Dolores and a Stanley Kwiatkowski are named: the one person of that
 * family name whose gender fits the honorific, when the mention's own entity does not.
 */
function byHonorific(view: View, m: MentionRef): Ref | undefined {
  if (view.text.slice(m.start, m.end).includes(' ')) return undefined;
  const title = view.text.slice(Math.max(0, m.start - 6), m.start).trim().toLowerCase().split(/\s+/).pop() ?? '';
  const wanted = MALE_TITLES.has(title) ? 'male' : FEMALE_TITLES.has(title) ? 'female' : undefined;
  if (!wanted || genderOf(view, m.entity) === wanted || !sharesSurname(view, m.entity)) return undefined;
  const family = lastName(view, m.entity);
  const fits = view.doc.entities.filter((e) => typeOf(view, e) === 'PERSON' && e.name.includes(' ') && lastName(view, e) === family && genderOf(view, e) === wanted);
  return fits.length === 1 ? refOf(view, fits[0]!) : undefined;
}

/** "The Taoiseach said", the title tagged as a person: who holds it in the article. */
function titleHolder(view: View, m: MentionRef): Ref | undefined {
  const word = view.text.slice(m.start, m.end).toLowerCase();
  if (/\s/.test(word) || !ROLE_WORDS.has(word) || !/^the\s+$/i.test(view.text.slice(Math.max(0, m.start - 4), m.start))) return undefined;
  const holder = describedEntity(view, ['the', word], m.start);
  return holder && holder !== m.entity && typeOf(view, holder) === 'PERSON' ? refOf(view, holder) : undefined;
}

/**
 * "His father, Robert Dempsey, told … "…," the elder Dempsey said": of the people who share the
 * family name, the one named in full last before the mention.
 */
function byElder(view: View, m: MentionRef): Ref | undefined {
  if (!ELDER_BEFORE.test(view.text.slice(Math.max(0, m.start - 16), m.start)) || !sharesSurname(view, m.entity)) return undefined;
  const family = lastName(view, m.entity);
  for (let i = lowerBound(view.mentions, m.start) - 1; i >= 0; i--) {
    const x = view.mentions[i]!;
    if (x.end <= m.start && typeOf(view, x.entity) === 'PERSON' && x.entity.name.includes(' ') && lastName(view, x.entity) === family) return refOf(view, x.entity);
  }
  return undefined;
}
const ELDER_BEFORE = /\b(?:the|The)\s+(?:elder|younger)\s+$/;

const MALE_KIN = /^(?:father|son|husband|brother|uncle|grandfather|widower|stepfather|nephew|grandson)$/;

/**
 * "Rania Haddad … Her husband insisted": the one other person of the possessor's family name whose
 * gender does not contradict the kin noun; null when none or several are.
 */
function kinOfFamily(view: View, owner: Ref | null, kin: string): Ref | null {
  const person = owner?.entity ? view.entityById.get(owner.entity) : undefined;
  if (!person || typeOf(view, person) !== 'PERSON') return null;
  const family = lastName(view, person);
  const other = MALE_KIN.test(kin) ? 'female' : 'male';
  const fits = view.doc.entities.filter((e) => e !== person && typeOf(view, e) === 'PERSON' && e.name.includes(' ') && lastName(view, e) === family && genderOf(view, e) !== other);
  return fits.length === 1 ? refOf(view, fits[0]!) : null;
}

const ledes = new WeakMap<View, { head: string; at: number; person: Ref | null } | null>();

/**
 * The person a lede describes by a role before naming them ("The housing minister has admitted …
 * Speaking on BBC Radio 4, Claire Ashdown said"): for a description ending in `head` at or after
 * the lede, the person who speaks in one of the two sentences after it; null otherwise. An
 * indefinite description ("A Hong Kong judge") must be the lede's own (its head at `at`).
 */
function ledePerson(view: View, head: string, offset: number, at?: number): Ref | null {
  if (!ledes.has(view)) ledes.set(view, describedInLede(view));
  const lede = ledes.get(view);
  return lede && lede.head === head && offset >= view.toks[0]!.start && (at === undefined || at === lede.at) ? lede.person : null;
}

/**
 * "the (former) chief executive of Cascade Harbor Bank": the index of "of" after a lower-case role
 * word, when a capitalised name (with "the", "of", "and" inside) runs from it to token b; else -1.
 */
function roleOfEnd(toks: View['toks'], a: number, b: number): number {
  let k = a + 1;
  while (k < b && LOWER_START.test(toks[k]!.word) && toks[k]!.lower !== 'of') k++;
  if (k >= b || toks[k]!.lower !== 'of' || k === a + 1 || !ledeRole(toks[k - 1]!.lower) || VOICES.has(toks[k - 1]!.lower)) return -1;
  return pastDescribedBody(toks, k + 1, b + 1) === b + 1 && UPPER_START.test(toks[b]!.word) ? k : -1;
}

/** Past a body's name after a short lower-case description of it ("state energy group Sonatrach"), or past its name alone. */
function pastDescribedBody(toks: View['toks'], i: number, end: number): number {
  let j = i;
  while (j < end && j - i < 5 && (/^\p{Ll}+$/u.test(toks[j]!.word) || (toks[j]!.word === '-' && j > i)) && !PREPOSITIONS.has(toks[j]!.lower) && !DETERMINERS.has(toks[j]!.lower) && !/^(?:has|have|had|is|was|and|or|who|which|that|said|says|told)$/.test(toks[j]!.lower)) j++;
  return pastBodyName(toks, j > i && j < end && UPPER_START.test(toks[j]!.word) ? j : i, end);
}

/**
 * "The United Nations special envoy for Yemen": the index of the role word after a body's name,
 * with what it serves ("for Yemen", "to France") running to token b; else -1.
 */
function roleAfterBody(toks: View['toks'], a: number, b: number): number {
  let k = pastBodyName(toks, a + 1, b + 1);
  if (k === a + 1) return -1;
  while (k < b && LOWER_START.test(toks[k + 1]!.word) && !/^(?:of|for|to)$/.test(toks[k + 1]!.lower)) k++;
  if (!ROLE_WORDS.has(toks[k]?.lower ?? '') || (VOICES.has(toks[k]!.lower) && !POSTS.has(toks[k]!.lower)) || !LOWER_START.test(toks[k]!.word)) return -1;
  return k === b || (/^(?:of|for|to)$/.test(toks[k + 1]?.lower ?? '') && pastBodyName(toks, k + 2, b + 1) === b + 1) ? k : -1;
}

/** The first token from `i` (before `end`) that is neither capitalised nor a joiner inside a body's name ("the", "of", "and", "&"). */
function pastBodyName(toks: View['toks'], i: number, end: number): number {
  // "Bishops’ Conference": a plural possessive inside the name.
  while (i < end && (UPPER_START.test(toks[i]!.word) || /^(?:the|of|and|&)$/.test(toks[i]!.lower) || (/^['’]s?$/.test(toks[i]!.word) && toks[i]!.start === toks[i - 1]?.end && UPPER_START.test(toks[i + 1]?.word ?? '')))) i++;
  return i;
}

const DAY_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

function describedInLede(view: View): { head: string; at: number; person: Ref | null } | null {
  const toks = view.toks;
  const s = ledeSentence(view);
  const span = s === undefined ? undefined : view.sentenceTokens[s];
  if (!span) return null;
  const from = datelineEnd(view, span.first, span.end - 1);
  const person = mentionsIn(view, toks[from]!.start, toks[span.end - 1]!.end).find((m) => typeOf(view, m.entity) === 'PERSON');
  for (let i = from; i < span.end; i++) {
    const t = toks[i]!;
    // After a person named in the lede, only their own lawyer, agent, spokesman … ("Bellandi will appeal, his lawyer said").
    const owner = /^(?:his|her|their)$/.test(toks[i - 1]?.lower ?? '');
    if (!owner && person && person.start < t.end) continue;
    if (!ledeRole(t.lower) || t.word !== t.lower || (VOICES.has(t.lower) && !POSTS.has(t.lower)) || quotationAt(view, t.start)) continue;
    // "The chief executive of Severnvale Water has admitted": past the body the role is of.
    // "The United Nations special envoy for Yemen told": past where the role serves.
    let n = /^(?:of|for|to)$/.test(toks[i + 1]?.lower ?? '') ? pastDescribedBody(toks, i + 2, span.end) : i + 1;
    // "Cameroon's culture minister on Monday demanded": past when.
    if (toks[n]?.lower === 'on' && DAY_NAME.test(toks[n + 1]?.word ?? '')) n += 2;
    else if (/^(?:yesterday|today|tonight)$/.test(toks[n]?.lower ?? '')) n++;
    const next = toks[n]?.lower ?? '';
    // "the housing minister has admitted", "Kenya's energy minister has blamed": a described subject.
    // "its general manager told": of the body named before.
    const described = owner || toks.slice(Math.max(from, i - 4), i).some((x) => /^(?:the|a|an)$/.test(x.lower) || POSSESSIVE.has(x.word) || x.word === 'its');
    // "Sweden's justice minister on Monday defended a proposal …, saying": any verb in the past, where the lede names nobody.
    if (!described || (!VERB_LEMMAS_LOWER.has(next) && !/^(?:has|have|had|is|was)$/.test(next) && (person || !/^\p{Ll}{3,}ed$/u.test(toks[n]?.word ?? '')))) continue;
    return { head: t.lower, at: t.start, person: speakerNamedIn(view, s! + 1, s! + 2, t.lower) ?? roleHolderAfter(view, t.lower, toks[span.end - 1]!.end) };
  }
  return null;
}

/** The first person after `offset` written with the role `head` beside the name ("Bellandi's lawyer, Federica Guidotti", "lawyer Federica Guidotti"). */
function roleHolderAfter(view: View, head: string, offset: number): Ref | null {
  const before = new RegExp(String.raw`\b${head},?\s+$`, 'u');
  for (let i = lowerBound(view.mentions, offset); i < view.mentions.length; i++) {
    const m = view.mentions[i]!;
    if (typeOf(view, m.entity) === 'PERSON' && !quotationAt(view, m.start) && before.test(view.text.slice(Math.max(0, m.start - head.length - 2), m.start))) return refOf(view, m.entity);
  }
  return null;
}

/** A role a lede may describe someone by: a title word, or "the head", "the boss" of a body. */
/**
 * "the former head of the civil service Dame Margaret Fell": a role of a body, all in lower case,
 * then the person's name (a title allowed) with no comma between: the person ("the wife of the
 * president Donald Trump" is no role).
 */
function roleThenName(view: View, a: number, b: number): Ref | null {
  const toks = view.toks;
  const m = view.mentions[lowerBound(view.mentions, toks[b]!.end) - 1];
  if (!m || m.end !== toks[b]!.end || typeOf(view, m.entity) !== 'PERSON') return null;
  let q = lowerBound(toks, m.start) - 1;
  while (q > a && UPPER_START.test(toks[q]!.word) && ROLE_WORDS.has(toks[q]!.lower)) q--;
  const of = toks.findIndex((t, k) => k > a && k < q && t.lower === 'of');
  if (of < 0 || !ledeRole(toks[of - 1]!.lower) || VOICES.has(toks[of - 1]!.lower) || PREPOSITIONS.has(toks[q]!.lower) || DETERMINERS.has(toks[q]!.lower)) return null;
  for (let k = a + 1; k <= q; k++) if (!/^\p{Ll}+$/u.test(toks[k]!.word)) return null;
  return refOf(view, m.entity);
}

const ledeRole = (word: string): boolean => ROLE_WORDS.has(word) || word === 'head' || word === 'boss';

/**
 * The first person in sentences [first, last] followed within three tokens by a reporting verb,
 * or by an apposition with the role `head` and then the verb, outside quotations.
 */
function speakerNamedIn(view: View, first: number, last: number, head: string): Ref | null {
  for (let n = first; n <= last; n++) {
    const span = view.sentenceTokens[n];
    if (!span) break;
    // Sentences wholly inside a quotation are not counted ("“We are not asking for a loan. …,” X told").
    const inside = quotationAt(view, view.toks[span.first]!.start);
    if (inside && inside.end > view.toks[span.end - 1]!.end && last < first + MAX_QUOTED_SENTENCES) last++;
    for (const m of mentionsIn(view, view.toks[span.first]!.start, view.toks[span.end - 1]!.end)) {
      // Not "Bellandi's lawyer, …": an owner is not the one described.
      if (typeOf(view, m.entity) !== 'PERSON' || quotationAt(view, m.start) || /^['’]s\b/.test(view.text.slice(m.end, m.end + 3))) continue;
      // "Annelie Brandt, the UN Special Rapporteur …, presented her findings": the sentence opens with the person.
      if (m.start === view.toks[span.first]!.start) return refOf(view, m.entity);
      let after = lowerBound(view.toks, m.end);
      // "Lars Brekke, the team's founder and general manager, said": past the apposition naming the role.
      if (view.toks[after]?.word === ',') {
        let c = after + 1;
        while (c < span.end && c - after <= MAX_APPOSITION_TOKENS && view.toks[c]!.word !== ',') c++;
        // "Rachid Benamara, 56, told": past an age.
        if (view.toks[c]?.word === ',' && (view.toks.slice(after + 1, c).some((x) => x.lower === head) || (c === after + 2 && /^\d{1,3}$/.test(view.toks[after + 1]!.word)))) after = c + 1;
      }
      for (let k = after; k < Math.min(span.end, after + 3); k++) if (VERB_LEMMAS_LOWER.has(view.toks[k]!.lower)) return refOf(view, m.entity);
    }
  }
  return null;
}

/** Most tokens of an apposition between a name and its verb. */
const MAX_APPOSITION_TOKENS = 10;

/** Words inside a body's written name ("Fire and Rescue Service", "Department of Health"). */
const BODY_NAME_JOINER = /^(?:and|of|for|&)$/;

/**
 * The name the article writes earlier for a body described by lower-case nouns (rules §4.2): "the
 * fire service" → "North Wales Fire and Rescue Service" (a capitalised name with those words,
 * ending in the head noun), "the government" → "government of Burundi" (the noun and "of" a
 * place). The nearest such name before `offset`; null when there is none or the head is not a
 * kind of organisation.
 */
function writtenBody(view: View, nouns: readonly string[], offset: number): Ref | null {
  const head = nouns[nouns.length - 1];
  if (!head || head === 'police' || !ORG_NOUNS.has(head) || nouns.some((w) => !LOWER_START.test(w))) return null;
  const toks = view.toks;
  for (let i = lowerBound(toks, offset) - 1; i > 0 && offset - toks[i]!.start < MAX_ANTECEDENT_CHARS; i--) {
    const t = toks[i]!;
    if (t.lower !== head || quotationAt(view, t.start)) continue;
    const first = bodyNameStart(toks, i);
    if (t.word !== t.lower) {
      const words = toks.slice(first, i + 1).map((x) => x.lower);
      if (i - first >= 1 && nouns.every((w) => words.includes(w))) return { name: view.text.slice(toks[first]!.start, t.end) };
      continue;
    }
    // "the Trump administration", "the Mexican government": a name before the noun ("the Colorado company" is a description).
    if (nouns.length === 1 && first < i && toks[first - 1]?.lower === 'the' && !BUSINESS.test(t.lower)) return { name: view.text.slice(toks[first]!.start, (t.lower === 'embassy' && toks[i + 1]?.lower === 'in' ? placeAt(view, i + 2) : undefined) ?? t.end) };
    // "Brazil’s central bank … the bank said": a country's possessive, lower-case words and the noun, as written.
    if (nouns.length === 1) {
      let k = i - 1;
      while (k > i - 3 && LOWER_START.test(toks[k]?.word ?? '') && !DETERMINERS.has(toks[k]!.lower)) k--;
      const owner = POSSESSIVE.has(toks[k]?.word ?? '') ? mentionEndingAt(view, toks[k - 1]?.end ?? -1) : undefined;
      if (owner && typeOf(view, owner.entity) === 'GPE') return { name: view.text.slice(owner.start, t.end) };
    }
    // "the government of Burundi": the noun and the place it belongs to.
    const m = toks[i + 1]?.lower === 'of' && toks[i + 2] ? view.mentions[lowerBound(view.mentions, toks[i + 2]!.start)] : undefined;
    if (nouns.length === 1 && m && m.start === toks[i + 2]!.start && /^(?:GPE|ORG)$/.test(typeOf(view, m.entity))) return { name: view.text.slice(t.start, m.end) };
  }
  return null;
}

/** First token of the capitalised name ending at token i (over "and", "of", "for" inside it). */
function bodyNameStart(toks: View['toks'], i: number): number {
  const sentence = toks[i]!.sentence;
  let k = i;
  for (;;) {
    if (nameWordIn(toks, k - 1, sentence)) k--;
    else if (BODY_NAME_JOINER.test(toks[k - 1]?.word ?? '') && nameWordIn(toks, k - 2, sentence)) k -= 2;
    else break;
  }
  return k;
}

/** A date or time word after "on"/"in" ("on February 1", "in March"). */
const DATE_WORD = /^(?:\p{N}+|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/**
 * The token after a relative pronoun and a time phrase opening tokens a..b ("to which on February
 * 1 Amazon Web Services", "A few days later the administration"), else a.
 */
/** Most tokens of an adjunct opening a sentence before its pronoun subject ("In an Instagram story on Sunday night he"). */
const MAX_LEADING_ADJUNCT_TOKENS = 10;

function pastLeadingPhrases(view: View, a: number, b: number): number {
  const toks = view.toks;
  // "to which …", "which …": the relative clause's subject follows.
  if (a + 1 < b && PREPOSITIONS.has(toks[a]!.lower) && /^(?:which|whom)$/.test(toks[a + 1]!.lower)) a += 2;
  else if (a < b && toks[a]!.lower === 'which') a++;
  // "on February 1", "in March 2019".
  if (/^(?:on|in)$/.test(toks[a]!.lower) && DATE_WORD.test(toks[a + 1]?.word ?? '')) {
    let k = a + 1;
    while (k < b && DATE_WORD.test(toks[k]!.word)) k++;
    if (toks[k]!.word === ',') k++;
    if (k <= b && k > a + 1) a = k;
  }
  // "In an Instagram story on Sunday night he wrote": a leading adjunct, then the pronoun that is the subject.
  if (/^(?:in|on|at|during)$/.test(toks[a]!.lower) && b - a <= MAX_LEADING_ADJUNCT_TOKENS && /^(?:he|she|they|we|i)$/.test(toks[b]!.lower)) return b;
  // "Shares of Corvane Systems fell …, saying": the company whose shares they are.
  if (/^(?:shares|stock)$/.test(toks[a]!.lower) && /^(?:of|in)$/.test(toks[a + 1]?.lower ?? '') && a + 2 <= b) a += 2;
  // "in Ankara the Turkish Foreign Ministry", "In Kyiv, officials": where they are is no speaker.
  if (/^(?:in|at|from)$/.test(toks[a]!.lower)) {
    const place = view.mentions[lowerBound(view.mentions, toks[a + 1]?.start ?? Infinity)];
    if (place && place.start === toks[a + 1]!.start && /^(?:GPE|LOC)$/.test(typeOf(view, place.entity))) {
      let k = lowerBound(toks, place.end);
      if (toks[k]?.word === ',') k++;
      if (k <= b) a = k;
    }
  }
  for (let k = a + 1; k < b && k <= a + 4; k++) {
    if (!TIME_PHRASE_END.test(toks[k]!.lower)) continue;
    const next = toks[k + 1]!.word === ',' ? k + 2 : k + 1;
    return next <= b && mentionsIn(view, toks[a]!.start, toks[k]!.end).length === 0 ? next : a;
  }
  return a;
}

/** Words that stand for people unnamed ("Everyone", "Another"), singular in form. */
const INDEFINITE_PEOPLE = /^(?:Everyone|Everybody|Someone|Somebody|Anyone|Anybody|Nobody|None|Another|Each|Both|Neither|Either|One|Many|Most|Some|All|Few|Several|Other|Such|Staff|Management|Security|Personnel|Family|Media|Military|Army|Government|Parliament|Congress|Court|Prosecution|Defence|Defense)$/;

/**
 * True when one capitalised word opening a sentence reads as a name: right before its reporting
 * verb (token b + 1), singular (not "Rescuers"), not a word for people in general ("Everyone").
 * Its lower-case form and common words are ruled out by the caller.
 */
function nameBeforeVerb(view: View, word: string, b: number): boolean {
  const next = view.toks[b + 1];
  // "Nodewell, whose band was tested, said": a relative clause about the name comes first.
  const relative = next?.word === ',' && /^(?:whose|which)$/.test(view.toks[b + 2]?.lower ?? '');
  return next !== undefined && (VERB_LEMMAS_LOWER.has(next.word) || relative) && !/s$/.test(word) && !INDEFINITE_PEOPLE.test(word);
}

/** Bodies that speak for a country ("the German government"); its army or police is a common noun (rules §4.3). */
const GOVERNING_BODIES = /^(?:government|administration|ministry|embassy|presidency|cabinet|military|army|navy|force|guard)$/;
/** Lower-case heads of armed forces ("the Israeli military", "Ukraine's air force"). */
const MILITARY = /^(?:military|army|navy|force|guard)$/;
/** One person not named, whatever body qualifies them ("a senior Hamas official", "a Kremlin source"). */
const UNNAMED_ONE = /^(?:official|source|insider|aide|member|diplomat|figure)$/;

/** The last token of the noun phrase from token i, within i..b: before a comma or a preposition other than "of". */
/**
 * The first token of who a document is from, after up to four lower-case words before its noun:
 * "(box-office) figures (compiled) by|from X"; -1 when the phrase is no such document.
 */
function documentAgent(toks: View['toks'], h: number, b: number): number {
  for (let k = h + 1; k < b && k <= h + 5; k++) {
    const w = toks[k]!;
    if (!LOWER_START.test(w.word) && !HYPHEN.test(w.word)) return -1;
    if (!DOCUMENT_HEADS.test(w.lower) || HYPHEN.test(toks[k + 1]?.word ?? '')) continue;
    const n = ISSUING.test(toks[k + 1]!.lower) || KEPT.test(toks[k + 1]!.lower) ? k + 2 : k + 1;
    return n < b && (toks[n]!.lower === 'by' || (toks[n]!.lower === 'from' && n === k + 1)) ? n + 1 : -1;
  }
  return -1;
}
/**
 * "The complaint, issued by the agency's regional office in Fort Worth, says": who issued the
 * document named in apposition after it (tokens from `s`, "the" and the noun); undefined when the
 * subject is no such document.
 */
export function documentIssuedBy(view: View, s: number, b: number): Ref | null | undefined {
  const toks = view.toks;
  if (toks[s]?.lower !== 'the') return undefined;
  // "The 84-page draft, prepared by …": lower-case words or a figure before the noun.
  let n = s + 1;
  while (n < s + MAX_DOCUMENT_MODIFIERS && toks[n + 1]?.word !== ',' && (LOWER_START.test(toks[n]!.word) || DIGIT_START.test(toks[n]!.word) || toks[n]!.word === '-')) n++;
  if (!DOCUMENT_HEADS.test(toks[n]?.lower ?? '') || toks[n + 1]?.word !== ',') return undefined;
  if (!ISSUING.test(toks[n + 2]?.lower ?? '') && !KEPT.test(toks[n + 2]?.lower ?? '') && !ledReview(toks[n]!.lower, toks[n + 2]?.lower ?? '')) return undefined;
  // "The complaint, filed Tuesday in Hartford Superior Court by United Nurses of Connecticut, says": past when and where.
  let by = n + 3;
  while (by < b && by < n + 11 && toks[by]!.lower !== 'by' && !/^[,.;:]$/.test(toks[by]!.word)) by++;
  if (toks[by]?.lower !== 'by') return undefined;
  let e = by + 1;
  while (e < b && toks[e + 1]!.word !== ',') e++;
  const last = phraseEndIn(view, by + 1, e);
  if (unnamedPerson(toks[last]!.word)) return null;
  const named = speakerOfRegion(view, by + 1, last);
  return named?.entity ? named : unitBody(view, by + 1, e) ?? named;
}

/** Most words from "the" to a document's noun ("the 84-page draft"). */
export const MAX_DOCUMENT_MODIFIERS = 5;

/** Nouns of a document or of figures someone issues. */
const DOCUMENT_HEADS = new RegExp(`^(?:${DATA_NOUNS}|release|statement|notice|note|bulletin|complaint|filing|assessment|audit|presentation|transcript|indictment|prospectus|list|memo|letter|suit|lawsuit|petition|circular|document|order|draft|review|inquiry|enquiry)$`);
/** Inquiries, which speak for whoever led them. */
const REVIEWS = /^(?:review|inquiry|enquiry)$/;
/** "The review, led by Dame Margaret Fell, said": an inquiry speaks for whoever led it (rules §4.2). */
const ledReview = (noun: string, participle: string): boolean => REVIEWS.test(noun) && /^(?:led|chaired|headed)$/.test(participle);
/** A document's way to whoever received it ("sent to", "shared with", "seen by"). */
const RECEIVED = /^(?:(?:sent|given|provided|passed|addressed|leaked) to|shared with|(?:seen|obtained|reviewed) by)$/;
/** Participles of making a document or figures, before "by" ("figures compiled by", "a complaint filed by"). */
const KEPT = /^(?:compiled|prepared|produced|filed|conducted|commissioned|approved|kept|tabled|submitted|drafted|gathered|collected)$/;

function phraseEndIn(view: View, i: number, b: number): number {
  const toks = view.toks;
  let e = i;
  // "data from the Ministry of Agriculture, Forestry and Fisheries": not a comma inside a name.
  while (e + 1 <= b && (toks[e + 1]!.word !== ',' || insideMention(view, toks[e + 1]!.start)) && (toks[e + 1]!.lower === 'of' || !PREPOSITIONS.has(toks[e + 1]!.lower)) && !/^(?:during|after|before|since|on)$/.test(toks[e + 1]!.lower)) e++;
  return e;
}

/** Places that govern themselves, named with "of" ("the city of Calabasas", "the county of Kent"). */
const LOCAL_GOVERNMENTS = /^(?:city|town|county|state|province|municipality|village|borough|district|region|commonwealth)$/;

/** `the German government`: one or two capitalised words before an institution noun, as written. */
function unnamedInstitution(view: View, h: number, b: number): Ref | null {
  const toks = view.toks;
  if (b - h < 1 || b - h > 3 || !GOVERNING_BODIES.test(toks[b]!.word)) return null;
  // "the Italian interior ministry": lower-case words of its portfolio after the capitalised ones.
  let q = b;
  if (portfolioEnd(toks, h + 1, b) === b) q = h + 1;
  // "the emergencies ministry", "the health ministry": a portfolio alone names a ministry too.
  if (toks[b]!.word === 'ministry' && portfolioEnd(toks, h, b) === b) return namedMinistry(view, toks.slice(h, b).map((t) => t.lower)) ?? { name: view.text.slice(toks[h]!.start, toks[b]!.end) };
  // "The Uasin Gishu county government", "the Lagos state government": a place and its level of government.
  if (toks[b]!.word === 'government' && LOCAL_GOVERNMENTS.test(toks[b - 1]!.word) && b - 1 > h && b - h <= 4 && toks.slice(h, b - 1).every((t) => UPPER_START.test(t.word))) return { name: view.text.slice(toks[h]!.start, toks[b]!.end) };
  if (q === b && b - h > 2) return null;
  for (let i = h; i < q; i++) if (!UPPER_START.test(toks[i]!.word) || ROLE_WORDS.has(toks[i]!.lower) || COMMON_WORDS.has(toks[i]!.lower)) return null;
  // "The Chinese embassy in Bangkok": the city where it sits is part of its name.
  const seat = toks[b]!.word === 'embassy' && toks[b + 1]?.lower === 'in' ? placeAt(view, b + 2) : undefined;
  return (b === h + 1 && !seat ? namedInstitution(view, toks[h]!.word, toks[b]!.lower) : null) ?? { name: view.text.slice(toks[h]!.start, seat ?? toks[b]!.end) };
}

/** "The Thai army": the one body the article names with the qualifier just before the head ("Royal Thai Army"), else null. */
function namedInstitution(view: View, qualifier: string, head: string): Ref | null {
  const q = qualifier.toLowerCase();
  const named = view.doc.entities.filter((e) => {
    const w = e.name.toLowerCase().split(/\s+/);
    return typeOf(view, e) === 'ORG' && w.length >= 3 && w[w.length - 1] === head && (w[w.length - 2] === q || w[w.length - 3] === q);
  });
  return named.length === 1 ? refOf(view, named[0]!) : null;
}

/** A ministry's name in English or a Romance language or German. */
const MINISTRY_NAME = /\b(?:Ministry|Ministerio|Ministère|Ministero|Ministério|Ministerium)\b/u;
/** "the fisheries ministry": the one ministry the article names with those words ("Ministry of Trade, Industry and Fisheries"). */
function namedMinistry(view: View, words: readonly string[], country?: Entity): Ref | null {
  const fits = view.doc.entities.filter((e) => {
    if (typeOf(view, e) !== 'ORG' || !MINISTRY_NAME.test(e.name)) return false;
    // Not "Uganda's Ministry of Health" for "Kenya's health ministry".
    if (country && e.mentions.some((x) => { const owner = mentionEndingAt(view, x.start - 3); return owner !== undefined && owner.entity !== country && /^['’]s $/.test(view.text.slice(x.start - 3, x.start)); })) return false;
    const named = e.name.toLowerCase().split(/[^\p{L}]+/u);
    // "agriculture" in "Ministerio de Agricultura": the same stem in another language.
    return words.every((w) => named.includes(w) || (w.length >= 5 && named.some((n) => n.length >= 5 && n.slice(0, 5) === w.slice(0, 5))));
  });
  return fits.length === 1 ? refOf(view, fits[0]!) : null;
}

/** Most lower-case words of a portfolio before a ministry ("health", "foreign affairs"). */
const MAX_PORTFOLIO_WORDS = 2;

/**
 * The last token of a portfolio and a governing body from token k within ..b ("interior
 * ministry", "foreign affairs ministry"): lower-case words, not determiners or prepositions, then
 * the body; -1 when the tokens are not that.
 */
function portfolioEnd(toks: View['toks'], k: number, b: number): number {
  for (let i = k; i <= b && i <= k + MAX_PORTFOLIO_WORDS; i++) {
    const t = toks[i]!;
    if (i > k && t.word === t.lower && GOVERNING_BODIES.test(t.word)) return i;
    if (!LOWER_START.test(t.word) || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || GOVERNING_BODIES.test(t.word)) return -1;
  }
  return -1;
}

/** Lower-case heads of an organisation named by capitalised words before them ("the French Civil Security service"). */
const BODY_HEADS = /^(?:service|agency|ministry|department|office|council|commission|authority|bureau|committee|board|institute|directorate|inspectorate|administration|secretariat)$/;

/** Most capitalised words before a body's lower-case head. */
const MAX_BODY_NAME_WORDS = 5;

/** True when token i is the name of a place or a people ("French", "Kenya"): a mention of one, or one in the KB. */
function placeOrPeople(view: View, i: number): boolean {
  const t = view.toks[i]!;
  const m = view.mentions[lowerBound(view.mentions, t.start)];
  if (m && m.start === t.start) return /^(?:GPE|NORP|LOC)$/.test(typeOf(view, m.entity));
  return view.kb?.lookup(t.word).some((k) => k.type === 'GPE' || k.type === 'NORP' || k.type === 'LOC') ?? false;
}

/**
 * `the French Civil Security service`: capitalised words no entity names, then a lower-case head
 * of an organisation, as written (rules §4.1). Two words or more, or one that is no place, people
 * or common word ("the Health service" is a description).
 */
function namedBody(view: View, h: number, b: number): Ref | null {
  const toks = view.toks;
  if (b - h < 1 || b - h > MAX_BODY_NAME_WORDS || toks[b]!.word !== toks[b]!.lower || !BODY_HEADS.test(toks[b]!.lower)) return null;
  let words = 0;
  let own = false;
  for (let i = h; i < b; i++) {
    const t = toks[i]!;
    if (i > h && BODY_NAME_JOINER.test(t.word)) continue;
    if (!UPPER_START.test(t.word)) return null;
    words++;
    if (!placeOrPeople(view, i) && !COMMON_WORDS.has(t.lower)) own = true;
  }
  return words >= 2 || own ? { name: view.text.slice(toks[h]!.start, toks[b]!.end) } : null;
}

/** `the government of Guam`, `the city of Calabasas`: a governing body or a place in lower case, "of" and a place's name to b, as written (rules §4.1). */
function governmentOf(view: View, h: number, b: number): Ref | null {
  const toks = view.toks;
  if (b - h < 2 || !(GOVERNING_BODIES.test(toks[h]!.word) || LOCAL_GOVERNMENTS.test(toks[h]!.word)) || toks[h + 1]!.lower !== 'of') return null;
  for (let i = h + 2; i <= b; i++) if (!UPPER_START.test(toks[i]!.word)) return null;
  return { name: view.text.slice(toks[h]!.start, toks[b]!.end) };
}

/** What a court or a tribunal issues ("the decision of", "a ruling by"). */
const RULINGS = /^(?:decision|ruling|judgment|judgement|verdict|order|findings)$/;
/** What a body issues or finds, which speaks for it ("its statement", "its polling", "their data"). */
const OWN_WORDS = new RegExp(`^(?:${DATA_NOUNS}|release|statement|announcement|tweet|website|account|post|interview|speech|investigation)$`);

/** What a court issues ("the ruling", "the majority opinion"). */
const COURT_DOCUMENTS = /^(?:ruling|judgment|judgement|verdict|opinion|decision)$/;

/** Participles of putting a document out ("issued by", "published by"). */
const PUBLISHED = 'issued|released|published|written';
/** Participles of issuing a document ("issued by", "signed by"). */
const ISSUING = new RegExp(`^(?:${PUBLISHED}|signed|sent|posted|delivered)$`);
/** Participles naming a document's author after them with "by" ("compiled by", "signed by"; a body's statement signed by an aide is the body's where its subject opens the sentence, see subjectOf). */
const AUTHORED = new RegExp(`^(?:${PUBLISHED}|compiled|prepared|produced|commissioned|drawn|drafted|signed)$`);

/** "prepared by the city's labor counsel": an agent phrase ending in a role or a person's noun names nobody to credit (rules §4.3). */
const unnamedPerson = (word: string): boolean => ROLE_WORDS.has(word) || PERSON_NOUNS.has(word);

/** "The quarterly report, compiled by the human rights service of X (BINUH),": the author named after the document noun at token i. */
function authorOf(view: View, i: number): Ref | null {
  const toks = view.toks;
  let k = i + 1;
  if (toks[k]?.word === ',') k++;
  if ((!AUTHORED.test(toks[k]?.lower ?? '') && !ledReview(toks[i]!.lower, toks[k]?.lower ?? '')) || toks[k + 1]?.lower !== 'by') return null;
  let e = k + 2;
  while (e < toks.length && e - k < MAX_SUBJECT_TOKENS && toks[e]!.sentence === toks[i]!.sentence && !/^[,;:.(]$/.test(toks[e]!.word)) e++;
  if (e === k + 2 || unnamedPerson(toks[e - 1]!.word)) return null;
  const named = speakerOfRegion(view, k + 2, e - 1);
  return named?.entity ? named : unitBody(view, k + 2, e - 1);
}

/** "the human rights service of X" in tokens [from, to]: a unit's document is its organisation's. */
function unitBody(view: View, from: number, to: number): Ref | null {
  const toks = view.toks;
  const body = mentionsIn(view, toks[from]!.start, toks[to]!.end).find((m) => typeOf(view, m.entity) === 'ORG' && UPPER_START.test(view.text.slice(m.start, m.end)) && toks[lowerBound(toks, m.start) - 1]?.lower === 'the' && toks[lowerBound(toks, m.start) - 2]?.lower === 'of');
  return body ? refOf(view, body.entity) : null;
}

/** Participles of who runs a body, in an apposition after its name ("chaired by", "led by"). */
const LED_BY = /^(?:chaired|led|headed|run|founded|owned|backed|commissioned|created)$/;

/** The verb that makes a document of a noun ("posted" a post). */
const POSTED_AS: Readonly<Record<string, string>> = { post: 'posted', tweet: 'tweeted' };

/**
 * The issuer of a statement mentioned at or before `offset`: the nearest earlier (or this)
 * occurrence of the noun, then the speaker recorded around it or the subject of its sentence.
 */
function issuerOf(view: View, nounTok: number): Ref | null {
  const toks = view.toks;
  const noun = toks[nounTok]!.lower;
  const offset = toks[nounTok]!.start;
  // "the statement" refers back to one mentioned before; "a statement" is introduced here.
  const definite = toks[nounTok - 1]?.lower === 'the';
  // "The letter, signed by State Superintendent Curtis Hollander, says": its own author.
  const own = authorOf(view, nounTok);
  if (own) return own;
  for (let i = definite ? nounTok - 1 : nounTok; i >= 0 && nounTok - i < 400; i--) {
    // "A group calling itself Kestrel Nine … posted what it said were scans. The post said": whoever posted.
    if (definite && toks[i]!.lower === POSTED_AS[noun]) {
      const first = datelineEnd(view, view.sentenceTokens[toks[i]!.sentence]?.first ?? i, i);
      const poster = i > first ? speakerOfRegion(view, first, i - 1) : null;
      if (poster) return poster;
    }
    if (toks[i]!.lower !== noun) continue;
    const author = authorOf(view, i);
    if (author) return author;
    const at = toks[i]!.start;
    // Past a dateline ("DUBAI - At least 38 workers died …, a rights group said in a report").
    const first = datelineEnd(view, view.sentenceTokens[toks[i]!.sentence]?.first ?? i, i);
    // "…, the WHO and UNICEF said in a joint report": a frame of the same sentence before the noun.
    const spoke = speakersOf(view).find((s) => s.start <= at && (at <= s.end || s.start >= toks[first]!.start) && s.start < offset);
    if (spoke) return spoke.ref;
    // "In a press release issued on Thursday, the company said …", "In a statement, Grace
    // Nyamweya blamed …": the sentence's speaker, else its subject after the opening phrase.
    if (toks[first]!.lower === 'in') {
      const last = (view.sentenceTokens[toks[i]!.sentence]?.end ?? i + 1) - 1;
      const main = speakersOf(view).find((s) => s.start > at && s.start < Math.min(toks[last]!.end, offset));
      if (main) return main.ref;
      let comma = i + 1;
      while (comma < last && toks[comma]!.word !== ',') comma++;
      // The subject: capitalised words (and titles, "of") from the comma on.
      let e = comma + 1;
      while (e + 1 < last && (UPPER_START.test(toks[e + 1]!.word) || /^(?:of|the|-)$/.test(toks[e + 1]!.lower))) e++;
      const subject = comma + 1 < last ? speakerOfRegion(view, comma + 1, e, false, true) : null;
      if (subject) return subject;
    }
    // The subject before the verb that governs the statement ("They released a statement").
    let v = i - 1;
    while (v > first && !(toks[v]!.word === toks[v]!.lower && /(?:ed|s)$/.test(toks[v]!.lower) && toks[v]!.lower.length > 3)) v--;
    if (v <= first) continue;
    if (v - first === 1 && PRONOUNS[toks[first]!.lower]) return pronounSpeaker(view, toks[first]!.word, toks[first]!.start);
    // "The Review Panel, chaired by Helen Varcoe, handed its report": the body, not who chairs it.
    let end = v - 1;
    for (let c = first + 1; c < end; c++) if (toks[c]!.word === ',' && LED_BY.test(toks[c + 1]!.lower) && toks[c + 2]?.lower === 'by') end = c - 1;
    const r = listedSubject(view, first, end) ?? speakerOfRegion(view, first, end, false, true);
    if (r) return r;
  }
  // Else "The retraction notice said" after "The European Journal of Cardiovascular Research has retracted 11 papers": who retracted.
  const act = ACTS[toks[nounTok - 1]?.lower ?? ''];
  for (let i = nounTok - 2; act && i >= 0 && nounTok - i < 400; i--) {
    // Not "the paper has been retracted": a passive's subject is what was retracted.
    if (!toks[i]!.lower.startsWith(act) || toks[i]!.word !== toks[i]!.lower || toks[i]!.lower === toks[nounTok - 1]!.lower || (/^(?:been|be|being|was|were|is|are)$/.test(toks[i - 1]?.lower ?? '') && !toks[i]!.lower.endsWith('ing'))) continue;
    const first = datelineEnd(view, view.sentenceTokens[toks[i]!.sentence]?.first ?? i, i);
    let v = i;
    while (v - 1 > first && /^(?:has|have|had|was|were|is|also|formally|quietly|now)$/.test(toks[v - 1]!.lower)) v--;
    const r = v > first ? speakerOfRegion(view, first, v - 1, false, true) : null;
    if (r) return r;
  }
  return null;
}

/** Nouns for a notice's act and the verb that does it ("retraction notice": whoever retracted). */
const ACTS: Readonly<Record<string, string>> = { retraction: 'retract', correction: 'correct', withdrawal: 'withdr', recall: 'recall' };

/**
 * Two or more speakers joined by "and" that make up the whole phrase ("X and Y", "X, Y and Z",
 * "the A and the B (B)"): one reference named "X and Y" in text order, with no single entity.
 */
function jointSpeakers(view: View, usable: readonly MentionRef[], a: number, b: number): Ref | null {
  const toks = view.toks;
  // An acronym in brackets after the name is the same speaker ("the Federal Security Service (FSB)").
  usable = usable.filter((m, i) => !(i > 0 && toks[lowerBound(toks, m.start) - 1]?.word === '(' && usable[i - 1]!.entity === m.entity));
  if (usable.length < 2) return null;
  // "Britain's National Cyber Security Centre": a country owning the next body is not one of the speakers.
  const owner = (m: MentionRef, next: MentionRef | undefined) => typeOf(view, m.entity) === 'GPE' && next !== undefined && /^['’]s\s+$/.test(view.text.slice(m.end, next.start));
  const inRegion = mentionsIn(view, toks[a]!.start, toks[b]!.end);
  const owners = inRegion.filter((m, i) => owner(m, inRegion[i + 1]));
  if (owners.length) usable = usable.filter((m) => !owners.includes(m));
  if (usable.length < 2) return null;
  if (!usable.every((m) => /^(?:PERSON|ORG|GPE)$/.test(typeOf(view, m.entity)))) return null;
  let k = a;
  // "Senators A, D-Minn., and B, R-Ohio,": a plural title before and party tags after each name.
  while (k <= b && (DETERMINERS.has(toks[k]!.lower) || PLURAL_TITLE.test(toks[k]!.word) || (toks[k]!.word === '.' && k > a))) k++;
  if (toks[k]?.start !== usable[0]!.start) return null;
  let and = false;
  for (let i = 0; i < usable.length; i++) {
    const m = usable[i]!;
    k = lowerBound(toks, m.end);
    // "(FSB)" after a name.
    if (toks[k]?.word === '(' && toks[k + 2]?.word === ')') k += 3;
    k = partyTagEnd(view, k, b);
    if (i === usable.length - 1) break;
    const next = usable[i + 1]!;
    while (k <= b && toks[k]!.start < next.start) {
      const w = toks[k]!.lower;
      if (w === 'and' || w === '&') and = true;
      else if (w !== ',' && !DETERMINERS.has(w) && !owners.some((o) => o.start <= toks[k]!.start && toks[k]!.start < next.start)) return null;
      k++;
    }
    if (toks[k]?.start !== next.start) return null;
  }
  if (k <= b && toks[k]!.word === ',' && k === b) k++;
  if (!and || k <= b) return null;
  const names: string[] = [];
  // Each by its canonical name ("National Anti-Corruption Bureau" for "NABU" where the article spells it out).
  for (const m of usable) {
    const r = canonicalRef(view, refOf(view, m.entity));
    if (!names.includes(r.name)) names.push(r.name);
  }
  // "Denise and Raymond Okafor": a given name alone shares the family name written last.
  const last = names[names.length - 1]!.split(/\s+/);
  if (last.length > 1) for (let i = 0; i < names.length - 1; i++) if (!names[i]!.includes(' ') && isGivenName(names[i]!.toLowerCase())) names[i] = `${names[i]} ${last[last.length - 1]}`;
  return names.length > 1 ? { name: names.join(' and ') } : null;
}

/** Plural titles before a list of names ("Senators", "Sens.", "Reps."). */
const PLURAL_TITLE = /^(?:Senators|Sens|Representatives|Reps|Congressmen|Congresswomen|Governors|Ministers)$/;

/** Token k past a party tag after a name (", D-Minn.", " (R-Ohio)"); k when there is none. */
function partyTagEnd(view: View, k: number, b: number): number {
  const toks = view.toks;
  const open = toks[k]?.word;
  if (open !== ',' && open !== '(') return k;
  for (let j = k + 1; j <= Math.min(b, k + 5); j++) {
    if (!PARTY_STATE.test(view.text.slice(toks[k + 1]!.start, toks[j]!.end))) continue;
    if (open === ',') return toks[j + 1]?.word === '.' ? j + 2 : j + 1;
    if (toks[j + 1]?.word === ')') return j + 2;
  }
  return k;
}

/** "Pettibones": two or more people the article names with the family name "Pettibone", jointly; else null. */
function membersOf(view: View, plural: string): Ref | null {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(plural)) return null;
  const stems = [plural.slice(0, -1), plural.endsWith('es') ? plural.slice(0, -2) : ''];
  const members = view.doc.entities.filter((e) => typeOf(view, e) === 'PERSON' && e.name.includes(' ') && stems.includes(e.name.slice(e.name.lastIndexOf(' ') + 1)));
  return members.length >= 2 ? { name: members.map((e) => refOf(view, e).name).join(' and ') } : null;
}

/**
 * When a mention is only part of a longer capitalised name in the phrase ("Toronto" in "Toronto
 * Police", "Alachua Sheriff" in "Alachua Sheriff's Office"), the speaker is the longer name, as
 * written, without the entity (it names something else). Undefined when the mention is the name.
 */
function withRun(view: View, m: MentionRef, a: number, b: number): Ref | undefined {
  const toks = view.toks;
  let first = lowerBound(toks, m.start);
  let last = lowerBound(toks, m.end) - 1;
  for (;;) {
    // "Promoter Redline Live, which booked …": a noun for what a body does, capitalised only to open the sentence.
    // "A 2024 World Bank study": a year before a name is not part of it (but "World Cup 2030 Foundation").
    if (capitalisedIn(toks, first - 1, a, b) && !(YEAR.test(toks[first - 1]!.word) && !capitalisedIn(toks, first - 2, a, b)) && !(BODY_KINDS.has(toks[first - 1]!.lower) && toks[first - 2]?.sentence !== toks[first - 1]!.sentence)) first--;
    else if (first - 2 >= a && NAME_JOINER.test(toks[first - 1]!.lower) && !POSSESSIVE.has(toks[first - 1]!.word) && !(toks[first - 1]!.lower === 'of' && COMPANY_WORDS.has(toks[first - 2]!.lower)) && capitalisedIn(toks, first - 2, a, b)) first -= 2;
    else break;
  }
  for (;;) {
    if (capitalisedIn(toks, last + 1, a, b)) last++;
    else if (last + 2 <= b && HYPHEN.test(toks[last + 1]!.word) && toks[last + 1]!.start === toks[last]!.end && capitalisedIn(toks, last + 2, a, b)) last += 2;
    // "Valle Dorado Foods of Fresno": after a company word, "of" and a place say where it is (also going back, above).
    else if (last + 2 <= b && NAME_JOINER.test(toks[last + 1]!.lower) && !companyOfPlace(view, last) && capitalisedIn(toks, last + 2, a, b) && (!POSSESSIVE.has(toks[last + 1]!.word) || PROXY_HEADS.has(toks[last + 2]!.lower) || /^(?:Office|Department|Ministry|Service)$/.test(toks[last + 2]!.word))) last += 2;
    else break;
  }
  if (first === lowerBound(toks, m.start) && last === lowerBound(toks, m.end) - 1) return undefined;
  const run = view.text.slice(toks[first]!.start, toks[last]!.end);
  // "U.S. Attorney Bash": a role and the surname of a person named in full elsewhere.
  const surname = view.surnames.get(toks[last]!.word);
  if (surname && typeOf(view, m.entity) !== 'PERSON') return refOf(view, surname);
  // "Johns Hopkins Center for …": a person's name that opens an institution's name.
  const after = lowerBound(toks, m.end);
  if (typeOf(view, m.entity) === 'PERSON' && after <= last && UPPER_START.test(toks[after]!.word) && toks.slice(after, last + 1).some((t) => t.word !== t.lower && ORG_HEADS.has(t.lower))) {
    return { name: run.replace(/^(?:The|the)\s+/, '') };
  }
  // A role before a known person's name ("Conservative MP Philip Hammond") keeps the person.
  if (typeOf(view, m.entity) === 'PERSON') return undefined;
  // "Conservative MP Philip Hammond": a role and a name the entity stage did not type as a person.
  if (looksLikeTitledPerson(run) || run.split(/\s+/).some((w, i) => i > 0 && genderOfFirstName(w, view.kb) !== undefined)) return { name: personName(run) };
  return { name: run.replace(/^(?:The|the)\s+/, '') };
}

/** True when the name starting at token i (maybe after more "X and"/"X," names) is followed, within b, by a lower-case word it qualifies. */
function qualifiesNoun(view: View, i: number, b: number): boolean {
  const m = view.mentions[lowerBound(view.mentions, view.toks[i]?.start ?? Infinity)];
  if (!m || m.start !== view.toks[i]!.start) return true;
  const k = lowerBound(view.toks, m.end);
  return k <= b && LOWER_START.test(view.toks[k]!.word) && !POSSESSIVE.has(view.toks[k]!.word);
}

/** Words that join the words of one name ("Bank of England", "Erdogan's Office"). */
const NAME_JOINER = /^(?:of|for|and|the|de|al|'s|’s)$/;
/** True when token i, within a..b, is a capitalised word of a name (not an article). */
function capitalisedIn(toks: View['toks'], i: number, a: number, b: number): boolean {
  return i >= a && i <= b && UPPER_OR_DIGIT_START.test(toks[i]!.word) && !/^(?:The|A|An|Its|Their|Our|His|Her|My|Your)$/.test(toks[i]!.word) && !inDate(toks, i);
}

/** True when mention m, maybe with a second place after a comma, opens a compound like "London-based". */
function basedIn(view: View, m: MentionRef): boolean {
  const toks = view.toks;
  let end = m.end;
  let k = lowerBound(toks, end);
  if (toks[k]?.word === ',') {
    const next = view.mentions[lowerBound(view.mentions, toks[k + 1]?.start ?? Infinity)];
    if (next && next.start === toks[k + 1]!.start && typeOf(view, next.entity) !== 'PERSON') k = lowerBound(toks, (end = next.end));
  }
  return toks[k]?.word === '-' && toks[k]!.start === end && /^(?:based|born|headquartered|listed|registered|owned)$/.test(toks[k + 1]?.lower ?? '');
}

/** Digits only ("3", "2021"). */
const DIGITS = /^\p{N}+$/u;

/**
 * True when token i is a word of a date ("a June 3, 2021 NATO press release", "March 2019"): a
 * month or day next to a number, or a number after a month (past the comma before a year).
 */
export function inDate(toks: View['toks'], i: number): boolean {
  const at = (k: number) => toks[k]?.word ?? '';
  if (MONTHS_AND_DAYS.test(at(i))) return DIGITS.test(at(i - 1)) || DIGITS.test(at(i + 1));
  if (!DIGITS.test(at(i))) return false;
  return MONTHS_AND_DAYS.test(at(i - 1)) || MONTHS_AND_DAYS.test(at(i + 1)) || (at(i - 1) === ',' && DIGITS.test(at(i - 2)) && MONTHS_AND_DAYS.test(at(i - 3)));
}

/** Role words that name one role ("spokesman", "spokeswoman", "spokesperson"; "Foreign Secretary", "foreign minister"). */
function synonym(s: string): string {
  let out = synonyms.get(s);
  if (out === undefined) {
    if (synonyms.size >= 20_000) synonyms.clear();
    synonyms.set(s, (out = oneRoleWord(s)));
  }
  return out;
}
const synonyms = new Map<string, string>();
const oneRoleWord = (s: string) => s.replace(/\bspokes(?:man|woman|person|men|women|people)\b/g, 'spokesperson').replace(/\bchairm[ae]n\b|\bchairwoman\b/g, 'chair').replace(/\b(foreign|interior|defen[cs]e|health|home) secretary\b/g, '$1 minister')
  .replace(/\btaoiseach\b/g, 'prime minister').replace(/\bt[áa]naiste\b/g, 'deputy prime minister')
  .replace(/\b(?:head coach|coach|manager)\b/g, 'manager').replace(/\b(?:ceo|chief executive officer)\b/g, 'chief executive')
  .replace(/^(?:(?:madam|mr|mrs|ms|lord|lady)\.? )?justice$/, 'judge')
  .replace(/\b(gov|sen|rep|lt|gen|col|maj|capt|sgt|adm)(?:\.|\b(?=\s|$))/g, (_, a: string) => ABBREVIATED_RANKS[a]!);
/** Titles as AP abbreviates them before a name ("Gov. Dale Whitcomb" is "the governor"). */
const ABBREVIATED_RANKS: Record<string, string> = {
  gov: 'governor', sen: 'senator', rep: 'representative', lt: 'lieutenant', gen: 'general', col: 'colonel', maj: 'major', capt: 'captain', sgt: 'sergeant', adm: 'admiral',
};

/**
 * A role written next to a person's mention in the text ("the ministry spokesman, Ahmed Hafez,",
 * "Ahmed Hafez, the ministry spokesman,"), for people the entity stage gave no role.
 */
function writtenRole(view: View, m: MentionRef, phrase: string, exact = false): boolean {
  const want = exact ? phrase : synonym(phrase);
  const around = roleWindows(view, m, exact);
  // Each pattern holds the role word for word: a window without it is passed over unread.
  const patterns = around.before.includes(want) || around.after.includes(want) || around.pair ? rolePatterns(want) : undefined;
  if (!patterns) return false;
  // "Deputy Governor Oleg Klimov" is not "the governor".
  const wantSecond = SECOND_RANK.test(want);
  const lead = around.before.includes(want) ? patterns.lead.exec(around.before) : null;
  if (lead && (wantSecond || !SECOND_RANK.test(lead[1] ?? ''))) return true;
  // "Senators Ruth Adebayo-Klein, D-Minn., and Thomas Varner": a plural title before a pair holds for both.
  if (!wantSecond && around.pair && patterns.pair.test(view.text.slice(Math.max(0, m.start - 80), m.start))) return true;
  const trail = around.after.includes(want) ? patterns.trail.exec(around.after) : null;
  return trail !== null && (wantSecond || !SECOND_RANK.test(trail[1] ?? ''));
}

/** The lower-cased text either side of a mention (role words made one, unless exact) and whether "and" ends the text before it; remembered per mention. */
function roleWindows(view: View, m: MentionRef, exact: boolean): { before: string; after: string; pair: boolean } {
  let known = roleWindowCache.get(m);
  if (!known) roleWindowCache.set(m, (known = []));
  const k = exact ? 1 : 0;
  const same = exact ? (s: string) => s : synonym;
  return (known[k] ??= {
    before: same(view.text.slice(Math.max(0, m.start - 60), m.start).toLowerCase()),
    after: same(view.text.slice(m.end, m.end + 60).toLowerCase()),
    pair: /\sand$/.test(view.text.slice(Math.max(0, m.start - 80), m.start).trimEnd()),
  });
}
const roleWindowCache = new WeakMap<MentionRef, { before: string; after: string; pair: boolean }[]>();

/** The role before a name ("the ministry spokesperson, X") and after it ("X, the … spokesperson"), built once per role. */
const rolePatternCache = new Map<string, { lead: RegExp; trail: RegExp; pair: RegExp }>();
function rolePatterns(role: string): { lead: RegExp; trail: RegExp; pair: RegExp } {
  let p = rolePatternCache.get(role);
  if (!p) {
    const escaped = role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (rolePatternCache.size >= 5_000) rolePatternCache.clear();
    p = {
      // "the Minister for Health, X": a portfolio after the role, in apposition; "a spokesman for (Mr) X".
      // "The Secretary-General of ASEAN, Dr. Ramon Villaraza Ocampo": past a form of address after the portfolio.
      lead: new RegExp(`(?:^|\\s)((?:[\\w-]+\\s+){0,2})${escaped}(?:\\s+(?:for|of)\\s+(?:[\\w'’-]+,?\\s+){0,4}[\\w'’-]+${role === 'spokesperson' ? ',?' : ','}\\s*(?:${ADDRESS_FORMS}\\.?\\s+)?|,?\\s*)$`),
      trail: new RegExp(`^,\\s+(?:the|a|an|his|her|its)\\s+((?:[\\w-]+\\s+){0,3}?)${escaped}\\b`),
      pair: new RegExp(`(?:^|\\s)[${escaped[0]!.toUpperCase()}${escaped[0]}]${escaped.slice(1)}s\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}(?:,?\\s+\\(?[DRI]-\\p{Lu}[\\p{L}.]*\\)?,?)?\\s+and\\s+$`, 'u'),
    };
    rolePatternCache.set(role, p);
  }
  return p;
}

const SECOND_RANK = /\b(?:deputy|vice|assistant|acting|former|lieutenant(?! (?:general|colonel))|under|associate|shadow)\b/;

/** True when a role title is the one a description names ("governor" is not "Deputy Governor"). */
/** A title's initials without a unit in brackets ("Deputy Commissioner of Police (Cyber Crime)" → "DCP"), remembered. */
function titleInitials(title: string): string {
  let out = initialsOfTitles.get(title);
  if (out === undefined) {
    if (initialsOfTitles.size > 10_000) initialsOfTitles.clear();
    initialsOfTitles.set(title, (out = initials(title.replace(/\s*\([^()]*\)/g, ''))));
  }
  return out;
}
const initialsOfTitles = new Map<string, string>();

function holds(title: string, phrase: string, head: string): boolean {
  const t = synonym(title.toLowerCase());
  phrase = synonym(phrase);
  head = synonym(head);
  if (SECOND_RANK.test(t) && !SECOND_RANK.test(phrase)) return false;
  // "the DCP" for a "Deputy Commissioner of Police (Cyber Crime)": the title's initials.
  if (/^[a-z]{2,5}$/.test(phrase) && titleInitials(title) === phrase.toUpperCase()) return true;
  // A bare title ("Minister") is not a qualified role ("the local health minister").
  return t.endsWith(phrase) || (t === head && !phrase.includes(' '));
}

/** The organisation mentioned last before `offset` (outside quotations), in its sentence or the one before. */
function organisationBefore(view: View, offset: number, except?: Entity): Entity | undefined {
  const sentence = view.toks[lowerBound(view.toks, offset)]?.sentence ?? 0;
  for (let i = lowerBound(view.mentions, offset) - 1; i >= 0; i--) {
    const m = view.mentions[i]!;
    // In this sentence or the one before.
    if (offset - m.end > MAX_ANTECEDENT_CHARS / 2) break;
    if ((view.toks[lowerBound(view.toks, m.start)]?.sentence ?? 0) < sentence - 1) break;
    // Not the agency in a dateline ("HOBART, Australia, Oct 31 (Reuters) - …, delegates said").
    if (typeOf(view, m.entity) === 'ORG' && m.entity !== except && m.end <= offset && !quotationAt(view, m.start) && !inDateline(view, m.start)) return m.entity;
  }
  return undefined;
}

/** The place (a building, a facility) with `word` in its name mentioned last before `offset`, nearby. */
function placeNamed(view: View, word: string, offset: number): Entity | undefined {
  let best: Entity | undefined;
  let at = -1;
  for (const e of view.doc.entities) {
    if (typeOf(view, e) !== 'LOC' || !nameHas(e.name, word)) continue;
    for (const m of e.mentions) if (!m.field && m.end <= offset && m.start > at && offset - m.end < MAX_ANTECEDENT_CHARS) [best, at] = [e, m.start];
  }
  return best;
}

/** Frames before `offset` that gave an entity to a subject written "the <phrase>" ("the minister said", "the company said"). */
function framesWritten(view: View, phrase: string, offset: number): View['speakers'] {
  const written = new RegExp(`^the\\s+${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  return speakersOf(view).filter((x) => x.start < offset && x.entity && written.test(view.text.slice(x.start, x.start + 80)));
}

/** Modifiers that say nothing of which body ("the state broadcaster", "the national carrier"). */
const PLAIN_MODIFIERS = /^(?:state|national|local|main|public|private|former|other|largest|biggest|smaller|larger|new|same|global|international|federal|regional|central|leading|major|independent|official|whole|entire|government|city|country)$/;

/**
 * "The grid operator said" after "EirGrid", "the energy company" after "Solvane Energy": the one
 * body (or unplaced name) mentioned before whose name holds the noun's modifier.
 */
function modifierNamed(view: View, written: readonly string[], offset: number): Entity | undefined {
  const modifiers = written.slice(0, -1).filter((w) => w.length >= 4 && /^\p{Ll}+$/u.test(w) && !DETERMINERS.has(w) && !POSSESSIVE.has(w) && !PLAIN_MODIFIERS.test(w));
  if (modifiers.length !== 1) return undefined;
  const w = modifiers[0]!;
  const W = w[0]!.toUpperCase() + w.slice(1);
  // A word of the name, or its camel-case part ("EirGrid").
  const part = new RegExp(`(?:^|[\\s-])(?:${w}|${W})\\b|(?<=\\p{Ll})${W}\\b`, 'u');
  const fits = view.doc.entities.filter((e) => /^(?:ORG|OTHER)$/.test(typeOf(view, e)) && part.test(e.name) && mentionsBefore(e, offset) > 0);
  return fits.length === 1 ? fits[0] : undefined;
}

/** Heads of a named institution besides BODY_HEADS ("the district", "the trust"). */
const INSTITUTION_NOUNS = /^(?:district|trust|school|university|hospital|court)$/;

/** The entity whose mention opens the sentence `offset` is in (or the one `back` sentences before, in its paragraph), if any. */
function sentenceOpener(view: View, offset: number, back = 0): Entity | undefined {
  const t = view.toks[Math.min(lowerBound(view.toks, offset), view.toks.length - 1)];
  const span = t ? view.sentenceTokens[t.sentence - back] : undefined;
  const first = span ? view.toks[span.first] : undefined;
  // The sentence before counts only in the same paragraph.
  if (first && back && view.text.slice(first.start, offset).includes('\n')) return undefined;
  const m = first ? view.mentions[lowerBound(view.mentions, first.start)] : undefined;
  return m && first && m.start === first.start && m.end <= offset ? m.entity : undefined;
}

/** How many times the entity is mentioned before `offset`. */
function mentionsBefore(e: Entity, offset: number): number {
  let n = 0;
  for (const m of e.mentions) if (!m.field && m.start < offset) n++;
  return n;
}

/** Of the organisations with `word` in their names, the one mentioned most before `offset` (the story's). */
function mostMentioned(view: View, word: string, offset: number): Entity | undefined {
  const counts = new Map<Entity, number>();
  for (const m of view.mentions) {
    if (m.start >= offset) break;
    if (typeOf(view, m.entity) === 'ORG' && nameHas(m.entity.name, word)) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  let best: Entity | undefined;
  for (const [e, n] of counts) if (!best || n > counts.get(best)!) best = e;
  return best;
}

/** True when tokens from..to (inclusive) are all lower-case words. */
function allLowerCase(toks: View['toks'], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (!LOWER_START.test(toks[i]!.word)) return false;
  return true;
}

/** Words in the name of a sports team. */
const SPORTS_TEAM = /\b(?:Racing|Motorsport|F1|GP|FC|AFC|United|Rovers|Athletic|Wanderers|Club|Team)\b/;
/** Nouns for a business ("the airline", "the company"). */
const BUSINESS = /^(?:company|firm|airline|carrier|manufacturer|maker|retailer|publisher|studio|club|team)$/;
const REGULATOR = /^(?:regulator|watchdog|supervisor)$/;
/** A public body's name ("… Administration", "Ministry of …", "… Police"). */
const PUBLIC_BODY = /\b(?:NHS|Health Service|Administration|Department|Ministry|Agency|Commission|Authority|Council|Court|Police|Government|Bureau|Office|Committee|Parliament|Congress|Senate|Army|Navy|Board|Central Bank|Federal Reserve)\b/;
/** Bodies that are no business ("the company" is not "Halvard Institute for Drug Value"). */
const NOT_BUSINESS = /\b(?:Institute|University|College|Foundation|Association|Society|Alliance|Coalition|Federation|Guild)\b/;

/** Right before an outlet or body spoken to ("told news agency Ritzau", "in an interview with the daily X", "in a statement to the London Stock Exchange"). */
const ADDRESSED_BEFORE = /\b(?:told|interview with|(?:statement|filing|submission|letter|notice|disclosure)\s+(?:to|with))\s+(?:(?:the|a|news|agency|wire|service|broadcaster|public|state|daily|business|financial|newspaper|paper|magazine|radio|television|TV|channel|station|website|outlet)\s+)*$/;

/** True when every mention of `e` before `offset` is an outlet someone spoke to: a medium, not the company a story is about. */
function onlyAddressed(view: View, e: Entity, offset: number): boolean {
  return e.mentions.every((m) => m.start >= offset || ADDRESSED_BEFORE.test(view.text.slice(Math.max(0, m.start - 50), m.start)));
}

/** True when a name has `word` as one of its words, in any case ("Hotel Arpit Palace" has "hotel"). */
function nameHas(name: string, word: string): boolean {
  const words = name.toLowerCase().split(/[\s-]+/);
  return words.includes(word) || (NAMED_AS[word]?.some((w) => words.includes(w)) ?? false);
}
/** Participles that say where someone works or lives ("based in Denver", "stationed at …"). */
const PLACED = /^(?:based|stationed|living|working|posted)$/;
/** Second halves of compounds that say where someone comes from ("Connemara-born", "Dublin-based"). */
const ORIGIN = /^(?:born|based|raised|bred|educated|trained)$/;

/** Nouns for a body whose name usually holds them ("the union": "the Independent Pilots' Union of Aurelia"). */
const NAMED_BODY_HEADS = /^(?:union|party|association|federation|council|chamber|commission|ministry|agency|authority|tribunal|court|committee|board|club)$/;
/** Words in the names of political parties. */
const PARTY_NAME = /\b(?:Party|League|Front|Congress|Jamaat|Bloc)\b/;

/** True when a body is a political party, by its KB code or its name. */
const partyName = (e: Entity): boolean => e.code?.endsWith('PTY') === true || PARTY_NAME.test(e.name);
/** Workers a union's name may hold instead of "Union" ("Nurses United Ontario"). */
const WORKERS_NAME = /\b(?:Nurses|Workers|Teachers|Pilots|Employees|Doctors|Physicians|Drivers|Miners|Dockers|Firefighters|Journalists|Educators|Midwives|Paramedics|Machinists|Teamsters|Musicians)\b/;

/** Nouns that refer back to a body named with other words ("the district": "Maple Hollow City Schools"). */
const NAMED_AS: Readonly<Record<string, readonly string[]>> = {
  district: ['schools'], authority: ['authorities'], agency: ['ratings'], hospital: ['infirmary', 'medical'], university: ['college'],
  union: ['association', 'guild', 'federation', 'unión', 'sindicato', 'syndicat', 'sindacato', 'união'], course: ['racecourse'], track: ['racecourse', 'raceway', 'speedway'],
  orchestra: ['philharmonic', 'symphony', 'sinfonia', 'sinfonietta'],
  // A body named in its own language ("the council": "Consejo Regulador de la DOCa Rioja").
  council: ['consejo', 'conseil', 'consiglio', 'conselho'], chamber: ['chambre', 'cámara', 'camera', 'câmara', 'kammer'],
  ministry: ['ministerio', 'ministère', 'ministero', 'ministério', 'ministerium'], association: ['asociación', 'associazione', 'associação', 'verband'],
  federation: ['federación', 'fédération', 'federazione', 'federação'], party: ['partido', 'parti', 'partito', 'partei'],
};

/** Most tokens looked back for a voice brought in unnamed ("A Frontex spokesperson said … the spokesperson added"). */
const MAX_VOICE_LOOKBACK_TOKENS = 300;

/** The speaker of the last "a/an … spokesperson" before token a, when it names a body. */
function unnamedVoiceBefore(view: View, a: number): Ref | null {
  const toks = view.toks;
  for (let k = a - 1; k >= 0 && a - k <= MAX_VOICE_LOOKBACK_TOKENS; k--) {
    if (!VOICES.has(toks[k]!.lower) || quotationAt(view, toks[k]!.start)) continue;
    let s = k - 1;
    while (s > k - 4 && s > 0 && !/^(?:a|an)$/.test(toks[s]!.lower) && !/^[,.;:!?]$/.test(toks[s]!.word)) s--;
    if (!/^(?:a|an)$/.test(toks[s]?.lower ?? '')) continue;
    const ref = speakerOfRegion(view, s, k);
    return ref?.entity && typeOf(view, view.entityById.get(ref.entity)!) !== 'PERSON' ? ref : null;
  }
  return null;
}

/**
 * An entity a definite description refers to: someone holding the role ("the commissioner",
 * "the foreign minister"), else for a kind of organisation ("the company", "the ministry") the
 * nearest organisation mentioned before, preferring one whose name contains the noun.
 */
export function describedEntity(view: View, written: readonly string[], offset: number): Entity | undefined {
  // "the Connemara-born minister": where someone comes from says nothing of the role.
  const ws: string[] = [];
  for (let i = 0; i < written.length; i++) {
    if (written[i + 1] === '-' && ORIGIN.test(written[i + 2] ?? '')) i += 2;
    else ws.push(written[i]!);
  }
  if (!ws.length) return undefined;
  const afterPossessive = ws.findIndex((w) => POSSESSIVE.has(w));
  // "The hotel's website", "the company's spokesman": the owner speaks.
  const own = afterPossessive >= 0 ? ws.slice(afterPossessive + 1) : ws;
  // "the secretary-general": a hyphenated title as written.
  const phrase = own.filter((w) => !DETERMINERS.has(w) && !POSSESSIVE.has(w)).join(' ').replace(/ ([-‑]) /g, '$1');
  const head = ws[ws.length - 1]!;
  if (!phrase) return undefined;
  // "the party said": the political party named last (by its KB code or its name), not a court named nearer.
  if (phrase === 'party') {
    for (let i = lowerBound(view.mentions, offset) - 1; i >= 0 && offset - view.mentions[i]!.end < MAX_ANTECEDENT_CHARS; i--) {
      const e = view.mentions[i]!.entity;
      if (typeOf(view, e) === 'ORG' && partyName(e)) return e;
    }
  }
  // "The company, Hollerbach Werkzeugmaschinen Handels GmbH of Rosenheim, said": the body named in apposition.
  const apposed = view.mentions[lowerBound(view.mentions, offset)];
  if (apposed && ORG_NOUNS.has(head) && typeOf(view, apposed.entity) === 'ORG' && /^the\s+\p{Ll}+,\s+$/iu.test(view.text.slice(offset, apposed.start)) && /^(?:\s+of\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?,/u.test(view.text.slice(apposed.end, apposed.end + 40))) return apposed.entity;
  // "the group" after "Hollow Choir, a ransomware group": the body last described so, unless a body
  // with the noun in its name is named nearer; "the opposition campaign" may be another one.
  const described = phrase === head ? describedBefore(view.bodies, head, offset, MAX_ANTECEDENT_CHARS) : undefined;
  // "Osage Ridge School District canceled classes …, according to … the district's website": the body that opens the sentence.
  // "… the company said. The company said it was not aware …": whom the same words stood for in the frame just before, no other body named since.
  if (phrase === head && BUSINESS.test(head)) {
    const spoke = framesWritten(view, head, offset).filter((x) => offset - x.start < MAX_ANTECEDENT_CHARS / 2).pop();
    // Not past another business named since ("… the company said. … Voltline said …, the company said").
    if (spoke && !mentionsIn(view, spoke.end, offset).some((m) => m.entity !== spoke.entity && typeOf(view, m.entity) === 'ORG' && !quotationAt(view, m.start))) return spoke.entity;
  }
  const opening = phrase === head && (!ROLE_WORDS.has(head) || BODY_HEADS.test(head) || INSTITUTION_NOUNS.test(head)) ? sentenceOpener(view, offset) : undefined;
  if (opening && typeOf(view, opening) !== 'PERSON' && nameHas(opening.name, head)) return opening;
  // "Energías del Cantábrico, which owns …, rejected that account. A spokeswoman for the company said": the business the sentence before opens with.
  const before = phrase === head && BUSINESS.test(head) ? sentenceOpener(view, offset, 1) : undefined;
  // "Nexaro dismissed the estimate. "…," the company said": also a one-word name read as a person's that no given name opens.
  const business = before && (typeOf(view, before) === 'ORG' || (typeOf(view, before) === 'PERSON' && !before.kb && !/\s/.test(before.name) && genderOfFirstName(before.name, view.kb) === undefined));
  if (before && business && !PUBLIC_BODY.test(before.name) && !NOT_BUSINESS.test(before.name)) return before;
  let nearest: Entity | undefined;
  let nearestAfterPreposition = false;
  let loose: Entity | undefined;
  const roleHead = ROLE_WORDS.has(head);
  const personHead = roleHead || PERSON_NOUNS.has(head);
  for (let i = lowerBound(view.mentions, offset) - 1; i >= 0; i--) {
    const m = view.mentions[i]!;
    const e = m.entity;
    if (e === described) return e;
    const type = typeOf(view, e);
    if (type !== 'PERSON' && type !== 'ORG') continue;
    // A news agency in a dateline ("LAMPEDUSA, Italy (AFP) - ") is who wrote the story, not what it describes.
    if (inDateline(view, m.start)) continue;
    if (type === 'PERSON') {
      if (e.roles.some((r) => holds(r.title, phrase, head)) || (personHead && writtenRole(view, m, phrase))) {
        // "the chair" is one written "the chair, X" before one written "X's chairman, Y" nearer.
        if (e.roles.some((r) => r.title.toLowerCase().endsWith(phrase)) || writtenRole(view, m, phrase, true)) return e;
        loose ??= e;
        continue;
      }
      const surface = view.text.slice(m.start, m.end).toLowerCase();
      if (surface.includes(phrase) && surface !== phrase && (!SECOND_RANK.test(surface) || SECOND_RANK.test(phrase))) return e;
      // "the Pope" for the person the entity stage named "Pope Francis" (a title in the name).
      if (roleHead && e.name.toLowerCase().startsWith(`${phrase} `) && !SECOND_RANK.test(phrase)) return e;
      continue;
    }
    // "the hospital", "the court": a body named earlier with that word in its name.
    if (!roleHead && offset - m.end < MAX_ANTECEDENT_CHARS && nameHas(e.name, head)) return mostMentioned(view, head, offset) ?? e;
    if (ORG_NOUNS.has(head)) {
      if (e.name.toLowerCase().includes(head)) return mostMentioned(view, head, offset) ?? e;
      // "the airline" is no public body named nearby ("the Federal Aviation Administration");
      // "the company" is the one the story is about more than one named in passing ("FTSE 100").
      // Of two named as often, the subject before a preposition's object ("X have signed Y from Belgian side Z").
      const more = nearest && BUSINESS.test(head) && (mentionsBefore(e, offset) > mentionsBefore(nearest, offset) || (mentionsBefore(e, offset) === mentionsBefore(nearest, offset) && nearestAfterPreposition && opensSentence(view, m.start)));
      if (offset - m.end < MAX_ANTECEDENT_CHARS / 2 && !(head === 'union' && partyName(e)) && !(BUSINESS.test(head) && (PUBLIC_BODY.test(e.name) || NOT_BUSINESS.test(e.name) || onlyAddressed(view, e, offset))) && (!nearest || more)) {
        nearest = e;
        nearestAfterPreposition = objectOfPreposition(view, m.start);
      }
    }
  }
  if (loose) return loose;
  // "the hotel": a place named earlier with that word in its name ("Hotel Arpit Palace").
  const place = !ROLE_WORDS.has(head) ? placeNamed(view, head, offset) : undefined;
  if (place) return place;
  // "the police", "police", "the force": the force the article names, when it names exactly one (rules §4.2).
  if (head === 'police' || head === 'force') {
    const force = onlyBody(view, (e) => FORCE_NAME.test(e.name));
    if (force) return force;
  }
  if (ORG_NOUNS.has(head) && ws.length > 1) {
    const named = view.doc.entities.find((e) => typeOf(view, e) === 'ORG' && e.name.toLowerCase().endsWith(phrase));
    if (named) return named;
    const modified = modifierNamed(view, own, offset);
    if (modified) return modified;
  }
  // "the trust" far from "Nene Valley NHS Foundation Trust": the one body whose name ends with the noun.
  if (!ROLE_WORDS.has(head)) {
    // "the council" far from "Consejo Regulador de la DOCa Rioja": the one body with the noun, in any language, in its name.
    const named = view.doc.entities.filter((e) => typeOf(view, e) === 'ORG' && (e.name.toLowerCase().endsWith(` ${phrase}`) || (phrase === head && NAMED_BODY_HEADS.test(head) && nameHas(e.name, head)) || (phrase === 'union' && WORKERS_NAME.test(e.name) && !partyName(e))) && mentionsBefore(e, offset) > 0);
    if (named.length === 1) return named[0];
  }
  // "The regulator said": the public body named nearest before (a central bank, an authority, a commission).
  if (REGULATOR.test(head)) {
    for (let i = lowerBound(view.mentions, offset) - 1; i >= 0 && offset - view.mentions[i]!.end < MAX_ANTECEDENT_CHARS; i--) {
      const e = view.mentions[i]!.entity;
      // A central bank, not a bank it oversees ("Norrvik Bank").
      // "Ofwat": a body the KB codes as a government's.
      if (typeOf(view, e) === 'ORG' && (PUBLIC_BODY.test(e.name) || /\b(?:Central Bank|Bank of|National Bank|Reserve|Regulat\w*|Supervis\w*)\b/.test(e.name) || /GOV$/.test(e.code ?? ''))) return e;
    }
  }
  // "…, their union said on Tuesday" in a lede, then "The Independent Pilots' Union of Aurelia (SIPA)":
  // the first body named after with the noun in its name, when none was named before.
  // A business may go unnamed by its kind ("Aurelia Air … the airline"); a union or party seldom does.
  // "the region's health authority said" before "Atlantic Shore Health Authority": every word in the name.
  const words = phrase.split(' ');
  if (NAMED_BODY_HEADS.test(head) && (!nearest || !BUSINESS.test(head))) {
    const named = bodyNamedAfter(view, offset, offset + MAX_ANTECEDENT_CHARS / 4, words);
    if (named) return named;
  }
  // "the New York-based bank": the body named nearest; "the central bank" is not a lender named before.
  // "the team said" is a sports team's ("Stahlberg Racing"), not researchers' after a journal's name.
  if (nearest && head === 'team' && SPORTS_TEAM.test(nearest.name)) return nearest;
  if (nearest && !/\bcentral\b/.test(phrase) && /^(?:company|firm|club|band|party|union|group|organisation|organization|institution|agency|airline|carrier|manufacturer|maker|retailer|charity|broadcaster|newspaper|website|site|outlet|publication|network|operator|lender|bank|consultancy|brokerage|insurer|utility|chipmaker|carmaker|automaker|startup|platform|app|processor|publisher|studio|exchange|label|developer|housebuilder|miner)$/.test(head)) return nearest;
  // "…, the charity said. The ship, run by the group SeaBridge Rescue, …": a body described just after.
  if (phrase === head && BODY_KINDS.has(head)) {
    const after = describedAfter(view.bodies, head, offset, MAX_ANTECEDENT_CHARS / 4);
    if (after) return after;
  }
  // "the company" far from any name: the business the story keeps naming (three mentions or more before).
  if (BUSINESS.test(head) && phrase === head) {
    const main = mostMentionedBusiness(view, offset);
    if (main) return main;
  }
  // A role held by exactly one entity anywhere in the document (cataphora: "the governor … Governor X").
  const holders = view.doc.entities.filter((e) => typeOf(view, e) === 'PERSON' && e.roles.some((r) => holds(r.title, phrase, head)));
  if (holders.length === 1) return holders[0];
  // "The Omanhene of the Abosomkrom Traditional Area, Nana Osei Kwabena Agyemang III, …" then "the
  // Omanhene": the one person a title written just before their name in the same sentence introduced.
  if (!ROLE_WORDS.has(head) || holders.length > 1) return undefined;
  // "The Minister for the Environment … has said" given to the person named next; then "the minister said": that person.
  const titled = new Set(framesWritten(view, phrase, offset).filter((x) => typeOf(view, x.entity!) === 'PERSON').map((x) => x.entity!));
  if (titled.size === 1) return [...titled][0];
  const introducing = rememberedFor(introducedCache, view, phrase, () =>
    introductions(view).filter(({ before }) => {
      const at = before.toLowerCase().lastIndexOf(phrase);
      if (at < 0 || !/^\p{Lu}/u.test(before.slice(at)) || /[.;!?]/.test(before.slice(at).replace(TITLE_ABBREVIATIONS, ''))) return false;
      // Not "Deputy Governor X" for "the governor".
      return !SECOND_RANK.test(before.slice(Math.max(0, at - 24), at + phrase.length).toLowerCase()) || SECOND_RANK.test(phrase);
    }));
  const introduced = [...new Set(introducing.filter((i) => i.start < offset).map((i) => i.entity))];
  return introduced.length === 1 ? introduced[0] : undefined;
}
