/**
 * Datelines: "BRANTLEY, Ohio — A man was charged …" opens a report with the town it was filed
 * from, then its state or country. The model, which has seen few datelines, reads an unknown town
 * in capitals as a person; there it is a place, and so is the same name elsewhere in the text
 * ("Brantley police said").
 */
import type { NerSpan } from './model.js';

/** After the town: a comma, a state or country (one or two words, maybe abbreviated: "Ore.", "N.M."), then a dash or an agency in brackets; not a hyphen inside a word ("X, Director-General of …"). */
const REGION_THEN_DASH = /^, (?:\p{Lu}[\p{L}.]*)(?: \p{Lu}[\p{L}.]*)?(?: ?[—–]| - | ?\()/u;

/** A town in capitals, a dash and a name read as one span ("BRUSSELS - Kinvo"): the town's length is group 1's. */
const TOWN_DASH_NAME = /^(\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*) [-—–] (?=\p{Lu})/u;

/** The spans with a dateline's town, and its other mentions read as people, typed as a place; a town read into the name after its dash is cut off. */
export function datelinePlaces(text: string, spans: NerSpan[]): NerSpan[] {
  const towns = new Set<string>();
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const town = (span.start === 0 || text[span.start - 1] === '\n') ? TOWN_DASH_NAME.exec(text.slice(span.start, span.end)) : null;
    if (!town) continue;
    spans.splice(i++, 0, { start: span.start, end: span.start + town[1]!.length, type: 'GPE', confidence: span.confidence });
    span.start += town[0].length;
  }
  for (const span of spans) {
    if (span.type === 'GPE' || span.type === 'LOC') continue;
    const lineStart = span.start === 0 || text[span.start - 1] === '\n';
    if (!lineStart || !REGION_THEN_DASH.test(text.slice(span.end, span.end + 40))) continue;
    span.type = 'GPE';
    towns.add(text.slice(span.start, span.end).toLowerCase());
  }
  if (towns.size === 0) return spans;
  for (const span of spans) if (span.type === 'PERSON' && towns.has(text.slice(span.start, span.end).toLowerCase())) span.type = 'GPE';
  return spans;
}
