import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocJson } from '../model/json.js';
import type { PutItem, PutResult, Store } from './store.js';
import { BatchWriter, WRITE_BATCH } from './writer.js';

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
