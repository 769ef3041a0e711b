import { codeAt } from './codes.js';
import { roleHolds } from './roles.js';
import type { Kb, KbCode, KbEntry, KbRole } from './types.js';

/** An entry as `kb lookup` shows it: roles limited to `date` when given, current ones marked. */
export interface EntryView {
  entry: KbEntry;
  roles: Array<KbRole & { current: boolean }>;
  /** PETRARCH code that applies on the reference day, when the entry has dated codes. */
  codeOnDate?: string;
}

/** Roles to show: all of them, or only those holding on `date`; `current` = holds on `refDate`. */
export function viewEntry(entry: KbEntry, refDate: string, onlyAtDate: boolean): EntryView {
  const roles = entry.roles
    .filter((r) => !onlyAtDate || roleHolds(r, refDate))
    .map((r) => ({ ...r, current: roleHolds(r, refDate) }));
  const view: EntryView = { entry, roles };
  if (entry.codes) {
    const code = codeAt(entry, refDate);
    if (code) view.codeOnDate = code;
  }
  return view;
}

function span(start?: string, end?: string): string {
  if (!start && !end) return '';
  return `${start ?? '…'} to ${end ?? 'now'}`;
}

function roleLine(kb: Kb, role: KbRole & { current: boolean }): string {
  const org = kb.get(role.affiliation);
  const where = org ? `${org.name} (${role.affiliation})` : role.affiliation;
  const parts = [`${role.current ? '*' : '-'} ${role.title}, ${where}`];
  const dates = span(role.start, role.end);
  if (dates) parts.push(dates);
  if (role.code) parts.push(`[${role.code}]`);
  if (role.current) parts.push('(current)');
  return `    ${parts.join('  ')}`;
}

function codeLine(code: KbCode): string {
  const dates = span(code.start, code.end);
  return `    ${code.code}${dates ? `  ${dates}` : ''}`;
}

/** A readable block of lines for one entry. */
export function formatEntry(kb: Kb, view: EntryView): string {
  const { entry } = view;
  const lines = [`${entry.name}  (${entry.type}, id ${entry.id})`];
  if (entry.code) lines.push(`  code: ${entry.code}`);
  if (view.codeOnDate && view.codeOnDate !== entry.code) lines.push(`  code on date: ${view.codeOnDate}`);
  if (entry.country) lines.push(`  country: ${kb.get(entry.country)?.name ?? entry.country} (${entry.country})`);
  if (entry.gender) lines.push(`  gender: ${entry.gender}`);
  if (entry.aliases.length > 0) lines.push(`  aliases: ${entry.aliases.join(', ')}`);
  if (entry.demonyms && entry.demonyms.length > 0) lines.push(`  demonyms: ${entry.demonyms.join(', ')}`);
  if (entry.roles.length > 0) {
    lines.push(view.roles.length > 0 ? '  roles (* = current):' : '  roles: none on that date');
    for (const role of view.roles) lines.push(roleLine(kb, role));
  }
  if (entry.codes && entry.codes.length > 0) {
    lines.push('  codes (first that holds applies):');
    for (const code of entry.codes) lines.push(codeLine(code));
  }
  lines.push(`  source: ${entry.source}`);
  return lines.join('\n');
}
