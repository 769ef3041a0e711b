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
import { fingerprint, signatureBytes } from '../../across/minhash.js';
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

/** Today's schema without the MinHash tables (and, for version 1, without the near-copy columns). */
function oldSchema(version: 1 | 2): string {
  const noTables = SCHEMA.replace(/-- [^\n]*\n/g, '').replace(/CREATE TABLE IF NOT EXISTS minhash(?:es|_bands)[^\n]*\n/g, '');
  if (version === 2) return noTables.replace(/similarity REAL\n/, 'similarity REAL,\n  minhash BLOB NOT NULL\n');
  return noTables.replace(/,\n\s*duplicate_of[^\n]*\n/, '\n').replace(/CREATE INDEX IF NOT EXISTS articles_duplicate_of[^\n]*\n/, '');
}

/** A store of an old version holding one analysed article ("old"), and that article. */
async function oldStore(version: 1 | 2) {
  const schema = oldSchema(version);
  assert.ok(version === 1 ? !/minhash|duplicate_of/.test(schema) : /minhash BLOB NOT NULL/.test(schema) && !/minhashes|minhash_bands/.test(schema));
  const path = join(mkdtempSync(join(tmpdir(), 'newsgraph-store-')), `v${version}.db`);
  const raw = new Database(path);
  raw.exec(schema);
  raw.prepare("INSERT INTO meta (key, value) VALUES ('version', ?)").run(String(version));
  const [article] = docs(readFileSync(join(SAMPLE_DIR, 'wikinews.jsonl'), 'utf8')) as { title: string; text: string }[];
  const doc = toJson(await analyzeText(article!.text, { id: 'old', title: article!.title }));
  const values = [doc.id, doc.url, doc.title, doc.byline, doc.published, doc.language, doc.text, JSON.stringify(doc), '2026-11-01T00:00:00Z'];
  if (version === 1) raw.prepare('INSERT INTO articles (id, url, title, byline, published, language, text, doc, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(...values);
  else {
    // version 2 kept the signature in the article row and its band keys in minhash_bands
    const print = fingerprint(doc.text);
    raw.exec('CREATE TABLE minhash_bands (band INTEGER NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (band, article_id)) WITHOUT ROWID');
    raw.prepare('INSERT INTO articles (id, url, title, byline, published, language, text, doc, ingested_at, minhash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(...values, signatureBytes(print.signature));
    for (const band of print.bands) raw.prepare('INSERT INTO minhash_bands (band, article_id) VALUES (?, ?)').run(band, doc.id);
  }
  raw.close();
  return { path, article: article!, doc };
}

for (const version of [1, 2] as const) {
  test(`a store of version ${version} is upgraded in place: articles kept, copies of them found`, async () => {
    const { path, article, doc } = await oldStore(version);
    const store = openSqlite(path);
    try {
      assert.deepEqual(await store.get('old'), doc);
      assert.equal((await store.stats()).duplicates, 0);
      const copy = toJson(await analyzeText(`${article.text}\n\nUpdated with a last line.`, { id: 'copy', title: article.title }));
      assert.equal(await store.put(copy, 'copy'), 'duplicate');
      assert.equal((await store.listArticles(undefined, { limit: 5 })).items.find((a) => a.id === 'copy')?.duplicateOf, 'old');
    } finally {
      await store.close();
    }
    const db = new Database(path, { readonly: true });
    assert.equal(db.prepare("SELECT value FROM meta WHERE key = 'version'").pluck().get(), String(STORE_VERSION));
    assert.ok(!db.prepare('SELECT name FROM pragma_table_info(\'articles\')').pluck().all().includes('minhash'), 'signatures left the articles table');
    db.close();
  });
}
