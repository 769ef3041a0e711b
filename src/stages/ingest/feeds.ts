import { NewsgraphError } from '../../errors.js';
import { createDoc } from '../../model/create.js';
import { fetchUrl, parseFeed, type FetchOptions } from '../../net/index.js';
import { decodeBytes } from './encoding.js';
import { readFileBytes } from './read.js';
import type { Item } from './sources.js';
import { isUrl } from './sources.js';

/**
 * The articles a feed (RSS 2.0, RSS 1.0, Atom; a file or a URL) lists: one document per item,
 * to be fetched from its link, with the item's own content kept for when the link fails.
 */
export async function* expandFeeds(feeds: readonly string[], fetchOptions: FetchOptions): AsyncGenerator<Item> {
  for (const location of feeds) {
    let xml: string;
    let base: string | undefined;
    try {
      if (isUrl(location)) {
        const fetched = await fetchUrl(location, fetchOptions);
        xml = decodeBytes(fetched.bytes, { contentType: fetched.contentType, html: true }).text;
        base = fetched.url;
      } else {
        xml = decodeBytes(await readFileBytes(location, fetchOptions.maxBytes), { html: true }).text;
      }
    } catch (error) {
      yield { error: error as NewsgraphError, where: location };
      continue;
    }
    let feed;
    try {
      feed = parseFeed(xml, base);
    } catch (error) {
      yield { error: error as NewsgraphError, where: location };
      continue;
    }
    for (const [n, item] of feed.items.entries()) {
      const entry = { feed: location, title: item.title, published: item.published, author: item.author, content: item.content };
      if (item.link) {
        yield { doc: createDoc({ kind: 'url', location: item.link, item: entry }) };
      } else if (item.content) {
        const meta = { ...(item.title ? { title: item.title } : {}), ...(item.published ? { published: item.published } : {}) };
        yield { doc: createDoc({ kind: 'record', location, line: n + 1, item: entry }, { raw: { format: 'html', content: item.content, meta } }) };
      } else {
        yield { error: new NewsgraphError('NG_INPUT_EMPTY', `${location}: item ${n + 1} has neither a link nor content`), where: location };
      }
    }
  }
}
