/**
 * Scraper debris in plain-text articles, as named patterns. Each applies to a whole line; none
 * names a site or an article. Lines are only removed when they are short, so that a sentence
 * that happens to mention "cookies" or "subscribe" stays.
 */

/** Lines with more words than this are never debris. */
export const MAX_DEBRIS_WORDS = 14;

/** Words that make up widget and navigation lines ("Advertisement", "Share on Facebook", "Tags"). */
export const WIDGET_WORDS = new Set([
  'advertisement', 'advertisements', 'advert', 'ad', 'ads', 'sponsored', 'promoted', 'tags', 'tag', 'topics',
  'share', 'shares', 'sharing', 'tweet', 'email', 'e-mail', 'print', 'facebook', 'twitter', 'whatsapp', 'linkedin',
  'reddit', 'telegram', 'pinterest', 'messenger', 'comments', 'comment', 'subscribe', 'newsletter', 'login', 'register',
  'menu', 'skip', 'loading', 'trending', 'recommended', 'gallery', 'related', 'advertising', 'cookies', 'cookie',
]);

/** Words that may surround widget words in such lines ("Share this article", "Read more on"). */
export const FILLER_WORDS = new Set([
  'on', 'this', 'article', 'story', 'page', 'via', 'read', 'more', 'articles', 'stories', 'see', 'also', 'view', 'show',
  'hide', 'sign', 'up', 'log', 'in', 'home', 'search', 'close', 'to', 'main', 'content', 'next', 'previous', 'back',
  'top', 'follow', 'us', 'listen', 'watch', 'video', 'audio', 'photo', 'photos', 'image', 'images', 'continue',
  'reading', 'below', 'above', 'the', 'and', 'or', '|', 'a', 'now', 'most', 'popular', 'latest', 'news', 'for', 'you',
  'x', 'copy', 'link', 'save', 'our', 'your', 'all', 'post',
]);

/** Whole-line patterns of calls to action, consent banners and footers. */
export const DEBRIS_LINE_PATTERNS: readonly RegExp[] = [
  /^(?:sign up|subscribe|register|log ?in|follow us|share (?:this|on|via)|click here|tap here|download (?:our|the) app)\b/i,
  /^(?:we use cookies|this (?:site|website) uses cookies|by (?:continuing|using) (?:to use )?(?:this|our) (?:site|website)|accept (?:all )?cookies|manage (?:cookies|preferences|consent))/i,
  /^(?:copyright|©|\(c\))\s*\d{0,4}/i,
  /\ball rights reserved\.?$/i,
  /^(?:read more|related|more on this|see also|recommended|you may also like|most read|trending)\b[:.]?/i,
  /^(?:photo|image|video|picture|graphic)(?: credit)?\s*:/i,
  /^(?:tags?|topics?|filed under|categories)\s*:/i,
];

/** A byline line: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Reporting by …; Editing by …". */
export const BYLINE_LINE = /^(?:by|written by|reporting by|words by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|al|bin|el))*(?:\s*[,;]\s*[\p{L} .'’&-]+)?)$/u;

/** A byline glued to the end of the last paragraph: "…diplomacy.By Jane Doe". */
export const GLUED_BYLINE = /(?<=[.!?"”’])\s*(?:By|Written by|Reporting by)\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})\s*$/u;
