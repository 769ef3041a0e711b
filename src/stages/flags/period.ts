import type { Doc } from '../../model/doc.js';
import type { Kb, KbEntry, KbRole } from '../../kb/types.js';

/** Days as ISO dates; an open end is null. */
export interface Interval {
  from: string | null;
  to: string | null;
}

/** When an article is set: the days its facts allow, and the facts that bound them. */
export interface Period {
  intervals: Interval[];
  because: string[];
}

/** A present-tense predicate right after a name ("has faced", "is", "says"): a statement about the present. */
export const PRESENT_AFTER = /^\s*(?:,[^,]{0,30},\s*)?(?:has|have|is|are|will|must|can|continues|says|faces|plans|wants|seeks|remains|insists|maintains|argues|claims|believes|hopes|intends|refuses|supports|opposes)\b/i;

const day = (d: string) => d.slice(0, 10);

/** KB roles matching a role stated in the text ("Special Envoy" of the United States). */
export function matchRoles(entry: KbEntry, title: string, affiliationName: string | undefined, kb: Kb): KbRole[] {
  const t = title.toLowerCase();
  return entry.roles.filter((r) => {
    const rt = r.title.toLowerCase();
    if (!(rt === t || rt.startsWith(`${t} `) || rt.endsWith(` ${t}`) || t.endsWith(rt))) return false;
    if (!affiliationName) return true;
    const a = kb.get(r.affiliation);
    const names = a ? [a.name, ...a.aliases].map((n) => n.toLowerCase()) : [r.affiliation.toLowerCase()];
    return names.includes(affiliationName.toLowerCase());
  });
}

export function describeRole(entry: KbEntry, role: KbRole, kb: Kb): string {
  const where = kb.get(role.affiliation)?.name ?? role.affiliation;
  const dates = role.end ? `${role.start ?? '?'} – ${role.end}` : `from ${role.start ?? '?'}`;
  return `${entry.name}: ${role.title}, ${where}, ${dates}`;
}

/** Sorted, with overlapping intervals joined. */
function merge(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((x, y) => (x.from ?? '').localeCompare(y.from ?? ''));
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out.at(-1);
    if (last && (last.to === null || (i.from !== null && i.from <= last.to))) {
      if (last.to !== null && (i.to === null || i.to > last.to)) last.to = i.to;
    } else out.push({ ...i });
  }
  return out;
}

function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const x of a) {
    for (const y of b) {
      const from = x.from && y.from ? (x.from > y.from ? x.from : y.from) : (x.from ?? y.from);
      const to = x.to && y.to ? (x.to < y.to ? x.to : y.to) : (x.to ?? y.to);
      if (!from || !to || from < to) out.push({ from, to });
    }
  }
  return merge(out);
}

/** True when a role's term overlaps any of the intervals. */
export function overlapsPeriod(role: KbRole, intervals: readonly Interval[]): boolean {
  return intersect([{ from: role.start ?? null, to: role.end ?? null }], intervals).length > 0;
}

/**
 * The days an article's facts allow: its publication day when known; otherwise the days on which
 * every role it states for people the KB knows was held ("U.S. Special Envoy Steve Witkoff" sets
 * it after 2025-01-20). A stated role held in several terms allows each of them; a role that
 * contradicts the others is left out rather than trusted.
 */
export function periodOf(doc: Readonly<Doc>, kb: Kb): Period {
  if (doc.published) {
    const d = day(doc.published);
    const next = new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10);
    return { intervals: [{ from: d, to: next }], because: [`the article was published on ${d}`] };
  }
  let intervals: Interval[] = [{ from: null, to: null }];
  const because: string[] = [];
  for (const entity of doc.entities) {
    const entry = entity.kb ? kb.get(entity.kb) : undefined;
    if (!entry || entry.type !== 'PERSON') continue;
    for (const role of entity.roles) {
      if (/\b(?:former|ex|then|late)\b/i.test(role.title)) continue;
      const terms = matchRoles(entry, role.title, role.affiliation.name || undefined, kb).filter((r) => r.start || r.end);
      if (terms.length === 0) continue;
      const narrowed = intersect(intervals, terms.map((r) => ({ from: r.start ?? null, to: r.end ?? null })));
      if (narrowed.length === 0) continue;
      if (JSON.stringify(narrowed) !== JSON.stringify(intervals)) because.push(...terms.map((r) => describeRole(entry, r, kb)));
      intervals = narrowed;
    }
  }
  return { intervals: because.length ? intervals : [], because };
}
