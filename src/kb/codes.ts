import type { KbEntry } from './types.js';

/**
 * The actor code that applies on an ISO date, PETRARCH style: the first of `entry.codes` (file
 * order) whose range holds (start <= date < end); falls back to `entry.code` when the entry has
 * no dated code list.
 */
export function codeAt(entry: KbEntry, date: string): string | undefined {
  if (!entry.codes) return entry.code;
  for (const c of entry.codes) {
    if (c.start && date < c.start) continue;
    if (c.end && date >= c.end) continue;
    return c.code;
  }
  return undefined;
}
