import type { DocJson } from '../model/json.js';

/** Articles further apart than this are not one story, however similar. */
export const MAX_STORY_DAYS_APART = 7;
/** TF-IDF cosine of two articles' words at or above which they tell one story. */
export const MIN_STORY_SIMILARITY = 0.25;
/** Weight of a shared linked entity against a shared word. */
const ENTITY_WEIGHT = 3;

const STOP = new Set(
  'a an the and or but of to in on at for from by with as is are was were be been has have had it its this that these those he she they we i you his her their our not no said says will would could should may might also than then there which who whom what when where why how all any some more most other such into over after before about against between during under up down out off again further once only own same so too very can just'.split(' '),
);

/** Terms of an article: content words of title and text, and its linked entities (weighted). */
function terms(doc: DocJson): Map<string, number> {
  const tf = new Map<string, number>();
  const add = (t: string, w: number) => tf.set(t, (tf.get(t) ?? 0) + w);
  for (const w of `${doc.title ?? ''} ${doc.text}`.toLowerCase().match(/\p{L}[\p{L}'-]+/gu) ?? []) if (!STOP.has(w) && w.length > 2) add(w, 1);
  for (const e of doc.entities) if (e.kb && e.type !== 'NORP') add(`@${e.kb}`, ENTITY_WEIGHT * e.mentions.length);
  return tf;
}

function vectors(docs: readonly DocJson[]): Map<string, number>[] {
  const tfs = docs.map(terms);
  const df = new Map<string, number>();
  for (const tf of tfs) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return tfs.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, f] of tf) {
      const w = (1 + Math.log(f)) * Math.log((docs.length + 1) / df.get(t)!);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) sum += w * (large.get(t) ?? 0);
  return sum;
}

/**
 * Clusters articles into stories: two articles join when they are published within
 * MAX_STORY_DAYS_APART and their TF-IDF vectors (content words plus linked entities) reach
 * MIN_STORY_SIMILARITY. Returns stories as lists of article ids, oldest first, largest first.
 */
export function clusterStories(docs: readonly DocJson[]): string[][] {
  const v = vectors(docs);
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const time = docs.map((d) => (d.published ? Date.parse(d.published) : Number.NaN));
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const apart = Math.abs(time[i]! - time[j]!) / 86_400_000;
      if (!(apart <= MAX_STORY_DAYS_APART) && !(Number.isNaN(time[i]!) || Number.isNaN(time[j]!))) continue;
      if (cosine(v[i]!, v[j]!) >= MIN_STORY_SIMILARITY) parent[find(i)] = find(j);
    }
  }
  const stories = new Map<number, number[]>();
  docs.forEach((_, i) => stories.set(find(i), [...(stories.get(find(i)) ?? []), i]));
  return [...stories.values()]
    .map((members) => members.sort((a, b) => (time[a]! || 0) - (time[b]! || 0)).map((i) => docs[i]!.id))
    .sort((a, b) => b.length - a.length);
}
