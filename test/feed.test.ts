import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli, tempDir } from './helpers/cli.js';

const page = (title: string, body: string) =>
  `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;

test('ingest --feed fetches each item, falls back to the item content, and skips items already stored', async () => {
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    hits.set(req.url!, (hits.get(req.url!) ?? 0) + 1);
    if (req.url === '/feed.xml') {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      res.setHeader('content-type', 'application/rss+xml');
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title>
        <item><title>Talks resume</title><link>${base}/a.html</link><pubDate>Mon, 07 Jul 2025 10:00:00 GMT</pubDate></item>
        <item><title>Storm nears coast</title><link>${base}/missing.html</link><pubDate>Tue, 08 Jul 2025 10:00:00 GMT</pubDate>
          <description>&lt;p&gt;A storm is expected to reach the coast on Friday, forecasters said in a statement.&lt;/p&gt;</description></item>
      </channel></rss>`);
    } else if (req.url === '/a.html') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(page('Talks resume', 'Negotiators from both sides met in Doha on Monday to resume the ceasefire talks, officials said.'));
    } else {
      res.statusCode = 404;
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const feed = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  const db = join(tempDir(), 'feed.db');
  try {
    const refused = await runCli(['ingest', '--feed', feed, '--db', db]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /NG_URL_FORBIDDEN/);

    const first = await runCli(['ingest', '--allow-private', '--feed', feed, '--db', db]);
    assert.equal(first.code, 0, first.stderr);
    const conn = new Database(db, { readonly: true });
    const rows = conn.prepare('SELECT title, published, text FROM articles ORDER BY title').all() as { title: string; published: string; text: string }[];
    conn.close();
    assert.deepEqual(rows.map((r) => r.title), ['Storm nears coast', 'Talks resume']);
    assert.match(rows[0]!.text, /forecasters said/);
    assert.equal(rows[0]!.published, '2025-07-08T10:00:00.000Z');
    assert.match(rows[1]!.text, /resume the ceasefire talks/);

    const pageHits = hits.get('/a.html');
    const again = await runCli(['ingest', '--allow-private', '--feed', feed, '--db', db]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /2 already stored/);
    assert.equal(hits.get('/a.html'), pageHits, 'stored items are not fetched again');
  } finally {
    server.close();
  }
});

test('a feed file that is not a feed is one clear error', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'not-a-feed.xml'), '<html><body>hello</body></html>');
  const r = await runCli(['ingest', '--feed', join(dir, 'not-a-feed.xml'), '--db', join(dir, 'x.db')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /not-a-feed\.xml: NG_INPUT_UNSUPPORTED/);
});
