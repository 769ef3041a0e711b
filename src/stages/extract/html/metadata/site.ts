/** `publisher`, canonical `url`, `language` and `description` (one small extractor each). */
import type { MetaContext } from './context.js';
import { firstMeta } from './meta-tags.js';
import { stringField } from './json-ld.js';

export function extractPublisher(ctx: MetaContext): string | null {
  const og = firstMeta(ctx.metas, ['og:site_name', 'application-name', 'publisher', 'dc.publisher']);
  if (og) return og;
  const ld = ctx.ld.article ? stringField(ctx.ld.article.publisher ?? ctx.ld.article.sourceOrganization, ctx.ld) : null;
  if (ld) return ld;
  return ctx.ld.organisation ? stringField(ctx.ld.organisation.name, ctx.ld) : null;
}

function resolveHttp(href: string, base: string | null): string | null {
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

export function extractUrl(ctx: MetaContext): string | null {
  const candidates: string[] = [];
  for (const l of ctx.tree.head.links) {
    if (l.href && /(?:^|\s)canonical(?:\s|$)/i.test(l.rel ?? '')) candidates.push(l.href);
  }
  const og = firstMeta(ctx.metas, ['og:url', 'twitter:url']);
  if (og) candidates.push(og);
  if (ctx.ld.article) {
    const u = stringField(ctx.ld.article.url, ctx.ld);
    if (u) candidates.push(u);
  }
  for (const c of candidates) {
    const r = resolveHttp(c, ctx.pageUrl);
    if (r) return r;
  }
  return ctx.pageUrl ? resolveHttp(ctx.pageUrl, null) : null;
}

/** "en-US", "en_GB", "EN" → "en"; anything not a language subtag → null. */
export function primaryLanguage(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const first = raw.split(',')[0]!.trim().toLowerCase();
  const m = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/.exec(first);
  return m && m[1] !== 'und' && m[1] !== 'mul' && m[1] !== 'zxx' ? m[1]! : null;
}

export function extractLanguage(ctx: MetaContext): string | null {
  return (
    primaryLanguage(ctx.tree.head.htmlLang) ??
    primaryLanguage(firstMeta(ctx.metas, ['content-language', 'language', 'dc.language', 'og:locale'])) ??
    (ctx.ld.article ? primaryLanguage(stringField(ctx.ld.article.inLanguage, ctx.ld)) : null)
  );
}

export function extractDescription(ctx: MetaContext): string | null {
  const d =
    firstMeta(ctx.metas, ['og:description', 'description', 'twitter:description', 'dc.description']) ??
    (ctx.ld.article ? stringField(ctx.ld.article.description, ctx.ld) : null);
  return d ? d.replace(/\s+/g, ' ').trim() || null : null;
}
