/**
 * Converts the PETRARCH2 actor dictionaries into data/kb/petrarch-actors.json.
 *
 *   node --import tsx scripts/import-petrarch.ts [petrarchDir] [outFile]
 *
 * Defaults: ../shared/reference/petrarch and data/kb/petrarch-actors.json, both relative to the
 * repository root. The dictionaries are MIT (© Open Event Data Alliance); their LICENSE is copied
 * next to the output as LICENSE.petrarch.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseActorDictionary } from '../src/kb/petrarch-parse.js';
import { encodeActor, type PetrarchActorFile, type PetrarchFileKey } from '../src/kb/petrarch.js';

const ROOT: string = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FILES: ReadonlyArray<[PetrarchFileKey, string]> = [
  ['countries', 'Phoenix.Countries.actors.txt'],
  ['international', 'Phoenix.International.actors.txt'],
  ['milnonstate', 'Phoenix.MilNonState.actors.txt'],
];

function main(argv: string[]): void {
  const srcDir = resolve(ROOT, argv[0] ?? '../shared/reference/petrarch');
  const outFile = resolve(ROOT, argv[1] ?? 'data/kb/petrarch-actors.json');
  const out: PetrarchActorFile = {
    source: 'PETRARCH2 dictionaries (openeventdata/petrarch2 @676801c), MIT, © Open Event Data Alliance',
    format: 'files.<dictionary>: rows [id, type P|O|G, name, aliases, codes]; codes in PETRARCH order as [code, start?, end?] (ISO days, "" = open start)',
    files: { countries: [], international: [], milnonstate: [] },
  };
  let total = 0;
  const usedIds = new Set<string>();
  for (const [key, file] of FILES) {
    const text = readFileSync(join(srcDir, file), 'utf8');
    const actors = parseActorDictionary(text, key, usedIds);
    out.files[key] = actors.map(encodeActor);
    total += actors.length;
    console.log(`${file}: ${actors.length} actors`);
  }
  writeFileSync(outFile, JSON.stringify(out));
  writeFileSync(join(dirname(outFile), 'LICENSE.petrarch'), readFileSync(join(srcDir, 'LICENSE')));
  console.log(`wrote ${outFile} (${total} actors, ${statSync(outFile).size} bytes)`);
}

main(process.argv.slice(2));
