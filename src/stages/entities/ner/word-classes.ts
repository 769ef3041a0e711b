/**
 * Distributional word classes from unlabelled text (a cheap stand-in for Brown clusters): each
 * frequent word is described by its left and right neighbours among the most frequent words,
 * and spherical k-means groups the words at two granularities. Deterministic (no randomness:
 * centroids start from words spread evenly over the frequency ranking).
 */
import { tokenize } from '../../../text/tokenize.js';

/** Words seen fewer times get no class. */
export const MIN_CLASS_WORD_COUNT = 3;
/** Neighbour vocabulary size (per side). */
const CONTEXT_WORDS = 300;
export const FINE_CLASSES = 256;
export const COARSE_CLASSES = 24;
const ITERATIONS = 8;

interface Sparse {
  idx: Int32Array;
  val: Float32Array;
}

/** word → coarse * 1024 + fine + 1 (0 is reserved for "no class"). */
export function buildWordClasses(texts: readonly string[]): Map<string, number> {
  const seqs: string[][] = texts.map((text) => tokenize(text).map((t) => text.slice(t.start, t.end).toLowerCase()));
  const freq = new Map<string, number>();
  for (const seq of seqs) for (const w of seq) freq.set(w, (freq.get(w) ?? 0) + 1);
  const ranked = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const ctxIndex = new Map(ranked.slice(0, CONTEXT_WORDS).map(([w], i) => [w, i]));
  const vocab = ranked.filter(([, c]) => c >= MIN_CLASS_WORD_COUNT).map(([w]) => w);
  const vocabIndex = new Map(vocab.map((w, i) => [w, i]));
  const counts = vocab.map(() => new Map<number, number>());
  for (const seq of seqs) {
    for (let i = 0; i < seq.length; i++) {
      const v = vocabIndex.get(seq[i]!);
      if (v === undefined) continue;
      const m = counts[v]!;
      const left = i > 0 ? ctxIndex.get(seq[i - 1]!) : CONTEXT_WORDS; // CONTEXT_WORDS = boundary / rare
      const right = i + 1 < seq.length ? ctxIndex.get(seq[i + 1]!) : CONTEXT_WORDS;
      const l = left ?? CONTEXT_WORDS;
      const r = (right ?? CONTEXT_WORDS) + CONTEXT_WORDS + 1;
      m.set(l, (m.get(l) ?? 0) + 1);
      m.set(r, (m.get(r) ?? 0) + 1);
    }
  }
  const dims = 2 * (CONTEXT_WORDS + 1);
  const vectors: Sparse[] = counts.map((m) => {
    const entries = [...m].sort((a, b) => a[0] - b[0]);
    const val = new Float32Array(entries.map(([, c]) => Math.sqrt(c)));
    let norm = 0;
    for (const x of val) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < val.length; k++) val[k]! /= norm;
    return { idx: new Int32Array(entries.map(([d]) => d)), val };
  });
  const fine = kmeans(vectors, dims, Math.min(FINE_CLASSES, vectors.length));
  const coarse = kmeans(vectors, dims, Math.min(COARSE_CLASSES, vectors.length));
  const out = new Map<string, number>();
  vocab.forEach((w, i) => out.set(w, coarse[i]! * 1024 + fine[i]! + 1));
  return out;
}

function kmeans(vectors: readonly Sparse[], dims: number, k: number): Int32Array {
  const assign = new Int32Array(vectors.length);
  if (k === 0) return assign;
  const centroids = new Float32Array(k * dims);
  for (let c = 0; c < k; c++) {
    const v = vectors[Math.floor((c * vectors.length) / k)]!;
    for (let j = 0; j < v.idx.length; j++) centroids[c * dims + v.idx[j]!] = v.val[j]!;
  }
  for (let it = 0; it < ITERATIONS; it++) {
    for (let i = 0; i < vectors.length; i++) {
      const v = vectors[i]!;
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        const base = c * dims;
        let dot = 0;
        for (let j = 0; j < v.idx.length; j++) dot += centroids[base + v.idx[j]!]! * v.val[j]!;
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      assign[i] = arg;
    }
    centroids.fill(0);
    for (let i = 0; i < vectors.length; i++) {
      const v = vectors[i]!;
      const base = assign[i]! * dims;
      for (let j = 0; j < v.idx.length; j++) centroids[base + v.idx[j]!]! += v.val[j]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centroids[c * dims + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centroids[c * dims + d]! /= norm;
    }
  }
  return assign;
}
