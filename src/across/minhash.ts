/**
 * Near-duplicate articles by MinHash over word shingles with locality-sensitive hashing: copies
 * that were trimmed, re-wrapped, re-headlined or lightly edited share most of their shingles, so
 * their signatures agree in most positions and they meet in at least one LSH band.
 */

/** Words per shingle: long enough that unrelated articles share few, short enough to survive edits. */
export const SHINGLE_WORDS = 5;
/** Signature length (bins). Estimates of Jaccard similarity are within ±0.06 at 128. */
export const SIGNATURE_SIZE = 128;
/** Signature positions per LSH band. */
export const ROWS = 3;
/**
 * LSH bands: 42 bands of 3 rows (126 of the 128 positions) make a pair at similarity 0.5 a
 * candidate with probability 1 − (1 − 0.5³)^42 ≈ 0.996, at 0.4 0.94, at 0.2 only 0.29: articles
 * that share a paragraph or two are rarely candidates (with 64 bands of 2 rows nearly all were, and
 * a store of 20,000 articles returned ~90 candidates per new article). Candidates are checked
 * against the full signature.
 */
export const BANDS = Math.floor(SIGNATURE_SIZE / ROWS);
/**
 * Estimated shingle similarity at or above which two articles are copies of one story. Changing
 * one word in twenty leaves about half of the 5-word shingles; unrelated news shares under 5 %.
 */
export const MIN_DUPLICATE_SIMILARITY = 0.5;

/**
 * Shorter texts are never called copies: a one-sentence record shares most of its few shingles with
 * any other built from the same template, which says nothing about syndication.
 */
export const MIN_SHINGLES = 25;


const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Whether a BMP code unit above ASCII is a letter or digit (\p{L}, \p{N}), remembered per unit. */
const wordUnits = new Uint8Array(0x10000); // 0 unknown, 1 yes, 2 no
function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  let known = wordUnits[c]!;
  if (known === 0) wordUnits[c] = known = /^[\p{L}\p{N}]$/u.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

/**
 * FNV-1a hashes of the text's words (runs of letters and digits, lower-cased), one pass over the
 * text without building the words. Letters outside the BMP count as word characters.
 */
function wordHashes(text: string): number[] {
  const lower = text.toLowerCase();
  const out: number[] = [];
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    // a surrogate pair is one character: a word character when the pair is a letter or digit
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < lower.length ? lower.codePointAt(i)! : 0;
    const word = pair > 0xffff ? /^[\p{L}\p{N}]$/u.test(String.fromCodePoint(pair)) : isWordUnit(c);
    if (word) {
      h = Math.imul(h ^ c, FNV_PRIME);
      if (pair > 0xffff) h = Math.imul(h ^ lower.charCodeAt(++i), FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      out.push(h >>> 0);
      h = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) out.push(h >>> 0);
  return out;
}

/** Hashes of the text's word shingles (lower-cased words, punctuation ignored): each word hashed once, a shingle's hash mixes its words'. */
export function shingles(text: string): Set<number> {
  const words = wordHashes(text);
  const out = new Set<number>();
  const width = Math.min(SHINGLE_WORDS, words.length);
  for (let i = 0; i + width <= words.length && width > 0; i++) {
    let h = FNV_OFFSET;
    for (let j = i; j < i + width; j++) h = Math.imul(h ^ words[j]!, FNV_PRIME);
    out.add(h >>> 0);
  }
  return out;
}

/** Bits of a hash that pick its bin (2^7 = SIGNATURE_SIZE bins); the other 25 are its value. */
const BIN_SHIFT = 25;
const VALUE_MASK = (1 << BIN_SHIFT) - 1;
const EMPTY = 0xffffffff;

/** MurmurHash3's 32-bit finaliser: spreads a hash's bits evenly over all 32. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * The MinHash signature of a set of shingle hashes, by one-permutation hashing (Li, Owen & Zhang
 * 2012): each shingle is hashed once into one of SIGNATURE_SIZE bins and each bin keeps its least
 * value; an empty bin borrows the value of the next non-empty bin, offset by the distance
 * (rotation densification, Shrivastava & Li 2014). Positions agree with probability equal to the
 * Jaccard similarity, as with SIGNATURE_SIZE independent hash functions, at one hash per shingle.
 */
export function signature(hashes: ReadonlySet<number>): Uint32Array {
  const bins = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY);
  for (const x of hashes) {
    const h = mix(x);
    const bin = h >>> BIN_SHIFT;
    const value = h & VALUE_MASK;
    if (value < bins[bin]!) bins[bin] = value;
  }
  if (hashes.size === 0) return bins;
  const sig = new Uint32Array(bins);
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    if (bins[i] !== EMPTY) continue;
    let k = 1;
    while (bins[(i + k) % SIGNATURE_SIZE] === EMPTY) k++;
    sig[i] = bins[(i + k) % SIGNATURE_SIZE]! + k * (VALUE_MASK + 1);
  }
  return sig;
}

/** Share of positions where two signatures agree: an estimate of the Jaccard similarity. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * The LSH band keys as integers (band · 2^32 + hash, below 2^38): what the stores index, so that
 * any process can look up candidates with one indexed query.
 */
export function bandNumbers(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sig[band * ROWS + r]!, 0x01000193);
    keys.push(band * 2 ** 32 + (h >>> 0));
  }
  return keys;
}

/** A signature as bytes (little-endian) for a BLOB/bytea column, and back. */
export const signatureBytes = (sig: Uint32Array): Buffer => Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const copy = new Uint8Array(bytes); // aligned, owned copy
  return new Uint32Array(copy.buffer, 0, SIGNATURE_SIZE);
}

/** A stored article a new one may copy. */
export interface Candidate {
  id: string;
  signature: Uint32Array;
}

/** The candidate most similar to `sig` at or above the threshold (ties: the first given), or undefined. */
export function closest(
  sig: Uint32Array,
  candidates: Iterable<Candidate>,
  threshold = MIN_DUPLICATE_SIMILARITY,
): { duplicateOf: string; similarity: number } | undefined {
  let best: { duplicateOf: string; similarity: number } | undefined;
  for (const c of candidates) {
    const s = similarity(sig, c.signature);
    if (s >= threshold && (!best || s > best.similarity)) best = { duplicateOf: c.id, similarity: s };
  }
  return best;
}

/**
 * The signature and band keys of an article's text: what a store needs to find and index copies.
 * Texts under MIN_SHINGLES get no band keys, so they neither find nor are found as copies.
 */
export function fingerprint(text: string): Fingerprint {
  const hashes = shingles(text);
  const sig = signature(hashes);
  return { signature: sig, bands: hashes.size < MIN_SHINGLES ? [] : bandNumbers(sig) };
}

export interface Fingerprint {
  signature: Uint32Array;
  bands: number[];
}

/** Texts longer than this are not kept by RecentFingerprints (the map holds the texts as keys). */
const MAX_REMEMBERED_CHARS = 1 << 18;

/**
 * Fingerprints of texts checked for copies and not yet stored: a store computes an article's
 * fingerprint when asked whether it is a near-copy, and takes it back when storing the article.
 * Sized for the articles a run has in flight (256 with two threads); the oldest are forgotten.
 */
export class RecentFingerprints {
  private readonly recent = new Map<string, Fingerprint>();

  constructor(private readonly size = 512) {}

  /** The text's fingerprint, kept for `take`. */
  remember(text: string): Fingerprint {
    const print = this.recent.get(text) ?? fingerprint(text);
    if (text.length > MAX_REMEMBERED_CHARS) return print;
    this.recent.set(text, print);
    if (this.recent.size > this.size) this.recent.delete(this.recent.keys().next().value!);
    return print;
  }

  /** The text's fingerprint, remembered or computed now; forgotten. */
  take(text: string): Fingerprint {
    const print = this.recent.get(text);
    if (!print) return fingerprint(text);
    this.recent.delete(text);
    return print;
  }
}

/**
 * An index of articles already seen. `add` returns the id of the earliest article the new one
 * duplicates (its similarity at or above the threshold), or undefined when it is new.
 */
export class DuplicateIndex {
  private readonly buckets = new Map<number, string[]>();
  private readonly signatures = new Map<string, Uint32Array>();

  constructor(private readonly threshold = MIN_DUPLICATE_SIMILARITY) {}

  add(id: string, text: string): { duplicateOf: string; similarity: number } | undefined {
    const { signature: sig, bands: keys } = fingerprint(text);
    const ids = new Set(keys.flatMap((key) => this.buckets.get(key) ?? []));
    const best = closest(sig, [...ids].map((id) => ({ id, signature: this.signatures.get(id)! })), this.threshold);
    this.signatures.set(id, sig);
    // Only originals go into the buckets: a copy of a copy still points at the first article.
    if (!best) for (const key of keys) this.buckets.set(key, [...(this.buckets.get(key) ?? []), id]);
    return best;
  }
}
