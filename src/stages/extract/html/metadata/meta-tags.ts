/** `<meta>` tags indexed by their key (property, name, itemprop or http-equiv), lowercased. */
import type { HeadData } from '../tree.js';

export type MetaIndex = Map<string, string[]>;

export function indexMetas(head: HeadData): MetaIndex {
  const index: MetaIndex = new Map();
  for (const m of head.metas) {
    const content = m.content ?? m.value;
    if (content === undefined) continue;
    const value = content.trim();
    if (value === '') continue;
    for (const key of [m.property, m.name, m.itemprop, m['http-equiv']]) {
      if (!key) continue;
      const k = key.trim().toLowerCase();
      const list = index.get(k);
      if (list) list.push(value);
      else index.set(k, [value]);
    }
  }
  return index;
}

/** First value for the first key that has one. */
export function firstMeta(index: MetaIndex, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = index.get(k);
    if (v && v.length > 0) return v[0]!;
  }
  return null;
}
