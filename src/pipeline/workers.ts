import { Worker } from 'node:worker_threads';
import { NewsgraphError, type ErrorCode } from '../errors.js';
import type { Doc } from '../model/doc.js';
import type { DocJson } from '../model/json.js';
import type { Options, StageName } from './stage.js';

export interface WorkerSetup {
  options: Partial<Options>;
  disable: StageName[];
}
export interface WorkerRequest {
  n: number;
  doc: Doc;
}
export type WorkerResponse = { n: number; doc: DocJson } | { n: number; error: { code: ErrorCode; message: string; hint: string } };

/**
 * Starts a worker on worker.js once compiled; from the TypeScript sources (tests, `tsx`) the
 * worker first registers tsx itself, since loader hooks of the main thread do not reach it.
 */
function startWorker(setup: WorkerSetup): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData: setup });
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true, workerData: setup });
}

/**
 * Analysis on several threads: each worker builds its own analyzer; documents go to the least
 * busy one; results come back as JSON documents or typed errors. One worker crashing fails only
 * the documents it held.
 */
export class WorkerPool {
  private readonly workers: { worker: Worker; busy: number; dead: boolean }[] = [];
  private readonly pending = new Map<number, { resolve: (doc: DocJson) => void; reject: (e: Error) => void; worker: Worker }>();
  private next = 0;
  /** Resolves when every worker has loaded its analyzer; rejects when one fails to start. */
  readonly ready: Promise<void>;

  constructor(size: number, setup: WorkerSetup) {
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
      worker.on('message', (message: WorkerResponse | { ready: true }) => {
        if ('ready' in message) return;
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

  run(doc: Doc): Promise<DocJson> {
    const live = this.workers.filter((w) => !w.dead);
    if (live.length === 0) return Promise.reject(new NewsgraphError('NG_STAGE_FAILED', 'no analysis worker is left running'));
    const slot = live.reduce((a, b) => (b.busy < a.busy ? b : a));
    const n = this.next++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.pending.set(n, { resolve, reject, worker: slot.worker });
      // Byte buffers move to the worker instead of being copied.
      slot.worker.postMessage({ n, doc } satisfies WorkerRequest, doc.bytes ? [doc.bytes.buffer as ArrayBuffer] : []);
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

  async close(): Promise<void> {
    for (const w of this.workers) w.dead = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
