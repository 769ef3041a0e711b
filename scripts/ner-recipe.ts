/** Training settings shared by scripts/train-ner.ts (the shipped model) and scripts/cv-ner.ts (cross-validation). */

/** Share of training documents copied with upper-cased headline, and share of their other sentences upper-cased. */
export const CASE_AUGMENT_DOC_RATE = 0.3;
export const CASE_AUGMENT_SENTENCE_RATE = 0.1;
/** One perceptron per seed; the shipped weights are their average (see trainAveraged). */
export const TRAIN_SEEDS = [20260526, 20260527, 20260528, 20260529, 20260530, 20260531, 20260601];
/** How many times each hand-annotated news article (data/ner-training/wikinews.jsonl.gz) is repeated in training. */
export const NEWS_WEIGHT = 3;
