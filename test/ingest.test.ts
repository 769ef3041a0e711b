import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { docs, ROOT, runCli, spawnCli, tempDir } from './helpers/cli.js';
import type { DocJson } from '../src/model/json.js';
import { edited } from './helpers/copies.js';

const dir = tempDir();
const db = join(dir, 'test.db');
writeFileSync(join(dir, 'one.txt'), 'Ceasefire Talks Stall\n\nNegotiators in Doha said the ceasefire talks had stalled on Monday.\nTags\n');
writeFileSync(join(dir, 'two.txt'), 'Storm Warning\n\nA storm is expected to reach the coast on Friday, forecasters said.\n');
writeFileSync(join(dir, 'bad.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 9, 8, 7, 0, 0]));

const count = (path: string, table = 'articles') => {
  const conn = new Database(path, { readonly: true });
  try {
    return conn.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    conn.close();
  }
};

test('ingest stores articles and facts, reports a summary, and is idempotent', async () => {
  const first = await runCli(['ingest', join(dir, 'one.txt'), join(dir, 'two.txt'), join(dir, 'bad.txt'), '--db', db]);
  assert.equal(first.code, 1, 'the bad file makes the exit code 1');
  assert.match(first.stderr, /bad\.txt: NG_INPUT_BINARY/);
  assert.match(first.stderr, /^2 articles in [\d.]+ s \([\d.]+ articles\/s\), 1 errors$/m);
  assert.equal(count(db), 2);

  const again = await runCli(['ingest', join(dir, 'one.txt'), join(dir, 'two.txt'), '--db', db]);
  assert.equal(again.code, 0);
  assert.match(again.stderr, /0 articles .* 2 already stored, 0 errors/);
  copyFileSync(join(dir, 'one.txt'), join(dir, 'copy-of-one.txt'));
  await runCli(['ingest', join(dir, 'copy-of-one.txt'), '--db', db]);
  assert.equal(count(db), 2, 'the same text under another name is the same article');
});

test('search, show and export read the store', async () => {
  const search = await runCli(['search', 'ceasefire', '--db', db, '--json']);
  assert.equal(search.code, 0, search.stderr);
  const [hit] = docs(search.stdout);
  assert.equal(hit!.title, 'Ceasefire Talks Stall');

  const show = await runCli(['show', hit!.id, '--db', db]);
  assert.equal(show.code, 0);
  const doc = JSON.parse(show.stdout);
  assert.equal(doc.id, hit!.id);
  assert.doesNotMatch(doc.text, /Tags/);

  const missing = await runCli(['show', 'nope', '--db', db]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /NG_STORE_NOT_FOUND/);

  const jsonl = await runCli(['export', '--db', db, '--format', 'jsonl']);
  assert.equal(docs(jsonl.stdout).length, 2);
  const csv = await runCli(['export', '--db', db, '--format', 'csv', '--table', 'articles']);
  const rows = csv.stdout.trim().split('\n');
  assert.equal(rows[0], 'id,url,title,byline,published,language,chars,duplicate_of');
  assert.equal(rows.length, 3);
});

test('events export as PLOVER JSON and GDELT-style TSV', async () => {
  const seedDb = join(dir, 'seed.db');
  const ingest = await runCli(['ingest', join(ROOT, 'data/sample/gaza-ceasefire.txt'), '--db', seedDb]);
  assert.equal(ingest.code, 0, ingest.stderr);
  const plover = docs((await runCli(['export', '--db', seedDb, '--format', 'plover'])).stdout);
  assert.ok(plover.length >= 5);
  assert.ok(plover.some((r) => r.event.includes('CONSULT') && r.actor[0].entity_text === 'Qatar'), JSON.stringify(plover[0]));
  const tsv = (await runCli(['export', '--db', seedDb, '--format', 'gdelt'])).stdout.trim().split('\n').map((l) => l.split('\t'));
  const header = tsv[0]!;
  assert.ok(header.length >= 8);
  assert.ok(tsv.slice(1).every((row) => row.length === header.length));
  assert.ok(tsv.length >= 6);
});

test('kill -9 during ingest leaves a consistent store; re-running completes it with nothing lost or duplicated', async () => {
  const corpus = readFileSync(join(ROOT, 'data/sample/wikinews.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const total = 400;
  const input = join(dir, 'many.jsonl');
  writeFileSync(input, Array.from({ length: total }, (_, i) => JSON.stringify({ id: `r${i}`, text: corpus[i % corpus.length].text })).join('\n'));
  const killDb = join(dir, 'kill.db');

  const child = spawnCli(['ingest', input, '--db', killDb]);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let stored = 0;
  for (let i = 0; i < 600 && stored < 30; i++) {
    await new Promise((r) => setTimeout(r, 50));
    try {
      stored = count(killDb);
    } catch {
      stored = 0; // not created yet
    }
  }
  child.kill('SIGKILL');
  await exited;
  assert.ok(stored >= 30 && stored < total, `killed mid-run (had ${stored} of ${total})`);

  const conn = new Database(killDb);
  assert.equal(conn.prepare('PRAGMA integrity_check').pluck().get(), 'ok');
  conn.close();

  const rerun = await runCli(['ingest', input, '--db', killDb]);
  assert.equal(rerun.code, 0, rerun.stderr);
  assert.match(rerun.stderr, /already stored/);
  assert.equal(count(killDb), total);
  const check = new Database(killDb, { readonly: true });
  assert.equal(check.prepare('SELECT count(DISTINCT id) FROM articles').pluck().get(), total);
  assert.equal(check.prepare('SELECT count(*) FROM sources').pluck().get(), total);
  assert.equal(
    check.prepare('SELECT count(*) FROM entities e LEFT JOIN articles a ON a.id = e.article_id WHERE a.id IS NULL').pluck().get(),
    0,
    'no facts without their article',
  );
  check.close();
});

test('ingest on worker threads stores the same documents as on one thread', async () => {
  const sample = join(ROOT, 'data/sample/gaza-ceasefire.txt');
  const records = join(dir, 'few.jsonl');
  const corpus = readFileSync(join(ROOT, 'data/sample/wikinews.jsonl'), 'utf8').trim().split('\n').slice(0, 12);
  writeFileSync(records, `${corpus.join('\n')}\n`);
  const one = join(dir, 'one-thread.db');
  const two = join(dir, 'two-threads.db');
  assert.equal((await runCli(['ingest', sample, records, '--db', one, '--workers', '1'])).code, 0);
  const threaded = await runCli(['ingest', sample, records, '--db', two, '--workers', '2']);
  assert.equal(threaded.code, 0, threaded.stderr);
  const docsOf = (path: string) => {
    const conn = new Database(path, { readonly: true });
    const rows = conn.prepare('SELECT id, doc, text FROM articles ORDER BY id').all() as { id: string; doc: string; text: string }[];
    conn.close();
    return rows.map((r) => ({ ...JSON.parse(r.doc), text: r.text, origin: undefined }));
  };
  assert.deepEqual(docsOf(two), docsOf(one));
});

for (const workers of ['1', '2']) {
  test(`a near-copy of an article stored before is linked without being analysed again (--workers ${workers})`, async () => {
    const where = tempDir();
    const store = join(where, 'copies.db');
    const article = readFileSync(join(ROOT, 'data/sample/gaza-ceasefire.txt'), 'utf8');
    writeFileSync(join(where, 'a.txt'), article);
    writeFileSync(join(where, 'b.txt'), `Wire: US envoy halts talks\n\n${edited(article.trim().split('\n').slice(1).join('\n'))}\n`);
    assert.equal((await runCli(['ingest', join(where, 'a.txt'), '--db', store, '--workers', workers])).code, 0);
    const run = await runCli(['ingest', join(where, 'b.txt'), '--db', store, '--workers', workers]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /^1 articles in .*, 1 near-copies of stored articles linked, 0 errors$/m);
    const conn = new Database(store, { readonly: true });
    const [original, copy] = conn.prepare('SELECT id, duplicate_of, doc FROM articles ORDER BY seq').all() as { id: string; duplicate_of: string | null; doc: string }[];
    conn.close();
    assert.equal(copy!.duplicate_of, original!.id);
    const doc = JSON.parse(copy!.doc) as DocJson;
    assert.deepEqual([doc.entities.length, doc.events.length], [0, 0], 'the copy was not analysed');
    assert.ok(doc.messages.some((m) => m.rule === 'near-copy' && m.note.includes(original!.id)), JSON.stringify(doc.messages));
    assert.ok((JSON.parse(original!.doc) as DocJson).entities.length > 0, 'the original was');
  });
}

test('syndicated and updated copies are linked as duplicate_of and their events are exported once', async () => {
  const where = tempDir();
  const store = join(where, 'copies.db');
  const article = readFileSync(join(ROOT, 'data/sample/gaza-ceasefire.txt'), 'utf8');
  writeFileSync(join(where, 'a.txt'), article);
  // The wire copy: another headline, re-wrapped lines, the last paragraph cut.
  const [, ...lines] = article.trim().split('\n');
  writeFileSync(join(where, 'b.txt'), `Wire: US envoy halts talks\n\n${lines.slice(0, -2).join(' ').replace(/(.{60,72}) /g, '$1\n')}\n`);
  const run = await runCli(['ingest', where, '--db', store, '--workers', '1']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /^2 articles in .*, 1 near-copies of stored articles linked, 0 errors$/m);
  const conn = new Database(store, { readonly: true });
  const rows = conn.prepare('SELECT id, duplicate_of FROM articles ORDER BY seq').all() as { id: string; duplicate_of: string | null }[];
  const facts = conn.prepare('SELECT count(*) FROM events WHERE article_id = ?').pluck().get(rows[1]!.id);
  conn.close();
  assert.deepEqual(rows.map((r) => r.duplicate_of), [null, rows[0]!.id]);
  assert.equal(facts, 0, 'the copy adds no event rows');
  // Exports of a store with the article and its copy equal those of a store with the article alone.
  const alone = join(tempDir(), 'alone.db');
  assert.equal((await runCli(['ingest', join(where, 'a.txt'), '--db', alone])).code, 0);
  for (const format of ['plover', 'gdelt']) {
    const both = (await runCli(['export', '--db', store, '--format', format])).stdout;
    assert.ok(both.trim().split('\n').length > 1, `${format}: the article has events`);
    assert.equal(both, (await runCli(['export', '--db', alone, '--format', format])).stdout, format);
  }
});
