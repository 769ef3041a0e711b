import type { Kb, KbEntry, KbRole } from './types.js';

/** Whether a role holds on an ISO day: start <= date < end (the successor holds on hand-over day). */
export function roleHolds(role: KbRole, date: string): boolean {
  if (role.start && date < role.start) return false;
  if (role.end && date >= role.end) return false;
  return true;
}

/** The entry's roles that hold on an ISO day (YYYY-MM-DD). */
export function rolesAt(entry: KbEntry, date: string): KbRole[] {
  return entry.roles.filter((role) => roleHolds(role, date));
}

/** Key for a (title, affiliation) pair; titles compare case-insensitively. */
export function roleKey(title: string, affiliation: string): string {
  return `${affiliation}\u0000${title.trim().toLowerCase()}`;
}

/** Who held `title` of `affiliationId` (e.g. 'President', 'USA') on an ISO day. */
export function holders(kb: Kb, title: string, affiliationId: string, date: string): KbEntry[] {
  const candidates: Iterable<KbEntry> = kb.withRole ? kb.withRole(title, affiliationId) : kb.entries();
  const key = roleKey(title, affiliationId);
  const out: KbEntry[] = [];
  for (const entry of candidates) {
    if (entry.roles.some((r) => roleKey(r.title, r.affiliation) === key && roleHolds(r, date))) out.push(entry);
  }
  return out;
}
