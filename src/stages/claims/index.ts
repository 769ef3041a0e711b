import type { Claim, Doc, Offsets, Quote, Ref } from '../../model/doc.js';
import { defineStage } from '../../pipeline/stage.js';
import { firstAtLeast } from '../../text/search.js';
import { CURRENCIES, FRACTIONS, HEDGES, LABEL_BEFORE, MONTHS, NOT_UNITS, NUMBER_WORDS, SCALES, TIME_WORDS, UNIT_ADJECTIVES, singular } from './numbers.js';

interface Tok extends Offsets {
  word: string;
  lower: string;
  sentence: number;
}

/** Verbs whose object counts people ("injured more than 1,000"). */
const CASUALTY_VERBS = /^(?:kill|killed|killing|kills|injure|injured|injuring|injures|wound|wounded|wounding|wounds|evacuated|evacuating|rescued|rescuing|arrested|arresting|displaced|displacing|infected|infecting|hospitalised|hospitalized|detained|detaining)$/;

/** Digits with thousands separators and decimals; no times (3:30), dates (9/11), ordinals or decades. */
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const isDigit = (c: number) => c >= 48 && c <= 57;
const HEDGE_WORDS = HEDGES.map((h) => h.split(' ')).sort((a, b) => b.length - a.length);

/** A number read at token i: its value, the tokens it spans [i, end), and whether it was written in digits. */
interface Reading {
  value: number;
  end: number;
  digits: boolean;
  scaled: boolean;
}

function readNumber(toks: readonly Tok[], i: number): Reading | undefined {
  const t = toks[i];
  if (!t) return undefined;
  let value: number;
  let end: number;
  let digits = false;
  if (isDigit(t.word.charCodeAt(0)) && DIGITS.test(t.word)) {
    value = Number(t.word.replace(/,/g, ''));
    end = i + 1;
    digits = true;
  } else if (NUMBER_WORDS.has(t.lower) && t.lower !== 'dozen' && t.lower !== 'hundred') {
    // "twenty-five", "one hundred and twenty", "three dozen"
    value = 0;
    let current = 0;
    end = i;
    for (let k = i; k < toks.length; k++) {
      const w = toks[k]!.lower;
      const v = NUMBER_WORDS.get(w);
      if (v !== undefined) {
        if (v === 100 || v === 12) current = Math.max(current, 1) * v;
        else current += v;
        end = k + 1;
        continue;
      }
      const tight = toks[k]!.start === toks[k - 1]!.end && toks[k + 1]?.start === toks[k]!.end;
      if ((w === '-' && tight) || (w === 'and' && NUMBER_WORDS.get(toks[k - 1]!.lower) === 100)) {
        if (NUMBER_WORDS.has(toks[k + 1]?.lower ?? '')) continue;
      }
      break;
    }
    value += current;
  } else {
    return undefined;
  }
  let scaled = false;
  const scale = toks[end];
  if (scale && SCALES.has(scale.lower) && (scale.lower.length > 1 || scale.start === toks[end - 1]!.end)) {
    value *= SCALES.get(scale.lower)!;
    end++;
    scaled = true;
    // "2.5 million" is done; "two hundred thousand" goes on once.
    const more = toks[end];
    if (more && SCALES.has(more.lower) && more.lower.length > 1 && SCALES.get(more.lower)! > SCALES.get(scale.lower)!) {
      value *= SCALES.get(more.lower)!;
      end++;
    }
  }
  return { value, end, digits, scaled };
}

/** The hedge ending right before token i ("at least", "nearly"), with its first token. */
function hedgeBefore(toks: readonly Tok[], i: number): { hedge: string; first: number } | undefined {
  for (const words of HEDGE_WORDS) {
    const first = i - words.length;
    if (first < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = toks[first + k]!.lower === words[k];
    if (ok && toks[first]!.sentence === toks[i]!.sentence) return { hedge: words.join(' '), first };
  }
  return undefined;
}

const isNameWord = (t: Tok | undefined) => t !== undefined && /^\p{Lu}/u.test(t.word);

/**
 * Numeric statements: counts ("nearly 100,000 women and children"), measures ("60-day"),
 * percentages, money with its currency, ranges ("between 36 and 40", "10-15%") and written
 * numbers ("three dozen"), each with its value normalised, unit, hedge and, when the number is
 * reported speech, the speaker as source. Skipped: years, dates, times, ordinals, ages, labels
 * ("No. 3846") and numbers inside names. A range keeps its lower bound as `value` and "between"
 * as hedge; the span covers both bounds.
 */
export function findClaims(doc: Readonly<Doc>): Claim[] {
  const text = doc.text;
  const toks = numberTokens(text, doc.tokens);
  const names = doc.entities.flatMap((e) => e.mentions.filter((m) => !m.field)).sort((a, b) => a.start - b.start);
  const inName = (o: number) => {
    let lo = 0;
    let hi = names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (names[mid]!.start <= o) lo = mid + 1;
      else hi = mid;
    }
    const m = names[lo - 1];
    return m !== undefined && m.start <= o && o < m.end;
  };
  const quotes = [...doc.quotes].sort((a, b) => a.end - a.start - (b.end - b.start));
  const claims: Claim[] = [];
  for (let i = 0; i < toks.length; i++) {
    const reading = readNumber(toks, i);
    if (!reading) continue;
    const t = toks[i]!;
    const prev = toks[i - 1];
    const sameSentence = (k: number) => toks[k] !== undefined && toks[k]!.sentence === t.sentence;
    let { value, end } = reading;
    let start = t.start;
    let first = i;
    // Currency before: "$5", "US$ 3", "€2bn".
    let unit: string | null = null;
    if (prev && sameSentence(i - 1) && CURRENCIES.get(prev.lower) && /^[^\p{L}]$|^us\$$/u.test(prev.lower)) {
      unit = CURRENCIES.get(prev.lower)!;
      first = i - 1;
      if (toks[i - 2]?.word === 'US' && toks[i - 2]!.end === prev.start) first = i - 2;
    } else if (prev && sameSentence(i - 1) && /^(?:USD|EUR|GBP|JPY|INR|RUB|CNY|CHF)$/.test(prev.word)) {
      unit = CURRENCIES.get(prev.lower)!;
      first = i - 1;
    }
    // Things that are not quantities.
    const next = toks[end];
    const year = reading.digits && /^\d{4}$/.test(t.word) && value >= 1800 && value <= 2100 && !unit && !reading.scaled && next?.word !== '%' && !/^(?:people|troops|soldiers|residents|deaths|cases|homes|jobs|votes|tonnes|tons|barrels|dollars|euros|km|miles|metres|meters|kilometres|kilometers)$/.test(next?.lower ?? '');
    const date = (prev && MONTHS.has(prev.lower)) || (next && MONTHS.has(next.lower)) || (next?.word === '/' && next.start === t.end);
    const time = (next && TIME_WORDS.has(next.lower)) || (next?.word === ':' && next.start === t.end) || /\d[:.]$/.test(text.slice(Math.max(0, t.start - 2), t.start));
    const label = prev && (LABEL_BEFORE.has(prev.lower) || (isNameWord(prev) && sameSentence(i - 1) && toks[i - 2]?.sentence === t.sentence && !MONTHS.has(prev.lower) && !/^(?:US|The|A|An|Some|About|Around|Nearly|Over|Almost|Only|Just|At|By|In|On|Of|For|With|From|To|And|But|Up|Between|More|Less|Fewer)$/.test(prev.word)));
    const hyphenName = prev !== undefined && /^[-–]$/.test(prev.word) && prev.end === t.start && toks[i - 2]?.end === prev.start && /\p{L}/u.test(toks[i - 2]!.word);
    const tightName = hyphenName || (prev && prev.end === t.start && /\p{L}/u.test(prev.word) && prev.word !== '$') || (next && next.start === toks[end - 1]!.end && /^\p{L}/u.test(next.word) && !/^(?:bn|m|k|mn|s)$/i.test(next.word));
    // "Thomas Gray, 24, who …": an age after a name.
    const age = prev?.word === ',' && next?.word === ',' && isNameWord(toks[i - 2]) && reading.digits && value < 120;
    if (year || date || time || label || tightName || age || inName(t.start)) {
      i = end - 1;
      continue;
    }
    // A range: "between 36 and 40", "10-15%", "15 to 20 seconds" (not "from 14 to 31").
    let hedge: string | undefined;
    let upper: Reading | undefined;
    const sep = toks[end];
    const between = toks[first - 1]?.lower === 'between';
    if (sep && ((between && sep.lower === 'and') || ((sep.word === '-' || sep.word === '–') && sep.start === toks[end - 1]!.end) || (sep.lower === 'to' && toks[first - 1]?.lower !== 'from'))) {
      let k = end + 1;
      if (toks[k] && CURRENCIES.get(toks[k]!.lower) && /^[^\p{L}]$/u.test(toks[k]!.word)) k++;
      const second = readNumber(toks, k);
      if (second && second.value > value && (between || sep.lower !== 'to' || second.digits === reading.digits)) {
        upper = second;
        // "$5 and $7 billion": the scale of the upper bound applies to the lower one.
        if (second.scaled && !reading.scaled) {
          const scale = SCALES.get(toks[second.end - 1]!.lower) ?? 1;
          value *= scale;
        }
        end = second.end;
        hedge = 'between';
        if (between) first--;
      }
    }
    if (!hedge) {
      const h = hedgeBefore(toks, first);
      if (h) {
        hedge = h.hedge;
        first = h.first;
      }
    }
    // Unit after the number: %, a currency word, a hyphenated measure ("60-day"), a noun.
    let unitEnd = end;
    const after = toks[end];
    const after2 = toks[end + 1];
    const fractionWord = after && (after.word === '-' || after.word === '–') && after2?.start === after.end ? after2 : after;
    if (fractionWord && FRACTIONS.get(fractionWord.lower) && !reading.scaled) {
      value /= FRACTIONS.get(fractionWord.lower)!;
      unit = 'fraction';
      unitEnd = firstAtLeast(toks, fractionWord.start, (t) => t.start) + 1;
    } else if (after && after.word === '%') {
      unit = 'percent';
      unitEnd = end + 1;
    } else if (after && (after.lower === 'percent' || (after.lower === 'per' && after2?.lower === 'cent'))) {
      unit = 'percent';
      unitEnd = after.lower === 'per' ? end + 2 : end + 1;
    } else if (after && (after.word === '-' || after.word === '–') && after.start === toks[end - 1]!.end && after2 && after2.start === after.end && /^\p{Ll}+$/u.test(after2.word)) {
      if (after2.lower === 'year' && toks[end + 2]?.word === '-' && toks[end + 3]?.lower === 'old') {
        i = end - 1;
        continue; // an age: "25-year-old"
      }
      unit = CURRENCIES.get(after2.lower) ?? singular(after2.word);
      unitEnd = end + 2;
    } else if (after && sameSentence(end) && CURRENCIES.get(after.lower) && /^\p{L}/u.test(after.word)) {
      unit = CURRENCIES.get(after.lower)!;
      unitEnd = end + 1;
    } else if (!unit && after && sameSentence(end) && /^\p{Ll}[\p{Ll}-]*$/u.test(after.word) && !NOT_UNITS.has(after.lower)) {
      let u = end;
      if (UNIT_ADJECTIVES.has(after.lower) && after2 && /^\p{Ll}+$/u.test(after2.word) && !NOT_UNITS.has(after2.lower)) u = end + 1;
      // "two truck drivers", "150 security personnel": a compound noun.
      const compound = toks[u + 1];
      if (compound && !/s$/.test(toks[u]!.lower) && /^\p{Ll}+$/u.test(compound.word) && /(?:s|people|personnel|police|staff|forces)$/.test(compound.lower) && !NOT_UNITS.has(compound.lower) && !/ed$/.test(compound.lower)) u++;
      if (/ed$/.test(toks[u]!.lower) && toks[u]!.lower !== 'dead') {
        unitEnd = end;
      }
      const words = [toks[u]!];
      // "women and children"
      if (toks[u + 1]?.lower === 'and' && toks[u + 2] && /^\p{Ll}+$/u.test(toks[u + 2]!.word) && /s$|^(?:people|children|women|men)$/.test(toks[u + 2]!.lower) && /s$|^(?:people|children|women|men)$/.test(toks[u]!.lower)) {
        words.push(toks[u + 1]!, toks[u + 2]!);
      }
      if (!/ed$/.test(toks[u]!.lower) || toks[u]!.lower === 'dead') {
        unit = words.map((w) => (w.lower === 'and' ? 'and' : singular(w.word))).join(' ');
        if (u > end) unit = `${text.slice(after.start, toks[u - 1]!.end).toLowerCase()} ${unit}`;
        unitEnd = firstAtLeast(toks, words[words.length - 1]!.start, (t) => t.start) + 1;
      }
    }
    // Casualty figures without a noun ("killed 12", "injured more than 1,000"): people.
    if (!unit && CASUALTY_VERBS.test(toks[first - 1]?.lower ?? '') && !/^[%$€£¥]$/.test(after?.word ?? '')) unit = 'person';
    // A written number needs a unit, a hedge or a scale to be a claim ("the two explosions" is).
    if (!reading.digits && !unit && !hedge && !reading.scaled) continue;
    if (reading.digits === false && /^one$/i.test(t.word) && !reading.scaled && !hedge) continue;
    if (!Number.isFinite(value)) continue;
    start = toks[first]!.start;
    const stop = toks[unitEnd - 1]!.end;
    const claim: Claim = { start, end: stop, text: text.slice(start, stop), value, unit, source: sourceOf(quotes, { start, end: stop }), rule: upper ? 'range' : 'quantity' };
    if (hedge) claim.hedge = hedge;
    claims.push(claim);
    i = Math.max(i, unitEnd - 1);
  }
  return claims;
}

/**
 * The document's tokens with split numbers joined again: the tokenizer cuts "2.5m" into
 * "2", ".", "5", "m" (no word boundary before the letter).
 */
function numberTokens(text: string, tokens: Doc['tokens']): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let end = t.end;
    // "3.5", "1,200" split by the tokenizer: one number
    while (isDigit(text.charCodeAt(t.start)) && (text[end] === '.' || text[end] === ',') && isDigit(text.charCodeAt(end + 1)) && tokens[i + 1]?.start === end && tokens[i + 2]?.start === end + 1) {
      end = tokens[i + 2]!.end;
      i += 2;
    }
    const word = text.slice(t.start, end);
    out.push({ start: t.start, end, word, lower: word.toLowerCase(), sentence: t.sentence });
  }
  return out;
}

/** The speaker of the smallest quote (direct or reported) the claim sits in, if any. */
function sourceOf(quotes: readonly Quote[], range: Offsets): Ref | null {
  for (const q of quotes) if (q.start <= range.start && range.end <= q.end) return q.speaker;
  return null;
}

export const claims = defineStage({
  name: 'claims',
  requires: ['text', 'tokens'],
  uses: ['entities', 'quotes'],
  assigns: ['claims'],
  run(doc) {
    return { claims: findClaims(doc) };
  },
});
