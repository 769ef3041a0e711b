/**
 * Token features for the NER tagger, as 32-bit hashes (no strings are built per feature).
 * Templates: word (lower-case and exact), neighbouring words ±2, word bigrams, word shape (long
 * and collapsed) ±1 and shape bigrams, prefixes and suffixes 1–4, sentence-initial × shape,
 * word lists (titles, organisation and place words, months, demonyms, first/last names, languages,
 * heads and openers of event/work names, plural group nouns),
 * gazetteer match positions ±1, document-level capitalisation cues, a corpus capitalisation prior,
 * and distributional word classes ±1.
 */
import { hashString, mix } from './hash.js';
import { GAZETTEER_KINDS, type Gazetteer } from './gazetteer.js';
import type { TokenFeatures, WordSums } from './perceptron.js';

/** Bits of a word's lexicon entry (`WordInfo`). */
export const WORD_FLAG = {
  title: 1 << 0,
  orgSuffix: 1 << 1,
  placeSuffix: 1 << 2,
  placePrefix: 1 << 3,
  monthDay: 1 << 4,
  demonym: 1 << 5,
  firstName: 1 << 6,
  lastName: 1 << 7,
  connector: 1 << 8,
  language: 1 << 9,
  otherHead: 1 << 10,
  otherPrefix: 1 << 11,
  group: 1 << 12,
} as const;
const FLAG_BITS = 13;
const PRIOR_SHIFT = FLAG_BITS; // 3 bits: capitalisation prior bucket (0 = unknown)
const CLUSTER_SHIFT = FLAG_BITS + 3; // the rest (15 bits): word class (coarse * 1024 + fine, below 2^15), 0 = none

/** What the extractor knows about words: lower-case word → packed flags, prior and class. */
export type WordInfo = Map<string, number>;

export function packWordInfo(flags: number, prior: number, cluster: number): number {
  return flags | (prior << PRIOR_SHIFT) | (cluster << CLUSTER_SHIFT);
}

export interface FeatureResources {
  words: WordInfo;
  gazetteer: Gazetteer;
}

/** Template ids (mixed into every feature hash). Append only: ids are part of the model file. */
const T = {
  bias: 1, w0: 2, wm1: 3, wp1: 4, wm2: 5, wp2: 6, exact0: 7, sh0: 8, shm1: 9, shp1: 10, shm1sh0: 11,
  sh0shp1: 12, pre: 13, suf: 14, wm1w0: 15, w0wp1: 16, initShape: 17, gaz0: 18, gazm1: 19, gazp1: 20,
  flags0: 21, flagsm1: 22, flagsp1: 23, doc: 24, prior: 25, cl0: 26, clm1: 27, clp1: 28, short0: 29,
  flagsm2: 30, flagsp2: 31, clc0: 32, wm1sh0: 33, sh0wp1: 34, docSh: 35, gazAll: 36, len: 37,
  shm2: 38, shp2: 39, allCapsSent: 40, clcm1: 41, clcp1: 42, runPos: 43, runFirst: 44, runLast: 45,
  runFlags: 46, runGaz: 47, runBefore: 48, runAfter: 49, runLastCl: 50, runBefore2: 51, docCtx: 52,
} as const;

/** Words before a name that suggest a place ("in Kabul", "from Sochi"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'into', 'outside', 'inside', 'throughout']);
/** Words after a name that suggest a speaker ("Smith said"). */
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'explained', 'stated', 'wrote', 'asked', 'noted', 'announced', 'argued', 'claimed']);

/**
 * Context aggregation over the document (Ratinov & Roth 2009): for each capitalised word, which
 * telling contexts any of its mentions has — after a title, after a place preposition, before a
 * speech verb or a possessive, in a run with an organisation or place word, in a longer run, as
 * the last word of a run opening with a given name. Every mention of the word then sees them all.
 */
function documentContexts(a: TokenAttributes, bounds: readonly number[], runStart: Int32Array, runEnd: Int32Array): Map<string, number> {
  const ctx = new Map<string, number>();
  for (let b = 0; b + 1 < bounds.length; b++) {
    const from = bounds[b]!;
    const to = bounds[b + 1]!;
    for (let i = from; i < to; i++) {
      const rs = runStart[i]!;
      if (rs < 0) continue;
      const re = runEnd[i]!;
      let bits = 0;
      const before = rs > from ? a.lower[rs - 1]! : '';
      const after = re + 1 < to ? a.lower[re + 1]! : '';
      if (rs > from && a.info[rs - 1]! & WORD_FLAG.title) bits |= 1;
      if (PLACE_PREPOSITIONS.has(before)) bits |= 2;
      if (SPEECH_VERBS.has(after)) bits |= 4;
      if (after === "'s" || after === '\u2019s') bits |= 8;
      if (before === 'the') bits |= 16;
      let runFlags = 0;
      for (let k = rs; k <= re; k++) runFlags |= a.info[k]!;
      if (runFlags & WORD_FLAG.orgSuffix) bits |= 32;
      if (runFlags & WORD_FLAG.placeSuffix) bits |= 64;
      if (re > rs) bits |= 128;
      if (i === re && re > rs && a.info[rs]! & WORD_FLAG.firstName) bits |= 256;
      const lw = a.lower[i]!;
      ctx.set(lw, (ctx.get(lw) ?? 0) | bits);
    }
  }
  return ctx;
}
const DOC_CONTEXT_BITS = 9;

/** Lower-case words that may join two capitalised words into one name run ("Bank of England"). */
const RUN_BRIDGES = new Set(['of', 'the', 'and', 'for', '&', 'de', 'du', 'des', 'la', 'le', 'del', 'da', 'di', 'van', 'von', 'al', 'el', 'on', 'in', '-', 'y']);
/** Word-list bits that describe a whole name run. */
const RUN_FLAG_MASK =
  WORD_FLAG.title | WORD_FLAG.orgSuffix | WORD_FLAG.placeSuffix | WORD_FLAG.placePrefix | WORD_FLAG.monthDay |
  WORD_FLAG.demonym | WORD_FLAG.firstName | WORD_FLAG.lastName | WORD_FLAG.language | WORD_FLAG.otherHead |
  WORD_FLAG.otherPrefix | WORD_FLAG.group;

/**
 * Runs of capitalised tokens (bridged by "of", "and", "-", ...) within [from, to): runEnd[i] is
 * the last token of i's run, runStart[i] the first; -1 for tokens outside runs.
 */
function capitalRuns(a: TokenAttributes, from: number, to: number, runStart: Int32Array, runEnd: Int32Array): void {
  let i = from;
  while (i < to) {
    if (!a.capital[i]) {
      runStart[i] = runEnd[i] = -1;
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      // A title splits a run: "NASA | Administrator | Charles Bolden" are three candidates.
      if (j + 1 < to && a.capital[j + 1] && !((a.info[j]! | a.info[j + 1]!) & WORD_FLAG.title)) j++;
      else if (j + 2 < to && RUN_BRIDGES.has(a.lower[j + 1]!) && a.capital[j + 2]) j += 2;
      else if (j + 3 < to && a.lower[j + 1] === 'of' && a.lower[j + 2] === 'the' && a.capital[j + 3]) j += 3;
      else break;
    }
    for (let k = i; k <= j; k++) {
      runStart[k] = i;
      runEnd[k] = j;
    }
    i = j + 1;
  }
}

const BOUNDARY = hashString('<s>');
const BOUNDARY_END = hashString('</s>');

/** Per-token attributes shared by the templates. */
interface TokenAttributes {
  word: string[];
  lower: string[];
  /** 1 when the token has a lower-case letter. */
  lowerCase: Uint8Array;
  hLower: Uint32Array;
  hExact: Uint32Array;
  hShape: Uint32Array;
  hShort: Uint32Array;
  info: Int32Array;
  capital: Uint8Array;
  initial: Uint8Array;
  gaz: Uint8Array[];
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/** Shape class of word[k] (code c): X upper, x lower or other letter, d digit, else the character. */
function charClass(c: number, word: string, k: number): number {
  if (c >= 65 && c <= 90) return 88; // X
  if (c >= 97 && c <= 122) return 120; // x
  if (c >= 48 && c <= 57) return 100; // d
  if (c < 128) return c;
  const ch = word[k]!;
  if (UPPER.test(ch)) return 88;
  if (LOWER.test(ch)) return 120;
  if (LETTER.test(ch)) return 120;
  return c;
}

/** Groups tokens into sentences: returns token index boundaries [b0=0, b1, ..., n]. */
export function sentenceBounds(tokens: readonly { start: number; end: number }[], sentences: readonly { start: number; end: number }[]): number[] {
  const bounds = [0];
  let s = 0;
  for (let i = 1; i < tokens.length; i++) {
    while (s < sentences.length && sentences[s]!.end <= tokens[i - 1]!.start) s++;
    const sentEnd = s < sentences.length ? sentences[s]!.end : Infinity;
    if (tokens[i]!.start >= sentEnd) bounds.push(i);
  }
  if (tokens.length > 0) bounds.push(tokens.length);
  return bounds;
}

const OPENERS = new Set(['"', '\u201c', "'", '\u2018', '(', '[', '-', '\u2014', '\u2013', ':', '*', '\u2022']);

/** What the extractor reads from a word's text alone. */
interface WordAttributes {
  /** The token as written, and the hash of that text (the key of `WordTable`). */
  text: string;
  key: number;
  /** The token with curly quotation marks and apostrophes made straight ("Commissioner’s" reads as "Commissioner's"). */
  word: string;
  lower: string;
  hLower: number;
  hExact: number;
  hShape: number;
  hShort: number;
  /** Lexicon entry (list flags, capitalisation prior, word class). */
  info: number;
  capital: number;
  lowerCase: number;
}

/** Words whose attributes are kept per set of resources (news vocabulary repeats: most tokens hit). */
const MAX_CACHED_WORDS = 100_000;

/**
 * Attributes of the words seen so far, found from the text itself: an open-addressing table keyed
 * by the hash of the word as written (its `key`), checked against the kept text, so a known word costs neither
 * a slice nor a string-keyed map look-up.
 */
class WordTable {
  private slots = new Int32Array(1 << 12).fill(-1);
  private readonly entries: WordAttributes[] = [];

  constructor(private readonly res: FeatureResources) {}

  get full(): boolean {
    return this.entries.length >= MAX_CACHED_WORDS;
  }

  find(text: string, start: number, end: number): WordAttributes {
    let h = 0x811c9dc5;
    for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    h >>>= 0;
    const mask = this.slots.length - 1;
    let slot = h & mask;
    for (let e: number; (e = this.slots[slot]!) >= 0; slot = (slot + 1) & mask) {
      const w = this.entries[e]!;
      if (w.key === h && w.text.length === end - start && text.startsWith(w.text, start)) return w;
    }
    const w = wordAttributes(text.slice(start, end), h, this.res);
    this.slots[slot] = this.entries.length;
    this.entries.push(w);
    if (this.entries.length * 2 > this.slots.length) this.grow();
    return w;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    this.entries.forEach((w, e) => {
      let slot = w.key & mask;
      while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = e;
    });
  }
}
const wordCaches = new WeakMap<FeatureResources, WordTable>();

/** Tests: forget the attributes kept for `res`. */
export function clearWordCache(res: FeatureResources): void {
  wordCaches.delete(res);
}

const CURLY = /[‘’“”]/g;
const STRAIGHT: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"' };

function wordAttributes(text: string, key: number, res: FeatureResources): WordAttributes {
  // A Khoekhoe click written "!" or a Polynesian glottal stop (ʻokina) before a name ("!Naruseb", "ʻAkilisi") is read as the name without it.
  const word = (text.length > 1 && (text.charCodeAt(0) === 33 || text.charCodeAt(0) === 0x2bb) ? text.slice(1) : text).replace(CURLY, (c) => STRAIGHT[c]!);
  const lower = word.toLowerCase();
  const hLower = hashString(lower);
  let shape = 0x811c9dc5;
  let short = 0x811c9dc5;
  let prev = -1;
  let run = 0;
  let lowerCase = 0;
  for (let k = 0; k < word.length; k++) {
    const cls = charClass(word.charCodeAt(k), word, k);
    if (cls === 120) lowerCase = 1;
    if (cls === prev) run++;
    else run = 0;
    if (run < 4) shape = Math.imul(shape ^ cls, 0x01000193);
    if (cls !== prev) short = Math.imul(short ^ cls, 0x01000193);
    prev = cls;
  }
  const first = word.charCodeAt(0);
  return {
    text,
    key,
    word,
    lower,
    hLower,
    hExact: word === lower ? hLower : hashString(word),
    hShape: shape >>> 0,
    hShort: short >>> 0,
    info: res.words.get(lower) ?? 0,
    capital: (first >= 65 && first <= 90) || (first > 127 && UPPER.test(word[0]!)) ? 1 : 0,
    lowerCase,
  };
}

/** Per-token attributes; a word's own attributes are computed once and kept (see MAX_CACHED_WORDS). */
function attributes(text: string, tokens: readonly { start: number; end: number }[], bounds: readonly number[], res: FeatureResources): TokenAttributes {
  const n = tokens.length;
  const words: string[] = new Array(n);
  const lower: string[] = new Array(n);
  const hLower = new Uint32Array(n);
  const hExact = new Uint32Array(n);
  const hShape = new Uint32Array(n);
  const hShort = new Uint32Array(n);
  const info = new Int32Array(n);
  const capital = new Uint8Array(n);
  const lowerCase = new Uint8Array(n);
  const initial = new Uint8Array(n);
  let cache = wordCaches.get(res);
  if (!cache || cache.full) wordCaches.set(res, (cache = new WordTable(res)));
  for (let i = 0; i < n; i++) {
    const w = cache.find(text, tokens[i]!.start, tokens[i]!.end);
    words[i] = w.word;
    lower[i] = w.lower;
    hLower[i] = w.hLower;
    hExact[i] = w.hExact;
    hShape[i] = w.hShape;
    hShort[i] = w.hShort;
    info[i] = w.info;
    capital[i] = w.capital;
    lowerCase[i] = w.lowerCase;
  }
  for (let b = 0; b + 1 < bounds.length; b++) {
    let i = bounds[b]!;
    initial[i] = 1;
    while (i + 1 < bounds[b + 1]! && OPENERS.has(lower[i]!)) initial[++i] = 1;
  }
  const gaz: Uint8Array[] = [];
  for (let k = 0; k < GAZETTEER_KINDS.length; k++) gaz.push(new Uint8Array(n));
  for (let b = 0; b + 1 < bounds.length; b++) res.gazetteer.match(lower, capital, bounds[b]!, bounds[b + 1]!, gaz);
  return { word: words, lower, lowerCase, hLower, hExact, hShape, hShort, info, capital, initial, gaz };
}

/**
 * Document-level capitalisation of the capitalised words: lower-case word → 1 = also seen
 * lower-case, 2 = seen capitalised mid-sentence (other words are not entered).
 */
function documentCase(text: string, tokens: readonly { start: number; end: number }[], a: TokenAttributes): Map<string, number> {
  const seen = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    if (a.capital[i]) seen.set(a.lower[i]!, (seen.get(a.lower[i]!) ?? 0) | (a.initial[i] ? 0 : 2));
  }
  for (let i = 0; i < tokens.length; i++) {
    const c = text.charCodeAt(tokens[i]!.start);
    if (c < 97 || c > 122) continue;
    const bits = seen.get(a.lower[i]!);
    if (bits !== undefined) seen.set(a.lower[i]!, bits | 1);
  }
  return seen;
}

/**
 * Upper bound on features per token: 21 fixed templates + 8 affixes + 3 × 13 list flags + 2 +
 * 3 × 3 + 1 gazetteer + 3 + 9 document contexts + 7 + 13 + 3 run + 6 classes + 1 = 122.
 */
const MAX_FEATURES_PER_TOKEN = 128;

/**
 * Tokens that can be part of a name: those with an upper-case letter or a digit, their
 * immediate neighbours (for "of", "the", "la" inside names) and a word joined to them by a
 * hyphen ("Hoi-kwan"). The rest — lower-case words and punctuation away from capitals, about
 * 57 % of news tokens — are outside at run time, and their features are not computed. Of the
 * training entities (GUM, the annotated news three times, upper-cased copies) this rule leaves out
 * 106 of 16,869, mostly lower-case names in transcripts (144 before hyphenated words were in
 * reach); of the dev news none.
 */
export const ACTIVE_WINDOW_TOKENS = 1;

function activeTokens(text: string, tokens: readonly { start: number; end: number }[], bounds: readonly number[]): Uint8Array {
  const n = tokens.length;
  const active = new Uint8Array(n);
  for (let b = 0; b + 1 < bounds.length; b++) {
    const from = bounds[b]!;
    const to = bounds[b + 1]!;
    for (let i = from; i < to; i++) {
      if (!hasNameChar(text, tokens[i]!.start, tokens[i]!.end)) continue;
      // "Hoi-kwan", "al-Assad": a word joined by a hyphen to a capitalised one is in reach too.
      const lo = Math.max(from, i - ACTIVE_WINDOW_TOKENS - (hyphenJoined(text, tokens, i - 2, i) ? 1 : 0));
      const hi = Math.min(to - 1, i + ACTIVE_WINDOW_TOKENS + (hyphenJoined(text, tokens, i, i + 2) ? 1 : 0));
      for (let k = lo; k <= hi; k++) active[k] = 1;
    }
  }
  return active;
}
const NAME_CHAR = /[\p{Lu}\p{Lt}\p{N}]/u;

/** True when tokens a and b (= a + 2) are written as one word around a hyphen ("Hoi-kwan"). */
function hyphenJoined(text: string, tokens: readonly { start: number; end: number }[], a: number, b: number): boolean {
  if (a < 0 || b >= tokens.length) return false;
  const h = tokens[a + 1]!;
  return h.end - h.start === 1 && text.charCodeAt(h.start) === 45 && tokens[a]!.end === h.start && h.end === tokens[b]!.start;
}

/** Whether text[start, end) has an upper-case letter or a digit (ASCII read directly, without slicing). */
function hasNameChar(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
    } else if (NAME_CHAR.test(text.slice(start, end))) return true;
    else return false;
  }
  return false;
}

/** A feature buffer reused across `extractFeatures` calls (tagging; training keeps every document's features). */
export interface FeatureScratch {
  feats: Int32Array;
}

/**
 * Features of token i that depend on its text alone (bias, word, exact word, shapes, length,
 * affixes, word lists, word class), written at feats[f...]; returns the new end. They come first
 * in a token's features, so a scorer can keep their sum per word (see TokenFeatures.localEnd).
 */
function wordFeatures(feats: Int32Array, f: number, a: TokenAttributes, i: number): number {
  const lw = a.lower[i]!;
  const capital = a.capital[i]!;
  const inf = a.info[i]!;
  const flags = inf & ((1 << FLAG_BITS) - 1);
  const cluster = inf >>> CLUSTER_SHIFT;
  feats[f++] = T.bias | 1;
  feats[f++] = mix(T.w0, a.hLower[i]!) | 1;
  feats[f++] = mix(T.exact0, a.hExact[i]!) | 1;
  feats[f++] = mix(T.sh0, a.hShape[i]!) | 1;
  feats[f++] = mix(T.short0, a.hShort[i]!) | 1;
  feats[f++] = mix(T.len, Math.min(lw.length, 12)) | 1;
  let hp = 0x811c9dc5;
  for (let k = 0; k < 4 && k < lw.length; k++) {
    hp = Math.imul(hp ^ lw.charCodeAt(k), 0x01000193);
    feats[f++] = mix(T.pre, mix(k, hp >>> 0)) | 1;
  }
  let hs = 0x811c9dc5;
  for (let k = 0; k < 4 && k < lw.length; k++) {
    hs = Math.imul(hs ^ lw.charCodeAt(lw.length - 1 - k), 0x01000193);
    feats[f++] = mix(T.suf, mix(k, hs >>> 0)) | 1;
  }
  if (flags) for (let bit = 0; bit < FLAG_BITS; bit++) if (flags & (1 << bit)) feats[f++] = mix(T.flags0, mix(bit, capital)) | 1;
  if (cluster) {
    feats[f++] = mix(T.cl0, cluster & 1023) | 1;
    feats[f++] = mix(T.clc0, mix(cluster >>> 10, capital)) | 1;
  }
  return f;
}

/**
 * Feature hashes of every token of a document. Tokens whose word is in `known` (a scorer's sums
 * of word features, see TokenFeatures.localEnd) get no word features: the scorer has their sum.
 */
export function extractFeatures(
  text: string,
  tokens: readonly { start: number; end: number }[],
  bounds: readonly number[],
  res: FeatureResources,
  skipInactive = false,
  scratch?: FeatureScratch,
  known?: WordSums,
): TokenFeatures {
  const n = tokens.length;
  const active = skipInactive ? activeTokens(text, tokens, bounds) : new Uint8Array(n).fill(1);
  const a = attributes(text, tokens, bounds, res);
  const docCase = documentCase(text, tokens, a);
  // Only active tokens get features: size the buffer for them (an article is ~40 % active).
  let activeCount = n;
  if (skipInactive) {
    activeCount = 0;
    for (let i = 0; i < n; i++) activeCount += active[i]!;
  }
  // With `scratch`, the buffer is reused from call to call (the caller uses the result before the next call).
  let feats: Int32Array;
  if (scratch && scratch.feats.length >= activeCount * MAX_FEATURES_PER_TOKEN) feats = scratch.feats;
  else {
    feats = new Int32Array(activeCount * MAX_FEATURES_PER_TOKEN);
    if (scratch) scratch.feats = feats;
  }
  const offsets = new Int32Array(n + 1);
  const localEnd = new Int32Array(n);
  let f = 0; // feats[f++] = hash | 1: a feature hash is never 0 (the empty-slot marker)
  const { hLower, hShape, hShort, info, gaz } = a;
  const runStart = new Int32Array(n);
  const runEnd = new Int32Array(n);
  for (let b = 0; b + 1 < bounds.length; b++) capitalRuns(a, bounds[b]!, bounds[b + 1]!, runStart, runEnd);
  const docContext = documentContexts(a, bounds, runStart, runEnd);
  for (let b = 0; b + 1 < bounds.length; b++) {
    const from = bounds[b]!;
    const to = bounds[b + 1]!;
    // A sentence in capitals (headline shouting) makes case features useless: flag it.
    let upperTokens = 0;
    let letterTokens = 0;
    for (let i = from; i < to; i++) {
      if (a.capital[i]) {
        letterTokens++;
        if (!a.lowerCase[i] && a.word[i]!.length > 1) upperTokens++;
      } else if (a.lowerCase[i]) letterTokens++;
    }
    const shouting = letterTokens >= 3 && upperTokens * 10 >= letterTokens * 8 ? 1 : 0;
    for (let i = from; i < to; i++) {
      offsets[i] = localEnd[i] = f;
      if (skipInactive && !active[i]) continue;
      const wm1 = i - 1 >= from ? hLower[i - 1]! : BOUNDARY;
      const wm2 = i - 2 >= from ? hLower[i - 2]! : BOUNDARY;
      const wp1 = i + 1 < to ? hLower[i + 1]! : BOUNDARY_END;
      const wp2 = i + 2 < to ? hLower[i + 2]! : BOUNDARY_END;
      const shm1 = i - 1 >= from ? hShape[i - 1]! : BOUNDARY;
      const shp1 = i + 1 < to ? hShape[i + 1]! : BOUNDARY_END;
      const shm2 = i - 2 >= from ? hShort[i - 2]! : BOUNDARY;
      const shp2 = i + 2 < to ? hShort[i + 2]! : BOUNDARY_END;
      const w0 = hLower[i]!;
      const sh0 = hShape[i]!;
      const inf = info[i]!;
      const prior = (inf >>> PRIOR_SHIFT) & 7;
      const cluster = inf >>> CLUSTER_SHIFT;
      const infm1 = i - 1 >= from ? info[i - 1]! : 0;
      const infp1 = i + 1 < to ? info[i + 1]! : 0;
      if (known?.has(a.word[i]!)) localEnd[i] = f;
      else localEnd[i] = f = wordFeatures(feats, f, a, i);
      feats[f++] = mix(T.wm1, wm1) | 1;
      feats[f++] = mix(T.wp1, wp1) | 1;
      feats[f++] = mix(T.wm2, wm2) | 1;
      feats[f++] = mix(T.wp2, wp2) | 1;
      feats[f++] = mix(T.wm1w0, mix(wm1, w0)) | 1;
      feats[f++] = mix(T.w0wp1, mix(w0, wp1)) | 1;
      feats[f++] = mix(T.shm1, shm1) | 1;
      feats[f++] = mix(T.shp1, shp1) | 1;
      feats[f++] = mix(T.shm2, shm2) | 1;
      feats[f++] = mix(T.shp2, shp2) | 1;
      feats[f++] = mix(T.shm1sh0, mix(shm1, sh0)) | 1;
      feats[f++] = mix(T.sh0shp1, mix(sh0, shp1)) | 1;
      feats[f++] = mix(T.wm1sh0, mix(wm1, sh0)) | 1;
      feats[f++] = mix(T.sh0wp1, mix(sh0, wp1)) | 1;
      feats[f++] = mix(T.initShape, mix(a.initial[i]!, hShort[i]!)) | 1;
      if (shouting) feats[f++] = mix(T.allCapsSent, w0) | 1;
      const lw = a.lower[i]!;
      // word lists
      const flm1 = infm1 & ((1 << FLAG_BITS) - 1);
      const flp1 = infp1 & ((1 << FLAG_BITS) - 1);
      if (flm1) for (let bit = 0; bit < FLAG_BITS; bit++) if (flm1 & (1 << bit)) feats[f++] = mix(T.flagsm1, mix(bit, a.capital[i]!)) | 1;
      if (flp1) for (let bit = 0; bit < FLAG_BITS; bit++) if (flp1 & (1 << bit)) feats[f++] = mix(T.flagsp1, mix(bit, a.capital[i]!)) | 1;
      if (i - 2 >= from) {
        const fl = info[i - 2]! & ((1 << FLAG_BITS) - 1);
        if (fl & WORD_FLAG.title) feats[f++] = mix(T.flagsm2, a.capital[i]!) | 1;
      }
      if (i + 2 < to) {
        const fl = info[i + 2]! & ((1 << FLAG_BITS) - 1);
        if (fl & (WORD_FLAG.orgSuffix | WORD_FLAG.placeSuffix)) feats[f++] = mix(T.flagsp2, mix(fl & 6, a.capital[i]!)) | 1;
      }
      // gazetteers
      let gazKey = 0;
      for (let k = 0; k < gaz.length; k++) {
        const g = gaz[k]!;
        const g0 = g[i]!;
        gazKey = gazKey * 5 + g0;
        if (g0) feats[f++] = mix(T.gaz0, mix(k, g0)) | 1;
        if (i - 1 >= from && g[i - 1]) feats[f++] = mix(T.gazm1, mix(k, g[i - 1]!)) | 1;
        if (i + 1 < to && g[i + 1]) feats[f++] = mix(T.gazp1, mix(k, g[i + 1]!)) | 1;
      }
      if (gazKey) feats[f++] = mix(T.gazAll, gazKey) | 1;
      // document-level and corpus-level capitalisation
      if (a.capital[i]) {
        const dc = docCase.get(lw) ?? 0;
        feats[f++] = mix(T.doc, mix(dc, a.initial[i]!)) | 1;
        feats[f++] = mix(T.docSh, mix(dc, hShort[i]!)) | 1;
        feats[f++] = mix(T.prior, mix(prior, a.initial[i]!)) | 1;
        const ctx = docContext.get(lw) ?? 0;
        for (let bit = 0; bit < DOC_CONTEXT_BITS; bit++) if (ctx & (1 << bit)) feats[f++] = mix(T.docCtx, bit) | 1;
      }
      // the capitalised run (candidate name) this token is in
      const rs = runStart[i]!;
      if (rs >= 0 && !shouting) {
        const re = runEnd[i]!;
        const pos = rs === re ? 4 : i === rs ? 1 : i === re ? 3 : 2;
        feats[f++] = mix(T.runPos, mix(pos, Math.min(re - rs + 1, 6))) | 1;
        feats[f++] = mix(T.runFirst, mix(pos, hLower[rs]!)) | 1;
        feats[f++] = mix(T.runLast, mix(pos, hLower[re]!)) | 1;
        feats[f++] = mix(T.runLastCl, mix(pos, info[re]! >>> CLUSTER_SHIFT)) | 1;
        feats[f++] = mix(T.runBefore, mix(pos, rs > from ? hLower[rs - 1]! : BOUNDARY)) | 1;
        feats[f++] = mix(T.runBefore2, mix(pos, rs - 1 > from ? mix(hLower[rs - 2]!, hLower[rs - 1]!) : BOUNDARY)) | 1;
        feats[f++] = mix(T.runAfter, mix(pos, re + 1 < to ? hLower[re + 1]! : BOUNDARY_END)) | 1;
        let runFlags = 0;
        for (let k = rs; k <= re; k++) runFlags |= info[k]! & RUN_FLAG_MASK;
        if (runFlags) for (let bit = 0; bit < FLAG_BITS; bit++) if (runFlags & (1 << bit)) feats[f++] = mix(T.runFlags, mix(bit, pos)) | 1;
        for (let k = 0; k < gaz.length; k++) {
          const whole = rs === re ? gaz[k]![rs] === 4 : gaz[k]![rs] === 1 && gaz[k]![re] === 3;
          if (whole) feats[f++] = mix(T.runGaz, mix(k, pos)) | 1;
        }
      }
      // word classes
      const clm1 = infm1 >>> CLUSTER_SHIFT;
      const clp1 = infp1 >>> CLUSTER_SHIFT;
      feats[f++] = mix(T.clm1, clm1 & 1023) | 1;
      feats[f++] = mix(T.clp1, clp1 & 1023) | 1;
      feats[f++] = mix(T.clcm1, mix(clm1 >>> 10, cluster >>> 10)) | 1;
      feats[f++] = mix(T.clcp1, mix(clp1 >>> 10, cluster >>> 10)) | 1;
    }
  }
  offsets[n] = f;
  return { feats: feats.subarray(0, f), offsets, active, localEnd, words: a.word };
}
