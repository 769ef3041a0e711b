/**
 * National teams: in a report of sports matches, a country or city name stands for its team (an
 * organisation, as in OntoNotes and GUM: "Belgium defeated Panama 3 – 0"), except where it is
 * the place of something ("at the stadium in Sochi"). The training data has no sports reporting,
 * so the model types such names as places; this pass retypes them.
 */
import type { Offsets } from './model.js';

/** A score: two small numbers joined by a dash ("3 – 0", "1-2"), not a year range or a date. */
const SCORE = /(?<![\d/.,:–-])\b([0-9]|1[0-9])\s?[–—-]\s?([0-9]|1[0-9])\b(?![\d/.,:–-])/g;
const SPORTS_WORDS = new Set([
  'goal', 'goals', 'goalkeeper', 'scored', 'scoring', 'striker', 'midfielder', 'defender', 'penalty', 'referee',
  'tournament', 'league', 'cup', 'championship', 'coach', 'match', 'matches', 'innings', 'wicket', 'touchdown',
  'quarterback', 'halftime', 'half-time', 'semi-final', 'semifinal', 'quarter-final', 'final', 'qualifier',
  'captain', 'squad', 'kick', 'equaliser', 'equalizer', 'midfield', 'stadium', 'fixture', 'olympics', 'medal',
]);
/** Prepositions that make a name the place of something. */
const LOCATIVE = new Set(['in', 'at', 'near', 'across', 'throughout', 'within', 'inside', 'outside', 'around', 'to', 'into', 'from', 'of']);

/** Whether a text reads as a sports report: several scores and many sports words. */
export function isSportsReport(text: string): boolean {
  let scores = 0;
  for (const _ of text.matchAll(SCORE)) if (++scores >= 2) break;
  if (scores < 2) return false;
  let words = 0;
  for (const m of text.matchAll(/\p{L}[\p{L}-]*/gu)) if (SPORTS_WORDS.has(m[0].toLowerCase()) && ++words >= 6) return true;
  return false;
}

/** Last words of club names that are no place's ("Harbridge Rovers", "Castlegate United"). */
const CLUB_WORDS = /\s(?:United|Rovers|Wanderers|Athletic|Albion|Rangers|Hotspur|Harriers|Argyle|FC|AFC)$/;
/** Last words of club names that are also places' ("Dunmore City", "Cape Town"): a club only before a word of the game. */
const CLUB_OR_PLACE = /\s(?:City|Town|County)$/;
const CLUB_CONTEXT = /^\s+(?:striker|forward|midfielder|defender|goalkeeper|winger|captain|manager|coach|boss|player|players|fans|supporters|squad|academy|chairman|owner)\b/;

/**
 * Retypes GPE spans (places the gazetteer knows) and peoples' plural names ("the Belgians") as ORG
 * in a sports report, unless a locative preposition precedes them; and place-typed spans named like clubs ("Harbridge Rovers",
 * "Dunmore City striker …") in any text.
 */
export function nationalTeams<T extends Offsets & { type: string }>(text: string, tokens: readonly Offsets[], spans: T[], isPlace: (phrase: string) => boolean = () => false): T[] {
  for (const s of spans) {
    if (s.type !== 'LOC' && s.type !== 'GPE') continue;
    const name = text.slice(s.start, s.end);
    if (CLUB_WORDS.test(name) || (CLUB_OR_PLACE.test(name) && CLUB_CONTEXT.test(text.slice(s.end, s.end + 14)))) s.type = 'ORG';
  }
  if (!spans.some((s) => s.type === 'GPE' || s.type === 'NORP' || s.type === 'PERSON') || !isSportsReport(text)) return spans;
  let t = 0;
  for (const s of spans) {
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    // "putting the Belgians in the lead": a people's plural name is its team too; so is a country
    // the model read as a person ("Korea substituted Park Joo-Ho").
    const name = text.slice(s.start, s.end);
    const team = (s.type === 'NORP' && /\p{Ll}s$/u.test(name)) || (s.type === 'PERSON' && !/\s/.test(name) && isPlace(name.toLowerCase()));
    if (s.type !== 'GPE' && !team) continue;
    const prev = t > 0 ? text.slice(tokens[t - 1]!.start, tokens[t - 1]!.end).toLowerCase() : '';
    if (LOCATIVE.has(prev)) continue;
    s.type = 'ORG';
  }
  return spans;
}

/** An award named after the one who wins it, right after a span ("… Man| of the Match"). */
const AWARD_TAIL = /^ of the (?:Match|Tournament|Series|Year|Month|Season|Game)\b/;
const AWARD_HEAD = /\s(?:Man|Woman|Player|Hero|Star)$/;

/**
 * Sponsors of awards: "the Budweiser Man of the Match award", which the model reads as a person
 * "Budweiser Man", names a company (the sponsor) and an award; the sponsor is the organisation.
 */
export function awardSponsors<T extends Offsets & { type: string }>(text: string, spans: T[]): T[] {
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    if (s.type !== 'PERSON' || !AWARD_HEAD.test(name) || !AWARD_TAIL.test(text.slice(s.end, s.end + 24))) continue;
    s.end = s.start + name.lastIndexOf(' ');
    s.type = 'ORG';
  }
  return spans;
}
