import { defineStage } from '../../pipeline/stage.js';
import type { Token } from '../../model/doc.js';
import { tokenize } from './tokenize.js';
import { splitSentences } from './sentences.js';

export { tokenize } from './tokenize.js';
export { splitSentences } from './sentences.js';

/** Sentences and tokens with offsets. */
export function segmentText(text: string): { sentences: { start: number; end: number }[]; tokens: Token[] } {
  const offsets = tokenize(text);
  const { sentences, tokenSentence } = splitSentences(text, offsets);
  const tokens = offsets.map((t, i) => ({ start: t.start, end: t.end, sentence: tokenSentence[i]! }));
  return { sentences, tokens };
}

export const segment = defineStage({
  name: 'segment',
  requires: ['text'],
  assigns: ['sentences', 'tokens'],
  run(doc) {
    return segmentText(doc.text);
  },
});
