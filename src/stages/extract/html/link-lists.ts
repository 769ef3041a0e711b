/**
 * Lists of links: a <ul>/<ol> whose items nearly all hold a link and a good share of whose text
 * is link text is a related-stories / "more" list, even when each item is under the per-block
 * link-density bar. Article bullet points rarely link in every item.
 */
import type { Element, Tree } from './tree.js';
import type { Block } from './blocks.js';
import type { Thresholds } from './thresholds.js';

/** How far up from a list item's block owner the list element is looked for. */
const MAX_LIST_ITEM_DEPTH = 4;

/** The `<ul>`/`<ol>` a list-item block belongs to (its id), or -1. */
export function listOf(owner: Element): number {
  let el: Element | null = owner;
  for (let i = 0; el !== null && i < MAX_LIST_ITEM_DEPTH; i++, el = el.parent) {
    if (el.tag === 'ul' || el.tag === 'ol') return el.id;
  }
  return -1;
}

/** Ids of lists whose items are mostly links: related-story lists, not article bullet points. */
export function findLinkLists(tree: Tree, blocks: readonly Block[], t: Thresholds): Set<number> {
  const stats = new Map<number, { items: number; linked: number; chars: number; linkChars: number }>();
  for (const b of blocks) {
    if (b.kind !== 'li') continue;
    const list = listOf(tree.elements[b.owner]!);
    if (list < 0) continue;
    const s = stats.get(list) ?? { items: 0, linked: 0, chars: 0, linkChars: 0 };
    s.items++;
    if (b.linkChars > 0) s.linked++;
    s.chars += b.chars;
    s.linkChars += b.linkChars;
    stats.set(list, s);
  }
  const out = new Set<number>();
  for (const [id, s] of stats) {
    if (s.items >= t.MIN_LINK_LIST_ITEMS && s.linked >= s.items * t.MIN_LINKED_ITEM_SHARE && s.linkChars >= s.chars * t.MIN_LINK_LIST_DENSITY) out.add(id);
  }
  return out;
}
