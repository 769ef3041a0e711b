import type { Doc, Flag, Mention } from '../../model/doc.js';
import { holders, rolesAt, type Kb } from '../../kb/index.js';
import { describeRole, matchRoles, overlapsPeriod, PRESENT_AFTER, type Period } from './period.js';

/**
 * Offices whose holder the KB knows for every day, so that "not the holder" is a fact rather
 * than a gap in our data. Other titles ("spokesperson", "envoy") are never flagged.
 */
const CHECKED_TITLES = new Set(['president', 'prime minister', 'chancellor', 'king', 'queen', 'secretary of state', 'foreign minister', 'defence minister']);
/** Words before a title that put the office in the past or the future. */
const NOT_CURRENT = /\b(?:former|ex|then|late|outgoing|incoming|future|acting|interim)\s*-?\s*$/i;

/** "President Biden" in an article set in mid-2025: a person given an office they did not hold then. */
export function officesNotHeld(doc: Readonly<Doc>, kb: Kb, period: Period): Flag[] {
  const day = period.intervals.length === 1 ? period.intervals[0]!.from : null;
  if (!day) return [];
  const flags: Flag[] = [];
  for (const entity of doc.entities) {
    const entry = entity.kb ? kb.get(entity.kb) : undefined;
    if (!entry || entry.type !== 'PERSON') continue;
    for (const role of entity.roles) {
      if (!CHECKED_TITLES.has(role.title.toLowerCase()) || !role.affiliation.name) continue;
      const country = kb.lookup(role.affiliation.name).find((e) => e.type === 'GPE');
      if (!country) continue;
      const terms = matchRoles(entry, role.title, role.affiliation.name, kb);
      if (terms.some((r) => overlapsPeriod(r, period.intervals))) continue;
      const holder = holders(kb, role.title, country.id, day).find((h) => h.id !== entry.id && h.name !== entry.name);
      if (!holder) continue;
      const span = titledMention(doc.text, entity.mentions, role.title);
      if (!span) continue;
      // Someone who held the office before is still called by it when the text tells the past
      // ("challenged President Barack Obama in 2012"); only a present-tense statement is a slip.
      if (terms.length > 0 && !PRESENT_AFTER.test(doc.text.slice(span.end, span.end + 40))) continue;
      const held = rolesAt(holder, day).filter((r) => r.affiliation === country.id);
      flags.push({
        kind: 'office-not-held',
        ...span,
        explanation:
          `${entry.name} was not ${role.title} of ${country.name} when the article is set (${period.because.join('; ')}): ${holder.name} was.` +
          (terms.length ? ` ${entry.name} held the office ${terms.map((t) => (t.end ? `${t.start} – ${t.end}` : `from ${t.start}`)).join(' and ')}.` : ''),
        evidence: [...held.map((r) => describeRole(holder, r, kb)), ...terms.map((t) => describeRole(entry, t, kb)), ...period.because],
        rule: 'office-not-held',
      });
    }
  }
  return flags;
}

/** The first body mention written right after the title ("President Biden"), with the title in the span. */
function titledMention(text: string, mentions: readonly (Mention & { field?: string })[], title: string): Mention | undefined {
  for (const m of mentions) {
    if (m.field) continue;
    const before = text.slice(Math.max(0, m.start - 80), m.start);
    const at = before.toLowerCase().lastIndexOf(title.toLowerCase());
    if (at < 0 || !/^\s+$/.test(before.slice(at + title.length)) || /[\p{L}-]$/u.test(before.slice(0, at))) continue;
    if (NOT_CURRENT.test(before.slice(0, at))) return undefined;
    const start = m.start - (before.length - at);
    return { start, end: m.end, text: text.slice(start, m.end) };
  }
  return undefined;
}
