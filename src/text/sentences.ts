import type { Offsets } from '../model/doc.js';
import { ABBREVIATIONS, CLOSERS, END_MARKS, SENTENCE_OPENERS } from './rules.js';

/** Words that go on a sentence after "a.m."/"p.m." ("9 a.m. Monday", "8 p.m. ET"). */
const TIME_FOLLOWERS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[ECMP][SD]?T|GMT|BST|UTC|CET|CEST|AEST|AEDT|IST|JST|local)$/;

/** Capitalised function words that open a sentence and never follow a name's initial ("X. The …", "B. But …"). */
const NEVER_AFTER_INITIAL = /^(?:The|He|She|It|They|We|His|Her|Its|Their|But|However|Meanwhile|This|These|Those|There)$/;

/** Quotation marks that may close or open: after a space they open the next sentence. */
const STRAIGHT_MARKS = new Set(['"', "'"]);
/** A news agency's credit in brackets ("(AP)", "(Reuters)"). */
const AGENCY_CREDIT = /^\((?:AP|Reuters|AFP|UPI|CNN|Bloomberg|dpa|EFE|Xinhua|IANS|PTI|ANI|Lusa|ANSA|Kyodo|Yonhap|CP|AAP)\)/;

/**
 * Splits tokens into sentences. A sentence ends at a line break, or after an end mark (with any
 * closing quotes and brackets) when the next token does not start in lower case. Abbreviations
 * never end a sentence; acronyms (U.S.) end one only before a typical sentence opener.
 * Returns, for each token, the index of its sentence, and the sentences' offsets.
 */
export function splitSentences(text: string, tokens: readonly Offsets[]): { sentences: Offsets[]; tokenSentence: number[] } {
  const sentences: Offsets[] = [];
  const tokenSentence: number[] = new Array(tokens.length);
  let first = 0;
  const close = (last: number) => {
    if (last < first) return;
    const index = sentences.length;
    sentences.push({ start: tokens[first]!.start, end: tokens[last]!.end });
    for (let k = first; k <= last; k++) tokenSentence[k] = index;
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!next) break;
    if (text.slice(tokens[i]!.end, next.start).includes('\n')) {
      close(i);
      continue;
    }
    const word = text.slice(tokens[i]!.start, tokens[i]!.end);
    const last = word[word.length - 1]!;
    if (!END_MARKS.has(last) && !(word.length > 1 && last === '.')) continue;
    // "N18.4bn", "Znak.com": a period with no space on either side is inside a word.
    if (word === '.' && i > 0 && tokens[i - 1]!.end === tokens[i]!.start && next.start === tokens[i]!.end && /[\p{L}\p{N}]/u.test(text[next.start]!)) continue;
    let j = i;
    while (tokens[j + 1] && CLOSERS.has(text.slice(tokens[j + 1]!.start, tokens[j + 1]!.end))) {
      const gap = text.slice(tokens[j]!.end, tokens[j + 1]!.start);
      if (gap.includes('\n')) break;
      // `window. "I thought`: a straight mark after a space opens the next sentence.
      if (gap && STRAIGHT_MARKS.has(text[tokens[j + 1]!.start]!)) break;
      j++;
    }
    const after = tokens[j + 1];
    if (!after) break;
    const nextWord = text.slice(after.start, after.end);
    // A lower-case word or a comma after the mark goes on with the sentence ("D-Minn., the sponsor").
    if (/^[\p{Ll},;]/u.test(nextWord)) continue;
    // "NASHVILLE, Tenn. (AP) —": an agency's credit in brackets goes on with the dateline.
    if (nextWord === '(' && AGENCY_CREDIT.test(text.slice(after.start, after.start + 12))) continue;
    if (word.length > 1 && last === '.') {
      const stem = word.slice(0, -1).toLowerCase();
      // "to 9 p.m. AMMU said": a time of day ends a sentence before a capitalised word that is no day, month or time zone.
      const time = /^[ap]\.m$/.test(stem) && /^\p{Lu}/u.test(nextWord) && !TIME_FOLLOWERS.test(nextWord);
      // "on the social network X. The National Rally": a letter ends a sentence before a word that never follows an initial.
      // "wrote on X. Neighbouring Moldova": the platform X after "on" or "via" ends one before any capitalised word.
      const platform = stem === 'x' && i > 0 && /^(?:on|via)$/i.test(text.slice(tokens[i - 1]!.start, tokens[i - 1]!.end));
      const letterEnds = /^\p{L}$/u.test(stem) && (NEVER_AFTER_INITIAL.test(nextWord) || platform);
      if ((ABBREVIATIONS.has(stem) || (/^\p{L}$/u.test(stem) && !letterEnds)) && !time) continue;
      if (/^(?:\p{L}\.)+\p{L}$/u.test(stem) && !SENTENCE_OPENERS.has(nextWord.toLowerCase()) && !time) continue;
    }
    close(j);
    i = j;
  }
  if (tokens.length > 0) close(tokens.length - 1);
  return { sentences, tokenSentence };
}
