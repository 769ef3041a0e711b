/**
 * Extraction benchmark: our HTML extractor against @mozilla/readability (on linkedom), in one
 * process, on the dev split of the article-extraction benchmark in ../shared/eval/extraction.
 *
 *   node --import tsx bench/extract.ts [--only <id-prefix>] [--per-item out.json] [--dump dir]
 *
 * Prints body precision / recall / F1 (from the shared scorer), pages per second for both
 * extractors and the speed ratio, then the share of pages whose `published` date is right to the
 * day. Timing: only decode + parse + extract (not file reading or gunzip), one process (one
 * core), a warm-up pass, then the two extractors interleaved page by page for a few rounds; a
 * page's time is its fastest round, so load from other processes on a shared machine does not
 * skew the ratio.
 *
 * Date check. The ground truth has no dates, so the reference is the page's own publication
 * date markup, read here by a deliberately simple scanner that shares no code with the
 * extractor: JSON-LD / microdata `datePublished`, publication-date meta tags, the first
 * `<time datetime>`, and a /YYYY/MM/DD/ date in the page's canonical or gold URL. A page
 * "carries a date" when at least one of those gives one; the reference day is the one most
 * sources agree on (ties go to the more trusted source, in the order listed). The calendar day
 * is compared as written (local date of the page's own offset), so time zones do not count.
 * As a fully independent cross-check we also report agreement with the date in the gold URL
 * for the pages whose URL has one.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractHtml } from '../src/stages/extract/html/index.js';
import { decodeBytes } from '../src/stages/ingest/encoding.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EVAL = resolve(REPO, '../shared/eval/extraction');
const DEV = join(EVAL, 'dev');

interface Page {
  id: string;
  bytes: Uint8Array;
  goldUrl: string;
}

interface Scorer {
  scoreAll(
    gold: Record<string, unknown>,
    predictions: Record<string, { articleBody: string }>,
  ): { precision: number; recall: number; f1: number; accuracy: number; ids: string[]; perItem: [number, number, number][] };
}

function args(): { only?: string; perItem?: string; dump?: string } {
  const out: { only?: string; perItem?: string; dump?: string } = {};
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') out.only = argv[++i];
    else if (argv[i] === '--per-item') out.perItem = argv[++i];
    else if (argv[i] === '--dump') out.dump = argv[++i];
  }
  return out;
}

function loadPages(gold: Record<string, { url?: string }>, only?: string): Page[] {
  const dir = join(DEV, 'html');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -'.html.gz'.length);
      return { id, bytes: gunzipSync(readFileSync(join(dir, f))), goldUrl: gold[id]?.url ?? '' };
    })
    .filter((p) => !only || p.id.startsWith(only));
}

function runOurs(page: Page): ReturnType<typeof extractHtml> {
  const { text } = decodeBytes(page.bytes, { html: true });
  return extractHtml(text, { url: page.goldUrl });
}

function runReadability(page: Page): string {
  const { text } = decodeBytes(page.bytes, { html: true });
  const { document } = parseHTML(text);
  try {
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    return article?.textContent ?? '';
  } catch {
    return '';
  }
}

/** Timing rounds after the warm-up; each page's time is its fastest round (robust to other load on a shared machine). */
const TIMING_ROUNDS = 3;

/**
 * Runs both extractors page by page, interleaved (so that load from other processes hits both
 * alike): one warm-up pass, then TIMING_ROUNDS timed passes; a page's time is its minimum.
 */
function timeBoth<A, B>(
  pages: Page[],
  fa: (p: Page) => A,
  fb: (p: Page) => B,
): { a: Map<string, A>; b: Map<string, B>; secondsA: number; secondsB: number } {
  for (const p of pages) {
    fa(p);
    fb(p);
  }
  const a = new Map<string, A>();
  const b = new Map<string, B>();
  const bestA = new Map<string, number>();
  const bestB = new Map<string, number>();
  for (let round = 0; round < TIMING_ROUNDS; round++) {
    for (const p of pages) {
      let t0 = performance.now();
      a.set(p.id, fa(p));
      let dt = performance.now() - t0;
      bestA.set(p.id, Math.min(bestA.get(p.id) ?? Infinity, dt));
      t0 = performance.now();
      b.set(p.id, fb(p));
      dt = performance.now() - t0;
      bestB.set(p.id, Math.min(bestB.get(p.id) ?? Infinity, dt));
    }
  }
  const sum = (m: Map<string, number>): number => [...m.values()].reduce((x, y) => x + y, 0) / 1000;
  return { a, b, secondsA: sum(bestA), secondsB: sum(bestB) };
}

// ---- reference dates (independent, simple scanner; see the header comment) ----

const DAY = /(\d{4})-(\d{2})-(\d{2})/;
const URL_DAY = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/;

function dayOf(value: string | undefined): string | null {
  const m = value ? DAY.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function urlDay(url: string): string | null {
  const m = URL_DAY.exec(url);
  if (!m) return null;
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const PUBLISHED_META = /<meta\b[^>]*(?:property|name|itemprop)\s*=\s*["']?(?:article:published_time|datePublished|pubdate|publishdate|publish-date|date|dc\.date|dc\.date\.issued|dcterms\.created|sailthru\.date|parsely-pub-date|og:published_time)["'\s>][^>]*>/gi;

function referenceDay(html: string, goldUrl: string): string | null {
  const votes: string[] = [];
  const ld = /"datePublished"\s*:\s*"([^"]+)"/.exec(html);
  if (ld) votes.push(dayOf(ld[1]) ?? '');
  const micro = /itemprop\s*=\s*["']datePublished["'][^>]*(?:content|datetime)\s*=\s*["']([^"']+)/i.exec(html);
  if (micro) votes.push(dayOf(micro[1]) ?? '');
  for (const m of html.matchAll(PUBLISHED_META)) {
    const content = /content\s*=\s*["']([^"']+)/i.exec(m[0]);
    const d = dayOf(content?.[1]);
    if (d) {
      votes.push(d);
      break;
    }
  }
  const time = /<time\b[^>]*datetime\s*=\s*["']([^"']+)/i.exec(html);
  if (time) votes.push(dayOf(time[1]) ?? '');
  const canonical = /<link\b[^>]*rel\s*=\s*["']canonical["'][^>]*>/i.exec(html)?.[0];
  const href = canonical ? /href\s*=\s*["']([^"']+)/i.exec(canonical)?.[1] : undefined;
  const fromUrl = urlDay(href ?? '') ?? urlDay(goldUrl);
  if (fromUrl) votes.push(fromUrl);
  const valid = votes.filter(Boolean);
  if (valid.length === 0) return null;
  const counts = new Map<string, number>();
  for (const v of valid) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = valid[0]!;
  for (const v of valid) if (counts.get(v)! > counts.get(best)!) best = v;
  return best;
}

async function main(): Promise<void> {
  const opts = args();
  const gold = JSON.parse(readFileSync(join(DEV, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url?: string }>;
  const scorer = (await import(pathToFileURL(join(EVAL, 'score.mjs')).href)) as Scorer;
  const pages = loadPages(gold, opts.only);
  const goldSubset = Object.fromEntries(pages.map((p) => [p.id, gold[p.id]]));

  const timed = timeBoth(pages, runOurs, runReadability);
  const ours = { results: timed.a, seconds: timed.secondsA };
  const theirs = { results: timed.b, seconds: timed.secondsB };

  const oursPred = Object.fromEntries([...ours.results].map(([id, a]) => [id, { articleBody: a.text }]));
  const theirsPred = Object.fromEntries([...theirs.results].map(([id, t]) => [id, { articleBody: t }]));
  const so = scorer.scoreAll(goldSubset, oursPred);
  const st = scorer.scoreAll(goldSubset, theirsPred);
  const pps = (s: number): number => pages.length / s;

  const f = (x: number): string => x.toFixed(4);
  console.log(`pages ${pages.length} (${DEV})`);
  console.log('extractor     precision  recall     F1         pages/s');
  console.log(`newsgraph     ${f(so.precision)}     ${f(so.recall)}     ${f(so.f1)}     ${pps(ours.seconds).toFixed(1)}`);
  console.log(`readability   ${f(st.precision)}     ${f(st.recall)}     ${f(st.f1)}     ${pps(theirs.seconds).toFixed(1)}`);
  console.log(`speed ratio (newsgraph / readability) ${(theirs.seconds / ours.seconds).toFixed(2)}x`);

  let withDate = 0;
  let right = 0;
  let withUrlDate = 0;
  let rightUrl = 0;
  const wrong: string[] = [];
  const undated: string[] = [];
  for (const p of pages) {
    const html = new TextDecoder().decode(p.bytes);
    const ref = referenceDay(html, p.goldUrl);
    const got = dayOf(ours.results.get(p.id)?.published ?? undefined);
    if (ref) {
      withDate++;
      if (got === ref) right++;
      else wrong.push(`${p.id.slice(0, 8)} ref ${ref} got ${got ?? 'null'}`);
    } else undated.push(`${p.id.slice(0, 8)} ${got ?? 'null'}`);
    const u = urlDay(p.goldUrl);
    if (u) {
      withUrlDate++;
      if (got === u) rightUrl++;
    }
  }
  console.log(`published correct to the day: ${right}/${withDate} = ${(right / Math.max(1, withDate)).toFixed(4)} of pages whose HTML carries a date (${pages.length - withDate} without)`);
  console.log(`published = date in the gold URL: ${rightUrl}/${withUrlDate} = ${(rightUrl / Math.max(1, withUrlDate)).toFixed(4)}`);
  if (wrong.length) console.log(`date misses: ${wrong.join('; ')}`);
  if (undated.length) console.log(`pages without date markup (our published, from URL or dateline text): ${undated.join('; ')}`);

  if (opts.perItem) {
    const rows = so.ids.map((id, i) => {
      const [tp, fp, fn] = so.perItem[i]!;
      const [tp2, fp2, fn2] = st.perItem[i]!;
      return { id, ours: { p: tp / (tp + fp || 1), r: tp / (tp + fn || 1) }, readability: { p: tp2 / (tp2 + fp2 || 1), r: tp2 / (tp2 + fn2 || 1) } };
    });
    writeFileSync(opts.perItem, JSON.stringify(rows, null, 1) + '\n');
  }
  if (opts.dump) {
    mkdirSync(opts.dump, { recursive: true });
    for (const p of pages) {
      writeFileSync(join(opts.dump, `${p.id.slice(0, 8)}.ours.txt`), ours.results.get(p.id)!.text);
      writeFileSync(join(opts.dump, `${p.id.slice(0, 8)}.gold.txt`), gold[p.id]!.articleBody);
      writeFileSync(join(opts.dump, `${p.id.slice(0, 8)}.meta.json`), JSON.stringify({ ...ours.results.get(p.id)!, text: undefined }, null, 1));
    }
  }
  console.log(`F1 ${f(so.f1)}`);
}

await main();
