/**
 * "The Alachua Sheriff's Office", "the Attorney General's Office", "the Information Commissioner's
 * Office": a body named after the office-holder it serves, a title's possessive and a capitalised
 * head. The model often tags the title alone or nothing; every such name is one organisation
 * (GUM and our annotated news type them ORG).
 */
import type { NerSpan } from './model.js';

/** Found first: cheap. */
const HEAD = /['’]s (?:Office|Department|Bureau|Chambers)(?![\p{L}'’-])/gu;
/** Up to five capitalised words (or "U.S.") before the possessive, not after a letter. */
const NAME_BEFORE = /(?<![\p{L}\p{N}'’.-])((?:(?:U\.S\.|\p{Lu}[\p{L}-]*) ){0,4}\p{Lu}\p{Ll}+)$/u;
/** Office-holders whose possessive names a body. */
const HOLDERS = new Set([
  'sheriff', 'attorney', 'prosecutor', 'prosecutors', 'commissioner', 'ombudsman', 'coroner', 'examiner', 'minister',
  'mayor', 'governor', 'president', 'auditor', 'comptroller', 'controller', 'treasurer', 'clerk', 'registrar', 'marshal',
  'solicitor', 'inspector', 'chancellor', 'secretary', 'general', 'director', 'premier', 'recorder', 'assessor', 'defender',
  'counsel', 'advocate', 'regulator', 'commissioners', 'ombudsperson',
]);
const ARTICLES = new Set(['The', 'A', 'An']);

/**
 * "Office of the Data Commissioner", "Office of the Inspector General", "Office of the High
 * Commissioner for Human Rights": the head, "of the", capitalised words ending in an office-holder
 * (and "for/of" a name), not followed by a name (a person holding the office).
 */
const OFFICE_OF = /(?<![\p{L}'’-])(?:Office|Bureau) of the ((?:\p{Lu}[\p{L}-]* ){0,3}\p{Lu}[\p{Ll}-]+)((?: (?:for|of) (?:the )?(?:\p{Lu}\p{Ll}+ (?:and )?){0,3}\p{Lu}\p{Ll}+)?)(?! \p{Lu}|[\p{L}'’-])/gu;

/** Replaces the spans inside [start, end) by one ORG span; a span crossing an edge leaves all alone. */
function asOffice(spans: NerSpan[], start: number, end: number): NerSpan[] {
  const touching = spans.filter((s) => s.start < end && start < s.end);
  if (touching.some((s) => s.start < start || s.end > end)) return spans;
  return [...spans.filter((s) => !touching.includes(s)), { start, end, type: 'ORG' as const, confidence: 0.5 }].sort((a, b) => a.start - b.start);
}

/** The spans with each titled office a single ORG span (spans inside it dropped; left alone where a span crosses its edge). */
export function titledOffices(text: string, spans: NerSpan[]): NerSpan[] {
  let out = spans;
  if (text.includes(' of the ')) {
    for (const m of text.matchAll(OFFICE_OF)) {
      const holder = m[1]!.split(/[ -]/).pop()!.toLowerCase();
      if (HOLDERS.has(holder)) out = asOffice(out, m.index!, m.index! + m[0].length);
    }
  }
  if (!text.includes('s Office') && !text.includes('s Department') && !text.includes('s Bureau') && !text.includes('s Chambers')) return out;
  for (const head of text.matchAll(HEAD)) {
    const from = Math.max(0, head.index! - 80);
    const m = NAME_BEFORE.exec(text.slice(from, head.index));
    if (!m) continue;
    const words = m[1]!.split(' ');
    while (words.length > 1 && ARTICLES.has(words[0]!)) words.shift();
    if (!HOLDERS.has(words[words.length - 1]!.toLowerCase()) || ARTICLES.has(words[0]!)) continue;
    out = asOffice(out, head.index! - words.join(' ').length, head.index! + head[0].length);
  }
  return out;
}
