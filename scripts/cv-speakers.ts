/**
 * Honest figures for the speaker ranker (docs/quotes.md): progressive validation (each of
 * blind5..blind9 scored by a model trained only on the sets annotated before it) and
 * leave-one-file-out, against the rules on the same quotes. Never reads the blind10 set.
 *   node --import tsx scripts/cv-speakers.ts [--no-rules-features] [--simulate-errors [SHARE]] [--changes] [--cache FILE]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKb } from '../src/kb/index.js';
import { bestCandidate, DEFAULT_TRAIN_OPTIONS, trainRanker } from '../src/stages/quotes/ranker.js';
import { accuracy, GOLD_ORDER, loadGoldSet, RULES_FEATURE, SIMULATED_RULE_ERRORS, simulatedErrors, type GoldSet, type LabelledQuote } from '../src/stages/quotes/speaker-data.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const NO_RULES = args.includes('--no-rules-features');
/** Share of training quotes copied with the rules' choice moved to another candidate (--simulate-errors [SHARE]; none by default). */
const simAt = args.indexOf('--simulate-errors');
const SIMULATE = simAt < 0 ? 0 : Number(args[simAt + 1] ?? '') || SIMULATED_RULE_ERRORS;
const cacheAt = args.indexOf('--cache');
const CACHE = cacheAt >= 0 ? args[cacheAt + 1] : undefined;
/** Training options, each overridable (--l2 0.05 --steps 200 --rate 0.2 --minCount 2). */
const OPTIONS = { ...DEFAULT_TRAIN_OPTIONS };
for (const k of Object.keys(OPTIONS) as (keyof typeof OPTIONS)[]) {
  const i = args.indexOf(`--${k}`);
  if (i >= 0) OPTIONS[k] = Number(args[i + 1]);
}

/** The rules' speaker accuracy on each set the first time it was scored, before anyone studied it. */
const FIRST_SCORING: Record<string, number> = { 'gold-blind5': 0.864, 'gold-blind6': 0.878, 'gold-blind7': 0.857, 'gold-blind8': 0.844, 'gold-blind9': 0.719 };
const PROGRESSIVE = Object.keys(FIRST_SCORING);


async function loadSets(): Promise<GoldSet[]> {
  if (CACHE && existsSync(CACHE)) return JSON.parse(readFileSync(CACHE, 'utf8')) as GoldSet[];
  const kb = loadKb();
  const sets: GoldSet[] = [];
  for (const name of GOLD_ORDER) sets.push(await loadGoldSet(join(ROOT, 'test/fixtures/quotes', `${name}.jsonl`), kb));
  if (CACHE) writeFileSync(CACHE, JSON.stringify(sets));
  return sets;
}

function withoutRules(q: LabelledQuote): LabelledQuote {
  return { ...q, features: q.features.map((fs) => fs.filter((f) => !RULES_FEATURE.test(f))) };
}

/** Accuracy of the rules and of a ranker trained on `train`, on `test`. */
function score(train: readonly LabelledQuote[], test: readonly LabelledQuote[]) {
  const weights = trainRanker(SIMULATE && !NO_RULES ? [...train, ...simulatedErrors(train, SIMULATE)] : train, OPTIONS);
  const ranker = accuracy(test, (q) => bestCandidate({ weights }, q.features.map((features) => ({ features, ref: null }))));
  const rules = accuracy(test, (q) => q.rules);
  if (args.includes('--changes')) {
    const pick = (q: LabelledQuote) => bestCandidate({ weights }, q.features.map((features) => ({ features, ref: null })));
    const changed = test.filter((q) => pick(q) !== q.rules);
    console.log(`  changed ${changed.length}: fixed ${changed.filter((q) => q.right[pick(q)] && !q.right[q.rules]).length}, broke ${changed.filter((q) => !q.right[pick(q)] && q.right[q.rules]).length}`);
  }
  const reachable = test.filter((q) => q.right.some(Boolean)).length;
  return { ranker, rules, reachable };
}

const pct = (x: { right: number; total: number }) => `${(x.right / x.total).toFixed(3)} (${x.right}/${x.total})`;

const sets = (await loadSets()).map((s) => (NO_RULES ? { ...s, quotes: s.quotes.map(withoutRules) } : s));
console.log(`speaker ranker, ${NO_RULES ? 'WITHOUT' : 'with'} the rules' choice as a feature; simulated rule errors ${NO_RULES ? 'none' : SIMULATE}; options ${JSON.stringify(OPTIONS)}`);
console.log('\nProgressive validation (train on the sets annotated before). The current rules were fitted to blind5-8 after');
console.log('their first scoring (so are the rules features on them), not to blind9; first-scoring = the rules before that:');
console.log('set            first-scoring  rules-now            ranker               reachable');
const pooled = { rules: { right: 0, total: 0 }, ranker: { right: 0, total: 0 }, first: 0 };
for (const name of PROGRESSIVE) {
  const at = GOLD_ORDER.indexOf(name);
  const train = sets.slice(0, at).flatMap((s) => s.quotes);
  const test = sets[at]!.quotes;
  const r = score(train, test);
  console.log(`${name.padEnd(14)} ${FIRST_SCORING[name]!.toFixed(3).padEnd(14)} ${pct(r.rules).padEnd(20)} ${pct(r.ranker).padEnd(20)} ${r.reachable}`);
  for (const k of ['rules', 'ranker'] as const) {
    pooled[k].right += r[k].right;
    pooled[k].total += r[k].total;
  }
}
console.log(`${'pooled'.padEnd(14)} ${'0.821'.padEnd(14)} ${pct(pooled.rules).padEnd(20)} ${pct(pooled.ranker)}`);

console.log('\nLeave one file out (train on all other files):');
console.log('set            rules-now            ranker               reachable');
const all = { rules: { right: 0, total: 0 }, ranker: { right: 0, total: 0 } };
for (const [i, s] of sets.entries()) {
  const r = score(sets.filter((_, j) => j !== i).flatMap((x) => x.quotes), s.quotes);
  console.log(`${s.file.padEnd(14)} ${pct(r.rules).padEnd(20)} ${pct(r.ranker).padEnd(20)} ${r.reachable}`);
  for (const k of ['rules', 'ranker'] as const) {
    all[k].right += r[k].right;
    all[k].total += r[k].total;
  }
}
console.log(`${'pooled'.padEnd(14)} ${pct(all.rules).padEnd(20)} ${pct(all.ranker)}`);
