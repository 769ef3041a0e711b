import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { InjectOptions } from 'fastify';
import type { DocJson } from '../../src/model/json.js';
import type { App } from '../../src/server/index.js';
import type { Store } from '../../src/store/index.js';
import { docs, ROOT, runCli } from '../helpers/cli.js';
import { analyzer, getJson, SEED_FILE, SEED_TITLE, server, smallStore } from './helpers.js';

let store: Store;
let dir: string;
let app: App;
let seedId: string;

before(async () => {
  ({ store, dir } = await smallStore());
  app = await server(store);
  const hits = await store.search('ceasefire Witkoff');
  seedId = hits.find((h) => h.title === SEED_TITLE)!.id;
});

after(async () => {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** PLOVER quad classes (data/reference/plover/ontology.json). */
const QUADS: Record<string, number> = Object.fromEntries(
  (JSON.parse(readFileSync(join(ROOT, 'data/reference/plover/ontology.json'), 'utf8')).categories as { name: string; quad_code: number }[]).map((c) => [c.name, c.quad_code]),
);

function mostFrequent(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

const isError = (body: any, code: string) => {
  assert.equal(body.code, code, JSON.stringify(body));
  assert.equal(typeof body.message, 'string');
  assert.ok(body.hint.length > 0);
};

describe('articles', () => {
  test('lists every article with a total, pages by offset and cursor', async () => {
    const all = await getJson(app, '/api/articles?limit=500');
    assert.equal(all.status, 200);
    assert.equal(all.body.total, 41);
    assert.equal(all.body.items.length, 41);
    assert.equal(all.body.next, null);
    const first = await getJson(app, '/api/articles?limit=10');
    assert.equal(first.body.items.length, 10);
    assert.ok(first.body.next);
    const second = await getJson(app, `/api/articles?limit=10&cursor=${first.body.next}`);
    const byOffset = await getJson(app, '/api/articles?limit=10&offset=10');
    assert.deepEqual(second.body.items, byOffset.body.items);
    assert.deepEqual([...first.body.items, ...second.body.items], all.body.items.slice(0, 20));
  });

  test('full-text search finds the seed article, with a snippet', async () => {
    const { status, body } = await getJson(app, '/api/articles?q=Witkoff%20ceasefire');
    assert.equal(status, 200);
    assert.equal(body.total, 1);
    assert.equal(body.items[0].title, SEED_TITLE);
    assert.match(body.items[0].snippet, /\[/);
    const none = await getJson(app, '/api/articles?q=%22%29%28*');
    assert.equal(none.status, 200);
    assert.equal(none.body.total, 0);
  });

  test('one article is the stored document, verbatim; an unknown id is a 404', async () => {
    const res = await app.inject(`/api/articles/${seedId}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /^application\/json/);
    assert.equal(res.body, JSON.stringify(await store.get(seedId)));
    const doc = res.json() as DocJson;
    const witkoff = doc.quotes.find((q) => q.text.startsWith('While the mediators'));
    assert.equal(witkoff?.speaker?.name, 'Steve Witkoff');

    const missing = await getJson(app, '/api/articles/nope');
    assert.equal(missing.status, 404);
    isError(missing.body, 'NG_STORE_NOT_FOUND');
  });
});

describe('entities and flags', () => {
  test('entities across articles with counts, by name part or KB id, and by type', async () => {
    const { body } = await getJson(app, '/api/entities?q=witkoff');
    const steve = body.items.find((e: any) => e.name === 'Steve Witkoff');
    assert.ok(steve, JSON.stringify(body.items));
    assert.equal(steve.type, 'PERSON');
    assert.equal(steve.articles, 1);
    assert.ok(steve.mentions >= 2);
    const byKb = await getJson(app, `/api/entities?q=${encodeURIComponent(steve.kb)}`);
    assert.equal(byKb.body.items[0].name, 'Steve Witkoff');
    const gpe = await getJson(app, '/api/entities?type=GPE&limit=5');
    assert.ok(gpe.body.total > 5);
    assert.ok(gpe.body.items.every((e: any) => e.type === 'GPE'));
    for (let i = 1; i < gpe.body.items.length; i++) assert.ok(gpe.body.items[i - 1].articles >= gpe.body.items[i].articles);
    const bad = await getJson(app, '/api/entities?type=ALIEN');
    assert.equal(bad.status, 400);
    isError(bad.body, 'NG_API_BAD_REQUEST');
  });

  test('flags with their article', async () => {
    const { status, body } = await getJson(app, '/api/flags');
    assert.equal(status, 200);
    assert.ok(body.total >= 1);
    const biden = body.items.find((f: any) => /Biden administration/.test(f.text));
    assert.ok(biden, JSON.stringify(body.items));
    assert.equal(biden.article.title, SEED_TITLE);
    assert.equal(biden.kind, 'anachronism');
  });
});

describe('events', () => {
  test('filter by category, modality, actor (name, code, KB id), recipient and country', async () => {
    const all = (await getJson(app, '/api/events?limit=500')).body;
    assert.ok(all.total > 10 && all.total < 500, String(all.total));
    const items = all.items as any[];
    // Filters are checked against the unfiltered list, whatever the stages find today.
    const expect = async (query: string, keep: (e: any) => boolean) => {
      const { status, body } = await getJson(app, `/api/events?limit=500&${query}`);
      assert.equal(status, 200, query);
      const wanted = items.filter(keep).map((e) => `${e.article.id}/${e.id}`);
      assert.ok(wanted.length > 0, `${query}: nothing to filter in the sample`);
      assert.deepEqual(body.items.map((e: any) => `${e.article.id}/${e.id}`), wanted, query);
      assert.equal(body.total, wanted.length);
    };
    const category = mostFrequent(items.map((e) => e.event));
    await expect(`category=${category}`, (e) => e.event === category);
    const modality = mostFrequent(items.filter((e) => e.modality !== 'asserted').map((e) => e.modality));
    await expect(`modality=${modality}`, (e) => e.modality === modality);
    await expect('actor=united%20states', (e) => e.actor.name === 'United States');
    await expect('actor=USAGOV', (e) => e.actor.code === 'USAGOV');
    await expect('recipient=hamas', (e) => e.recipient?.name === 'Hamas');
    await expect('country=usa', (e) => e.actor.code?.startsWith('USA') || e.recipient?.code?.startsWith('USA'));
    // A KB id finds the entity whatever its name and code in the article.
    const byKb = await getJson(app, '/api/events?actor=USA&limit=500');
    assert.ok(byKb.body.items.some((e: any) => e.actor.name === 'United States'));
    for (const e of items) assert.equal(e.quad, QUADS[e.event], e.event);
  });

  test('date range by article publication; undated articles are left out', async () => {
    const all = (await getJson(app, '/api/events?limit=500')).body.items as any[];
    const dates = [...new Set(all.map((e) => e.article.published?.slice(0, 10)).filter(Boolean))].sort();
    assert.ok(dates.length >= 3, dates.join());
    const from = dates[1]!;
    const to = dates.at(-2)!;
    const { body } = await getJson(app, `/api/events?from=${from}&to=${to}&limit=500`);
    const expected = all.filter((e) => e.article.published && e.article.published.slice(0, 10) >= from && e.article.published.slice(0, 10) <= to);
    assert.equal(body.total, expected.length);
    const bad = await getJson(app, '/api/events?from=yesterday');
    assert.equal(bad.status, 400);
    isError(bad.body, 'NG_API_BAD_REQUEST');
  });

  test('cursor pages walk the same order as one big page, without repeats', async () => {
    const all = (await getJson(app, '/api/events?limit=500')).body;
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: any = (await getJson(app, `/api/events?limit=7${cursor ? `&cursor=${cursor}` : ''}`)).body;
      assert.equal(page.total, all.total);
      seen.push(...page.items.map((e: any) => `${e.article.id}/${e.id}`));
      cursor = page.next;
      pages++;
    } while (cursor && pages < 100);
    assert.deepEqual(seen, all.items.map((e: any) => `${e.article.id}/${e.id}`));
    // Dates ascend, undated last.
    const keys = all.items.map((e: any) => e.article.published ?? '~');
    assert.deepEqual(keys, [...keys].sort());

    const desc = (await getJson(app, '/api/events?limit=500&order=desc')).body.items.map((e: any) => `${e.article.id}/${e.id}`);
    assert.deepEqual(desc, seen.slice().reverse());

    const bad = await getJson(app, '/api/events?cursor=not-a-cursor');
    assert.equal(bad.status, 400);
    isError(bad.body, 'NG_USAGE');
  });

  test('sorting by actor, with offset cursors', async () => {
    const { body } = await getJson(app, '/api/events?sort=actor&limit=20');
    const names = body.items.map((e: any) => e.actor.name.toLowerCase());
    assert.deepEqual(names, [...names].sort());
    const next = await getJson(app, `/api/events?sort=actor&limit=20&cursor=${body.next}`);
    const byOffset = await getJson(app, '/api/events?sort=actor&limit=20&offset=20');
    assert.deepEqual(next.body.items, byOffset.body.items);
  });

  test('a timeline of an entity by name or KB id; an unknown story is a 404', async () => {
    // An actor of the seed article that is linked to the knowledge base.
    const seed = (await store.get(seedId))!;
    const event = seed.events.find((e) => e.actor.entity && seed.entities.find((x) => x.id === e.actor.entity)?.kb)!;
    assert.ok(event, 'the seed article has an event with a linked actor');
    const entity = seed.entities.find((x) => x.id === event.actor.entity)!;
    const byName = await getJson(app, `/api/timelines/entity/${encodeURIComponent(entity.name.toUpperCase())}`);
    assert.equal(byName.status, 200);
    assert.ok(byName.body.total > 0);
    assert.deepEqual(byName.body.subject, { kind: 'entity', key: entity.name.toUpperCase() });
    assert.ok(byName.body.events.every((e: any) => e.actor.name === entity.name || e.recipient?.name === entity.name));
    assert.equal(byName.body.days.reduce((n: number, d: any) => n + d.events, 0), byName.body.total);
    const byKb = await getJson(app, `/api/timelines/entity/${encodeURIComponent(entity.kb!)}`);
    assert.ok(byKb.body.total >= byName.body.total);
    for (const e of byName.body.events) assert.ok(byKb.body.events.some((x: any) => x.article.id === e.article.id && x.id === e.id));

    const us = await getJson(app, '/api/timelines/entity/USA');
    const days = us.body.days.map((d: any) => d.date);
    assert.deepEqual(days, [...days].sort((a: string, b: string) => (a === 'undated' ? 1 : b === 'undated' ? -1 : a.localeCompare(b))));
    for (const d of us.body.days) assert.equal(d.quads.reduce((a: number, b: number) => a + b, 0), d.events);

    const story = await getJson(app, '/api/timelines/story/42');
    assert.equal(story.status, 404);
    isError(story.body, 'NG_API_NOT_FOUND');
  });

  test('stories: clusters of articles, one story, its timeline', async () => {
    const all = await getJson(app, '/api/stories?min=1&limit=500');
    assert.equal(all.status, 200);
    // Every article is in exactly one story.
    assert.equal(all.body.items.reduce((n: number, s: any) => n + s.articles, 0), 41);
    for (let i = 1; i < all.body.items.length; i++) assert.ok(all.body.items[i - 1].articles >= all.body.items[i].articles);
    const multi = await getJson(app, '/api/stories');
    assert.ok(multi.body.items.every((s: any) => s.articles >= 2));
    assert.equal(multi.body.total, all.body.items.filter((s: any) => s.articles >= 2).length);
    const paged = await getJson(app, `/api/stories?min=1&limit=5&cursor=${(await getJson(app, '/api/stories?min=1&limit=5')).body.next}`);
    assert.deepEqual(paged.body.items, all.body.items.slice(5, 10));

    const seedStory = all.body.items.find((s: any) => s.id === seedId) ?? (await Promise.all(all.body.items.map((s: any) => getJson(app, `/api/stories/${s.id}`)))).map((r) => r.body).find((s: any) => s.members.some((m: any) => m.id === seedId));
    const one = await getJson(app, `/api/stories/${encodeURIComponent(seedStory.id)}`);
    assert.equal(one.status, 200);
    assert.equal(one.body.members[0].id, one.body.id, 'a story is named by its oldest article');
    assert.ok(one.body.members.some((m: any) => m.id === seedId));
    const timeline = await getJson(app, `/api/timelines/story/${encodeURIComponent(one.body.id)}`);
    assert.equal(timeline.status, 200);
    const members = new Set(one.body.members.map((m: any) => m.id));
    assert.ok(timeline.body.total > 0);
    assert.ok(timeline.body.events.every((e: any) => members.has(e.article.id)));
    assert.equal(timeline.body.subject.title, one.body.title);
    const seedEvents = (await store.get(seedId))!.events.filter((e) => !e.negated).length;
    assert.ok(timeline.body.total >= seedEvents);
    assert.equal((await getJson(app, '/api/stories/nope')).status, 404);
  });

  test('the actor network: weighted edges coloured by quad class', async () => {
    const { body } = await getJson(app, '/api/network?limit=30');
    assert.ok(body.edges.length > 0 && body.edges.length <= 30);
    const ids = new Set(body.nodes.map((n: any) => n.id));
    for (const e of body.edges) {
      assert.ok(ids.has(e.source) && ids.has(e.target));
      assert.ok(e.quad >= 1 && e.quad <= 4);
    }
    for (let i = 1; i < body.edges.length; i++) assert.ok(body.edges[i - 1].events >= body.edges[i].events);
    const category = body.edges[0].category;
    const one = await getJson(app, `/api/network?category=${category}`);
    assert.ok(one.body.edges.length > 0 && one.body.edges.every((e: any) => e.category === category));
  });
});

describe('exports', () => {
  test('events as CSV (filtered), JSON Lines and PLOVER-JSON', async () => {
    const category = mostFrequent(((await getJson(app, '/api/events?limit=500')).body.items as any[]).map((e) => e.event));
    const total = (await getJson(app, `/api/events?category=${category}&limit=1`)).body.total;
    const csv = await app.inject(`/api/exports/events.csv?category=${category}`);
    assert.equal(csv.statusCode, 200);
    assert.match(csv.headers['content-type'] as string, /^text\/csv/);
    assert.match(csv.headers['content-disposition'] as string, /attachment; filename="events.csv"/);
    const rows = csv.body.trimEnd().split('\r\n');
    assert.equal(rows[0], 'article_id,published,title,event_id,actor,actor_code,category,quad,mode,cameo,recipient,recipient_code,modality,negated,source,contexts,start,end,text');
    assert.equal(rows.length - 1, total);

    const jsonl = await app.inject(`/api/exports/events.jsonl?category=${category}`);
    const lines = jsonl.body.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    assert.ok(lines.length === total && lines.every((e) => e.event === category));

    const plover = await app.inject(`/api/exports/events.plover.json?article=${seedId}`);
    assert.equal(plover.statusCode, 200);
    const records = plover.json() as any[];
    assert.ok(records.length > 0);
    assert.ok(records.every((r) => r.has_event === true && r.coder === 'newsgraph' && Array.isArray(r.event)));
    const everything = (await app.inject('/api/exports/events.plover.json')).json() as any[];
    assert.ok(everything.length > records.length);
  });

  test('stored tables as CSV, documents as JSON Lines', async () => {
    const quotes = await app.inject('/api/exports/tables/quotes');
    assert.equal(quotes.statusCode, 200);
    assert.match(quotes.body.split('\r\n')[0]!, /^article_id,n,kind,start,end,text,verb,speaker,speaker_entity$/);
    assert.match(quotes.body, /Steve Witkoff/);
    const bad = await getJson(app, '/api/exports/tables/secrets');
    assert.equal(bad.status, 400);
    const articles = await app.inject('/api/exports/articles.jsonl');
    assert.equal(articles.body.split('\n').filter(Boolean).length, 41);
  });
});

describe('POST /api/analyze', () => {
  test('{text} answers the document `newsgraph analyze` prints (but for its origin)', async () => {
    const text = readFileSync(SEED_FILE, 'utf8');
    const res = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text } });
    assert.equal(res.statusCode, 200, res.body);
    const cli = await runCli(['analyze', SEED_FILE]);
    assert.equal(cli.code, 0, cli.stderr);
    const [expected] = docs(cli.stdout);
    const got = res.json();
    assert.deepEqual({ ...got, origin: null }, { ...expected, origin: null });
    assert.deepEqual(got.origin, { kind: 'inline', location: 'request' });
    assert.equal(got.title, SEED_TITLE);
    // The same route without /api, as first announced.
    const alias = await app.inject({ method: 'POST', url: '/analyze', payload: { text } });
    assert.equal(alias.body, res.body);
  });

  test('{html} is extracted', async () => {
    const html = '<html><head><title>Doha talks</title></head><body><article><h1>Doha talks</h1><p>Qatar and Egypt mediated talks between Israel and Hamas on Monday, officials said.</p></article></body></html>';
    const res = await app.inject({ method: 'POST', url: '/api/analyze', payload: { html } });
    assert.equal(res.statusCode, 200, res.body);
    const doc = res.json();
    assert.equal(doc.title, 'Doha talks');
    assert.ok(doc.entities.some((e: any) => e.name === 'Qatar'));
  });

  test('{url} refuses private addresses unless the server allows them', async () => {
    const page = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<html><head><title>Local story</title></head><body><article><p>Officials in Doha said on Monday that the ceasefire talks would resume next week after a pause.</p></article></body></html>');
    });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(page.address() as AddressInfo).port}/story`;
    const open = await server(store, { analyzer: analyzer({ allowPrivate: true }) });
    try {
      const refused = await app.inject({ method: 'POST', url: '/api/analyze', payload: { url } });
      assert.equal(refused.statusCode, 403);
      isError(refused.json(), 'NG_URL_FORBIDDEN');
      const fetched = await open.inject({ method: 'POST', url: '/api/analyze', payload: { url } });
      assert.equal(fetched.statusCode, 200, fetched.body);
      assert.equal(fetched.json().title, 'Local story');
      assert.equal(fetched.json().url, url);
      const notHttp = await app.inject({ method: 'POST', url: '/api/analyze', payload: { url: 'file:///etc/passwd' } });
      assert.equal(notHttp.statusCode, 400);
      isError(notHttp.json(), 'NG_URL_INVALID');
    } finally {
      await open.close();
      page.close();
    }
  });

  test('too many analyses at once: 503 at once, with Retry-After; the others finish', async () => {
    const releases: (() => void)[] = [];
    const slow = {
      ...analyzer(),
      run: (doc: any) => new Promise<any>((resolve) => releases.push(() => resolve({ ...doc, text: 'x', raw: null, bytes: null, tokens: [] }))),
    };
    const busy = await server(store, { analyzer: slow as any, maxAnalyses: 2 });
    try {
      const first = [busy.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'A\nb' } }), busy.inject({ method: 'POST', url: '/analyze', payload: { text: 'A\nb' } })];
      while (releases.length < 2) await new Promise((r) => setImmediate(r));
      const third = await busy.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'A\nb' } });
      assert.equal(third.statusCode, 503);
      assert.equal(third.headers['retry-after'], '5');
      isError(third.json(), 'NG_API_BUSY');
      for (const release of releases) release();
      for (const res of await Promise.all(first)) assert.equal(res.statusCode, 200);
      // The slots are free again.
      const fourth = busy.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'A\nb' } });
      while (releases.length < 3) await new Promise((r) => setImmediate(r));
      releases[2]!();
      assert.equal((await fourth).statusCode, 200);
    } finally {
      for (const release of releases) release();
      await busy.close();
    }
  });

  test('malformed requests are 4xx JSON errors', async () => {
    const cases: [string, InjectOptions, number, string][] = [
      ['two inputs', { method: 'POST', url: '/api/analyze', payload: { text: 'a', html: 'b' } }, 400, 'NG_API_BAD_REQUEST'],
      ['no input', { method: 'POST', url: '/api/analyze', payload: {} }, 400, 'NG_API_BAD_REQUEST'],
      ['wrong type', { method: 'POST', url: '/api/analyze', payload: { text: 42 } }, 400, 'NG_API_BAD_REQUEST'],
      ['blank text', { method: 'POST', url: '/api/analyze', payload: { text: '  \n ' } }, 400, 'NG_INPUT_EMPTY'],
      ['broken JSON', { method: 'POST', url: '/api/analyze', payload: '{"text": ', headers: { 'content-type': 'application/json' } }, 400, 'NG_API_BAD_REQUEST'],
      ['empty JSON body', { method: 'POST', url: '/api/analyze', payload: '', headers: { 'content-type': 'application/json' } }, 400, 'NG_API_BAD_REQUEST'],
      ['not JSON', { method: 'POST', url: '/api/analyze', payload: 'hello', headers: { 'content-type': 'text/plain' } }, 415, 'NG_API_MEDIA_TYPE'],
      ['too large', { method: 'POST', url: '/api/analyze', payload: { text: `Title\n${'word '.repeat(450_000)}` } }, 413, 'NG_API_TOO_LARGE'],
      ['binary', { method: 'POST', url: '/api/analyze', payload: { text: `Title\n${'\u0000\u0001\u0002'.repeat(400)}` } }, 415, 'NG_INPUT_BINARY'],
      ['unknown route', { method: 'GET', url: '/api/nothing' }, 404, 'NG_API_NOT_FOUND'],
      ['wrong method', { method: 'DELETE', url: '/api/articles' }, 404, 'NG_API_NOT_FOUND'],
      ['limit too big', { method: 'GET', url: '/api/events?limit=100000' }, 400, 'NG_API_BAD_REQUEST'],
      ['bad category', { method: 'GET', url: '/api/events?category=HUG' }, 400, 'NG_API_BAD_REQUEST'],
    ];
    for (const [what, request, status, code] of cases) {
      const res = await app.inject(request);
      assert.equal(res.statusCode, status, `${what}: ${res.body}`);
      assert.match(res.headers['content-type'] as string, /^application\/json/, what);
      isError(res.json(), code);
    }
  });
});

describe('the OpenAPI document', () => {
  test('describes every route with its schemas', async () => {
    const { status, body } = await getJson(app, '/openapi.json');
    assert.equal(status, 200);
    assert.equal(body.openapi, '3.1.0');
    for (const path of ['/api/articles', '/api/articles/{id}', '/api/entities', '/api/events', '/api/timelines/{kind}/{key}', '/api/stories', '/api/stories/{id}', '/api/network', '/api/flags', '/api/exports/events.csv', '/api/exports/events.plover.json', '/api/analyze']) {
      assert.ok(body.paths[path], `${path} missing`);
    }
    assert.ok(!body.paths['/analyze'], 'the alias stays out of the document');
    assert.ok(body.components.schemas.Error && body.components.schemas.Doc);
    const params = body.paths['/api/events'].get.parameters.map((p: any) => p.name);
    for (const name of ['actor', 'recipient', 'country', 'category', 'modality', 'from', 'to', 'limit', 'offset', 'cursor']) assert.ok(params.includes(name), name);
    assert.deepEqual(body.paths['/api/analyze'].post.responses['413'].content['application/json'].schema, { $ref: '#/components/schemas/Error' });
  });
});
