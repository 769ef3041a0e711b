import type { EventQuery, EventRecord, PageRequest } from '../../store/store.js';
import type { PloverReference } from '../plover.js';
import { DEFAULT_PAGE_LIMIT, type EventFiltersType } from '../schemas.js';

/** The API's event filters → the store's query. */
export function eventQuery(f: EventFiltersType): EventQuery {
  const q: EventQuery = {};
  if (f.actor) q.actor = f.actor;
  if (f.recipient) q.recipient = f.recipient;
  if (f.entity) q.entity = f.entity;
  if (f.country) q.country = f.country.toUpperCase();
  if (f.category) q.category = f.category;
  if (f.modality) q.modality = f.modality;
  if (f.from) q.from = f.from;
  if (f.to) q.to = f.to;
  if (f.article) q.article = f.article;
  if (f.negated === false) q.hideNegated = true;
  if (f.sort) q.sort = f.sort;
  if (f.order) q.order = f.order;
  return q;
}

export type EventOut = EventRecord & { quad: number };

/** An event with its PLOVER quad class (0 when the category is not in the ontology). */
export function withQuad(plover: PloverReference, e: EventRecord): EventOut {
  return { ...e, quad: plover.quadOf.get(e.event) ?? 0 };
}

/** The paging part of a query (defaults are filled by validation; stated again for the types). */
export function pageOf(q: { limit?: number | undefined; offset?: number | undefined; cursor?: string | undefined }): PageRequest {
  return { limit: q.limit ?? DEFAULT_PAGE_LIMIT, offset: q.offset ?? 0, ...(q.cursor ? { cursor: q.cursor } : {}) };
}

export { offsetOf } from '../../store/rows.js';
