import type { Offsets, Token } from '../model/doc.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

/** Sentences and tokens of a text with offsets; each token knows its sentence. */
export function segmentText(text: string): { sentences: Offsets[]; tokens: Token[] } {
  const offsets = tokenize(text);
  const { sentences, tokenSentence } = splitSentences(text, offsets);
  const tokens = offsets.map((t, i) => ({ start: t.start, end: t.end, sentence: tokenSentence[i]! }));
  return { sentences, tokens };
}
