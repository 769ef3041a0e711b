import { articleId } from '../../model/id.js';
import type { Doc } from '../../model/doc.js';
import { defineStage, type Patch } from '../../pipeline/stage.js';
import { extractHtml } from './html/index.js';
import { guessLanguage } from './language.js';
import { extractPlainText } from './text/index.js';

export { extractHtml } from './html/index.js';
export { extractPlainText } from './text/index.js';
export { guessLanguage } from './language.js';

type Fields = 'id' | 'text' | 'title' | 'byline' | 'published' | 'modified' | 'publisher' | 'description' | 'url' | 'language' | 'raw';

/**
 * The article from the raw input: HTML pages through the HTML extractor, plain text through the
 * debris rules, JSON Lines records kept exactly as given (so offsets index the input text).
 */
export const extract = defineStage({
  name: 'extract',
  requires: ['raw'],
  uses: ['url'],
  assigns: ['id', 'text', 'title', 'byline', 'published', 'modified', 'publisher', 'description', 'url', 'language', 'raw'],
  run(doc): Patch<Fields> {
    const raw = doc.raw!;
    const base = finish(doc, raw.content);
    if (raw.format === 'record') {
      return {
        ...base,
        id: raw.meta.id ?? articleId(raw.content),
        title: raw.meta.title ?? null,
        url: raw.meta.url ?? null,
        published: normaliseDate(raw.meta.published),
      };
    }
    if (raw.format === 'html') {
      const page = extractHtml(raw.content, doc.url ? { url: doc.url } : {});
      return {
        ...finish(doc, page.text),
        title: page.title ?? raw.meta.title ?? null,
        byline: page.byline ?? raw.meta.byline ?? null,
        published: normaliseDate(page.published ?? raw.meta.published),
        modified: normaliseDate(page.modified ?? undefined),
        publisher: page.publisher,
        description: page.description,
        url: page.url ?? doc.url,
        language: page.language ?? guessLanguage(page.text),
      };
    }
    const article = extractPlainText(raw.content);
    return { ...finish(doc, article.text), title: article.title, byline: article.byline, messages: article.messages };
  },
});

/** Fields every input gets: the text, its id and language; `raw` is dropped once read. */
function finish(doc: Readonly<Doc>, text: string): Patch<Fields> {
  return { text, id: articleId(text), language: guessLanguage(text), url: doc.url, raw: null };
}

/** A date or date-time as ISO 8601, or null when it cannot be read. Plain days stay days. */
export function normaliseDate(value: string | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return Number.isNaN(Date.parse(v)) ? null : v;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
