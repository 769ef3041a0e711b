/**
 * The PostgreSQL job queue with real worker processes: two workers share a job set with no article
 * processed twice; a worker killed with kill -9 mid-job has its job retried, nothing lost or
 * duplicated. Needs NEWSGRAPH_TEST_PG (scripts/pg-start.sh); skipped without it, failing under CI.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { dropSchemas } from '../../test/helpers/pg.js';
import { lines, ROOT, runCli, spawnCli, tempDir } from '../../test/helpers/cli.js';

const PG_URL = process.env.NEWSGRAPH_TEST_PG;
const RUN = `ng_queue_${process.pid}_${Date.now().toString(36)}`;
const schemas: string[] = [];

function pgDb(name: string): string {
  const schema = `${RUN}_${name}`;
  schemas.push(schema, `${schema}_queue`);
  const url = new URL(PG_URL!);
  url.searchParams.set('schema', schema);
  return url.toString();
}

/** The one number a `SELECT count(*)::int …` query returns, in the store's schema. */
async function count(db: string, text: string): Promise<number> {
  const url = new URL(db);
  const schema = url.searchParams.get('schema')!;
  url.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: url.toString(), options: `-c search_path=${schema}` });
  await client.connect();
  try {
    return Object.values((await client.query(text)).rows[0] as Record<string, number>)[0]!;
  } finally {
    await client.end();
  }
}

/** Runs a worker until the queue is empty; its stdout has one `result<TAB>article id<TAB>input` line per job. */
function worker(db: string): { done: Promise<{ code: number | null; stdout: string; stderr: string }>; child: ReturnType<typeof spawnCli> } {
  const child = spawnCli(['worker', '--db', db, '--until-empty']);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = once(child, 'close').then(([code]) => ({ code: code as number | null, stdout, stderr }));
  return { done, child };
}

if (!PG_URL && process.env.CI === 'true') {
  test('the job queue tests need NEWSGRAPH_TEST_PG under CI', () => {
    assert.fail('NEWSGRAPH_TEST_PG is not set: run `bash scripts/pg-start.sh` and export the URL it prints');
  });
}

describe('job queue and workers on PostgreSQL', { skip: PG_URL ? false : 'NEWSGRAPH_TEST_PG is not set' }, () => {
  after(() => dropSchemas(PG_URL, schemas));

  test('--enqueue needs PostgreSQL; bad inputs are reported and the good ones queued', async () => {
    const dir = tempDir();
    const r = await runCli(['ingest', join(ROOT, 'data/sample/gaza-ceasefire.txt'), '--db', join(dir, 'x.db'), '--enqueue']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /NG_USAGE/);
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0, 1, 2, 0, 0, 7]));
    const db = pgDb('bad');
    const q = await runCli(['ingest', join(ROOT, 'data/sample/gaza-ceasefire.txt'), join(dir, 'bad.txt'), join(dir, 'missing.txt'), '--db', db, '--enqueue']);
    assert.equal(q.code, 1, q.stderr);
    assert.match(q.stderr, /missing\.txt: NG_INPUT_NOT_FOUND/);
    assert.match(q.stderr, /^2 jobs queued, 1 errors$/m, 'the binary file is refused by the worker, not at enqueue');
    const w = await worker(db).done;
    assert.equal(w.code, 0, w.stderr);
    assert.match(w.stderr, /bad\.txt: NG_INPUT_BINARY/);
    assert.match(w.stderr, /worker: 1 articles stored, 1 errors/);
    const again = await runCli(['ingest', join(ROOT, 'data/sample/gaza-ceasefire.txt'), '--db', db, '--enqueue']);
    assert.match(again.stderr, /^0 jobs queued, 1 already stored, 0 errors$/m);
  });

  test('two workers share a job set: every article stored once, none processed twice', async () => {
    const db = pgDb('share');
    const jsonl = join(tempDir(), 'articles.jsonl');
    writeFileSync(jsonl, `${lines(readFileSync(join(ROOT, 'data/sample/wikinews.jsonl'), 'utf8')).slice(0, 120).join('\n')}\n`);
    const q = await runCli(['ingest', jsonl, '--db', db, '--enqueue']);
    assert.equal(q.code, 0, q.stderr);
    assert.match(q.stderr, /^120 jobs queued, 0 errors$/m);
    const [a, b] = await Promise.all([worker(db).done, worker(db).done]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    const inputs = [...lines(a.stdout), ...lines(b.stdout)].map((l) => l.split('\t')[2]!);
    assert.equal(inputs.length, 120, 'one line per job');
    assert.equal(new Set(inputs).size, 120, 'no input processed twice');
    assert.ok(lines(a.stdout).length > 0 && lines(b.stdout).length > 0, `both workers took jobs (${lines(a.stdout).length} / ${lines(b.stdout).length})`);
    assert.equal(await count(db, 'SELECT count(*)::int FROM articles'), 120);
    assert.equal(await count(db, 'SELECT count(*)::int FROM sources'), 120);
  });

  test('a worker killed with kill -9 mid-job: the job is retried by another, nothing lost or duplicated', async () => {
    // Pages served slowly while `slow` is on: the first worker is surely mid-job when it is killed.
    const pages = lines(readFileSync(join(ROOT, 'data/sample/wikinews.jsonl'), 'utf8')).slice(0, 6).map((l) => JSON.parse(l) as { title: string; text: string });
    let slow = true;
    const hits = new Map<string, number>();
    let firstHit: () => void;
    const hit = new Promise<void>((resolve) => (firstHit = resolve));
    const server = createServer((req, res) => {
      hits.set(req.url!, (hits.get(req.url!) ?? 0) + 1);
      const page = pages[Number(req.url!.split('/').pop())];
      const send = () => {
        res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page ? `<html><head><title>${page.title}</title></head><body><article><h1>${page.title}</h1>${page.text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>` : '');
      };
      firstHit();
      if (slow) setTimeout(send, 60_000).unref();
      else send();
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const db = pgDb('kill');
      const urls = pages.map((_, i) => `${base}/article/${i}`);
      const q = await runCli(['ingest', ...urls, '--db', db, '--enqueue', '--job-timeout', '2']);
      assert.equal(q.code, 0, q.stderr);
      const doomed = spawnCli(['worker', '--db', db, '--allow-private']);
      await hit;
      doomed.kill('SIGKILL');
      await once(doomed, 'close');
      slow = false;
      const active = await count(db, `SELECT count(*)::int FROM "${RUN}_kill_queue".job WHERE state = 'active'`);
      assert.equal(active, pages.length, 'the killed worker left its batch active (it took all six jobs at once)');
      const survivor = spawnCli(['worker', '--db', db, '--allow-private', '--until-empty']);
      let out = '';
      survivor.stdout.on('data', (d) => (out += d));
      const [code] = await once(survivor, 'close');
      assert.equal(code, 0);
      assert.equal(lines(out).length, 6, out);
      assert.equal(await count(db, 'SELECT count(*)::int FROM articles'), 6, 'nothing lost, nothing twice');
      const retried = [...hits.values()].filter((count) => count === 2).length;
      assert.equal(retried, 1, 'the killed job was fetched again');
    } finally {
      server.close();
    }
  });
});
