import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createDoc } from '../../model/create.js';
import type { Doc } from '../../model/doc.js';
import { toJson } from '../../model/json.js';
import { decodeRaw } from '../../stages/ingest/index.js';
import type { RouteDeps } from '../app.js';
import { NewsgraphError } from '../../errors.js';
import { AnalyzeBody, errors, type AnalyzeBodyType } from '../schemas.js';

/** The document for a request body: text and HTML as given, a URL for the ingest stage to fetch. */
export function docOfBody(body: AnalyzeBodyType): Doc {
  const encoder = new TextEncoder();
  if (body.text !== undefined) {
    return createDoc({ kind: 'inline', location: 'request' }, { raw: decodeRaw(encoder.encode(body.text), 'the request text', 'text') });
  }
  if (body.html !== undefined) {
    return createDoc({ kind: 'inline', location: 'request' }, { raw: decodeRaw(encoder.encode(body.html), 'the request HTML', 'html') });
  }
  if (body.url !== undefined) {
    if (!/^https?:\/\//i.test(body.url)) throw new NewsgraphError('NG_URL_INVALID', `not an http(s) URL: ${JSON.stringify(body.url.slice(0, 200))}`);
    // The ingest stage fetches it, refusing private, loopback and link-local addresses unless the server allows them.
    return createDoc({ kind: 'url', location: body.url });
  }
  throw new NewsgraphError('NG_INPUT_EMPTY', 'the request has no text, html or url');
}

/**
 * Analyses running or waiting at once, across both routes. Analysis is CPU work on one thread, so
 * more only queue up, each holding its body (up to 2 MB); past this the server answers 503 at once.
 */
export const MAX_ANALYSES_IN_FLIGHT = 8;

/** Counts analyses in flight (one per server, shared by /api/analyze and /analyze). */
export class AnalysisGate {
  private inFlight = 0;
  constructor(readonly max = MAX_ANALYSES_IN_FLIGHT) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.inFlight >= this.max) throw new NewsgraphError('NG_API_BUSY', `${this.inFlight} analyses are running or waiting`);
    this.inFlight++;
    try {
      return await work();
    } finally {
      this.inFlight--;
    }
  }
}

export function analyzeRoutes({ analyzer, gate }: RouteDeps, options: { hide?: boolean } = {}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/analyze',
      {
        schema: {
          ...(options.hide ? { hide: true } : {}),
          tags: ['analyze'],
          summary: 'Analyse one article',
          description:
            'Body: exactly one of `{text}` (plain article, first line is the title), `{html}` (a page) or `{url}` (fetched; private addresses are refused unless the server runs with --allow-private). Answers the analysed document exactly as `newsgraph analyze` prints it. Nothing is stored.',
          body: AnalyzeBody,
          response: { 200: { $ref: 'Doc#' }, ...errors(400, 401, 403, 413, 415, 502, 503) },
        },
      },
      async (request, reply) => {
        const doc = await gate.run(() => analyzer.run(docOfBody(request.body)));
        return reply.type('application/json; charset=utf-8').send(JSON.stringify(toJson(doc)));
      },
    );
  };
}
