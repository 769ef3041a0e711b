/**
 * NER benchmark: dev F1 via the project's scorer for the statistical model alone, then for the NER
 * users get (the entities stage: the model combined with the KB as a gazetteer and with title
 * patterns, as issue 4 defines NER); then throughput of tokenize + sentence split + NER tagging on
 * the Wikinews corpus (one core, after a warm-up pass). Segmentation + NER + linking throughput:
 * `npm run bench:entities`.
 *   node --import tsx bench/ner.ts [model-path]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { splitSentences } from '../src/text/sentences.js';
import { tokenize } from '../src/text/tokenize.js';
import { loadNerModel } from '../src/stages/entities/ner/index.js';
import { loadKb } from '../src/kb/index.js';
import { scoreStage } from './stage-ner.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '../shared');
const DEV = join(SHARED, 'eval/ner/gum-news-dev.jsonl');
const SCORER = join(SHARED, 'eval/ner/score.mjs');
const CORPUS = join(SHARED, 'corpus/wikinews/articles.jsonl');
/** Timed passes over the corpus after the warm-up pass; the best pass is reported. */
const TIMED_PASSES = 3;

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);

const loadStart = performance.now();
const model = process.argv[2] ? loadNerModel(resolve(process.argv[2])) : loadNerModel();
console.log(`model loaded in ${(performance.now() - loadStart).toFixed(0)} ms`);

// 1. Dev F1.
const dev = readJsonl<{ doc: string; text: string }>(DEV);
const lines = dev.map((d) => {
  const tokens = tokenize(d.text);
  const { sentences } = splitSentences(d.text, tokens);
  return JSON.stringify({ doc: d.doc, entities: model.tag(d.text, tokens, sentences) });
});
const predPath = join(mkdtempSync(join(tmpdir(), 'ner-bench-')), 'dev-pred.jsonl');
writeFileSync(predPath, lines.join('\n') + '\n');
console.log(`dev predictions: ${predPath}`);
console.log(`== the statistical model alone\n${execFileSync(process.execPath, [SCORER, DEV, predPath], { encoding: 'utf8' }).trimEnd()}\n`);
console.log(`== NER as shipped: the entities stage (model + KB gazetteer + title patterns)\n${await scoreStage(loadKb(), model)}\n`);

// 2. Throughput.
const texts = readJsonl<{ text: string }>(CORPUS).map((a) => a.text);
const pass = (): { tokens: number; entities: number; ms: number; cpuMs: number } => {
  let tokens = 0;
  let entities = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const text of texts) {
    const toks = tokenize(text);
    const { sentences } = splitSentences(text, toks);
    entities += model.tag(text, toks, sentences).length;
    tokens += toks.length;
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { tokens, entities, ms, cpuMs: (cpu.user + cpu.system) / 1000 };
};
pass(); // warm-up
let best = pass();
for (let i = 1; i < TIMED_PASSES; i++) {
  const r = pass();
  if (r.ms < best.ms) best = r;
}
let segMs = Infinity;
for (let i = 0; i < TIMED_PASSES; i++) {
  const t0 = performance.now();
  for (const text of texts) splitSentences(text, tokenize(text));
  segMs = Math.min(segMs, performance.now() - t0);
}
console.log(`throughput corpus: ${texts.length} articles, ${best.tokens} tokens, ${best.entities} entities`);
console.log(`segmentation only: ${Math.round(best.tokens / (segMs / 1000))} tokens/s`);
console.log(`load average (1 min): ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores`);
// CPU time is less sensitive than wall time to other processes on a shared machine (it still
// includes V8's helper threads, so it can exceed wall time on an idle one).
console.log(`segmentation + NER (CPU time): ${(best.cpuMs / 1000).toFixed(3)} s, ${Math.round(best.tokens / (best.cpuMs / 1000))} tokens/CPU-s`);
console.log(`segmentation + NER: ${(best.ms / 1000).toFixed(3)} s, ${Math.round(best.tokens / (best.ms / 1000))} tokens/s`);
