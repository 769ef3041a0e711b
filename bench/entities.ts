/**
 * The entities stage as users get it (segmentation + NER model + KB linking + rules), scored on
 * ../shared/eval/ner's dev file with its scorer (exact span and type), against the same stage
 * without the model in the same run; then tokens/s for segmentation + entities on the corpus, and
 * the CPU time per article of the entities stage alone.
 * Run: npm run bench:entities
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKb } from '../src/kb/index.js';
import { createDoc } from '../src/model/create.js';
import { createAnalyzer } from '../src/pipeline/analyze.js';
import { loadNerModel } from '../src/stages/entities/ner/index.js';
import { entities } from '../src/stages/entities/index.js';
import type { Context } from '../src/pipeline/stage.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const evalDir = join(root, '../shared/eval/ner');
const gold = readFileSync(join(evalDir, 'gum-news-dev.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { doc: string; text: string });
const kb = loadKb();
const ner = loadNerModel();
const STAGES_AFTER = ['quotes', 'events', 'claims', 'flags'] as const;

async function score(label: string, withModel: boolean): Promise<void> {
  const analyzer = createAnalyzer({ kb, ner: withModel ? ner : null, disable: [...STAGES_AFTER] });
  const lines: string[] = [];
  for (const g of gold) {
    const doc = await analyzer.run(createDoc({ kind: 'record', location: 'dev' }, { raw: { format: 'record', content: g.text, meta: { id: g.doc } } }));
    const entities = doc.entities.flatMap((e) => e.mentions.filter((m) => !m.field).map((m) => ({ start: m.start, end: m.end, type: e.type })));
    lines.push(JSON.stringify({ doc: g.doc, entities }));
  }
  const pred = join(mkdtempSync(join(tmpdir(), 'newsgraph-ner-')), 'pred.jsonl');
  writeFileSync(pred, `${lines.join('\n')}\n`);
  const out = execFileSync(process.execPath, [join(evalDir, 'score.mjs'), join(evalDir, 'gum-news-dev.jsonl'), pred], { encoding: 'utf8' });
  console.log(`== ${label}\n${out.trim()}\n`);
}

await score('entities stage with the NER model', true);
await score('entities stage, rules and KB only (peer)', false);

const corpus = readFileSync(join(root, 'data/sample/wikinews.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
const analyzer = createAnalyzer({ kb, ner, disable: [...STAGES_AFTER] });
const docs = () => corpus.map((r) => createDoc({ kind: 'record', location: 'bench' }, { raw: { format: 'record', content: r.text, meta: { id: r.id } } }));
for (const d of docs()) await analyzer.run(d);
for (const p of analyzer.profile.values()) Object.assign(p, { ms: 0, docs: 0 });
let tokens = 0;
const cpu0 = process.cpuUsage();
for (let round = 0; round < 3; round++) for (const d of docs()) tokens += (await analyzer.run(d)).tokens.length;
const cpu = process.cpuUsage(cpu0);
const ms = ['segment', 'entities'].reduce((sum, name) => sum + analyzer.profile.get(name as 'segment')!.ms, 0);
const allMs = [...analyzer.profile.values()].reduce((sum, p) => sum + p.ms, 0);
// CPU time of the process, apportioned to segment + entities by their share of the stages' wall
// time: on a shared machine it moves less with other processes' load than wall time does.
const cpuSeconds = ((cpu.user + cpu.system) / 1e6) * (ms / allMs);
console.log(`load average (1 min): ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores`);
console.log(`segmentation + NER + linking (CPU time): ${Math.round(tokens / cpuSeconds).toLocaleString('en')} tokens/CPU-s`);
console.log(`segmentation + NER + linking: ${Math.round(tokens / (ms / 1000)).toLocaleString('en')} tokens/s (${tokens.toLocaleString('en')} tokens, one core)`);

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
