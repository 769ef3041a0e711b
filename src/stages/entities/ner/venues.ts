/**
 * Venues: GUM, like OntoNotes' FAC folded into places, types a museum, a hall, a stadium or a
 * space centre as a place, where the model often reads the institution ("the Museum of Flight").
 */
import type { NerSpan } from './model.js';

/** Last words of a venue's name; a centre only of the kinds one visits ("Kennedy Space Center", not "National Hurricane Center"). */
const VENUE_HEADS = /\s(?:Museum|Hall|Stadium|Arena|Theater|Theatre|Zoo|Airport|Base|(?:Space|Science|Convention|Visitors|Rocket|Shopping|Trade|Civic|Arts|Square|Exhibition|Conference|Sports|Community|Aquatic|Cultural) (?:Center|Centre))$/;
/** A venue named by its head and "of" ("Museum of Flight", "National Museum of the U.S. Air Force"). */
const VENUE_OF = /(?:^|\s)(?:Museum|Hall) of\s(?!Fame)/;
/** Institutions named like venues ("Pew Research Center", "Center for …", "… Medical Center"). */
const INSTITUTION_WORDS = /\b(?:Research|Medical|Policy|Studies|Health|Legal|Justice|Rights|Cancer|Trauma|Care|for)\b/;

/** Last words of an industrial or business estate's name. */
export const ESTATE_HEADS = /\s(?:Industrial|Technology|Science|Business|Economic|Processing|Tech|Hi-Tech|High-Tech|Free Trade) (?:Park|Zone|Estate)$/;

/** The spans with organisations named as venues typed as places. */
export function venuesArePlaces(text: string, spans: NerSpan[]): NerSpan[] {
  for (const span of spans) {
    const name = text.slice(span.start, span.end);
    // "Quang Chau Industrial Park", "Shenzhen Special Economic Zone": an estate is a place, never a person.
    if (span.type !== 'GPE' && ESTATE_HEADS.test(name)) span.type = 'LOC';
    if (span.type !== 'ORG') continue;
    if ((VENUE_HEADS.test(name) || VENUE_OF.test(name)) && !INSTITUTION_WORDS.test(name)) span.type = 'LOC';
  }
  return spans;
}
