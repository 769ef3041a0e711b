/**
 * Content scoring: which blocks are the article.
 *
 * 1. Classify blocks: prose (long enough, few links, not a teaser under a linked headline) vs.
 *    the rest.
 * 2. Boilerplate by class/id: elements with strong chrome words (share, related, comments…) are
 *    excluded; with weak words (sidebar, rail, header…) only when they hold little of the page's
 *    prose (layout class names collide with chrome words; a real sidebar never holds most prose).
 * 3. Container: the element maximising prose − weight × non-prose in its subtree (paragraph
 *    clustering under the best container; sums are computed bottom-up in one pass, no recursion).
 * 4. Output: the container's blocks minus link-dense blocks, lists of links, boilerplate phrases,
 *    credit / consent / byline lines, orphan headings and the headline repeated in the body.
 */
import type { Element, Tree } from './tree.js';
import type { Block } from './blocks.js';
import type { Thresholds } from './thresholds.js';
import { boilerplateStrength, looksLikeArticle } from './clean.js';
import { findLinkLists, listOf } from './link-lists.js';
import { BOILERPLATE_PHRASES, BYLINE_LINE, CONSENT_TEXT, CREDIT_LINE, MARKUP_TEXT } from './patterns.js';

export function isProse(b: Block, t: Thresholds): boolean {
  return b.kind !== 'heading' && b.chars >= t.MIN_GOOD_BLOCK_CHARS && b.linkChars <= b.chars * t.MAX_GOOD_LINK_DENSITY;
}

/** A block can only repeat the headline if its length is within this many characters of it (punctuation differs). */
const MAX_TITLE_LENGTH_DIFF_CHARS = 20;

/** Elements that hold one teaser card (headline link + description). */
const TEASER_CARD_TAGS = new Set(['li', 'article']);

/**
 * Per-block class: prose (counts for its container), or not. Teasers — a description in the same
 * card as a headline that links elsewhere — are not prose even when long.
 */
function classify(tree: Tree, blocks: readonly Block[], t: Thresholds): boolean[] {
  const good = new Array<boolean>(blocks.length);
  let card: Element | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'heading') {
      card = b.linkChars > b.chars / 2 ? cardOf(tree.elements[b.owner]!) : null;
      good[i] = false;
      continue;
    }
    const inCard = card !== null && b.owner > card.id && b.owner <= card.last;
    if (card !== null && !inCard && b.owner > card.last) card = null;
    good[i] = isProse(b, t) && !inCard && !MARKUP_TEXT.test(b.text);
  }
  return good;
}

/** The card a linked heading heads: its parent, or its grandparent when that is a list item or article. */
function cardOf(heading: Element): Element | null {
  const parent = heading.parent;
  if (!parent) return null;
  const grand = parent.parent;
  return grand && TEASER_CARD_TAGS.has(grand.tag) ? grand : parent;
}

/** What a non-prose block weighs against its container: its links, and a little of its plain text. */
function penaltyOf(b: Block, t: Thresholds): number {
  return b.linkChars + t.MAX_PLAIN_TEXT_PENALTY * (b.chars - b.linkChars);
}

function subtreeSums(tree: Tree, blocks: readonly Block[], good: readonly boolean[], excluded: Uint8Array | null, t: Thresholds) {
  const n = tree.elements.length;
  const prose = new Float64Array(n);
  const other = new Float64Array(n);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (excluded && excluded[b.owner]) continue;
    if (good[i]) prose[b.owner]! += b.chars;
    else other[b.owner]! += penaltyOf(b, t);
  }
  // children before parents (reverse pre-order)
  for (let i = n - 1; i > 0; i--) {
    const p = tree.elements[i]!.parent!;
    prose[p.id]! += prose[i]!;
    other[p.id]! += other[i]!;
  }
  return { prose, other };
}

export function selectContent(tree: Tree, blocks: Block[], t: Thresholds, title: string | null): Block[] {
  const { elements } = tree;
  const n = elements.length;
  if (blocks.length === 0) return [];
  const good = classify(tree, blocks, t);
  const first = subtreeSums(tree, blocks, good, null, t);
  const totalProse = first.prose[0]!;

  // 2. class/id boilerplate, top-down (parents before children)
  const excluded = new Uint8Array(n);
  for (let i = 1; i < n; i++) {
    const el = elements[i]!;
    if (excluded[el.parent!.id]) {
      excluded[i] = 1;
      continue;
    }
    const strength = boilerplateStrength(el);
    if (strength === 0) continue;
    // holding much of the prose protects weak words always, strong words only on an element that
    // also says it is the article ("article-body share-enabled")
    const holdsProse = first.prose[i]! > totalProse * t.MAX_BOILERPLATE_PROSE_SHARE;
    const kept = holdsProse && (strength === 1 || looksLikeArticle(el));
    if (!kept) excluded[i] = 1;
  }
  const { prose, other } = subtreeSums(tree, blocks, good, excluded, t);

  // 3. best container
  let best: Element = tree.root;
  let bestScore = -Infinity;
  for (let i = 0; i < n; i++) {
    if (excluded[i] || prose[i] === 0) continue;
    const el = elements[i]!;
    const bonus = looksLikeArticle(el) ? t.MAX_ARTICLE_BONUS : 1;
    const score = prose[i]! * bonus - t.MIN_BAD_WEIGHT * other[i]!;
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  }

  // 4. blocks of the container
  const linkLists = findLinkLists(tree, blocks, t);
  const picked: { block: Block; good: boolean }[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.owner < best.id || b.owner > best.last || excluded[b.owner]) continue;
    const maxDensity = b.kind === 'p' ? t.MAX_KEPT_PARAGRAPH_LINK_DENSITY : t.MAX_KEPT_LINK_DENSITY;
    if (b.linkChars > b.chars * maxDensity) continue;
    if (b.chars <= t.MAX_BOILERPLATE_PHRASE_CHARS && BOILERPLATE_PHRASES.test(b.text)) continue;
    if (MARKUP_TEXT.test(b.text)) continue;
    if (b.chars <= t.MAX_BOILERPLATE_LINE_CHARS && (CREDIT_LINE.test(b.text) || CONSENT_TEXT.test(b.text) || BYLINE_LINE.test(b.text))) continue;
    if (b.kind === 'li' && linkLists.has(listOf(elements[b.owner]!))) continue;
    picked.push({ block: b, good: good[i]! });
  }
  const normTitle = title ? normalise(title) : null;
  const out: Block[] = [];
  for (let i = 0; i < picked.length; i++) {
    const { block } = picked[i]!;
    if (normTitle !== null && Math.abs(block.chars - normTitle.length) <= MAX_TITLE_LENGTH_DIFF_CHARS && normalise(block.text) === normTitle) continue;
    if (block.kind === 'heading') {
      let after = 0;
      // prose of its section: up to the next heading of the same or a higher rank
      for (let j = i + 1; j < picked.length; j++) {
        const next = picked[j]!.block;
        if (next.kind === 'heading' && next.level <= block.level) break;
        if (next.kind !== 'heading') after += next.chars;
        if (after >= t.MIN_SECTION_CHARS_AFTER_HEADING) break;
      }
      if (after < t.MIN_SECTION_CHARS_AFTER_HEADING) continue;
    }
    out.push(block);
  }
  return out;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
