/**
 * Distributional word classes for the tagger: k-means classes of pre-trained GloVe vectors at two
 * granularities, computed once by scripts/build-ner-glove-classes.ts (data/ner-training/glove-classes.txt.gz)
 * and stored in the model's lexicon. Only class ids enter the model, never a vector.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** Word → coarse * 1024 + fine + 1 (0 is reserved for "no class"), from `word fine coarse` lines (gzipped). */
export function readWordClasses(path: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
    const [word, fine, coarse] = line.split(' ');
    if (word && fine && coarse && Number(fine) < 1023 && Number(coarse) < 32) out.set(word, Number(coarse) * 1024 + Number(fine) + 1);
  }
  return out;
}
