import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { analyzeText } from '../../../test/helpers/analyze.js';
import { docs } from '../../../test/helpers/cli.js';
import { SAMPLE_DIR } from '../../cli/demo.js';
import { NewsgraphError } from '../../errors.js';
import { toJson } from '../../model/json.js';
import { ftsQuery, openSqlite } from './index.js';
import { SCHEMA, STORE_VERSION } from './schema.js';

// The behaviour both backends share is tested in src/store/store-contract.test.ts; here what only SQLite has.

test('a user query becomes an FTS5 query of quoted words', () => {
  assert.equal(ftsQuery('a-b c'), '"a" "b" "c"');
  assert.throws(() => ftsQuery('!!!'), NewsgraphError);
});

test('a file that is not a newsgraph database is refused with a clear error', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'newsgraph-store-')), 'test.db');
  writeFileSync(path, 'this is not sqlite '.repeat(100));
  assert.throws(() => openSqlite(path), (e: unknown) => e instanceof NewsgraphError && e.code === 'NG_STORE_OPEN');
});

test('a store of version 1 is upgraded in place: articles kept, bands indexed, copies of them found', async () => {
  // Version 1's schema: today's without the near-copy columns and the band table.
  const v1 = SCHEMA.replace(/,\n\s*duplicate_of[^;]*?minhash BLOB NOT NULL\n/, '\n')
    .replace(/CREATE INDEX IF NOT EXISTS articles_duplicate_of[^\n]*\n/, '')
    .replace(/-- [^\n]*\n/g, '')
    .replace(/CREATE TABLE IF NOT EXISTS minhash_bands[^\n]*\n/, '');
  assert.ok(!/minhash|duplicate_of/.test(v1));
  const path = join(mkdtempSync(join(tmpdir(), 'newsgraph-store-')), 'v1.db');
  const raw = new Database(path);
  raw.exec(v1);
  raw.prepare("INSERT INTO meta (key, value) VALUES ('version', '1')").run();
  const [article] = docs(readFileSync(join(SAMPLE_DIR, 'wikinews.jsonl'), 'utf8')) as { title: string; text: string }[];
  const doc = toJson(await analyzeText(article!.text, { id: 'old', title: article!.title }));
  raw.prepare('INSERT INTO articles (id, url, title, byline, published, language, text, doc, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(doc.id, doc.url, doc.title, doc.byline, doc.published, doc.language, doc.text, JSON.stringify(doc), '2026-11-01T00:00:00Z');
  raw.close();

  const store = openSqlite(path);
  try {
    assert.deepEqual(await store.get('old'), doc);
    assert.equal((await store.stats()).duplicates, 0);
    const copy = toJson(await analyzeText(`${article!.text}\n\nUpdated with a last line.`, { id: 'copy', title: article!.title }));
    assert.equal(await store.put(copy, 'copy'), 'duplicate');
  } finally {
    await store.close();
  }
  assert.equal(new Database(path, { readonly: true }).prepare("SELECT value FROM meta WHERE key = 'version'").pluck().get(), String(STORE_VERSION));
});
