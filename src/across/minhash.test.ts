import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DuplicateIndex, shingles, signature, similarity } from './minhash.js';

const corpus = readFileSync(fileURLToPath(new URL('../../data/sample/wikinews.jsonl', import.meta.url)), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { id: string; title: string; text: string });

/** Copies as syndication makes them: trimmed, re-wrapped, re-headlined, lightly edited. */
function trimmed(text: string): string {
  const paragraphs = text.split('\n\n');
  return paragraphs.slice(0, Math.max(1, paragraphs.length - 1)).join('\n\n');
}
const rewrapped = (text: string) => text.replace(/\s+/g, ' ').replace(/(.{70,80}) /g, '$1\n');
function edited(text: string): string {
  const words = text.split(' ');
  return words.map((w, i) => (i % 40 === 7 ? w.toUpperCase() : i % 53 === 11 ? `${w} indeed` : w)).join(' ');
}

test('the estimate tracks the true Jaccard similarity', () => {
  const a = shingles(corpus[0]!.text);
  const b = shingles(trimmed(corpus[0]!.text));
  const jaccard = [...a].filter((x) => b.has(x)).length / new Set([...a, ...b]).size;
  assert.ok(Math.abs(similarity(signature(a), signature(b)) - jaccard) < 0.12);
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
