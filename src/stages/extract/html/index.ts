/** What the HTML extractor finds in a page. Absent fields are null. */
export interface HtmlArticle {
  title: string | null;
  /** Body paragraphs separated by blank lines. */
  text: string;
  byline: string | null;
  published: string | null;
  modified: string | null;
  publisher: string | null;
  url: string | null;
  language: string | null;
  description: string | null;
}

/** Extracts the article from an HTML page. (Placeholder until the extractor lands.) */
export function extractHtml(html: string, hints: { url?: string } = {}): HtmlArticle {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.trim() ?? null;
  const paragraphs = [...html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/gi)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());
  return {
    title,
    text: paragraphs.filter(Boolean).join('\n\n'),
    byline: null,
    published: null,
    modified: null,
    publisher: null,
    url: hints.url ?? null,
    language: null,
    description: null,
  };
}
