import type { EntityType } from '../model/doc.js';
import { mainCode, type PetrarchActor, type PetrarchFileKey } from './petrarch.js';
import type { KbCode } from './types.js';

/** Words kept lower case when title-casing PETRARCH's upper-case phrases (unless first). */
const SMALL_WORDS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'de', 'del', 'la', 'le', 'des', 'du', 'da', 'y', 'et', 'a',
]);
const SHORT_KEEP_CASE: ReadonlySet<string> = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'ben', 'van', 'von', 'bir']);

interface RawRecord {
  phrases: string[];
  codes: KbCode[];
}

/** PKK, U.N., UN, USA, IMF stay upper case; TEL, GOD, SAN (consonant-vowel-consonant) do not. */
function looksLikeAcronym(word: string, letters: string): boolean {
  if (INITIALS.test(word) || !/[aeiouy]/.test(letters)) return true;
  if (letters.length === 2) return true;
  return letters.length === 3 && !/^[^aeiouy][aeiouy][^aeiouy]$/.test(letters);
}

/** Initials with periods ("A.G."). */
const INITIALS = /^(?:[A-Z]\.)+[A-Z]?$/;
/** Regnal numbers, upper case in a person's name ("Elizabeth II", "Leo XIV"). */
const ROMAN_NUMERAL = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

function titleWord(word: string, first: boolean, person: boolean): string {
  const lower = word.toLowerCase();
  if (!first && SMALL_WORDS.has(lower)) return lower;
  const letters = lower.replace(/[^a-z]/g, '');
  // In a person's name of several words an upper-case word is a name written in capitals ("JOE",
  // "ALI", "LEE"), not an acronym; initials, regnal numbers and vowel-less nicknames ("JFK") stay.
  const keep = person
    ? INITIALS.test(word) || !/[aeiouy]/.test(letters) || (!first && ROMAN_NUMERAL.test(word))
    : !SMALL_WORDS.has(letters) && !SHORT_KEEP_CASE.has(letters) && looksLikeAcronym(word, letters);
  if (letters.length > 0 && keep) return word;
  return lower.replace(/(^|[-'(])([a-z])/g, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
}

/** "UNITED_STATES_OF_AMERICA_" → "United States of America"; a person's "JOE_BIDEN" → "Joe Biden". */
export function phraseToName(phrase: string, person = false): string {
  const words = phrase.replace(/_/g, ' ').trim().split(/\s+/).filter((w) => w.length > 0);
  // one word alone may be an acronym even for a person ("AQI" among a group's synonyms)
  return words.map((w, i) => titleWord(w, i === 0, person && words.length > 1)).join(' ');
}

/** PETRARCH date: YYYYMMDD, or YYMMDD (00–30 → 20YY, else 19YY) from the first 6 characters. */
export function parsePetrarchDate(text: string): string | undefined {
  let y: number;
  let rest: string;
  // A few malformed dates carry an extra century prefix ("1920050709"): keep the last 8 digits.
  if (text.length === 10) text = text.slice(2);
  if (text.length >= 8) {
    y = Number(text.slice(0, 4));
    rest = text.slice(4, 8);
  } else if (text.length >= 6) {
    const yy = Number(text.slice(0, 2));
    y = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = text.slice(2, 6);
  } else {
    return undefined;
  }
  const m = Number(rest.slice(0, 2));
  const d = Number(rest.slice(2, 4));
  if (!Number.isInteger(y) || !(m >= 1 && m <= 12) || !(d >= 1 && d <= 31)) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "ISRGOV 960618-990706" | "USRARM <900823" | "ISR" → a code, or undefined when malformed. */
export function parseCodeSpec(spec: string): KbCode | undefined {
  const [code, restriction] = spec.trim().split(/\s+/, 2);
  if (!code || !/^[A-Z~-]{3,}$/.test(code) || code === '---') return undefined;
  if (!restriction) return { code };
  const out: KbCode = { code };
  if (restriction.startsWith('<')) {
    const end = parsePetrarchDate(restriction.slice(1));
    if (!end) return undefined;
    out.end = end;
  } else if (restriction.startsWith('>')) {
    const start = parsePetrarchDate(restriction.slice(1));
    if (!start) return undefined;
    out.start = start;
  } else {
    const [a, b] = restriction.split('-');
    const start = a ? parsePetrarchDate(a) : undefined;
    const end = b ? parsePetrarchDate(b) : undefined;
    if (!start || !end || start > end) return undefined;
    out.start = start;
    out.end = end;
  }
  return out;
}

function codesIn(text: string): KbCode[] {
  const out: KbCode[] = [];
  for (const m of text.matchAll(/\[([^\]]*)\]/g)) {
    const code = parseCodeSpec(m[1] ?? '');
    if (code) out.push(code);
  }
  return out;
}

/** Split a dictionary into records (primary phrase, synonyms, codes), dropping comments. */
export function readRecords(text: string): RawRecord[] {
  const records: RawRecord[] = [];
  let current: RawRecord | undefined;
  let inComment = false;
  for (const rawLine of text.split('\n')) {
    let line = rawLine.trim();
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    if (line.startsWith('<!')) {
      if (!line.includes('-->')) inComment = true;
      continue;
    }
    const hash = line.indexOf('#');
    if (hash >= 0) line = line.slice(0, hash).trim();
    if (!line) continue;
    if (line.startsWith('[')) {
      current?.codes.push(...codesIn(line));
      continue;
    }
    const bracket = line.indexOf('[');
    const phrase = (bracket >= 0 ? line.slice(0, bracket) : line).replace(/^\+/, '').trim();
    const codes = bracket >= 0 ? codesIn(line.slice(bracket)) : [];
    if (line.startsWith('+')) {
      if (current && phrase) current.phrases.push(phrase);
      continue;
    }
    current = { phrases: [phrase], codes };
    records.push(current);
  }
  return records;
}

/**
 * Countries file: a bare 3-letter country code marks a place (even when dated, as for states
 * that became independent); otherwise dated codes mark a person, and the rest are organisations.
 */
function deriveType(file: PetrarchFileKey, codes: KbCode[]): EntityType {
  if (file === 'countries' && codes.some((c) => c.code.length === 3)) return 'GPE';
  if (codes.some((c) => c.start || c.end)) return 'PERSON';
  return 'ORG';
}

function slug(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * Parse one actor dictionary. Records without any code are dropped (PETRARCH cannot code them);
 * for people, a one-word synonym that is only the surname is dropped, as curated entries do.
 * `usedIds` keeps ids unique across files.
 */
export function parseActorDictionary(text: string, file: PetrarchFileKey, usedIds: Set<string> = new Set()): PetrarchActor[] {
  const actors: PetrarchActor[] = [];
  for (const record of readRecords(text)) {
    if (record.codes.length === 0) continue;
    const type = deriveType(file, record.codes);
    const names = [...new Set(record.phrases.map((p) => phraseToName(p, type === 'PERSON')).filter((n) => n.length > 0))];
    const [name, ...rest] = names;
    if (!name) continue;
    const surname = name.split(' ').at(-1)?.toLowerCase();
    const aliases = type === 'PERSON' ? rest.filter((a) => a.includes(' ') || a.toLowerCase() !== surname) : rest;
    let id = `petr:${slug(name) || 'actor'}`;
    for (let n = 2; usedIds.has(id); n++) id = `petr:${slug(name)}~${n}`;
    usedIds.add(id);
    const actor: PetrarchActor = { id, type, name, aliases, codes: record.codes, file };
    const code = mainCode(record.codes);
    if (code) actor.code = code;
    actors.push(actor);
  }
  return actors;
}
