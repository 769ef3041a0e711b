import type { Offsets } from '../../model/doc.js';

/** A quotation shorter than this many words is a term or a scare quote unless it ends like speech. */
const MIN_SPEECH_WORDS = 4;
/** Marks farther apart than this are not one quotation (an unbalanced mark). */
const MAX_QUOTE_CHARS = 5000;

const PAIRS: Record<string, string> = { '\u201c': '\u201d', '"': '"', '\u00ab': '\u00bb', '\u201e': '\u201c' };

export interface Quoted extends Offsets {
  /** Inside the marks. */
  inner: Offsets;
}

/**
 * Quotations in double marks (straight, curly, guillemets). An opening mark at a paragraph's
 * start without a closing one continues into the next paragraph when that one opens with a mark.
 * Runs in one pass; unbalanced marks are skipped.
 */
export function findQuotations(text: string): Quoted[] {
  const out: Quoted[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const close = PAIRS[ch];
    if (!close) {
      i++;
      continue;
    }
    let j = i + 1;
    let end = -1;
    const limit = Math.min(text.length, i + MAX_QUOTE_CHARS);
    while (j < limit) {
      const c = text[j]!;
      if (c === close) {
        end = j;
        break;
      }
      if (c === '\n') {
        // Paragraph break inside a quotation: it goes on only if the next paragraph reopens it.
        let k = j;
        while (k < limit && /\s/.test(text[k]!)) k++;
        if (text[k] !== ch) break;
        j = k + 1;
        continue;
      }
      j++;
    }
    if (end < 0) {
      i++;
      continue;
    }
    out.push({ start: i, end: end + 1, inner: { start: i + 1, end } });
    i = end + 1;
  }
  return out;
}

/** True when the quoted words read as speech rather than a term, title or scare quote. */
export function isSpeech(text: string, q: Quoted): boolean {
  const inner = text.slice(q.inner.start, q.inner.end).trim();
  const words = inner.split(/\s+/).filter(Boolean).length;
  if (words >= MIN_SPEECH_WORDS) return true;
  return words >= 2 && /[.,!?…]$/.test(inner);
}
