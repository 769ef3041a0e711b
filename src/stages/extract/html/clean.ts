/**
 * Which elements are page chrome. Two strengths: `isStructuralChrome` (tag, role, hidden — always
 * dropped) and `boilerplateStrength` (class/id words; weak ones are dropped only when the element holds
 * little of the page's prose, see content.ts, because layout class names collide with chrome words).
 */
import type { Element } from './tree.js';
import { ARTICLE_ATTR, DROP_ROLES, DROP_TAGS, STRONG_BOILERPLATE_ATTR, WEAK_BOILERPLATE_ATTR } from './patterns.js';

const CAMEL_BOUNDARY = /([a-z])([A-Z])/g;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

export function isStructuralChrome(el: Element): boolean {
  if (DROP_TAGS.has(el.tag)) return true;
  const a = el.attrs;
  if (a.hidden !== undefined) return true;
  if (a['aria-hidden'] === 'true') return true;
  if (a.style !== undefined && HIDDEN_STYLE.test(a.style)) return true;
  const role = a.role;
  if (role !== undefined && DROP_ROLES.has(role.toLowerCase())) return true;
  if (a['aria-modal'] === 'true') return true;
  return false;
}

/** class + id words, for the pattern tests. */
export function attrWords(el: Element): string {
  const a = el.attrs;
  if (a.class === undefined && a.id === undefined) return '';
  // camelCase words are split so that "relatedStories" reads like "related-stories"
  return `${a.class ?? ''} ${a.id ?? ''}`.replace(CAMEL_BOUNDARY, '$1-$2');
}

/** 0: not boilerplate by class/id; 1: weak words (layout collisions possible); 2: strong words. */
export function boilerplateStrength(el: Element): 0 | 1 | 2 {
  if (el.tag === 'body' || el.tag === 'html' || el.tag === 'article' || el.tag === 'main') return 0;
  if (el.attrs.itemprop === 'articleBody') return 0;
  if (el.tag === 'header') return 1; // headline, dek and byline; a few pages put the body in it
  const words = attrWords(el);
  if (words === '') return 0;
  if (STRONG_BOILERPLATE_ATTR.test(words)) return 2;
  return WEAK_BOILERPLATE_ATTR.test(words) ? 1 : 0;
}

/** Marked as the article by tag, microdata or class words. */
export function looksLikeArticle(el: Element): boolean {
  if (el.tag === 'article' || el.tag === 'main') return true;
  if (el.attrs.itemprop === 'articleBody') return true;
  const words = attrWords(el);
  return words !== '' && ARTICLE_ATTR.test(words);
}

/**
 * Whether an element sits in page chrome: itself or an ancestor is structural chrome, a form
 * (comment forms have "author" fields), or carries strong boilerplate words (comments, related…).
 * Used by the metadata extractors, which look at single elements outside the content scorer.
 */
export function inPageChrome(el: Element): boolean {
  for (let p: Element | null = el; p !== null; p = p.parent) {
    if (p.tag === 'form' || isStructuralChrome(p) || boilerplateStrength(p) === 2) return true;
  }
  return false;
}
