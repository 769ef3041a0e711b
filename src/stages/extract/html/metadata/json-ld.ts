/**
 * JSON-LD: parse every `application/ld+json` script leniently, flatten arrays, `@graph` and nested
 * objects (iteratively), resolve `@id` references, and pick the node that describes the article.
 */
export type JsonObject = Record<string, unknown>;

export interface JsonLd {
  /** The article node (NewsArticle, BlogPosting, …), or a WebPage with dates as a fallback. */
  article: JsonObject | null;
  /** Any node of an organisation type, for the publisher fallback. */
  organisation: JsonObject | null;
  /** Nodes by `@id`. */
  byId: Map<string, JsonObject>;
}

/** Schema.org types that describe an article (matched on the type name). */
const ARTICLE_TYPE = /(?:Article|BlogPosting|SocialMediaPosting|LiveBlogPosting|Report|Review|Recipe|Posting)$/;
const PAGE_TYPE = /(?:WebPage|ItemPage|AboutPage|ProfilePage)$/;
const ORGANISATION_TYPE = /(?:Organization|Organisation|NewsMediaOrganization|Corporation|WebSite)$/;
/** Nodes visited per page; a JSON-LD product catalogue can hold tens of thousands. */
const MAX_JSONLD_NODES = 20_000;

function parseLenient(raw: string): unknown {
  const text = raw.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '').trim();
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    try {
      // raw newlines/tabs inside strings are invalid JSON but common
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
}

export function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

export function readJsonLd(scripts: readonly string[]): JsonLd {
  const byId = new Map<string, JsonObject>();
  const nodes: JsonObject[] = [];
  const stack: unknown[] = [];
  for (let i = scripts.length - 1; i >= 0; i--) stack.push(parseLenient(scripts[i]!));
  let visited = 0;
  while (stack.length > 0 && visited < MAX_JSONLD_NODES) {
    const v = stack.pop();
    visited++;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    const node = v as JsonObject;
    if (typesOf(node).length > 0) nodes.push(node);
    const id = node['@id'];
    if (typeof id === 'string' && Object.keys(node).length > 1 && !byId.has(id)) byId.set(id, node);
    const values = Object.values(node);
    for (let i = values.length - 1; i >= 0; i--) {
      const c = values[i];
      if (c !== null && typeof c === 'object') stack.push(c);
    }
  }
  const isType = (re: RegExp) => (n: JsonObject) => typesOf(n).some((t) => re.test(t));
  const article =
    nodes.find((n) => isType(ARTICLE_TYPE)(n) && (n.headline !== undefined || n.datePublished !== undefined)) ??
    nodes.find(isType(ARTICLE_TYPE)) ??
    nodes.find((n) => isType(PAGE_TYPE)(n) && n.datePublished !== undefined) ??
    null;
  const organisation = nodes.find(isType(ORGANISATION_TYPE)) ?? null;
  return { article, organisation, byId };
}

/** Follows an `{ "@id": … }` reference. */
export function resolveRef(value: unknown, ld: JsonLd): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const id = (value as JsonObject)['@id'];
    if (typeof id === 'string' && Object.keys(value).length === 1) return ld.byId.get(id) ?? value;
  }
  return value;
}

/** A string field, or the `name` of an object field (first of an array). */
export function stringField(value: unknown, ld: JsonLd): string | null {
  const v = resolveRef(Array.isArray(value) ? value[0] : value, ld);
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (v !== null && typeof v === 'object') {
    const name = (v as JsonObject).name;
    if (typeof name === 'string') return name.trim() || null;
  }
  return null;
}

/** All names of a field that holds people or organisations (string, object or array). */
export function namesOf(value: unknown, ld: JsonLd): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    const v = resolveRef(item, ld);
    if (typeof v === 'string') out.push(v);
    else if (v !== null && typeof v === 'object') {
      const name = (v as JsonObject).name;
      if (typeof name === 'string') out.push(name);
      else if (Array.isArray(name) && typeof name[0] === 'string') out.push(name[0]);
    }
  }
  return out.map((s) => s.trim()).filter(Boolean);
}
