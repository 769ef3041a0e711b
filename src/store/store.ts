import type { EntityType } from '../model/doc.js';
import type { DocJson } from '../model/json.js';

/** What a stored article looks like in lists and search results. */
export interface ArticleSummary {
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  /** Search results only: a snippet with the matched words in [brackets]. */
  snippet?: string;
}

export interface StoreStats {
  articles: number;
  entitiesByType: Partial<Record<EntityType, number>>;
  eventsByCategory: Record<string, number>;
  topActors: { name: string; code: string | null; events: number }[];
  quotes: number;
  claims: number;
  flags: number;
}

export type PutResult = 'inserted' | 'existing';

/** The tables a CSV export can write. */
export const EXPORT_TABLES = ['articles', 'entities', 'quotes', 'events', 'claims', 'flags'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

/**
 * Storage of analysed articles. Every write of an article and its facts is one transaction, so
 * a crash leaves either all of it or none; `put` of an id already stored changes nothing.
 */
export interface Store {
  /** True when this input (path, path:line, URL) was stored already: re-runs skip it. */
  hasSource(key: string): Promise<boolean>;
  put(doc: DocJson, sourceKey?: string): Promise<PutResult>;
  get(id: string): Promise<DocJson | undefined>;
  search(query: string, limit?: number): Promise<ArticleSummary[]>;
  /** Every stored article, in insertion order. */
  documents(): AsyncIterable<DocJson>;
  /** One table of facts as flat rows, for CSV. */
  table(table: ExportTable): { columns: string[]; rows: AsyncIterable<Record<string, string | number | null>> };
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
