import type { Doc, Quote } from '../../model/doc.js';
import type { Kb } from '../../kb/types.js';
import { defineStage } from '../../pipeline/stage.js';
import { findDirect } from './direct.js';
import { findIndirect } from './indirect.js';
import { canonicalRef } from './canonical.js';
import { createView, type View } from './view.js';
import { speakerCandidates, type Candidate } from './candidates.js';
import { bestCandidate, loadSpeakerModel, type SpeakerModel } from './ranker.js';

export { findQuotations } from './marks.js';
export { looksLikeName } from './direct.js';

export interface QuoteOptions {
  /** The speaker ranker's model (default: the shipped one, defaultSpeakerModel()); null for the rules alone. */
  model?: SpeakerModel | null;
  /** Called with each quote (speaker as the rules give it) and its speaker candidates. */
  onCandidates?: (q: Quote, candidates: Candidate[], view: View) => void;
}

let shipped: SpeakerModel | undefined;
/** The shipped speaker model, read once. */
export function defaultSpeakerModel(): SpeakerModel {
  return (shipped ??= loadSpeakerModel());
}

/**
 * Direct quotations and reported speech, each with its speaker (null when the text names
 * nobody), sorted by position. A direct quotation inside reported speech ("said the plan was
 * "dead on arrival"") is kept as both. The rules find each quote and a speaker; given a model, the
 * speaker ranker (ranker.ts) then picks among the candidates near it, the rules' choice among them.
 */
export function findQuotes(doc: Readonly<Doc>, kb?: Kb, options: QuoteOptions = {}): Quote[] {
  const view = createView(doc, kb);
  // Who spoke where is recorded as quotes are attributed, so that "He added, …" can follow the
  // last speaker: direct quotations, then reported speech, then direct quotations again with
  // every speaker known.
  findDirect(view);
  const indirect = findIndirect(view);
  const direct = findDirect(view);
  inheritSpeakers(direct, indirect);
  const all = [...direct, ...indirect].sort((a, b) => a.start - b.start || a.end - b.end);
  const model = options.model !== undefined ? options.model : defaultSpeakerModel();
  if (model || options.onCandidates) rankSpeakers(view, all, model, options.onCandidates);
  // Speaker names in their canonical form (fullest name, spelled-out acronym), once per name.
  const names = new Map<string, Quote['speaker']>();
  for (const q of all) {
    if (!q.speaker) continue;
    const key = `${q.speaker.entity ?? ''}\u0000${q.speaker.name}`;
    let ref = names.get(key);
    if (ref === undefined) names.set(key, (ref = canonicalRef(view, q.speaker)));
    q.speaker = ref;
  }
  return all;
}

/**
 * A direct quotation inside reported speech whose speaker is known, with no speaker of its own
 * (`The rebels had "no intention of …" this year, Ahmed Khan said`), is that speaker's. A frame
 * of its own, even with a null speaker (`critics called "…"`), is kept.
 */
function inheritSpeakers(direct: Quote[], indirect: readonly Quote[]): void {
  for (const q of direct) {
    if (q.speaker || q.rule !== 'quotation') continue;
    const outer = indirect.find((r) => r.speaker && r.start <= q.start && q.end <= r.end);
    if (outer) Object.assign(q, { speaker: outer.speaker, rule: 'quotation-in-report' });
  }
}

/** Each quote's speaker as the ranker picks it among its candidates (the rules' choice, when given, is one). */
function rankSpeakers(view: View, all: Quote[], model: SpeakerModel | null, onCandidates: QuoteOptions['onCandidates']): void {
  const picks: Quote['speaker'][] = [];
  let previous: Quote['speaker'] = null;
  for (const q of all) {
    const cands = speakerCandidates(view, q, previous);
    onCandidates?.(q, cands, view);
    previous = q.speaker;
    picks.push(model ? cands[bestCandidate(model, cands)]!.ref : q.speaker);
  }
  all.forEach((q, i) => (q.speaker = picks[i]!));
}

/** Direct and indirect quotes, each with its speaker (null when none can be found). */
export const quotes = defineStage({
  name: 'quotes',
  requires: ['text', 'sentences', 'tokens'],
  uses: ['entities'],
  assigns: ['quotes'],
  run(doc, ctx) {
    return { quotes: findQuotes(doc, ctx.kb) };
  },
});
