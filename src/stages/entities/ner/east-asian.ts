/**
 * East Asian personal names the model can miss, especially opening a sentence ("Kim Soon-ja, 67,
 * said"): a common Korean, Cantonese or Taiwanese family name followed by a hyphenated given
 * name ("Soon-ja", "Wai-man", "Ying-jeou", "Joo-Ho") is a person.
 */
import type { NerSpan } from './model.js';

const FAMILY_NAMES = [
  // Korean
  'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Jeong', 'Kang', 'Cho', 'Jo', 'Yoon', 'Yun', 'Jang', 'Lim', 'Im', 'Han', 'Oh', 'Seo', 'Shin',
  'Kwon', 'Hwang', 'Ahn', 'Song', 'Yoo', 'Yu', 'Hong', 'Jeon', 'Go', 'Ko', 'Moon', 'Mun', 'Yang', 'Son', 'Bae', 'Baek', 'Heo', 'Nam',
  'Noh', 'Roh', 'Ha', 'Kwak', 'Sung', 'Cha', 'Joo', 'Woo', 'Min', 'Ryu', 'Na', 'Jin', 'Eom', 'Chae', 'Won', 'Chun', 'Bang', 'Gong',
  // Cantonese and Taiwanese romanisations
  'Leung', 'Wong', 'Chan', 'Cheung', 'Lau', 'Chow', 'Tsang', 'Ng', 'Lam', 'Yeung', 'Tang', 'Lai', 'Cheng', 'Kwok', 'Fung', 'Mak',
  'Tam', 'Yip', 'Tse', 'Chu', 'Siu', 'Poon', 'Kwan', 'Chen', 'Lin', 'Huang', 'Chang', 'Wang', 'Wu', 'Liu', 'Tsai', 'Hsu', 'Hsieh',
  'Kuo', 'Hung', 'Tseng', 'Chiu', 'Chou', 'Su', 'Kao', 'Chien', 'Chiang', 'Ma', 'Hsiao', 'Yeh', 'Chuang', 'Teng',
];

const NAME = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${FAMILY_NAMES.join('|')}) \\p{Lu}\\p{Ll}{1,5}[-‑]\\p{L}\\p{Ll}{1,5}(?![\\p{L}\\p{N}‑-])`, 'gu');

/** The spans with such names added where no span covers any part of them, in text order. */
export function eastAsianNames(text: string, spans: NerSpan[]): NerSpan[] {
  let added = false;
  for (const m of text.matchAll(NAME)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (spans.some((s) => s.start < end && start < s.end)) continue;
    spans.push({ start, end, type: 'PERSON', confidence: 0.5 });
    added = true;
  }
  return added ? spans.sort((a, b) => a.start - b.start) : spans;
}
