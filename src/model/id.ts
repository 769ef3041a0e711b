import { createHash } from 'node:crypto';

/** Text as the id sees it: Unicode NFC, lower case, whitespace runs folded to one space. */
export function normaliseForId(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Stable article id: the first 16 hex digits of SHA-256 over the normalised text. */
export function articleId(text: string): string {
  return createHash('sha256').update(normaliseForId(text)).digest('hex').slice(0, 16);
}
