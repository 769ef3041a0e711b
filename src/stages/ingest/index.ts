import { describeError, NewsgraphError } from '../../errors.js';
import type { Doc, Raw } from '../../model/doc.js';
import { fetchUrl } from '../../net/fetch.js';
import { defineStage, type Options, type Patch } from '../../pipeline/stage.js';
import { decodeBytes, looksBinary } from './encoding.js';
import { formatOfPath, readFileBytes } from './read.js';
import { looksLikeHtml } from './sniff.js';

export { expandInputs, isUrl, type Item } from './sources.js';
export { expandFeeds } from './feeds.js';
export { readStdin } from './read.js';

/** Reads the input's bytes (files, URLs; stdin bytes come with the document) and decodes them to `raw`. */
export const ingest = defineStage({
  name: 'ingest',
  requires: ['origin'],
  uses: ['raw', 'bytes'],
  assigns: ['raw', 'bytes', 'url'],
  async run(doc, ctx) {
    if (doc.raw) return {};
    const where = doc.origin.location;
    let bytes = doc.bytes;
    let contentType: string | undefined;
    let url: string | null = null;
    if (!bytes && doc.origin.kind === 'file') bytes = await readFileBytes(where, ctx.options.maxBytes);
    if (!bytes && doc.origin.kind === 'url') {
      let fetched;
      try {
        fetched = await fetchUrl(where, fetchOptions(ctx.options));
      } catch (error) {
        const fallback = fromFeedItem(doc, error);
        if (fallback) return fallback;
        throw error;
      }
      bytes = fetched.bytes;
      contentType = fetched.contentType;
      url = fetched.url;
    }
    if (!bytes) throw new NewsgraphError('NG_INPUT_EMPTY', `${where} has no content`);
    return { raw: decodeRaw(bytes, where, formatHint(doc, contentType), contentType), bytes: null, url };
  },
});

/** A feed item whose link failed: its own content, with the feed's title and date. */
function fromFeedItem(doc: Readonly<Doc>, error: unknown): Patch<'raw' | 'bytes' | 'url'> | undefined {
  const item = doc.origin.item;
  if (!item?.content) return undefined;
  const meta: Raw['meta'] = { url: doc.origin.location };
  if (item.title) meta.title = item.title;
  if (item.published) meta.published = item.published;
  if (item.author) meta.byline = item.author;
  return {
    raw: { format: 'html', content: item.content, meta },
    url: doc.origin.location,
    messages: [{ severity: 'warning', source: 'newsgraph:ingest', rule: 'feed-fallback', note: `used the feed's content: ${describeError(error)}` }],
  };
}

/** URL fetch limits from the pipeline's options (also used for feeds, outside the pipeline). */
export function fetchOptions(options: Options) {
  const { maxBytes, fetchTimeoutMs: timeoutMs, allowPrivate } = options;
  return { maxBytes, timeoutMs, allowPrivate };
}

function formatHint(doc: Readonly<Doc>, contentType: string | undefined): 'text' | 'html' | undefined {
  if (contentType) return /html|xml/i.test(contentType) ? 'html' : /text\/plain/i.test(contentType) ? 'text' : undefined;
  const format = doc.origin.kind === 'file' ? formatOfPath(doc.origin.location) : undefined;
  return format === 'html' || format === 'text' ? format : undefined;
}

/** Bytes → text; refuses empty, oversized and binary input with an error naming `where`. */
export function decodeRaw(bytes: Uint8Array, where: string, format?: 'text' | 'html', contentType?: string): Raw {
  if (bytes.length === 0) throw new NewsgraphError('NG_INPUT_EMPTY', `${where} is empty`);
  if (looksBinary(bytes)) throw new NewsgraphError('NG_INPUT_BINARY', `${where} looks like binary data`);
  let text: string;
  try {
    text = decodeBytes(bytes, { contentType, html: format !== 'text' }).text;
  } catch (error) {
    if (error instanceof NewsgraphError) throw new NewsgraphError(error.code, `${where}: ${error.message}`, { cause: error });
    throw error;
  }
  if (!text.trim()) throw new NewsgraphError('NG_INPUT_EMPTY', `${where} has no text`);
  const kind = format ?? (looksLikeHtml(text) ? 'html' : 'text');
  return { format: kind, content: text, meta: contentType ? { contentType } : {} };
}
