import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeText } from '../../../test/helpers/analyze.js';
import { toJson } from '../../model/json.js';
import { NewsgraphError } from '../../errors.js';
import { ftsQuery, openSqlite } from './index.js';

const dbPath = () => join(mkdtempSync(join(tmpdir(), 'newsgraph-store-')), 'test.db');

test('put stores an article with its facts once; get returns it; stats count it', async () => {
  const store = openSqlite(dbPath());
  const doc = toJson(await analyzeText('The United States criticised Hamas on Monday. "We are not going anywhere," Joe Biden said.', { title: 'Talks' }));
  assert.equal(await store.put(doc, 'k1'), 'inserted');
  assert.equal(await store.put(doc, 'k2'), 'existing');
  assert.equal(await store.hasSource('k1'), true);
  assert.equal(await store.hasSource('k2'), true);
  assert.equal(await store.hasSource('k3'), false);
  assert.deepEqual(await store.get(doc.id), doc);
  const stats = await store.stats();
  assert.equal(stats.articles, 1);
  assert.ok((stats.entitiesByType.GPE ?? 0) >= 1);
  assert.equal(stats.quotes, doc.quotes.length);
  await store.close();
});

test('full-text search over title and text, with stemming and snippets; any user text is a safe query', async () => {
  const store = openSqlite(dbPath());
  await store.put(toJson(await analyzeText('Negotiators met in Doha to discuss a ceasefire.', { title: 'Gaza talks' })));
  await store.put(toJson(await analyzeText('The football season ended.', { title: 'Sport' })));
  const hits = await store.search('negotiator ceasefires');
  assert.equal(hits.length, 1);
  assert.equal(hits[0]!.title, 'Gaza talks');
  assert.match(hits[0]!.snippet!, /\[/);
  assert.equal((await store.search('gaza')).length, 1, 'title matches');
  assert.deepEqual(await store.search('"unbalanced AND ( OR'), []);
  await assert.rejects(store.search('!!!'), NewsgraphError);
  assert.equal(ftsQuery('a-b c'), '"a" "b" "c"');
  await store.close();
});

test('CSV tables list their columns even when empty', async () => {
  const store = openSqlite(dbPath());
  const { columns } = store.table('flags');
  assert.deepEqual(columns.slice(0, 3), ['article_id', 'n', 'kind']);
  await store.close();
});

test('a file that is not a newsgraph database is refused with a clear error', () => {
  const path = dbPath();
  writeFileSync(path, 'this is not sqlite '.repeat(100));
  assert.throws(() => openSqlite(path), (e: unknown) => e instanceof NewsgraphError && e.code === 'NG_STORE_OPEN');
});
