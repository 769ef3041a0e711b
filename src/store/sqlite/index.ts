import Database from 'better-sqlite3';
import { NewsgraphError } from '../../errors.js';
import type { EntityType } from '../../model/doc.js';
import type { DocJson } from '../../model/json.js';
import type { ArticleSummary, ExportTable, PutResult, Store, StoreStats } from '../store.js';
import { SCHEMA, STORE_VERSION } from './schema.js';

type Row = Record<string, string | number | null>;

/** Opens (creating when needed) a SQLite store: WAL journal, FTS5 over title and text. */
export function openSqlite(path: string): Store {
  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
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
      'INSERT INTO articles (id, url, title, byline, published, language, text, doc, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    entity: db.prepare('INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?)'),
    quote: db.prepare('INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    event: db.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    claim: db.prepare('INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    flag: db.prepare('INSERT INTO flags VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    get: db.prepare('SELECT doc FROM articles WHERE id = ?').pluck(),
  };

  const insert = db.transaction((doc: DocJson, sourceKey: string | undefined): PutResult => {
    const exists = q.hasArticle.get(doc.id) !== undefined;
    if (!exists) {
      const id = doc.id;
      q.article.run(id, doc.url, doc.title, doc.byline, doc.published, doc.language, doc.text, JSON.stringify(doc), new Date().toISOString());
      for (const e of doc.entities) q.entity.run(id, e.id, e.name, e.type, e.kb ?? null, e.code ?? null, e.mentions.length);
      doc.quotes.forEach((x, n) =>
        q.quote.run(id, n, x.kind, x.start, x.end, x.text, x.verb ?? null, x.speaker?.name ?? null, x.speaker?.entity ?? null),
      );
      for (const e of doc.events) {
        q.event.run(
          id, e.id, e.actor.name, e.actor.entity ?? null, e.actor.code ?? null,
          e.recipient?.name ?? null, e.recipient?.entity ?? null, e.recipient?.code ?? null,
          e.event, e.mode, JSON.stringify(e.contexts), e.cameo, e.modality, e.negated ? 1 : 0, e.source?.name ?? null,
          e.start, e.end, e.text,
        );
      }
      doc.claims.forEach((c, n) =>
        q.claim.run(id, n, c.start, c.end, c.text, c.value, c.unit, c.hedge ?? null, c.source?.name ?? null, c.source?.entity ?? null),
      );
      doc.flags.forEach((f, n) =>
        q.flag.run(id, n, f.kind, f.start, f.end, f.text, f.explanation, f.evidence ? JSON.stringify(f.evidence) : null),
      );
    }
    if (sourceKey) q.source.run(sourceKey, doc.id);
    return exists ? 'existing' : 'inserted';
  });

  async function* iterate(sql: string): AsyncIterable<Row> {
    for (const row of db.prepare(sql).iterate()) yield row as Row;
  }

  return {
    async hasSource(key) {
      return q.hasSource.get(key) !== undefined;
    },
    async put(doc, sourceKey) {
      return insert.immediate(doc, sourceKey);
    },
    async get(id) {
      const json = q.get.get(id) as string | undefined;
      return json === undefined ? undefined : (JSON.parse(json) as DocJson);
    },
    async search(query, limit = 20) {
      try {
        return db
          .prepare(
            `SELECT a.id, a.title, a.url, a.published, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
             FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
             WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT ?`,
          )
          .all(ftsQuery(query), limit) as ArticleSummary[];
      } catch (error) {
        throw new NewsgraphError('NG_USAGE', `cannot search for ${JSON.stringify(query)}: ${(error as Error).message}`);
      }
    },
    async *documents() {
      for await (const row of iterate('SELECT doc FROM articles ORDER BY seq')) yield JSON.parse(row.doc as string) as DocJson;
    },
    table(table: ExportTable) {
      const sql: Record<ExportTable, string> = {
        articles: 'SELECT id, url, title, byline, published, language, length(text) AS chars FROM articles ORDER BY seq',
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
        entitiesByType,
        eventsByCategory,
        topActors,
        quotes: count('SELECT count(*) FROM quotes'),
        claims: count('SELECT count(*) FROM claims'),
        flags: count('SELECT count(*) FROM flags'),
      };
    },
    async close() {
      db.close();
    },
  };
}

/** A user's words as an FTS5 query: each word quoted (no syntax errors), all required. */
export function ftsQuery(query: string): string {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) throw new NewsgraphError('NG_USAGE', 'the search query has no words');
  return words.map((w) => `"${w}"`).join(' ');
}
