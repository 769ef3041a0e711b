import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Store } from '../../src/store/index.js';
import { ROOT } from '../helpers/cli.js';
import { fakeWebRoot, getJson, server, smallStore } from './helpers.js';

let store: Store;
let dir: string;
let dbPath: string;

before(async () => {
  ({ store, dir, path: dbPath } = await smallStore(3));
});

after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw HTTP GET with the path exactly as given (no normalisation of `..`). */
function rawGet(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('token', () => {
  test('every API request needs the bearer token; the UI files do not', async () => {
    const app = await server(store, { token: 's3cret-token', webRoot: fakeWebRoot(dir) });
    try {
      for (const url of ['/api/articles', '/api/events', '/openapi.json', '/api/exports/events.csv']) {
        const none = await getJson(app, url);
        assert.equal(none.status, 401, url);
        assert.equal(none.body.code, 'NG_API_UNAUTHORIZED');
        const wrong = await getJson(app, url, { authorization: 'Bearer s3cret-tokem' });
        assert.equal(wrong.status, 401, url);
        const basic = await getJson(app, url, { authorization: 'Basic czNjcmV0LXRva2Vu' });
        assert.equal(basic.status, 401, url);
        const right = await app.inject({ url, headers: { authorization: 'Bearer s3cret-token' } });
        assert.equal(right.statusCode, 200, url);
      }
      // Percent-encoded paths reach the same routes: still checked.
      for (const url of ['/%61pi/articles', '/%61pi/events', '/%6Fpenapi.json']) {
        const res = await app.inject(url);
        assert.equal(res.statusCode, 401, `${url}: ${res.body}`);
      }
      const post = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'T\nQatar mediated.' } });
      assert.equal(post.statusCode, 401);
      const alias = await app.inject({ method: 'POST', url: '/analyze', payload: { text: 'T\nQatar mediated.' } });
      assert.equal(alias.statusCode, 401);
      const ui = await app.inject('/');
      assert.equal(ui.statusCode, 200);
      assert.match(ui.body, /<div id="app">/);
      // With a token, any Host may be used (the server may sit behind a name).
      const named = await app.inject({ url: '/api/health', headers: { host: 'newsgraph.example:8080', authorization: 'Bearer s3cret-token' } });
      assert.equal(named.statusCode, 200);
    } finally {
      await app.close();
    }
  });

  test('without a token, only loopback Host headers are served (no DNS rebinding)', async () => {
    const app = await server(store);
    try {
      for (const host of ['127.0.0.1:8080', 'localhost:8080', '[::1]:8080', 'localhost']) {
        assert.equal((await app.inject({ url: '/api/health', headers: { host } })).statusCode, 200, host);
      }
      const evil = await getJson(app, '/api/health', { host: 'attacker.example' });
      assert.equal(evil.status, 403);
      assert.equal(evil.body.code, 'NG_API_HOST');
    } finally {
      await app.close();
    }
  });
});

describe('static files', () => {
  test('the UI is served; paths outside its folder, dot-files and encoded tricks are not', async () => {
    const app = await server(store, { webRoot: fakeWebRoot(dir) });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    try {
      const index = await rawGet(port, '/');
      assert.equal(index.status, 200);
      assert.match(index.body, /<title>ui<\/title>/);
      assert.match(String(index.headers['content-security-policy']), /default-src 'self'/);
      assert.equal(index.headers['cache-control'], 'no-cache');
      const asset = await rawGet(port, '/assets/app-123.js');
      assert.equal(asset.status, 200);
      assert.match(String(asset.headers['cache-control']), /immutable/);

      const attempts = [
        '/../secret.txt',
        '/assets/../../secret.txt',
        '/%2e%2e/secret.txt',
        '/%2E%2E%2Fsecret.txt',
        '/assets/..%2f..%2fsecret.txt',
        '/..%5csecret.txt',
        '/assets/%2e%2e/%2e%2e/secret.txt',
        '/%252e%252e/secret.txt',
        '/.env',
        '/assets/%2e%2e/.env',
        `/${'..%2f'.repeat(12)}etc/passwd`,
        '/index.html%00.js',
        '//etc/passwd',
        '/\\..\\secret.txt',
      ];
      for (const path of attempts) {
        const res = await rawGet(port, path);
        assert.ok(res.status >= 400 && res.status < 500, `${path}: ${res.status}`);
        assert.doesNotMatch(res.body, /TOP-SECRET|SECRET=dotfile|root:x:0/, path);
        const body = JSON.parse(res.body);
        assert.match(body.code, /^NG_API_/, path);
        assert.ok(body.hint, path);
      }
    } finally {
      await app.close();
    }
  });
});

describe('errors', () => {
  test('errors not raised on purpose are masked: 500, a generic message, nothing internal', async () => {
    const broken: Store = {
      ...store,
      async listArticles() {
        throw new Error('SQLITE_CORRUPT: database disk image is malformed at /secret/path.db');
      },
    };
    const app = await server(broken);
    const writes: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (writes.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      const res = await getJson(app, '/api/articles');
      assert.equal(res.status, 500);
      assert.deepEqual(Object.keys(res.body).sort(), ['code', 'hint', 'message']);
      assert.equal(res.body.code, 'NG_API_INTERNAL');
      assert.equal(res.body.message, 'internal server error');
      assert.doesNotMatch(JSON.stringify(res.body), /SQLITE|secret/);
    } finally {
      process.stderr.write = write;
      await app.close();
    }
    // The details go to the server's log.
    assert.match(writes.join(''), /SQLITE_CORRUPT/);
  });
});

describe('newsgraph serve', () => {
  const SERVE = join(ROOT, 'test/server/run-serve.ts');

  function run(args: string[], env: Record<string, string | undefined> = {}) {
    return spawn(process.execPath, ['--import', 'tsx', SERVE, ...args], { cwd: ROOT, env: { ...process.env, NEWSGRAPH_TOKEN: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  }

  test('refuses a non-loopback host without a token', async () => {
    const child = run(['--db', dbPath, '--host', '0.0.0.0', '--port', '0']);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 2);
    assert.match(stderr, /NG_USAGE: refusing to serve on 0\.0\.0\.0 without an API token/);
    assert.match(stderr, /NEWSGRAPH_TOKEN/);
  });

  test('serves on loopback at a free port, with the token from the environment, and stops on SIGTERM', async () => {
    const child = run(['--db', dbPath, '--port', '0'], { NEWSGRAPH_TOKEN: 'env-token' });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
          if (m) resolve(Number(m[1]));
        });
        child.on('close', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const denied = await rawGet(port, '/api/health');
      assert.equal(denied.status, 401);
      const ok = await rawGet(port, '/api/articles', { authorization: 'Bearer env-token' });
      assert.equal(ok.status, 200);
      assert.equal(JSON.parse(ok.body).total, 4);
    } finally {
      child.kill('SIGTERM');
      const code = await new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('close', resolve)));
      assert.equal(code, 0);
    }
  });
});

