/**
 * The entities stage as users get it (segmentation + NER model + KB linking + rules), scored on
 * ../shared/eval/ner's dev file with its scorer (exact span and type), against the same stage
 * without the model in the same run; then tokens/s for segmentation + entities on the corpus, and
 * the CPU time per article of the entities stage alone.
 * Run: npm run bench:entities
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKb } from '../src/kb/index.js';
import { createDoc } from '../src/model/create.js';
import { createAnalyzer } from '../src/pipeline/analyze.js';
import { loadNerModel } from '../src/stages/entities/ner/index.js';
import { entities } from '../src/stages/entities/index.js';
import type { Context } from '../src/pipeline/stage.js';
import { scoreStage, STAGES_AFTER } from './stage-ner.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const kb = loadKb();
const ner = loadNerModel();

console.log(`== entities stage with the NER model\n${await scoreStage(kb, ner)}\n`);
console.log(`== entities stage, rules and KB only (peer)\n${await scoreStage(kb, null)}\n`);

const corpus = readFileSync(join(root, 'data/sample/wikinews.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
const analyzer = createAnalyzer({ kb, ner, disable: [...STAGES_AFTER] });
const docs = () => corpus.map((r) => createDoc({ kind: 'record', location: 'bench' }, { raw: { format: 'record', content: r.text, meta: { id: r.id } } }));
for (const d of docs()) await analyzer.run(d); // warm-up
// Five timed passes over the corpus, each timed on its own: the best and the median pass are
// printed (as bench:ner prints its best pass; other processes on a shared machine only slow a pass).
const PASSES = 5;
const passes: { tokensPerS: number; tokensPerCpuS: number }[] = [];
let tokens = 0;
for (let pass = 0; pass < PASSES; pass++) {
  for (const p of analyzer.profile.values()) Object.assign(p, { ms: 0, docs: 0 });
  tokens = 0;
  const cpu0 = process.cpuUsage();
  for (const d of docs()) tokens += (await analyzer.run(d)).tokens.length;
  const cpu = process.cpuUsage(cpu0);
  const ms = ['segment', 'entities'].reduce((sum, name) => sum + analyzer.profile.get(name as 'segment')!.ms, 0);
  const allMs = [...analyzer.profile.values()].reduce((sum, p) => sum + p.ms, 0);
  // CPU time of the process, apportioned to segment + entities by their share of the stages' wall time.
  const cpuSeconds = ((cpu.user + cpu.system) / 1e6) * (ms / allMs);
  passes.push({ tokensPerS: tokens / (ms / 1000), tokensPerCpuS: tokens / cpuSeconds });
}
const fmt = (n: number) => Math.round(n).toLocaleString('en');
const sorted = (key: 'tokensPerS' | 'tokensPerCpuS') => passes.map((p) => p[key]).sort((a, b) => b - a);
const wall = sorted('tokensPerS');
const cpuRates = sorted('tokensPerCpuS');
console.log(`load average (1 min): ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores`);
console.log(`segmentation + NER + linking (CPU time): best ${fmt(cpuRates[0]!)}, median ${fmt(cpuRates[PASSES >> 1]!)} tokens/CPU-s`);
console.log(`segmentation + NER + linking: median ${fmt(wall[PASSES >> 1]!)} tokens/s over ${PASSES} passes (${tokens.toLocaleString('en')} tokens each, one core)`);
console.log(`segmentation + NER + linking: ${fmt(wall[0]!)} tokens/s (best pass)`);

// CPU time of the entities stage alone (NER + linking, no segmentation), on documents segmented
// beforehand: the best of 5 passes, in ms per article.
const segmented = [];
const segmenter = createAnalyzer({ kb, ner, disable: ['entities', ...STAGES_AFTER] });
for (const d of docs()) segmented.push(await segmenter.run(d));
const ctx = { kb, ner } as unknown as Context;
let best = Infinity;
for (let pass = 0; pass < 6; pass++) {
  const start = process.cpuUsage();
  for (const d of segmented) await entities.run(d, ctx);
  const used = process.cpuUsage(start);
  if (pass > 0) best = Math.min(best, (used.user + used.system) / 1000 / segmented.length);
}
console.log(`entities stage alone (CPU time, best of 5 passes): ${best.toFixed(2)} ms/article`);
