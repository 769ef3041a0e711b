import { realpathSync, statSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { describeError, NewsgraphError } from '../errors.js';
import { loadKb } from '../kb/index.js';
import type { Kb } from '../kb/types.js';
import type { Doc } from '../model/doc.js';
import { BatchWriter, WRITE_BATCH, type PutResult, type Store } from '../store/index.js';
import { toJson, type DocJson } from '../model/json.js';
import { WorkerPool } from '../pipeline/workers.js';
import { createAnalyzer, STAGES } from '../pipeline/analyze.js';
import { nearCopyGate } from '../pipeline/copies.js';
import { enabledStages, formatProfile, type Gate, type Pipeline } from '../pipeline/pipeline.js';
import { isStageName, STAGE_NAMES, type StageName } from '../pipeline/stage.js';
import { expandInputs, readStdin, type Item } from '../stages/ingest/index.js';
import { Progress } from './progress.js';

/** Options shared by the commands that analyse articles. */
export interface AnalyzeFlags {
  disable?: string[];
  profile?: boolean;
  maxBytes: number;
  allowPrivate?: boolean;
}

export function addAnalyzeOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--disable <stages>', `stages to skip, comma-separated, repeatable (${STAGE_NAMES.join(', ')})`).argParser((v: string, prev: string[] = []) => [
        ...prev,
        ...v.split(','),
      ]),
    )
    .option('--profile', 'print time per stage on stderr at the end')
    .option('--max-bytes <n>', 'largest input file, URL or stdin in bytes', parseSize, 10 * 1024 * 1024)
    .option('--allow-private', 'allow URLs on private, loopback and link-local addresses');
}

/** "10MB", "500k", "1048576" → bytes. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!m) throw new NewsgraphError('NG_USAGE', `not a size: ${value}`, { hint: 'Give a size like 10MB, 500k or 1048576.' });
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * scale);
}

export function parseStages(names: readonly string[] = []): StageName[] {
  for (const name of names) {
    if (!isStageName(name)) throw new NewsgraphError('NG_STAGE_UNKNOWN', `unknown stage "${name}" (stages: ${STAGE_NAMES.join(', ')})`);
  }
  return names as StageName[];
}

/**
 * Analysis on `workers` threads (each loads its own KB and model), or in this thread for 1; with
 * `store`, the threads ask it (through this thread) whether an article is a near-copy before analysing it.
 */
export function analyzersFor(flags: AnalyzeFlags, workers: number, store?: Store): Analyzer {
  if (workers <= 1 || flags.profile) return analyzerFor(flags);
  enabledStages(STAGES, parseStages(flags.disable)); // refuse a bad --disable before starting threads
  const setup = { disable: parseStages(flags.disable), options: { maxBytes: flags.maxBytes, allowPrivate: Boolean(flags.allowPrivate) } };
  return new WorkerPool(workers, setup, store && ((text) => store.nearCopy(text)));
}

export function analyzerFor(flags: AnalyzeFlags, kb: Kb = loadKb()): Pipeline {
  return createAnalyzer({
    kb,
    disable: parseStages(flags.disable),
    options: { maxBytes: flags.maxBytes, allowPrivate: Boolean(flags.allowPrivate) },
  });
}

/**
 * The hooks of a run that stores: analysed documents (from this thread or the workers) are written
 * by this thread in batches, in input order (a run waits for every write it started).
 */
export function storing(store: Store): Pick<RunHooks, 'onDoc' | 'drained' | 'gate'> {
  const writer = new BatchWriter(store);
  return { onDoc: (doc, key) => writer.add(doc, key), drained: () => writer.flush(), gate: nearCopyGate(store) };
}

/** Tally of a run over many inputs. */
export interface RunSummary {
  done: number;
  skipped: number;
  /** Stored as near-copies of earlier articles (ingest). */
  duplicates: number;
  failed: number;
  seconds: number;
}

export interface RunHooks {
  /** A key for an input (to skip inputs already done); undefined when it has none. */
  skip?: (key: string) => Promise<boolean>;
  /** Called with each analysed document, in input order (completion order with workers); the run goes on while what it returns settles. */
  onDoc?: (doc: DocJson, key: string | undefined) => Promise<PutResult | void> | void;
  /** Ends analysis early (near-copies of stored articles are not analysed again); worker threads have their own. */
  gate?: Gate;
  /** Called once every document has gone to onDoc: what still waits for a batch can be written. */
  drained?: () => Promise<void>;
  progress?: boolean;
}

/** A stable key for where a document came from: absolute path (with size and mtime), path#id or path:line, URL. */
export function sourceKey(doc: Doc): string | undefined {
  const o = doc.origin;
  if (o.kind === 'url') return o.location;
  if (o.kind === 'file') {
    try {
      const info = statSync(o.location);
      return `${realpathSync(o.location)}@${info.size}:${Math.floor(info.mtimeMs)}`;
    } catch {
      return undefined;
    }
  }
  if (o.kind === 'record') {
    let path = o.location;
    try {
      path = realpathSync(o.location);
    } catch {
      /* keep the given path */
    }
    return doc.raw?.meta.id !== undefined ? `${path}#${doc.raw.meta.id}` : `${path}:${o.line}`;
  }
  return undefined;
}

/**
 * Analyses every input: one error line per failed item on stderr (naming the path or path:line),
 * every good item processed. Never throws for a bad item.
 */
export async function runInputs(inputs: readonly string[], pipeline: Analyzer, flags: AnalyzeFlags, hooks: RunHooks): Promise<RunSummary> {
  const total = hooks.progress && process.stderr.isTTY ? await countInputs(inputs, flags.maxBytes) : undefined;
  return runItems(expandInputs(inputs, flags.maxBytes), pipeline, flags, hooks, total);
}

/** Like runInputs, over items from any source (feeds); `total` sizes the progress bar when known. */
type Outcome = { error: unknown; where: string } | { skipped: true } | { doc: DocJson; key: string | undefined } | { stored: PutResult };

/** What analyses documents for a run: the pipeline in this thread, or a pool of worker threads. */
export type Analyzer = Pipeline | WorkerPool;

const analyse = (analyzer: Analyzer, doc: Doc, gate?: Gate): Promise<DocJson> =>
  analyzer instanceof WorkerPool ? analyzer.run(doc) : analyzer.run(doc, gate).then(toJson);

/**
 * Inputs read at once: URL fetches and file reads overlap, results still come out in input order;
 * enough for every thread to have articles queued while a batch is written.
 */
const inFlight = (analyzer: Analyzer) => 4 * WRITE_BATCH * (analyzer instanceof WorkerPool ? analyzer.size : 1);

export async function runItems(
  items: AsyncIterable<Item>,
  pipeline: Analyzer,
  flags: AnalyzeFlags,
  hooks: RunHooks,
  total?: number,
): Promise<RunSummary> {
  const t0 = performance.now();
  const summary: RunSummary = { done: 0, skipped: 0, duplicates: 0, failed: 0, seconds: 0 };
  const progress = hooks.progress && process.stderr.isTTY ? new Progress(total ?? 0) : undefined;

  async function start(item: Item): Promise<Outcome> {
    if ('error' in item) return item;
    const doc = item.doc;
    const where = doc.origin.line ? `${doc.origin.location}:${doc.origin.line}` : doc.origin.location;
    try {
      if (doc.origin.kind === 'stdin') doc.bytes = await readStdin(flags.maxBytes);
      const key = sourceKey(doc);
      if (key && hooks.skip && (await hooks.skip(key))) return { skipped: true };
      return { doc: await analyse(pipeline, doc, hooks.gate), key };
    } catch (error) {
      return { error, where };
    }
  }

  // onDoc is called in input order; what it returns (a batched write) is counted when it settles
  const writes = new Set<Promise<void>>();
  function settle(outcome: Outcome): void {
    if ('doc' in outcome) {
      const { doc, key } = outcome;
      const write = (async () => {
        try {
          record({ stored: (await hooks.onDoc?.(doc, key)) ?? 'inserted' });
        } catch (error) {
          record({ error, where: doc.origin.location });
        }
      })();
      writes.add(write);
      void write.finally(() => writes.delete(write));
    } else record(outcome);
  }

  function record(outcome: Exclude<Outcome, { doc: DocJson }>): void {
    if ('stored' in outcome) {
      if (outcome.stored === 'duplicate') summary.duplicates++;
      summary.done++;
    }
    if ('skipped' in outcome) summary.skipped++;
    if ('error' in outcome) {
      summary.failed++;
      progress?.clear();
      process.stderr.write(`newsgraph: ${outcome.where}: ${describeError(outcome.error)}\n`);
    }
    progress?.tick(summary);
  }

  const window: Promise<Outcome>[] = [];
  const limit = inFlight(pipeline);
  for await (const item of items) {
    window.push(start(item));
    if (window.length >= limit) settle(await window.shift()!);
  }
  while (window.length) settle(await window.shift()!);
  await hooks.drained?.();
  await Promise.all(writes);
  progress?.stop();
  summary.seconds = (performance.now() - t0) / 1000;
  if (flags.profile && !(pipeline instanceof WorkerPool)) process.stderr.write(`${formatProfile(pipeline.profile)}\n`);
  return summary;
}

/** How many items the inputs expand to (for the progress bar's total). */
async function countInputs(inputs: readonly string[], maxBytes: number): Promise<number> {
  let n = 0;
  for await (const _ of expandInputs(inputs, maxBytes)) n++;
  return n;
}

export function summaryLine(s: RunSummary): string {
  const rate = s.seconds > 0 ? s.done / s.seconds : 0;
  const skipped = s.skipped ? `, ${s.skipped} already stored` : '';
  const copies = s.duplicates ? `, ${s.duplicates} near-copies of stored articles linked` : '';
  return `${s.done} articles in ${s.seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s)${copies}${skipped}, ${s.failed} errors`;
}
