/**
 * The ingest job queue inside PostgreSQL (pg-boss): `ingest --enqueue` adds one job per input,
 * `newsgraph worker` processes on any number of machines take them. A job carries its input's
 * bytes or record (a URL is fetched by the worker), so workers need no shared disk. A worker
 * killed mid-job leaves the job active until it expires; it is then retried by another worker,
 * and the store's idempotent `put` makes a retry of a stored article change nothing.
 */
import PgBoss from 'pg-boss';
import { NewsgraphError } from '../errors.js';
import type { Doc, Origin, Raw } from '../model/doc.js';
import { createDoc } from '../model/create.js';
import { postgresLocation } from '../store/postgres/index.js';

export const QUEUE = 'newsgraph-ingest';

/** One input to analyse and store. */
export interface IngestJob {
  /** The source key the store records (skip on re-runs); none for stdin. */
  key?: string;
  origin: Origin;
  /** A JSON Lines record's parsed content. */
  raw?: Raw;
  /** A file's or stdin's bytes, base64. */
  bytes?: string;
}

export function jobOf(doc: Doc, key: string | undefined): IngestJob {
  const job: IngestJob = { origin: doc.origin };
  if (key !== undefined) job.key = key;
  if (doc.raw) job.raw = doc.raw;
  if (doc.bytes) job.bytes = Buffer.from(doc.bytes.buffer, doc.bytes.byteOffset, doc.bytes.byteLength).toString('base64');
  return job;
}

export function docOf(job: IngestJob): Doc {
  const init: { raw?: Raw; bytes?: Uint8Array } = {};
  if (job.raw) init.raw = job.raw;
  if (job.bytes !== undefined) init.bytes = new Uint8Array(Buffer.from(job.bytes, 'base64'));
  return createDoc(job.origin, init);
}

export interface QueueOptions {
  /** Seconds a job may stay active before it counts as lost and is retried (a killed worker's jobs). */
  jobTimeout?: number;
  /** How often this process runs pg-boss maintenance (expiring lost jobs), in seconds. */
  maintenanceSeconds?: number;
}

export const DEFAULT_JOB_TIMEOUT = 600;
/**
 * Jobs taken and completed per round trip: bookkeeping costs the server about 2 ms a job one at a
 * time. A worker that dies leaves its batch to be retried (storing is idempotent).
 */
const BATCH = 8;
/** Wait before asking again when the queue is empty. */
const IDLE_MS = 500;
/** Attempts after the first, for jobs whose worker died or hit a transient error. */
const RETRIES = 3;

/** The queue of a --db URL: pg-boss's tables live in `<schema>_queue` (or `newsgraph_queue`). */
export class IngestQueue {
  private readonly boss: PgBoss;
  private started: Promise<void> | undefined;
  private stopping = false;
  private loops: Promise<void>[] = [];

  constructor(
    location: string,
    private readonly options: QueueOptions = {},
  ) {
    const { connectionString, schema } = postgresLocation(location);
    this.boss = new PgBoss({
      connectionString,
      schema: `${schema ?? 'newsgraph'}_queue`,
      max: 4,
      maintenanceIntervalSeconds: options.maintenanceSeconds ?? 30,
      // Lost jobs are found by expiry, not by a state monitor; completed jobs are kept a day.
      archiveCompletedAfterSeconds: 24 * 3600,
    });
    // pg-boss reports background errors (a lost connection) as events: never crash on them.
    this.boss.on('error', (error) => process.stderr.write(`newsgraph: job queue: ${error.message}\n`));
  }

  /** Connects, creating the queue's tables on first use. */
  start(): Promise<void> {
    this.started ??= (async () => {
      try {
        await this.boss.start();
        if (!(await this.boss.getQueue(QUEUE))) await this.boss.createQueue(QUEUE, { name: QUEUE, retryLimit: RETRIES, retryDelay: 1 });
      } catch (error) {
        throw new NewsgraphError('NG_QUEUE', `cannot use the job queue: ${(error as Error).message}`, { cause: error });
      }
    })();
    return this.started;
  }

  async enqueue(jobs: readonly IngestJob[]): Promise<void> {
    await this.start();
    const expireInSeconds = this.options.jobTimeout ?? DEFAULT_JOB_TIMEOUT;
    await this.boss.insert(jobs.map((data) => ({ name: QUEUE, data, expireInSeconds, retryLimit: RETRIES, retryDelay: 1 })));
  }

  /** Jobs waiting, being retried or active. */
  async outstanding(): Promise<number> {
    await this.start();
    return this.boss.getQueueSize(QUEUE, { before: 'completed' });
  }

  /**
   * Runs `handle` on jobs as they come, `concurrency` loops at a time, until `stop`. A job is
   * completed when `handle` returns and marked for retry when it throws. Each loop takes a batch
   * and the next as soon as it is done (pg-boss's own `work` waits a polling interval between fetches).
   */
  async work(concurrency: number, handle: (job: IngestJob, id: string) => Promise<void>): Promise<void> {
    await this.start();
    const loop = async () => {
      while (!this.stopping) {
        const jobs = (await this.boss.fetch<IngestJob>(QUEUE, { batchSize: BATCH })) ?? [];
        if (jobs.length === 0) {
          await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
          continue;
        }
        const done: string[] = [];
        for (const job of jobs) {
          try {
            await handle(job.data, job.id);
            done.push(job.id);
          } catch (error) {
            await this.boss.fail(QUEUE, job.id, { message: (error as Error).message });
          }
        }
        if (done.length) await this.boss.complete(QUEUE, done);
      }
    };
    this.loops = Array.from({ length: concurrency }, () =>
      loop().catch((error: unknown) => {
        this.stopping = true;
        throw new NewsgraphError('NG_QUEUE', `the job queue failed: ${(error as Error).message}`, { cause: error });
      }),
    );
  }

  /** Resolves when the work loops have ended (after `stop`), rejects when one failed. */
  async finished(): Promise<void> {
    await Promise.all(this.loops);
  }

  /** Runs pg-boss maintenance now: active jobs past their timeout become retries. */
  async expire(): Promise<void> {
    await this.start();
    await this.boss.expire();
  }

  /** Stops taking jobs, lets the jobs in hand finish, and disconnects. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled(this.loops);
    if (this.started) await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  }
}
