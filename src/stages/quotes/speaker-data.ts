/**
 * Training and evaluation data for the speaker ranker (scripts/train-speakers.ts,
 * scripts/cv-speakers.ts): each gold article is analysed, each quote the stage finds is matched
 * to a gold quote as bench/quotes.ts matches them, and each speaker candidate is labelled right
 * or wrong by the bench's judge.
 */
import { basename } from 'node:path';
import type { Kb } from '../../kb/types.js';
import { createDoc } from '../../model/create.js';
import type { Ref } from '../../model/doc.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { canonicalRef } from './canonical.js';
import { findQuotes } from './index.js';
import { matchQuotes, readGold, speakerMatches } from './gold.js';
import type { TrainingQuote } from './ranker.js';

/** One matched quote: its candidates, which are right, and the rules' choice among them. */
export interface LabelledQuote extends TrainingQuote {
  doc: string;
  /** The quote's offset in its article and its first words. */
  at: number;
  text: string;
  gold: string | null;
  /** Index of the rules' candidate (0: candidates.ts puts it first). */
  rules: number;
  names: (string | null)[];
}

export interface GoldSet {
  file: string;
  quotes: LabelledQuote[];
}

/** The order the gold files were annotated in (progressive validation follows it). */
export const GOLD_ORDER = ['gold', 'gold-fresh', 'gold-blind', ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `gold-blind${n}`)];

/** Refuses any file of the sets kept for judging (blind10, blind11, the GUM news sets, the probe sets). */
export function assertAllowed(path: string): void {
  if (/blind1[01]|gumnews|probe/i.test(path)) throw new Error(`${path}: the sets kept for judging (blind10, blind11, gumnews, probe) are not trained on`);
}

/** Labelled quotes of one gold file. */
export async function loadGoldSet(path: string, kb: Kb): Promise<GoldSet> {
  assertAllowed(path);
  const analyzer = createAnalyzer({ kb, disable: ['quotes', 'events', 'claims', 'flags'] });
  const articles = readGold(path);
  const quotes: LabelledQuote[] = [];
  for (const a of articles) {
    const doc = await analyzer.run(createDoc({ kind: 'record', location: path }, { raw: { format: 'record', content: a.text, meta: { id: a.id, title: a.title, url: a.url, published: a.date } } }));
    if (doc.text !== a.text) throw new Error(`${a.id}: analysed text differs from the gold text`);
    const seen: { at: number; features: string[][]; rules: number; refs: (Ref | null)[] }[] = [];
    const found = findQuotes(doc, kb, {
      model: null,
      onCandidates: (q, cands, view) => {
        seen.push({ at: q.start, features: cands.map((c) => c.features), rules: 0, refs: cands.map((c) => (c.ref ? canonicalRef(view, c.ref) : null)) });
      },
    });
    const pairs = new Map(matchQuotes(a.quotes, found).map(([i, j]) => [j, i]));
    seen.forEach((s, j) => {
      const i = pairs.get(j);
      if (i === undefined) return;
      const gold = a.quotes[i]!.speaker;
      quotes.push({ doc: a.id, at: s.at, text: a.text.slice(s.at, s.at + 60), gold, features: s.features, rules: s.rules, names: s.refs.map((r) => r?.name ?? null), right: s.refs.map((r) => speakerMatches(doc, gold, r)) });
    });
  }
  return { file: basename(path, '.jsonl'), quotes };
}

/** Share of quotes whose chosen candidate is right. */
export function accuracy(quotes: readonly LabelledQuote[], choose: (q: LabelledQuote) => number): { right: number; total: number } {
  let right = 0;
  for (const q of quotes) if (q.right[choose(q)]) right++;
  return { right, total: quotes.length };
}

/** Features that carry the rules' own choice (candidates.ts). */
export const RULES_FEATURE = /^(?:rules|notRules|null\|rules|inRulesName|written)/;

/**
 * How often the training copies the rules err on purpose: the rules erred on 1 − 0.821 of the
 * speakers of the blind sets they were not fitted to, and on about 0.05 of the training quotes.
 */
export const SIMULATED_RULE_ERRORS = 0.13;

/**
 * Copies of a share of the quotes in which the rules chose another candidate (at random, the
 * same each run), so the model trusts the rules about as much as text they were not fitted to
 * warrants, not as much as the gold they were fitted to suggests.
 */
export function simulatedErrors<Q extends TrainingQuote>(quotes: readonly Q[], share: number): Q[] {
  const out: Q[] = [];
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (const q of quotes) {
    if (q.features.length < 2 || random() >= share) continue;
    const j = 1 + Math.floor(random() * (q.features.length - 1));
    const own = q.features[0]!.filter((f) => f.startsWith('rules'));
    const toNull = q.features[j]!.includes('null');
    const features = q.features.map((fs, k) => {
      const rest = fs.filter((f) => !RULES_FEATURE.test(f));
      if (k === j) return [...rest, ...own];
      if (rest.includes('null')) return [...rest, toNull ? 'null|rulesNull' : 'null|rulesNamed'];
      return [...rest, toNull ? 'notRules|rulesNull' : 'notRules'];
    });
    out.push({ ...q, features });
  }
  return out;
}
