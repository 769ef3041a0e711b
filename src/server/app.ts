/**
 * The HTTP server: a JSON REST API under /api (OpenAPI at /openapi.json) and the web UI at /.
 * Built with fastify: request schemas validate input and document the API in one place.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Ajv } from 'ajv';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Store } from '../store/store.js';
import { checkAccess } from './auth.js';
import { NewsgraphError } from '../errors.js';
import { errorAnswer } from './errors.js';
import { loadPloverReference } from './plover.js';
import { AnalysisGate, analyzeRoutes } from './routes/analyze.js';
import { articleRoutes } from './routes/articles.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/exports.js';
import { metaRoutes } from './routes/meta.js';
import { ErrorSchema, DocSchema } from './schemas.js';
import { StoryIndex } from '../across/story-index.js';

/** The built UI (vite writes it there; this file sits at src/server/ or dist/server/). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/** Largest JSON body POST /api/analyze takes: articles are rarely over 200 kB of text. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface ServerOptions {
  store: Store;
  /** The analysis pipeline for POST /api/analyze (built once by the caller: the KB takes a moment to load). */
  analyzer: Pipeline;
  /** API token; every /api request and /openapi.json must carry it as a bearer token. */
  token?: string | undefined;
  /** Folder of the built UI; null serves no UI. */
  webRoot?: string | null;
  /** Largest request body in bytes. */
  bodyLimit?: number;
  /** Analyses running or waiting at once before POST /api/analyze answers 503. */
  maxAnalyses?: number;
  /** Log requests (pino, to stdout). */
  logger?: boolean;
}

export type App = FastifyInstance;

/** URLs or route patterns of the API (checked for the token), as opposed to the UI's files. */
const isApiPath = (url: string) => url.startsWith('/api/') || url === '/api' || url.startsWith('/openapi.json') || url.startsWith('/analyze');

/**
 * Whether a request is for the API: by the route it matched (the router decodes `/%61pi/…` to
 * `/api/…`, so the raw URL alone is not enough), or by its URL when no route matched.
 */
const isApiRequest = (request: { url: string; routeOptions: { url?: string | undefined } }) =>
  isApiPath(request.url) || (request.routeOptions.url !== undefined && isApiPath(request.routeOptions.url));

export async function buildServer(options: ServerOptions): Promise<App> {
  const bodyLimit = options.bodyLimit ?? MAX_BODY_BYTES;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    routerOptions: { maxParamLength: 1100 },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Query strings and path parameters are text: "10" becomes 10, "false" false. JSON bodies are
  // typed already and validated as they are ({"text": 42} is an error, not "42").
  const coercing = new Ajv({ coerceTypes: 'array', useDefaults: true, removeAdditional: true, allErrors: false });
  const strict = new Ajv({ coerceTypes: false, useDefaults: true, removeAdditional: false, allErrors: false });
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? strict : coercing).compile(schema));

  // JSON only: a text/plain POST is what a foreign page can send without a CORS preflight.
  app.removeContentTypeParser(['text/plain']);

  app.addSchema(ErrorSchema);
  app.addSchema(DocSchema);

  await app.register(fastifySwagger, {
    // Shared schemas keep their $id as their name under components.schemas.
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'newsgraph API',
        version: '1.0.0',
        description:
          'Analysed news articles as structured event data: entities, quotes, PLOVER/CAMEO events, claims and flags, every fact with character offsets (UTF-16) into the article text. Errors are JSON {code, message, hint}.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      ...(options.token ? { security: [{ bearer: [] }] } : {}),
      tags: [
        { name: 'articles', description: 'stored articles and their analysed documents' },
        { name: 'entities', description: 'people, organisations and places across articles' },
        { name: 'events', description: 'PLOVER/CAMEO events: lists, timelines, the actor network' },
        { name: 'stories', description: 'articles on one story, clustered across the database' },
        { name: 'flags', description: 'statements that contradict the knowledge base' },
        { name: 'exports', description: 'CSV, JSON Lines and PLOVER-JSON downloads' },
        { name: 'analyze', description: 'analyse an article sent with the request' },
        { name: 'meta', description: 'the server and its reference data' },
      ],
    },
  });

  app.addHook('onRequest', async (request) => {
    if (isApiRequest(request)) checkAccess(request.headers, options.token);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (isApiRequest(request)) reply.header('cache-control', 'no-store');
    else {
      reply.header(
        'content-security-policy',
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
      );
      reply.header('x-frame-options', 'DENY');
    }
    return payload;
  });

  app.setErrorHandler((error, request, reply) => {
    const answer = errorAnswer(error);
    if (answer.masked) request.log.error({ err: error }, 'unexpected error');
    if (answer.masked && !options.logger) process.stderr.write(`newsgraph serve: ${request.method} ${request.url}: ${(error as Error)?.stack ?? error}\n`);
    if (answer.status === 503) reply.header('retry-after', '5');
    reply.status(answer.status).type('application/json; charset=utf-8').send(answer.body);
  });

  app.setNotFoundHandler((request, reply) => {
    const error = new NewsgraphError('NG_API_NOT_FOUND', `no route for ${request.method} ${request.url.split('?')[0]}`);
    reply.status(404).type('application/json; charset=utf-8').send({ code: error.code, message: error.message, hint: error.hint });
  });

  const plover = loadPloverReference();
  const deps = { store: options.store, analyzer: options.analyzer, plover, stories: new StoryIndex(options.store), gate: new AnalysisGate(options.maxAnalyses) };
  await app.register(metaRoutes(deps), { prefix: '/api' });
  await app.register(articleRoutes(deps), { prefix: '/api' });
  await app.register(eventRoutes(deps), { prefix: '/api' });
  await app.register(exportRoutes(deps), { prefix: '/api' });
  await app.register(analyzeRoutes(deps), { prefix: '/api' });
  // The same route without the prefix, as first announced (`POST /analyze`); left out of the OpenAPI document.
  await app.register(analyzeRoutes(deps, { hide: true }));

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const webRoot = options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot;
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    // @fastify/static resolves every path inside `root` and refuses dot-files and `..` (no traversal).
    await app.register(fastifyStatic, {
      root: webRoot,
      index: ['index.html'],
      dotfiles: 'deny',
      cacheControl: false,
      // Built assets have content hashes in their names; index.html must be revalidated to pick up a new build.
      setHeaders(res, path) {
        res.setHeader('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else {
    app.get('/', { schema: { hide: true } }, async (_request, reply) => {
      reply.type('text/plain; charset=utf-8').send('The newsgraph web UI is not built: run `npm run build:web`. The API is at /api (see /openapi.json).\n');
    });
  }
  return app;
}

export interface RouteDeps {
  store: Store;
  analyzer: Pipeline;
  plover: ReturnType<typeof loadPloverReference>;
  stories: StoryIndex;
  gate: AnalysisGate;
}
