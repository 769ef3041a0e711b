import { availableParallelism } from 'node:os';
import { Command } from 'commander';
import { NewsgraphError } from '../errors.js';
import { openStore } from '../store/index.js';
import { WorkerPool } from '../pipeline/workers.js';
import { DEFAULT_OPTIONS } from '../pipeline/stage.js';
import { expandFeeds, expandInputs, fetchOptions, type Item } from '../stages/ingest/index.js';
import { DEFAULT_JOB_TIMEOUT } from '../queue/index.js';
import { enqueueInputs } from './enqueue.js';
import { addAnalyzeOptions, analyzersFor, runInputs, runItems, storing, summaryLine, type AnalyzeFlags, type RunHooks } from './common.js';

const collect = (value: string, previous: string[]) => [...previous, value];

async function* concat(...sources: AsyncIterable<Item>[]): AsyncGenerator<Item> {
  for (const source of sources) yield* source;
}

export function ingestCommand(): Command {
  return addAnalyzeOptions(
    new Command('ingest')
      .description('analyse articles and store them with all their facts; inputs stored before are skipped')
      .argument('[inputs...]', 'files, directories, .jsonl files, URLs, or - for stdin')
      .requiredOption('--db <file|url>', 'SQLite file (created when missing) or postgres:// URL')
      .option('--feed <feed>', 'an RSS or Atom feed (URL or file): each item is fetched and stored; repeatable', collect, [])
      .option('--workers <n>', 'analysis threads (default: one per core)', (v) => Number.parseInt(v, 10), availableParallelism())
      .option('--enqueue', 'only add a job per input to the PostgreSQL job queue, for `newsgraph worker` processes')
      .option('--job-timeout <seconds>', 'with --enqueue: seconds before a job whose worker died is retried', (v) => Number.parseInt(v, 10), DEFAULT_JOB_TIMEOUT),
  ).action(async (inputs: string[], flags: AnalyzeFlags & { db: string; feed: string[]; workers: number; enqueue?: boolean; jobTimeout: number }) => {
    if (inputs.length === 0 && flags.feed.length === 0) throw new NewsgraphError('NG_USAGE', 'give inputs to ingest, or --feed');
    const store = openStore(flags.db);
    const items = () =>
      flags.feed.length === 0
        ? expandInputs(inputs, flags.maxBytes)
        : concat(expandInputs(inputs, flags.maxBytes), expandFeeds(flags.feed, fetchOptions({ ...DEFAULT_OPTIONS, maxBytes: flags.maxBytes, allowPrivate: Boolean(flags.allowPrivate) })));
    if (flags.enqueue) {
      try {
        const s = await enqueueInputs(items(), flags.db, store, { maxBytes: flags.maxBytes, jobTimeout: flags.jobTimeout });
        process.stderr.write(`${s.queued} jobs queued${s.skipped ? `, ${s.skipped} already stored` : ''}, ${s.failed} errors\n`);
        if (s.failed > 0) process.exitCode = 1;
      } finally {
        await store.close();
      }
      return;
    }
    let pipeline;
    try {
      // This thread stores what the worker threads analyse (over one connection) and tells them which articles are near-copies.
      pipeline = analyzersFor(flags, flags.workers, store);
      if (pipeline instanceof WorkerPool) await pipeline.ready;
      const hooks: RunHooks = { progress: true, skip: (key: string) => store.hasSource(key), ...storing(store) };
      const summary =
        flags.feed.length === 0
          ? await runInputs(inputs, pipeline, flags, hooks)
          : await runItems(items(), pipeline, flags, hooks);
      process.stderr.write(`${summaryLine(summary)}\n`);
      if (summary.failed > 0) process.exitCode = 1;
    } finally {
      if (pipeline instanceof WorkerPool) await pipeline.close();
      await store.close();
    }
  });
}
