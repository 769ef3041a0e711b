import pg from 'pg';
import { NewsgraphError } from '../../errors.js';
import type { EntityType } from '../../model/doc.js';
import type { DocJson } from '../../model/json.js';
import type {
  ArticleSummary, EntityQuery, EntitySummary, EventQuery, ExportTable, NearCopy, PutResult, Store, StoreStats,
} from '../store.js';
import { closest, RecentFingerprints, signatureBytes, signatureFromBytes } from '../../across/minhash.js';
import { hashString } from '../../text/hash.js';
import { DATE_KEY, decodeCursor, encodeCursor, docColumn, docFromColumns, eventRecord, FACT_TABLES, factRows, flagRecord, offsetOf, offsetPage, searchWords, type EventRow } from '../rows.js';
import { migratePostgres } from './migrate.js';
import { PG_COLUMNS, PG_SCHEMA, PG_STORE_VERSION } from './schema.js';

type Row = Record<string, string | number | null>;
type Param = string | number | null | Buffer | readonly string[];

/** True for a --db value that names a PostgreSQL database. */
export function isPostgresLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** A URL without its password, for messages. */
function redact(location: string): string {
  try {
    const url = new URL(location);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return location.replace(/:[^:@/]*@/, ':***@');
  }
}

/** A --db URL's parts: the connection string without `?schema=`, the schema, and the URL for messages. */
export function postgresLocation(location: string): { connectionString: string; schema: string | undefined; where: string } {
  let url: URL;
  try {
    url = new URL(location);
  } catch (error) {
    throw new NewsgraphError('NG_STORE_OPEN', `${redact(location)}: not a PostgreSQL URL`, { cause: error });
  }
  const schema = url.searchParams.get('schema') ?? undefined;
  url.searchParams.delete('schema');
  if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new NewsgraphError('NG_STORE_OPEN', `${redact(location)}: schema ${JSON.stringify(schema)} is not a plain identifier`);
  }
  // Unquoted, as PostgreSQL reads a plain identifier: "?schema=News" and "?schema=news" are one schema.
  return { connectionString: url.toString(), schema: schema?.toLowerCase(), where: redact(location) };
}

/**
 * Opens (creating the tables when needed) a PostgreSQL store. `location` is a postgres:// URL;
 * an optional `?schema=name` query parameter keeps the tables in that schema (created when missing).
 * Connecting is asynchronous: the first call waits for it and reports a failure as NG_STORE_OPEN.
 */
export function openPostgres(location: string): Store {
  const { connectionString, schema, where } = postgresLocation(location);
  const pool = new pg.Pool({
    connectionString,
    max: 8,
    options: schema === undefined ? undefined : `-c search_path=${schema}`,
  });
  // An idle connection's error (server restart) must not crash the process; the next query reports it.
  pool.on('error', () => undefined);

  const ready = (async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      // Several processes may open a fresh database at once: one creates the tables, the others wait.
      await client.query("SELECT pg_advisory_xact_lock(hashtext('newsgraph-schema'))");
      await client.query("SET LOCAL client_min_messages = 'warning'");
      if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await migratePostgres(client);
      await client.query(PG_SCHEMA);
      await client.query("INSERT INTO meta (key, value) VALUES ('version', $1) ON CONFLICT (key) DO NOTHING", [String(PG_STORE_VERSION)]);
      const { rows } = await client.query<{ value: string }>("SELECT value FROM meta WHERE key = 'version'");
      await client.query('COMMIT');
      const version = rows[0]?.value;
      if (Number(version) !== PG_STORE_VERSION) {
        throw new NewsgraphError('NG_STORE_OPEN', `${where} has store version ${version}, this newsgraph reads ${PG_STORE_VERSION}`);
      }
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  })().catch((error: unknown) => {
    if (error instanceof NewsgraphError) throw error;
    throw new NewsgraphError('NG_STORE_OPEN', `${where}: ${(error as Error).message}`, { cause: error });
  });
  // Awaited by every call; a rejection nobody has awaited yet must not end the process.
  ready.catch(() => undefined);

  async function query<T = Row>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    await ready;
    const result = await pool.query(sql, params as unknown[]);
    return result.rows as T[];
  }

  async function one<T>(sql: string, params: readonly Param[] = []): Promise<T> {
    const rows = await query<Record<string, T>>(sql, params);
    return Object.values(rows[0]!)[0]!;
  }

  /** Rows of a query through a server-side cursor, a batch at a time, in one snapshot. */
  async function* iterate(sql: string, params: readonly Param[] = []): AsyncGenerator<Row> {
    await ready;
    const client = await pool.connect();
    let state: 'open' | 'done' | 'broken' = 'open';
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await client.query(`DECLARE rows NO SCROLL CURSOR FOR ${sql}`, params as unknown[]);
      for (;;) {
        const { rows } = await client.query<Row>('FETCH 500 FROM rows');
        for (const row of rows) yield row;
        if (rows.length < 500) break;
      }
      await client.query('COMMIT');
      state = 'done';
    } catch (error) {
      state = 'broken';
      throw error;
    } finally {
      // Also reached when the consumer stops early: end the transaction before the client goes back.
      if (state === 'open') await client.query('ROLLBACK').catch(() => (state = 'broken'));
      client.release(state === 'broken');
    }
  }

  const fingerprints = new RecentFingerprints();

  /** The stored original a text is a near-copy of: the look-up `put` makes, without its locks. */
  async function nearCopy(text: string): Promise<NearCopy | undefined> {
    await ready;
    const print = fingerprints.remember(text);
    if (print.bands.length === 0) return undefined;
    const { rows } = await pool.query<{ id: string; minhash: Buffer }>(
      'SELECT a.id, a.minhash FROM articles a WHERE a.id IN (SELECT b.article_id FROM minhash_bands b WHERE b.band = ANY($1::bigint[])) ORDER BY a.seq',
      [print.bands],
    );
    return closest(print.signature, rows.map((r) => ({ id: r.id, signature: signatureFromBytes(r.minhash) })));
  }

  /**
   * One article in four round trips: lock, look up, one statement that inserts everything, commit.
   * The locks are on the article id and on its LSH band keys, taken in ascending order (no
   * deadlock): a writer of the same article or of a near-copy waits for the first, then sees it.
   */
  async function put(doc: DocJson, sourceKey: string | undefined): Promise<PutResult> {
    await ready;
    const print = fingerprints.take(doc.text);
    const keys = [...print.bands, idLockKey(doc.id)].sort((x, y) => x - y);
    const client = await pool.connect();
    try {
      // Integers of our own making: safe to inline, which saves a round trip.
      await client.query(`BEGIN; SELECT count(pg_advisory_xact_lock(k)) FROM unnest('{${keys.join(',')}}'::bigint[]) AS k`);
      const { rows } = await client.query<{ id: string; minhash: Buffer }>(
        `SELECT a.id, a.minhash FROM articles a
         WHERE a.id = $1 OR a.id IN (SELECT b.article_id FROM minhash_bands b WHERE b.band = ANY($2::bigint[])) ORDER BY a.seq`,
        [doc.id, print.bands],
      );
      const batch = new Inserts();
      let result: PutResult = 'existing';
      if (!rows.some((r) => r.id === doc.id)) {
        const copy = closest(print.signature, rows.map((r) => ({ id: r.id, signature: signatureFromBytes(r.minhash) })));
        result = copy ? 'duplicate' : 'inserted';
        batch.add('articles', ARTICLE_COLUMNS, [[
          doc.id, doc.url, doc.title, doc.byline, doc.published, doc.language, doc.text, docColumn(doc), new Date().toISOString(),
          copy?.duplicateOf ?? null, copy?.similarity ?? null, signatureBytes(print.signature),
        ]]);
        if (!copy) {
          batch.add('minhash_bands', ['band', 'article_id'], print.bands.map((band) => [band, doc.id]));
          const facts = factRows(doc);
          for (const table of FACT_TABLES) batch.add(table, PG_COLUMNS[table], facts[table]);
        }
      }
      if (sourceKey) batch.add('sources', ['key', 'article_id'], [[sourceKey, doc.id]], 'ON CONFLICT (key) DO NOTHING');
      for (const { sql, values } of batch.statements()) await client.query(sql, values);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Full-text matches by rank, each with a snippet around any of the words (SQLite's snippet marks any, too). */
  async function matches(words: string, limit: number, offset: number): Promise<ArticleSummary[]> {
    const rows = await query<ArticleSummary & { text: string }>(
      `SELECT a.id, a.title, a.url, a.published, a.duplicate_of AS "duplicateOf", a.text,
              ts_headline('english', a.text, replace(q::text, '&', '|')::tsquery,
                'StartSel="[", StopSel="]", MinWords=6, MaxWords=12, ShortWord=0, MaxFragments=1, FragmentDelimiter="…"') AS snippet
       FROM articles a, plainto_tsquery('english', $1) q
       WHERE a.tsv @@ q ORDER BY ts_rank('{0, 0, 0.2, 1.0}', a.tsv, q) DESC, a.seq LIMIT $2 OFFSET $3`,
      [words, limit, offset],
    );
    return rows.map(({ text, ...hit }) => ({ ...hit, snippet: ellipsis(hit.snippet ?? '', text) }));
  }

  return {
    async hasSource(key) {
      return (await query('SELECT 1 FROM sources WHERE key = $1', [key])).length > 0;
    },
    put(doc, sourceKey) {
      return put(doc, sourceKey);
    },
    // one transaction each: PostgreSQL writers run side by side, and a batch would hold its locks longer
    async putMany(items) {
      const results: PutResult[] = [];
      for (const item of items) results.push(await put(item.doc, item.sourceKey));
      return results;
    },
    nearCopy,
    async get(id) {
      const rows = await query<{ doc: string; text: string }>('SELECT doc, text FROM articles WHERE id = $1', [id]);
      return rows[0] === undefined ? undefined : docFromColumns(rows[0]);
    },
    async search(text, limit = 20) {
      const words = tsWords(text);
      try {
        return await matches(words, limit, 0);
      } catch (error) {
        if (error instanceof NewsgraphError) throw error;
        throw new NewsgraphError('NG_USAGE', `cannot search for ${JSON.stringify(text)}: ${(error as Error).message}`);
      }
    },
    async *documents(options = {}) {
      const where = options.originals ? 'WHERE duplicate_of IS NULL' : '';
      for await (const row of iterate(`SELECT doc, text FROM articles ${where} ORDER BY seq`)) yield docFromColumns(row as { doc: string; text: string });
    },
    table(table: ExportTable) {
      const columns = [...PG_COLUMNS[table]];
      const sql =
        table === 'articles'
          ? 'SELECT id, url, title, byline, published, language, length(text) AS chars, duplicate_of FROM articles ORDER BY seq'
          : `SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM ${table} ORDER BY "row"`;
      return { columns, rows: iterate(sql) };
    },
    async stats(): Promise<StoreStats> {
      const count = (sql: string) => one<number>(sql);
      const entitiesByType: Partial<Record<EntityType, number>> = {};
      for (const r of await query<{ type: EntityType; n: number }>('SELECT type, count(*)::int AS n FROM entities GROUP BY type ORDER BY n DESC, type')) {
        entitiesByType[r.type] = r.n;
      }
      const eventsByCategory: Record<string, number> = {};
      for (const r of await query<{ category: string; n: number }>('SELECT category, count(*)::int AS n FROM events GROUP BY category ORDER BY n DESC, category')) {
        eventsByCategory[r.category] = r.n;
      }
      const topActors = await query<StoreStats['topActors'][number]>(
        `SELECT actor AS name, actor_code AS code, count(*)::int AS events FROM events GROUP BY actor, actor_code
         ORDER BY events DESC, name, code NULLS FIRST LIMIT 10`,
      );
      return {
        articles: await count('SELECT count(*)::int FROM articles'),
        duplicates: await count('SELECT count(*)::int FROM articles WHERE duplicate_of IS NOT NULL'),
        entitiesByType,
        eventsByCategory,
        topActors,
        quotes: await count('SELECT count(*)::int FROM quotes'),
        claims: await count('SELECT count(*)::int FROM claims'),
        flags: await count('SELECT count(*)::int FROM flags'),
      };
    },
    async listArticles(text, page) {
      const offset = offsetOf(page);
      if (text !== undefined && text.trim() !== '') {
        let words: string;
        try {
          words = tsWords(text);
        } catch {
          return { total: 0, items: [], next: null };
        }
        const total = await one<number>("SELECT count(*)::int FROM articles WHERE tsv @@ plainto_tsquery('english', $1)", [words]);
        return offsetPage(total, await matches(words, page.limit, offset), page.limit, offset);
      }
      const total = await one<number>('SELECT count(*)::int FROM articles');
      const items = await query<ArticleSummary>(
        'SELECT id, title, url, published, duplicate_of AS "duplicateOf" FROM articles ORDER BY published IS NULL, published DESC, seq LIMIT $1 OFFSET $2',
        [page.limit, offset],
      );
      return offsetPage(total, items, page.limit, offset);
    },
    async listEntities(entityQuery, page) {
      const offset = offsetOf(page);
      const p = new Params();
      const where = entityWhere(entityQuery, p);
      const grouped = `SELECT name, type, kb, max(code) AS code, count(DISTINCT article_id)::int AS articles, sum(mentions)::int AS mentions
        FROM entities ${where} GROUP BY name, type, kb`;
      const total = await one<number>(`SELECT count(*)::int FROM (${grouped}) g`, p.values);
      const items = await query<EntitySummary>(
        `${grouped} ORDER BY articles DESC, mentions DESC, name, type, kb NULLS FIRST LIMIT ${p.add(page.limit)} OFFSET ${p.add(offset)}`,
        p.values,
      );
      return offsetPage(total, items, page.limit, offset);
    },
    async listEvents(eventQuery, page) {
      const p = new Params();
      const where = eventWhere(eventQuery, p);
      const desc = eventQuery.order === 'desc';
      const total = await one<number>(`SELECT count(*)::int FROM events e JOIN articles a ON a.id = e.article_id ${where}`, p.values);
      const cursor = page.cursor === undefined ? undefined : decodeCursor(page.cursor);
      let sql = `${EVENT_SELECT} ${where}`;
      const byDate = (eventQuery.sort ?? 'date') === 'date';
      if (byDate && cursor && 'key' in cursor) {
        // Keyset paging by date: stable while articles are added.
        const op = desc ? '<' : '>';
        const key = p.add(cursor.key);
        sql += `${where ? ' AND' : ' WHERE'} (${DATE_KEY} ${op} ${key} OR (${DATE_KEY} = ${key} AND e."row" ${op} ${p.add(cursor.row)}))`;
      }
      sql += ` ORDER BY ${orderOf(eventQuery)}`;
      const offset = cursor ? ('offset' in cursor ? cursor.offset : 0) : (page.offset ?? 0);
      sql += ` LIMIT ${p.add(page.limit)} OFFSET ${p.add(offset)}`;
      const rows = await query<EventRow>(sql, p.values);
      const last = rows.at(-1);
      let next: string | null = null;
      if (rows.length === page.limit && last !== undefined) {
        next = byDate ? encodeCursor({ key: last.date_key, row: last.row }) : offset + rows.length < total ? encodeCursor({ offset: offset + rows.length }) : null;
      }
      return { total, items: rows.map(eventRecord), next };
    },
    async *eachEvent(eventQuery) {
      const p = new Params();
      const where = eventWhere(eventQuery, p);
      for await (const row of iterate(`${EVENT_SELECT} ${where} ORDER BY ${orderOf(eventQuery)}`, p.values)) {
        yield eventRecord(row as unknown as EventRow);
      }
    },
    async listFlags(page) {
      const offset = offsetOf(page);
      const total = await one<number>('SELECT count(*)::int FROM flags');
      const rows = await query(
        `SELECT f.article_id, f.kind, f.start, f."end", f.text, f.explanation, f.evidence, a.title, a.published
         FROM flags f JOIN articles a ON a.id = f.article_id
         ORDER BY a.published IS NULL, a.published DESC, a.seq, f.n LIMIT $1 OFFSET $2`,
        [page.limit, offset],
      );
      return offsetPage(total, rows.map(flagRecord), page.limit, offset);
    },
    async close() {
      await pool.end();
    },
  };
}

/** Multi-row INSERTs, in chunks that stay under PostgreSQL's 65535 bound parameters. */
const ARTICLE_COLUMNS = ['id', 'url', 'title', 'byline', 'published', 'language', 'text', 'doc', 'ingested_at', 'duplicate_of', 'similarity', 'minhash'];

/** PostgreSQL takes at most 65,535 parameters per statement. */
const MAX_PARAMS = 60_000;

/**
 * Rows to insert, packed into as few statements as the parameter limit allows: each statement
 * inserts into several tables through data-modifying CTEs, in the order added (foreign keys are
 * checked at the end of a statement, when the article row exists).
 */
class Inserts {
  private readonly groups: { parts: string[]; values: Param[] }[] = [];

  add(table: string, columns: readonly string[], rows: readonly (readonly Param[])[], suffix = ''): void {
    const perStatement = Math.floor(MAX_PARAMS / columns.length);
    for (let i = 0; i < rows.length; i += perStatement) {
      const chunk = rows.slice(i, i + perStatement);
      let group = this.groups.at(-1);
      if (!group || group.values.length + chunk.length * columns.length > MAX_PARAMS) this.groups.push((group = { parts: [], values: [] }));
      const values = group.values;
      const tuples = chunk.map((row) => `(${row.map((v) => (values.push(v), `$${values.length}`)).join(', ')})`);
      group.parts.push(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')} ${suffix}`);
    }
  }

  *statements(): Generator<{ sql: string; values: Param[] }> {
    for (const { parts, values } of this.groups) {
      yield { sql: `WITH ${parts.map((sql, i) => `i${i} AS (${sql})`).join(', ')} SELECT 1`, values };
    }
  }
}

/** An advisory lock key for an article id, above every band key (those are below 2^38). */
function idLockKey(id: string): number {
  return 2 ** 40 + hashString(id);
}

/** Numbered parameters ($1, $2, …) for a query built piece by piece. */
class Params {
  readonly values: Param[] = [];
  add(value: Param): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A user's words for plainto_tsquery: the same words as SQLite's `ftsQuery` (all required); none is a usage error. */
function tsWords(query: string): string {
  return searchWords(query).join(' ');
}

/** SQLite's snippet marks cut text with "…" at either end; ts_headline does not. */
function ellipsis(snippet: string, text: string): string {
  if (snippet === '') return snippet;
  const plain = snippet.replace(/[[\]]/g, '');
  const bare = text.replace(/[[\]]/g, '');
  const at = bare.indexOf(plain);
  if (at < 0) return snippet;
  return `${at > 0 ? '…' : ''}${snippet}${at + plain.length < bare.length ? '…' : ''}`;
}

/** SQLite's NOCASE: ASCII letters only. */
const nocase = (expr: string) => `translate(${expr}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')`;

/** Sort key of an event: its article's date; undated articles sort after every date. */

/** Columns the event list sorts by, besides the date. */
const SORT_COLUMNS: Record<Exclude<EventQuery['sort'], 'date' | undefined>, string> = {
  actor: 'e.actor',
  recipient: "coalesce(e.recipient, '')",
  category: 'e.category',
  modality: 'e.modality',
};

function orderOf(query: EventQuery): string {
  const dir = query.order === 'desc' ? 'DESC' : 'ASC';
  const column = query.sort && query.sort !== 'date' ? SORT_COLUMNS[query.sort] : undefined;
  return column ? `${nocase(column)} ${dir}, ${DATE_KEY}, e."row"` : `${DATE_KEY} ${dir}, e."row" ${dir}`;
}

const EVENT_SELECT = `SELECT ${PG_COLUMNS.events.map((c) => `e."${c}"`).join(', ')}, e."row", ${DATE_KEY} AS date_key,
  a.title AS article_title, a.published AS article_published
  FROM events e JOIN articles a ON a.id = e.article_id`;

/** One side of an event (actor or recipient) by name (any case), CAMEO code or KB id of the linked entity. */
function sideMatch(side: 'actor' | 'recipient', value: string, p: Params): string {
  return `(${nocase(`e.${side}`)} = ${nocase(p.add(value))} OR e.${side}_code = ${p.add(value)} OR EXISTS (
    SELECT 1 FROM entities n WHERE n.article_id = e.article_id AND n.entity_id = e.${side}_entity AND n.kb = ${p.add(value)}))`;
}

function eventWhere(query: EventQuery, p: Params): string {
  const clauses: string[] = [];
  if (query.actor) clauses.push(sideMatch('actor', query.actor, p));
  if (query.recipient) clauses.push(sideMatch('recipient', query.recipient, p));
  if (query.entity) clauses.push(`(${sideMatch('actor', query.entity, p)} OR ${sideMatch('recipient', query.entity, p)})`);
  if (query.country) {
    const country = p.add(query.country.toUpperCase());
    clauses.push(`(substr(e.actor_code, 1, 3) = ${country} OR substr(e.recipient_code, 1, 3) = ${country})`);
  }
  if (query.category) clauses.push(`e.category = ${p.add(query.category)}`);
  if (query.modality) clauses.push(`e.modality = ${p.add(query.modality)}`);
  if (query.from) clauses.push(`a.published >= ${p.add(query.from)}`);
  // "2025-07-24" must include date-times of that day: compare against the day's end.
  if (query.to) clauses.push(`a.published <= ${p.add(query.to.length === 10 ? `${query.to}T99` : query.to)}`);
  if (query.article) clauses.push(`e.article_id = ${p.add(query.article)}`);
  // One array parameter, however many articles.
  if (query.articles) clauses.push(`e.article_id = ANY(${p.add(query.articles)}::text[])`);
  if (query.hideNegated) clauses.push('e.negated = 0');
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
}

function entityWhere(query: EntityQuery, p: Params): string {
  const clauses: string[] = [];
  if (query.q?.trim()) {
    // SQLite's LIKE ignores the case of ASCII letters.
    const like = p.add(`%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    clauses.push(`(${nocase('name')} LIKE ${nocase(like)} ESCAPE '\\' OR kb = ${p.add(query.q.trim())})`);
  }
  if (query.type) clauses.push(`type = ${p.add(query.type)}`);
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
}

