import type { Offsets } from '../../model/doc.js';
import { defineStage } from '../../pipeline/stage.js';
import { segmentText } from '../../text/segment.js';
import { recognise, type Region } from './recognise.js';
import { trimHeadlineNames } from './headline.js';
import { resolveEntities, type Placed } from './resolve.js';

/** Token ranges of sentences, from tokens that carry their sentence index. */
function sentenceRanges(tokens: readonly { sentence: number }[]): { first: number; last: number }[] {
  const ranges: { first: number; last: number }[] = [];
  tokens.forEach((t, i) => {
    const r = ranges[t.sentence];
    if (r) r.last = i;
    else ranges[t.sentence] = { first: i, last: i };
  });
  return ranges.filter(Boolean);
}

function region(text: string, tokens: readonly (Offsets & { sentence: number })[]): Region {
  return { text, tokens, sentences: sentenceRanges(tokens) };
}

/**
 * People, organisations, places and groups: names found in the body and the headline, linked to
 * the knowledge base, grouped into entities (aliases resolved), with roles stated in the text.
 */
export const entities = defineStage({
  name: 'entities',
  requires: ['text', 'tokens', 'sentences'],
  uses: ['title', 'published'],
  assigns: ['entities'],
  run(doc, ctx) {
    const tagged = ctx.ner?.tag(doc.text, doc.tokens, doc.sentences);
    const found: Placed[] = trimHeadlineNames(doc.text, recognise(region(doc.text, doc.tokens), ctx.kb, tagged));
    if (doc.title) {
      // Headlines capitalise every word: keep only names the KB knows or the body also has. The
      // model, trained on running text, reads a capitalised headline as one long name: rules only.
      const bodyNames = new Set(found.map((f) => f.text));
      const title = segmentText(doc.title);
      for (const f of recognise(region(doc.title, title.tokens), ctx.kb)) {
        if (f.entry || bodyNames.has(f.text)) found.push({ ...f, field: 'title' });
      }
    }
    return { entities: resolveEntities(found, doc.published, ctx.kb, doc.text) };
  },
});
