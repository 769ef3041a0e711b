import type { Offsets } from '../model/doc.js';
import { ABBREVIATIONS } from './rules.js';

/**
 * Token pattern, tried in order: acronyms and degrees with periods (U.S., U.N., Ph.D.), words (letters, marks,
 * digits, inner apostrophes; clitics split off; a Khoekhoe click written "!" at the start: "!Naruseb"), numbers with separators (100,000, 3.5, 1st),
 * clitics ('s), runs of the same punctuation (..., --), any other single character.
 */
const TOKEN =
  /(?:\p{L}\.){2,}|\p{Lu}\p{Ll}\.(?:\p{Lu}\.)+|(?:(?<![^\s"“‘'(])!)?[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['\u2019](?![sSdm]\b|ll\b|re\b|ve\b|t\b)[\p{L}\p{M}]+)*|\p{N}+(?:[.,:/]\p{N}+)*(?:st|nd|rd|th|s)?\b|['\u2019](?:[sSdm]|ll|re|ve)\b|\.{2,}|-{2,}|[^\s]/gu;

/** Tokens of `text` as offsets; an abbreviation or initial keeps its period ("Gov.", "J."). */
export function tokenize(text: string, from = 0, to = text.length): Offsets[] {
  const out: Offsets[] = [];
  TOKEN.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const start = m.index;
    let end = start + m[0].length;
    if (slice.charCodeAt(end) === 46 /* . */ && isAbbreviation(m[0])) end += 1;
    out.push({ start, end });
    TOKEN.lastIndex = end;
  }
  return out;
}

function isAbbreviation(word: string): boolean {
  if (word.length === 1) return /\p{Lu}/u.test(word); // an initial: "J. Smith"
  return ABBREVIATIONS.has(word.toLowerCase());
}
