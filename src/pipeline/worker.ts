/**
 * A worker thread of the analysis pool: builds its own analyzer (knowledge base, NER model) and
 * analyses the documents the main thread sends, answering with their JSON or a typed error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { NewsgraphError } from '../errors.js';
import { loadKb } from '../kb/index.js';
import type { Doc } from '../model/doc.js';
import { toJson } from '../model/json.js';
import { createAnalyzer } from './analyze.js';
import type { WorkerRequest, WorkerResponse, WorkerSetup } from './workers.js';

const setup = workerData as WorkerSetup;
const analyzer = createAnalyzer({ kb: loadKb(), options: setup.options, disable: setup.disable });

parentPort!.on('message', async ({ n, doc }: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { n, doc: toJson(await analyzer.run(doc as Doc)) };
  } catch (error) {
    const e = error instanceof NewsgraphError ? error : new NewsgraphError('NG_STAGE_FAILED', String((error as Error)?.message ?? error));
    response = { n, error: { code: e.code, message: e.message, hint: e.hint } };
  }
  parentPort!.postMessage(response);
});
parentPort!.postMessage({ ready: true });
