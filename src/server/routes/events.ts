import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NewsgraphError } from '../../errors.js';
import type { EventQuery } from '../../store/store.js';
import type { RouteDeps } from '../app.js';
import {
  errors, EventsPage, EventsQuery, IdParams, NetworkQuery, NetworkSchema, StoriesPage, StoriesQuery, StorySchema, TimelineParams, TimelineQuery, TimelineSchema,
} from '../schemas.js';
import { eventQuery, offsetOf, pageOf, withQuad, type EventOut } from './filters.js';

export function eventRoutes({ store, plover, stories }: RouteDeps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/events',
      {
        schema: {
          tags: ['events'],
          summary: 'Events, filtered and paginated',
          description:
            'Ordered by the article\'s publication date (undated last), then by position in the article. Page with `limit` and `offset`, or pass the answer\'s `next` as `cursor` (stable while articles are added).',
          querystring: EventsQuery,
          response: { 200: EventsPage, ...errors(400, 401) },
        },
      },
      async (request) => {
        const { limit, offset, cursor, ...filters } = request.query;
        const page = await store.listEvents(eventQuery(filters), pageOf({ limit, offset, cursor }));
        return { ...page, items: page.items.map((e) => withQuad(plover, e)) };
      },
    );

    app.get(
      '/timelines/:kind/:key',
      {
        schema: {
          tags: ['events'],
          summary: 'Timeline of the events of an entity or a story',
          description:
            'kind `entity`: events where the entity (name, any case, or KB id) is actor or recipient. kind `story`: the events of the story\'s articles (ids from GET /api/stories). By article date, with counts per day and quad class.',
          params: TimelineParams,
          querystring: TimelineQuery,
          response: { 200: TimelineSchema, ...errors(400, 401, 404) },
        },
      },
      async (request) => {
        const { kind, key } = request.params;
        const negated = request.query.negated ?? false;
        let query: EventQuery;
        let title: string | null | undefined;
        if (kind === 'story') {
          const story = await stories.get(key);
          if (!story) throw new NewsgraphError('NG_API_NOT_FOUND', `no story ${JSON.stringify(key)}`, { hint: 'Story ids are listed by GET /api/stories (they are the ids of their oldest articles).' });
          query = { ...eventQuery({ negated, order: 'asc' }), articles: story.members.map((m) => m.id) };
          title = story.title;
        } else query = eventQuery({ entity: key, negated, order: 'asc' });
        const days = new Map<string, { date: string; events: number; quads: number[] }>();
        const events: EventOut[] = [];
        let total = 0;
        for await (const record of store.eachEvent(query)) {
          const e = withQuad(plover, record);
          total++;
          if (events.length < (request.query.limit ?? 1000)) events.push(e);
          const date = e.article.published?.slice(0, 10) ?? 'undated';
          let day = days.get(date);
          if (!day) days.set(date, (day = { date, events: 0, quads: [0, 0, 0, 0] }));
          day.events++;
          if (e.quad >= 1 && e.quad <= 4) day.quads[e.quad - 1]!++;
        }
        return { subject: { kind, key, ...(title !== undefined ? { title } : {}) }, total, days: [...days.values()], events };
      },
    );

    app.get(
      '/stories',
      {
        schema: {
          tags: ['stories'],
          summary: 'Stories: articles on one story',
          description:
            'Articles published within a week of each other whose words and linked entities are alike (TF-IDF, src/across/stories.ts), most articles first. Computed when first asked for, again when articles are added.',
          querystring: StoriesQuery,
          response: { 200: StoriesPage, ...errors(400, 401) },
        },
      },
      async (request) => {
        const { limit } = pageOf(request.query);
        const start = offsetOf(pageOf(request.query));
        const all = (await stories.all()).filter((s) => s.articles >= (request.query.min ?? 2));
        const items = all.slice(start, start + limit).map(({ members: _members, ...summary }) => summary);
        const end = start + items.length;
        return { total: all.length, items, next: end < all.length ? Buffer.from(String(end)).toString('base64url') : null };
      },
    );

    app.get(
      '/stories/:id',
      {
        schema: { tags: ['stories'], summary: 'One story with its articles', params: IdParams, response: { 200: StorySchema, ...errors(401, 404) } },
      },
      async (request) => {
        const story = await stories.get(request.params.id);
        if (!story) throw new NewsgraphError('NG_API_NOT_FOUND', `no story ${JSON.stringify(request.params.id)}`, { hint: 'Story ids are listed by GET /api/stories.' });
        return story;
      },
    );

    app.get(
      '/network',
      {
        schema: {
          tags: ['events'],
          summary: 'Who acts on whom: the actor network',
          description: 'Edges are (actor, recipient, PLOVER category) with event counts, heaviest first; nodes are the actors and recipients they join. Takes the event filters.',
          querystring: NetworkQuery,
          response: { 200: NetworkSchema, ...errors(400, 401) },
        },
      },
      async (request) => {
        const { limit, ...filters } = request.query;
        const edges = new Map<string, { source: string; target: string; category: string; quad: number; events: number }>();
        const codes = new Map<string, string | null>();
        for await (const e of store.eachEvent(eventQuery({ ...filters, negated: filters.negated ?? false }))) {
          if (!e.recipient || e.recipient.name === e.actor.name) continue;
          const k = `${e.actor.name}\u0000${e.recipient.name}\u0000${e.event}`;
          const edge = edges.get(k) ?? { source: e.actor.name, target: e.recipient.name, category: e.event, quad: plover.quadOf.get(e.event) ?? 0, events: 0 };
          edge.events++;
          edges.set(k, edge);
          // Each node's code: the first one met.
          codes.set(e.actor.name, codes.get(e.actor.name) ?? e.actor.code);
          codes.set(e.recipient.name, codes.get(e.recipient.name) ?? e.recipient.code);
        }
        const top = [...edges.values()].sort((a, b) => b.events - a.events || a.source.localeCompare(b.source)).slice(0, limit ?? 150);
        const nodes = new Map<string, { id: string; name: string; code: string | null; events: number }>();
        for (const edge of top) {
          for (const name of [edge.source, edge.target]) {
            const node = nodes.get(name) ?? { id: name, name, code: codes.get(name) ?? null, events: 0 };
            node.events += edge.events;
            nodes.set(name, node);
          }
        }
        return { nodes: [...nodes.values()], edges: top };
      },
    );
  };
}
