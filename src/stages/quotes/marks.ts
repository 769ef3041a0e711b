import type { Offsets } from '../../model/doc.js';
import { MAX_QUOTE_CHARS, MAX_SINGLE_QUOTE_CHARS } from './thresholds.js';
import { HAS_LETTER } from './letters.js';

/** A space and a lower-case letter. */
const SPACE_LOWER = /^ \p{Ll}/u;

/** A quotation: the marks included in [start, end), the words inside in `inner`. */
export interface Quoted extends Offsets {
  inner: Offsets;
  /** Single marks ('…' or ‘…’) rather than double ones. */
  single: boolean;
}

type Role = 'open' | 'close' | 'either';

/** Characters the scan of findQuotations stops at: line breaks, double marks, opening single marks. */
const NEXT_EVENT = /[\n"\u201c\u201d\u201e\u00ab\u00bb'\u2018]/g;

const LEFT_SPACE = /[\s([{\u2014\u2013\-/\u00a0]/;
const RIGHT_SPACE = /[\s.,;:!?)\]}\u2014\u2013\u00a0…-]/;

function isDouble(c: number): boolean {
  // " “ ” „ « »
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb;
}

/** Whether a double mark opens or closes, from its character and the characters around it. */
function roleOf(text: string, i: number): Role {
  const c = text.charCodeAt(i);
  const leftSpace = i === 0 || LEFT_SPACE.test(text[i - 1]!) || isDouble(text.charCodeAt(i - 1));
  const rightSpace = i + 1 >= text.length || RIGHT_SPACE.test(text[i + 1]!) || isDouble(text.charCodeAt(i + 1));
  if (c === 0xab || c === 0x201e) return 'open';
  if (c === 0xbb) return 'close';
  if (c === 0x201c) return !leftSpace && rightSpace ? 'close' : 'open';
  if (c === 0x201d) return leftSpace && !rightSpace ? 'open' : 'close';
  if (leftSpace && !rightSpace) return 'open';
  if (!leftSpace && rightSpace) return 'close';
  return 'either';
}

/** A single mark that can open a quotation: after a space or bracket, before a letter. */
function opensSingle(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 0x27 && c !== 0x2018) return false;
  if (i > 0 && !LEFT_SPACE.test(text[i - 1]!) && !isDouble(text.charCodeAt(i - 1))) return false;
  return i + 1 < text.length && HAS_LETTER.test(text[i + 1]!);
}

/** The single mark that closes one opened at `i`, within its paragraph, or -1. */
function closeSingle(text: string, i: number): number {
  const limit = Math.min(text.length, i + MAX_SINGLE_QUOTE_CHARS);
  for (let j = i + 2; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 || isDouble(c)) return -1;
    if ((c === 0x27 || c === 0x2019) && !/\s/.test(text[j - 1]!) && (j + 1 >= text.length || RIGHT_SPACE.test(text[j + 1]!))) {
      // "the rebels' leaders": a plural possessive, not a closing mark, when a word follows.
      if (/s/i.test(text[j - 1]!) && SPACE_LOWER.test(text.slice(j + 1, j + 3)) && text[j + 1] === ' ') continue;
      return j;
    }
  }
  return -1;
}

/**
 * Quotations in one pass: straight and curly double marks, guillemets, „…“, and single marks
 * ('…', ‘…’) outside double ones (single marks inside double ones are nested quotations and stay
 * part of them). A quotation still open at a paragraph's end goes on when the next paragraph
 * opens with a mark (several paragraphs of one speech); otherwise it was an unbalanced mark and
 * is dropped. Marks that cannot be paired are skipped, so the time is linear in the text.
 */
export function findQuotations(text: string): Quoted[] {
  const out: Quoted[] = [];
  const n = text.length;
  let open = -1;
  for (let i = 0; i < n; i++) {
    // Only marks and line breaks matter: jump to the next one.
    NEXT_EVENT.lastIndex = i;
    if (!NEXT_EVENT.test(text)) break;
    i = NEXT_EVENT.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (open >= 0 && i - open > MAX_QUOTE_CHARS) open = -1;
    if (c === 10) {
      if (open < 0) continue;
      let k = i;
      while (k < n && /\s/.test(text[k]!)) k++;
      if (k < n && k > i + 0 && isDouble(text.charCodeAt(k)) && roleOf(text, k) !== 'close') {
        i = k; // the reopening mark belongs to the same quotation
        continue;
      }
      open = -1;
      continue;
    }
    if (isDouble(c)) {
      const role = roleOf(text, i);
      if (open < 0) {
        if (role !== 'close') open = i;
        continue;
      }
      // English double quotations do not nest: a clear opening curly mark means the earlier one
      // was never closed.
      if (role === 'open' && c !== 0x22 && text.charCodeAt(open) !== 0x22) {
        open = i;
        continue;
      }
      if (i > open + 1) out.push({ start: open, end: i + 1, inner: { start: open + 1, end: i }, single: false });
      open = -1;
      continue;
    }
    if (open < 0 && opensSingle(text, i)) {
      const j = closeSingle(text, i);
      if (j > 0) {
        out.push({ start: i, end: j + 1, inner: { start: i + 1, end: j }, single: true });
        i = j;
      }
    }
  }
  return out;
}
