import type { Doc, Flag } from '../../model/doc.js';
import type { Kb } from '../../kb/types.js';
import { defineStage } from '../../pipeline/stage.js';
import { futureDates } from './dates.js';
import { officesNotHeld } from './offices.js';
import { describeRole, overlapsPeriod, periodOf, PRESENT_AFTER, type Period } from './period.js';

/** Titles whose holder names an administration or government ("the Biden administration"). */
const HEAD_TITLES = /^(?:president|prime minister|chancellor|premier|king|queen|emir|supreme leader)$/i;

/**
 * "The Biden administration", "the Netanyahu government": a leader's administration named in an
 * article set at a time when that leader held no such office.
 */
function anachronisms(doc: Readonly<Doc>, kb: Kb, period: Period): Flag[] {
  if (period.intervals.length === 0) return [];
  const flags: Flag[] = [];
  const pattern = /\b(?:[Tt]he\s+)?(\p{Lu}[\p{L}'’-]+)\s+(administration|government|cabinet|presidency|White House)\b/gu;
  for (const m of doc.text.matchAll(pattern)) {
    const nameStart = m.index + m[0].indexOf(m[1]!);
    if (/\b(?:former|previous|past|then|earlier|last)\s+$/i.test(doc.text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // Only a statement about the present names an administration as current ("has faced", "is"):
    // "the Biden administration had imposed …" in a later article is history, not a slip.
    if (!PRESENT_AFTER.test(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    const entity = doc.entities.find((e) => e.kb && e.mentions.some((x) => !x.field && x.start <= nameStart && nameStart < x.end));
    const entry = entity?.kb ? kb.get(entity.kb) : undefined;
    if (!entry || entry.type !== 'PERSON') continue;
    const heads = entry.roles.filter((r) => HEAD_TITLES.test(r.title));
    if (heads.length === 0) continue;
    if (heads.some((r) => overlapsPeriod(r, period.intervals))) continue;
    const last = heads.reduce((a, b) => ((a.end ?? '9999') > (b.end ?? '9999') ? a : b));
    flags.push({
      kind: 'anachronism',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      explanation:
        `The ${m[1]} ${m[2]} ${last.end ? `ended on ${last.end}` : 'did not exist then'}, but the article is set ${describePeriod(period)}: ` +
        `${period.because.join('; ')}.`,
      evidence: [...heads.map((r) => describeRole(entry, r, kb)), ...period.because],
      rule: 'administration-out-of-office',
    });
  }
  return flags;
}

function describePeriod(period: Period): string {
  return period.intervals
    .map((i) => (i.from && i.to ? `between ${i.from} and ${i.to}` : i.from ? `after ${i.from}` : `before ${i.to}`))
    .join(' or ');
}

/** Statements that contradict the knowledge base's dated roles or the article's own dates. */
export const flags = defineStage({
  name: 'flags',
  requires: ['text'],
  uses: ['entities', 'published', 'sentences'],
  assigns: ['flags'],
  run(doc, ctx) {
    const period = periodOf(doc, ctx.kb);
    const flags = [...anachronisms(doc, ctx.kb, period), ...officesNotHeld(doc, ctx.kb, period), ...futureDates(doc)];
    return { flags: flags.sort((a, b) => a.start - b.start) };
  },
});
