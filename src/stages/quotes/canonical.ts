import type { Entity, Ref } from '../../model/doc.js';
import type { Kb, KbEntry } from '../../kb/types.js';
import { COMMON_WORDS } from '../../lexicon/words.js';
import { genderOfFirstName } from '../../lexicon/genders.js';
import { isGivenName } from '../../lexicon/names.js';
import { personName, ROLE_WORDS } from './person.js';
import { companyOfPlace, lowerBound, rememberedFor, typeOf, withoutParticle, type View } from './view.js';
import { initials } from '../../text/initials.js';
import { HYPHENATED_NAME, spelledStart, UPPER_START } from './letters.js';
import { MAX_SPELLED_CHARS } from './thresholds.js';
import { titleCaseHeadlineEnd } from '../../text/headline.js';

/** A hyphen token. */
const HYPHEN = /^[-‑]$/;

/** Combining marks (diacritics after NFD). */
const MARKS = /\p{M}/gu;
/** Right after a lower-case word or a comma. */
const AFTER_LOWER_WORD = /[\p{Ll},]\s+$/u;
/** "A Hampshire Police spokesman" read as a name. */
const INDEFINITE_NAME = /^(?:A|An)\s+\p{Lu}/u;
/** Two given names and a family name ("Kirsty and Ben Lowther"). */
const COUPLE = /^(\p{Lu}\p{Ll}+) and (\p{Lu}\p{Ll}+) (\p{Lu}[\p{L}'’-]+)$/u;
/** One word, an acronym or a short name ("Phivolcs", "AT&T"). */
const ONE_WORD_NAME = /^[\p{L}.&-]+$/u;

/**
 * Speaker names as the annotation rules want them (docs/annotation/quotes.md §4.1): a person by
 * the fullest form of the name in the article ("Fernández" → "Alberto Fernández", "Tam" →
 * "Man-kei Tam"), an organisation by its full name where the article spells out an acronym
 * ("NDRRMC" → "National Disaster Risk Reduction and Management Council"), with "The" when the
 * article writes it as part of the name mid-sentence ("The Guardian"). The entity link is kept.
 */

/** Lower case without diacritics: "Fernández" and the KB's "Fernandez" are one name. */
function fold(s: string): string {
  let out = folded.get(s);
  if (out === undefined) {
    if (folded.size >= 20_000) folded.clear();
    folded.set(s, (out = /[^\x00-\x7f]/.test(s) ? s.normalize('NFD').replace(MARKS, '').toLowerCase() : s.toLowerCase()));
  }
  return out;
}
const folded = new Map<string, string>();

/** Small words inside a person's name ("Arnel dela Vega", "Osama bin Laden"). */
export const NAME_PARTICLES = /^(?:de|dela|del|della|di|da|du|la|le|van|von|zu|der|den|ter|ten|bin|binti|bint|anak|ibn|al|el|abu|y|við)$/;
/** Small words inside an organisation's name ("Centers for Disease Control and Prevention"). */
const ORG_JOINERS = /^(?:of|for|and|on|the|de|du|des|la|le|&)$/;

interface Form {
  name: string;
  words: string[];
  /** Where it is first written (Infinity for a name that is not in the text, e.g. a KB name). */
  at: number;
}

const formsCache = new WeakMap<View, Form[]>();

const isNameWord = (w: string) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.test(w);

/** Every multi-word name of a person the article writes, without roles before it. */
function personForms(view: View): Form[] {
  let forms = formsCache.get(view);
  if (forms) return forms;
  forms = [];
  const seen = new Map<string, Form>();
  const done = new Set<string>();
  const add = (raw: string, at: number) => {
    // One word is never a fuller form; a text seen before only moves the first position.
    if (!raw.includes(' ')) return;
    if (done.has(raw)) {
      const had = seen.get(fold(personName(raw.replace(/[’']s$/, '')).trim()));
      if (had && at < had.at) had.at = at;
      return;
    }
    done.add(raw);
    const name = personName(raw.replace(/[’']s$/, '')).trim();
    const words = name.split(/\s+/);
    if (words.length < 2 || words.length > 5 || !words.every(isNameWord) || !UPPER_START.test(words[0]!)) return;
    if (words.some((w) => ROLE_WORDS.has(w.toLowerCase()) || COMMON_WORDS.has(w.toLowerCase()))) return;
    const key = fold(name);
    const had = seen.get(key);
    if (had) {
      // The article's own spelling ("Alberto Fernández") over the KB's ("Alberto Fernandez").
      if (at < had.at) Object.assign(had, { at, name });
    }
    else {
      const f = { name, words: words.map(fold), at };
      seen.set(key, f);
      forms!.push(f);
    }
  };
  for (const e of view.doc.entities) {
    if (typeOf(view, e) !== 'PERSON') continue;
    const full = view.fullNames.get(e);
    add(full ?? e.name, Infinity);
    // "United Nations Nikki Haley": a person's name inside a longer mention is the form written.
    for (const m of e.mentions) if (!m.field) add(full && m.text.endsWith(full) ? full : m.text, m.start);
  }
  // Article spellings win over a KB spelling: sort by first position.
  forms.sort((a, b) => a.at - b.at);
  formsCache.set(view, forms);
  return forms;
}

const otherCache = new WeakMap<View, { start: number; end: number }[]>();

/** True when the text at [start, end) is inside a mention of a non-person entity. */
function insideOtherEntity(view: View, start: number, end: number): boolean {
  let spans = otherCache.get(view);
  if (!spans) {
    spans = [];
    for (const e of view.doc.entities) {
      if (typeOf(view, e) === 'PERSON') continue;
      for (const m of e.mentions) if (!m.field) spans.push({ start: m.start, end: m.end });
    }
    otherCache.set(view, spans);
  }
  return spans.some((m) => m.start <= start && m.end >= end);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Where `word` is first written as a whole word at or after `from`, or -1. */
function wordAt(text: string, word: string, from: number): number {
  for (let i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!LETTER_OR_DIGIT.test(text[i - 1] ?? '') && !LETTER_OR_DIGIT.test(text[i + word.length] ?? '')) return i;
  }
  return -1;
}

/** One or two capitalised words (with a particle: "Osama bin") right before a name. */
const NAMES_BEFORE = /(?:\p{Lu}[\p{L}'’]*(?:-\p{L}+)?\s+(?:(?:bin|ibn|al|el|de|dela|del|van|von|der|da|di|du)\s+)?){1,2}$/u;

/**
 * "Tam" written in full elsewhere as "Man-kei Tam" though the entity stage did not find that
 * name: one or two capitalised words right before the surname, the first a known given name or
 * hyphenated, none a role or an organisation's word.
 */
function writtenFullName(view: View, surname: string): string | undefined {
  const text = view.text;
  for (let at = wordAt(text, surname, 0); at >= 0; at = wordAt(text, surname, at + surname.length)) {
    if (!/\s/.test(text[at - 1] ?? '')) continue;
    const m = NAMES_BEFORE.exec(text.slice(Math.max(0, at - 80), at));
    if (!m) continue;
    let words = m[0].trim().split(/\s+/);
    let start = at - m[0].length;
    // A given name the entity stage read as a place ("Charlotte Charles") still opens the name.
    while (words.length && (ROLE_WORDS.has(words[0]!.toLowerCase()) || COMMON_WORDS.has(words[0]!.toLowerCase()) || (insideOtherEntity(view, start, start + words[0]!.length) && !(words.length === 1 && givenName(view, words[0]!))))) {
      start += words[0]!.length + 1;
      words = words.slice(1);
    }
    if (!words.length) continue;
    if (words.some((w) => ROLE_WORDS.has(w.toLowerCase()) || COMMON_WORDS.has(w.toLowerCase()))) continue;
    // The given name is known, hyphenated ("Man-kei"), or any capitalised word mid-sentence
    // right before the surname ("suspect Sudesh Amman").
    const midSentence = start > 0 && AFTER_LOWER_WORD.test(text.slice(Math.max(0, start - 3), start));
    if (!givenName(view, words[0]!) && !HYPHENATED_NAME.test(words[0]!) && !(midSentence && words.length === 1)) continue;
    return `${words.join(' ')} ${surname}`;
  }
  return undefined;
}

/** True when a word is a known given name (its first part if hyphenated: "Man-kei"). */
function givenName(view: View, w: string): boolean {
  return genderOfFirstName(w.replace(/-.*/, ''), view.kb) !== undefined;
}

/**
 * A KB name the article never writes ("Mohammed bin Salman") as the article writes it ("Mohammad
 * bin Salman"): the longest of the entity's mentions with at least as many words.
 */
function asWritten(view: View, name: string, mentions: readonly string[]): string {
  if (view.text.includes(name)) return name;
  const words = name.split(/\s+/).length;
  let best = name;
  for (const m of mentions) if (m.split(/\s+/).length >= words && (best === name || m.length > best.length)) best = m;
  return best;
}

/** A person's fullest name: the earliest-written longer name that contains every word of it. */
function fullestPerson(view: View, name: string, entityForms: readonly string[], entity?: Entity): string {
  const words = name.split(/\s+/).map(fold);
  // "Gloria Vanderbilt" is not "her mother, Gloria Morgan Vanderbilt": a full name never grows
  // into the name of a relative.
  const relatives = words.length > 1 ? relativesOf(view).filter((e) => e !== entity) : [];
  const others = new Set(relatives.map((e) => fold(e.name)));
  const all = others.size ? personForms(view).filter((f) => !others.has(fold(f.name))) : personForms(view);
  const last = words[words.length - 1]!;
  const containing = all.filter(
    (f) =>
      f.words.length > words.length &&
      ((f.words[f.words.length - 1] === last && words.every((w) => f.words.includes(w))) || (words.length === 1 && f.words[0] === last)),
  );
  let best: Form | undefined;
  if (containing.length) {
    // Several people share the surname: the one named first in the article (the story's
    // subject), unless the entity itself is written in full.
    const own = containing.filter((f) => entityForms.some((n) => fold(n) === fold(f.name)));
    const pool = own.length ? own : containing;
    const first = pool[0]!;
    // The fullest form of that person: a longer name containing the first one's words.
    best = pool.filter((f) => first.words.every((w) => f.words.includes(w))).sort((a, b) => b.words.length - a.words.length || a.at - b.at)[0];
  }
  if (best) return best.name;
  if (words.length === 1 && UPPER_START.test(name)) return writtenFullName(view, name) ?? name;
  return name;
}

/** A kinship word right before a name ("her mother, Gloria Morgan Vanderbilt"). */
const KIN_BEFORE = /\b(?:mother|father|son|daughter|wife|husband|brother|sister|grand(?:mother|father|son|daughter)|aunt|uncle|cousin|niece|nephew|widow|widower)\s*,?\s*$/i;

const relativesCache = new WeakMap<View, Entity[]>();
/** The document's people introduced as someone's relative, found once per view. */
function relativesOf(view: View): Entity[] {
  let out = relativesCache.get(view);
  if (!out) {
    out = view.doc.entities.filter((e) => typeOf(view, e) === 'PERSON' && e.mentions.some((m) => !m.field && KIN_BEFORE.test(view.text.slice(Math.max(0, m.start - 24), m.start))));
    relativesCache.set(view, out);
  }
  return out;
}

/** Name words in lower case or particles before a surname ("Arnel dela Vega", "Al Jazeera"). */
const PARTS_BEFORE = /(?:^|[\s(])((?:\p{Lu}\p{Ll}+\s+)?(?:dela|de|del|da|di|van|von|der|den|bin|ibn|al|el|abu|De|Del|Van|Von|Al|El|Abu|Le|La)\s+)$/u;
/** Name parts after a mention: a hyphenated syllable ("-soo"), a given name of two syllables ("Tong" + " Yung-soo"), a particle and a name ("bin Salman"), a regnal number. */
const PARTS_AFTER = /^(?:[-‑]\p{Ll}{2,4}\b(?![-‑])|\s+\p{Lu}\p{Ll}+[-‑]\p{Ll}{2,4}\b(?![-‑])|\s+(?:bin|ibn|al|el|de|dela|del|van|von|der|da|di|du|abu)\s+\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?|\s+(?:II|III|IV|VI|VII|VIII|IX)\b)/u;

/**
 * A person's name with the parts the entity stage left out where the text writes it ("Vega"
 * written "Arnel dela Vega", "Tong Yung" written "Tong Yung-soo", "Mohammad" written "Mohammad
 * bin Salman", "Elizabeth" written "Elizabeth II"): the longest such form.
 */
function writtenAround(view: View, name: string): string {
  const text = view.text;
  let best = name;
  for (let at = wordAt(text, name, 0); at >= 0; at = wordAt(text, name, at + name.length)) {
    const before = PARTS_BEFORE.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? '';
    let after = PARTS_AFTER.exec(text.slice(at + name.length, at + name.length + 40))?.[0] ?? '';
    // "Trump-backed": a hyphenated syllable belongs to the name only after a name of two words.
    if (/^[-‑]/.test(after) && !name.includes(' ')) after = '';
    const form = `${before}${name}${after}`;
    if (form.length > best.length) best = form;
  }
  return best;
}

/** "Full Name (ACR)" in the text for an acronym or short name. */
function spelledOut(view: View, name: string): string | undefined {
  const text = view.text;
  const i = text.indexOf(`(${name})`);
  if (i < 0) return ACRONYM_OF_THREE.test(name) ? runSpelling(view, name) : undefined;
  // Words whose initials spell the acronym, over commas ("Institute of Epidemiology, Disease Control and Research").
  const from = Math.max(0, i - MAX_SPELLED_CHARS);
  const spelled = spelledStart(text.slice(from, i), name);
  if (spelled >= 0) return text.slice(from + spelled, i).trimEnd();
  const toks = view.toks;
  let k = lowerBound(toks, i) - 1;
  const last = k;
  // Name words back from the bracket, not a day or a word opening a phrase ("This Thursday the …").
  const sentence = toks[last]!.sentence;
  while (k >= 0 && (spelledWordIn(toks, k, sentence) || (ORG_JOINERS.test(toks[k]!.word) && spelledWordIn(toks, k - 1, sentence)) || /^[-’']$/.test(toks[k]!.word))) k--;
  k++;
  while (k <= last && (/^(?:The|the)$/.test(toks[k]!.word) || ORG_JOINERS.test(toks[k]!.word))) k++;
  // Not from inside a hyphenated word ("Officer-in-Charge (OC)" read from "-Charge").
  if (k > last || last - k < 1 || (k > 0 && toks[k - 1]!.end === toks[k]!.start && /^[-‑’']$/.test(toks[k]!.word))) return undefined;
  return text.slice(toks[k]!.start, toks[last]!.end);
}

/**
 * A one-word organisation name as first written with the capitalised words around it ("Salling"
 * → "Salling Group", "Jazeera" → "Al Jazeera", "Johns Hopkins Center for …"): the article's
 * first form of the name.
 */
function firstWritten(view: View, name: string, rightOnly = false): string | undefined {
  const toks = view.toks;
  // Not in a headline in title case, where every word is capitalised ("Meridian Pictures Pushes Korvath").
  const at = wordAt(view.text, name, Math.max(0, titleCaseHeadlineEnd(view.text)));
  if (at < 0) return undefined;
  let a = lowerBound(toks, at);
  let b = lowerBound(toks, at + name.length) - 1;
  if (!toks[a] || toks[a]!.start !== at || b < a) return undefined;
  const sentence = toks[a]!.sentence;
  for (;;) {
    if (!rightOnly && orgWordIn(toks, a - 1, sentence) && a - 1 > 0 && toks[a - 2]!.sentence === toks[a - 1]!.sentence) a--;
    // "Review-Journal": a hyphenated name written as one word.
    else if (HYPHEN.test(toks[a - 1]?.word ?? '') && toks[a - 1]!.end === toks[a]!.start && toks[a - 2]?.end === toks[a - 1]!.start && orgWordIn(toks, a - 2, sentence)) a -= 2;
    else break;
  }
  // "… Commission on International Religious Freedom", "Centers for Disease Control and
  // Prevention": joiners inside a name; "and" only after "of"/"for"/"on" ("Tesco and Salling
  // Group" is two names).
  let joined = false;
  for (;;) {
    const j = toks[b + 1]?.word ?? '';
    if (orgWordIn(toks, b + 1, sentence)) b++;
    // Not "of Fresno" after "Valle Dorado Foods": where a company is.
    else if (ORG_JOINERS.test(j) && j !== 'the' && (j !== 'and' || joined) && !companyOfPlace(view, b) && orgWordIn(toks, b + 2, sentence)) {
      if (j !== 'and') joined = true;
      b += 2;
    } else break;
  }
  const run = view.text.slice(toks[a]!.start, toks[b]!.end);
  return run.length > name.length && !run.includes('\n') ? run : undefined;
}

/** Capitalised words that open a phrase before a name rather than belong to it. */
const PHRASE_OPENERS = /^(?:This|That|These|Those|On|In|At|By|For|From|With|After|Before|As|But|And|Last|Next|Earlier|Later)$/;

/**
 * "NZR" where the article writes "New Zealand Rugby chief executive …" but never "(NZR)": the first
 * whole run of capitalised words (and small words inside) whose capitals spell the acronym, and
 * no title's.
 */
function runSpelling(view: View, name: string): string | undefined {
  const toks = view.toks;
  for (let k = Math.max(0, lowerBound(toks, titleCaseHeadlineEnd(view.text) + 1)); k < toks.length; k++) {
    const sentence = toks[k]!.sentence;
    if (toks[k]!.word[0] !== name[0] || !spelledWordIn(toks, k, sentence) || spelledWordIn(toks, k - 1, sentence)) continue;
    let e = k;
    for (;;) {
      if (spelledWordIn(toks, e + 1, sentence)) e++;
      else if (ORG_JOINERS.test(toks[e + 1]?.word ?? '') && spelledWordIn(toks, e + 2, sentence)) e += 2;
      else break;
    }
    const run = view.text.slice(toks[k]!.start, toks[e]!.end);
    // Not a title's ("Assistant Superintendent of Police" for "ASP"): a body's name.
    if (e > k && initials(run) === name && !run.split(' ').some((w) => ROLE_WORDS.has(w.toLowerCase()))) return run;
  }
  return undefined;
}
/** An acronym of three capitals or more ("NZR"). */
const ACRONYM_OF_THREE = /^\p{Lu}{3,}$/u;

/** True when token i is a capitalised word of the sentence that can begin a name spelled out before "(ACR)". */
function spelledWordIn(toks: View['toks'], i: number, sentence: number): boolean {
  const t = toks[i];
  return t !== undefined && t.sentence === sentence && UPPER_START.test(t.word) && !MONTHS_AND_DAYS.test(t.word) && !PHRASE_OPENERS.test(t.word);
}

/** True when token i is a capitalised word of the sentence that can be part of an organisation's name. */
function orgWordIn(toks: View['toks'], i: number, sentence: number): boolean {
  const t = toks[i];
  return t !== undefined && t.sentence === sentence && UPPER_START.test(t.word) && !ROLE_WORDS.has(t.lower) && !COMMON_WORDS.has(t.lower) && !MONTHS_AND_DAYS.test(t.word) && !POST_NOMINAL.test(t.word);
}

/** Letters after a name that are not part of it ("Durham Hall QC"). */
const POST_NOMINAL = /^(?:QC|KC|MP|MEP|MSP|PhD|OBE|MBE|CBE|KBE|Jr|Sr|Esq)\.?$/;

const MONTHS_AND_DAYS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** "The" belongs to the name when the article capitalises it mid-sentence ("reported by The Guardian"). */
function withThe(view: View, name: string): string {
  if (/^the\s/i.test(name)) return name;
  const text = view.text;
  let i = text.indexOf(`The ${name}`);
  while (i >= 0) {
    let k = i - 1;
    while (k >= 0 && text[k] === ' ') k--;
    // Not after a sentence end, a quotation mark or a colon, nor after a dateline's dash ("SANTIAGO - The …").
    if (k >= 0 && !/[.!?\n"“”:—–-]/.test(text[k]!)) return `The ${name}`;
    i = text.indexOf(`The ${name}`, i + 1);
  }
  return name;
}

const canonicalCache = new WeakMap<View, Map<string, Ref>>();

/** Letters two forms of a name's first word share at least ("Emergencies" / "Emergency"). */
const SHARED_STEM = 7;

/**
 * The longer name the article gives the same organisation in another form ("Emergencies
 * Ministry" → "Emergency Situations Ministry"): the same last word, a first word of the same
 * stem, more words. Undefined when no single one fits.
 */
function longerForm(view: View, name: string): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2 || words[0]!.length < SHARED_STEM) return undefined;
  const stem = words[0]!.slice(0, SHARED_STEM);
  const last = words[words.length - 1]!;
  const found = new Set<string>();
  for (const e of view.doc.entities) {
    if (typeOf(view, e) !== 'ORG') continue;
    const other = e.name.split(/\s+/);
    if (other.length > words.length && other[other.length - 1] === last && other[0]!.startsWith(stem) && other[0] !== words[0]) found.add(e.name);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The one organisation named with more words that opens or ends with the one-word name `word`. */
function bodyWithWord(view: View, word: string): string | undefined {
  const found = new Set<string>();
  for (const e of view.doc.entities) {
    if (typeOf(view, e) === 'ORG' && (e.name.startsWith(`${word} `) || e.name.endsWith(` ${word}`))) found.add(e.name);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The one organisation the article names with more words before the same name ("Supreme Court"
 * → "Ohio Supreme Court"): the fullest form of the name (rules §4.1). Names of two words or more;
 * undefined when none or several fit.
 */
function qualifiedForm(view: View, name: string): string | undefined {
  if (!name.includes(' ')) return undefined;
  const found = new Set<string>();
  for (const e of view.doc.entities) {
    if (typeOf(view, e) === 'ORG' && e.name.length > name.length && e.name.endsWith(` ${name}`) && !INDEFINITE_NAME.test(e.name)) found.add(e.name);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The canonical form of a speaker reference (same entity, name as the rules want it); remembered per document. */
/** Each KB's countries by the id of their capital's entry, built once. */
const capitals = new WeakMap<Kb, Map<string, KbEntry>>();
function countryOfCapital(kb: Kb, id: string): KbEntry | undefined {
  let map = capitals.get(kb);
  if (!map) {
    map = new Map();
    for (const e of kb.entries()) if (e.capital) map.set(e.capital, e);
    capitals.set(kb, map);
  }
  return map.get(id);
}

export function canonicalRef(view: View, ref: Ref): Ref {
  const out = rememberedFor(canonicalCache, view, `${ref.entity ?? ''}\u0000${ref.name}`, () => canonical(view, ref));
  return out === ref || (out.name === ref.name && out.entity === ref.entity) ? ref : { ...ref, ...out };
}

function canonical(view: View, ref: Ref): Ref {
  const entity = ref.entity ? view.entityById.get(ref.entity) : undefined;
  // "Kirsty and Ben Lowther": a family name shared by two given names is each one's (rules §4.1).
  const couple = COUPLE.exec(ref.name);
  // Not a body's name ("Justice and Development Party").
  if (couple && (!entity || typeOf(view, entity) === 'PERSON') && (isGivenName(couple[1]!.toLowerCase()) || isGivenName(couple[2]!.toLowerCase()))) return { ...ref, name: `${couple[1]} ${couple[3]} and ${couple[2]} ${couple[3]}` };
  if (ref.name.includes(' and ')) return ref;
  // "Rabat said": a capital speaks for its country (rules §4.1); not "Mexico City's government".
  const country = entity?.kb && view.kb && typeOf(view, entity) === 'GPE' && (ref.name === entity.name || entity.mentions.some((m) => m.text === ref.name)) ? countryOfCapital(view.kb, entity.kb) : undefined;
  if (country) {
    const named = view.doc.entities.find((e) => e.kb === country.id);
    return named ? { entity: named.id, name: named.name } : { name: country.name };
  }
  // "according to al-Eryani": the one person of the document with that surname.
  const person = entity ? undefined : view.surnames.get(withoutParticle(ref.name));
  if (person) return canonical(view, { entity: person.id, name: person.name });
  const type = entity ? typeOf(view, entity) : undefined;
  // "A Hampshire Police spokesman" read as a name: the article is not part of it (but of "An Garda Síochána").
  if (INDEFINITE_NAME.test(ref.name) && entity?.name !== ref.name) return canonical(view, { ...ref, name: ref.name.replace(/^(?:A|An)\s+/, '') });
  // An acronym or short name the article spells out ("Phivolcs", whatever the entity type).
  if (ONE_WORD_NAME.test(ref.name)) {
    const full = spelledOut(view, ref.name);
    if (full) return { ...ref, name: full };
  }
  const first = ref.name.split(/\s+/)[0]!;
  const looksPerson = type === 'PERSON' || (!entity && (genderOfFirstName(first, view.kb) !== undefined || (!ref.name.includes(' ') && personForms(view).some((f) => f.words.includes(fold(ref.name))))));
  if (looksPerson) {
    const own = entity ? entity.mentions.filter((m) => !m.field).map((m) => m.text) : [];
    let name = fullestPerson(view, personName(asWritten(view, ref.name, own)), own, entity);
    name = writtenAround(view, name);
    // One word that opens an organisation's name and no person's ("Salling" after "Salling Group").
    if (!name.includes(' ')) {
      const org = view.doc.entities.find((e) => typeOf(view, e) === 'ORG' && e.name.startsWith(`${name} `));
      if (org && !personForms(view).some((f) => f.words.includes(fold(name)))) name = org.name;
    }
    return name === ref.name ? ref : { ...ref, name };
  }
  let name = ref.name;
  if (type === 'ORG' || (!entity && name.includes(' '))) name = longerForm(view, name) ?? qualifiedForm(view, name) ?? name;
  // "the City" of "City of Tshwane", "the Alliance" of "Progressive Citizens' Alliance": the one longer body name opening or ending with the word.
  if (type === 'ORG' && !name.includes(' ')) name = bodyWithWord(view, name) ?? name;
  if (type !== 'GPE' && type !== 'NORP' && type !== 'LOC') name = firstWritten(view, name, name.includes(' ')) ?? name;
  name = withThe(view, name);
  return name === ref.name ? ref : { ...ref, name };
}
