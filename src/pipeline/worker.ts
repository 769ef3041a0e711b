/**
 * A worker thread of the analysis pool: builds its own analyzer (knowledge base, NER model) and
 * analyses the documents the main thread sends, answering with their JSON or a typed error. With
 * `setup.gate`, it asks the main thread, which holds the store, whether an article is a near-copy
 * of a stored one before analysing it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { NewsgraphError } from '../errors.js';
import { loadKb } from '../kb/index.js';
import type { Doc } from '../model/doc.js';
import { toJson } from '../model/json.js';
import type { NearCopy } from '../store/store.js';
import { createAnalyzer } from './analyze.js';
import { nearCopyGate } from './copies.js';
import type { FromMain, WorkerResponse, WorkerSetup } from './workers.js';

const setup = workerData as WorkerSetup;
const analyzer = createAnalyzer({ kb: loadKb(), options: setup.options, disable: setup.disable });
/** Questions to the main thread waiting for its answer, by number. */
const asked = new Map<number, (copy: NearCopy | null) => void>();
let questions = 0;
const gate = setup.gate
  ? nearCopyGate({
      nearCopy: (text) =>
        new Promise<NearCopy | undefined>((resolve) => {
          const ask = questions++;
          asked.set(ask, (copy) => resolve(copy ?? undefined));
          parentPort!.postMessage({ ask, text } satisfies WorkerResponse);
        }),
    })
  : undefined;

parentPort!.on('message', async (message: FromMain) => {
  if ('close' in message) process.exit(0);
  if ('answer' in message) {
    asked.get(message.answer)?.(message.copy);
    asked.delete(message.answer);
    return;
  }
  const { n, doc } = message;
  const response: WorkerResponse = await analyzer.run(doc as Doc, gate).then(
    (analysed) => ({ n, doc: toJson(analysed) }),
    (error: unknown) => {
      const e = error instanceof NewsgraphError ? error : new NewsgraphError('NG_STAGE_FAILED', String((error as Error)?.message ?? error));
      return { n, error: { code: e.code, message: e.message, hint: e.hint } };
    },
  );
  parentPort!.postMessage(response);
});

parentPort!.postMessage({ ready: true } satisfies WorkerResponse);
