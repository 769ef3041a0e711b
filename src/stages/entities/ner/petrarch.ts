/**
 * Reads PETRARCH2 actor dictionaries (MIT, Open Event Data Alliance) into phrase gazetteers.
 * Used at training time only; the lists are stored in the model file.
 *
 * Record kinds, from the dictionaries' conventions (see shared/reference/petrarch/README.md):
 * - a record with a date-restricted code is a person (leaders hold offices for a period);
 * - in the country file, a record whose codes are all bare 3-letter country codes is a country
 *   with its synonyms, cities and provinces: a place;
 * - any other record is an organisation or group.
 */
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../../text/tokenize.js';
import { DEMONYMS } from './lexicon.js';
import type { GazetteerLists } from './gazetteer.js';

export const PETRARCH_ACTOR_FILES = [
  'Phoenix.Countries.actors.txt',
  'Phoenix.International.actors.txt',
  'Phoenix.MilNonState.actors.txt',
] as const;

interface ActorRecord {
  phrases: string[];
  codes: string[];
}

export function parseActorFile(text: string): ActorRecord[] {
  const records: ActorRecord[] = [];
  let current: ActorRecord | undefined;
  let inComment = false;
  for (const raw of text.split('\n')) {
    let line = raw;
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    if (line.trim().startsWith('<!')) {
      if (!line.includes('-->')) inComment = true;
      continue;
    }
    const hash = line.indexOf('#');
    if (hash >= 0) line = line.slice(0, hash);
    line = line.trim();
    if (!line) continue;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!.trim());
    const phrase = line.replace(/\[[^\]]*\]/g, '').trim();
    if (line.startsWith('[')) {
      current?.codes.push(...codes);
    } else if (line.startsWith('+')) {
      current?.phrases.push(phrase.slice(1));
      current?.codes.push(...codes);
    } else {
      current = { phrases: [phrase], codes };
      records.push(current);
    }
  }
  return records;
}

/** "UNITED_STATES_" → "united states", tokenised the way the tagger tokenises text. */
export function normalisePhrase(phrase: string): string {
  const text = phrase.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  return tokenize(text)
    .map((t) => text.slice(t.start, t.end).toLowerCase())
    .join(' ');
}

/** Town and city names (one lower-case phrase a line, gzipped; see scripts/build-ner-cities.ts) as a `city` list. */
export function readCityGazetteer(path: string): GazetteerLists {
  const city = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter(Boolean);
  return { place: [], person: [], org: [], city };
}

export function readPetrarchGazetteers(dir: string): GazetteerLists {
  const lists = { place: new Set<string>(), person: new Set<string>(), org: new Set<string>() };
  for (const file of PETRARCH_ACTOR_FILES) {
    const countries = file.startsWith('Phoenix.Countries');
    for (const record of parseActorFile(readFileSync(join(dir, file), 'utf8'))) {
      const dated = record.codes.some((c) => /\s/.test(c));
      const bareCountry = record.codes.length > 0 && record.codes.every((c) => /^[A-Z]{3}$/.test(c));
      const kind = dated ? 'person' : countries && bareCountry ? 'place' : 'org';
      for (const p of record.phrases) {
        const phrase = normalisePhrase(p);
        if (!phrase || phrase.length < 2 || /[()]/.test(phrase)) continue;
        if (kind === 'place' && DEMONYMS.has(phrase)) continue;
        if (kind === 'place' && phrase.startsWith('the ')) continue;
        lists[kind].add(phrase);
      }
    }
  }
  return { place: [...lists.place].sort(), person: [...lists.person].sort(), org: [...lists.org].sort() };
}

/** The curated files of the project's knowledge base (data/kb) that name places, organisations and people. */
export const KB_CURATED_FILES = ['countries.json', 'places.json', 'organizations.json', 'people.json'] as const;

/**
 * Names and aliases of the knowledge base's curated entries as gazetteer phrases (GPE and LOC →
 * place, ORG → org, PERSON → person; demonyms left out), with the same filters as PETRARCH's.
 */
export function readKbGazetteers(dir: string): GazetteerLists {
  const lists = { place: new Set<string>(), person: new Set<string>(), org: new Set<string>() };
  for (const file of KB_CURATED_FILES) {
    const { entries } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { entries: { type: string; name: string; aliases?: string[] }[] };
    for (const e of entries) {
      const kind = e.type === 'PERSON' ? 'person' : e.type === 'ORG' ? 'org' : e.type === 'GPE' || e.type === 'LOC' ? 'place' : undefined;
      if (!kind) continue;
      for (const name of [e.name, ...(e.aliases ?? [])]) {
        const phrase = normalisePhrase(name);
        if (!phrase || phrase.length < 2 || /[()]/.test(phrase)) continue;
        if (kind === 'place' && (DEMONYMS.has(phrase) || phrase.startsWith('the '))) continue;
        lists[kind].add(phrase);
      }
    }
  }
  return { place: [...lists.place].sort(), person: [...lists.person].sort(), org: [...lists.org].sort() };
}

/** The union of gazetteer lists, each sorted. */
export function mergeGazetteers(...all: GazetteerLists[]): GazetteerLists {
  const merge = (kind: keyof GazetteerLists) => [...new Set(all.flatMap((l) => l[kind] ?? []))].sort();
  return { place: merge('place'), person: merge('person'), org: merge('org'), city: merge('city') };
}
