/**
 * Organisation names that go on with "for (the)": the model often closes "Andy Warhol Foundation"
 * before "for the Visual Arts" and types the rest as another name. An organisation ending in an
 * organisation word, then "for" or "for the", then a name right after is one organisation.
 */
import type { NerSpan } from './model.js';
import { ORG_SUFFIXES } from './lexicon.js';

const FOR_THE = /^ for (?:the )?$/;

/** The spans with each "ORG for (the) NAME" pair joined into one organisation. */
export function joinOrganisationTails(text: string, spans: NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const span of spans) {
    const previous = out[out.length - 1];
    if (previous && previous.type === 'ORG' && span.type !== 'PERSON' && FOR_THE.test(text.slice(previous.end, span.start)) && ORG_SUFFIXES.has(lastWord(text, previous).toLowerCase())) {
      out[out.length - 1] = { ...previous, end: span.end, confidence: Math.min(previous.confidence, span.confidence) };
      continue;
    }
    out.push(span);
  }
  return out;
}

function lastWord(text: string, span: NerSpan): string {
  const words = text.slice(span.start, span.end).split(/\s+/);
  return words[words.length - 1]!;
}
