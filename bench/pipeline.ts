/**
 * Whole-pipeline throughput on the bundled corpus: articles/s and tokens/s per stage, one core,
 * and peak memory. Run: npm run bench:pipeline [-- --rounds N]
 * The peer is the same run with only ingest → extract → segment, so the ratio shows what the
 * analysis stages cost on top of reading and splitting the text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadKb } from '../src/kb/index.js';
import { createDoc } from '../src/model/create.js';
import { createAnalyzer } from '../src/pipeline/analyze.js';
import { formatProfile } from '../src/pipeline/pipeline.js';
import type { StageName } from '../src/pipeline/stage.js';

const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 3;
const corpus = fileURLToPath(new URL('../data/sample/wikinews.jsonl', import.meta.url));
const records = readFileSync(corpus, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
const kb = loadKb();

async function run(disable: StageName[]) {
  const analyzer = createAnalyzer({ kb, disable });
  const docs = () => records.map((r) => createDoc({ kind: 'record', location: 'bench', line: 0 }, { raw: { format: 'record', content: r.text, meta: { id: r.id } } }));
  for (const d of docs()) await analyzer.run(d); // warm-up
  for (const p of analyzer.profile.values()) Object.assign(p, { ms: 0, docs: 0 });
  let tokens = 0;
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) for (const d of docs()) tokens += (await analyzer.run(d)).tokens.length;
  const seconds = (performance.now() - t0) / 1000;
  return { analyzer, seconds, articles: rounds * records.length, tokens };
}

const full = await run([]);
const peer = await run(['entities', 'quotes', 'events', 'claims', 'flags']);
console.log(`corpus: ${records.length} articles × ${rounds} rounds, ${full.tokens / rounds} tokens per round`);
console.log(formatProfile(full.analyzer.profile));
const rate = (r: typeof full) => `${(r.articles / r.seconds).toFixed(1)} articles/s, ${Math.round(r.tokens / r.seconds).toLocaleString('en')} tokens/s`;
console.log(`full pipeline:              ${rate(full)}`);
console.log(`peer (ingest+extract+segment): ${rate(peer)}`);
console.log(`ratio full / peer: ${(peer.seconds / full.seconds).toFixed(3)} (the analysis stages take ${(100 * (1 - peer.seconds / full.seconds)).toFixed(0)}% of the time)`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
