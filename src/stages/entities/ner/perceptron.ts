import { allowedEnd, allowedTransition, LEARNT_TYPES, NUM_LABELS, typeOf } from './labels.js';

const L = NUM_LABELS;
const NEG = -1e30;

/**
 * Feature weights: an open-addressing table from a feature's 32-bit hash to a row of one weight
 * per label. Hash 0 marks an empty slot, so feature hashes are forced odd-or-nonzero by callers.
 */
export class WeightTable {
  keys: Int32Array;
  rowOf: Int32Array;
  weights: Float32Array;
  rows = 0;
  private mask: number;

  constructor(capacity = 1 << 16) {
    let size = 1;
    while (size < capacity * 2) size <<= 1;
    this.keys = new Int32Array(size);
    this.rowOf = new Int32Array(size);
    this.mask = size - 1;
    this.weights = new Float32Array(capacity * L);
  }

  /** Row index of a feature, or -1. */
  find(key: number): number {
    const keys = this.keys;
    let slot = (key ^ (key >>> 15)) & this.mask;
    for (;;) {
      const k = keys[slot]!;
      if (k === key) return this.rowOf[slot]!;
      if (k === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Row index of a feature, adding a zero row if it is new. */
  intern(key: number): number {
    const found = this.find(key);
    if (found >= 0) return found;
    if ((this.rows + 1) * 2 > this.keys.length) this.rehash(this.keys.length * 2);
    if ((this.rows + 1) * L > this.weights.length) {
      const grown = new Float32Array(this.weights.length * 2);
      grown.set(this.weights);
      this.weights = grown;
    }
    const row = this.rows++;
    this.place(key, row);
    return row;
  }

  private place(key: number, row: number): void {
    let slot = (key ^ (key >>> 15)) & this.mask;
    while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.rowOf[slot] = row;
  }

  private rehash(size: number): void {
    const oldKeys = this.keys;
    const oldRows = this.rowOf;
    this.keys = new Int32Array(size);
    this.rowOf = new Int32Array(size);
    this.mask = size - 1;
    for (let s = 0; s < oldKeys.length; s++) if (oldKeys[s] !== 0) this.place(oldKeys[s]!, oldRows[s]!);
  }

  /** A table sharing this one's keys, with other weights (e.g. averaged ones). */
  withWeights(weights: Float32Array): WeightTable {
    const t = new WeightTable(1);
    t.keys = this.keys;
    t.rowOf = this.rowOf;
    t.mask = this.mask;
    t.rows = this.rows;
    t.weights = weights;
    return t;
  }

  /** All (key, row) pairs, in slot order. */
  *entries(): Generator<[number, number]> {
    for (let s = 0; s < this.keys.length; s++) if (this.keys[s] !== 0) yield [this.keys[s]!, this.rowOf[s]!];
  }
}

/** Feature hashes of a document's tokens: token t owns feats[offsets[t] .. offsets[t+1]). */
export interface TokenFeatures {
  feats: Int32Array;
  offsets: Int32Array;
  /** 1 for tokens that may be inside a name (see features.ts, activeTokens). */
  active: Uint8Array;
  /**
   * Token t's features that depend on its word alone are feats[offsets[t] .. localEnd[t]) (none
   * when the extractor found the word in the scorer's WordSums); `words` holds the tokens' text.
   */
  localEnd?: Int32Array;
  words?: readonly string[];
}

/** Per word, the summed quantised weights of its word features (one entry per label). */
export type WordSums = Map<string, Int32Array>;

/** Computes emission scores: out[t * L + y] = sum of token (from + t)'s feature weights for label y. */
export interface EmissionScorer {
  emissions(doc: TokenFeatures, from: number, to: number, out?: Float32Array): Float32Array;
  /** Word-feature sums the scorer keeps: the extractor leaves out the word features of these words. */
  readonly wordSums?: WordSums;
  trimWordSums?(max: number): void;
}

/** Emissions from a float weight table (training, evaluation during training). */
export function emissions(table: WeightTable, doc: TokenFeatures, from: number, to: number, out?: Float32Array): Float32Array {
  const n = to - from;
  const scores = out && out.length >= n * L ? out : new Float32Array(n * L);
  scores.fill(0, 0, n * L);
  const w = table.weights;
  const { feats, offsets } = doc;
  for (let t = 0; t < n; t++) {
    const base = t * L;
    for (let f = offsets[from + t]!; f < offsets[from + t + 1]!; f++) {
      const row = table.find(feats[f]!);
      if (row < 0) continue;
      const r = row * L;
      for (let y = 0; y < L; y++) scores[base + y]! += w[r + y]!;
    }
  }
  return scores;
}

export class FloatScorer implements EmissionScorer {
  constructor(readonly table: WeightTable) {}
  emissions(doc: TokenFeatures, from: number, to: number, out?: Float32Array): Float32Array {
    return emissions(this.table, doc, from, to, out);
  }
}

/** Int32 slots per row in PackedScorer's table: the key and up to SLOT_ENTRIES entries. */
const SLOT_INTS = 8;
const SLOT_ENTRIES = SLOT_INTS - 1;
/** Label field value of an entry that points at a row's entries stored elsewhere (labels are < 21). */
const OVERFLOW = 31;

/**
 * Run-time weights: sparse rows of 16-bit quantised (label, weight) entries — an averaged
 * perceptron row has few non-zero labels. Rows live in an open-addressing table of 32-byte slots
 * (key, then up to 7 entries `weight << 5 | label`, 0 ending a shorter row), so a feature costs
 * one memory read; a row with more entries keeps 6 in its slot and points with a last entry
 * (label OVERFLOW) at `[count, entries...]` in `overflow`.
 */
export class PackedScorer implements EmissionScorer {
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly overflow: Int32Array;
  /** One bit per hash of every key (a Bloom filter with one hash, ~16 bits per key, in cache): most absent features stop here. */
  private readonly filter: Int32Array;
  private readonly filterShift: number;
  private readonly acc: Int32Array = new Int32Array(L);
  /** Slots of one token's features found in the table (emissions' first pass). */
  private found = new Int32Array(256);
  readonly rows: number;

  /** Row r's entries are labels/values[rowStart[r] .. rowStart[r + 1]) (the model file's layout). */
  constructor(
    keys: Int32Array,
    rowStart: Int32Array,
    labels: Uint8Array,
    values: Int16Array,
    readonly scale: number,
  ) {
    this.rows = keys.length;
    // At most ~70 % full: a small table stays in cache; linear probing reads neighbouring slots.
    let size = 16;
    while (size * 0.7 < keys.length) size <<= 1;
    this.table = new Int32Array(size * SLOT_INTS);
    this.mask = size - 1;
    let bits = 5;
    while (1 << bits < keys.length * 16) bits++;
    this.filter = new Int32Array(1 << (bits - 5));
    this.filterShift = 32 - bits;
    for (const key of keys) {
      const b = Math.imul(key, 0x9e3779b1) >>> this.filterShift;
      this.filter[b >>> 5]! |= 1 << (b & 31);
    }
    const spill: number[] = [];
    for (let row = 0; row < keys.length; row++) {
      const key = keys[row]!;
      let slot = (key ^ (key >>> 15)) & this.mask;
      while (this.table[slot * SLOT_INTS] !== 0) slot = (slot + 1) & this.mask;
      const at = slot * SLOT_INTS;
      this.table[at] = key;
      const from = rowStart[row]!;
      const count = rowStart[row + 1]! - from;
      const inline = count <= SLOT_ENTRIES ? count : SLOT_ENTRIES - 1;
      for (let e = 0; e < inline; e++) this.table[at + 1 + e] = (values[from + e]! << 5) | labels[from + e]!;
      if (inline < count) {
        this.table[at + SLOT_ENTRIES] = (spill.length << 5) | OVERFLOW;
        spill.push(count - inline);
        for (let e = from + inline; e < from + count; e++) spill.push((values[e]! << 5) | labels[e]!);
      }
    }
    this.overflow = Int32Array.from(spill);
  }

  /** Sums of word features per word, kept across calls (see `trimWordSums`). */
  readonly wordSums: WordSums = new Map();

  /** Empties the word sums when they hold more than `max` words (call between documents). */
  trimWordSums(max: number): void {
    if (this.wordSums.size > max) this.wordSums.clear();
  }

  /** The sum of `word`'s word features feats[first .. end), computed once per word. */
  private wordSum(word: string, doc: TokenFeatures, first: number, end: number): Int32Array {
    let sums = this.wordSums.get(word);
    if (sums) return sums;
    sums = new Int32Array(L);
    for (let f = first; f < end; f++) {
      const at = this.find(doc.feats[f]!);
      if (at >= 0) this.addRow(at, sums);
    }
    this.wordSums.set(word, sums);
    return sums;
  }

  /** Table offset of a feature's slot, or -1. */
  private find(key: number): number {
    const { table, mask } = this;
    let at = ((key ^ (key >>> 15)) & mask) * SLOT_INTS;
    let k: number;
    while ((k = table[at]!) !== key && k !== 0) at = (at + SLOT_INTS) & (mask * SLOT_INTS + SLOT_INTS - 1);
    return k === 0 ? -1 : at;
  }

  /** Adds the row in the slot at `at` to `acc`. */
  private addRow(at: number, acc: Int32Array): void {
    const { table, overflow } = this;
    const last = at + SLOT_ENTRIES;
    while (at < last) {
      const v = table[++at]!;
      if (v === 0) return;
      if ((v & 31) === OVERFLOW) {
        let o = v >> 5;
        const stop = o + overflow[o]!;
        while (o < stop) {
          const w = overflow[++o]!;
          acc[w & 31]! += w >> 5;
        }
        return;
      }
      acc[v & 31]! += v >> 5;
    }
  }

  /**
   * Two passes per token: first find every feature's slot (independent reads the processor can
   * overlap, touching each spilled row too), then add up the rows, by now in cache.
   */
  emissions(doc: TokenFeatures, from: number, to: number, out?: Float32Array): Float32Array {
    const n = to - from;
    const scores = out && out.length >= n * L ? out : new Float32Array(n * L);
    const { feats, offsets } = doc;
    const { table, mask, acc, scale, overflow, filter, filterShift } = this;
    const wrap = mask * SLOT_INTS + SLOT_INTS - 1;
    let found = this.found;
    const { localEnd, words } = doc;
    for (let t = 0; t < n; t++) {
      let first = offsets[from + t]!;
      const end = offsets[from + t + 1]!;
      acc.fill(0);
      if (localEnd && words && first < end) {
        const sums = this.wordSum(words[from + t]!, doc, first, localEnd[from + t]!);
        for (let y = 0; y < L; y++) acc[y]! += sums[y]!;
        first = localEnd[from + t]!;
      }
      if (found.length < end - first) found = this.found = new Int32Array(2 * (end - first));
      let rows = 0;
      let touched = 0;
      for (let f = first; f < end; f++) {
        const key = feats[f]!;
        const b = Math.imul(key, 0x9e3779b1) >>> filterShift;
        if ((filter[b >>> 5]! & (1 << (b & 31))) === 0) continue;
        let at = ((key ^ (key >>> 15)) & mask) * SLOT_INTS;
        let k: number;
        while ((k = table[at]!) !== key && k !== 0) at = (at + SLOT_INTS) & wrap;
        if (k === 0) continue;
        found[rows++] = at;
        const tail = table[at + SLOT_ENTRIES]!;
        if ((tail & 31) === OVERFLOW) touched += overflow[tail >> 5]!;
      }
      acc[0]! += touched & 0; // (uses `touched`, so the touching reads are not dropped)
      for (let r = 0; r < rows; r++) this.addRow(found[r]!, acc);
      const base = t * L;
      for (let y = 0; y < L; y++) scores[base + y] = acc[y]! * scale;
    }
    return scores;
  }
}

const FORBIDDEN = -1e9;

/** Gold label of a token a partially annotated source left outside: O, or any OTHER/NORP label. */
export const PARTIAL_OUTSIDE = -2;
const PARTIAL_ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array(L);
  for (let y = 1; y < L; y++) {
    const type = LEARNT_TYPES[typeOf(y)];
    a[y] = type === 'OTHER' || type === 'NORP' ? 1 : 0;
  }
  return a;
})();

/** Tokens that cannot be in a name (`active` 0) can only be outside: other labels get -1e9. */
export function forceOutside(scores: Float32Array, active: Uint8Array, from: number, n: number): void {
  for (let t = 0; t < n; t++) {
    if (active[from + t]) continue;
    const base = t * L;
    for (let y = 1; y < L; y++) scores[base + y] = FORBIDDEN;
  }
}

/** Transition scores: trans[(prev + 1) * L + next], prev = -1 for the sentence start. */
export const TRANS_SIZE = (L + 1) * L;

/** Hard BILOU constraints folded into an additive mask (0 or -inf). */
export const TRANSITION_MASK: Float32Array = (() => {
  const m = new Float32Array(TRANS_SIZE);
  for (let p = -1; p < L; p++) for (let y = 0; y < L; y++) m[(p + 1) * L + y] = allowedTransition(p, y) ? 0 : NEG;
  return m;
})();

/** Allowed (prev → label) pairs grouped by label, so Viterbi skips impossible pairs. */
const PREV_START = new Int32Array(L + 1);
const PREV_LABELS: Int32Array = (() => {
  const all: number[] = [];
  for (let y = 0; y < L; y++) {
    PREV_START[y] = all.length;
    for (let p = 0; p < L; p++) if (allowedTransition(p, y)) all.push(p);
  }
  PREV_START[L] = all.length;
  return Int32Array.from(all);
})();
/** Transition index (prev + 1) * L + y of each allowed pair, parallel to PREV_LABELS. */
const PREV_TRANS: Int32Array = (() => {
  const idx = new Int32Array(PREV_LABELS.length);
  for (let y = 0; y < L; y++) for (let k = PREV_START[y]!; k < PREV_START[y + 1]!; k++) idx[k] = (PREV_LABELS[k]! + 1) * L + y;
  return idx;
})();

/** Reusable Viterbi work arrays (pass one per caller to avoid allocating per sentence). */
export class ViterbiBuffers {
  delta = new Float32Array(0);
  back = new Int32Array(0);
  pairTrans = new Float32Array(PREV_LABELS.length);
  ensure(n: number): void {
    if (this.delta.length < n * L) {
      this.delta = new Float32Array(n * L * 2);
      this.back = new Int32Array(n * L * 2);
    }
  }
}

/**
 * Best label sequence under emission + transition scores and the BILOU constraints. `startPrev` is
 * the label before the first token (-1: sentence start); with `endIntoOutside` the token after the
 * last one is outside, and the transition into it is scored (decoding a stretch of tokens that
 * tokens forced outside surround gives the same labels as decoding the whole sentence).
 */
export function viterbi(
  scores: Float32Array, n: number, trans: Float32Array, out?: Int32Array, buffers = new ViterbiBuffers(),
  startPrev = -1, endIntoOutside = false,
): Int32Array {
  const path = out && out.length >= n ? out : new Int32Array(n);
  if (n === 0) return path;
  buffers.ensure(n);
  const { delta, back, pairTrans } = buffers;
  for (let k = 0; k < PREV_TRANS.length; k++) pairTrans[k] = trans[PREV_TRANS[k]!]!;
  const s0 = (startPrev + 1) * L;
  for (let y = 0; y < L; y++) delta[y] = scores[y]! + trans[s0 + y]! + TRANSITION_MASK[s0 + y]!;
  for (let t = 1; t < n; t++) {
    const prevBase = (t - 1) * L;
    const base = t * L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      const last = PREV_START[y + 1]!;
      for (let k = PREV_START[y]!; k < last; k++) {
        const p = PREV_LABELS[k]!;
        const v = delta[prevBase + p]! + pairTrans[k]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      delta[base + y] = best + scores[base + y]!;
      back[base + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const lastBase = (n - 1) * L;
  for (let y = 0; y < L; y++) {
    if (!allowedEnd(y)) continue;
    const v = delta[lastBase + y]! + (endIntoOutside ? trans[(y + 1) * L]! : 0);
    if (v > best) {
      best = v;
      arg = y;
    }
  }
  for (let t = n - 1; t >= 0; t--) {
    path[t] = arg;
    arg = back[t * L + arg]!;
  }
  return path;
}

/**
 * Averaged structured perceptron state (Collins 2002) with the usual lazy-averaging trick:
 * `acc` holds the sum of (step * delta), so averaged = weights - acc / step.
 */
export class Perceptron {
  readonly table: WeightTable;
  readonly trans = new Float32Array(TRANS_SIZE);
  private acc: Float32Array;
  private transAcc = new Float64Array(TRANS_SIZE);
  step = 1;

  constructor(table: WeightTable) {
    this.table = table;
    this.acc = new Float32Array(table.weights.length);
  }

  predict(doc: TokenFeatures, from: number, to: number): Int32Array {
    const scores = emissions(this.table, doc, from, to);
    forceOutside(scores, doc.active, from, to - from);
    return viterbi(scores, to - from, this.trans);
  }

  /**
   * One training step on tokens [from, to) with gold labels gold[from..to); returns the errors.
   * Gold labels may be PARTIAL_OUTSIDE (the source did not annotate OTHER and NORP): the target
   * is then the best sequence under the current weights that keeps every labelled token and puts
   * each PARTIAL_OUTSIDE token outside or in an OTHER/NORP name (latent-variable perceptron).
   */
  update(doc: TokenFeatures, from: number, to: number, goldAll: Int32Array): number {
    const scores = emissions(this.table, doc, from, to);
    forceOutside(scores, doc.active, from, to - from);
    let gold = goldAll.subarray(from, to);
    if (gold.some((g) => g < 0)) {
      const constrained = Float32Array.from(scores.subarray(0, gold.length * L));
      for (let t = 0; t < gold.length; t++) {
        const g = gold[t]!;
        for (let y = 0; y < L; y++) {
          const ok = g >= 0 ? y === g : y === 0 || PARTIAL_ALLOWED[y] === 1;
          if (!ok) constrained[t * L + y] = FORBIDDEN;
        }
      }
      gold = viterbi(constrained, gold.length, this.trans);
    }
    const pred = viterbi(scores, to - from, this.trans);
    const n = pred.length;
    let errors = 0;
    for (let t = 0; t < n; t++) if (pred[t] !== gold[t]) errors++;
    if (errors > 0) {
      if (this.acc.length < this.table.weights.length) {
        const grown = new Float32Array(this.table.weights.length);
        grown.set(this.acc);
        this.acc = grown;
      }
      const w = this.table.weights;
      const step = this.step;
      for (let t = 0; t < n; t++) {
        const g = gold[t]!;
        const p = pred[t]!;
        const gPrev = t === 0 ? -1 : gold[t - 1]!;
        const pPrev = t === 0 ? -1 : pred[t - 1]!;
        if (g !== p) {
          for (let f = doc.offsets[from + t]!; f < doc.offsets[from + t + 1]!; f++) {
            const row = this.table.find(doc.feats[f]!);
            if (row < 0) continue;
            const r = row * L;
            w[r + g]! += 1;
            this.acc[r + g]! += step;
            w[r + p]! -= 1;
            this.acc[r + p]! -= step;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          const kg = (gPrev + 1) * L + g;
          const kp = (pPrev + 1) * L + p;
          this.trans[kg]! += 1;
          this.transAcc[kg]! += step;
          this.trans[kp]! -= 1;
          this.transAcc[kp]! -= step;
        }
      }
    }
    this.step++;
    return errors;
  }

  /** Replaces the weights with their averages (call once, after training). */
  average(): void {
    const w = this.table.weights;
    const n = this.table.rows * L;
    for (let i = 0; i < n; i++) w[i] = w[i]! - this.acc[i]! / this.step;
    for (let i = 0; i < TRANS_SIZE; i++) this.trans[i] = this.trans[i]! - this.transAcc[i]! / this.step;
  }

  /** Averaged weights without modifying the live ones (for evaluation during training). */
  snapshot(): { weights: Float32Array; trans: Float32Array } {
    const n = this.table.rows * L;
    const weights = new Float32Array(n);
    const w = this.table.weights;
    for (let i = 0; i < n; i++) weights[i] = w[i]! - this.acc[i]! / this.step;
    const trans = new Float32Array(TRANS_SIZE);
    for (let i = 0; i < TRANS_SIZE; i++) trans[i] = this.trans[i]! - this.transAcc[i]! / this.step;
    return { weights, trans };
  }
}
