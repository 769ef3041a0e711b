/**
 * Selectors and boilerplate patterns as named data (trafilatura's xpaths.py idea): purpose-named
 * token groups composed into one matcher each. Nothing here names a site.
 */

/** Tags whose content htmlparser2's tokenizer reads as raw text; none of it is article text. */
export const RAW_TEXT_TAGS = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** Void elements (no content). */
export const VOID_TAGS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** Void elements kept in the tree because they carry meaning for the text (line breaks). */
export const KEPT_VOID_TAGS = new Set(['br', 'hr']);

const CLOSES_P = new Set(['p']);
/** An opening tag closes these open elements first (the common HTML implied end tags). */
export const IMPLIED_END_TAGS: Record<string, ReadonlySet<string>> = Object.fromEntries([
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
    'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
    'section', 'table', 'ul'].map((tag) => [tag, CLOSES_P]),
  ['li', new Set(['p', 'li'])],
  ['dt', new Set(['p', 'dt', 'dd'])],
  ['dd', new Set(['p', 'dt', 'dd'])],
  ['tr', new Set(['td', 'th', 'tr'])],
  ['td', new Set(['td', 'th'])],
  ['th', new Set(['td', 'th'])],
  ['option', new Set(['option'])],
]);

/** Elements never part of an article's text, whatever their class. */
export const DROP_TAGS = new Set([
  // non-text media and scripting
  'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio', 'picture', 'map',
  // form controls
  'button', 'input', 'select', 'option', 'textarea', 'label', 'dialog',
  // page chrome
  'nav', 'aside', 'footer', 'menu',
  // figures: image captions and credits are not body text in news benchmarks
  'figure', 'figcaption',
  'head',
]);

/** Block-level elements: they end the current paragraph. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr',
  'ul', 'caption', 'legend',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** ARIA roles of page chrome. */
export const DROP_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alertdialog', 'toolbar',
  'tablist',
]);

function tokens(...groups: readonly (readonly string[])[]): RegExp {
  const all = groups.flat().filter((w) => w.length > 0);
  if (all.length === 0) return /(?!)/; // guard: an empty alternation would match everything
  return new RegExp(`(?:^|[\\s_-])(?:${all.join('|')})(?:$|[\\s_-]|s\\b)`, 'i');
}

/**
 * class/id words of page chrome, by purpose, matched against whole `-`/`_`/space/camelCase
 * separated words. Strong words are dropped wherever they appear (only the body, article and
 * main elements are immune); weak words collide with layout class names ("sidebar" theme
 * wrappers, "rail" columns, "paywall" bodies), so content.ts keeps an element with weak words
 * when it holds a large share of the page's prose.
 */
export const STRONG_BOILERPLATE_WORDS = {
  sharing: ['share', 'sharing', 'social', 'sharebar', 'share-?tools', 'addthis', 'sociallinks'],
  related: ['related', 'recommended', 'recirc', 'more-?stories', 'read-?next', 'also-?read', 'trending', 'most-?read', 'outbrain', 'taboola', 'you-?may-?like'],
  comments: ['comments?', 'disqus', 'discussion', 'respond', 'replies'],
  promotion: ['newsletter', 'subscribe', 'signup', 'sign-?up', 'donate'],
  consent: ['cookies?', 'consent', 'gdpr', 'cmp'],
  navigation: ['breadcrumbs?', 'pagination', 'pager', 'skip-?link'],
} as const;

export const WEAK_BOILERPLATE_WORDS = {
  navigation: ['nav', 'navbar', 'navigation', 'menu', 'masthead', 'topbar'],
  ads: ['ads?', 'advert', 'advertisement', 'adslot', 'ad-?container', 'ad-?wrapper', 'dfp', 'gpt', 'sponsor(ed)?', 'banner', 'promo', 'cta'],
  chrome: ['sidebar', 'side-?bar', 'rail', 'footer', 'header', 'widget', 'modal', 'popup', 'overlay', 'toolbar', 'sr-only', 'visually-?hidden', 'print-?only', 'paywall', 'subscription', 'membership', 'popular', 'read-?more'],
  meta: ['byline', 'author-?bio', 'tags?', 'tag-?list', 'categories', 'meta', 'dateline', 'timestamp', 'credit', 'caption', 'photo-?credit', 'photo', 'gallery', 'slideshow'],
} as const;

export const STRONG_BOILERPLATE_ATTR = tokens(...Object.values(STRONG_BOILERPLATE_WORDS));
export const WEAK_BOILERPLATE_ATTR = tokens(...Object.values(WEAK_BOILERPLATE_WORDS));

/** class/id tokens of the article body; they protect a container from the boilerplate patterns. */
export const ARTICLE_WORDS = {
  body: ['article', 'articlebody', 'article-?body', 'article-?content', 'story', 'story-?body', 'entry-?content', 'post-?content', 'post-?body', 'content', 'main', 'text', 'body', 'prose', 'rich-?text'],
} as const;

export const ARTICLE_ATTR = tokens(...Object.values(ARTICLE_WORDS));

/** Short text blocks that are chrome wherever they appear (matched on the whole block). */
export const BOILERPLATE_PHRASES = new RegExp(
  '^(?:' +
    [
      'advertisement', 'advertising', 'sponsored( content)?', 'ad', 'story continues below( advertisement)?',
      'continue reading( below)?', 'read more', 'read (the )?full (story|article)', 'share( this)?( article| story)?',
      '(related|recommended|more)( stories| articles| coverage| content| reading)?:?', 'see also:?',
      'click (here )?to (share|email|print).*', 'follow us.*', 'sign up.*newsletter.*', 'subscribe.*',
      '(this|the) (article|story) continues below.*', 'loading\\.*', 'image( \\d+ of \\d+)?', 'photo:.*',
      'getty images', 'ap photo.*', 'reuters', 'watch:?.*', 'listen to (this|the) (article|story).*',
      'back to top', 'skip to (main )?content', 'print', 'email', 'comments?', 'view comments', 'close',
      "don'?t miss:?", 'sponsored links', 'you may (also )?(like|be interested in).*', '(copyright|©).*', 'all rights reserved.*',
      '(published|updated|posted|last updated)\\b.{0,80}',
    ].join('|') +
    ')[.!:]?$',
  'i',
);

/**
 * Photo/image credit lines ("© Jane Doe …", "Photo: …"). A copyright notice with a year
 * ("© 2019 Associated Press…") closes many wire stories and is left to the other rules.
 */
export const CREDIT_LINE = /^(?:©(?!\s*\d)|\(c\)\s(?!\s*\d)|photo(?:graph)?s?\s*(?:credit)?:|image(?:s)?\s*(?:credit)?:)/i;

/**
 * Cookie / consent notices recognised by their wording (their class names vary too much): they
 * name cookies and the website / browser / privacy, unlike a recipe that bakes cookies.
 */
export const CONSENT_TEXT = /^(?=[\s\S]*\bcookies?\b)(?=[\s\S]*\b(?:website|web site|our site|this site|browser|browsing|privacy|consent|opt[- ]out)\b)/i;

/** A block starting "By <name>" with no sentence in it is a byline, not body text. */
export const BYLINE_LINE = /^by\s+[^.!?]{1,60}$/i;

/** A text block that is escaped markup (e.g. a tracking pixel printed as text), not prose. */
export const MARKUP_TEXT = /^<\/?[a-z][a-z0-9]*[\s>/][\s\S]*>$/i;
