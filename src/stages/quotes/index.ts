import type { Doc, Quote } from '../../model/doc.js';
import type { Kb } from '../../kb/types.js';
import { defineStage } from '../../pipeline/stage.js';
import { findDirect, fragmentsIn } from './direct.js';
import { findIndirect } from './indirect.js';
import { canonicalRef } from './canonical.js';
import { createView } from './view.js';
import { echoSpeakers, headlineSpeakers } from './echo.js';
import { FRAME_ACTS } from './verbs.js';

export { findQuotations } from './marks.js';
export { looksLikeName } from './direct.js';

/**
 * Direct quotations and reported speech, each with its speaker (null when the text names
 * nobody), sorted by position. A direct quotation inside reported speech ("said the plan was
 * "dead on arrival"") is kept as both.
 */
export function findQuotes(doc: Readonly<Doc>, kb?: Kb): Quote[] {
  const view = createView(doc, kb);
  // Who spoke where is recorded as quotes are attributed, so that "He added, …" can follow the
  // last speaker: direct quotations, then reported speech, then direct quotations again with
  // every speaker known.
  findDirect(view);
  const indirect = findIndirect(view);
  const direct = [...findDirect(view), ...fragmentsIn(view, indirect)];
  inheritSpeakers(direct, indirect);
  actsAfterReports(view.text, direct, indirect);
  echoSpeakers(direct);
  const all = [...direct, ...indirect].sort((a, b) => a.start - b.start || a.end - b.end);
  headlineSpeakers(view, all);
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

/** Verbs whose unknown subject is someone else speaking (`the first officer saying "…"`, `officials described as "…"`). */
const OWN_SPEECH = new Set(['say', 'tell', 'describe']);
/** Verbs of what findings show, not of speech. */
const SHOWING = new Set(['show', 'find']);

/**
 * A direct quotation inside reported speech whose speaker is known, with no speaker of its own
 * (`The rebels had "no intention of …" this year, Ahmed Khan said`; `X told reporters the
 * strikes showed Kyiv was "not interested …"`), is that speaker's; not when someone nobody
 * names says it there.
 */
function inheritSpeakers(direct: Quote[], indirect: readonly Quote[]): void {
  for (const q of direct) {
    // `X "knowingly provided …" and falsified …, OFAC said`: a quotation in a clause reported after it is the reporter's, not the clause subject's.
    const inClause = q.rule === 'quotation-in-clause';
    // `X said the report showed that Frontex had become "…"`: what a finding shows, inside someone's report, is theirs.
    const shown = q.speaker !== null && SHOWING.has(q.verb ?? '');
    if (!inClause && !shown && (q.speaker || OWN_SPEECH.has(q.verb ?? ''))) continue;
    const outer = indirect.find((r) => r.speaker && r.start <= q.start && q.end <= r.end && (!inClause || r.rule === 'clause-x-said') && !(shown && SHOWING.has(r.verb ?? '')));
    if (outer) Object.assign(q, { speaker: outer.speaker, rule: 'quotation-in-report' });
  }
}

/**
 * `said it "firmly supports" the crackdown and urged citizens not to trust offers of "high pay"`:
 * a quotation with no speaker in an act coordinated after reported speech is the reporter's.
 */
function actsAfterReports(text: string, direct: Quote[], indirect: readonly Quote[]): void {
  for (const q of direct) {
    if (q.speaker) continue;
    const r = indirect.findLast((x) => x.end < q.start && q.start - x.end < MAX_ACT_CHARS);
    const m = r && ACT_AFTER.exec(text.slice(r.end, q.start));
    if (r?.speaker && m && FRAME_ACTS.test(m[1]!)) Object.assign(q, { speaker: r.speaker, rule: 'quotation-in-report' });
  }
}

/** Most characters from reported speech to a quotation in an act after it. */
const MAX_ACT_CHARS = 160;
/** "and urged viewers to "": the act's verb, then words up to the quotation in the same sentence. */
const ACT_AFTER = /^[,\s]*(?:and|but)\s+(?:also\s+)?(\p{Ll}+)\b[^.;!?"“”]*["“‘']?$/u;

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
