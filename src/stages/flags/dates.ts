import type { Doc, Flag } from '../../model/doc.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = MONTHS.join('|');
/** "24 July 2025", "July 24, 2025", "2025-07-24". */
const FULL_DATE = new RegExp(`\\b(?:(\\d{1,2})\\s+(${MONTH})\\s+(\\d{4})|(${MONTH})\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b`, 'gi');
/** Words in the same sentence that make a later date expected, not wrong. */
const FUTURE_CONTEXT = /\b(?:will|would|shall|could|may|might|scheduled|planned|plans?|expected|due|set to|next|upcoming|until|by|deadline|before|starting|from|postponed|delayed|to be held|is to|are to)\b/i;
/** "to start trading on …", "to take effect from …": an infinitive right before the date names a plan. */
const PLANNED_BEFORE = /\bto\s+\w+(?:\s+\w+)?\s+(?:on|in|by|from|at)\s+$/i;
/** Days a date may lie after publication before it is suspicious (time zones, late edits). */
const MAX_DAYS_AHEAD = 1;

function iso(year: string, month: number, day: string): string | undefined {
  const d = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  const t = Date.parse(d);
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== d ? undefined : d;
}

/** A full date told as past or present that lies after the article's publication date. */
export function futureDates(doc: Readonly<Doc>): Flag[] {
  if (!doc.published) return [];
  const published = doc.published.slice(0, 10);
  const limit = new Date(Date.parse(published) + MAX_DAYS_AHEAD * 86_400_000).toISOString().slice(0, 10);
  const flags: Flag[] = [];
  for (const m of doc.text.matchAll(FULL_DATE)) {
    const date = m[1]
      ? iso(m[3]!, MONTHS.indexOf(m[2]!.toLowerCase()) + 1, m[1])
      : m[4]
        ? iso(m[6]!, MONTHS.indexOf(m[4]!.toLowerCase()) + 1, m[5]!)
        : iso(m[7]!, Number(m[8]), m[9]!);
    if (!date || date <= limit) continue;
    if (PLANNED_BEFORE.test(doc.text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const sentence = doc.sentences.find((s) => s.start <= m.index && m.index < s.end);
    if (sentence && FUTURE_CONTEXT.test(doc.text.slice(sentence.start, sentence.end))) continue;
    flags.push({
      kind: 'future-date',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      explanation: `${m[0]} (${date}) is after the article's publication date (${published}), yet the sentence tells it as past or present.`,
      evidence: [`published ${published}`],
      rule: 'date-after-publication',
    });
  }
  return flags;
}
