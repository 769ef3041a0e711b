import type { Doc } from '../../model/doc.js';
import type { Kb, KbEntry, KbRole } from '../../kb/types.js';

/** When an article is set: a range of days, and the facts that put it there. */
export interface Period {
  from: string | null;
  to: string | null;
  because: string[];
}

const day = (d: string) => d.slice(0, 10);

/** A KB role matching a role stated in the text ("Special Envoy" of the United States). */
export function matchRole(entry: KbEntry, title: string, affiliationName: string | undefined, kb: Kb): KbRole | undefined {
  const t = title.toLowerCase();
  return entry.roles.find((r) => {
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
  return `${entry.name}: ${role.title}, ${where}, ${dates} (${role.source})`;
}

/**
 * The days an article's facts allow: its publication day when known; otherwise the overlap of
 * the terms of the roles it states for people the KB knows ("U.S. Special Envoy Steve Witkoff"
 * sets it after 2025-01-20).
 */
export function periodOf(doc: Readonly<Doc>, kb: Kb): Period {
  if (doc.published) return { from: day(doc.published), to: day(doc.published), because: [`published ${day(doc.published)}`] };
  const period: Period = { from: null, to: null, because: [] };
  for (const entity of doc.entities) {
    const entry = entity.kb ? kb.get(entity.kb) : undefined;
    if (!entry || entry.type !== 'PERSON') continue;
    for (const role of entity.roles) {
      if (/\b(?:former|ex|then|late)\b/i.test(role.title)) continue;
      const held = matchRole(entry, role.title, role.affiliation.name || undefined, kb);
      if (!held?.start) continue;
      if (!period.from || held.start > period.from) period.from = held.start;
      if (held.end && (!period.to || held.end < period.to)) period.to = held.end;
      period.because.push(describeRole(entry, held, kb));
    }
  }
  return period;
}
