import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { RouteDeps } from '../app.js';
import { errors, PloverSchema, StatsSchema } from '../schemas.js';

export function metaRoutes({ store, plover }: RouteDeps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/health',
      { schema: { tags: ['meta'], summary: 'The server is up', response: { 200: Type.Object({ ok: Type.Boolean() }), ...errors(401) } } },
      async () => ({ ok: true }),
    );
    app.get(
      '/stats',
      { schema: { tags: ['meta'], summary: 'Counts over the database', response: { 200: StatsSchema, ...errors(401) } } },
      async () => store.stats(),
    );
    app.get(
      '/reference/plover',
      { schema: { tags: ['meta'], summary: 'PLOVER categories with their quad classes', response: { 200: PloverSchema, ...errors(401) } } },
      async () => ({ quadClasses: plover.quadClasses, categories: plover.categories }),
    );
  };
}
