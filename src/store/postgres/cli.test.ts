/**
 * The CLI on a postgres:// --db: ingest is idempotent and safe with two writers at once; search, show
 * and every export give what they give on SQLite for the same inputs. Needs NEWSGRAPH_TEST_PG (see
 * scripts/pg-start.sh); skipped without it, failing under CI=true.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dropSchemas } from '../../../test/helpers/pg.js';
import { docs, ROOT, runCli, tempDir } from '../../../test/helpers/cli.js';

const PG_URL = process.env.NEWSGRAPH_TEST_PG;
const RUN = `ng_cli_${process.pid}_${Date.now().toString(36)}`;
const schemas: string[] = [];

function pgDb(name: string): string {
  const schema = `${RUN}_${name}`;
  schemas.push(schema);
  const url = new URL(PG_URL!);
  url.searchParams.set('schema', schema);
  return url.toString();
}

if (!PG_URL && process.env.CI === 'true') {
  test('the PostgreSQL CLI tests need NEWSGRAPH_TEST_PG under CI', () => {
    assert.fail('NEWSGRAPH_TEST_PG is not set: run `bash scripts/pg-start.sh` and export the URL it prints');
  });
}

describe('CLI with --db postgres://', { skip: PG_URL ? false : 'NEWSGRAPH_TEST_PG is not set' }, () => {
  const dir = tempDir();
  const sqliteDb = join(dir, 'test.db');
  let pgUrl: string;
  const inputs = [join(dir, 'one.txt'), join(dir, 'two.txt'), join(ROOT, 'data/sample/gaza-ceasefire.txt')];

  before(() => {
    writeFileSync(inputs[0]!, 'Ceasefire Talks Stall\n\nNegotiators in Doha said the ceasefire talks had stalled on Monday.\nTags\n');
    writeFileSync(inputs[1]!, 'Storm Warning\n\nA storm is expected to reach the coast on Friday, forecasters said.\n');
    pgUrl = pgDb('main');
  });

  after(() => dropSchemas(PG_URL, schemas));

  test('ingest twice is idempotent, as on SQLite', async () => {
    const [a, b] = await Promise.all([
      runCli(['ingest', ...inputs, '--db', sqliteDb, '--workers', '1']),
      runCli(['ingest', ...inputs, '--db', pgUrl, '--workers', '1']),
    ]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    assert.match(b.stderr, /^3 articles in [\d.]+ s/m);
    const again = await runCli(['ingest', ...inputs, '--db', pgUrl, '--workers', '1']);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /0 articles .* 3 already stored, 0 errors/);
    copyFileSync(inputs[0]!, join(dir, 'copy-of-one.txt'));
    const copy = await runCli(['ingest', join(dir, 'copy-of-one.txt'), '--db', pgUrl, '--workers', '1']);
    assert.equal(copy.code, 0, copy.stderr);
    assert.equal(docs((await runCli(['export', '--db', pgUrl, '--format', 'jsonl'])).stdout).length, 3, 'the same text under another name is the same article');
  });

  test('search, show and export give the same output as SQLite', async () => {
    for (const words of [['ceasefire', 'talks'], ['nothingmatches']]) {
      const [a, b] = await Promise.all([
        runCli(['search', ...words, '--db', sqliteDb, '--json']),
        runCli(['search', ...words, '--db', pgUrl, '--json']),
      ]);
      assert.equal(b.code, 0, b.stderr);
      // The same hits; snippets are each engine's own (both mark the matched words with [ ]).
      const strip = (out: string) => docs(out).map(({ snippet, ...hit }) => hit).sort((x, y) => String(x.id).localeCompare(String(y.id)));
      assert.deepEqual(strip(b.stdout), strip(a.stdout), words.join(' '));
      for (const hit of docs(b.stdout)) assert.match(hit.snippet, /\[\p{L}+\]/u);
    }
    const [hit] = docs((await runCli(['search', 'ceasefire', '--db', pgUrl, '--json'])).stdout);
    const [showA, showB] = await Promise.all([runCli(['show', hit!.id, '--db', sqliteDb]), runCli(['show', hit!.id, '--db', pgUrl])]);
    assert.equal(showB.code, 0, showB.stderr);
    assert.equal(showB.stdout, showA.stdout);
    const missing = await runCli(['show', 'nope', '--db', pgUrl]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /NG_STORE_NOT_FOUND/);

    // Every table's rows are compared in store-contract.test.ts; here the CLI end to end, a few formats.
    const exports = [['--format', 'csv', '--table', 'events'], ['--format', 'csv', '--table', 'claims'], ['--format', 'jsonl'], ['--format', 'gdelt']];
    for (const args of exports) {
      const [a, b] = await Promise.all([runCli(['export', '--db', sqliteDb, ...args]), runCli(['export', '--db', pgUrl, ...args])]);
      assert.equal(b.code, 0, b.stderr);
      assert.equal(b.stdout, a.stdout, args.join(' '));
    }
    const csv = (await runCli(['export', '--db', pgUrl, '--format', 'csv', '--table', 'articles'])).stdout.trim().split('\n');
    assert.equal(csv[0], 'id,url,title,byline,published,language,chars,duplicate_of');
    assert.equal(csv.length, 4);
  });

  test('two ingest processes writing the same articles at once: no errors, nothing twice', async () => {
    const shared = pgDb('race');
    const [x, y] = await Promise.all([
      runCli(['ingest', ...inputs, '--db', shared, '--workers', '1']),
      runCli(['ingest', ...[...inputs].reverse(), '--db', shared, '--workers', '1']),
    ]);
    assert.equal(x.code, 0, x.stderr);
    assert.equal(y.code, 0, y.stderr);
    // Insertion order depends on which process won each article: compare as sets.
    const [a, b] = await Promise.all([
      runCli(['export', '--db', sqliteDb, '--format', 'jsonl']),
      runCli(['export', '--db', shared, '--format', 'jsonl']),
    ]);
    const byId = (out: string) => docs(out).sort((x, y) => String(x.id).localeCompare(String(y.id)));
    assert.equal(byId(b.stdout).length, 3);
    assert.deepEqual(byId(b.stdout), byId(a.stdout));
  });

  test('an unreachable server is a clear NG_STORE_OPEN error', async () => {
    const r = await runCli(['search', 'x', '--db', 'postgres://postgres:secret@127.0.0.1:1/newsgraph?connect_timeout=2']);
    assert.equal(r.code === 0, false);
    assert.match(r.stderr, /NG_STORE_OPEN/);
    assert.doesNotMatch(r.stderr, /secret/, 'no password in messages');
  });
});
