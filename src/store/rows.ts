import { NewsgraphError } from '../errors.js';
import type { DocJson } from '../model/json.js';
import type { EventRecord, FlagRecord, Page, PageRequest } from './store.js';

/** Sorting key of an event by its article's date; undated articles sort last. */
export const DATE_KEY = "coalesce(a.published, '~')";

/** An events row as both backends select it (with the article's title and date). */
export interface EventRow {
  article_id: string;
  event_id: string;
  actor: string;
  actor_entity: string | null;
  actor_code: string | null;
  recipient: string | null;
  recipient_entity: string | null;
  recipient_code: string | null;
  category: EventRecord['event'];
  mode: string | null;
  contexts: string;
  cameo: string | null;
  modality: EventRecord['modality'];
  negated: number;
  source: string | null;
  start: number;
  end: number;
  text: string;
  row: number;
  date_key: string;
  article_title: string | null;
  article_published: string | null;
}

export function eventRecord(r: EventRow): EventRecord {
  return {
    article: { id: r.article_id, title: r.article_title, published: r.article_published },
    id: r.event_id,
    actor: { name: r.actor, entity: r.actor_entity, code: r.actor_code },
    recipient: r.recipient === null ? null : { name: r.recipient, entity: r.recipient_entity, code: r.recipient_code },
    event: r.category,
    mode: r.mode,
    contexts: JSON.parse(r.contexts) as string[],
    cameo: r.cameo,
    modality: r.modality,
    negated: r.negated === 1,
    source: r.source,
    start: r.start,
    end: r.end,
    text: r.text,
  };
}

/** Where the next page starts: after an event (date order), or at an offset (other orders). */
export type Cursor = { key: string; row: number } | { offset: number };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify('key' in cursor ? [cursor.key, cursor.row] : ['o', cursor.offset])).toString('base64url');
}

export function decodeCursor(value: string): Cursor {
  try {
    const [key, n] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    if (key === 'o' && Number.isInteger(n) && (n as number) >= 0) return { offset: n as number };
    if (typeof key === 'string' && Number.isInteger(n)) return { key, row: n as number };
  } catch {
    /* reported below */
  }
  throw new NewsgraphError('NG_USAGE', `not a cursor: ${JSON.stringify(value)}`, { hint: "Pass the `next` value of a previous page's answer as cursor." });
}

/** Lists other than events page by offset; their cursor is the offset, encoded. */
export function offsetOf(page: PageRequest): number {
  if (page.cursor === undefined) return page.offset ?? 0;
  const n = Number(Buffer.from(page.cursor, 'base64url').toString('utf8'));
  if (!Number.isInteger(n) || n < 0) {
    throw new NewsgraphError('NG_USAGE', `not a cursor: ${JSON.stringify(page.cursor)}`, { hint: "Pass the `next` value of a previous page's answer as cursor." });
  }
  return n;
}

export function offsetPage<T>(total: number, items: T[], limit: number, offset: number): Page<T> {
  const end = offset + items.length;
  return { total, items, next: items.length === limit && end < total ? Buffer.from(String(end)).toString('base64url') : null };
}

/** A user's words for full-text search: letters and digits; none is a usage error. */
export function searchWords(query: string): string[] {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) throw new NewsgraphError('NG_USAGE', 'the search query has no words');
  return words;
}

/** A flags row joined with its article's title and date. */
export function flagRecord(r: Record<string, unknown>): FlagRecord {
  return {
    article: { id: r.article_id as string, title: r.title as string | null, published: r.published as string | null },
    kind: r.kind as string,
    start: r.start as number,
    end: r.end as number,
    text: r.text as string,
    explanation: r.explanation as string,
    evidence: r.evidence ? (JSON.parse(r.evidence as string) as string[]) : [],
  };
}

type Value = string | number | null;

/** The tables of an article's facts (everything but the article row). */
export const FACT_TABLES = ['entities', 'quotes', 'events', 'claims', 'flags'] as const;
export type FactTable = (typeof FACT_TABLES)[number];

/** An article's facts as table rows, in each table's column order (both backends insert these). */
export function factRows(doc: DocJson): Record<FactTable, Value[][]> {
  const id = doc.id;
  return {
    entities: doc.entities.map((e) => [id, e.id, e.name, e.type, e.kb ?? null, e.code ?? null, e.mentions.length]),
    quotes: doc.quotes.map((x, n) => [id, n, x.kind, x.start, x.end, x.text, x.verb ?? null, x.speaker?.name ?? null, x.speaker?.entity ?? null]),
    events: doc.events.map((e) => [
      id, e.id, e.actor.name, e.actor.entity ?? null, e.actor.code ?? null,
      e.recipient?.name ?? null, e.recipient?.entity ?? null, e.recipient?.code ?? null,
      e.event, e.mode, JSON.stringify(e.contexts), e.cameo, e.modality, e.negated ? 1 : 0, e.source?.name ?? null,
      e.start, e.end, e.text,
    ]),
    claims: doc.claims.map((c, n) => [id, n, c.start, c.end, c.text, c.value, c.unit, c.hedge ?? null, c.source?.name ?? null, c.source?.entity ?? null]),
    flags: doc.flags.map((f, n) => [id, n, f.kind, f.start, f.end, f.text, f.explanation, f.evidence ? JSON.stringify(f.evidence) : null]),
  };
}

/** A document as the `doc` column keeps it: without its text, which the `text` column holds once. */
export const docColumn = (doc: DocJson): string => JSON.stringify({ ...doc, text: '' });

/** The document back from its `doc` and `text` columns. */
export function docFromColumns(row: { doc: string; text: string }): DocJson {
  const doc = JSON.parse(row.doc) as DocJson;
  doc.text = row.text;
  return doc;
}
