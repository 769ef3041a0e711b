import { CAPITAL_START } from '../../text/rules.js';
import type { Offsets } from '../../model/doc.js';
import { COMMON_WORDS, DATE_WORDS, NAME_CONNECTORS } from '../../lexicon/words.js';

/** A run of capitalised tokens (with connectors inside): [first, last] token indices. */
export interface Run {
  first: number;
  last: number;
}

const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&]{1,6}$/u;
const CAPITALISED = CAPITAL_START;

/**
 * Runs of name-like tokens in one sentence: capitalised words and acronyms, joined across name
 * connectors ("Bank of England") and tight hyphens ("Al-Qaeda"). A sentence's first word counts
 * only when it is not a common word and is not seen in lower case elsewhere in the document.
 * `wordAt`, when given, returns a token's text (the caller's cache; saves slicing it again).
 */
export function findRuns(
  text: string,
  tokens: readonly Offsets[],
  first: number,
  last: number,
  lowercaseSeen: ReadonlySet<string>,
  wordAt?: (i: number) => string,
): Run[] {
  const word = wordAt ?? ((i: number) => text.slice(tokens[i]!.start, tokens[i]!.end));
  const isName = (i: number): boolean => {
    // Most tokens start with an ASCII character other than a capital: no need to read them.
    const c = text.charCodeAt(tokens[i]!.start);
    if (c < 128 && (c < 65 || c > 90)) return false;
    const w = word(i);
    if (!CAPITALISED.test(w)) return false;
    // "May 5", "on Monday" are dates; "Theresa May" is a name: a date word right after a name word.
    if (DATE_WORDS.has(w.toLowerCase().replace(/\.$/, ''))) return i > first && i - 1 !== first && isNameWord(i - 1) && !/^\d/.test(i < last ? word(i + 1) : '');
    if (ACRONYM.test(w)) return true;
    if (i === first || isOpening(i)) {
      const lower = w.toLowerCase();
      return !COMMON_WORDS.has(lower) && !lowercaseSeen.has(lower);
    }
    return true;
  };
  const isNameWord = (i: number) => {
    const w = word(i);
    return CAPITALISED.test(w) && !COMMON_WORDS.has(w.toLowerCase()) && !DATE_WORDS.has(w.toLowerCase());
  };
  // After an opening quote or a colon, a capital starts a phrase, like at the start of a sentence.
  const isOpening = (i: number) => i > first && /^["“‘(:—-]$/.test(word(i - 1));
  const tight = (a: number, b: number) => tokens[a]!.end === tokens[b]!.start;

  const runs: Run[] = [];
  let i = first;
  while (i <= last) {
    if (!isName(i)) {
      i++;
      continue;
    }
    let end = i;
    for (;;) {
      const next = end + 1;
      if (next > last) break;
      if (isName(next) && !isOpening(next)) {
        end = next;
        continue;
      }
      const w = word(next);
      // "Al-Qaeda", "Abu-Dhabi": a hyphen with no space on either side.
      if (w === '-' && next + 1 <= last && tight(end, next) && tight(next, next + 1) && isName(next + 1)) {
        end = next + 1;
        continue;
      }
      // "Abdel Fattah el-Sisi", "Bashar al-Assad": a particle tied to the next word by a hyphen.
      if (NAME_CONNECTORS.has(w) && next + 2 <= last && word(next + 1) === '-' && tight(next, next + 1) && tight(next + 1, next + 2) && isName(next + 2)) {
        end = next + 2;
        continue;
      }
      // "Bank of England", "Organisation for the Prohibition of …", "Osama bin Laden".
      let k = next;
      while (k <= last && NAME_CONNECTORS.has(word(k)) && word(k) !== 'and') k++;
      if (k > next && k <= last && isName(k) && !isOpening(k) && k - next <= 2) {
        end = k;
        continue;
      }
      break;
    }
    runs.push({ first: i, last: end });
    i = end + 1;
  }
  return runs;
}

export function isAcronym(word: string): boolean {
  return ACRONYM.test(word);
}
