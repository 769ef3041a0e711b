import type { Entity, Ref } from '../../model/doc.js';
import { COMMON_WORDS } from '../../lexicon/words.js';
import { bySurname } from '../../kb/surnames.js';
import { genderOfFirstName } from './names.js';
import { MAX_ANTECEDENT_CHARS } from './thresholds.js';
import {
  DETERMINERS, FEMALE_TITLES, INSTITUTION_HEADS, MALE_TITLES, ORG_NOUNS, PREPOSITIONS, PRONOUNS, PROXY_HEADS,
  type PronounKind,
} from './verbs.js';
import { looksLikeTitledPerson, personName, ROLE_WORDS } from './person.js';
import { lowerBound, mentionsIn, quotationAt, typeOf, type MentionRef, type View } from './view.js';

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
  let cache = written.get(view);
  if (!cache) written.set(view, (cache = new Map()));
  const known = cache.get(entity);
  if (known !== undefined) return known;
  const toks = view.toks;
  let best = entity.name;
  for (const m of entity.mentions) {
    if (m.field) continue;
    let first = lowerBound(toks, m.start);
    let last = lowerBound(toks, m.end) - 1;
    if (first > last || !toks[first]) continue;
    const sentence = toks[first]!.sentence;
    const capitalised = (i: number) => toks[i] !== undefined && toks[i]!.sentence === sentence && /^\p{Lu}/u.test(toks[i]!.word) && !/^(?:The|A|An|In|On|At|By|For|From|With|According|After|Before|As|But|And)$/.test(toks[i]!.word) && !MONTHS_AND_DAYS.test(toks[i]!.word);
    while (capitalised(first - 1) && !(first - 1 === 0 || toks[first - 2]?.sentence !== sentence)) first--;
    for (;;) {
      if (capitalised(last + 1)) last++;
      else if (toks[last + 1]?.word === '.' && toks[last + 1]!.start === toks[last]!.end && DOMAIN.test(toks[last + 2]?.word ?? '') && toks[last + 2]!.start === toks[last + 1]!.end) last += 2;
      else if (/^[-‑]$/.test(toks[last + 1]?.word ?? '') && toks[last + 1]!.start === toks[last]!.end && capitalised(last + 2) && toks[last + 2]!.start === toks[last + 1]!.end) last += 2;
      else break;
    }
    let name = view.text.slice(toks[first]!.start, toks[last]!.end);
    if (/^the$/i.test(toks[first - 1]?.word ?? '') && PUBLICATION.test(name)) name = `The ${name}`;
    if (name.length > best.length && !name.includes('\n')) best = name;
  }
  cache.set(entity, best);
  return best;
}

const MONTHS_AND_DAYS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * A reference to an entity as a speaker. People are named by their fullest name in the article
 * without a role before it: a surname alone ("Bash") takes the one longer name that contains it.
 */
export function refOf(view: View, entity: Entity): Ref {
  if (typeOf(view, entity) !== 'PERSON') return { entity: entity.id, name: writtenName(view, entity) };
  let name = view.fullNames.get(entity) ?? personName(entity.name);
  // "London Sadiq Khan" (from "Mayor of London Sadiq Khan"): a place before the name is not part of it.
  const words = name.split(/\s+/);
  if (words.length >= 3 && view.kb?.lookup(words[0]!).some((k) => k.type === 'GPE' || k.type === 'LOC' || k.type === 'NORP')) name = words.slice(1).join(' ');
  if (!name.includes(' ')) {
    const fuller = view.surnames.get(name);
    if (fuller && fuller !== entity) return { entity: fuller.id, name: view.fullNames.get(fuller) ?? personName(fuller.name) };
    // A surname alone that one office holder in the KB has ("Biden").
    const known = view.kb ? bySurname(view.kb, name) : undefined;
    if (known) return { entity: entity.id, name: known.name };
  }
  return { entity: entity.id, name };
}

const genders = new WeakMap<Entity, 'male' | 'female' | null>();

/**
 * A person's gender: from the KB, else a gendered title or role ("Mrs", "spokeswoman") written
 * before a mention, else the first name. Unknown is null (compatible with both pronouns).
 */
export function genderOf(view: View, entity: Entity): 'male' | 'female' | null {
  const known = genders.get(entity);
  if (known !== undefined) return known;
  let g: 'male' | 'female' | null = null;
  const kbGender = entity.kb ? view.kb?.get(entity.kb)?.gender : undefined;
  if (kbGender) g = kbGender;
  for (const m of entity.mentions) {
    if (g || m.field) break;
    const before = view.text.slice(Math.max(0, m.start - 16), m.start).toLowerCase().split(/\s+/).filter(Boolean).pop();
    if (before && MALE_TITLES.has(before)) g = 'male';
    else if (before && FEMALE_TITLES.has(before)) g = 'female';
  }
  for (const r of entity.roles) {
    if (g) break;
    const t = r.title.toLowerCase().split(/\s+/).pop() ?? '';
    if (MALE_TITLES.has(t)) g = 'male';
    else if (FEMALE_TITLES.has(t)) g = 'female';
  }
  if (!g) {
    const words = entity.name.split(/\s+/);
    for (const w of words.slice(0, -1)) {
      const byName = genderOfFirstName(w.replace(/\.$/, ''), view.kb);
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
  if (kind === 'thing') return typeOf(view, entity) === 'ORG' ? 2 : typeOf(view, entity) === 'GPE' ? 1 : 0;
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
  let fallback: Entity | undefined;
  // The speaker of the last quote before, if it fits ("Biden said, "…". He added, "…"").
  const outside = !quotationAt(view, offset);
  const last = lastSpeaker(view, offset);
  const recent = last?.entity;
  const personal = kind === 'male' || kind === 'female';
  if (personal && last && unnamedPersonBetween(view, last.end, offset)) return undefined;
  if (outside && recent && compatible(view, kind, recent) > 0) return recent;
  for (let i = lowerBound(view.mentions, offset) - 1; i >= 0; i--) {
    const m = view.mentions[i]!;
    if (m.end < floor) break;
    if (m.end > offset) continue;
    // A name inside a quotation is not what a pronoun outside it refers to.
    if (outside && quotationAt(view, m.start)) continue;
    // "One of the victims … She said": a person described but not named came in between.
    if (personal && unnamedPersonBetween(view, m.end, offset)) return undefined;
    const c = compatible(view, kind, m.entity);
    if (c === 2) return m.entity;
    if (c === 1 && !fallback) fallback = m.entity;
  }
  return fallback;
}

const seen = new WeakMap<View, Set<string>>();
/** Words the document writes in lower case somewhere (so a capitalised one may just open a sentence). */
function lowercaseSeen(view: View): Set<string> {
  let set = seen.get(view);
  if (!set) {
    set = new Set();
    for (const t of view.toks) if (t.word === t.lower && /^\p{Ll}/u.test(t.word)) set.add(t.lower);
    seen.set(view, set);
  }
  return set;
}

/** A sentence opening with a person described, not named ("One of the victims", "A protester"). */
const UNNAMED_PERSON = /^(?:one of the|the|a|an|another)\s+(?:[\p{Ll}'’-]+\s+){0,3}?(?:victims?|woman|man|head|officer|official|source|witness|resident|protester|student|lawyer|doctor|nurse|teacher|mother|father|survivor|girl|boy|worker|employee|passenger|driver|neighbou?r|friend|relative|daughter|son|wife|husband)\b/iu;

/** True when a sentence starting in (from, to) opens with an unnamed person as its subject. */
function unnamedPersonBetween(view: View, from: number, to: number): boolean {
  const sentences = view.doc.sentences;
  for (let i = lowerBound(sentences, from); i < sentences.length && sentences[i]!.start < to; i++) {
    const head = view.text.slice(sentences[i]!.start, Math.min(sentences[i]!.end, sentences[i]!.start + 80));
    if (UNNAMED_PERSON.test(head)) return true;
  }
  return false;
}

/** How far back the last quote's speaker is taken for a pronoun, in characters. */
const MAX_SPEAKER_CONTINUITY_CHARS = 400;

/** The entity that spoke last before `offset` (nearby), from quotes already attributed. */
function lastSpeaker(view: View, offset: number): View['speakers'][number] | undefined {
  const i = lowerBound(view.speakers, offset) - 1;
  const s = view.speakers[i];
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
    const g = genderOfFirstName(first, view.kb);
    if (recent.ref.name.includes(' ') && (g === kind || g === undefined)) return recent.ref;
  }
  const e = resolvePronoun(view, pronoun, offset);
  return e ? refOf(view, e) : null;
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
const VOICES = new Set(['representative', 'representatives', 'spokesperson', 'spokespeople', 'spokesman', 'spokeswoman', 'spokespersons', 'spokesmen', 'envoy', 'delegation', 'delegates', 'ambassador']);

/** Adverbs that may open a clause before its subject ("Later the spokesperson said"). */
const LEADING_ADVERBS = new Set(['later', 'earlier', 'then', 'also', 'meanwhile', 'separately', 'however', 'now', 'and', 'but', 'yesterday', 'today', 'subsequently', 'afterwards', 'previously', 'still', 'so']);

/** "X's office": the office speaks, named after X. */
const OFFICES = new Set(['office', 'government', 'administration', 'campaign', 'cabinet', 'ministry', 'embassy', 'team', 'spokesperson', 'spokesman', 'spokeswoman']);

/**
 * The speaker named by tokens a..b (a subject or an agent phrase): a pronoun's antecedent; the
 * first person named in it, else the first organisation or country, skipping names that only
 * qualify a generic noun ("scientists from the University", "Johnson's critics"); a group noun
 * with an institution ("the Mexican government"); a role or kind that refers back ("the
 * commissioner", "the company"); a capitalised name the entity stage did not find. Null when
 * the phrase names nobody ("officials", "a witness").
 */
export function speakerOfRegion(view: View, a: number, b: number, personOnly = false, nearestEnd = false): Ref | null {
  const toks = view.toks;
  while (a <= b && (/^[,;:—–(]$/.test(toks[a]!.word) || (a < b && LEADING_ADVERBS.has(toks[a]!.lower)))) a++;
  while (b >= a && /^[,;:—–)]$/.test(toks[b]!.word)) b--;
  if (a > b) return null;
  if (a === b && PRONOUNS[toks[a]!.lower]) return pronounSpeaker(view, toks[a]!.word, toks[a]!.start);
  const start = toks[a]!.start;
  const end = toks[b]!.end;
  // The head: the first word that is not a determiner.
  let h = a;
  while (h < b && DETERMINERS.has(toks[h]!.lower)) h++;
  const headIsName = view.mentions[lowerBound(view.mentions, toks[h]!.start)]?.start === toks[h]!.start;
  const opensSentenceAt = (i: number) => i === 0 || toks[i - 1]!.sentence !== toks[i]!.sentence;
  const genericHead = !headIsName && !PROXY_HEADS.has(toks[h]!.lower) && !VOICES.has(toks[h]!.lower) &&
    (/^\p{Ll}/u.test(toks[h]!.word) || (opensSentenceAt(h) && (COMMON_WORDS.has(toks[h]!.lower) || lowercaseSeen(view).has(toks[h]!.lower))));
  const usable: MentionRef[] = [];
  let institution: Ref | null = null;
  let office: Ref | null = null;
  // After a generic head ("scientists from …", "a source within …") names are not the speaker.
  let ppFrom = Infinity;
  if (genericHead) {
    for (let k = h + 1; k <= b; k++) {
      if (PREPOSITIONS.has(view.toks[k]!.lower) && view.toks[k]!.lower !== 'by') {
        ppFrom = view.toks[k]!.start;
        break;
      }
    }
  }
  for (const m of mentionsIn(view, start, end)) {
    if (m.start >= ppFrom) continue;
    let k = lowerBound(toks, m.end);
    // "X's office" names X; "X's critics" does not.
    // A person's name with "of X's Institute" inside keeps the person ("Ted Scambos of CU Boulder's …").
    const personOfOrg = typeOf(view, m.entity) === 'PERSON' && k + 1 <= b && /^\p{Lu}/u.test(toks[k + 1]!.word) && !OFFICES.has(toks[k + 1]!.lower);
    if (k <= b && POSSESSIVE.has(toks[k]!.word) && !personOfOrg) {
      let head = k + 1;
      while (head <= b && isCapitalised(toks[head]!.word) === false && !PROXY_HEADS.has(toks[head]!.lower) && head < k + 3) head++;
      if (head > b || !PROXY_HEADS.has(toks[head]!.lower)) continue;
      if (OFFICES.has(toks[head]!.lower) && head === k + 1) {
        office ??= { entity: m.entity.id, name: view.text.slice(m.start, toks[head]!.end) };
        continue;
      }
    }
    if (typeOf(view, m.entity) === 'NORP' || (typeOf(view, m.entity) === 'GPE' && INSTITUTION_HEADS.has(k <= b ? toks[k]!.lower : ''))) {
      const next = k <= b ? toks[k]!.lower : '';
      const next2 = k + 1 <= b ? `${next} ${toks[k + 1]!.lower}` : '';
      if (INSTITUTION_HEADS.has(next2) || INSTITUTION_HEADS.has(next)) {
        const last = INSTITUTION_HEADS.has(next2) ? k + 1 : k;
        institution ??= { name: view.text.slice(m.start, toks[last]!.end) };
      }
      continue;
    }
    usable.push(m);
  }
  // "… director of Amnesty International Man-kei Tam said": a name at the end of the subject
  // that the entity stage missed, after the last mention.
  if (nearestEnd) {
    const lastMention = usable[usable.length - 1];
    const from = lastMention ? lowerBound(toks, lastMention.end) : a;
    let k = b;
    while (k > from && (/^\p{Lu}\p{Ll}/u.test(toks[k - 1]!.word) || (toks[k - 1]!.word === '-' && toks[k - 1]!.start === toks[k - 2]?.end))) k--;
    const run = view.text.slice(toks[k]!.start, toks[b]!.end);
    if (k > a && k >= from && /^\p{Lu}\p{Ll}/u.test(toks[k]!.word) && /^\p{Lu}/u.test(toks[b]!.word) && run.split(/\s+/).length >= 2 && !mentionsIn(view, toks[k]!.start, toks[b]!.end).length && (genderOfFirstName(run.split(/[\s-]+/)[0]!, view.kb) !== undefined || /^\p{Lu}\p{Ll}+-\p{Ll}/u.test(run))) {
      return { name: run };
    }
  }
  // A subject read backwards from its verb: the person nearest the verb ("El Paso's police chief
  // Greg Allen"); an agent read forwards: the first one.
  const people = usable.filter((m) => typeOf(view, m.entity) === 'PERSON');
  const person = nearestEnd ? people[people.length - 1] : people[0];
  if (office && !person) return office;
  if (person) return withRun(view, person, a, b) ?? refOf(view, person.entity);
  if (personOnly) return null;
  if (usable[0]) return withRun(view, usable[0], a, b) ?? refOf(view, usable[0].entity);
  if (institution) return institution;
  // "its press release", "his statement": the pronoun's antecedent.
  const possessive = POSSESSIVE_PRONOUNS[toks[a]!.lower];
  if (possessive && a < b && (PROXY_HEADS.has(toks[b]!.lower) || /^(?:release|statement|announcement|tweet|website|account|post|interview|speech)$/.test(toks[b]!.lower))) {
    const e = resolvePronoun(view, possessive, toks[a]!.start);
    return e ? refOf(view, e) : null;
  }
  // No entity: a pronoun at the end ("... underwear he"), a description, or an unknown name.
  const last = toks[b]!;
  if (PRONOUNS[last.lower] && (b === a || !/^\p{L}/u.test(toks[b - 1]!.word) || /^\p{Ll}/u.test(toks[b - 1]!.word))) {
    return pronounSpeaker(view, last.word, last.start);
  }
  // "a protester using the pseudonym Katya", "a man identified as John Smith".
  for (let k = h; k < b; k++) {
    if (/^(?:named|pseudonym|called|as)$/.test(toks[k]!.lower) && /^\p{Lu}\p{Ll}/u.test(toks[k + 1]!.word) && (toks[k]!.lower !== 'as' || toks[k - 1]?.lower === 'identified')) {
      let e = k + 1;
      while (e + 1 <= b && /^\p{Lu}/u.test(toks[e + 1]!.word)) e++;
      if (e === b) return { name: view.text.slice(toks[k + 1]!.start, toks[e]!.end) };
    }
  }
  const ws = words(view, h, b);
  const first = toks[a]!.lower;
  const titleWords = ws.every((w) => DETERMINERS.has(w) || ROLE_WORDS.has(w));
  if ((first === 'the' || POSSESSIVE.has(toks[Math.min(b, a + 1)]!.word)) && (/^\p{Ll}/u.test(last.word) || titleWords)) {
    const e = describedEntity(view, ws, start);
    return e ? refOf(view, e) : null;
  }
  // "news agency Fars", "student protester Joshua Wong": a description, then the name.
  if (/^\p{Ll}/u.test(toks[h]!.word) && /^\p{Lu}/u.test(last.word)) {
    let k = b;
    while (k > h && (/^\p{Lu}/u.test(toks[k - 1]!.word) || /^[.&-]$/.test(toks[k - 1]!.word))) k--;
    if (k > h && /^\p{Ll}/u.test(toks[k - 1]!.word) && !PREPOSITIONS.has(toks[k - 1]!.lower) && toks[k]!.start < ppFrom) {
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
  // One capitalised word opening a sentence is an ordinary word ("Officials", "There").
  const opensSentence = h === 0 || toks[h - 1]!.sentence !== toks[h]!.sentence || /^["“(]$/.test(toks[h - 1]!.word);
  if (names.every((w) => /^[\p{N}.,]+$/u.test(w))) return null;
  // One capitalised word opening a sentence, unknown to the entity stage, is an ordinary word ("Activists").
  if (names.length === 1 && ((opensSentence && !/^\p{Lu}{2,}$/u.test(names[0]!)) || /^(?:The|A|An|It|This|That|There|Officials|Police|Authorities|Witnesses|Residents|Sources|Critics|Experts|Analysts|Reports|Researchers|Scientists)$/.test(names[0]!) || COMMON_WORDS.has(names[0]!.toLowerCase()) || lowercaseSeen(view).has(names[0]!.toLowerCase()))) return null;
  const raw = view.text.slice(toks[h]!.start, end);
  const written = looksLikeTitledPerson(raw) || genderOfFirstName(raw.split(/\s+/)[0]!, view.kb) !== undefined ? personName(raw) : raw;
  const known = view.surnames.get(written.split(/\s+/).pop()!);
  return known ? refOf(view, known) : { name: written };
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
  const joins = (w: string) => /^(?:of|for|and|the|de|al|'s|’s)$/.test(w);
  const cap = (i: number) => i >= a && i <= b && /^[\p{Lu}\p{N}]/u.test(toks[i]!.word) && !/^(?:The|A|An)$/.test(toks[i]!.word);
  for (;;) {
    if (cap(first - 1)) first--;
    else if (first - 2 >= a && joins(toks[first - 1]!.lower) && toks[first - 1]!.lower !== "'s" && cap(first - 2)) first -= 2;
    else break;
  }
  for (;;) {
    if (cap(last + 1)) last++;
    else if (last + 2 <= b && /^[-‑]$/.test(toks[last + 1]!.word) && toks[last + 1]!.start === toks[last]!.end && cap(last + 2)) last += 2;
    else if (last + 2 <= b && joins(toks[last + 1]!.lower) && cap(last + 2) && (toks[last + 1]!.lower !== "'s" || PROXY_HEADS.has(toks[last + 2]!.lower) || /^(?:Office|Department|Ministry|Service)$/.test(toks[last + 2]!.word))) last += 2;
    else break;
  }
  if (first === lowerBound(toks, m.start) && last === lowerBound(toks, m.end) - 1) return undefined;
  const run = view.text.slice(toks[first]!.start, toks[last]!.end);
  // "U.S. Attorney Bash": a role and the surname of a person named in full elsewhere.
  const surname = view.surnames.get(toks[last]!.word);
  if (surname && typeOf(view, m.entity) !== 'PERSON') return refOf(view, surname);
  // A role before a known person's name ("Conservative MP Philip Hammond") keeps the person.
  if (typeOf(view, m.entity) === 'PERSON') return undefined;
  // "Conservative MP Philip Hammond": a role and a name the entity stage did not type as a person.
  if (looksLikeTitledPerson(run) || run.split(/\s+/).some((w, i) => i > 0 && genderOfFirstName(w, view.kb) !== undefined)) return { name: personName(run) };
  return { name: run.replace(/^(?:The|the)\s+/, '') };
}

const SECOND_RANK = /\b(?:deputy|vice|assistant|acting|former|lieutenant|under|associate)\b/;

/** True when a role title is the one a description names ("governor" is not "Deputy Governor"). */
function holds(title: string, phrase: string, head: string): boolean {
  const t = title.toLowerCase();
  if (SECOND_RANK.test(t) && !SECOND_RANK.test(phrase)) return false;
  return t.endsWith(phrase) || t === head;
}

/**
 * An entity a definite description refers to: someone holding the role ("the commissioner",
 * "the foreign minister"), else for a kind of organisation ("the company", "the ministry") the
 * nearest organisation mentioned before, preferring one whose name contains the noun.
 */
export function describedEntity(view: View, ws: readonly string[], offset: number): Entity | undefined {
  const afterPossessive = ws.findIndex((w) => POSSESSIVE.has(w));
  const own = afterPossessive >= 0 ? ws.slice(afterPossessive + 1) : ws;
  const phrase = own.filter((w) => !DETERMINERS.has(w) && !POSSESSIVE.has(w)).join(' ');
  const head = ws[ws.length - 1]!;
  if (!phrase) return undefined;
  let nearest: Entity | undefined;
  for (let i = lowerBound(view.mentions, offset) - 1; i >= 0; i--) {
    const m = view.mentions[i]!;
    const e = m.entity;
    if (typeOf(view, e) === 'PERSON' && e.roles.some((r) => holds(r.title, phrase, head))) return e;
    const surface = view.text.slice(m.start, m.end).toLowerCase();
    if (typeOf(view, e) === 'PERSON' && surface.includes(phrase) && surface !== phrase && (!SECOND_RANK.test(surface) || SECOND_RANK.test(phrase))) return e;
    if (typeOf(view, e) === 'ORG' && ORG_NOUNS.has(head)) {
      if (e.name.toLowerCase().includes(head)) return e;
      if (!nearest && offset - m.end < MAX_ANTECEDENT_CHARS / 2) nearest = e;
    }
  }
  if (ORG_NOUNS.has(head) && ws.length > 1) {
    const named = view.doc.entities.find((e) => typeOf(view, e) === 'ORG' && e.name.toLowerCase().endsWith(phrase));
    if (named) return named;
  }
  if (nearest && /^(?:company|firm|group|organisation|organization|agency|airline|carrier|manufacturer|maker|retailer|charity|broadcaster|newspaper|website|site|outlet|publication|network)$/.test(head)) return nearest;
  // A role held by exactly one entity anywhere in the document (cataphora: "the governor … Governor X").
  const holders = view.doc.entities.filter((e) => typeOf(view, e) === 'PERSON' && e.roles.some((r) => holds(r.title, phrase, head)));
  return holders.length === 1 ? holders[0] : undefined;
}
