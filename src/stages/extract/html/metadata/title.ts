/** `title`: the headline. The page's `<h1>` when it agrees with the metadata, else og:title / JSON-LD headline / `<title>` without the site suffix. */
import { textOf } from '../tree.js';
import type { MetaContext } from './context.js';
import { firstMeta } from './meta-tags.js';
import { stringField } from './json-ld.js';

/** " | Site", " - Site", " — Site" suffixes (and prefixes) of `<title>`. */
const TITLE_SEPARATOR = /\s+[|–—\-:·•»]\s+/;
/** h1 elements looked at. */
const MAX_H1 = 10;

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The longest part of a `<title>` split on separators (the site name is the short part). */
export function stripSiteName(title: string): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  let best = parts[0]!;
  for (const p of parts) if (p.length > best.length) best = p;
  return best.split(/\s+/).length >= 3 ? best : title;
}

export function extractTitle(ctx: MetaContext): string | null {
  const og = firstMeta(ctx.metas, ['og:title', 'twitter:title']);
  const ld = ctx.ld.article ? stringField(ctx.ld.article.headline ?? ctx.ld.article.name, ctx.ld) : null;
  const head = ctx.tree.head.title?.replace(/\s+/g, ' ').trim() || null;
  const references = [og, ld, head].filter((x): x is string => !!x).map(norm);
  let seen = 0;
  for (const el of ctx.tree.elements) {
    if (el.tag !== 'h1') continue;
    if (++seen > MAX_H1) break;
    const text = textOf(el, 500);
    const n = norm(text);
    if (n.length >= 10 && references.some((r) => r.includes(n) || n.includes(r))) return text;
  }
  const pick = og ?? ld ?? (head ? stripSiteName(head) : null);
  return pick ? stripSiteName(pick.replace(/\s+/g, ' ').trim()) : null;
}
