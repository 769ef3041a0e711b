/**
 * A worker thread of the analysis pool: builds its own analyzer (knowledge base, NER model) and
 * analyses the documents the main thread sends, answering with their JSON or a typed error. Given
 * a store, it stores the documents itself, in batches, and answers with each article's id and what
 * happened.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { NewsgraphError } from '../errors.js';
import { loadKb } from '../kb/index.js';
import type { Doc } from '../model/doc.js';
import { toJson, type DocJson } from '../model/json.js';
import { BatchWriter, openStore, WriteLock, type PutResult } from '../store/index.js';
import { createAnalyzer } from './analyze.js';
import { nearCopyGate } from './copies.js';
import type { WorkerRequest, WorkerResponse, WorkerSetup } from './workers.js';

const setup = workerData as WorkerSetup;
const analyzer = createAnalyzer({ kb: loadKb(), options: setup.options, disable: setup.disable });
const store = setup.store === undefined ? undefined : openStore(setup.store, setup.writeLock ? { writeLock: new WriteLock(setup.writeLock) } : {});
const writer = store && new BatchWriter(store);
const gate = store && nearCopyGate(store);
/** Documents received and not yet analysed: at 0 the thread has nothing else to do, so it writes. */
let queued = 0;

parentPort!.on('message', async (message: WorkerRequest | { close: true }) => {
  if ('close' in message) {
    await writer?.flush();
    await store?.close();
    process.exit(0);
  }
  const { n, doc, key } = message;
  queued++;
  const analysed = await analyzer.run(doc as Doc, gate).then(toJson).catch(asError);
  const written = writer && !(analysed instanceof NewsgraphError) ? writer.add(analysed, key) : undefined;
  if (--queued === 0) void writer?.flush();
  parentPort!.postMessage(await respond(n, analysed, written));
});

/** The answer for document n: its JSON, what storing it did, or the error. */
async function respond(n: number, analysed: DocJson | NewsgraphError, written: Promise<PutResult> | undefined): Promise<WorkerResponse> {
  try {
    if (analysed instanceof NewsgraphError) throw analysed;
    return written ? { n, stored: { id: analysed.id, result: await written } } : { n, doc: analysed };
  } catch (error) {
    const e = asError(error);
    return { n, error: { code: e.code, message: e.message, hint: e.hint } };
  }
}

function asError(error: unknown): NewsgraphError {
  return error instanceof NewsgraphError ? error : new NewsgraphError('NG_STAGE_FAILED', String((error as Error)?.message ?? error));
}

parentPort!.postMessage({ ready: true });
