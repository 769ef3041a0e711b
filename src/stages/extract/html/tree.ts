/**
 * HTML → a compact element tree, built from htmlparser2's tokenizer events (no recursion).
 * Head data the metadata extractors need (meta, link, title, JSON-LD, html lang) is collected on
 * the way. Robustness caps (see thresholds.ts): input length, element count, depth (beyond
 * MAX_DEPTH new elements become siblings instead of children, so every later walk is shallow),
 * kept text.
 */
import { Tokenizer } from 'htmlparser2';
import type { Thresholds } from './thresholds.js';
import { BLOCK_TAGS, IMPLIED_END_TAGS, KEPT_VOID_TAGS, RAW_TEXT_TAGS, VOID_TAGS } from './patterns.js';

export interface Element {
  /** Pre-order index; descendants of an element have ids in (id, last]. */
  id: number;
  tag: string;
  attrs: Record<string, string>;
  parent: Element | null;
  children: Child[];
  /** Id of the last descendant (set by `buildTree`). */
  last: number;
}
export type Child = Element | string;

export interface HeadData {
  title: string | null;
  htmlLang: string | null;
  metas: Record<string, string>[];
  links: Record<string, string>[];
  jsonLd: string[];
}

export interface Tree {
  root: Element;
  /** All elements in pre-order (index = id). */
  elements: Element[];
  head: HeadData;
}

/**
 * Closing tags look this far down the open-element stack for their element; a stray end tag
 * further down is ignored. Bounds the work per tag on pathological nesting (real pages close
 * within a few levels).
 */
const MAX_CLOSE_SEARCH_DEPTH = 256;

/**
 * Tree construction on htmlparser2's Tokenizer (its Parser keeps the open-element stack with
 * Array#unshift, which is quadratic on deep nesting). A simplified HTML tree builder: void
 * elements, raw-text elements, the common implied end tags (p, li, dt/dd, td/th/tr, option),
 * end tags that close the nearest matching element.
 */
export function buildTree(html: string, t: Thresholds): Tree {
  const root: Element = { id: 0, tag: '#root', attrs: {}, parent: null, children: [], last: 0 };
  const elements: Element[] = [root];
  const head: HeadData = { title: null, htmlLang: null, metas: [], links: [], jsonLd: [] };
  const input = html.length > t.MAX_HTML_CHARS ? html.slice(0, t.MAX_HTML_CHARS) : html;
  /** Open elements; `open[open.length - 1]` is the current one (root when empty). */
  const open: Element[] = [];
  /** Tree depth of each element by id (the tree is flattened beyond MAX_DEPTH). */
  const depthOf: number[] = [0];
  let current = root;
  let keptText = 0;

  let tagName = '';
  let attrs: Record<string, string> = {};
  let attrName = '';
  let attrValue = '';
  /** Inside a raw-text element (script, style, title…): its name. */
  let rawTag: string | null = null;
  let rawBuffer = '';
  let rawIsJsonLd = false;

  const appendText = (data: string): void => {
    let text = data;
    if (rawTag !== null) {
      if ((rawIsJsonLd || rawTag === 'title') && rawBuffer.length < t.MAX_JSONLD_CHARS) rawBuffer += text;
      return;
    }
    if (keptText >= t.MAX_TEXT_CHARS) return;
    if (keptText + text.length > t.MAX_TEXT_CHARS) text = text.slice(0, t.MAX_TEXT_CHARS - keptText);
    keptText += text.length;
    const kids = current.children;
    const lastKid = kids[kids.length - 1];
    if (typeof lastKid === 'string') kids[kids.length - 1] = lastKid + text;
    else kids.push(text);
  };

  const popTo = (index: number): void => {
    open.length = index;
    current = index > 0 ? open[index - 1]! : root;
  };

  /** Closes the current element while its tag is in `tags`. */
  const closeWhile = (tags: ReadonlySet<string>): void => {
    while (open.length > 0 && tags.has(current.tag)) popTo(open.length - 1);
  };

  const addElement = (name: string, attributes: Record<string, string>, push: boolean): void => {
    if (elements.length >= t.MAX_ELEMENTS) return;
    // beyond the depth cap, new elements become siblings of the current one
    const parent = depthOf[current.id]! >= t.MAX_DEPTH && current.parent ? current.parent : current;
    const el: Element = { id: elements.length, tag: name, attrs: attributes, parent, children: [], last: 0 };
    elements.push(el);
    depthOf.push(depthOf[parent.id]! + 1);
    parent.children.push(el);
    if (push) {
      open.push(el);
      current = el;
    }
  };

  const openTag = (): void => {
    const name = tagName;
    const attributes = attrs;
    tagName = '';
    attrs = {};
    if (name === '') return;
    if (name === 'meta') head.metas.push(attributes);
    else if (name === 'link') head.links.push(attributes);
    else if (name === 'html' && head.htmlLang === null && attributes.lang) head.htmlLang = attributes.lang;
    if (RAW_TEXT_TAGS.has(name)) {
      rawTag = name;
      rawBuffer = '';
      rawIsJsonLd = name === 'script' && /ld\+json/i.test(attributes.type ?? '');
      return;
    }
    const implied = IMPLIED_END_TAGS[name];
    if (implied) closeWhile(implied);
    if (VOID_TAGS.has(name)) {
      if (KEPT_VOID_TAGS.has(name)) addElement(name, attributes, false);
      return;
    }
    if (name === 'html' || name === 'body' || name === 'head') {
      // repeated or misplaced document elements: merge their attributes, do not nest
      if (open.some((e) => e.tag === name)) return;
    }
    addElement(name, attributes, true);
  };

  const closeTag = (name: string): void => {
    if (rawTag !== null) {
      if (name !== rawTag) return;
      if (rawIsJsonLd) head.jsonLd.push(rawBuffer);
      else if (rawTag === 'title' && head.title === null) head.title = rawBuffer;
      rawTag = null;
      rawBuffer = '';
      return;
    }
    if (name === 'br') {
      addElement('br', {}, false);
      return;
    }
    if (VOID_TAGS.has(name)) return;
    const stop = Math.max(0, open.length - MAX_CLOSE_SEARCH_DEPTH);
    for (let i = open.length - 1; i >= stop; i--) {
      if (open[i]!.tag === name) {
        popTo(i);
        return;
      }
    }
  };

  const slice = (start: number, end: number): string => input.slice(start, end);
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      ontext: (start, end) => appendText(slice(start, end)),
      ontextentity: (cp) => appendText(String.fromCodePoint(cp)),
      onopentagname: (start, end) => {
        tagName = slice(start, end).toLowerCase();
        attrs = {};
      },
      onattribname: (start, end) => {
        attrName = slice(start, end).toLowerCase();
        attrValue = '';
      },
      onattribdata: (start, end) => {
        attrValue += slice(start, end);
      },
      onattribentity: (cp) => {
        attrValue += String.fromCodePoint(cp);
      },
      onattribend: () => {
        if (!Object.hasOwn(attrs, attrName)) attrs[attrName] = attrValue;
        attrValue = '';
      },
      onopentagend: () => openTag(),
      onselfclosingtag: () => openTag(), // HTML ignores the self-closing flag
      onclosetag: (start, end) => closeTag(slice(start, end).toLowerCase()),
      oncdata: () => undefined,
      oncomment: () => undefined,
      ondeclaration: () => undefined,
      onprocessinginstruction: () => undefined,
      onend: () => undefined,
    },
  );
  tokenizer.write(input);
  tokenizer.end();
  if (rawTag === 'title' && head.title === null) head.title = rawBuffer; // truncated page

  // `last` = highest id in the subtree, filled in reverse pre-order (children before parents).
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    if (el.last < el.id) el.last = el.id;
    const p = el.parent;
    if (p && p.last < el.last) p.last = el.last;
  }
  return { root, elements, head };
}

/** Text content of an element (iterative; used for small elements such as titles and bylines). */
export function textOf(el: Element, maxChars = 10_000): string {
  let out = '';
  const stack: Child[] = [el];
  while (stack.length > 0 && out.length < maxChars) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      out += node;
      continue;
    }
    if (node.tag === 'br' || BLOCK_TAGS.has(node.tag)) {
      out += ' ';
      stack.push(' '); // after the element's content too
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out.replace(/\s+/g, ' ').trim();
}
