/**
 * Speaker ranker: a linear model over the features of each speaker candidate (candidates.ts),
 * trained as a conditional log-linear model (softmax over a quote's candidates) by
 * scripts/train-speakers.ts; the model ships as data/models/speakers.json (docs/quotes.md).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Candidate } from './candidates.js';

/** The shipped model: src/stages/quotes/ and dist/stages/quotes/ are both 3 levels below the repo root. */
export const DEFAULT_SPEAKER_MODEL_PATH = fileURLToPath(new URL('../../../data/models/speakers.json', import.meta.url));

export const SPEAKER_MODEL_KIND = 'newsgraph-speaker-ranker';
export const SPEAKER_MODEL_VERSION = 1;

export interface SpeakerModel {
  kind: typeof SPEAKER_MODEL_KIND;
  version: number;
  /** What it was trained on (file names) and how. */
  trainedOn: string[];
  weights: Record<string, number>;
}

export class SpeakerModelError extends Error {}

/** Checks a parsed model file; throws SpeakerModelError when it is not a speaker model. */
export function checkSpeakerModel(value: unknown): SpeakerModel {
  const m = value as Partial<SpeakerModel> | null;
  if (!m || typeof m !== 'object') throw new SpeakerModelError('speaker model: not an object');
  if (m.kind !== SPEAKER_MODEL_KIND) throw new SpeakerModelError(`speaker model: kind is ${String(m.kind)}, not ${SPEAKER_MODEL_KIND}`);
  if (m.version !== SPEAKER_MODEL_VERSION) throw new SpeakerModelError(`speaker model: version ${String(m.version)} is not ${SPEAKER_MODEL_VERSION}`);
  if (!Array.isArray(m.trainedOn)) throw new SpeakerModelError('speaker model: no trainedOn list');
  if (!m.weights || typeof m.weights !== 'object') throw new SpeakerModelError('speaker model: no weights');
  for (const [k, w] of Object.entries(m.weights)) {
    if (typeof w !== 'number' || !Number.isFinite(w)) throw new SpeakerModelError(`speaker model: weight of ${k} is not a finite number`);
  }
  return m as SpeakerModel;
}

/** Reads and checks a model file (default: the shipped one). */
export function loadSpeakerModel(path: string = DEFAULT_SPEAKER_MODEL_PATH): SpeakerModel {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new SpeakerModelError(`speaker model: cannot read ${path}: ${(e as Error).message}`);
  }
  return checkSpeakerModel(parsed);
}

const maps = new WeakMap<object, Map<string, number>>();
/** The weights as a map, made once per model. */
function weightMap(model: Pick<SpeakerModel, 'weights'>): Map<string, number> {
  let m = maps.get(model.weights);
  if (!m) maps.set(model.weights, (m = new Map(Object.entries(model.weights))));
  return m;
}

/** A candidate's score: the sum of its features' weights. */
export function scoreOf(model: Pick<SpeakerModel, 'weights'>, c: Candidate): number {
  const w = weightMap(model);
  let s = 0;
  for (const f of c.features) s += w.get(f) ?? 0;
  return s;
}

/** Index of the best candidate; the first wins ties (the rules' choice comes first). */
export function bestCandidate(model: Pick<SpeakerModel, 'weights'>, cands: readonly Candidate[]): number {
  let best = 0;
  let bestScore = -Infinity;
  cands.forEach((c, i) => {
    const s = scoreOf(model, c);
    if (s > bestScore) [best, bestScore] = [i, s];
  });
  return best;
}

/** One training quote: its candidates' features and which candidates are right. */
export interface TrainingQuote {
  features: string[][];
  right: boolean[];
}

export interface TrainOptions {
  /** Full-batch AdaGrad steps. */
  steps: number;
  rate: number;
  /** L2 penalty per weight. */
  l2: number;
  /** Features seen in fewer quotes are dropped. */
  minCount: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { steps: 300, rate: 0.2, l2: 0.2, minCount: 2 };

/**
 * Weights maximising the penalised log-likelihood that a quote's speaker is one of its right
 * candidates (softmax over candidates). Quotes with no right candidate are skipped. Deterministic:
 * full-batch steps over features in sorted order.
 */
export function trainRanker(data: readonly TrainingQuote[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS): Record<string, number> {
  const usable = data.filter((d) => d.right.some(Boolean) && d.features.length > 1);
  const names = featureNames(usable, options.minCount);
  const index = new Map(names.map((n, i) => [n, i]));
  const quotes = usable.map((d) => ({ cands: d.features.map((fs) => fs.map((f) => index.get(f)).filter((i): i is number => i !== undefined)), right: d.right }));
  const w = new Float64Array(names.length);
  const g2 = new Float64Array(names.length);
  const grad = new Float64Array(names.length);
  for (let step = 0; step < options.steps; step++) {
    grad.fill(0);
    for (const q of quotes) addGradient(w, q.cands, q.right, grad);
    for (let i = 0; i < w.length; i++) {
      const g = grad[i]! - options.l2 * w[i]!;
      g2[i]! += g * g;
      if (g2[i]! > 0) w[i]! += (options.rate * g) / Math.sqrt(g2[i]!);
    }
  }
  const out: Record<string, number> = {};
  names.forEach((n, i) => {
    const v = Math.round(w[i]! * 1e4) / 1e4;
    if (v !== 0) out[n] = v;
  });
  return out;
}

/** Features used by at least `minCount` quotes, sorted. */
function featureNames(data: readonly TrainingQuote[], minCount: number): string[] {
  const counts = new Map<string, number>();
  for (const d of data) for (const f of new Set(d.features.flat())) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
}

/** Adds to `grad` the gradient of one quote's log-likelihood: log of the probability of its right candidates. */
function addGradient(w: Float64Array, cands: number[][], right: boolean[], grad: Float64Array): void {
  const scores = cands.map((fs) => fs.reduce((s, i) => s + w[i]!, 0));
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const z = exp.reduce((a, b) => a + b, 0);
  const zRight = exp.reduce((a, e, k) => a + (right[k] ? e : 0), 0);
  cands.forEach((fs, k) => {
    // d/dw: E[f | right] − E[f].
    const coef = (right[k] ? exp[k]! / zRight : 0) - exp[k]! / z;
    if (coef !== 0) for (const i of fs) grad[i]! += coef;
  });
}
