/**
 * HTML article extractor (orchestrator). The sequence:
 *
 * 1. `buildTree` — htmlparser2 → compact element tree + head data (meta, link, title, JSON-LD),
 *    with caps on input size, element count, depth and text, so any input ends in bounded time.
 * 2. Metadata, one extractor per field (metadata/*): title, byline, dates, publisher, canonical
 *    URL, language, description — each a cascade from the most to the least trusted source.
 * 3. `collectBlocks` — the tree → paragraph blocks with length / link features, skipping
 *    structural chrome (nav, aside, footer, forms, hidden elements…).
 * 4. `selectContent` — class/id boilerplate, best container by prose density, block filters.
 * 5. Blocks joined with blank lines. When that gives almost nothing (pages made of short
 *    paragraphs, tables or lists), step 4 is run again with a lower prose bar and the longer
 *    result is kept.
 *
 * Never throws on bad HTML: anything unparseable yields empty fields.
 */
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds.js';
import { buildTree } from './tree.js';
import { collectBlocks } from './blocks.js';
import { selectContent } from './content.js';
import { indexMetas } from './metadata/meta-tags.js';
import { readJsonLd } from './metadata/json-ld.js';
import type { MetaContext } from './metadata/context.js';
import { extractTitle } from './metadata/title.js';
import { extractByline } from './metadata/byline.js';
import { extractModified, extractPublished } from './metadata/dates.js';
import { extractDescription, extractLanguage, extractPublisher, extractUrl } from './metadata/site.js';

export { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds.js';
export { cleanByline } from './metadata/byline.js';
export { parseDate, dateFromUrl } from './metadata/date-parse.js';
export { primaryLanguage } from './metadata/site.js';

/** What the HTML extractor finds in a page. Absent fields are null. */
export interface HtmlArticle {
  title: string | null;
  /** Body paragraphs separated by blank lines. */
  text: string;
  byline: string | null;
  published: string | null;
  modified: string | null;
  publisher: string | null;
  url: string | null;
  language: string | null;
  description: string | null;
}

export interface ExtractHtmlOptions {
  /** The address the page was fetched from (resolves a relative canonical URL; URL-path dates). */
  url?: string;
  /** Overrides of the calibrated thresholds. */
  thresholds?: Partial<Thresholds>;
}

/** Extracts the article (body text and metadata) from an HTML page. */
export function extractHtml(html: string, hints: ExtractHtmlOptions = {}): HtmlArticle {
  const t: Thresholds = { ...DEFAULT_THRESHOLDS, ...hints.thresholds };
  const tree = buildTree(typeof html === 'string' ? html : '', t);
  const ctx: MetaContext = {
    tree,
    metas: indexMetas(tree.head),
    ld: readJsonLd(tree.head.jsonLd),
    pageUrl: hints.url ?? null,
    t,
  };
  const title = extractTitle(ctx);
  const url = extractUrl(ctx);
  const blocks = collectBlocks(tree.root);
  let text = selectContent(tree, blocks, t, title).map((b) => b.text).join('\n\n');
  if (text.length < t.MIN_TEXT_CHARS_BEFORE_FALLBACK) {
    // fallback: pages of short paragraphs, tables or lists have little "prose" by the normal bar
    const relaxed = { ...t, MIN_GOOD_BLOCK_CHARS: t.MIN_GOOD_BLOCK_CHARS * t.MAX_FALLBACK_BLOCK_CHARS_FACTOR };
    const second = selectContent(tree, blocks, relaxed, title).map((b) => b.text).join('\n\n');
    if (second.length > text.length) text = second;
  }
  return {
    title,
    text,
    byline: extractByline(ctx),
    published: extractPublished(ctx, url),
    modified: extractModified(ctx),
    publisher: extractPublisher(ctx),
    url,
    language: extractLanguage(ctx),
    description: extractDescription(ctx),
  };
}
