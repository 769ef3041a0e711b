import { Worker } from 'node:worker_threads';
import { NewsgraphError, type ErrorCode } from '../errors.js';
import type { Doc } from '../model/doc.js';
import type { DocJson } from '../model/json.js';
import type { NearCopy } from '../store/store.js';
import type { Options, StageName } from './stage.js';

export interface WorkerSetup {
  options: Partial<Options>;
  disable: StageName[];
  /** Workers ask the pool's `nearCopy` before analysing an article (near-copies of stored ones are not analysed again). */
  gate?: boolean;
}
/** Messages to a worker: a document to analyse, the answer to its near-copy question, or the end. */
export type FromMain = { n: number; doc: Doc } | { answer: number; copy: NearCopy | null } | { close: true };
/** Messages from a worker: ready, a result (JSON document or error), or a near-copy question. */
export type WorkerResponse =
  | { ready: true }
  | { n: number; doc: DocJson }
  | { n: number; error: { code: ErrorCode; message: string; hint: string } }
  | { ask: number; text: string };

/**
 * Starts a worker on worker.js once compiled; from the TypeScript sources (tests, `tsx`) the
 * worker first registers tsx itself, since loader hooks of the main thread do not reach it.
 */
function startWorker(setup: WorkerSetup): Worker {
  // Analysis allocates a few MB per article, nearly all short-lived: a young generation of 64 MB
  // semi-spaces (V8's default is 16) lets it die there instead of being copied and promoted.
  const options = { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 192 } };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { ...options, eval: true });
}

/**
 * Analysis on several threads: each worker builds its own analyzer; documents go to the least
 * busy one; results come back as JSON documents or typed errors, for the main thread to store over
 * its one connection (a SQLite connection drops its page cache whenever another one has written,
 * so threads writing in turns each worked from a cold cache). One worker crashing fails only the
 * documents it held.
 */
export class WorkerPool {
  private readonly workers: { worker: Worker; busy: number; dead: boolean }[] = [];
  private readonly pending = new Map<number, { resolve: (value: DocJson) => void; reject: (e: Error) => void; worker: Worker }>();
  private next = 0;
  /** Resolves when every worker has loaded its analyzer; rejects when one fails to start. */
  readonly ready: Promise<void>;

  /** With `nearCopy` (the store's), workers ask it before analysing an article. */
  constructor(size: number, setup: WorkerSetup, nearCopy?: (text: string) => Promise<NearCopy | undefined>) {
    if (nearCopy) setup = { ...setup, gate: true };
    const started: Promise<void>[] = [];
    for (let i = 0; i < size; i++) {
      const worker = startWorker(setup);
      const slot = { worker, busy: 0, dead: false };
      started.push(
        new Promise((resolve, reject) => {
          worker.once('message', () => resolve());
          worker.once('error', (error) => reject(new NewsgraphError('NG_STAGE_FAILED', `an analysis worker did not start: ${error.message}`, { cause: error })));
        }),
      );
      worker.on('message', (message: WorkerResponse) => {
        if ('ready' in message) return;
        if ('ask' in message) {
          // a store that cannot answer lets the article be analysed (storing it still links a copy)
          const answer = (copy: NearCopy | null) => worker.postMessage({ answer: message.ask, copy } satisfies FromMain);
          void nearCopy!(message.text).then((copy) => answer(copy ?? null), () => answer(null));
          return;
        }
        const job = this.pending.get(message.n);
        if (!job) return;
        this.pending.delete(message.n);
        slot.busy--;
        if ('doc' in message) job.resolve(message.doc);
        else job.reject(new NewsgraphError(message.error.code, message.error.message, { hint: message.error.hint }));
      });
      worker.on('error', (error) => this.fail(slot, error));
      worker.on('exit', (code) => this.fail(slot, new Error(`analysis worker exited with code ${code}`)));
      this.workers.push(slot);
    }
    this.ready = Promise.all(started).then(() => undefined);
    this.ready.catch(() => undefined); // a run that never awaits `ready` must not crash on it
  }

  get size(): number {
    return this.workers.length;
  }

  /** Analyses a document; its JSON comes back. */
  run(doc: Doc): Promise<DocJson> {
    const live = this.workers.filter((w) => !w.dead);
    if (live.length === 0) return Promise.reject(new NewsgraphError('NG_STAGE_FAILED', 'no analysis worker is left running'));
    const slot = live.reduce((a, b) => (b.busy < a.busy ? b : a));
    const n = this.next++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.pending.set(n, { resolve, reject, worker: slot.worker });
      // Byte buffers move to the worker instead of being copied.
      const request: FromMain = { n, doc };
      slot.worker.postMessage(request, doc.bytes ? [doc.bytes.buffer as ArrayBuffer] : []);
    });
  }

  private fail(slot: { worker: Worker; dead: boolean }, error: Error): void {
    slot.dead = true;
    for (const [n, job] of this.pending) {
      if (job.worker !== slot.worker) continue;
      this.pending.delete(n);
      job.reject(new NewsgraphError('NG_STAGE_FAILED', `analysis worker failed: ${error.message}`, { cause: error }));
    }
  }

  /** Lets each worker exit (ended by force after a few seconds). */
  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(async (w) => {
        if (w.dead) return;
        w.dead = true;
        const exited = new Promise((resolve) => w.worker.once('exit', resolve));
        w.worker.postMessage({ close: true });
        const timer = setTimeout(() => void w.worker.terminate(), 5000);
        await exited;
        clearTimeout(timer);
      }),
    );
  }
}
