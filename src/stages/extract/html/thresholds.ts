/**
 * Every tunable number of the HTML extractor, in one options object (trafilatura-style), so a
 * caller can override a set without touching globals. Units are in the names. Calibrated on the
 * dev split of ../shared/eval/extraction (61 pages) by sweeping one constant at a time around a
 * value taken from the literature (readability.js, boilerpipe, jusText) and keeping the value at
 * the middle of the flat optimum, never the spike; the content constants move as a set. At the
 * time of writing, moving any single content constant by about ±50% changes dev F1 by ≤ 0.002
 * (0.978–0.982), except MAX_BOILERPLATE_PROSE_SHARE at 0.6 (−0.006) and disabling the fallback
 * pass (−0.017).
 */
export const DEFAULT_THRESHOLDS = {
  // ---- robustness caps (bounded time and memory on hostile input) ----
  /** Characters of HTML that are parsed; the rest is ignored. 16M chars covers any real article page. */
  MAX_HTML_CHARS: 16_000_000,
  /** Elements kept in the tree; later elements are parsed but dropped. Real pages have < 50k. */
  MAX_ELEMENTS: 400_000,
  /** Nesting kept in the tree; beyond it new elements become siblings, not children (100k-deep pages stay shallow). */
  MAX_DEPTH: 512,
  /** Characters of text kept in the tree; real articles are far below. */
  MAX_TEXT_CHARS: 4_000_000,
  /** Characters of one JSON-LD script that are parsed (big ones are catalogues, not articles). */
  MAX_JSONLD_CHARS: 1_000_000,

  // ---- content scoring ----
  /** A block with at least this many characters (and few links) counts as article prose. jusText uses 70–200; dev F1 is flat from 60 to 100 (with the fallback pass), 80 is the middle. */
  MIN_GOOD_BLOCK_CHARS: 80,
  /** Share of a block's characters inside links above which it is navigation, not prose (boilerpipe ≈ 0.33). */
  MAX_GOOD_LINK_DENSITY: 0.33,
  /** Blocks inside the chosen container with a higher link share are dropped from the output. */
  MAX_KEPT_LINK_DENSITY: 0.5,
  /** The same for `<p>` blocks: sentences with inline links are prose; navigation is rarely in a <p>. */
  MAX_KEPT_PARAGRAPH_LINK_DENSITY: 0.8,
  /** Weight of non-prose characters against prose characters when choosing the container (0 = biggest, 1 = purest). */
  MIN_BAD_WEIGHT: 0.5,
  /** Share of a non-prose block's plain (unlinked) text that counts against its container; links count fully. */
  MAX_PLAIN_TEXT_PENALTY: 0.3,
  /** Bonus factor for the prose of containers marked as the article (article tag, articleBody, "content" class). */
  MAX_ARTICLE_BONUS: 1.15,
  /** A heading is kept only when at least this many characters of text follow it in its section (up to the next heading of the same or a higher rank). */
  MIN_SECTION_CHARS_AFTER_HEADING: 60,
  /** An element with weak boilerplate class words that holds more than this share of the page's prose is kept (layout collisions). */
  MAX_BOILERPLATE_PROSE_SHARE: 0.4,
  /** A list of links has at least this many items, … */
  MIN_LINK_LIST_ITEMS: 3,
  /** … at least this share of which hold a link, … */
  MIN_LINKED_ITEM_SHARE: 0.8,
  /** … and at least this share of its text in links (article bullet points: ~0–0.1; "more stories": 0.4–1). */
  MIN_LINK_LIST_DENSITY: 0.3,
  /** Output shorter than this triggers the fallback pass (a short news brief is ~300 chars). */
  MIN_TEXT_CHARS_BEFORE_FALLBACK: 250,
  /** The fallback pass lowers MIN_GOOD_BLOCK_CHARS by this factor. */
  MAX_FALLBACK_BLOCK_CHARS_FACTOR: 0.4,
  /** Longest credit, consent or byline line dropped by its wording; longer blocks are prose that happens to match. */
  MAX_BOILERPLATE_LINE_CHARS: 400,
  /** Maximum length of a boilerplate phrase block ("Advertisement", "Read more"). */
  MAX_BOILERPLATE_PHRASE_CHARS: 60,

  // ---- metadata ----
  /** Longest byline kept; longer text is a bio or a paragraph, not a byline. */
  MAX_BYLINE_CHARS: 120,
  /** Years accepted in dates; outside this range a date is a parse error or a birth date. */
  MIN_YEAR: 1990,
  MAX_YEAR: 2100,
  /** Characters of visible text searched for a dateline when no markup gives a date. */
  MAX_DATELINE_SEARCH_CHARS: 3_000,
} as const;

export type Thresholds = { -readonly [K in keyof typeof DEFAULT_THRESHOLDS]: number };
