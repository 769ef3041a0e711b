import Database from 'better-sqlite3';
import { NewsgraphError } from '../../errors.js';
import type { EntityType } from '../../model/doc.js';
import type { DocJson } from '../../model/json.js';
import type {
  ArticleSummary, EntityQuery, PutItem, EntitySummary, EventQuery, ExportTable, PutResult, Store, StoreStats,
} from '../store.js';
import { closest, RecentFingerprints, signatureBytes, signatureFromBytes, type Fingerprint } from '../../across/minhash.js';
import { DATE_KEY, decodeCursor, encodeCursor, docColumn, docFromColumns, eventRecord, FACT_TABLES, factRows, flagRecord, offsetOf, offsetPage, searchWords, type EventRow } from '../rows.js';
import { migrateSqlite } from './migrate.js';
import { SCHEMA, STORE_VERSION } from './schema.js';

type Row = Record<string, string | number | null>;

/** Band keys kept in minhash_bands_recent before they move to minhash_bands (schema.ts): ~250 articles' worth. */
export const MERGE_BAND_ROWS = 16_384;

/** Opens (creating when needed) a SQLite store: WAL journal, FTS5 over title and text. */
export function openSqlite(path: string): Store {
  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // Copy the journal into the database every 10,000 pages (40 MB) rather than 1,000: pages that
    // every commit touches (index roots, the full-text index) are then copied once, not ten times.
    db.pragma('wal_autocheckpoint = 10000');
    // 32 MiB of pages per connection (SQLite's default is 2): the indexes that every article adds
    // to (names, LSH bands, full text) then mostly stay in memory rather than being read back per insert.
    db.pragma('cache_size = -32768');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrateSqlite(db);
    db.exec(SCHEMA);
    const version = db.prepare("SELECT value FROM meta WHERE key = 'version'").pluck().get() as string | undefined;
    if (version === undefined) db.prepare("INSERT INTO meta (key, value) VALUES ('version', ?)").run(String(STORE_VERSION));
    else if (Number(version) !== STORE_VERSION) {
      throw new NewsgraphError('NG_STORE_OPEN', `${path} has store version ${version}, this newsgraph reads ${STORE_VERSION}`);
    }
  } catch (error) {
    if (error instanceof NewsgraphError) throw error;
    throw new NewsgraphError('NG_STORE_OPEN', `${path}: ${(error as Error).message}`, { cause: error });
  }

  const q = {
    hasSource: db.prepare('SELECT 1 FROM sources WHERE key = ?').pluck(),
    hasArticle: db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck(),
    source: db.prepare('INSERT OR IGNORE INTO sources (key, article_id) VALUES (?, ?)'),
    article: db.prepare(
      `INSERT INTO articles (id, url, title, byline, published, language, text, doc, ingested_at, duplicate_of, similarity)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    candidates: db.prepare(
      `SELECT m.article_id AS id, m.minhash FROM minhashes m WHERE m.article_id IN (
         SELECT b.article_id FROM minhash_bands b WHERE b.band IN (SELECT value FROM json_each(@bands))
         UNION SELECT r.article_id FROM minhash_bands_recent r WHERE r.band IN (SELECT value FROM json_each(@bands))) ORDER BY m.seq`,
    ),
    signature: db.prepare('INSERT INTO minhashes (article_id, seq, minhash) VALUES (?, ?, ?)'),
    band: db.prepare('INSERT INTO minhash_bands_recent (band, article_id) VALUES (?, ?)'),
    recentBands: db.prepare('SELECT max(rowid) FROM minhash_bands_recent').pluck(),
    mergeBands: db.prepare('INSERT OR IGNORE INTO minhash_bands (band, article_id) SELECT band, article_id FROM minhash_bands_recent ORDER BY band, article_id'),
    clearRecentBands: db.prepare('DELETE FROM minhash_bands_recent'),
    facts: {
      entities: db.prepare('INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?)'),
      quotes: db.prepare('INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      events: db.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      claims: db.prepare('INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      flags: db.prepare('INSERT INTO flags VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    },
    get: db.prepare('SELECT doc, text FROM articles WHERE id = ?'),
  };

  const fingerprints = new RecentFingerprints();

  /** The stored original closest to a fingerprint, at or above the near-copy threshold. */
  function nearCopyOf(print: Fingerprint) {
    if (print.bands.length === 0) return undefined;
    const candidates = (q.candidates.all({ bands: JSON.stringify(print.bands) }) as { id: string; minhash: Buffer }[]).map((r) => ({
      id: r.id,
      signature: signatureFromBytes(r.minhash),
    }));
    return closest(print.signature, candidates);
  }

  function insert(doc: DocJson, sourceKey: string | undefined, print: Fingerprint): PutResult {
    let result: PutResult = 'existing';
    if (q.hasArticle.get(doc.id) === undefined) {
      const copy = nearCopyOf(print);
      const row = q.article.run(
        doc.id, doc.url, doc.title, doc.byline, doc.published, doc.language, doc.text, docColumn(doc), new Date().toISOString(),
        copy?.duplicateOf ?? null, copy?.similarity ?? null,
      );
      if (copy) result = 'duplicate';
      else {
        result = 'inserted';
        q.signature.run(doc.id, row.lastInsertRowid, signatureBytes(print.signature));
        for (const band of print.bands) q.band.run(band, doc.id);
        const rows = factRows(doc);
        for (const table of FACT_TABLES) for (const row of rows[table]) q.facts[table].run(...row);
      }
    }
    if (sourceKey) q.source.run(sourceKey, doc.id);
    return result;
  }
  const insertAll = db.transaction((items: readonly PutItem[], prints: Fingerprint[]) => {
    const results = items.map((item, k) => insert(item.doc, item.sourceKey, prints[k]!));
    if (((q.recentBands.get() as number | null) ?? 0) >= MERGE_BAND_ROWS) {
      q.mergeBands.run();
      q.clearRecentBands.run();
    }
    return results;
  });

  async function putMany(items: readonly PutItem[]): Promise<PutResult[]> {
    if (items.length === 0) return [];
    const prints = items.map((item) => fingerprints.take(item.doc.text));
    return insertAll.immediate(items, prints);
  }

  async function* iterate(sql: string): AsyncIterable<Row> {
    for (const row of db.prepare(sql).iterate()) yield row as Row;
  }

  return {
    async hasSource(key) {
      return q.hasSource.get(key) !== undefined;
    },
    async put(doc, sourceKey) {
      return (await putMany([{ doc, sourceKey }]))[0]!;
    },
    putMany,
    async nearCopy(text) {
      return nearCopyOf(fingerprints.remember(text));
    },
    async get(id) {
      const row = q.get.get(id) as { doc: string; text: string } | undefined;
      return row === undefined ? undefined : docFromColumns(row);
    },
    async search(query, limit = 20) {
      try {
        return db
          .prepare(
            `SELECT a.id, a.title, a.url, a.published, a.duplicate_of AS duplicateOf, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
             FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
             WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT ?`,
          )
          .all(ftsQuery(query), limit) as ArticleSummary[];
      } catch (error) {
        throw new NewsgraphError('NG_USAGE', `cannot search for ${JSON.stringify(query)}: ${(error as Error).message}`);
      }
    },
    async *documents(options = {}) {
      const where = options.originals ? 'WHERE duplicate_of IS NULL' : '';
      for await (const row of iterate(`SELECT doc, text FROM articles ${where} ORDER BY seq`)) yield docFromColumns(row as { doc: string; text: string });
    },
    table(table: ExportTable) {
      const sql: Record<ExportTable, string> = {
        articles: 'SELECT id, url, title, byline, published, language, length(text) AS chars, duplicate_of FROM articles ORDER BY seq',
        entities: 'SELECT * FROM entities',
        quotes: 'SELECT * FROM quotes',
        events: 'SELECT * FROM events',
        claims: 'SELECT * FROM claims',
        flags: 'SELECT * FROM flags',
      };
      const columns = db.prepare(sql[table]).columns().map((c) => c.name);
      return { columns, rows: iterate(sql[table]) };
    },
    async stats(): Promise<StoreStats> {
      const count = (sql: string) => db.prepare(sql).pluck().get() as number;
      const entitiesByType: Partial<Record<EntityType, number>> = {};
      for (const r of db.prepare('SELECT type, count(*) AS n FROM entities GROUP BY type ORDER BY n DESC').all() as { type: EntityType; n: number }[]) {
        entitiesByType[r.type] = r.n;
      }
      const eventsByCategory: Record<string, number> = {};
      for (const r of db.prepare('SELECT category, count(*) AS n FROM events GROUP BY category ORDER BY n DESC').all() as { category: string; n: number }[]) {
        eventsByCategory[r.category] = r.n;
      }
      const topActors = db
        .prepare('SELECT actor AS name, actor_code AS code, count(*) AS events FROM events GROUP BY actor, actor_code ORDER BY events DESC, name LIMIT 10')
        .all() as StoreStats['topActors'];
      return {
        articles: count('SELECT count(*) FROM articles'),
        duplicates: count('SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL'),
        entitiesByType,
        eventsByCategory,
        topActors,
        quotes: count('SELECT count(*) FROM quotes'),
        claims: count('SELECT count(*) FROM claims'),
        flags: count('SELECT count(*) FROM flags'),
      };
    },
    async listArticles(query, page) {
      const offset = offsetOf(page);
      if (query !== undefined && query.trim() !== '') {
        let match: string;
        try {
          match = ftsQuery(query);
        } catch {
          return { total: 0, items: [], next: null };
        }
        const total = db.prepare('SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?').pluck().get(match) as number;
        const items = db
          .prepare(
            `SELECT a.id, a.title, a.url, a.published, a.duplicate_of AS duplicateOf, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
             FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
             WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0), a.seq LIMIT ? OFFSET ?`,
          )
          .all(match, page.limit, offset) as ArticleSummary[];
        return offsetPage(total, items, page.limit, offset);
      }
      const total = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
      const items = db
        .prepare('SELECT id, title, url, published, duplicate_of AS duplicateOf FROM articles ORDER BY published IS NULL, published DESC, seq LIMIT ? OFFSET ?')
        .all(page.limit, offset) as ArticleSummary[];
      return offsetPage(total, items, page.limit, offset);
    },
    async listEntities(query, page) {
      const offset = offsetOf(page);
      const { where, params } = entityWhere(query);
      const grouped = `SELECT name, type, kb, max(code) AS code, count(DISTINCT article_id) AS articles, sum(mentions) AS mentions
        FROM entities ${where} GROUP BY name, type, kb`;
      const total = db.prepare(`SELECT count(*) FROM (${grouped})`).pluck().get(...params) as number;
      const items = db
        .prepare(`${grouped} ORDER BY articles DESC, mentions DESC, name LIMIT ? OFFSET ?`)
        .all(...params, page.limit, offset) as EntitySummary[];
      return offsetPage(total, items, page.limit, offset);
    },
    async listEvents(query, page) {
      const { where, params } = eventWhere(query);
      const desc = query.order === 'desc';
      const dir = desc ? 'DESC' : 'ASC';
      const total = db.prepare(`SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id ${where}`).pluck().get(...params) as number;
      const cursor = page.cursor === undefined ? undefined : decodeCursor(page.cursor);
      const args: (string | number)[] = [...params];
      let sql = `${EVENT_SELECT} ${where}`;
      const byDate = (query.sort ?? 'date') === 'date';
      if (byDate && cursor && 'key' in cursor) {
        // Keyset paging by date: stable while articles are added.
        const op = desc ? '<' : '>';
        sql += `${where ? ' AND' : ' WHERE'} (${DATE_KEY} ${op} ? OR (${DATE_KEY} = ? AND e.rowid ${op} ?))`;
        args.push(cursor.key, cursor.key, cursor.row);
      }
      const column = query.sort && query.sort !== 'date' ? SORT_COLUMNS[query.sort] : undefined;
      sql += column ? ` ORDER BY ${column} COLLATE NOCASE ${dir}, ${DATE_KEY}, e.rowid` : ` ORDER BY ${DATE_KEY} ${dir}, e.rowid ${dir}`;
      const offset = cursor ? ('offset' in cursor ? cursor.offset : 0) : (page.offset ?? 0);
      sql += ' LIMIT ? OFFSET ?';
      args.push(page.limit, offset);
      const rows = db.prepare(sql).all(...args) as EventRow[];
      const last = rows.at(-1);
      let next: string | null = null;
      if (rows.length === page.limit && last !== undefined) {
        next = byDate ? encodeCursor({ key: last.date_key, row: last.row }) : offset + rows.length < total ? encodeCursor({ offset: offset + rows.length }) : null;
      }
      return { total, items: rows.map(eventRecord), next };
    },
    async *eachEvent(query) {
      const { where, params } = eventWhere(query);
      const dir = query.order === 'desc' ? 'DESC' : 'ASC';
      const column = query.sort && query.sort !== 'date' ? SORT_COLUMNS[query.sort] : undefined;
      const order = column ? `${column} COLLATE NOCASE ${dir}, ${DATE_KEY}, e.rowid` : `${DATE_KEY} ${dir}, e.rowid ${dir}`;
      for (const row of db.prepare(`${EVENT_SELECT} ${where} ORDER BY ${order}`).iterate(...params)) {
        yield eventRecord(row as EventRow);
      }
    },
    async listFlags(page) {
      const offset = offsetOf(page);
      const total = db.prepare('SELECT count(*) FROM flags').pluck().get() as number;
      const rows = db
        .prepare(
          `SELECT f.*, a.title, a.published FROM flags f JOIN articles a ON a.id = f.article_id
           ORDER BY a.published IS NULL, a.published DESC, a.seq, f.n LIMIT ? OFFSET ?`,
        )
        .all(page.limit, offset) as Row[];
      return offsetPage(total, rows.map(flagRecord), page.limit, offset);
    },
    async close() {
      db.close();
    },
  };
}

/** Sort key of an event: its article's date; undated articles sort after every date. */

/** Columns the event list sorts by, besides the date. */
const SORT_COLUMNS: Record<Exclude<EventQuery['sort'], 'date' | undefined>, string> = {
  actor: 'e.actor',
  recipient: "coalesce(e.recipient, '')",
  category: 'e.category',
  modality: 'e.modality',
};

const EVENT_SELECT = `SELECT e.*, e.rowid AS row, ${DATE_KEY} AS date_key, a.title AS article_title, a.published AS article_published
  FROM events e JOIN articles a ON a.id = e.article_id`;

/** One side of an event (actor or recipient) by name (any case), CAMEO code or KB id of the linked entity. */
function sideMatch(side: 'actor' | 'recipient'): string {
  return `(e.${side} = ? COLLATE NOCASE OR e.${side}_code = ? OR EXISTS (
    SELECT 1 FROM entities n WHERE n.article_id = e.article_id AND n.entity_id = e.${side}_entity AND n.kb = ?))`;
}

function eventWhere(query: EventQuery): { where: string; params: (string | number)[] } {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  if (query.actor) {
    clauses.push(sideMatch('actor'));
    params.push(query.actor, query.actor, query.actor);
  }
  if (query.recipient) {
    clauses.push(sideMatch('recipient'));
    params.push(query.recipient, query.recipient, query.recipient);
  }
  if (query.entity) {
    clauses.push(`(${sideMatch('actor')} OR ${sideMatch('recipient')})`);
    params.push(...Array<string>(6).fill(query.entity));
  }
  if (query.country) {
    clauses.push('(substr(e.actor_code, 1, 3) = ? OR substr(e.recipient_code, 1, 3) = ?)');
    params.push(query.country.toUpperCase(), query.country.toUpperCase());
  }
  if (query.category) {
    clauses.push('e.category = ?');
    params.push(query.category);
  }
  if (query.modality) {
    clauses.push('e.modality = ?');
    params.push(query.modality);
  }
  if (query.from) {
    clauses.push('a.published >= ?');
    params.push(query.from);
  }
  if (query.to) {
    // "2025-07-24" must include date-times of that day: compare against the day's end.
    clauses.push('a.published <= ?');
    params.push(query.to.length === 10 ? `${query.to}T99` : query.to);
  }
  if (query.article) {
    clauses.push('e.article_id = ?');
    params.push(query.article);
  }
  if (query.articles) {
    // One JSON parameter, however many articles: no limit on bound variables.
    clauses.push('e.article_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(query.articles));
  }
  if (query.hideNegated) clauses.push('e.negated = 0');
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

function entityWhere(query: EntityQuery): { where: string; params: string[] } {
  const clauses: string[] = [];
  const params: string[] = [];
  if (query.q?.trim()) {
    clauses.push("(name LIKE ? ESCAPE '\\' OR kb = ?)");
    params.push(`%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`, query.q.trim());
  }
  if (query.type) {
    clauses.push('type = ?');
    params.push(query.type);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** A user's words as an FTS5 query: each word quoted (no syntax errors), all required. */
export function ftsQuery(query: string): string {
  return searchWords(query).map((w) => `"${w}"`).join(' ');
}
