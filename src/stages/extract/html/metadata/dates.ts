/**
 * `published` and `modified`, in order of trust: JSON-LD, meta tags (OpenGraph article:*, then
 * other publication-date metas), microdata, `<time datetime>`, the URL path, visible dateline text.
 */
import { textOf } from '../tree.js';
import { attrWords, inPageChrome } from '../clean.js';
import type { MetaContext } from './context.js';
import { stringField } from './json-ld.js';
import { dateFromUrl, parseDate } from './date-parse.js';

/** Meta keys of the publication date, most specific first. */
export const PUBLISHED_META_KEYS = [
  'article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'og:published_time',
  'published_time', 'publishdate', 'publish-date', 'publish_date', 'pubdate', 'parsely-pub-date', 'sailthru.date',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'citation_publication_date',
  'date', 'article.published', 'originalpublicationdate', 'cxenseparse:recs:publishtime',
] as const;

export const MODIFIED_META_KEYS = [
  'article:modified_time', 'og:article:modified_time', 'datemodified', 'og:updated_time', 'article:modified',
  'modified_time', 'last-modified', 'lastmod', 'dcterms.modified', 'dc.date.modified', 'article.updated',
] as const;

/** class/id words of elements that show the publication date. */
const DATELINE_ATTR = /date|time|publish|posted|byline|meta|dateline/i;
/** Elements visited when looking for `<time>` and datelines. */
const MAX_DATE_ELEMENTS = 200_000;

function fromMeta(ctx: MetaContext, keys: readonly string[]): string | null {
  for (const k of keys) {
    for (const v of ctx.metas.get(k) ?? []) {
      const d = parseDate(v, ctx.t);
      if (d) return d;
    }
  }
  return null;
}

/** Microdata `itemprop` on an element (not a meta tag): its content/datetime attribute or text. */
function fromMicrodata(ctx: MetaContext, prop: string): string | null {
  const { elements } = ctx.tree;
  for (let i = 0; i < elements.length && i < MAX_DATE_ELEMENTS; i++) {
    const el = elements[i]!;
    if (el.attrs.itemprop !== prop) continue;
    const raw = el.attrs.content ?? el.attrs.datetime ?? textOf(el, 200);
    const d = parseDate(raw, ctx.t);
    if (d) return d;
  }
  return null;
}

function fromTimeElement(ctx: MetaContext): string | null {
  const { elements } = ctx.tree;
  let first: string | null = null;
  for (let i = 0; i < elements.length && i < MAX_DATE_ELEMENTS; i++) {
    const el = elements[i]!;
    if (el.tag !== 'time') continue;
    const raw = el.attrs.datetime ?? textOf(el, 200);
    const d = parseDate(raw, ctx.t);
    if (!d || inPageChrome(el)) continue;
    if (el.attrs.pubdate !== undefined || /publish|posted|created/i.test(attrWords(el))) return d;
    if (first === null && !/modif|updat/i.test(attrWords(el))) first = d;
  }
  return first;
}

/** Visible text that labels the publication date ("Published: …", "Posted on …"). */
const PUBLISHED_LABEL = /^\s*(?:first\s+)?(?:published|posted|publication date|date published)\b/i;
/** A labelled dateline is a small element (a line, not a section). */
const MAX_DATELINE_DESCENDANTS = 50;

function fromDateline(ctx: MetaContext): string | null {
  const { elements } = ctx.tree;
  // 1. text labelled as the publication date
  for (let i = 0; i < elements.length && i < MAX_DATE_ELEMENTS; i++) {
    const el = elements[i]!;
    const first = el.children[0];
    if (typeof first !== 'string' || !PUBLISHED_LABEL.test(first)) continue;
    if (el.last - el.id > MAX_DATELINE_DESCENDANTS) continue;
    const d = parseDate(textOf(el, 300), ctx.t);
    if (d && !inPageChrome(el)) return d;
  }
  // 2. date-looking text in elements whose class says date/time/byline
  for (let i = 0; i < elements.length && i < MAX_DATE_ELEMENTS; i++) {
    const el = elements[i]!;
    const words = attrWords(el);
    if (words === '' || !DATELINE_ATTR.test(words) || /modif|updat/i.test(words)) continue;
    if (el.last - el.id > MAX_DATELINE_DESCENDANTS) continue;
    const text = textOf(el, ctx.t.MAX_DATELINE_SEARCH_CHARS);
    const d = parseDate(text, ctx.t);
    if (d && !inPageChrome(el)) return d;
  }
  return null;
}

export function extractPublished(ctx: MetaContext, canonicalUrl: string | null): string | null {
  const ldValue = ctx.ld.article ? stringField(ctx.ld.article.datePublished ?? ctx.ld.article.dateCreated, ctx.ld) : null;
  const fromLd = ldValue ? parseDate(ldValue, ctx.t) : null;
  return (
    fromLd ??
    fromMeta(ctx, PUBLISHED_META_KEYS) ??
    fromMicrodata(ctx, 'datePublished') ??
    fromTimeElement(ctx) ??
    (canonicalUrl ? dateFromUrl(canonicalUrl, ctx.t) : null) ??
    (ctx.pageUrl ? dateFromUrl(ctx.pageUrl, ctx.t) : null) ??
    fromDateline(ctx)
  );
}

export function extractModified(ctx: MetaContext): string | null {
  const ldValue = ctx.ld.article ? stringField(ctx.ld.article.dateModified, ctx.ld) : null;
  const fromLd = ldValue ? parseDate(ldValue, ctx.t) : null;
  return fromLd ?? fromMeta(ctx, MODIFIED_META_KEYS) ?? fromMicrodata(ctx, 'dateModified');
}

