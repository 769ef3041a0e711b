/**
 * "When the Public Investment Fund unveiled …" beside "PIF" tagged elsewhere: the model, reading the
 * whole document, sometimes tags a body's acronym and misses the name it stands for. Capitalised
 * words (with the small words inside names) that no span touches and whose capitals spell an
 * acronym tagged as an organisation are that organisation's name, unless a title is among them.
 */
import { ONE_WORD_TITLES } from '../../../lexicon/titles.js';
import type { NerSpan } from './model.js';

/** An acronym of three to six capitals ("PIF"). */
const ACRONYM = /^\p{Lu}{3,6}$/u;
/** Small words inside a body's name ("Bank of …", "Fund for …"). */
const JOINERS = '(?: (?:of|for|and|the|on|de|du|des))*';

/** The words an acronym's capitals open, one after another ("PIF" → "Public Investment Fund"). */
function spelling(acronym: string): RegExp {
  const words = [...acronym].map((c) => `${c}[\\p{Ll}'’-]+`);
  return new RegExp(`(?<![\\p{L}\\p{N}'’-])${words.join(`${JOINERS} `)}(?![\\p{L}\\p{N}])`, 'gu');
}

/** The spans with the names that organisations' acronyms tagged in the document spell added. */
export function spelledAcronyms(text: string, spans: NerSpan[]): NerSpan[] {
  const acronyms = new Set(spans.filter((s) => s.type === 'ORG').map((s) => text.slice(s.start, s.end)).filter((a) => ACRONYM.test(a)));
  if (acronyms.size === 0) return spans;
  const added: NerSpan[] = [];
  for (const acronym of acronyms) {
    for (const m of text.matchAll(spelling(acronym))) {
      const start = m.index!;
      const end = start + m[0].length;
      // Not a title ("Assistant Superintendent of Police" for "ASP").
      if (m[0].split(' ').some((w) => ONE_WORD_TITLES.has(w.toLowerCase()))) continue;
      if (!spans.some((s) => s.start < end && start < s.end) && !added.some((s) => s.start < end && start < s.end)) added.push({ start, end, type: 'ORG', confidence: 0.5 });
    }
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}
