/**
 * Training: gold spans → BILOU labels over the project's tokens, feature-count pruning, averaged
 * structured perceptron epochs over shuffled sentences (seeded), evaluation helpers.
 */
import { splitSentences } from '../../../text/sentences.js';
import { tokenize } from '../../../text/tokenize.js';
import { extractFeatures, packWordInfo, sentenceBounds, WORD_FLAG, type FeatureResources, type WordInfo } from './features.js';
import { Gazetteer, personNameParts, type GazetteerLists } from './gazetteer.js';
import { seededRandom } from './hash.js';
import { LEARNT_TYPES, labelOf, NUM_LABELS, OUTSIDE, Part, partOf } from './labels.js';
import {
  DEMONYMS, FIRST_NAMES, GROUP_NOUNS, LANGUAGES, MONTHS_DAYS, NAME_CONNECTORS, ORG_SUFFIXES, OTHER_HEADS, OTHER_PREFIXES,
  PLACE_PREFIXES, PLACE_SUFFIXES, TITLE_WORDS,
} from './lexicon.js';
import { NerModel, type NerSpan } from './model.js';
import { FloatScorer, PARTIAL_OUTSIDE, Perceptron, WeightTable, type TokenFeatures } from './perceptron.js';

export interface GoldEntity {
  start: number;
  end: number;
  type: string;
}

export interface GoldDoc {
  doc: string;
  text: string;
  entities: GoldEntity[];
  /** Only PERSON, ORG and LOC are annotated: tokens outside them may be OTHER or NORP names. */
  partial?: boolean;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in training are never given weights. */
  minFeatureCount: number;
  /** Called after each epoch with the averaged model so far. */
  onEpoch?: (epoch: number, errors: number, tokens: number, model: NerModel) => void;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 8, seed: 20260526, minFeatureCount: 1 };

/** Words must be seen this often in the unlabelled text to get a capitalisation prior. */
const MIN_PRIOR_COUNT = 2;

/** Capitalisation prior bucket (1..5) of a word from its mid-sentence counts; 0 = unknown. */
function priorBucket(capitalised: number, total: number): number {
  if (total < MIN_PRIOR_COUNT) return 0;
  const r = capitalised / total;
  return r < 0.05 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : r < 0.95 ? 4 : 5;
}

/**
 * The word lexicon: list flags (written lists + gazetteer given/family names), the capitalisation
 * prior from unlabelled text (how often a word is capitalised away from a sentence start), and
 * word classes when given.
 */
export function buildWordInfo(unlabelled: readonly string[], gazetteer: Gazetteer, classes?: Map<string, number>): WordInfo {
  const flags = new Map<string, number>();
  const flag = (set: Iterable<string>, bit: number) => {
    for (const w of set) flags.set(w, (flags.get(w) ?? 0) | bit);
  };
  flag(TITLE_WORDS, WORD_FLAG.title);
  flag(ORG_SUFFIXES, WORD_FLAG.orgSuffix);
  flag(PLACE_SUFFIXES, WORD_FLAG.placeSuffix);
  flag(PLACE_PREFIXES, WORD_FLAG.placePrefix);
  flag(MONTHS_DAYS, WORD_FLAG.monthDay);
  flag(DEMONYMS, WORD_FLAG.demonym);
  flag(FIRST_NAMES, WORD_FLAG.firstName);
  const names = personNameParts(gazetteer.lists);
  flag(names.first, WORD_FLAG.firstName);
  flag(names.last, WORD_FLAG.lastName);
  flag(NAME_CONNECTORS, WORD_FLAG.connector);
  flag(LANGUAGES, WORD_FLAG.language);
  flag(OTHER_HEADS, WORD_FLAG.otherHead);
  flag(OTHER_PREFIXES, WORD_FLAG.otherPrefix);
  flag(GROUP_NOUNS, WORD_FLAG.group);

  const caps = new Map<string, [number, number]>();
  for (const text of unlabelled) {
    const tokens = tokenize(text);
    const { tokenSentence } = splitSentences(text, tokens);
    for (let i = 1; i < tokens.length; i++) {
      if (tokenSentence[i] !== tokenSentence[i - 1]) continue;
      const prev = text.slice(tokens[i - 1]!.start, tokens[i - 1]!.end);
      if (/^["“'‘(\[:—–-]$/.test(prev)) continue;
      const w = text.slice(tokens[i]!.start, tokens[i]!.end);
      if (!/^\p{L}/u.test(w)) continue;
      const lw = w.toLowerCase();
      const c = caps.get(lw) ?? [0, 0];
      if (/^\p{Lu}/u.test(w)) c[0]++;
      c[1]++;
      caps.set(lw, c);
    }
  }
  const info: WordInfo = new Map();
  const all = new Set([...flags.keys(), ...caps.keys(), ...(classes?.keys() ?? [])]);
  for (const w of all) {
    const c = caps.get(w);
    const v = packWordInfo(flags.get(w) ?? 0, c ? priorBucket(c[0], c[1]) : 0, classes?.get(w) ?? 0);
    if (v !== 0) info.set(w, v);
  }
  return info;
}

/** Upper-cases a string without changing its length (characters whose capital is longer stay). */
function upperSameLength(s: string): string {
  let out = '';
  for (const ch of s) {
    const u = ch.toUpperCase();
    out += u.length === ch.length ? u : ch;
  }
  return out;
}

/**
 * Case augmentation for headlines in capitals: copies of a seeded sample of documents in which
 * the first line and a sample of other lines/sentences are upper-cased (same offsets, same gold).
 */
export function augmentCase(docs: readonly GoldDoc[], docRate: number, sentenceRate: number, seed: number): GoldDoc[] {
  const random = seededRandom(seed);
  const out: GoldDoc[] = [];
  for (const d of docs) {
    if (random() >= docRate) continue;
    const tokens = tokenize(d.text);
    const { sentences } = splitSentences(d.text, tokens);
    let text = d.text;
    sentences.forEach((s, i) => {
      if (i === 0 || random() < sentenceRate) text = text.slice(0, s.start) + upperSameLength(text.slice(s.start, s.end)) + text.slice(s.end);
    });
    out.push({ doc: `${d.doc}#upper`, text, entities: d.entities });
  }
  return out;
}

export interface PreparedDoc {
  doc: string;
  text: string;
  tokens: { start: number; end: number }[];
  bounds: number[];
  feats: TokenFeatures;
  gold: Int32Array;
}

export interface AlignmentStats {
  entities: number;
  /** Entities whose start or end falls inside a token (mapped to the covering tokens). */
  misaligned: number;
  /** Entities covering no token at all (dropped). */
  dropped: number;
  /** Entities overlapping an earlier one after mapping (dropped). */
  overlapping: number;
  /** Entities touching a token that cannot be in a name at run time (dropped; see activeTokens). */
  inactive: number;
}

const TYPE_INDEX = new Map<string, number>(LEARNT_TYPES.map((t, i) => [t, i]));
TYPE_INDEX.set('GPE', TYPE_INDEX.get('LOC')!);

/** BILOU labels for a document's tokens from character spans; counts mismatches in `stats`. */
export function goldLabels(tokens: readonly { start: number; end: number }[], entities: readonly GoldEntity[], stats: AlignmentStats): Int32Array {
  const labels = new Int32Array(tokens.length).fill(OUTSIDE);
  let t = 0;
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    stats.entities++;
    const type = TYPE_INDEX.get(e.type);
    if (type === undefined) continue;
    while (t < tokens.length && tokens[t]!.end <= e.start) t++;
    let last = t;
    while (last < tokens.length && tokens[last]!.start < e.end) last++;
    last--;
    if (last < t) {
      stats.dropped++;
      continue;
    }
    if (tokens[t]!.start !== e.start || tokens[last]!.end !== e.end) stats.misaligned++;
    let clash = false;
    for (let k = t; k <= last; k++) if (labels[k] !== OUTSIDE) clash = true;
    if (clash) {
      stats.overlapping++;
      continue;
    }
    if (t === last) labels[t] = labelOf(type, Part.U);
    else {
      labels[t] = labelOf(type, Part.B);
      for (let k = t + 1; k < last; k++) labels[k] = labelOf(type, Part.I);
      labels[last] = labelOf(type, Part.L);
    }
  }
  return labels;
}

/**
 * Tokens, features and gold labels. With `skipInactive`, training sees what tagging sees: tokens
 * far from any capital or digit get no features and are outside, and the few gold entities that
 * touch them are dropped (counted in stats.inactive).
 */
export function prepareDocs(docs: readonly GoldDoc[], res: FeatureResources, stats: AlignmentStats, skipInactive = true): PreparedDoc[] {
  return docs.map((d) => {
    const tokens = tokenize(d.text);
    const { sentences } = splitSentences(d.text, tokens);
    const bounds = sentenceBounds(tokens, sentences);
    const feats = extractFeatures(d.text, tokens, bounds, res, skipInactive);
    const gold = goldLabels(tokens, d.entities, stats);
    if (d.partial) for (let i = 0; i < tokens.length; i++) if (gold[i] === OUTSIDE && feats.active[i]) gold[i] = PARTIAL_OUTSIDE;
    for (let i = 0; i < tokens.length; i++) {
      if (feats.active[i] || gold[i]! <= OUTSIDE) continue;
      let a = i;
      while (a > 0 && gold[a] !== OUTSIDE && partOf(gold[a]!) !== Part.B && partOf(gold[a]!) !== Part.U) a--;
      let b = i;
      while (b + 1 < tokens.length && gold[b] !== OUTSIDE && partOf(gold[b]!) !== Part.L && partOf(gold[b]!) !== Part.U) b++;
      for (let k = a; k <= b; k++) gold[k] = OUTSIDE;
      stats.inactive++;
    }
    return { doc: d.doc, text: d.text, tokens, bounds, feats, gold };
  });
}

/** Trains a tagger on prepared documents. Deterministic for a given seed. */
export function trainPerceptron(docs: readonly PreparedDoc[], res: FeatureResources, opts: TrainOptions): { model: NerModel; table: WeightTable } {
  const counts = new Map<number, number>();
  for (const d of docs) for (const h of d.feats.feats) counts.set(h, (counts.get(h) ?? 0) + 1);
  let kept = 0;
  for (const c of counts.values()) if (c >= opts.minFeatureCount) kept++;
  const table = new WeightTable(kept + 16);
  for (const [h, c] of [...counts].sort((a, b) => a[0] - b[0])) if (c >= opts.minFeatureCount) table.intern(h);
  const perceptron = new Perceptron(table);
  const units: [number, number, number][] = [];
  docs.forEach((d, di) => {
    for (let s = 0; s + 1 < d.bounds.length; s++) units.push([di, d.bounds[s]!, d.bounds[s + 1]!]);
  });
  const random = seededRandom(opts.seed);
  const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = units.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [units[i], units[j]] = [units[j]!, units[i]!];
    }
    let errors = 0;
    for (const [di, from, to] of units) errors += perceptron.update(docs[di]!.feats, from, to, docs[di]!.gold);
    if (opts.onEpoch) {
      const snap = perceptron.snapshot();
      opts.onEpoch(epoch, errors, tokens, new NerModel(res, new FloatScorer(table.withWeights(snap.weights)), snap.trans));
    }
  }
  perceptron.average();
  return { model: new NerModel(res, new FloatScorer(table), perceptron.trans), table };
}

/**
 * Trains one perceptron per seed over the same feature table and averages their weights: the
 * shuffling order matters a lot with this little data, and the average is steadier than any one.
 */
export function trainAveraged(docs: readonly PreparedDoc[], res: FeatureResources, opts: TrainOptions, seeds: readonly number[]): { model: NerModel; table: WeightTable } {
  let sum: { table: WeightTable; trans: Float32Array } | undefined;
  for (const seed of seeds) {
    const { model, table } = trainPerceptron(docs, res, { ...opts, seed });
    if (!sum) {
      sum = { table, trans: Float32Array.from(model.trans) };
      continue;
    }
    // Same documents, same pruning → same keys in the same rows.
    const w = sum.table.weights;
    for (let i = 0; i < table.rows * NUM_LABELS; i++) w[i]! += table.weights[i]!;
    for (let i = 0; i < sum.trans.length; i++) sum.trans[i]! += model.trans[i]!;
  }
  if (!sum) throw new Error('trainAveraged needs at least one seed');
  const k = seeds.length;
  for (let i = 0; i < sum.table.rows * NUM_LABELS; i++) sum.table.weights[i]! /= k;
  for (let i = 0; i < sum.trans.length; i++) sum.trans[i]! /= k;
  return { model: new NerModel(res, new FloatScorer(sum.table), sum.trans), table: sum.table };
}

export interface Score {
  tp: number;
  pred: number;
  gold: number;
  f1: number;
  byType: Record<string, { tp: number; pred: number; gold: number; f1: number }>;
}

const f1 = (tp: number, pred: number, gold: number) => (pred + gold > 0 ? (2 * tp) / (pred + gold) : 0);

/** Exact span + type micro F1 (GPE counted as LOC, as the project's scorer does). */
export function score(golds: readonly GoldDoc[], preds: readonly NerSpan[][]): Score {
  const norm = (t: string) => (t === 'GPE' ? 'LOC' : t);
  const by: Score['byType'] = {};
  const bump = (t: string, k: 'tp' | 'pred' | 'gold') => ((by[t] ??= { tp: 0, pred: 0, gold: 0, f1: 0 })[k] += 1);
  let tp = 0, pred = 0, gold = 0;
  golds.forEach((g, i) => {
    const keys = new Set(g.entities.map((e) => `${e.start}:${e.end}:${norm(e.type)}`));
    for (const e of g.entities) bump(norm(e.type), 'gold');
    gold += g.entities.length;
    for (const p of preds[i] ?? []) {
      pred++;
      bump(norm(p.type), 'pred');
      if (keys.has(`${p.start}:${p.end}:${norm(p.type)}`)) {
        tp++;
        bump(norm(p.type), 'tp');
      }
    }
  });
  for (const s of Object.values(by)) s.f1 = f1(s.tp, s.pred, s.gold);
  return { tp, pred, gold, f1: f1(tp, pred, gold), byType: by };
}

export function tagDocs(model: NerModel, docs: readonly { text: string }[]): NerSpan[][] {
  return docs.map((d) => {
    const tokens = tokenize(d.text);
    const { sentences } = splitSentences(d.text, tokens);
    return model.tag(d.text, tokens, sentences);
  });
}

export function resourcesFrom(lists: GazetteerLists, unlabelled: readonly string[], classes?: Map<string, number>): FeatureResources {
  const gazetteer = new Gazetteer(lists);
  return { gazetteer, words: buildWordInfo(unlabelled, gazetteer, classes) };
}

