import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byHost, mapLimit } from './limit.js';

/** A task whose completion the test controls. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

test('results come back in input order, whatever order tasks finish in', async () => {
  const delays = [30, 5, 20, 0, 10];
  const results = await mapLimit(delays, 2, async (ms, index) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return index * 10;
  });
  assert.deepEqual(results, [0, 10, 20, 30, 40].map((value) => ({ ok: true, value })));
});

test('never runs more than `limit` at once', async () => {
  let active = 0;
  let peak = 0;
  await mapLimit(Array.from({ length: 20 }, (_, i) => i), 3, async () => {
    active++;
    peak = Math.max(peak, active);
    await tick();
    active--;
  });
  assert.equal(peak, 3);
});

test('a failing item becomes an error value; the others still run', async () => {
  const results = await mapLimit([1, 2, 3], 2, async (n) => {
    if (n === 2) throw new Error('two failed');
    return n;
  });
  assert.deepEqual(results[0], { ok: true, value: 1 });
  assert.equal(results[1]?.ok, false);
  assert.match(String((results[1] as { error: unknown }).error), /two failed/);
  assert.deepEqual(results[2], { ok: true, value: 3 });
  const sync = await mapLimit([1], 1, () => {
    throw new Error('sync throw');
  });
  assert.equal(sync[0]?.ok, false);
});

test('an empty list resolves at once', async () => {
  assert.deepEqual(await mapLimit([], 4, async () => 1), []);
});

test('per-host limit keeps one host from taking every slot', async () => {
  const urls = ['http://a.test/1', 'http://a.test/2', 'http://a.test/3', 'http://b.test/1', 'http://c.test/1'];
  const gates = urls.map(() => gate());
  const started: string[] = [];
  const run = mapLimit(
    urls,
    3,
    async (url, index) => {
      started.push(url);
      await gates[index]?.opened;
      return url;
    },
    { key: byHost, perKey: 1 },
  );
  await tick();
  assert.deepEqual(started, ['http://a.test/1', 'http://b.test/1', 'http://c.test/1']);
  gates[3]?.open(); // b finishes: its slot goes to nobody from a.test (a/1 still running)
  await tick();
  assert.equal(started.length, 3);
  gates[0]?.open(); // a/1 finishes: a/2 may start
  await tick();
  assert.deepEqual(started.slice(3), ['http://a.test/2']);
  for (const g of gates) g.open();
  const results = await run;
  assert.deepEqual(results.map((r) => (r.ok ? r.value : null)), urls);
});

test('minIntervalMs spaces out starts on the same host', async () => {
  let clock = 0;
  const starts: number[] = [];
  const results = await mapLimit(
    ['http://a.test/1', 'http://a.test/2', 'http://a.test/3'],
    3,
    async () => {
      starts.push(clock);
      clock += 50; // the injected clock moves only when a task runs
    },
    { key: byHost, minIntervalMs: 10, now: () => clock },
  );
  assert.equal(results.length, 3);
  for (let i = 1; i < starts.length; i++) assert.ok((starts[i] ?? 0) - (starts[i - 1] ?? 0) >= 10);
});

test('byHost keys URLs by host and port', () => {
  assert.equal(byHost('https://Example.COM:8443/a?b'), 'example.com:8443');
  assert.equal(byHost('not a url'), 'not a url');
});
