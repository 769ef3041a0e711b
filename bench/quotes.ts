/**
 * Quote benchmark: analyses every article of the quote gold standard in-process and scores
 *   - span overlap F1 (a predicted quote matches a gold quote when their spans overlap; one-to-one,
 *     largest overlap first; kind not required, per-kind figures printed too),
 *   - exact-span F1 (same start and end),
 *   - speaker accuracy on overlap-matched quotes (null = null; else the gold name equals, case-
 *     insensitively and without a leading "the", the predicted entity's name, an alias or a mention
 *     text, or the predicted name; joint speakers "A and B" in any order),
 * then the throughput of the quotes stage alone (segment + entities run once per article first),
 * per file and, with several files, over all of them (each file's best pass added up).
 * Without a gold path, every gold file is scored: gold.jsonl (the development set), gold-fresh.jsonl
 * (held-out articles annotated later) and the small blind sets gold-blind.jsonl, gold-blind2.jsonl,
 * gold-blind3.jsonl, gold-blind4.jsonl, gold-blind5.jsonl, gold-blind6.jsonl, gold-blind7.jsonl, gold-blind8.jsonl, gold-blind9.jsonl, gold-blind10.jsonl, gold-blind11.jsonl, gold-gumnews-a.jsonl and gold-gumnews-b.jsonl (GUM news dev documents), and
 * every gold-probe-pN.jsonl (fictional articles written here in the styles of wire services, UK/US, Commonwealth, regional and local papers, business, markets, science, sports, diplomacy, elections, courts, breaking news, features, conflict reporting, entertainment, Washington, Asia-Pacific, British local news and labour)
 * (see docs/annotation/quotes.md §10).
 *   node --import tsx bench/quotes.ts [gold.jsonl ...] [--verbose]
 */
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadKb } from '../src/kb/index.js';
import { createDoc } from '../src/model/create.js';
import type { Doc, QuoteKind } from '../src/model/doc.js';
import { createAnalyzer } from '../src/pipeline/analyze.js';
import { findQuotes } from '../src/stages/quotes/index.js';
import { matchQuotes, readGold, speakerMatches } from '../src/stages/quotes/gold.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const VERBOSE = args.includes('--verbose');
const GIVEN = args.filter((a) => !a.startsWith('--')).map((a) => resolve(a));
// By default: the development gold, the fresh held-out set, and the smaller blind sets if present.
const GOLDS = GIVEN.length
  ? GIVEN
  : [
      ...['gold.jsonl', 'gold-fresh.jsonl', 'gold-blind.jsonl', ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((n) => `gold-blind${n}.jsonl`), 'gold-gumnews-a.jsonl', 'gold-gumnews-b.jsonl'],
      // Every probe set present, in number order.
      ...readdirSync(join(ROOT, 'test/fixtures/quotes')).filter((f) => /^gold-probe-p\d+\.jsonl$/.test(f)).sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0])),
    ]
      .map((f) => join(ROOT, 'test/fixtures/quotes', f))
      .filter((f, i) => i < 2 || existsSync(f));
/** Timed passes of the quotes stage over all gold articles; the best pass is reported. */
const TIMED_PASSES = 5;
/** Repetitions of the whole gold set inside one timed pass (keeps each pass ≥ ~100 ms). */
const REPEATS_PER_PASS = 10;

const kb = loadKb();
// Events and flags do not feed quotes or claims; they are left out to keep the run short.
const analyzer = createAnalyzer({ kb, disable: ['events', 'flags'] });

async function bench(GOLD: string): Promise<{ sentences: number; best: number; bestCpu: number }> {
  const gold = readGold(GOLD);

  const docs: Doc[] = [];
  for (const a of gold) {
    const doc = createDoc(
      { kind: 'record', location: GOLD },
      { raw: { format: 'record', content: a.text, meta: { id: a.id, title: a.title, url: a.url, published: a.date } } },
    );
    const out = await analyzer.run(doc);
    if (out.text !== a.text) throw new Error(`${a.id}: analysed text differs from the gold text`);
    docs.push(out);
  }

  const f1 = (tp: number, nGold: number, nPred: number) => {
    const p = nPred ? tp / nPred : 0;
    const r = nGold ? tp / nGold : 0;
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const fmt = (x: { p: number; r: number; f: number }) => `P ${x.p.toFixed(3)}  R ${x.r.toFixed(3)}  F1 ${x.f.toFixed(3)}`;

  const totals = { gold: 0, pred: 0, overlapTp: 0, exactTp: 0, matched: 0, speakerOk: 0, sameKind: 0 };
  const byKind: Record<QuoteKind, { gold: number; pred: number; tp: number; spk: number; spkOk: number }> = {
    direct: { gold: 0, pred: 0, tp: 0, spk: 0, spkOk: 0 },
    indirect: { gold: 0, pred: 0, tp: 0, spk: 0, spkOk: 0 },
  };
  docs.forEach((doc, k) => {
    const g = gold[k]!.quotes;
    const p = doc.quotes;
    totals.gold += g.length;
    totals.pred += p.length;
    const pairs = matchQuotes(g, p, false);
    totals.overlapTp += pairs.length;
    totals.exactTp += matchQuotes(g, p, true).length;
    for (const kind of ['direct', 'indirect'] as const) {
      const gk = g.filter((q) => q.kind === kind);
      const pk = p.filter((q) => q.kind === kind);
      byKind[kind].gold += gk.length;
      byKind[kind].pred += pk.length;
      byKind[kind].tp += matchQuotes(gk, pk, false).length;
    }
    for (const [i, j] of pairs) {
      const ok = speakerMatches(doc, g[i]!.speaker, p[j]!.speaker);
      totals.matched++;
      if (ok) totals.speakerOk++;
      if (g[i]!.kind === p[j]!.kind) totals.sameKind++;
      byKind[g[i]!.kind].spk++;
      if (ok) byKind[g[i]!.kind].spkOk++;
      if (VERBOSE && !ok) {
        console.log(`SPEAKER ${doc.id} [${g[i]!.kind}] gold=${g[i]!.speaker} pred=${p[j]!.speaker?.name ?? null} (${p[j]!.rule}) :: ${g[i]!.text.slice(0, 70)}`);
      }
    }
    if (VERBOSE) {
      const mg = new Set(pairs.map(([i]) => i));
      const mp = new Set(pairs.map(([, j]) => j));
      g.forEach((q, i) => !mg.has(i) && console.log(`MISS ${doc.id} [${q.kind}] ${q.speaker} :: ${q.text.slice(0, 100)}`));
      p.forEach((q, j) => !mp.has(j) && console.log(`FALSE ${doc.id} [${q.kind}] ${q.speaker?.name ?? null} (${q.rule}) :: ${q.text.slice(0, 100)}`));
    }
  });

  console.log(`gold: ${GOLD} (${gold.length} articles, ${totals.gold} quotes; predicted ${totals.pred})`);
  console.log(`overlap F1   ${fmt(f1(totals.overlapTp, totals.gold, totals.pred))}`);
  console.log(`exact F1     ${fmt(f1(totals.exactTp, totals.gold, totals.pred))}`);
  for (const kind of ['direct', 'indirect'] as const) {
    const b = byKind[kind];
    console.log(`  ${kind.padEnd(8)} overlap ${fmt(f1(b.tp, b.gold, b.pred))}  speaker ${(b.spk ? b.spkOk / b.spk : 0).toFixed(3)} (${b.spkOk}/${b.spk})`);
  }
  console.log(`kind agrees on ${totals.sameKind}/${totals.matched} matched quotes`);
  console.log(`speaker accuracy ${(totals.matched ? totals.speakerOk / totals.matched : 0).toFixed(3)} (${totals.speakerOk}/${totals.matched} matched quotes)`);

  // Throughput of the quotes stage alone (what its `run` does), on documents already segmented and
  // with entities.
  const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
  // Wall time and this process's CPU time (the latter holds up on a machine shared with others).
  const pass = () => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (let r = 0; r < REPEATS_PER_PASS; r++) for (const doc of docs) findQuotes(doc, kb);
    const c = process.cpuUsage(c0);
    return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
  };
  pass(); // warm-up
  let best = Infinity;
  let bestCpu = Infinity;
  for (let i = 0; i < TIMED_PASSES; i++) {
    const t = pass();
    best = Math.min(best, t.wall);
    bestCpu = Math.min(bestCpu, t.cpu);
  }
  const rate = (sentences * REPEATS_PER_PASS) / (best / 1000);
  const cpuRate = (sentences * REPEATS_PER_PASS) / (bestCpu / 1000);
  console.log(`quotes stage: ${sentences} sentences x ${REPEATS_PER_PASS} in ${best.toFixed(1)} ms (best of ${TIMED_PASSES}) = ${Math.round(rate)} sentences/s (one core); CPU time ${bestCpu.toFixed(1)} ms = ${Math.round(cpuRate)} sentences/s; load average ${os.loadavg()[0]!.toFixed(2)}`);
  return { sentences, best, bestCpu };
}

// Every file's best pass added up: a throughput over all the gold text, steadier than one small file's.
const all = { sentences: 0, best: 0, bestCpu: 0 };
for (const [n, g] of GOLDS.entries()) {
  if (n) console.log('');
  const t = await bench(g);
  all.sentences += t.sentences;
  all.best += t.best;
  all.bestCpu += t.bestCpu;
}
if (GOLDS.length > 1) {
  const perSecond = (ms: number) => Math.round((all.sentences * REPEATS_PER_PASS) / (ms / 1000));
  console.log(`\nall ${GOLDS.length} files: ${all.sentences} sentences x ${REPEATS_PER_PASS} in ${all.best.toFixed(1)} ms (each file's best of ${TIMED_PASSES}, added) = ${perSecond(all.best)} sentences/s (one core); CPU time ${all.bestCpu.toFixed(1)} ms = ${perSecond(all.bestCpu)} sentences/s`);
}
