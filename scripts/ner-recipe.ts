/** Training settings and data readers shared by scripts/train-ner.ts (the shipped model) and scripts/cv-ner.ts (cross-validation). */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** The records of a JSON Lines file. */
export const readJsonl = <T>(path: string): T[] => parseJsonl<T>(readFileSync(path, 'utf8'));
/** The records of a gzipped JSON Lines file (the training files under data/ner-training/). */
export const readJsonlGz = <T>(path: string): T[] => parseJsonl<T>(gunzipSync(readFileSync(path)).toString('utf8'));
const parseJsonl = <T>(text: string): T[] => text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);

/** Share of training documents copied with upper-cased headline, and share of their other sentences upper-cased. */
export const CASE_AUGMENT_DOC_RATE = 0.3;
export const CASE_AUGMENT_SENTENCE_RATE = 0.1;
/** One perceptron per seed; the shipped weights are their average (see trainAveraged). */
export const TRAIN_SEEDS = [20260526, 20260527, 20260528, 20260529, 20260530, 20260531, 20260601];
/** How many times each hand-annotated news article (data/ner-training/wikinews.jsonl.gz) is repeated in training. */
export const NEWS_WEIGHT = 3;
