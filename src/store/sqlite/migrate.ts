import type Database from 'better-sqlite3';
import { fingerprint, signatureBytes } from '../../across/minhash.js';
import { SCHEMA } from './schema.js';

/**
 * Upgrades a store written by an earlier newsgraph in place, in one write transaction (a second
 * process opening it meanwhile waits, then finds it current). Version 1 → 2: near-copy columns and
 * the MinHash band index; the stored articles all count as originals.
 */
export function migrateSqlite(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const version = () => db.prepare("SELECT value FROM meta WHERE key = 'version'").pluck().get() as string | undefined;
  if (version() !== '1') return;
  db.transaction(() => {
    if (version() !== '1') return;
    db.exec(`ALTER TABLE articles ADD COLUMN duplicate_of TEXT REFERENCES articles(id);
      ALTER TABLE articles ADD COLUMN similarity REAL;
      ALTER TABLE articles ADD COLUMN minhash BLOB;`);
    db.exec(SCHEMA);
    const setHash = db.prepare('UPDATE articles SET minhash = ? WHERE id = ?');
    const band = db.prepare('INSERT OR IGNORE INTO minhash_bands (band, article_id) VALUES (?, ?)');
    const rows = db.prepare('SELECT id, text FROM articles ORDER BY seq').all() as { id: string; text: string }[];
    for (const { id, text } of rows) {
      const print = fingerprint(text);
      setHash.run(signatureBytes(print.signature), id);
      for (const b of print.bands) band.run(b, id);
    }
    db.prepare("UPDATE meta SET value = '2' WHERE key = 'version'").run();
  }).immediate();
}
