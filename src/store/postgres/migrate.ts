import type pg from 'pg';
import { fingerprint, signatureBytes } from '../../across/minhash.js';

/**
 * Upgrades a store written by an earlier newsgraph in place. Runs inside the transaction that holds
 * the schema lock, before the current schema is applied. Version 1 → 2: near-copy columns and the
 * MinHash band index; the stored articles all count as originals.
 */
export async function migratePostgres(client: pg.PoolClient): Promise<void> {
  const { rows: tables } = await client.query<{ meta: string | null }>("SELECT to_regclass('meta')::text AS meta");
  if (!tables[0]?.meta) return;
  const { rows } = await client.query<{ value: string }>("SELECT value FROM meta WHERE key = 'version'");
  if (rows[0]?.value !== '1') return;
  await client.query(`ALTER TABLE articles ADD COLUMN duplicate_of text COLLATE "C" REFERENCES articles (id),
    ADD COLUMN similarity double precision, ADD COLUMN minhash bytea`);
  await client.query('CREATE TABLE minhash_bands (band bigint NOT NULL, article_id text COLLATE "C" NOT NULL, PRIMARY KEY (band, article_id))');
  const { rows: articles } = await client.query<{ id: string; text: string }>('SELECT id, text FROM articles ORDER BY seq');
  for (const { id, text } of articles) {
    const print = fingerprint(text);
    await client.query('UPDATE articles SET minhash = $1 WHERE id = $2', [signatureBytes(print.signature), id]);
    if (print.bands.length) {
      await client.query('INSERT INTO minhash_bands (band, article_id) SELECT unnest($1::bigint[]), $2 ON CONFLICT DO NOTHING', [print.bands, id]);
    }
  }
  await client.query("UPDATE meta SET value = '2' WHERE key = 'version'");
}
