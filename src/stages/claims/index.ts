import type { Claim, Doc, Ref } from '../../model/doc.js';
import { contains } from '../../model/span.js';
import { defineStage } from '../../pipeline/stage.js';
import { CURRENCIES, HEDGES, NUMBER_WORDS, SCALES, singular } from './numbers.js';

const HEDGE = HEDGES.sort((a, b) => b.length - a.length).map((h) => h.replace(/ /g, '\\s+')).join('|');
const WORD_NUMBER = Object.keys(NUMBER_WORDS).join('|');
const SCALE = Object.keys(SCALES).sort((a, b) => b.length - a.length).join('|');
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';

/**
 * A quantity: optional hedge, optional currency sign, a number in digits or words with an
 * optional scale ("2.5 million", "three dozen"), then an optional percent sign or unit word.
 */
const QUANTITY = new RegExp(
  `(?:\\b(${HEDGE})\\s+)?(US\\$|[$€£¥₹₪])?\\s?` +
    `(\\b\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\b\\d+(?:\\.\\d+)?|\\b(?:${WORD_NUMBER})(?:[\\s-](?:${WORD_NUMBER}))?)` +
    `(?:\\s?(${SCALE})\\b)?` +
    `(?:\\s?(%|percent\\b|per\\s+cent\\b)|-([a-z]+)\\b|\\s+(?:of\\s+)?([a-z]+(?:\\s+(?:and|or)\\s+[a-z]+)?))?`,
  'gi',
);

const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?\\s*$`, 'i');
const MONTH_AFTER = new RegExp(`^\\s*(?:${MONTHS})\\b`, 'i');

/** Words after a number that are not its unit. */
const NOT_UNITS = new Set(['and', 'or', 'of', 'to', 'in', 'on', 'at', 'the', 'a', 'an', 'for', 'by', 'with', 'from', 'as', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'that', 'which', 'who']);

function numberValue(raw: string): number | undefined {
  const digits = raw.replace(/,/g, '');
  if (/^\d/.test(digits)) return Number(digits);
  let total = 0;
  for (const w of raw.toLowerCase().split(/[\s-]+/)) {
    const v = NUMBER_WORDS[w];
    if (v === undefined) return undefined;
    total = v === 100 || v === 12 ? Math.max(total, 1) * v : total + v;
  }
  return total;
}

/**
 * Numeric statements: value normalised, unit, hedge, and the source when the number sits inside
 * a quote (its speaker). Years, dates, times and numbers inside names are skipped.
 */
export function findClaims(doc: Readonly<Doc>): Claim[] {
  const text = doc.text;
  const claims: Claim[] = [];
  const names = doc.entities.flatMap((e) => e.mentions.filter((m) => !m.field));
  for (const m of text.matchAll(QUANTITY)) {
    const [whole, hedge, currency, number, scale, percent, hyphenUnit, unitWords] = m;
    const start = m.index + whole.search(/\S/);
    let value = numberValue(number!);
    if (value === undefined || !Number.isFinite(value)) continue;
    if (scale) value *= SCALES[scale.toLowerCase()]!;
    const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
    const after = text.slice(m.index + whole.length, m.index + whole.length + 12).toLowerCase();
    const year = /^\d{4}$/.test(number!) && !hedge && !currency && !percent && !hyphenUnit && value >= 1800 && value <= 2100;
    const numberEnd = m.index + whole.indexOf(number!) + number!.length;
    const date = MONTH_BEFORE.test(before) || MONTH_AFTER.test(text.slice(numberEnd, numberEnd + 12));
    const time = /^[:.]\d/.test(after) || /\d[:.]$/.test(before);
    const inName = names.some((n) => n.start <= start && start < n.end);
    const wordOnly = !/\d/.test(number!) && !hedge && !scale && !hyphenUnit && !unitWords;
    if (year || date || time || inName || wordOnly || /^one$/i.test(number!)) continue;
    let unit: string | null = null;
    if (currency) unit = CURRENCIES[currency] ?? currency;
    else if (percent) unit = 'percent';
    else if (hyphenUnit) unit = singular(hyphenUnit);
    else if (unitWords && !NOT_UNITS.has(unitWords.split(/\s+/)[0]!.toLowerCase())) {
      const ws = unitWords.toLowerCase().split(/\s+/);
      unit = CURRENCIES[ws[0]!] ?? ws.map((w) => (NOT_UNITS.has(w) ? w : singular(w))).join(' ');
    }
    // The span runs to the unit when there is one, else to the number (and scale).
    const end = unit ? m.index + whole.length : scale ? m.index + whole.indexOf(scale, whole.indexOf(number!)) + scale.length : numberEnd;
    const claim: Claim = { start, end, text: text.slice(start, end), value, unit, source: sourceOf(doc, { start, end }), rule: 'quantity' };
    if (hedge) claim.hedge = hedge.toLowerCase().replace(/\s+/g, ' ');
    claims.push(claim);
  }
  return claims;
}

/** The speaker of the quote a number sits in, if any. */
function sourceOf(doc: Readonly<Doc>, range: { start: number; end: number }): Ref | null {
  const quote = doc.quotes.find((q) => contains(q, range));
  return quote?.speaker ?? null;
}

export const claims = defineStage({
  name: 'claims',
  requires: ['text'],
  uses: ['entities', 'quotes'],
  assigns: ['claims'],
  run(doc) {
    return { claims: findClaims(doc) };
  },
});
