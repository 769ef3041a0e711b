import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstAtLeast } from './search.js';

test('firstAtLeast: the first item whose key reaches the value, or the length', () => {
  const items = [{ at: 1 }, { at: 4 }, { at: 4 }, { at: 9 }];
  const at = (x: { at: number }) => x.at;
  assert.deepEqual([0, 1, 2, 4, 5, 9, 10].map((v) => firstAtLeast(items, v, at)), [0, 0, 1, 1, 3, 3, 4]);
  assert.equal(firstAtLeast([], 3, at), 0);
});
