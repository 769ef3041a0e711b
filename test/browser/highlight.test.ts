import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment, type Span } from '../../web/src/highlight.js';

const span = (key: string, start: number, end: number, kind: Span['kind'] = 'entity'): Span => ({ key, kind, start, end, index: 0, label: key });

test('segments cover the text exactly once, cut at every span boundary', () => {
  const text = 'Steve Witkoff said "Hamas does not appear serious" on Monday.';
  const quote = span('quote:0', 20, 49, 'quote');
  const hamas = span('entity:e3:0', 20, 25);
  const steve = span('entity:e4:0', 0, 13);
  const crossing = span('flag:0', 14, 25, 'flag');
  const segments = segment(text, [quote, hamas, steve, crossing]);
  assert.equal(segments.map((s) => s.text).join(''), text);
  for (const s of segments) assert.equal(text.slice(s.start, s.end), s.text);
  const at = (offset: number) => segments.find((s) => s.start <= offset && offset < s.end)!;
  assert.deepEqual(at(21).spans.map((s) => s.key), ['entity:e3:0', 'flag:0', 'quote:0'], 'shortest span first');
  assert.deepEqual(at(30).spans.map((s) => s.key), ['quote:0']);
  assert.deepEqual(at(15).spans.map((s) => s.key), ['flag:0']);
  assert.deepEqual(at(55).spans, []);
  // Each span starts in exactly one segment (its keyboard entry point).
  for (const s of [quote, hamas, steve, crossing]) assert.equal(segments.filter((g) => g.starts.includes(s)).length, 1, s.key);
});

test('equal and nested spans, spans at the ends, UTF-16 offsets', () => {
  const text = '😀 Gaza';
  const a = span('entity:e1:0', 3, 7);
  const b = span('event:ev1', 3, 7, 'event');
  const segments = segment(text, [a, b]);
  assert.deepEqual(segments.map((s) => s.text), ['😀 ', 'Gaza']);
  assert.equal(segments[1]!.spans.length, 2);
  assert.deepEqual(segment('', []), []);
  assert.deepEqual(segment('abc', []).map((s) => s.spans.length), [0]);
});

test('timeline buckets: days for short spans, weeks (from Monday) and months for longer ones', async () => {
  const { bucketize, bucketKey, grainFor } = await import('../../web/src/buckets.js');
  const day = (date: string, events: number, quads = [events, 0, 0, 0]) => ({ date, events, quads });
  assert.equal(grainFor([day('2025-07-01', 1), day('2025-07-20', 1)]), 'day');
  assert.equal(grainFor([day('2019-01-04', 1), day('2020-01-01', 1)]), 'week');
  assert.equal(grainFor([day('2019-01-04', 1), day('2022-01-01', 1), day('undated', 3)]), 'month');
  assert.equal(bucketKey('2025-07-24', 'week'), '2025-07-21'); // a Thursday → its Monday
  assert.equal(bucketKey('2025-07-21T10:00:00Z', 'week'), '2025-07-21');
  assert.equal(bucketKey('2025-07-27', 'week'), '2025-07-21'); // Sunday ends the week
  assert.equal(bucketKey('2025-07-24', 'month'), '2025-07');
  const buckets = bucketize([day('undated', 2), day('2019-01-08', 1, [0, 1, 0, 0]), day('2019-01-07', 2), day('2018-12-31', 1)], 'week');
  assert.deepEqual(buckets.map((b) => [b.key, b.events, b.quads]), [
    ['2018-12-31', 1, [1, 0, 0, 0]],
    ['2019-01-07', 3, [2, 1, 0, 0]],
    ['undated', 2, [2, 0, 0, 0]],
  ]);
  assert.equal(buckets[1]!.label, 'in the week of 2019-01-07');
});
