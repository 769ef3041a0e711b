/**
 * The quote gold files (test/fixtures/quotes/gold*.jsonl, docs/annotation/quotes.md) and how a
 * prediction is judged against them: shared by bench/quotes.ts and the speaker ranker's data.
 */
import { readFileSync } from 'node:fs';
import type { Doc, QuoteKind, Ref } from '../../model/doc.js';

export interface GoldQuote {
  kind: QuoteKind;
  start: number;
  end: number;
  text: string;
  verb?: string;
  speaker: string | null;
}

export interface GoldArticle {
  id: string;
  title: string;
  date: string;
  url: string;
  text: string;
  quotes: GoldQuote[];
}

export function readGold(path: string): GoldArticle[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldArticle);
}

type Span = { start: number; end: number };
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** One-to-one matching by largest overlap first (or equal spans only): pairs [gold index, predicted index]. */
export function matchQuotes(g: readonly Span[], p: readonly Span[], exact = false): [number, number][] {
  const cands: [number, number, number][] = [];
  g.forEach((gq, i) =>
    p.forEach((pq, j) => {
      if (exact ? gq.start === pq.start && gq.end === pq.end : overlap(gq, pq) > 0) cands.push([overlap(gq, pq), i, j]);
    }),
  );
  cands.sort((x, y) => y[0] - x[0]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of cands) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

/**
 * A leading "the" is not part of who spoke ("The Baltimore Sun" = "Baltimore Sun"); joint
 * speakers ("A and B", annotation rules §4.1) match in any order.
 */
const norm = (s: string) =>
  s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim().replace(/^the /, '').split(' and ').sort().join(' and ');

/** Whether a predicted speaker is the gold one: null = null; else the gold name is the predicted name or a name, alias or mention of its entity. */
export function speakerMatches(doc: Doc, gold: string | null, ref: Ref | null): boolean {
  if (gold === null || ref === null) return gold === ref;
  const names = new Set([norm(ref.name)]);
  const entity = ref.entity ? doc.entities.find((e) => e.id === ref.entity) : undefined;
  if (entity) for (const n of [entity.name, ...entity.aliases, ...entity.mentions.map((m) => m.text)]) names.add(norm(n));
  return names.has(norm(gold)) || (!entity && jointMatches(doc, gold, ref.name));
}

/** Joint speakers name the same entities in any order, each by any of its names ("Britain and Canada" = "United Kingdom and Canada"). */
function jointMatches(doc: Doc, gold: string, predicted: string): boolean {
  const key = (part: string): string => {
    const n = norm(part);
    const e = doc.entities.find((x) => [x.name, ...x.aliases, ...x.mentions.map((m) => m.text)].some((w) => norm(w) === n));
    return e ? `#${e.id}` : n;
  };
  const g = gold.split(' and ').map(key).sort();
  const p = predicted.split(' and ').map(key).sort();
  return g.length > 1 && g.length === p.length && g.every((x, i) => x === p[i]);
}
