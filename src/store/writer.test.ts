import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import type { DocJson } from '../model/json.js';
import type { PutItem, PutResult, Store } from './store.js';
import { BatchWriter, WRITE_BATCH } from './writer.js';
import { WriteLock } from './sqlite/write-lock.js';

/** A store that records its calls; an article whose id starts with "bad" cannot be stored. */
function fakeStore() {
  const calls: string[][] = [];
  const one = (item: PutItem): PutResult => {
    if (item.doc.id.startsWith('bad')) throw new Error(`cannot store ${item.doc.id}`);
    return 'inserted';
  };
  const store = {
    async putMany(items: readonly PutItem[]) {
      calls.push(items.map((i) => i.doc.id));
      return items.map(one);
    },
    async put(doc: DocJson, sourceKey?: string) {
      calls.push([doc.id]);
      return one({ doc, sourceKey });
    },
  } as unknown as Store;
  return { store, calls };
}

const doc = (id: string) => ({ id }) as DocJson;

test('the writer writes a full batch at once and the rest after a short wait', async () => {
  const { store, calls } = fakeStore();
  const writer = new BatchWriter(store);
  const ids = Array.from({ length: WRITE_BATCH + 2 }, (_, k) => `a${k}`);
  const results = await Promise.all(ids.map((id) => writer.add(doc(id), id)));
  assert.deepEqual(results, ids.map(() => 'inserted'));
  assert.deepEqual(calls, [ids.slice(0, WRITE_BATCH), ids.slice(WRITE_BATCH)]);
  await writer.flush();
  assert.equal(calls.length, 2, 'nothing left to write');
});

test('an article that cannot be stored fails alone; the others of its batch are stored', async () => {
  const { store, calls } = fakeStore();
  const writer = new BatchWriter(store);
  const outcomes = await Promise.allSettled(['a', 'bad', 'c'].map((id) => writer.add(doc(id), id)));
  assert.deepEqual(outcomes.map((o) => o.status), ['fulfilled', 'rejected', 'fulfilled']);
  assert.match(String((outcomes[1] as PromiseRejectedResult).reason), /cannot store bad/);
  assert.deepEqual(calls, [['a', 'bad', 'c'], ['a'], ['bad'], ['c']]);
});

test('a thread waiting on the write lock enters only after the holder leaves', async () => {
  const lock = new WriteLock();
  // flag[0] = 1 once the worker is about to take the lock
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const entry = new URL('./sqlite/write-lock.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); }).then(({ WriteLock }) => {
      const flag = new Int32Array(workerData.flag);
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
      // a wait on the lock does not keep a thread alive by itself
      const alive = setInterval(() => {}, 1000);
      new WriteLock(workerData.lock).hold(() => parentPort.postMessage(Date.now())).then(() => clearInterval(alive));
    });`;
  let released = 0;
  const got = await new Promise<number>((resolve, reject) => {
    void lock.hold(() => {
      const worker = new Worker(code, { eval: true, workerData: { lock: lock.buffer, flag: flag.buffer } });
      worker.on('error', reject);
      worker.once('message', (m: number) => resolve(m));
      assert.notEqual(Atomics.wait(flag, 0, 0, 30_000), 'timed-out', 'the worker did not start');
      // the worker now waits on the lock: keep it a little longer
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
      released = Date.now();
    });
  });
  assert.ok(got >= released, `the worker got in at ${got}, before the lock was released at ${released}`);
});
