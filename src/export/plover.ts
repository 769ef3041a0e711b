/**
 * PLOVER-JSON records (field names from the PLOVER 2.0 ontology's `event_record_fields` and
 * `entity_object_fields`): one record per trigger and counted category, so "Qatar and Egypt
 * mediated" is one record with two actors. Only events that count are written (see
 * countedCategory: negated, hypothetical and demanded events are left out; intentions are coded
 * AGREE/THREATEN), each with its character offsets in `text_info`.
 */
import type { ActorRef } from '../model/doc.js';
import type { DocJson } from '../model/json.js';
import { countedRecords } from '../stages/events/counted.js';
import { docDate, QUAD_CODE } from './quad.js';

export interface PloverEntity {
  code: string;
  sector?: string;
  entity_text: string;
  identifier_id?: string;
}

export interface PloverRecord {
  id: string;
  has_event: true;
  date: string | null;
  actor: PloverEntity[];
  recipient: PloverEntity[];
  event: string[];
  event_text: string[];
  quad_code: number;
  mode: string[];
  context: string[];
  text_info: { sentence: number; start: number; end: number; modality: string };
  cite_info: { url: string | null; title: string | null; publisher: string | null };
  coder: string;
  comment?: string;
}

/** "ISRGOV" → {code: ISR, sector: GOV}; "---REB" → {code: "---", sector: REB}; no code → "---". */
export function ploverEntity(ref: ActorRef): PloverEntity {
  const code = ref.code ?? '';
  const top = /^[A-Z-]{3}/.test(code) ? code.slice(0, 3) : '---';
  const sector = code.length > 3 ? code.slice(3) : undefined;
  return { code: top, ...(sector ? { sector } : {}), entity_text: ref.name, ...(ref.entity ? { identifier_id: ref.entity } : {}) };
}

export function toPloverRecords(doc: Readonly<DocJson>): PloverRecord[] {
  const date = docDate(doc.published);
  const sentenceOf = (offset: number) => doc.sentences.findIndex((s) => s.start <= offset && offset < s.end);
  return countedRecords(doc.events).map((r, n) => {
    const first = r.events[0]!;
    const mode = first.event === r.category && first.mode ? [first.mode] : [];
    const source = first.source ? `reported by ${first.source.name}` : undefined;
    return {
      id: `${doc.id || 'doc'}-${n + 1}`,
      has_event: true,
      date,
      actor: r.actors.map(ploverEntity),
      recipient: r.recipients.map(ploverEntity),
      event: [r.category],
      event_text: [doc.text.slice(r.start, r.end)],
      quad_code: QUAD_CODE[r.category],
      mode,
      context: first.event === r.category ? first.contexts : [],
      text_info: { sentence: sentenceOf(r.start), start: r.start, end: r.end, modality: first.modality },
      cite_info: { url: doc.url, title: doc.title, publisher: doc.publisher },
      coder: 'newsgraph',
      ...(source ? { comment: source } : {}),
    };
  });
}
