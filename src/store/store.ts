import type { EntityType, Event, Modality, PloverCategory } from '../model/doc.js';
import type { DocJson } from '../model/json.js';

/** What a stored article looks like in lists and search results. */
export interface ArticleSummary {
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  /** The article this one is a near-copy of (syndicated, updated, re-headlined), or null. */
  duplicateOf: string | null;
  /** Search results only: a snippet with the matched words in [brackets]. */
  snippet?: string;
}

export interface StoreStats {
  articles: number;
  /** Articles stored as near-copies of an earlier one: their facts are not counted again. */
  duplicates: number;
  entitiesByType: Partial<Record<EntityType, number>>;
  eventsByCategory: Record<string, number>;
  topActors: { name: string; code: string | null; events: number }[];
  quotes: number;
  claims: number;
  flags: number;
}

/** One page of results: `total` counts every match, `next` is the cursor of the following page (when there is one). */
export interface Page<T> {
  total: number;
  items: T[];
  next: string | null;
}

export interface PageRequest {
  limit: number;
  offset?: number;
  /** Opaque cursor from a previous page's `next`; takes precedence over `offset`. */
  cursor?: string;
}

/** An entity across articles: one row per (name, type, kb). */
export interface EntitySummary {
  name: string;
  type: EntityType;
  kb: string | null;
  code: string | null;
  /** Articles that mention it. */
  articles: number;
  /** Mentions summed over those articles. */
  mentions: number;
}

export interface EntityQuery {
  /** Words of the name (case-insensitive substring), or a KB id. */
  q?: string;
  type?: EntityType;
}

/** Which events to list. Every field narrows the result; all are optional. */
export interface EventQuery {
  /** Actor name (case-insensitive), CAMEO code or KB id. */
  actor?: string;
  recipient?: string;
  /** Either side's entity, by name or KB id (timelines). */
  entity?: string;
  /** Three-letter country code: the start of the actor's or the recipient's code. */
  country?: string;
  category?: PloverCategory;
  modality?: Modality;
  /** Article published on or after / on or before (YYYY-MM-DD); undated articles are left out. */
  from?: string;
  to?: string;
  article?: string;
  /** Events of any of these articles (a story's). */
  articles?: readonly string[];
  /** Leave out negated events. */
  hideNegated?: boolean;
  /** Sort key (default date: the article's, then order in the article); ties by date. */
  sort?: EventSort;
  order?: 'asc' | 'desc';
}

export const EVENT_SORTS = ['date', 'actor', 'recipient', 'category', 'modality'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

/** An event as stored, with the article it comes from. */
export interface EventRecord extends Pick<Event, 'id' | 'event' | 'mode' | 'contexts' | 'cameo' | 'modality' | 'negated' | 'start' | 'end' | 'text'> {
  article: { id: string; title: string | null; published: string | null };
  actor: { name: string; entity: string | null; code: string | null };
  recipient: { name: string; entity: string | null; code: string | null } | null;
  source: string | null;
}

/** A flag as stored, with its article. */
export interface FlagRecord {
  article: { id: string; title: string | null; published: string | null };
  kind: string;
  start: number;
  end: number;
  text: string;
  explanation: string;
  evidence: string[];
}

/** An article to store and the input it came from (so re-runs skip it). */
export interface PutItem {
  doc: DocJson;
  sourceKey?: string | undefined;
}

/** `duplicate`: stored, linked to the earlier article it copies, its facts not counted again. */
export type PutResult = 'inserted' | 'duplicate' | 'existing';

/** The tables a CSV export can write. */
export const EXPORT_TABLES = ['articles', 'entities', 'quotes', 'events', 'claims', 'flags'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

/** A stored original article and how much of its text a new one shares (estimated Jaccard similarity of word shingles). */
export interface NearCopy {
  duplicateOf: string;
  similarity: number;
}

/**
 * Storage of analysed articles. An article and its facts are written in one transaction, so
 * a crash leaves either all of it or none; `put` of an id already stored changes nothing.
 */
export interface Store {
  /** True when this input (path, path:line, URL) was stored already: re-runs skip it. */
  hasSource(key: string): Promise<boolean>;
  /**
   * Stores an article and its facts. A near-copy of a stored article (MinHash similarity ≥ 0.5 of
   * its word shingles) is stored with `duplicate_of` set and without fact rows, so events,
   * entities, quotes and claims count once however many outlets ran the story.
   */
  put(doc: DocJson, sourceKey?: string): Promise<PutResult>;
  /**
   * Stores several articles in order, as `put` would one by one (a later one may be a near-copy of
   * an earlier one). SQLite writes them in one transaction, which costs much less than one each.
   */
  putMany(items: readonly PutItem[]): Promise<PutResult[]>;
  /** The stored original this text is a near-copy of (what `put` would link it to), if any. */
  nearCopy(text: string): Promise<NearCopy | undefined>;
  get(id: string): Promise<DocJson | undefined>;
  search(query: string, limit?: number): Promise<ArticleSummary[]>;
  /** Every stored article, in insertion order; near-copies left out with `originals`. */
  documents(options?: { originals?: boolean }): AsyncIterable<DocJson>;
  /** One table of facts as flat rows, for CSV. */
  table(table: ExportTable): { columns: string[]; rows: AsyncIterable<Record<string, string | number | null>> };
  stats(): Promise<StoreStats>;
  /** Articles, newest first (undated last), or full-text matches by rank when `query` has words. */
  listArticles(query: string | undefined, page: PageRequest): Promise<Page<ArticleSummary>>;
  /** Entities across articles, most frequent first. */
  listEntities(query: EntityQuery, page: PageRequest): Promise<Page<EntitySummary>>;
  /** Events matching every given filter, by article date. */
  listEvents(query: EventQuery, page: PageRequest): Promise<Page<EventRecord>>;
  /** Every event matching the filters, in the same order (exports). */
  eachEvent(query: EventQuery): AsyncIterable<EventRecord>;
  listFlags(page: PageRequest): Promise<Page<FlagRecord>>;
  close(): Promise<void>;
}
