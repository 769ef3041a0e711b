import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { isNewsgraphError, type ErrorCode } from '../errors.js';
import { fetchUrl, type FetchOptions } from './fetch.js';
import type { HostLookup } from './guard.js';
import { backoffDelay, parseRetryAfter, DEFAULT_BACKOFF } from './retry.js';

// One local server for the whole file; every route counts its hits.
const hits = new Map<string, number>();
let server: Server;
let origin = '';
const BODY = 'Hello, newsgraph. '.repeat(200);
const BOMB = gzipSync(Buffer.alloc(20 * 1024 * 1024));
const timers = new Set<NodeJS.Timeout>();

function route(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://local');
  const path = url.pathname;
  const key = path + url.search;
  const count = (hits.get(key) ?? 0) + 1;
  hits.set(key, count);
  const send = (status: number, headers: Record<string, string | number>, body: string | Buffer = '') => {
    res.writeHead(status, headers);
    res.end(body);
  };
  if (path === '/plain') return send(200, { 'content-type': 'text/html; charset=iso-8859-1' }, BODY);
  if (path === '/gzip') return send(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }, gzipSync(BODY));
  if (path === '/br') return send(200, { 'content-type': 'text/html', 'content-encoding': 'br' }, brotliCompressSync(BODY));
  if (path === '/deflate') return send(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' }, deflateSync(BODY));
  if (path === '/echo') return send(200, { 'content-type': 'application/json' }, JSON.stringify(req.headers));
  if (path.startsWith('/hop/')) {
    const n = Number(path.slice(5));
    return n === 0 ? send(200, { 'content-type': 'text/plain' }, 'arrived') : send(302, { location: `/hop/${n - 1}` });
  }
  if (path === '/loop') return send(302, { location: '/loop' });
  if (path === '/to-private') return send(302, { location: `${origin}/private-target` });
  if (path === '/private-target') return send(200, { 'content-type': 'text/plain' }, 'secret');
  if (path === '/to-file') return send(301, { location: 'file:///etc/passwd' });
  if (path === '/hang') return; // never answers
  if (path === '/trickle') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    const timer = setInterval(() => res.write('.'), 20);
    timers.add(timer);
    res.on('close', () => clearInterval(timer));
    return;
  }
  if (path === '/big') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    for (let i = 0; i < 64; i++) res.write(Buffer.alloc(32 * 1024, 97));
    res.end();
    return;
  }
  if (path === '/big-declared') {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': 50_000_000 });
    res.write('a');
    return;
  }
  if (path === '/bomb') return send(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }, BOMB);
  if (path === '/flaky') return count === 1 ? send(503, {}, 'busy') : send(200, { 'content-type': 'text/plain' }, 'ok');
  if (path === '/busy') return count === 1 ? send(429, { 'retry-after': '2' }) : send(200, { 'content-type': 'text/plain' }, 'ok');
  if (path === '/later') return send(503, { 'retry-after': '3600' });
  if (path === '/reset') {
    if (count === 1) {
      req.socket.destroy();
      return;
    }
    return send(200, { 'content-type': 'text/plain' }, 'ok');
  }
  return send(404, { 'content-type': 'text/plain' }, 'not found');
}

before(async () => {
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  for (const timer of timers) clearInterval(timer);
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Options for the local server: private allowed, no real waiting between retries. */
const sleeps: number[] = [];
function local(extra: Partial<FetchOptions> = {}): FetchOptions {
  return {
    maxBytes: 1024 * 1024,
    timeoutMs: 2_000,
    allowPrivate: true,
    backoff: { sleep: async (ms) => void sleeps.push(ms) },
    ...extra,
  };
}

async function rejectsWith(promise: Promise<unknown>, code: ErrorCode, message?: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isNewsgraphError(error), `expected a NewsgraphError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    if (message) assert.match(error.message, message);
    return true;
  });
}

/** Records connection attempts undici makes while `run` runs. */
async function connectionsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const listener = (message: unknown) => {
    const { connectParams } = message as { connectParams: { hostname: string; port: string } };
    seen.push(`${connectParams.hostname}:${connectParams.port}`);
  };
  subscribe('undici:client:beforeConnect', listener);
  try {
    await run();
  } finally {
    unsubscribe('undici:client:beforeConnect', listener);
  }
  return seen;
}

const table = (entries: Record<string, string>): HostLookup & { calls: string[] } => {
  const calls: string[] = [];
  const lookup = async (hostname: string) => {
    calls.push(hostname);
    const address = entries[hostname];
    if (address === undefined) throw Object.assign(new Error(`no such host ${hostname}`), { code: 'ENOTFOUND' });
    return [{ address, family: address.includes(':') ? 6 : 4 }];
  };
  return Object.assign(lookup, { calls });
};

test('fetches a plain body and passes the charset through in contentType', async () => {
  const result = await fetchUrl(`${origin}/plain`, local());
  assert.equal(result.status, 200);
  assert.equal(result.url, `${origin}/plain`);
  assert.equal(result.contentType, 'text/html; charset=iso-8859-1');
  assert.equal(Buffer.from(result.bytes).toString('latin1'), BODY);
});

test('decodes gzip, brotli and deflate bodies', async () => {
  for (const path of ['/gzip', '/br', '/deflate']) {
    const result = await fetchUrl(`${origin}${path}`, local());
    assert.equal(Buffer.from(result.bytes).toString('utf8'), BODY, path);
  }
});

test('sends a newsgraph user agent and accepts HTML and feeds', async () => {
  const result = await fetchUrl(`${origin}/echo`, local());
  const headers = JSON.parse(Buffer.from(result.bytes).toString('utf8')) as Record<string, string>;
  assert.match(headers['user-agent'] ?? '', /^newsgraph\/0\.1 \(\+https:\/\/github\.com\/newsgraph\/newsgraph\)$/);
  assert.match(headers.accept ?? '', /text\/html.*application\/rss\+xml.*application\/atom\+xml/);
  assert.match(headers['accept-encoding'] ?? '', /gzip.*br/);
  const custom = await fetchUrl(`${origin}/echo`, local({ userAgent: 'test-agent/1' }));
  assert.equal((JSON.parse(Buffer.from(custom.bytes).toString('utf8')) as Record<string, string>)['user-agent'], 'test-agent/1');
});

test('refuses loopback and its disguises without allowPrivate, before connecting', async () => {
  const urls = [
    'http://127.0.0.1/',
    'http://localhost/',
    'http://[::1]/',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://0177.0.0.1/',
    'http://127.1/',
    'http://[::ffff:127.0.0.1]/',
    'http://0.0.0.0/',
    'http://169.254.169.254/latest/meta-data/',
    'https://10.1.2.3/',
  ];
  const connections = await connectionsDuring(async () => {
    for (const url of urls) await rejectsWith(fetchUrl(url, { maxBytes: 1000, timeoutMs: 1000, allowPrivate: false }), 'NG_URL_FORBIDDEN');
  });
  assert.deepEqual(connections, []);
});

test('a public-looking name that resolves to a private address is refused before any connection', async () => {
  const lookup = table({ 'evil.example': '10.0.0.5' });
  const connections = await connectionsDuring(() =>
    rejectsWith(
      fetchUrl('http://evil.example/feed', { maxBytes: 1000, timeoutMs: 1000, allowPrivate: false, lookup }),
      'NG_URL_FORBIDDEN',
      /evil\.example\/feed resolves to 10\.0\.0\.5, a private address/,
    ),
  );
  assert.deepEqual(lookup.calls, ['evil.example']);
  assert.deepEqual(connections, []);
});

test('a name with any private address among public ones is refused', async () => {
  const lookup: HostLookup = async () => [
    { address: '93.184.216.34', family: 4 },
    { address: '127.0.0.1', family: 4 },
  ];
  await rejectsWith(fetchUrl('http://mixed.example/', { maxBytes: 1000, timeoutMs: 1000, allowPrivate: false, lookup }), 'NG_URL_FORBIDDEN');
});

test('connects to the address it checked, not to a fresh DNS answer', async () => {
  // `pinned.test` does not exist in real DNS; reaching the local server proves the socket used
  // the vetted address from the injected lookup, resolved once per hop.
  const port = new URL(origin).port;
  const lookup = table({ 'pinned.test': '127.0.0.1' });
  let result: Awaited<ReturnType<typeof fetchUrl>> | undefined;
  const connections = await connectionsDuring(async () => {
    result = await fetchUrl(`http://pinned.test:${port}/hop/2`, local({ lookup }));
  });
  assert.ok(result !== undefined);
  assert.ok(connections.includes(`pinned.test:${port}`), 'the connection watcher sees real connects');
  assert.equal(result.url, `http://pinned.test:${port}/hop/0`);
  assert.equal(Buffer.from(result.bytes).toString('utf8'), 'arrived');
  assert.deepEqual(lookup.calls, ['pinned.test', 'pinned.test', 'pinned.test']);
});

test('a redirect from an allowed host to a private address is refused', async () => {
  // allowHosts lets the first hop reach the local server (as an intranet host would); the
  // redirect target is a literal loopback address, checked on its own and refused.
  const port = new URL(origin).port;
  const lookup = table({ 'public.test': '127.0.0.1' });
  const before = hits.get('/private-target') ?? 0;
  await rejectsWith(
    fetchUrl(`http://public.test:${port}/to-private`, { maxBytes: 1000, timeoutMs: 1000, allowPrivate: false, allowHosts: ['public.test'], lookup }),
    'NG_URL_FORBIDDEN',
    /private-target is 127\.0\.0\.1, a loopback address/,
  );
  assert.ok((hits.get('/to-private') ?? 0) >= 1, 'the first hop reached the server');
  assert.equal(hits.get('/private-target') ?? 0, before, 'the private target was never requested');
});

test('follows relative redirects and reports the final URL', async () => {
  const result = await fetchUrl(`${origin}/hop/3`, local());
  assert.equal(result.url, `${origin}/hop/0`);
});

test('endless redirects stop at maxRedirects', async () => {
  hits.delete('/loop');
  await rejectsWith(fetchUrl(`${origin}/loop`, local({ maxRedirects: 5 })), 'NG_URL_FETCH', /redirected 6 times \(too many redirects/);
  assert.equal(hits.get('/loop'), 6);
  assert.deepEqual(await fetchUrl(`${origin}/hop/2`, local({ maxRedirects: 2 })).then((r) => r.status), 200);
  await rejectsWith(fetchUrl(`${origin}/hop/3`, local({ maxRedirects: 2 })), 'NG_URL_FETCH', /too many redirects/);
});

test('a redirect to a non-http URL is refused', async () => {
  await rejectsWith(fetchUrl(`${origin}/to-file`, local()), 'NG_URL_INVALID', /redirected to file:\/\/\/etc\/passwd/);
});

test('refuses URLs that are not http(s), have no host or carry credentials', async () => {
  const options = { maxBytes: 1000, timeoutMs: 1000, allowPrivate: false };
  await rejectsWith(fetchUrl('not a url', options), 'NG_URL_INVALID');
  await rejectsWith(fetchUrl('ftp://example.com/feed', options), 'NG_URL_INVALID', /not an http or https URL/);
  await rejectsWith(fetchUrl('file:///etc/passwd', options), 'NG_URL_INVALID');
  await rejectsWith(fetchUrl('http://user:pass@example.com/', options), 'NG_URL_INVALID', /credentials/);
});

test('a server that never answers times out', async () => {
  await rejectsWith(fetchUrl(`${origin}/hang`, local({ timeoutMs: 300, retries: 0 })), 'NG_URL_FETCH', /took longer than 300 ms/);
});

test('a server that trickles its body is cut off by the same deadline', async () => {
  await rejectsWith(fetchUrl(`${origin}/trickle`, local({ timeoutMs: 300, retries: 0 })), 'NG_URL_FETCH', /took longer than 300 ms/);
});

test('an oversize body stops at maxBytes', async () => {
  await rejectsWith(fetchUrl(`${origin}/big`, local({ maxBytes: 100_000 })), 'NG_INPUT_TOO_LARGE', /more than the limit of 100000 bytes/);
  await rejectsWith(fetchUrl(`${origin}/big-declared`, local({ maxBytes: 100_000 })), 'NG_INPUT_TOO_LARGE', /declares 50000000 bytes/);
  const fits = await fetchUrl(`${origin}/big`, local({ maxBytes: 2 * 1024 * 1024 }));
  assert.equal(fits.bytes.byteLength, 2 * 1024 * 1024);
});

test('a gzip bomb stops at maxBytes of decoded data', async () => {
  assert.ok(BOMB.byteLength < 100_000, 'the compressed bomb itself is small');
  await rejectsWith(fetchUrl(`${origin}/bomb`, local({ maxBytes: 1024 * 1024 })), 'NG_INPUT_TOO_LARGE', /more than the limit/);
});

test('503 then 200 succeeds after one retry', async () => {
  sleeps.length = 0;
  const result = await fetchUrl(`${origin}/flaky`, local());
  assert.equal(Buffer.from(result.bytes).toString('utf8'), 'ok');
  assert.equal(hits.get('/flaky'), 2);
  assert.equal(sleeps.length, 1);
});

test('429 waits as long as Retry-After asks', async () => {
  sleeps.length = 0;
  const result = await fetchUrl(`${origin}/busy`, local());
  assert.equal(result.status, 200);
  assert.ok((sleeps[0] ?? 0) >= 2000, `waited ${sleeps[0]} ms`);
});

test('a Retry-After longer than the cap gives up at once', async () => {
  sleeps.length = 0;
  await rejectsWith(fetchUrl(`${origin}/later`, local()), 'NG_URL_FETCH', /answered 503.*retry after 3600 s/);
  assert.equal(hits.get('/later'), 1);
  assert.deepEqual(sleeps, []);
});

test('404 fails at once, without a retry', async () => {
  sleeps.length = 0;
  await rejectsWith(fetchUrl(`${origin}/missing`, local()), 'NG_URL_FETCH', /answered 404/);
  assert.equal(hits.get('/missing'), 1);
  assert.deepEqual(sleeps, []);
});

test('network errors are retried, then reported', async () => {
  sleeps.length = 0;
  const result = await fetchUrl(`${origin}/reset`, local());
  assert.equal(result.status, 200);
  assert.equal(hits.get('/reset'), 2);

  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  sleeps.length = 0;
  await rejectsWith(fetchUrl(`http://127.0.0.1:${port}/`, local({ retries: 2 })), 'NG_URL_FETCH', /ECONNREFUSED/);
  assert.equal(sleeps.length, 2);
});

test('an unknown host fails without retries', async () => {
  sleeps.length = 0;
  await rejectsWith(fetchUrl('http://nowhere.test/', local({ lookup: table({}) })), 'NG_URL_FETCH', /could not be resolved \(ENOTFOUND\)/);
  assert.deepEqual(sleeps, []);
});

test('the caller can cancel', async () => {
  const controller = new AbortController();
  const pending = fetchUrl(`${origin}/hang`, local({ signal: controller.signal }));
  setTimeout(() => controller.abort(new Error('stop')), 20);
  await assert.rejects(pending, /stop/);
});

test('backoff doubles from the base, with jitter below one base step', () => {
  const policy = { ...DEFAULT_BACKOFF, baseMs: 100, maxDelayMs: 1000, random: () => 0.5 };
  assert.deepEqual([0, 1, 2, 3, 4].map((retry) => backoffDelay(retry, policy)), [150, 250, 450, 850, 1050]);
  assert.equal(parseRetryAfter('120', 0), 120_000);
  assert.equal(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', Date.UTC(2015, 9, 21, 7, 28, 0)), 30_000);
  assert.equal(parseRetryAfter('soon', 0), null);
  assert.equal(parseRetryAfter(null, 0), null);
});
