import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewsgraphError } from '../../errors.js';
import { ftsQuery, openSqlite } from './index.js';

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
