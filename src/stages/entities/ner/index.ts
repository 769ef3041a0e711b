/**
 * Statistical named-entity recogniser: an averaged structured perceptron over BILOU tags with
 * Viterbi decoding and hashed sparse features (see docs/ner.md). Trained by scripts/train-ner.ts;
 * the model ships as data/models/ner.bin.gz.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeModel } from './model-file.js';
import type { NerModel } from './model.js';

export type { NerModel, NerSpan, Offsets } from './model.js';
export { NerModelFormatError } from './model-file.js';

/** The shipped model: src/stages/entities/ner/ and dist/stages/entities/ner/ are both 4 levels below the repo root. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../../data/models/ner.bin.gz', import.meta.url));

/** Loads a model file (default: the shipped one). Each call reads and decodes the file again. */
export function loadNerModel(path: string = DEFAULT_MODEL_PATH): NerModel {
  return decodeModel(readFileSync(path));
}
