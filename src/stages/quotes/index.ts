import type { Doc, Quote } from '../../model/doc.js';
import { defineStage } from '../../pipeline/stage.js';
import { attributionAfter, attributionBefore } from './attribution.js';
import { findQuotations, isSpeech } from './direct.js';
import { findIndirect } from './indirect.js';
import { indexMentions, type MentionIndex } from './speaker.js';

/** Direct quotations with their speakers, then reported speech outside them. */
export function findQuotes(doc: Readonly<Doc>): Quote[] {
  const index = indexMentions(doc.entities);
  const direct = directQuotes(doc, index);
  const quotes: Quote[] = [...direct];
  const text = doc.text;
  let t = 0;
  for (const sentence of doc.sentences) {
    const tokens = [];
    while (t < doc.tokens.length && doc.tokens[t]!.start < sentence.end) {
      const tok = doc.tokens[t++]!;
      const word = text.slice(tok.start, tok.end);
      tokens.push({ start: tok.start, end: tok.end, word, lower: word.toLowerCase() });
    }
    quotes.push(...findIndirect(doc, index, sentence, tokens, direct));
  }
  return quotes.sort((a, b) => a.start - b.start);
}

function directQuotes(doc: Readonly<Doc>, index: MentionIndex): Quote[] {
  const text = doc.text;
  const quoted = findQuotations(text).filter((q) => isSpeech(text, q));
  const out: Quote[] = [];
  for (let i = 0; i < quoted.length; i++) {
    const q = quoted[i]!;
    let inner = { ...q.inner };
    let attribution = attributionAfter(doc, index, q.end);
    // `"…," he said, "…"`: one quotation interrupted by its attribution.
    const next = quoted[i + 1];
    if (attribution && next && /^[\s,;:]*$/.test(text.slice(attribution.end, next.start))) {
      inner = { start: inner.start, end: next.inner.end };
      i++;
    }
    if (!attribution) {
      const sentence = doc.sentences.find((s) => s.start <= q.start && q.start < s.end);
      attribution = attributionBefore(doc, index, q.start, sentence?.start ?? 0);
    }
    const quote: Quote = {
      kind: 'direct',
      start: inner.start,
      end: inner.end,
      text: text.slice(inner.start, inner.end),
      speaker: attribution?.speaker ?? null,
      rule: attribution ? 'quotation-attributed' : 'quotation',
    };
    if (attribution) quote.verb = attribution.verb;
    out.push(quote);
  }
  return out;
}

/** Direct and indirect quotes, each with its speaker (null when none can be found). */
export const quotes = defineStage({
  name: 'quotes',
  requires: ['text', 'sentences', 'tokens'],
  uses: ['entities'],
  assigns: ['quotes'],
  run(doc) {
    return { quotes: findQuotes(doc) };
  },
});
