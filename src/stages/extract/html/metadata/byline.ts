/**
 * `byline`: author names from JSON-LD, meta tags, microdata, rel=author links, then byline-class
 * elements; cleaned of "By", roles, dates and separators, joined with ", ".
 */
import { textOf, type Element } from '../tree.js';
import { attrWords, inPageChrome } from '../clean.js';
import type { MetaContext } from './context.js';
import { namesOf } from './json-ld.js';

export const AUTHOR_META_KEYS = ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author', 'citation_author'] as const;
const BYLINE_ATTR = /(?:^|[\s_-])(?:byline|author|authors|author-?name|by-?author|writer|contributor)(?:$|[\s_-])/i;
/** A byline element is small (a line with a link or two), not a section. */
const MAX_BYLINE_DESCENDANTS = 30;
/** Elements visited when looking for a byline in the page. */
const MAX_BYLINE_ELEMENTS = 200_000;

const LEADING_BY = /^(?:(?:written|posted|reported|published|compiled|edited|story|text|words|analysis|opinion|commentary|review|interview|photos?|video)\s+)?by\s*:?\s+|^(?:authors?|autor|por|von|par)\s*:?\s+/i;
const DATE_WORDS = /\b(?:updated|published|posted|modified)\b.*$|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b.*$|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b.*$|\b\d{4}-\d{2}-\d{2}\b.*$|\b\d{1,2}:\d{2}\b.*$/i;
const SPLIT = /\s*(?:[,;|·•/&]|\band\b|\bund\b)\s*/i;
/** Parts that are roles or outlets, not names. */
const ROLE = /\b(?:editor|writer|reporter|correspondent|contributor|columnist|staff|producer|journalist|analyst|director|photographer|senior|contributing|updated|published|twitter|email|follow)\b/i;
const MAX_NAME_WORDS = 6;
/** Names are capitalised, or written in a script without case (CJK, Arabic…). */
const NAME_LETTER = /\p{Lu}|\p{Lo}/u;
/** Form labels ("Name *", "Nama (wajib)"): a required-field mark or a parenthesised note. */
const FORM_LABEL = /[*]$|\([^)]*\)$/;

export function cleanByline(raw: string, maxChars: number): string | null {
  let s = raw.replace(/\s+/g, ' ').trim();
  if (s === '' || /^https?:\/\//i.test(s)) return null;
  s = s.replace(LEADING_BY, '').replace(DATE_WORDS, '').replace(/\S+@\S+/g, '').replace(/https?:\/\/\S+/g, '');
  const names: string[] = [];
  for (let part of s.split(SPLIT)) {
    part = part.replace(LEADING_BY, '').replace(/^[\s\-–—:]+|[\s\-–—:.]+$/g, '').trim();
    if (part === '' || /\d/.test(part) || ROLE.test(part) || part.startsWith('@') || FORM_LABEL.test(part)) continue;
    const words = part.split(' ');
    if (words.length > MAX_NAME_WORDS) continue;
    if (!NAME_LETTER.test(part)) continue;
    if (!names.some((n) => n.toLowerCase() === part.toLowerCase())) names.push(part);
  }
  const out = names.join(', ');
  return out === '' || out.length > maxChars ? null : out;
}

export function extractByline(ctx: MetaContext): string | null {
  const max = ctx.t.MAX_BYLINE_CHARS;
  if (ctx.ld.article) {
    const names = namesOf(ctx.ld.article.author ?? ctx.ld.article.creator, ctx.ld);
    const cleaned = cleanByline(names.join(', '), max);
    if (cleaned) return cleaned;
  }
  for (const k of AUTHOR_META_KEYS) {
    for (const v of ctx.metas.get(k) ?? []) {
      const cleaned = cleanByline(v, max);
      if (cleaned) return cleaned;
    }
  }
  const { elements } = ctx.tree;
  // microdata, then rel=author, then byline-looking elements
  const sources: ((el: Element) => boolean)[] = [
    (el) => el.attrs.itemprop === 'author',
    (el) => el.tag === 'a' && /\bauthor\b/i.test(el.attrs.rel ?? ''),
    (el) => el.last - el.id < MAX_BYLINE_DESCENDANTS && BYLINE_ATTR.test(attrWords(el)),
  ];
  for (const test of sources) {
    for (let i = 0; i < elements.length && i < MAX_BYLINE_ELEMENTS; i++) {
      const el = elements[i]!;
      if (!test(el) || inPageChrome(el)) continue;
      const nameEl = el.children.find((c) => typeof c !== 'string' && c.attrs.itemprop === 'name');
      const raw = el.attrs.content ?? textOf(typeof nameEl === 'object' ? nameEl : el, 400);
      if (raw.length > max * 2) continue;
      const cleaned = cleanByline(raw, max);
      if (cleaned) return cleaned;
    }
  }
  return null;
}
