import type { EntityType } from '../../../model/doc.js';
import { extractFeatures, sentenceBounds, type FeatureResources, type FeatureScratch } from './features.js';
import { labelOf, LEARNT_TYPES, NUM_LABELS, OUTSIDE, Part, partOf, typeOf } from './labels.js';
import { viterbi, ViterbiBuffers, type EmissionScorer } from './perceptron.js';
import { documentConsistency } from './consistency.js';
import { closeNicknames, closePatronymics, trimResidents, extendNameStarts, familiesByName, peopleByFamilyName, joinAmpersands, joinGaelicPatronymics, joinHyphenatedNames, joinOrganisationTails, joinPeoplesBodies, joinSpelledTails, titledGivenNames, personNamedWorks, splitAtBy, trimNumberTails } from './joins.js';
import { venuesArePlaces } from './venues.js';
import { eastAsianNames } from './east-asian.js';
import { romanceBodies } from './romance.js';

/**
 * Passes over the model's spans, in order. The organisation joins run twice: a name joined in the
 * first pass can take another part before it ("Nursing and" + "Midwifery Workers' Union").
 */
const SPAN_PASSES: readonly ((text: string, spans: NerSpan[]) => NerSpan[])[] = [
  trimNumberTails, splitAtBy, closeNicknames, trimResidents, joinHyphenatedNames, extendNameStarts, joinPeoplesBodies, joinAmpersands, joinGaelicPatronymics, joinOrganisationTails, joinOrganisationTails, joinSpelledTails, titledGivenNames, personNamedWorks,
  venuesArePlaces, eastAsianNames, romanceBodies, familiesByName, peopleByFamilyName, awardSponsors, companiesByContext, datelinePlaces, agedNames, titledOffices, spelledAcronyms,
];

/** Heads that end a body's name, capitalised ("… Centre", "… Police"): two such names joined by "and" are two bodies. */
const PAIR_HEADS = new Set([
  'Centre', 'Center', 'Police', 'Service', 'Agency', 'Council', 'Commission', 'Office', 'Authority', 'Ministry', 'Department',
  'Bureau', 'Committee', 'Board', 'Institute', 'University', 'College', 'Hospital', 'Foundation', 'Trust', 'Association',
  'Federation', 'Union', 'League', 'Party', 'Alliance', 'Coalition', 'Corporation', 'Company', 'Group', 'Bank', 'Court',
  'Army', 'Navy', 'Force', 'Inc', 'Ltd', 'Plc',
]);

/** Countries' short names that the place list lacks, for teams in sports reports ("Korea" for Korea Republic). */
const SHORT_COUNTRY_NAMES = new Set(['korea', 'congo', 'macedonia', 'czechia']);
import { marginToConfidence } from './confidence.js';
import { awardSponsors, nationalTeams } from './sports.js';
import { companiesByContext } from './companies.js';
import { datelinePlaces } from './datelines.js';
import { agedNames } from './aged.js';
import { titledOffices } from './offices.js';
import { spelledAcronyms } from './acronyms.js';

export interface Offsets {
  start: number;
  end: number;
}

export interface NerSpan {
  start: number;
  end: number;
  type: EntityType;
  /** Margin-based score in (0, 1): how far the worst token of the span beat its best rival label. */
  confidence: number;
}

/** Longest run of tokens decoded as one unit; longer sentences are cut (only transitions are lost). */
export const MAX_DECODE_TOKENS = 300;
/** Tokens per feature-extraction block; bounds memory on very long inputs. */
export const MAX_BLOCK_TOKENS = 20_000;
/** Words whose word-feature sums the scorer keeps between documents (about 100 bytes each). */
const MAX_WORD_SUMS = 50_000;
const L = NUM_LABELS;
/** Articles that may open a sentence before a name ("A Foreign Office spokesperson"). */
const ARTICLES = new Set(['A', 'An']);
/** The token before a sentence's first word, with the space after it (an end mark, a line break, an opening mark). */
const OPENS_SENTENCE = /(?:[.!?:;"“”'‘’(]\s*|\n\s*)$/;
/** Words that label a photo or video credit in captions ("Image: Nick Moreau"). */
/** An acronym ("UNICEF", "NATO"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;
const CAPTION_LABELS = new Set(['Image', 'Photo', 'Picture', 'Video', 'Credit', 'Source', 'IMAGE', 'PHOTO']);

/** A trained tagger: feature resources, weights and transition scores. */
export class NerModel {
  /** Apply the one-sense-per-document pass (consistency.ts) after decoding. */
  consistency = true;
  /** Feature buffer reused by `tag` (tagging is synchronous, so calls never interleave). */
  private readonly scratch: FeatureScratch = { feats: new Int32Array(0) };
  private readonly scores = new Float32Array(MAX_DECODE_TOKENS * L);
  private readonly path = new Int32Array(MAX_DECODE_TOKENS);
  private readonly buffers = new ViterbiBuffers();
  constructor(
    readonly resources: FeatureResources,
    readonly scorer: EmissionScorer,
    readonly trans: Float32Array,
  ) {}

  /** Entity spans of `text`, sorted and non-overlapping, in character offsets. */
  tag(text: string, tokens: readonly Offsets[], sentences: readonly Offsets[]): NerSpan[] {
    const out: NerSpan[] = [];
    if (tokens.length === 0) return out;
    const bounds = sentenceBounds(tokens, sentences);
    this.scorer.trimWordSums?.(MAX_WORD_SUMS);
    // Sentence boundaries, with giant sentences cut every MAX_BLOCK_TOKENS tokens.
    const cuts = [0];
    for (let s = 1; s < bounds.length; s++) {
      let x = cuts[cuts.length - 1]!;
      while (bounds[s]! - x > MAX_BLOCK_TOKENS) cuts.push((x += MAX_BLOCK_TOKENS));
      cuts.push(bounds[s]!);
    }
    // Blocks of whole sentences, at most MAX_BLOCK_TOKENS each.
    for (let b = 0; b + 1 < cuts.length; ) {
      let e = b + 1;
      while (e + 1 < cuts.length && cuts[e + 1]! - cuts[b]! <= MAX_BLOCK_TOKENS) e++;
      const from = cuts[b]!;
      // built by push, as sentenceBounds builds them: the feature extractor sees one array shape
      const local: number[] = [];
      for (let k = b; k <= e; k++) local.push(cuts[k]! - from);
      this.tagBlock(text, tokens.slice(from, cuts[e]!), local, out);
      b = e;
    }
    const joined = SPAN_PASSES.reduce((spans, pass) => pass(text, spans), out);
    const places = this.resources.gazetteer.places;
    return nationalTeams(text, tokens, closePatronymics(text, this.consistency ? documentConsistency(text, tokens, joined) : joined), (phrase) => places.has(phrase) || SHORT_COUNTRY_NAMES.has(phrase));
  }

  /**
   * The "and" joining two whole names inside one span ("European Union and India", "World Health
   * Organization and UNICEF"): each side a gazetteer name or an acronym, the whole none ("Trinidad
   * and Tobago"), or both sides opening with the same word ("Ministry of Health and Ministry of
   * Education"). -1 when the span is one name ("Food and Drug Administration").
   */
  private namedPair(text: string, tokens: readonly Offsets[], first: number, last: number): number {
    const gazetteer = this.resources.gazetteer;
    const known = (a: number, b: number) => a <= b && (gazetteer.has(lowerTokens(text, tokens, a, b)) || (a === b && ACRONYM.test(text.slice(tokens[a]!.start, tokens[a]!.end))));
    for (let k = first + 1; k < last; k++) {
      if (text.slice(tokens[k]!.start, tokens[k]!.end) !== 'and') continue;
      if (known(first, k - 1) && known(k + 1, last) && !gazetteer.has(lowerTokens(text, tokens, first, last))) return k;
      // "Ministry of Health and Ministry of Education": the same head opens both names.
      if (k - first >= 2 && last - k >= 3 && text.slice(tokens[first]!.start, tokens[first]!.end) === text.slice(tokens[k + 1]!.start, tokens[k + 1]!.end)) return k;
      // "National Cyber Security Centre and West Yorkshire Police": two names of two words or more, each ending in a body's head.
      const head = (i: number) => PAIR_HEADS.has(text.slice(tokens[i]!.start, tokens[i]!.end));
      if (k - first >= 2 && last - k >= 2 && head(k - 1) && head(last) && !gazetteer.has(lowerTokens(text, tokens, first, last))) return k;
      // "the Cybersecurity and Infrastructure Security Agency and Britain's National Cyber Security Centre": a body, then a country owning the next.
      if (k - first >= 2 && last === k + 1 && head(k - 1) && gazetteer.places.has(lowerTokens(text, tokens, last, last)) && /^['’]s\s/.test(text.slice(tokens[last]!.end, tokens[last]!.end + 3))) return k;
    }
    return -1;
  }

  /** A country or city is GPE, also where the model read it as an organisation ("Iran said"): GUM, like OntoNotes, types a country standing for its government as a place. */
  private placeType(text: string, tokens: readonly Offsets[], first: number, last: number, span: NerSpan): NerSpan {
    if ((span.type === 'LOC' || span.type === 'ORG') && this.resources.gazetteer.places.has(lowerTokens(text, tokens, first, last))) span.type = 'GPE';
    return span;
  }

  private tagBlock(text: string, tokens: readonly Offsets[], bounds: readonly number[], out: NerSpan[]): void {
    const feats = extractFeatures(text, tokens, bounds, this.resources, true, this.scratch, this.scorer.wordSums);
    let scores: Float32Array = this.scores;
    let path: Int32Array = this.path;
    const buffers = this.buffers;
    const active = feats.active;
    for (let s = 0; s + 1 < bounds.length; s++) {
      const sentenceStart = bounds[s]!;
      const sentenceEnd = bounds[s + 1]!;
      // Tokens that cannot be in a name are outside: decode only the stretches of the others (the
      // same labels as decoding the whole sentence; see viterbi's startPrev and endIntoOutside).
      let stretchEnd = sentenceStart;
      for (let from = sentenceStart; from < sentenceEnd; ) {
        if (from >= stretchEnd) {
          while (from < sentenceEnd && !active[from]) from++;
          if (from >= sentenceEnd) break;
          stretchEnd = from;
          while (stretchEnd < sentenceEnd && active[stretchEnd]) stretchEnd++;
        }
        const to = Math.min(stretchEnd, from + MAX_DECODE_TOKENS);
        const n = to - from;
        // A long stretch is cut every MAX_DECODE_TOKENS tokens, each piece decoded on its own.
        const startPrev = from > sentenceStart && !active[from - 1] ? OUTSIDE : -1;
        const endIntoOutside = to === stretchEnd && to < sentenceEnd;
        scores = this.scorer.emissions(feats, from, to, scores);
        path = viterbi(scores, n, this.trans, path, buffers, startPrev, endIntoOutside);
        let start = -1;
        for (let t = 0; t < n; t++) {
          const y = path[t]!;
          if (y === OUTSIDE) continue;
          const p = partOf(y);
          if (p === Part.B || p === Part.U) start = t;
          if ((p === Part.L || p === Part.U) && start >= 0) {
            const type = typeOf(y);
            const span = {
              start: tokens[from + start]!.start,
              end: tokens[from + t]!.end,
              type: LEARNT_TYPES[type]! as EntityType,
              confidence: marginToConfidence(spanMargin(scores, start, t, type)),
            };
            // A photo credit after a caption ("… in Washington D.C. Image: NASA"): the label word is no name.
            if (start < t && from + t + 1 < tokens.length && CAPTION_LABELS.has(text.slice(tokens[from + t]!.start, tokens[from + t]!.end)) &&
              text.slice(tokens[from + t + 1]!.start, tokens[from + t + 1]!.end) === ':') {
              span.end = tokens[from + t - 1]!.end;
            }
            const last = span.end === tokens[from + t]!.end ? from + t : from + t - 1;
            let first = from + start;
            // "A Foreign Office spokesperson": an article opening a sentence is no part of a name.
            if (first < last && span.type !== 'OTHER' && ARTICLES.has(text.slice(tokens[first]!.start, tokens[first]!.end)) &&
              (first === 0 || OPENS_SENTENCE.test(text.slice(tokens[first - 1]!.start, tokens[first]!.start))) && !this.resources.gazetteer.has(lowerTokens(text, tokens, first, last))) {
              span.start = tokens[++first]!.start;
            }
            const pair = this.namedPair(text, tokens, first, last);
            if (pair >= 0) {
              out.push(this.placeType(text, tokens, first, pair - 1, { ...span, end: tokens[pair - 1]!.end }));
              out.push(this.placeType(text, tokens, pair + 1, last, { ...span, start: tokens[pair + 1]!.start }));
            } else out.push(this.placeType(text, tokens, first, last, span));
            start = -1;
          }
        }
        from = to;
      }
    }
  }
}

/**
 * How much better the span [first, last] scores (emissions only) with its type than with the best
 * other type over the same tokens, or with all tokens outside.
 */
function spanMargin(scores: Float32Array, first: number, last: number, type: number): number {
  const typeScore = (ty: number) => {
    if (first === last) return scores[first * L + labelOf(ty, Part.U)]!;
    let sum = scores[first * L + labelOf(ty, Part.B)]! + scores[last * L + labelOf(ty, Part.L)]!;
    for (let t = first + 1; t < last; t++) sum += scores[t * L + labelOf(ty, Part.I)]!;
    return sum;
  };
  let outside = 0;
  for (let t = first; t <= last; t++) outside += scores[t * L + OUTSIDE]!;
  const own = typeScore(type);
  let rival = outside;
  for (let ty = 0; ty < LEARNT_TYPES.length; ty++) if (ty !== type) rival = Math.max(rival, typeScore(ty));
  return own - rival;
}

function lowerTokens(text: string, tokens: readonly Offsets[], first: number, last: number): string {
  let s = '';
  for (let i = first; i <= last; i++) s += (i > first ? ' ' : '') + text.slice(tokens[i]!.start, tokens[i]!.end).toLowerCase();
  return s;
}
