import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { csvField } from '../../cli/export.js';
import { toPloverRecords } from '../../export/plover.js';
import type { Doc } from '../../model/doc.js';
import type { DocJson } from '../../model/json.js';
import type { ExportTable } from '../../store/store.js';
import type { RouteDeps } from '../app.js';
import { errors, EventFilters, ExportTableParams } from '../schemas.js';
import { eventQuery, withQuad, type EventOut } from './filters.js';

/** Columns of the events CSV, in order, with how each is read from an event. */
const EVENT_COLUMNS: [string, (e: EventOut) => string | number | null][] = [
  ['article_id', (e) => e.article.id],
  ['published', (e) => e.article.published],
  ['title', (e) => e.article.title],
  ['event_id', (e) => e.id],
  ['actor', (e) => e.actor.name],
  ['actor_code', (e) => e.actor.code],
  ['category', (e) => e.event],
  ['quad', (e) => e.quad],
  ['mode', (e) => e.mode],
  ['cameo', (e) => e.cameo],
  ['recipient', (e) => e.recipient?.name ?? null],
  ['recipient_code', (e) => e.recipient?.code ?? null],
  ['modality', (e) => e.modality],
  ['negated', (e) => (e.negated ? 1 : 0)],
  ['source', (e) => e.source],
  ['contexts', (e) => e.contexts.join(' ')],
  ['start', (e) => e.start],
  ['end', (e) => e.end],
  ['text', (e) => e.text],
];

const csvLine = (cells: readonly (string | number | null)[]) => `${cells.map(csvField).join(',')}\r\n`;

function download(reply: FastifyReply, type: string, filename: string, body: AsyncIterable<string>) {
  return reply
    .type(type)
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(Readable.from(body));
}

/** A stored document as the pipeline's type (working state empty), for exporters that take a Doc. */
const asDoc = (doc: DocJson): Doc => ({ ...doc, tokens: [], raw: null, bytes: null });

export function exportRoutes({ store, plover }: RouteDeps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const text = (description: string, type: string) => ({ 200: { description, content: { [type]: { schema: Type.String() } } } });

    app.get(
      '/exports/events.csv',
      {
        schema: {
          tags: ['exports'],
          summary: 'Events as CSV (takes the event filters)',
          querystring: EventFilters,
          response: { ...text('one row per event', 'text/csv'), ...errors(400, 401) },
        },
      },
      async (request, reply) => {
        const query = eventQuery(request.query);
        async function* rows() {
          yield csvLine(EVENT_COLUMNS.map(([name]) => name));
          for await (const e of store.eachEvent(query)) {
            const out = withQuad(plover, e);
            yield csvLine(EVENT_COLUMNS.map(([, read]) => read(out)));
          }
        }
        return download(reply, 'text/csv; charset=utf-8', 'events.csv', rows());
      },
    );

    app.get(
      '/exports/events.jsonl',
      {
        schema: {
          tags: ['exports'],
          summary: 'Events as JSON Lines (takes the event filters)',
          querystring: EventFilters,
          response: { ...text('one event per line, as in GET /api/events', 'application/x-ndjson'), ...errors(400, 401) },
        },
      },
      async (request, reply) => {
        const query = eventQuery(request.query);
        async function* lines() {
          for await (const e of store.eachEvent(query)) yield `${JSON.stringify(withQuad(plover, e))}\n`;
        }
        return download(reply, 'application/x-ndjson; charset=utf-8', 'events.jsonl', lines());
      },
    );

    app.get(
      '/exports/events.plover.json',
      {
        schema: {
          tags: ['exports'],
          summary: 'Events as PLOVER-JSON records',
          description:
            'A JSON array of PLOVER 2.0 event records (src/export/plover.ts): counted events only (negated, hypothetical and demanded events are left out), with offsets in `text_info`. `article` limits it to one article.',
          querystring: Type.Object({ article: Type.Optional(Type.String({ maxLength: 1000 })) }),
          response: { ...text('a JSON array of PLOVER records', 'application/json'), ...errors(400, 401, 404) },
        },
      },
      async (request, reply) => {
        const one = request.query.article;
        async function* json() {
          yield '[';
          let first = true;
          const docs: AsyncIterable<DocJson> = one ? single(await store.get(one)) : store.documents({ originals: true });
          for await (const doc of docs) {
            for (const record of toPloverRecords(asDoc(doc))) {
              yield `${first ? '' : ','}\n${JSON.stringify(record)}`;
              first = false;
            }
          }
          yield '\n]\n';
        }
        return download(reply, 'application/json; charset=utf-8', 'events.plover.json', json());
      },
    );

    app.get(
      '/exports/articles.jsonl',
      {
        schema: {
          tags: ['exports'],
          summary: 'Every stored document as JSON Lines',
          description: 'As `newsgraph export --format jsonl` writes it.',
          response: { ...text('one analysed document per line', 'application/x-ndjson'), ...errors(401) },
        },
      },
      async (_request, reply) => {
        async function* lines() {
          for await (const doc of store.documents()) yield `${JSON.stringify(doc)}\n`;
        }
        return download(reply, 'application/x-ndjson; charset=utf-8', 'articles.jsonl', lines());
      },
    );

    app.get(
      '/exports/tables/:table',
      {
        schema: {
          tags: ['exports'],
          summary: 'One table of facts as CSV',
          description: 'As `newsgraph export --format csv --table <table>` writes it.',
          params: ExportTableParams,
          response: { ...text('the table as CSV', 'text/csv'), ...errors(400, 401) },
        },
      },
      async (request, reply) => {
        const table: ExportTable = request.params.table;
        const { columns, rows } = store.table(table);
        async function* lines() {
          yield csvLine(columns);
          for await (const row of rows) yield csvLine(columns.map((k) => row[k] ?? null));
        }
        return download(reply, 'text/csv; charset=utf-8', `${table}.csv`, lines());
      },
    );
  };
}

async function* single(doc: DocJson | undefined): AsyncIterable<DocJson> {
  if (doc) yield doc;
}
