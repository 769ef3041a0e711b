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
import { toJson } from '../model/json.js';
import { BatchWriter, openStore, WriteLock } from '../store/index.js';
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
  let response: WorkerResponse;
  queued++;
  let analysed = false;
  const done = () => {
    analysed = true;
    if (--queued === 0) void writer?.flush();
  };
  try {
    const json = toJson(await analyzer.run(doc as Doc, gate));
    const written = writer?.add(json, key);
    done();
    response = written ? { n, stored: { id: json.id, result: await written } } : { n, doc: json };
  } catch (error) {
    if (!analysed) done();
    const e = error instanceof NewsgraphError ? error : new NewsgraphError('NG_STAGE_FAILED', String((error as Error)?.message ?? error));
    response = { n, error: { code: e.code, message: e.message, hint: e.hint } };
  }
  parentPort!.postMessage(response);
});
parentPort!.postMessage({ ready: true });
