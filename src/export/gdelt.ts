/**
 * GDELT-style event rows (tab-separated when joined): one row per counted event (see
 * countedCategory), actor by actor, with the CAMEO code, its root, the quad class of its PLOVER
 * category, the source URL and the trigger's character offset in the text.
 */
import type { DocJson } from '../model/json.js';
import { countedCategory } from '../stages/events/counted.js';
import { docDate, QUAD_CODE } from './quad.js';

export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'Actor1Code', 'Actor1Name', 'Actor2Code', 'Actor2Name', 'EventCode', 'EventRootCode',
  'QuadClass', 'IsNegated', 'Modality', 'SOURCEURL', 'MentionOffset',
] as const;

export function gdeltHeader(): string[] {
  return [...GDELT_COLUMNS];
}

/** Tabs and line breaks in a field become spaces (the format has no quoting). */
const field = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

/** Intent events ("will attack" → THREATEN) get the intent code's root: 03 for AGREE, 13 for THREATEN. */
const INTENT_ROOT: Partial<Record<string, string>> = { AGREE: '030', THREATEN: '130' };

export function toGdeltRows(doc: Readonly<DocJson>): string[][] {
  const date = docDate(doc.published)?.replace(/-/g, '') ?? '';
  const rows: string[][] = [];
  for (const e of doc.events) {
    const category = countedCategory(e);
    if (!category) continue;
    const code = category === e.event ? (e.cameo ?? '') : (INTENT_ROOT[category] ?? e.cameo ?? '');
    rows.push(
      [
        `${doc.id || 'doc'}:${e.id}`, date, e.actor.code ?? '', e.actor.name, e.recipient?.code ?? '', e.recipient?.name ?? '',
        code, code.slice(0, 2), QUAD_CODE[category], 0, e.modality, doc.url ?? '', e.start,
      ].map(field),
    );
  }
  return rows;
}
