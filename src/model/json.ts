import type { Doc } from './doc.js';

/** The public JSON shape of a document: everything but working state (`raw`, `bytes`, `tokens`). */
export type DocJson = Omit<Doc, 'raw' | 'bytes' | 'tokens'>;

export function toJson(doc: Doc): DocJson {
  const { raw: _raw, bytes: _bytes, tokens: _tokens, ...rest } = doc;
  return rest;
}
