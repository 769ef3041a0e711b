import { Command } from 'commander';
import { describeError, isNewsgraphError, NewsgraphError } from '../errors.js';
import { toJson } from '../model/json.js';
import { docOf, IngestQueue } from '../queue/index.js';
import { openStore } from '../store/index.js';
import { isPostgresLocation } from '../store/postgres/index.js';
import { addAnalyzeOptions, analyzerFor, type AnalyzeFlags } from './common.js';
import { nearCopyGate } from '../pipeline/copies.js';

interface WorkerFlags extends AnalyzeFlags {
  db: string;
  concurrency: number;
  untilEmpty?: boolean;
}

/**
 * Bad input fails the same way every time: reported and done. Anything else (the database went
 * away, a fetch timed out, a crash in a stage) may pass on another try: the job is retried.
 */
const isFinal = (error: unknown) => isNewsgraphError(error) && error.status < 500;

export function workerCommand(): Command {
  return addAnalyzeOptions(
    new Command('worker')
      .description('take ingest jobs from the PostgreSQL job queue (filled by `ingest --enqueue`), analyse and store them; run as many as you like, on any machines')
      .requiredOption('--db <url>', 'postgres:// URL of the store and its queue')
      .option('--concurrency <n>', 'jobs at once in this process (more helps when jobs fetch URLs)', (v) => Number.parseInt(v, 10), 1)
      .option('--until-empty', 'exit once no job is waiting or running (otherwise run until SIGINT/SIGTERM)'),
  ).action(async (flags: WorkerFlags) => {
    if (!isPostgresLocation(flags.db)) throw new NewsgraphError('NG_USAGE', 'worker needs a postgres:// --db', { hint: 'Workers share a job queue that lives in PostgreSQL.' });
    if (!(flags.concurrency >= 1)) throw new NewsgraphError('NG_USAGE', '--concurrency must be a whole number of at least 1');
    const store = openStore(flags.db);
    const queue = new IngestQueue(flags.db, { maintenanceSeconds: 10 });
    const pipeline = analyzerFor(flags);
    const gate = nearCopyGate(store);
    const tally = { stored: 0, duplicates: 0, failed: 0, busy: 0 };
    const t0 = performance.now();
    let stopping: (() => void) | undefined;
    const stopped = new Promise<void>((resolve) => (stopping = resolve));
    const stop = () => stopping?.();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      await queue.work(flags.concurrency, async (job) => {
        tally.busy++;
        const where = job.origin.line ? `${job.origin.location}:${job.origin.line}` : job.origin.location;
        try {
          const doc = toJson(await pipeline.run(docOf(job), gate));
          const result = await store.put(doc, job.key);
          if (result === 'duplicate') tally.duplicates++;
          tally.stored++;
          // One line per job on stdout: what happened, the article, the input.
          process.stdout.write(`${result}\t${doc.id}\t${where}\n`);
        } catch (error) {
          process.stderr.write(`newsgraph: ${where}: ${describeError(error)}\n`);
          if (!isFinal(error)) throw error;
          tally.failed++;
        } finally {
          tally.busy--;
        }
      });
      if (flags.untilEmpty) {
        for (;;) {
          const done = await Promise.race([stopped.then(() => true), queue.finished().then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 1000))]);
          if (done) break;
          if (tally.busy > 0) continue;
          if ((await queue.outstanding()) === 0) break;
          // Jobs still active elsewhere may belong to a dead worker: expire those past their timeout now.
          await queue.expire();
        }
      } else await Promise.race([stopped, queue.finished()]);
    } finally {
      await queue.stop();
      await store.close();
      const seconds = (performance.now() - t0) / 1000;
      const copies = tally.duplicates ? ` (${tally.duplicates} near-copies linked)` : '';
      process.stderr.write(`worker: ${tally.stored} articles stored${copies}, ${tally.failed} errors, in ${seconds.toFixed(1)} s (${(tally.stored / seconds).toFixed(1)} articles/s)\n`);
    }
  });
}
