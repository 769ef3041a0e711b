/**
 * End-to-end ingest throughput (read → extract → every stage → store) and memory, on articles made by
 * resampling the bundled corpus: SQLite on one thread, SQLite with worker_threads, and PostgreSQL
 * with two `newsgraph worker` processes fed by `ingest --enqueue`. Each run is a separate CLI
 * process, as users run it; its resident memory is sampled from /proc while it runs and printed at
 * fractions of the run, so growth with the article count shows.
 *
 * Run: npm run bench:ingest [-- --articles 20000] [--threads 2] [--pg postgres://…]
 * (--pg defaults to NEWSGRAPH_TEST_PG, e.g. postgres://postgres@127.0.0.1:5433/newsgraph from npm run pg:start;
 * without either the PostgreSQL run is skipped).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const articles = Number(arg('articles', '20000'));
const threads = Number(arg('threads', '2'));
const pgUrl = arg('pg', process.env.NEWSGRAPH_TEST_PG ?? '');
const ROOT = fileURLToPath(new URL('../', import.meta.url));
// The built CLI, as users run it (`npm run bench:ingest` builds it first).
const MAIN = join(ROOT, 'dist/cli/main.js');

interface Record {
  id: string;
  title: string;
  text: string;
  date?: string;
}

/**
 * `n` articles resampled from the corpus: each as long as a random corpus article (its title, date
 * and paragraph count), its paragraphs drawn at random from the whole corpus, so articles are as
 * long and as varied as the corpus's but no two are copies (the store would link copies and skip
 * their facts, which would flatter the rate).
 */
function resample(corpus: readonly Record[], n: number, seed = 1): Record[] {
  let state = seed;
  const random = (k: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % k;
  };
  const paragraphs = corpus.flatMap((r) => r.text.split('\n\n').filter((p) => p.trim()));
  return Array.from({ length: n }, (_, i) => {
    const base = corpus[random(corpus.length)]!;
    const count = base.text.split('\n\n').length;
    const text = Array.from({ length: count }, () => paragraphs[random(paragraphs.length)]!).join('\n\n');
    return { id: `r${i}`, title: `${base.title} (${i})`, text, ...(base.date ? { date: base.date } : {}) };
  });
}

interface Run {
  seconds: number;
  /** Resident set size (MB) at 10 %, 25 %, 50 %, 75 % and 100 % of the run, and its peak. */
  rss: number[];
  peak: number;
  stderr: string;
}

/** RSS of a process and its children (MB), from /proc. */
function rssOf(pids: readonly number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      kb += Number(m?.[1] ?? 0);
    } catch {
      /* ended */
    }
  }
  return kb / 1024;
}

/** Runs CLI processes side by side until all end, sampling their summed RSS. */
async function measure(argvs: string[][]): Promise<Run> {
  const t0 = performance.now();
  const samples: { t: number; mb: number }[] = [];
  let stderr = '';
  const children: ChildProcess[] = argvs.map((argv) => {
    const child = spawn(process.execPath, [MAIN, ...argv], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr!.on('data', (d) => (stderr += d));
    return child;
  });
  const timer = setInterval(() => samples.push({ t: performance.now() - t0, mb: rssOf(children.map((c) => c.pid!)) }), 250);
  const codes = await Promise.all(children.map((c) => new Promise<number | null>((resolve) => c.on('close', resolve))));
  clearInterval(timer);
  const seconds = (performance.now() - t0) / 1000;
  if (codes.some((c) => c !== 0)) throw new Error(`a run failed (${codes.join(', ')}): ${stderr.slice(-2000)}`);
  const at = (f: number) => {
    const before = samples.filter((s) => s.t <= f * seconds * 1000);
    return Math.max(0, ...before.slice(-4).map((s) => s.mb));
  };
  return { seconds, rss: [0.1, 0.25, 0.5, 0.75, 1].map(at), peak: Math.max(0, ...samples.map((s) => s.mb)), stderr };
}

const corpus = readFileSync(join(ROOT, 'data/sample/wikinews.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record);
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-ingest-'));
const input = join(dir, 'articles.jsonl');
const made = resample(corpus, articles);
writeFileSync(input, `${made.map((r) => JSON.stringify(r)).join('\n')}\n`);
const chars = made.reduce((n, r) => n + r.text.length, 0);
console.log(`${articles} articles resampled from ${corpus.length} (${(chars / articles).toFixed(0)} characters each on average), ${cpus().length} cores`);

const rows: [string, Run][] = [];
function report(name: string, run: Run) {
  rows.push([name, run]);
  const copies = [...run.stderr.matchAll(/(\d+) near-copies/g)].reduce((n, m) => n + Number(m[1]), 0);
  console.log(
    `${name.padEnd(28)} ${(articles / run.seconds).toFixed(1).padStart(7)} articles/s  ${run.seconds.toFixed(1).padStart(6)} s  ` +
      `RSS MB at 10/25/50/75/100 %: ${run.rss.map((x) => x.toFixed(0)).join(' / ')}  peak ${run.peak.toFixed(0)}  (near-copies linked: ${copies})`,
  );
}

report('sqlite, 1 thread', await measure([['ingest', input, '--db', join(dir, 'one.db'), '--workers', '1']]));
report(`sqlite, ${threads} worker threads`, await measure([['ingest', input, '--db', join(dir, 'threads.db'), '--workers', String(threads)]]));

if (pgUrl) {
  const schema = `bench_ingest_${process.pid}`;
  const url = new URL(pgUrl);
  url.searchParams.set('schema', schema);
  const db = url.toString();
  try {
    const enqueue = await measure([['ingest', input, '--db', db, '--enqueue']]);
    console.log(`postgres enqueue: ${articles} jobs in ${enqueue.seconds.toFixed(1)} s`);
    report(`postgres, ${threads} workers`, await measure(Array.from({ length: threads }, () => ['worker', '--db', db, '--until-empty'])));
  } finally {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query("SET client_min_messages = 'warning'");
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; DROP SCHEMA IF EXISTS "${schema}_queue" CASCADE`);
    await client.end();
  }
} else console.log('postgres: skipped (give --pg postgres://… or set NEWSGRAPH_TEST_PG)');

const single = rows[0]![1];
for (const [name, run] of rows.slice(1)) console.log(`ratio ${name} / sqlite 1 thread: ${(single.seconds / run.seconds).toFixed(2)}x`);
console.log(`load average (1 min) at the end: ${loadavg()[0]!.toFixed(2)}`);
rmSync(dir, { recursive: true, force: true });
