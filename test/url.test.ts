import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { docs, runCli } from './helpers/cli.js';

test('analyze <url>: pages from a local server with --allow-private; refused without it, also via redirects', async () => {
  const html = '<html><head><title>Local story</title></head><body><article><p>Officials in Doha said on Monday that the ceasefire talks would resume next week after a pause.</p></article></body></html>';
  const server = createServer((req, res) => {
    if (req.url === '/story') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('content-encoding', 'gzip');
      res.end(gzipSync(html));
    } else if (req.url === '/redirect') {
      res.statusCode = 302;
      res.setHeader('location', '/story');
      res.end();
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const ok = await runCli(['analyze', '--allow-private', `${base}/redirect`]);
    assert.equal(ok.code, 0, ok.stderr);
    const [doc] = docs(ok.stdout);
    assert.equal(doc!.title, 'Local story');
    assert.equal(doc!.url, `${base}/story`);
    assert.match(doc!.text, /ceasefire talks would resume/);

    const refused = await runCli(['analyze', `${base}/story`, `http://localhost:${(server.address() as AddressInfo).port}/story`]);
    assert.equal(refused.code, 1);
    assert.equal(refused.stderr.match(/NG_URL_FORBIDDEN/g)?.length, 2);
    assert.equal(refused.stdout, '');

    const missing = await runCli(['analyze', '--allow-private', `${base}/missing`]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /NG_URL_FETCH/);
  } finally {
    server.close();
  }
});
