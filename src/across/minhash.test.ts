import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { edited, rewrapped, trimmed } from '../../test/helpers/copies.js';
import { DuplicateIndex, fingerprint, RecentFingerprints, shingles, signature, similarity } from './minhash.js';

const corpus = readFileSync(fileURLToPath(new URL('../../data/sample/wikinews.jsonl', import.meta.url)), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { id: string; title: string; text: string });

test('the estimate tracks the true Jaccard similarity, unbiased over many pairs', () => {
  const jaccard = (a: Set<number>, b: Set<number>) => [...a].filter((x) => b.has(x)).length / new Set([...a, ...b]).size;
  const errors: number[] = [];
  corpus.slice(0, 60).forEach((article, i) => {
    const a = shingles(article.text);
    // Pairs over the whole range: a copy with an edit, half of the text, and another article.
    const other = [edited(article.text), article.text.slice(0, article.text.length / 2), corpus[i + 60]!.text][i % 3]!;
    const b = shingles(other);
    errors.push(similarity(signature(a), signature(b)) - jaccard(a, b));
  });
  const mean = errors.reduce((x, y) => x + y, 0) / errors.length;
  const meanAbs = errors.reduce((x, y) => x + Math.abs(y), 0) / errors.length;
  assert.ok(Math.abs(mean) < 0.03, `bias ${mean.toFixed(3)}`);
  assert.ok(meanAbs < 0.06, `mean absolute error ${meanAbs.toFixed(3)}`);
  assert.ok(Math.max(...errors.map(Math.abs)) < 0.15);
});

test('trimmed, re-wrapped, re-headlined and edited copies are found; distinct articles are not', () => {
  const index = new DuplicateIndex();
  const originals = corpus.slice(0, 120);
  for (const a of originals) assert.equal(index.add(a.id, a.text), undefined, `${a.id} is not a duplicate`);
  const copies = originals.slice(0, 40).flatMap((a, i) => [
    { of: a.id, text: trimmed(a.text) },
    { of: a.id, text: rewrapped(a.text) },
    { of: a.id, text: `BREAKING: ${a.title.toUpperCase()}\n\n${edited(a.text)}` },
    { of: a.id, text: i % 2 ? rewrapped(trimmed(a.text)) : edited(trimmed(a.text)) },
  ]);
  let found = 0;
  copies.forEach((c, i) => {
    const hit = index.add(`copy-${i}`, c.text);
    if (hit?.duplicateOf === c.of) found++;
    else if (hit) assert.fail(`copy of ${c.of} matched ${hit.duplicateOf}`);
    else assert.fail(`copy ${i} of ${c.of} missed`);
  });
  assert.equal(found, copies.length);
  for (const a of corpus.slice(120, 200)) assert.equal(index.add(a.id, a.text), undefined, `${a.id} is new`);
});

test('short texts are never copies: one-sentence records built from one template stay apart', () => {
  const index = new DuplicateIndex();
  assert.equal(index.add('a', 'One: The United States criticised Hamas on Monday.'), undefined);
  assert.equal(index.add('b', 'Two: The United States criticised Hamas on Monday.'), undefined);
  assert.deepEqual(fingerprint('Two: The United States criticised Hamas on Monday.').bands, []);
});

test('shingles read words as runs of letters and digits of any script, case-folded', () => {
  // the definition, spelled out with a regular expression: words, their FNV-1a hashes, 5-word shingles
  const fnv = (s: string) => [...Array(s.length).keys()].reduce((h, i) => Math.imul(h ^ s.charCodeAt(i), 0x01000193), 0x811c9dc5) >>> 0;
  const reference = (text: string) => {
    const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv);
    const out = new Set<number>();
    for (let i = 0; i + 5 <= words.length; i++) out.add(words.slice(i, i + 5).reduce((h, w) => Math.imul(h ^ w, 0x01000193), 0x811c9dc5) >>> 0);
    return out;
  };
  for (const text of [
    'The Ünïcödé test: ÆØÅ, İstanbul and Zürich — "quoted" words, 3.5 million and १२३ digits.',
    'Astral letters 𝐀𝐁𝐂 and emoji 😀 between words: ǅungla 𝔘𝔫𝔦 code-points ok yes.',
    'one two three four five six seven',
  ]) assert.deepEqual([...shingles(text)], [...reference(text)]);
});

test('a fingerprint remembered when checking for copies is taken back once when storing; the oldest are forgotten', () => {
  const recent = new RecentFingerprints(2);
  const [a, b, c] = ['first article text', 'second article text', 'third article text'].map((t) => t.repeat(20)) as [string, string, string];
  const print = recent.remember(a);
  assert.deepEqual(print, fingerprint(a));
  assert.equal(recent.take(a), print, 'the remembered fingerprint');
  assert.notEqual(recent.take(a), print, 'taken once: computed again');
  recent.remember(a);
  recent.remember(b);
  const third = recent.remember(c);
  const again = recent.take(a);
  assert.notEqual(again, print, 'forgotten beyond the size');
  assert.deepEqual(again, print, 'computed again, with the same value');
  assert.equal(recent.take(c), third);
  const long = 'a long article text '.repeat(20_000);
  const longPrint = recent.remember(long);
  assert.notEqual(recent.take(long), longPrint, 'a text of 400,000 characters is not kept');
});
