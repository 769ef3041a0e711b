/**
 * Request and response schemas (JSON Schema via TypeBox): fastify validates requests with them,
 * @fastify/swagger turns them into /openapi.json, and the handlers' types come from them.
 */
import { Type, type Static } from 'typebox';
import { ENTITY_TYPES } from '../model/doc.js';
import { EVENT_SORTS, EXPORT_TABLES } from '../store/store.js';

export const PLOVER_CATEGORIES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export const MODALITIES = ['asserted', 'future', 'hypothetical', 'demanded'] as const;

/** Largest page a list answers. */
export const MAX_PAGE_LIMIT = 500;
export const DEFAULT_PAGE_LIMIT = 50;

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });

export const ErrorSchema = Type.Object(
  {
    code: Type.String({ description: 'stable error code, e.g. NG_STORE_NOT_FOUND (docs/errors.md)' }),
    message: Type.String({ description: 'what went wrong, for developers' }),
    hint: Type.String({ description: 'what a user can do about it' }),
  },
  { $id: 'Error', description: 'Every error answer' },
);

/** The error answers a route documents. */
export function errors(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, Type.Ref('Error')]));
}

const pageProps = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_LIMIT, default: DEFAULT_PAGE_LIMIT, description: 'items per page' })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0, description: 'items to skip (ignored with cursor)' })),
  cursor: Type.Optional(Type.String({ maxLength: 200, description: '`next` of the previous page' })),
};
export const PageQuery = Type.Object(pageProps);

function page<T extends Parameters<typeof Type.Array>[0]>(item: T, description: string) {
  return Type.Object(
    {
      total: Type.Integer({ description: 'every match, across pages' }),
      items: Type.Array(item),
      next: Nullable(Type.String({ description: 'cursor of the next page' })),
    },
    { description },
  );
}

export const ArticleSummarySchema = Type.Object({
  id: Type.String(),
  title: Nullable(Type.String()),
  url: Nullable(Type.String()),
  published: Nullable(Type.String()),
  duplicateOf: Nullable(Type.String({ description: 'the earlier article this one is a near-copy of; its facts are counted there' })),
  snippet: Type.Optional(Type.String({ description: 'search only: matched words in [brackets]' })),
});

export const ArticlesQuery = Type.Object({
  ...pageProps,
  q: Type.Optional(Type.String({ maxLength: 500, description: 'full-text search over titles and texts (all words)' })),
});
export const ArticlesPage = page(ArticleSummarySchema, 'articles, newest first, or search hits by rank');

/** Article ids: 16 hex digits, or a JSON Lines record's own id (kept as given, so allowed long). */
export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 1000 }) });

const RefSchema = Type.Object({ entity: Type.Optional(Type.String()), name: Type.String() });
const ActorRefSchema = Type.Object({ entity: Type.Optional(Type.String()), name: Type.String(), code: Type.Optional(Type.String()) });
const Span = { start: Type.Integer(), end: Type.Integer(), text: Type.String() };

/** The analysed document (docs/schema.md). Fields may be added within newsgraph/1.0. */
export const DocSchema = Type.Object(
  {
    schema: Type.String({ description: 'newsgraph/1.0' }),
    id: Type.String(),
    url: Nullable(Type.String()),
    title: Nullable(Type.String()),
    byline: Nullable(Type.String()),
    published: Nullable(Type.String()),
    modified: Nullable(Type.String()),
    publisher: Nullable(Type.String()),
    description: Nullable(Type.String()),
    language: Nullable(Type.String()),
    text: Type.String({ description: 'the clean body; every offset indexes it (UTF-16 code units)' }),
    origin: Type.Object({ kind: Type.String(), location: Type.String() }, { additionalProperties: true }),
    sentences: Type.Array(Type.Object({ start: Type.Integer(), end: Type.Integer() })),
    entities: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          name: Type.String(),
          type: Type.Enum(ENTITY_TYPES),
          aliases: Type.Array(Type.String()),
          kb: Type.Optional(Type.String()),
          code: Type.Optional(Type.String()),
          roles: Type.Array(Type.Object({ title: Type.String(), affiliation: RefSchema })),
          mentions: Type.Array(Type.Object({ ...Span, field: Type.Optional(Type.Literal('title')) })),
        },
        { additionalProperties: true },
      ),
    ),
    quotes: Type.Array(
      Type.Object(
        { kind: Type.Union([Type.Literal('direct'), Type.Literal('indirect')]), ...Span, verb: Type.Optional(Type.String()), speaker: Nullable(RefSchema) },
        { additionalProperties: true },
      ),
    ),
    events: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          actor: ActorRefSchema,
          recipient: Nullable(ActorRefSchema),
          event: Type.String({ description: 'PLOVER 2.0 category' }),
          mode: Nullable(Type.String()),
          contexts: Type.Array(Type.String()),
          cameo: Nullable(Type.String()),
          modality: Type.String(),
          negated: Type.Boolean(),
          source: Type.Optional(RefSchema),
          ...Span,
        },
        { additionalProperties: true },
      ),
    ),
    claims: Type.Array(
      Type.Object(
        { ...Span, value: Type.Number(), unit: Nullable(Type.String()), hedge: Type.Optional(Type.String()), source: Nullable(RefSchema) },
        { additionalProperties: true },
      ),
    ),
    flags: Type.Array(
      Type.Object(
        { kind: Type.String(), ...Span, explanation: Type.String(), evidence: Type.Optional(Type.Array(Type.String())) },
        { additionalProperties: true },
      ),
    ),
    messages: Type.Array(Type.Object({ severity: Type.String(), source: Type.String(), rule: Type.String(), note: Type.String() }, { additionalProperties: true })),
  },
  { $id: 'Doc', additionalProperties: true, description: 'An analysed article (docs/schema.md)' },
);

export const EntitiesQuery = Type.Object({
  ...pageProps,
  q: Type.Optional(Type.String({ maxLength: 200, description: 'part of the name (any case), or a KB id' })),
  type: Type.Optional(Type.Enum(ENTITY_TYPES)),
});
export const EntitySummarySchema = Type.Object({
  name: Type.String(),
  type: Type.String(),
  kb: Nullable(Type.String()),
  code: Nullable(Type.String()),
  articles: Type.Integer({ description: 'articles that mention it' }),
  mentions: Type.Integer({ description: 'mentions in those articles' }),
});
export const EntitiesPage = page(EntitySummarySchema, 'entities across articles, most frequent first');

/** Event filters shared by the list, the exports, the network and timelines. */
const eventFilterProps = {
  actor: Type.Optional(Type.String({ maxLength: 200, description: 'actor name (any case), CAMEO code or KB id' })),
  recipient: Type.Optional(Type.String({ maxLength: 200, description: 'recipient name (any case), CAMEO code or KB id' })),
  entity: Type.Optional(Type.String({ maxLength: 200, description: 'either side, by name or KB id' })),
  country: Type.Optional(Type.String({ pattern: '^[A-Za-z-]{3}$', description: 'three-letter code at the start of the actor\'s or recipient\'s code' })),
  category: Type.Optional(Type.Enum(PLOVER_CATEGORIES, { description: 'PLOVER category' })),
  modality: Type.Optional(Type.Enum(MODALITIES)),
  from: Type.Optional(Type.String({ ...Day, description: 'article published on or after (YYYY-MM-DD)' })),
  to: Type.Optional(Type.String({ ...Day, description: 'article published on or before (YYYY-MM-DD)' })),
  article: Type.Optional(Type.String({ maxLength: 1000, description: 'one article\'s events' })),
  negated: Type.Optional(Type.Boolean({ default: true, description: 'false leaves out negated events' })),
  sort: Type.Optional(Type.Enum(EVENT_SORTS, { default: 'date', description: 'sort key; ties by date. Keyset cursors for date, offsets for the others' })),
  order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')], { default: 'asc' })),
};
export const EventFilters = Type.Object(eventFilterProps);
export type EventFiltersType = Static<typeof EventFilters>;

export const EventsQuery = Type.Object({ ...pageProps, ...eventFilterProps });

const Side = Type.Object({ name: Type.String(), entity: Nullable(Type.String()), code: Nullable(Type.String()) });
const ArticleRef = Type.Object({ id: Type.String(), title: Nullable(Type.String()), published: Nullable(Type.String()) });
export const EventRecordSchema = Type.Object({
  article: ArticleRef,
  id: Type.String(),
  actor: Side,
  recipient: Nullable(Side),
  event: Type.String({ description: 'PLOVER category' }),
  quad: Type.Integer({ minimum: 1, maximum: 4, description: 'PLOVER quad class: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict' }),
  mode: Nullable(Type.String()),
  contexts: Type.Array(Type.String()),
  cameo: Nullable(Type.String()),
  modality: Type.String(),
  negated: Type.Boolean(),
  source: Nullable(Type.String()),
  start: Type.Integer(),
  end: Type.Integer(),
  text: Type.String(),
});
export const EventsPage = page(EventRecordSchema, 'events by article date; pass `next` as cursor for the next page');

export const FlagRecordSchema = Type.Object({
  article: ArticleRef,
  kind: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
  text: Type.String(),
  explanation: Type.String(),
  evidence: Type.Array(Type.String()),
});
export const FlagsPage = page(FlagRecordSchema, 'flags, newest articles first');

export const TimelineParams = Type.Object({
  kind: Type.Enum(['entity', 'story'] as const, { description: 'what the timeline follows: an entity, or a story (GET /api/stories)' }),
  key: Type.String({ minLength: 1, maxLength: 1000, description: 'entity name or KB id (kind entity); story id (kind story)' }),
});
export const TimelineQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000, default: 1000, description: 'most events listed' })),
  negated: Type.Optional(Type.Boolean({ default: false, description: 'include negated events' })),
});
export const TimelineSchema = Type.Object({
  subject: Type.Object({ kind: Type.String(), key: Type.String(), title: Type.Optional(Nullable(Type.String({ description: 'a story\'s title (its oldest article\'s)' }))) }),
  total: Type.Integer(),
  days: Type.Array(
    Type.Object({
      date: Type.String({ description: 'YYYY-MM-DD, or "undated"' }),
      events: Type.Integer(),
      quads: Type.Array(Type.Integer(), { description: 'events per quad class 1–4' }),
    }),
    { description: 'events per article day, by date; undated last' },
  ),
  events: Type.Array(EventRecordSchema),
});

export const NetworkQuery = Type.Object({
  ...eventFilterProps,
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 150, description: 'most edges (the heaviest)' })),
});
export const NetworkSchema = Type.Object({
  nodes: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), code: Nullable(Type.String()), events: Type.Integer() })),
  edges: Type.Array(
    Type.Object({
      source: Type.String(),
      target: Type.String(),
      category: Type.String(),
      quad: Type.Integer(),
      events: Type.Integer(),
    }),
  ),
});

export const AnalyzeBody = Type.Object(
  {
    text: Type.Optional(Type.String({ minLength: 1, description: 'plain article; the first line is the title' })),
    html: Type.Optional(Type.String({ minLength: 1, description: 'an HTML page' })),
    url: Type.Optional(Type.String({ minLength: 1, maxLength: 4096, description: 'an http(s) URL to fetch' })),
  },
  { additionalProperties: false, minProperties: 1, maxProperties: 1, description: 'exactly one of text, html, url' },
);
export type AnalyzeBodyType = Static<typeof AnalyzeBody>;

export const ExportTableParams = Type.Object({
  table: Type.Enum(EXPORT_TABLES),
});

export const StatsSchema = Type.Object({
  articles: Type.Integer(),
  duplicates: Type.Integer({ description: 'articles stored as near-copies of an earlier one' }),
  entitiesByType: Type.Record(Type.String(), Type.Integer()),
  eventsByCategory: Type.Record(Type.String(), Type.Integer()),
  topActors: Type.Array(Type.Object({ name: Type.String(), code: Nullable(Type.String()), events: Type.Integer() })),
  quotes: Type.Integer(),
  claims: Type.Integer(),
  flags: Type.Integer(),
});

export const PloverSchema = Type.Object({
  quadClasses: Type.Array(Type.Object({ name: Type.String(), quad: Type.Integer() })),
  categories: Type.Array(Type.Object({ name: Type.String(), quad: Type.Integer(), definition: Type.String() })),
});

export const StorySummarySchema = Type.Object({
  id: Type.String({ description: 'the id of the story\'s oldest article' }),
  title: Nullable(Type.String()),
  articles: Type.Integer(),
  from: Nullable(Type.String({ description: 'first publication day' })),
  to: Nullable(Type.String({ description: 'last publication day' })),
});
export const StoriesQuery = Type.Object({
  ...pageProps,
  min: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 2, description: 'fewest articles a listed story has' })),
});
export const StoriesPage = page(StorySummarySchema, 'stories (clusters of articles on one story within a week), most articles first');
export const StorySchema = Type.Object({
  ...StorySummarySchema.properties,
  members: Type.Array(Type.Object({ id: Type.String(), title: Nullable(Type.String()), published: Nullable(Type.String()) }), { description: 'articles, oldest first' }),
});
