import type pg from 'pg';
import { fingerprint, signatureBytes } from '../../across/minhash.js';
import { PG_STORE_VERSION } from './schema.js';

/**
 * Upgrades a store written by an earlier newsgraph in place. Runs inside the transaction that holds
 * the schema lock, before the current schema is applied. Version 1: near-copy columns and the
 * MinHash band index; the stored articles all count as originals. Version 2: band keys recomputed
 * (42 bands of 3 rows, was 64 of 2).
 */
export async function migratePostgres(client: pg.PoolClient): Promise<void> {
  const { rows: tables } = await client.query<{ meta: string | null }>("SELECT to_regclass('meta')::text AS meta");
  if (!tables[0]?.meta) return;
  const { rows } = await client.query<{ value: string }>("SELECT value FROM meta WHERE key = 'version'");
  const from = rows[0]?.value;
  if (from === '1') await fromVersion1(client);
  else if (from === '2') await rebuildBands(client);
  else return;
  await client.query("UPDATE meta SET value = $1 WHERE key = 'version'", [String(PG_STORE_VERSION)]);
}

async function fromVersion1(client: pg.PoolClient): Promise<void> {
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
}

/** Band keys of every original article, computed afresh from its text. */
async function rebuildBands(client: pg.PoolClient): Promise<void> {
  await client.query('DELETE FROM minhash_bands');
  const { rows: articles } = await client.query<{ id: string; text: string }>('SELECT id, text FROM articles WHERE duplicate_of IS NULL ORDER BY seq');
  for (const { id, text } of articles) {
    const { bands } = fingerprint(text);
    if (bands.length) await client.query('INSERT INTO minhash_bands (band, article_id) SELECT unnest($1::bigint[]), $2 ON CONFLICT DO NOTHING', [bands, id]);
  }
}
