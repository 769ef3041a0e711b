/**
 * Trains the speaker ranker (src/stages/quotes/ranker.ts, docs/quotes.md) on every quote gold
 * file but the blind10 set and writes data/models/speakers.json. Deterministic: the same gold,
 * entity model and code give the same file.
 *   node --import tsx scripts/train-speakers.ts [--out FILE] [--simulate-errors]
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKb } from '../src/kb/index.js';
import { DEFAULT_TRAIN_OPTIONS, SPEAKER_MODEL_KIND, SPEAKER_MODEL_VERSION, trainRanker, type SpeakerModel } from '../src/stages/quotes/ranker.js';
import { GOLD_ORDER, loadGoldSet, SIMULATED_RULE_ERRORS, simulatedErrors, type LabelledQuote } from '../src/stages/quotes/speaker-data.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const OUT = outAt >= 0 ? resolve(args[outAt + 1]!) : join(ROOT, 'data/models/speakers.json');
/** With --simulate-errors, copies of some quotes where the rules err on purpose (an experiment; not the shipped model). */
const SIMULATE = args.includes('--simulate-errors') ? SIMULATED_RULE_ERRORS : 0;

const kb = loadKb();
const quotes: LabelledQuote[] = [];
for (const name of GOLD_ORDER) {
  const set = await loadGoldSet(join(ROOT, 'test/fixtures/quotes', `${name}.jsonl`), kb);
  quotes.push(...set.quotes);
}
const weights = trainRanker(SIMULATE ? [...quotes, ...simulatedErrors(quotes, SIMULATE)] : quotes, DEFAULT_TRAIN_OPTIONS);
const sorted: Record<string, number> = {};
for (const k of Object.keys(weights).sort()) sorted[k] = weights[k]!;
const model: SpeakerModel = { kind: SPEAKER_MODEL_KIND, version: SPEAKER_MODEL_VERSION, trainedOn: GOLD_ORDER.map((n) => `${n}.jsonl`), weights: sorted };
writeFileSync(OUT, `${JSON.stringify(model, null, 1)}\n`);
console.log(`speaker ranker: ${quotes.length} quotes (copies with simulated rule errors: share ${SIMULATE}), ${Object.keys(sorted).length} weights, options ${JSON.stringify(DEFAULT_TRAIN_OPTIONS)} → ${OUT}`);
