import type Database from 'better-sqlite3';
import { fingerprint, signatureBytes } from '../../across/minhash.js';
import { SCHEMA, STORE_VERSION } from './schema.js';

/**
 * Upgrades a store written by an earlier newsgraph in place, in one write transaction (a second
 * process opening it meanwhile waits, then finds it current). Version 1: near-copy columns, the
 * MinHash band index and signatures; the stored articles all count as originals. Version 2:
 * signatures move from the articles table to their own (the near-copy check read long rows).
 * Versions 2 and 3: band keys recomputed (42 bands of 3 rows, was 64 of 2), and the small table
 * of recent band keys (schema.ts) added.
 */
export function migrateSqlite(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const version = () => db.prepare("SELECT value FROM meta WHERE key = 'version'").pluck().get() as string | undefined;
  if (!['1', '2', '3'].includes(version() ?? '')) return;
  db.transaction(() => {
    const from = version();
    if (from === '1') fromVersion1(db);
    else if (from === '2' || from === '3') {
      if (from === '2') fromVersion2(db);
      db.exec(SCHEMA);
      rebuildBands(db);
    } else return;
    db.prepare("UPDATE meta SET value = ? WHERE key = 'version'").run(String(STORE_VERSION));
  }).immediate();
}

/** Band keys of every original article, computed afresh from its text (a thousand articles read at a time). */
function rebuildBands(db: Database.Database): void {
  db.exec('DELETE FROM minhash_bands');
  const band = db.prepare('INSERT OR IGNORE INTO minhash_bands (band, article_id) VALUES (?, ?)');
  const page = db.prepare('SELECT seq, id, text FROM articles WHERE duplicate_of IS NULL AND seq > ? ORDER BY seq LIMIT 1000');
  for (let after = 0, rows: { seq: number; id: string; text: string }[]; (rows = page.all(after) as typeof rows).length > 0; after = rows.at(-1)!.seq) {
    for (const { id, text } of rows) for (const b of fingerprint(text).bands) band.run(b, id);
  }
}

function fromVersion1(db: Database.Database): void {
  db.exec(`ALTER TABLE articles ADD COLUMN duplicate_of TEXT REFERENCES articles(id);
    ALTER TABLE articles ADD COLUMN similarity REAL;`);
  db.exec(SCHEMA);
  const signature = db.prepare('INSERT INTO minhashes (article_id, seq, minhash) VALUES (?, ?, ?)');
  const band = db.prepare('INSERT OR IGNORE INTO minhash_bands (band, article_id) VALUES (?, ?)');
  const rows = db.prepare('SELECT id, seq, text FROM articles ORDER BY seq').all() as { id: string; seq: number; text: string }[];
  for (const { id, seq, text } of rows) {
    const print = fingerprint(text);
    signature.run(id, seq, signatureBytes(print.signature));
    for (const b of print.bands) band.run(b, id);
  }
}

function fromVersion2(db: Database.Database): void {
  db.exec(SCHEMA);
  db.exec(`INSERT INTO minhashes (article_id, seq, minhash) SELECT id, seq, minhash FROM articles WHERE duplicate_of IS NULL;
    ALTER TABLE articles DROP COLUMN minhash;`);
}
