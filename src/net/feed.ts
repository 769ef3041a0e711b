import { NewsgraphError } from '../errors.js';
import { parseFeedDate } from './feed-date.js';
import { NS, attr, child, children, htmlToText, innerHtml, parseXml, resolveUrl, text, type XElement } from './feed-xml.js';

/**
 * RSS 2.0 (and 0.9x), RSS 1.0 / RDF and Atom 1.0 (and 0.3) into one shape. Lenient: a missing or
 * unreadable field is null, never a crash; only a document that is not a feed at all is an error.
 * Relative links are resolved against xml:base where given, else against `baseUrl` (the feed's
 * own URL); links that are not absolute http(s) after that are null.
 */

export type FeedFormat = 'rss' | 'rdf' | 'atom';

export interface FeedItem {
  /** guid / Atom id / rdf:about, else the link. */
  id: string | null;
  /** Plain text. */
  title: string | null;
  /** Absolute http(s) URL of the article. */
  link: string | null;
  /** ISO 8601 in UTC. */
  published: string | null;
  /** Names, comma-separated when several. */
  author: string | null;
  /** The fullest of content:encoded, Atom content, description, summary: HTML, or text. */
  content: string | null;
}

export interface Feed {
  format: FeedFormat;
  title: string | null;
  /** The site the feed belongs to (not the feed's own URL). */
  link: string | null;
  items: FeedItem[];
}

/**
 * Namespaces RSS elements appear in: none (RSS 2.0/0.9x), RSS 1.0, RSS 0.90, and the two
 * namespaces some RSS 2.0 generators wrongly declare as default.
 */
const RSS: readonly string[] = ['', NS.rss10, NS.rss09, 'http://backend.userland.com/rss2', 'http://blogs.law.harvard.edu/tech/rss'];
const ATOM: readonly string[] = [NS.atom, NS.atom03];
/** Atom elements, including a namespace-less `<feed>` (seen in broken feeds). */
const ATOM_LENIENT: readonly string[] = [...ATOM, ''];
const DC: readonly string[] = [NS.dc];
const DC_ANY: readonly string[] = [NS.dc, NS.dcterms];

const NOT_A_FEED_HINT = 'Give the address of an RSS or Atom feed.';

/** Parses an RSS or Atom document. Throws NG_INPUT_UNSUPPORTED when it is neither. */
export function parseFeed(xml: string, baseUrl?: string): Feed {
  const roots = parseXml(xml, baseUrl === undefined ? undefined : resolveUrl(baseUrl, undefined));
  const root = roots[0];
  if (root !== undefined) {
    if (root.local === 'rss' && RSS.includes(root.ns)) return readRss(root);
    if (root.local === 'RDF' && root.ns === NS.rdf) return readRdf(root);
    if (root.local === 'feed' && ATOM_LENIENT.includes(root.ns)) return readAtom(root);
  }
  const found = root === undefined ? 'no XML element' : `root element <${root.node.name}>`;
  throw new NewsgraphError('NG_INPUT_UNSUPPORTED', `The document is not RSS or Atom (${found})`, { hint: NOT_A_FEED_HINT });
}

/** Cheap sniff: does the text start (after prolog, comments, doctype) with an RSS, RDF or Atom root? */
export function isFeed(text: string): boolean {
  const head = text.replace(/^\uFEFF/, '');
  const prolog = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)*/i.exec(head);
  const rest = head.slice(prolog?.[0].length ?? 0);
  const root = /^<(?:[\w.-]+:)?(rss|feed|RDF)[\s/>]/.exec(rest);
  if (root === null) return false;
  if (root[1] === 'RDF') return /purl\.org\/rss\/1\.0\/|my\.netscape\.com\/rdf\/simple\/0\.9/.test(rest.slice(0, 4096));
  return true;
}

function readRss(rss: XElement): Feed {
  const channel = child(rss, RSS, 'channel');
  // Items belong in the channel; some feeds put them beside it.
  const items = [...(channel === undefined ? [] : children(channel, RSS, 'item')), ...children(rss, RSS, 'item')];
  return {
    format: 'rss',
    title: channel === undefined ? null : plainTitle(child(channel, RSS, 'title')),
    link: channel === undefined ? null : rssLink(channel),
    items: items.map((item) => readRssItem(item, channel)),
  };
}

function readRdf(rdf: XElement): Feed {
  const channel = child(rdf, RSS, 'channel');
  return {
    format: 'rdf',
    title: channel === undefined ? null : plainTitle(child(channel, RSS, 'title')),
    link: channel === undefined ? null : rssLink(channel),
    items: children(rdf, RSS, 'item').map((item) => readRssItem(item, channel)),
  };
}

function readRssItem(item: XElement, channel: XElement | undefined): FeedItem {
  const guid = child(item, RSS, 'guid');
  const guidText = text(guid);
  const permalink = guid !== undefined && attr(guid, 'isPermaLink')?.trim().toLowerCase() !== 'false';
  const link = rssLink(item) ?? (permalink ? (resolveUrl(guidText, item.base) ?? null) : null);
  const about = attr(item, 'about')?.trim();
  return {
    id: guidText ?? (about || undefined) ?? link,
    title: plainTitle(child(item, RSS, 'title')),
    link,
    published: firstDate([child(item, RSS, 'pubDate'), child(item, DC_ANY, 'date'), child(item, DC_ANY, 'issued'), child(item, DC_ANY, 'created')]),
    author: rssAuthor(item) ?? (channel === undefined ? null : names(children(channel, DC, 'creator'))),
    content: fullest([
      text(child(item, [NS.content], 'encoded')),
      atomText(child(item, ATOM, 'content')),
      text(child(item, RSS, 'description')),
      text(child(item, DC, 'description')),
      atomText(child(item, ATOM, 'summary')),
    ]),
  };
}

/** `<link>` text, else an Atom alternate link (some RSS feeds use `atom:link` for everything). */
function rssLink(element: XElement): string | null {
  for (const link of children(element, RSS, 'link')) {
    const href = resolveUrl(text(link) ?? attr(link, 'href'), link.base);
    if (href !== undefined) return href;
  }
  return alternateLink(element);
}

/** RSS `<author>` is an e-mail address, often `jo@example.com (Jo Smith)`: keep the name. */
function rssAuthor(item: XElement): string | null {
  const creators = names(children(item, DC, 'creator'));
  if (creators !== null) return creators;
  const author = text(child(item, RSS, 'author'));
  if (author !== undefined) return /\(([^)]+)\)\s*$/.exec(author)?.[1]?.trim() ?? author;
  return names(children(item, ATOM, 'author').map((a) => child(a, ATOM, 'name') ?? a)) ?? text(child(item, [NS.itunes], 'author')) ?? null;
}

function readAtom(feed: XElement): Feed {
  const feedAuthor = atomAuthors(feed);
  return {
    format: 'atom',
    title: atomTitle(child(feed, ATOM_LENIENT, 'title')),
    link: alternateLink(feed),
    items: children(feed, ATOM_LENIENT, 'entry').map((entry) => readAtomEntry(entry, feedAuthor)),
  };
}

function readAtomEntry(entry: XElement, feedAuthor: string | null): FeedItem {
  const link = alternateLink(entry);
  const date = (local: string) => child(entry, ATOM_LENIENT, local);
  return {
    id: text(child(entry, ATOM_LENIENT, 'id')) ?? link,
    title: atomTitle(child(entry, ATOM_LENIENT, 'title')),
    link,
    published: firstDate([date('published'), date('issued'), date('created'), date('updated'), date('modified'), child(entry, DC_ANY, 'date')]),
    author: atomAuthors(entry) ?? names(children(entry, DC, 'creator')) ?? feedAuthor,
    content: fullest([
      atomText(child(entry, ATOM_LENIENT, 'content')),
      text(child(entry, [NS.content], 'encoded')),
      atomText(child(entry, ATOM_LENIENT, 'summary')),
    ]),
  };
}

function atomAuthors(element: XElement): string | null {
  return names(children(element, ATOM_LENIENT, 'author').map((author) => child(author, ATOM_LENIENT, 'name') ?? author));
}

/**
 * The Atom link to show a person: rel="alternate" (or no rel), preferring an HTML type; the
 * feed's own `self` link and enclosures are not it.
 */
function alternateLink(element: XElement): string | null {
  const links = children(element, ATOM_LENIENT, 'link').filter((link) => attr(link, 'href') !== undefined);
  const alternates = links.filter((link) => (attr(link, 'rel')?.trim().toLowerCase() ?? 'alternate') === 'alternate');
  const html = alternates.find((link) => /html/i.test(attr(link, 'type') ?? 'text/html'));
  for (const link of html === undefined ? alternates : [html, ...alternates]) {
    const href = resolveUrl(attr(link, 'href'), link.base);
    if (href !== undefined) return href;
  }
  return null;
}

/**
 * Atom text construct (title, summary, content): `text` and `html` are the decoded text
 * (`html` then holds markup), `xhtml` is the inner markup of its `<div>`. Out-of-line content
 * (`src=`) and non-text media types give undefined.
 */
function atomText(element: XElement | undefined): string | undefined {
  if (element === undefined || attr(element, 'src') !== undefined) return undefined;
  const type = (attr(element, 'type') ?? 'text').trim().toLowerCase();
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    const div = child(element, [NS.xhtml, ''], 'div');
    const html = innerHtml(div ?? element).trim();
    return html === '' ? undefined : html;
  }
  if (type === 'text' || type === 'html' || type.startsWith('text/')) return text(element);
  return undefined;
}

/**
 * An RSS title as plain text. RSS says titles are text, but many feeds put markup or HTML
 * entities (`&nbsp;`, invalid in XML) in them; those are reduced to their text.
 */
function plainTitle(element: XElement | undefined): string | null {
  const value = text(element);
  if (value === undefined) return null;
  const looksLikeMarkup = /<\/?[a-z][^>]*>|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(value);
  const plain = looksLikeMarkup ? htmlToText(value) : value.replace(/\s+/g, ' ');
  return plain === '' ? null : plain;
}

/** An Atom title: `text` as is, `html` and `xhtml` reduced to their text. */
function atomTitle(element: XElement | undefined): string | null {
  const value = atomText(element);
  if (value === undefined || element === undefined) return null;
  const type = (attr(element, 'type') ?? 'text').trim().toLowerCase();
  const plain = type === 'text' ? value.replace(/\s+/g, ' ') : htmlToText(value);
  return plain === '' ? null : plain;
}

function names(elements: readonly XElement[]): string | null {
  const list = elements.map((element) => text(element)?.replace(/\s+/g, ' ')).filter((name): name is string => name !== undefined);
  return list.length === 0 ? null : [...new Set(list)].join(', ');
}

function firstDate(candidates: readonly (XElement | undefined)[]): string | null {
  for (const candidate of candidates) {
    const date = parseFeedDate(text(candidate));
    if (date !== null) return date;
  }
  return null;
}

/** The candidate with the most visible text; earlier candidates win ties. */
function fullest(candidates: readonly (string | undefined)[]): string | null {
  let best: string | null = null;
  let bestLength = 0;
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    const length = htmlToText(candidate).length;
    if (best === null || length > bestLength) {
      best = candidate;
      bestLength = length;
    }
  }
  return best;
}
