import { describeError, NewsgraphError } from '../errors.js';
import type { Item } from '../stages/ingest/index.js';
import { readStdin } from '../stages/ingest/index.js';
import { readFileBytes } from '../stages/ingest/read.js';
import { isPostgresLocation } from '../store/postgres/index.js';
import type { Store } from '../store/store.js';
import { IngestQueue, jobOf, type IngestJob } from '../queue/index.js';
import { sourceKey } from './common.js';

/** Jobs inserted per round trip. */
const BATCH = 200;

export interface EnqueueSummary {
  queued: number;
  skipped: number;
  failed: number;
}

/**
 * Adds a job per input to the queue of a PostgreSQL --db: files and stdin are read now (so
 * workers on other machines need no shared disk), URLs are fetched by the worker. Inputs stored
 * before are skipped; a bad input is one error line and never stops the others.
 */
export async function enqueueInputs(
  items: AsyncIterable<Item>,
  db: string,
  store: Store,
  options: { maxBytes: number; jobTimeout: number },
): Promise<EnqueueSummary> {
  if (!isPostgresLocation(db)) {
    throw new NewsgraphError('NG_USAGE', '--enqueue needs a postgres:// --db', { hint: 'The job queue lives in PostgreSQL; with SQLite, ingest runs the jobs itself (--workers).' });
  }
  const queue = new IngestQueue(db, { jobTimeout: options.jobTimeout });
  const summary: EnqueueSummary = { queued: 0, skipped: 0, failed: 0 };
  let batch: IngestJob[] = [];
  const flush = async () => {
    if (batch.length) await queue.enqueue(batch);
    summary.queued += batch.length;
    batch = [];
  };
  try {
    await queue.start();
    for await (const item of items) {
      if ('error' in item) {
        summary.failed++;
        process.stderr.write(`newsgraph: ${item.where}: ${describeError(item.error)}\n`);
        continue;
      }
      const doc = item.doc;
      // The key comes from the path, size and time (or URL, or record id): inputs stored before are not read again.
      const key = sourceKey(doc);
      if (key && (await store.hasSource(key))) {
        summary.skipped++;
        continue;
      }
      try {
        if (doc.origin.kind === 'stdin') doc.bytes = await readStdin(options.maxBytes);
        if (doc.origin.kind === 'file') doc.bytes = await readFileBytes(doc.origin.location, options.maxBytes);
      } catch (error) {
        summary.failed++;
        process.stderr.write(`newsgraph: ${doc.origin.location}: ${describeError(error)}\n`);
        continue;
      }
      batch.push(jobOf(doc, key));
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  } finally {
    await queue.stop();
  }
  return summary;
}
