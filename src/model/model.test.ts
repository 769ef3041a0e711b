import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleId, createDoc, lineColumn, span, toJson } from './index.js';

test('article ids are stable over case, whitespace and Unicode normal form', () => {
  const id = articleId('The talks  ended.\nCaf\u00e9');
  assert.match(id, /^[0-9a-f]{16}$/);
  assert.equal(articleId('the talks ended. cafe\u0301'), id);
  assert.notEqual(articleId('The talks began.'), id);
});

test('spans refuse ranges that do not fit the text', () => {
  assert.deepEqual(span('abcdef', 1, 3), { start: 1, end: 3, text: 'bc' });
  assert.equal(span('abc', 2, 2), undefined);
  assert.equal(span('abc', -1, 2), undefined);
  assert.equal(span('abc', 1, 4), undefined);
  assert.equal(span('abc', 0.5, 2), undefined);
});

test('offsets are UTF-16 code units, as JavaScript strings index them', () => {
  const text = 'Emoji \u{1F600} then Gaza';
  const start = text.indexOf('Gaza');
  assert.equal(span(text, start, start + 4)!.text, 'Gaza');
  assert.equal(start, 14); // the emoji counts as two units
});

test('line and column for messages', () => {
  assert.deepEqual(lineColumn('ab\ncd', 4), { line: 2, column: 2 });
});

test('the JSON view leaves out working state', () => {
  const doc = createDoc({ kind: 'inline', location: 'x' }, { raw: { format: 'text', content: 'x', meta: {} } });
  const json = toJson(doc) as Record<string, unknown>;
  assert.equal('raw' in json, false);
  assert.equal('tokens' in json, false);
  assert.equal('bytes' in json, false);
  for (const key of ['id', 'url', 'title', 'byline', 'published', 'language', 'text', 'entities', 'quotes', 'events', 'claims', 'flags']) {
    assert.ok(key in json, key);
  }
});
