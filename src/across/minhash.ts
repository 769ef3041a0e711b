/**
 * Near-duplicate articles by MinHash over word shingles with locality-sensitive hashing: copies
 * that were trimmed, re-wrapped, re-headlined or lightly edited share most of their shingles, so
 * their signatures agree in most positions and they meet in at least one LSH band.
 */

/** Words per shingle: long enough that unrelated articles share few, short enough to survive edits. */
export const SHINGLE_WORDS = 5;
/** Signature length (hash functions). Estimates of Jaccard similarity are within ±0.06 at 128. */
export const SIGNATURE_SIZE = 128;
/**
 * LSH bands × rows = SIGNATURE_SIZE. 64 bands of 2 rows make a pair at similarity 0.5 a candidate
 * with probability 1 − 0.75^64 ≈ 1; unrelated pairs that also become candidates are discarded by
 * the full signature comparison.
 */
export const BANDS = 64;
/**
 * Estimated shingle similarity at or above which two articles are copies of one story. Changing
 * one word in twenty leaves about half of the 5-word shingles; unrelated news shares under 5 %.
 */
export const MIN_DUPLICATE_SIMILARITY = 0.5;

const ROWS = SIGNATURE_SIZE / BANDS;

/** 32-bit FNV-1a of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Fixed odd multipliers and offsets for the hash family h_i(x) = a_i·x + b_i (mod 2^32). */
const SEEDS: readonly [number, number][] = (() => {
  let state = 0x9e3779b9;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  return Array.from({ length: SIGNATURE_SIZE }, () => [next() | 1, next()] as [number, number]);
})();

/** Hashes of the text's word shingles (lower-cased words, punctuation ignored). */
export function shingles(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length) out.add(fnv1a(words.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

/** The MinHash signature of a set of shingle hashes. */
export function signature(hashes: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const x of hashes) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const [a, b] = SEEDS[i]!;
      const h = (Math.imul(a, x) + b) >>> 0;
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** Share of positions where two signatures agree: an estimate of the Jaccard similarity. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** The LSH band keys of a signature: articles sharing any key are candidate duplicates. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sig[band * ROWS + r]!, 0x01000193);
    keys.push(`${band}:${(h >>> 0).toString(36)}`);
  }
  return keys;
}

/**
 * An index of articles already seen. `add` returns the id of the earliest article the new one
 * duplicates (its similarity at or above the threshold), or undefined when it is new.
 */
export class DuplicateIndex {
  private readonly buckets = new Map<string, string[]>();
  private readonly signatures = new Map<string, Uint32Array>();

  constructor(private readonly threshold = MIN_DUPLICATE_SIMILARITY) {}

  add(id: string, text: string): { duplicateOf: string; similarity: number } | undefined {
    const sig = signature(shingles(text));
    const keys = bandKeys(sig);
    let best: { duplicateOf: string; similarity: number } | undefined;
    const seen = new Set<string>();
    for (const key of keys) {
      for (const other of this.buckets.get(key) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        const s = similarity(sig, this.signatures.get(other)!);
        if (s >= this.threshold && (!best || s > best.similarity)) best = { duplicateOf: other, similarity: s };
      }
    }
    this.signatures.set(id, sig);
    // Only originals go into the buckets: a copy of a copy still points at the first article.
    if (!best) for (const key of keys) this.buckets.set(key, [...(this.buckets.get(key) ?? []), id]);
    return best;
  }
}
