import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NewsgraphError } from '../../errors.js';
import type { RouteDeps } from '../app.js';
import { pageOf } from './filters.js';
import { ArticlesPage, ArticlesQuery, EntitiesPage, EntitiesQuery, errors, FlagsPage, IdParams, PageQuery } from '../schemas.js';

export function articleRoutes({ store }: RouteDeps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/articles',
      {
        schema: {
          tags: ['articles'],
          summary: 'List articles, or search them',
          description: 'Without `q`: every article, newest first (undated last). With `q`: full-text matches (all words) by rank, each with a snippet.',
          querystring: ArticlesQuery,
          response: { 200: ArticlesPage, ...errors(400, 401) },
        },
      },
      async (request) => {
        return store.listArticles(request.query.q, pageOf(request.query));
      },
    );

    app.get(
      '/articles/:id',
      {
        schema: {
          tags: ['articles'],
          summary: 'One analysed document',
          description: 'The document as stored, exactly as `newsgraph show` prints it (docs/schema.md).',
          params: IdParams,
          response: { 200: { $ref: 'Doc#' }, ...errors(401, 404) },
        },
      },
      async (request, reply) => {
        const doc = await store.get(request.params.id);
        if (!doc) throw new NewsgraphError('NG_STORE_NOT_FOUND', `no article ${JSON.stringify(request.params.id)}`);
        // Sent as a string: the stored document verbatim, not re-shaped by the response schema.
        return reply.type('application/json; charset=utf-8').send(JSON.stringify(doc));
      },
    );

    app.get(
      '/entities',
      {
        schema: {
          tags: ['entities'],
          summary: 'Entities across articles, with counts',
          description: 'One row per (name, type, KB id), most frequent first. `q` matches part of the name, or a KB id exactly.',
          querystring: EntitiesQuery,
          response: { 200: EntitiesPage, ...errors(400, 401) },
        },
      },
      async (request) => {
        const { q, type } = request.query;
        return store.listEntities({ ...(q ? { q } : {}), ...(type ? { type } : {}) }, pageOf(request.query));
      },
    );

    app.get(
      '/flags',
      {
        schema: {
          tags: ['flags'],
          summary: 'Flags across articles',
          querystring: PageQuery,
          response: { 200: FlagsPage, ...errors(400, 401) },
        },
      },
      async (request) => store.listFlags(pageOf(request.query)),
    );
  };
}
