import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { analyzeText } from '../../../test/helpers/analyze.js';
import { oldBands } from '../../../test/helpers/bands.js';
import { docs } from '../../../test/helpers/cli.js';
import { SAMPLE_DIR } from '../../cli/demo.js';
import { NewsgraphError } from '../../errors.js';
import { toJson } from '../../model/json.js';
import { BANDS, fingerprint, signatureBytes } from '../../across/minhash.js';
import { createDoc } from '../../model/create.js';
import { ftsQuery, MERGE_BAND_ROWS, openSqlite } from './index.js';
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

/** Today's schema without the MinHash tables (and, for version 1, without the near-copy columns); version 3 lacks the recent band keys. */
function oldSchema(version: 1 | 2 | 3): string {
  if (version === 3) return SCHEMA.replace(/-- [^\n]*\n/g, '').replace(/CREATE (?:TABLE|INDEX) IF NOT EXISTS minhash_bands_recent[^\n]*\n/g, '');
  const noTables = SCHEMA.replace(/-- [^\n]*\n/g, '').replace(/CREATE (?:TABLE|INDEX) IF NOT EXISTS minhash(?:es|_bands)[^\n]*\n/g, '');
  if (version === 2) return noTables.replace(/similarity REAL\n/, 'similarity REAL,\n  minhash BLOB NOT NULL\n');
  return noTables.replace(/,\n\s*duplicate_of[^\n]*\n/, '\n').replace(/CREATE INDEX IF NOT EXISTS articles_duplicate_of[^\n]*\n/, '');
}

/** A store of an old version holding one analysed article ("old"), and that article. */
async function oldStore(version: 1 | 2 | 3) {
  const schema = oldSchema(version);
  if (version === 3) assert.ok(/minhash_bands/.test(schema) && !/minhash_bands_recent/.test(schema));
  else assert.ok(version === 1 ? !/minhash|duplicate_of/.test(schema) : /minhash BLOB NOT NULL/.test(schema) && !/minhashes|minhash_bands/.test(schema));
  const path = join(mkdtempSync(join(tmpdir(), 'newsgraph-store-')), `v${version}.db`);
  const raw = new Database(path);
  raw.exec(schema);
  raw.prepare("INSERT INTO meta (key, value) VALUES ('version', ?)").run(String(version));
  const [article] = docs(readFileSync(join(SAMPLE_DIR, 'wikinews.jsonl'), 'utf8')) as { title: string; text: string }[];
  const doc = toJson(await analyzeText(article!.text, { id: 'old', title: article!.title }));
  const values = [doc.id, doc.url, doc.title, doc.byline, doc.published, doc.language, doc.text, JSON.stringify(doc), '2026-11-01T00:00:00Z'];
  if (version === 1) raw.prepare('INSERT INTO articles (id, url, title, byline, published, language, text, doc, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(...values);
  else if (version === 3) {
    const print = fingerprint(doc.text);
    const seq = raw.prepare('INSERT INTO articles (id, url, title, byline, published, language, text, doc, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(...values).lastInsertRowid;
    raw.prepare('INSERT INTO minhashes (article_id, seq, minhash) VALUES (?, ?, ?)').run(doc.id, seq, signatureBytes(print.signature));
    for (const band of oldBands(print.signature)) raw.prepare('INSERT INTO minhash_bands (band, article_id) VALUES (?, ?)').run(band, doc.id);
  } else {
    // version 2 kept the signature in the article row and its band keys in minhash_bands
    const print = fingerprint(doc.text);
    raw.exec('CREATE TABLE minhash_bands (band INTEGER NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (band, article_id)) WITHOUT ROWID');
    raw.prepare('INSERT INTO articles (id, url, title, byline, published, language, text, doc, ingested_at, minhash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(...values, signatureBytes(print.signature));
    for (const band of oldBands(print.signature)) raw.prepare('INSERT INTO minhash_bands (band, article_id) VALUES (?, ?)').run(band, doc.id);
  }
  raw.close();
  return { path, article: article!, doc };
}

for (const version of [1, 2, 3] as const) {
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

test('band keys move from the recent table to the large one in batches; copies are found in both', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'newsgraph-store-')), 'bands.db');
  const store = openSqlite(path);
  // a made-up vocabulary, so that texts share few shingles
  let state = 7;
  const word = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return `w${(state >>> 8) % 5000}`;
  };
  const article = (id: string, text: string) => toJson({ ...createDoc({ kind: 'inline', location: id }), id, text });
  const texts = Array.from({ length: Math.ceil((1.5 * MERGE_BAND_ROWS) / BANDS) }, () => Array.from({ length: 60 }, word).join(' '));
  try {
    for (let i = 0; i < texts.length; i += 32) {
      const batch = texts.slice(i, i + 32).map((text, k) => ({ doc: article(`a${i + k}`, text), sourceKey: `a${i + k}` }));
      assert.ok((await store.putMany(batch)).every((r) => r === 'inserted'));
    }
    const db = new Database(path, { readonly: true });
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    assert.ok(count('minhash_bands') >= MERGE_BAND_ROWS, 'merged once');
    assert.ok(count('minhash_bands_recent') > 0 && count('minhash_bands_recent') < MERGE_BAND_ROWS);
    db.close();
    // the first article's keys are in the large table, the last one's in the recent table
    assert.equal(await store.put(article('copy-first', `${texts[0]} one more`), 'copy-first'), 'duplicate');
    assert.equal(await store.put(article('copy-last', `${texts.at(-1)} one more`), 'copy-last'), 'duplicate');
  } finally {
    await store.close();
  }
});
