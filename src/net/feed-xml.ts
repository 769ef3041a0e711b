import { isTag, type AnyNode, type Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';

/**
 * A namespace-aware view of an XML document parsed by htmlparser2 (which keeps `prefix:name` as
 * the tag name). Feeds pick their prefixes freely (`<a10:link>`, a default Atom namespace, …), so
 * elements are matched by namespace URI and local name. Undeclared well-known prefixes
 * (`content:`, `dc:` without xmlns, common in broken feeds) fall back to their usual namespace.
 * htmlparser2 does not expand DTD entities, so entity-expansion bombs are inert.
 */

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  rss10: 'http://purl.org/rss/1.0/',
  rss09: 'http://my.netscape.com/rdf/simple/0.9/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  xhtml: 'http://www.w3.org/1999/xhtml',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

const WELL_KNOWN_PREFIXES: Readonly<Record<string, string>> = {
  atom: NS.atom,
  rdf: NS.rdf,
  content: NS.content,
  dc: NS.dc,
  dcterms: NS.dcterms,
  itunes: NS.itunes,
  xhtml: NS.xhtml,
  xml: NS.xml,
};

export interface XElement {
  ns: string;
  local: string;
  /** The element's base URL (xml:base chain resolved against the document base), if any. */
  base: string | undefined;
  children: XElement[];
  node: Element;
}

/** Parses XML leniently (unclosed tags, stray text are tolerated) into namespaced elements. */
export function parseXml(xml: string, baseUrl: string | undefined): XElement[] {
  const document = parseDocument(xml, { xmlMode: true });
  return build(document.children, new Map(), baseUrl);
}

function build(nodes: readonly AnyNode[], scope: ReadonlyMap<string, string>, base: string | undefined): XElement[] {
  const elements: XElement[] = [];
  for (const node of nodes) {
    if (!isTag(node)) continue;
    const inner = declare(node, scope);
    const colon = node.name.indexOf(':');
    const prefix = colon === -1 ? '' : node.name.slice(0, colon);
    const local = colon === -1 ? node.name : node.name.slice(colon + 1);
    const ns = inner.get(prefix) ?? WELL_KNOWN_PREFIXES[prefix] ?? (prefix === '' ? '' : `urn:undeclared:${prefix}`);
    const xmlBase = node.attribs['xml:base'];
    const elementBase = xmlBase === undefined ? base : (resolveUrl(xmlBase, base) ?? base);
    elements.push({ ns, local, base: elementBase, children: build(node.children, inner, elementBase), node });
  }
  return elements;
}

function declare(node: Element, scope: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  let inner: Map<string, string> | undefined;
  for (const [name, value] of Object.entries(node.attribs)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      inner ??= new Map(scope);
      inner.set(name === 'xmlns' ? '' : name.slice(6), value.trim());
    }
  }
  return inner ?? scope;
}

/** Children in one of `namespaces` named `local`. */
export function children(parent: XElement, namespaces: readonly string[], local: string): XElement[] {
  return parent.children.filter((child) => child.local === local && namespaces.includes(child.ns));
}

export function child(parent: XElement, namespaces: readonly string[], local: string): XElement | undefined {
  return parent.children.find((c) => c.local === local && namespaces.includes(c.ns));
}

/** An attribute by local name, whatever its prefix (`rdf:about`, `about`). */
export function attr(element: XElement, local: string): string | undefined {
  const attribs = element.node.attribs;
  if (attribs[local] !== undefined) return attribs[local];
  for (const [name, value] of Object.entries(attribs)) {
    if (name.endsWith(`:${local}`) && !name.startsWith('xmlns')) return value;
  }
  return undefined;
}

/** Text content (CDATA included, entities decoded), trimmed; undefined when empty. */
export function text(element: XElement | undefined): string | undefined {
  if (element === undefined) return undefined;
  const value = DomUtils.textContent(element.node).trim();
  return value === '' ? undefined : value;
}

/** The element's children serialised as HTML (for Atom `type="xhtml"`). */
export function innerHtml(element: XElement): string {
  return DomUtils.getInnerHTML(element.node, { xmlMode: false, decodeEntities: true });
}

/** Absolute http(s) URL for `href` against `base`, or undefined when it cannot be one. */
export function resolveUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  const trimmed = href.trim();
  if (trimmed === '') return undefined;
  try {
    const url = base === undefined ? new URL(trimmed) : new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Plain text of an HTML fragment (tags dropped, all HTML entities decoded, spaces collapsed). */
export function htmlToText(html: string): string {
  return DomUtils.textContent(parseDocument(html)).replace(/\s+/g, ' ').trim();
}
