import type Database from 'better-sqlite3';
import { fingerprint, signatureBytes } from '../../across/minhash.js';
import { SCHEMA, STORE_VERSION } from './schema.js';

/**
 * Upgrades a store written by an earlier newsgraph in place, in one write transaction (a second
 * process opening it meanwhile waits, then finds it current). Version 1: near-copy columns, the
 * MinHash band index and signatures; the stored articles all count as originals. Version 2:
 * signatures move from the articles table to their own (the near-copy check read long rows).
 * Version 3: the small table of recent band keys (schema.ts) is added.
 */
export function migrateSqlite(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const version = () => db.prepare("SELECT value FROM meta WHERE key = 'version'").pluck().get() as string | undefined;
  if (!['1', '2', '3'].includes(version() ?? '')) return;
  db.transaction(() => {
    if (version() === '1') fromVersion1(db);
    else if (version() === '2') fromVersion2(db);
    else if (version() === '3') db.exec(SCHEMA);
    else return;
    db.prepare("UPDATE meta SET value = ? WHERE key = 'version'").run(String(STORE_VERSION));
  }).immediate();
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
