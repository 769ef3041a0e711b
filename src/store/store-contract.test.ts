/**
 * One suite for every Store backend: SQLite always, PostgreSQL when NEWSGRAPH_TEST_PG names a server
 * (e.g. postgres://postgres@127.0.0.1:5433/newsgraph from `npm run pg:start`). Each PostgreSQL store
 * lives in a fresh schema of that database, dropped at the end. Under CI=true a missing
 * NEWSGRAPH_TEST_PG fails instead of skipping.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { dropSchemas } from '../../test/helpers/pg.js';
import { analyzeText } from '../../test/helpers/analyze.js';
import { analyzer, SEED_FILE } from '../../test/server/helpers.js';
import { SAMPLE_DIR } from '../cli/demo.js';
import { NewsgraphError } from '../errors.js';
import { toJson, type DocJson } from '../model/json.js';
import { expandInputs } from '../stages/ingest/index.js';
import { edited, rewrapped, trimmed } from '../../test/helpers/copies.js';
import { EXPORT_TABLES, openStore, type EntityQuery, type EventQuery, type Page, type Store } from './index.js';
import { PG_SCHEMA } from './postgres/schema.js';
import { fingerprint, signatureBytes } from '../across/minhash.js';
import { oldBands } from '../../test/helpers/bands.js';

const PG_URL = process.env.NEWSGRAPH_TEST_PG;
const RUN = `ng_test_${process.pid}_${Date.now().toString(36)}`;
const schemas: string[] = [];

interface Backend {
  name: string;
  open(): Store;
}

const sqlite: Backend = {
  name: 'sqlite',
  open: () => openStore(join(mkdtempSync(join(tmpdir(), 'newsgraph-store-')), 'test.db')),
};

/** A store in a fresh schema; `schema` names it again (a second connection to the same store). */
function pgLocation(schema = `${RUN}_${schemas.length}`): string {
  if (!schemas.includes(schema)) schemas.push(schema);
  const url = new URL(PG_URL!);
  url.searchParams.set('schema', schema);
  return url.toString();
}

const postgres: Backend = { name: 'postgres', open: () => openStore(pgLocation()) };

const backends: Backend[] = [sqlite];
if (PG_URL) backends.push(postgres);
else if (process.env.CI === 'true') {
  test('PostgreSQL backend tests need NEWSGRAPH_TEST_PG under CI', () => {
    assert.fail('NEWSGRAPH_TEST_PG is not set: run `bash scripts/pg-start.sh` and export the URL it prints');
  });
}

after(() => dropSchemas(PG_URL, schemas));

for (const backend of backends) {
  describe(`store contract: ${backend.name}`, () => {
    test('put stores an article with its facts once; get returns it; stats count it', async () => {
      const store = backend.open();
      try {
        const doc = toJson(await analyzeText('The United States criticised Hamas on Monday. "We are not going anywhere," Joe Biden said.', { title: 'Talks' }));
        assert.equal(await store.put(doc, 'k1'), 'inserted');
        assert.equal(await store.put(doc, 'k2'), 'existing');
        assert.equal(await store.hasSource('k1'), true);
        assert.equal(await store.hasSource('k2'), true);
        assert.equal(await store.hasSource('k3'), false);
        assert.deepEqual(await store.get(doc.id), doc);
        assert.equal(await store.get('nope'), undefined);
        const stats = await store.stats();
        assert.equal(stats.articles, 1);
        assert.ok((stats.entitiesByType.GPE ?? 0) >= 1);
        assert.equal(stats.quotes, doc.quotes.length);
        assert.equal(stats.flags, doc.flags.length);
        const docs: DocJson[] = [];
        for await (const d of store.documents()) docs.push(d);
        assert.deepEqual(docs, [doc]);
      } finally {
        await store.close();
      }
    });

    test('full-text search over title and text, with stemming and snippets; any user text is a safe query', async () => {
      const store = backend.open();
      try {
        await store.put(toJson(await analyzeText('Negotiators met in Doha to discuss a ceasefire.', { id: 'a', title: 'Gaza talks' })));
        await store.put(toJson(await analyzeText('The football season ended.', { id: 'b', title: 'Sport' })));
        const hits = await store.search('negotiator ceasefires');
        assert.equal(hits.length, 1);
        assert.equal(hits[0]!.title, 'Gaza talks');
        assert.match(hits[0]!.snippet!, /\[Negotiators\]/);
        assert.equal((await store.search('gaza')).length, 1, 'title matches');
        assert.deepEqual(await store.search('gaza football'), [], 'every word is required');
        assert.deepEqual(await store.search('"unbalanced AND ( OR'), []);
        assert.deepEqual(await store.search("doha' OR 1=1; --"), []);
        await assert.rejects(store.search('!!!'), NewsgraphError);
        const page = await store.listArticles('ceasefire', { limit: 10 });
        assert.equal(page.total, 1);
        assert.equal(page.items[0]!.id, 'a');
        assert.deepEqual(await store.listArticles('!!!', { limit: 10 }), { total: 0, items: [], next: null });
      } finally {
        await store.close();
      }
    });

    test('CSV tables list their columns even when empty', async () => {
      const store = backend.open();
      try {
        const { columns, rows } = store.table('flags');
        assert.deepEqual(columns, ['article_id', 'n', 'kind', 'start', 'end', 'text', 'explanation', 'evidence']);
        const all = [];
        for await (const row of rows) all.push(row);
        assert.deepEqual(all, []);
        assert.deepEqual(store.table('articles').columns, ['id', 'url', 'title', 'byline', 'published', 'language', 'chars', 'duplicate_of']);
      } finally {
        await store.close();
      }
    });

    test('two writers storing the same articles at once: no error, nothing twice', async () => {
      const docs = await Promise.all(
        ['One', 'Two', 'Three'].map(async (t, i) => toJson(await analyzeText(`${t}: The United States criticised Hamas on Monday.`, { id: `c${i}`, title: t }))),
      );
      const first = backend.open();
      const location = backend.name === 'postgres' ? pgLocation(schemas.at(-1)) : undefined;
      // Same database, another connection (for SQLite: the same file).
      const second = location ? openStore(location) : first;
      try {
        const results = await Promise.all([...docs.map((d) => first.put(d, `a:${d.id}`)), ...docs.map((d) => second.put(d, `b:${d.id}`))]);
        assert.equal(results.filter((r) => r === 'inserted').length, 3);
        assert.equal(results.filter((r) => r === 'existing').length, 3);
        const stats = await first.stats();
        assert.equal(stats.articles, 3);
        assert.equal(stats.eventsByCategory.ACCUSE, 3);
        assert.ok(await second.hasSource('a:c2'));
        assert.ok(await first.hasSource('b:c0'));
      } finally {
        await first.close();
        if (second !== first) await second.close();
      }
    });

    test('an article with more facts than one statement can carry is stored whole', async () => {
      const doc = toJson(await analyzeText('The United States criticised Hamas on Monday.', { id: 'many', title: 'Many' }));
      const [entity] = doc.entities;
      // 10,000 entities × 7 columns: over PostgreSQL's 65,535 parameters per statement.
      doc.entities = Array.from({ length: 10_000 }, (_, i) => ({ ...entity!, id: `e${i}`, name: `Name ${i}` }));
      const store = backend.open();
      try {
        assert.equal(await store.put(doc, 'many'), 'inserted');
        const stats = await store.stats();
        assert.equal(Object.values(stats.entitiesByType).reduce((a, b) => a + b, 0), 10_000);
      } finally {
        await store.close();
      }
    });

    test('near-copies are stored linked to their original and never counted twice', async () => {
      const sample = readFileSync(join(SAMPLE_DIR, 'wikinews.jsonl'), 'utf8').split('\n').filter(Boolean).slice(20, 24)
        .map((l) => JSON.parse(l) as { title: string; text: string });
      let n = 0;
      const analyse = async (text: string, title: string) => toJson(await analyzeText(text, { title, id: `dup${n++}` }));
      const originals = await Promise.all(sample.map((a) => analyse(a.text, a.title)));
      const [first, second] = [sample[0]!, sample[1]!];
      const copies = await Promise.all([
        analyse(trimmed(first.text), first.title),
        analyse(rewrapped(first.text), `${first.title} (updated)`),
        analyse(edited(second.text), `BREAKING: ${second.title.toUpperCase()}`),
      ]);
      const store = backend.open();
      try {
        for (const doc of originals) assert.equal(await store.put(doc, doc.id), 'inserted');
        // what put will link each copy to, asked before it is stored; unrelated and short texts have no original
        assert.deepEqual((await Promise.all(copies.map((c) => store.nearCopy(c.text)))).map((c) => c?.duplicateOf), [originals[0]!.id, originals[0]!.id, originals[1]!.id]);
        assert.equal(await store.nearCopy(sample[0]!.text.split(' ').reverse().join(' ')), undefined);
        assert.equal(await store.nearCopy('Too short to be anybody\'s copy.'), undefined);
        const before = await store.stats();
        // Two copies of one article at once: the lock on band keys makes them see each other's original.
        const results = await Promise.all(copies.map((doc) => store.put(doc, doc.id)));
        assert.deepEqual(results, ['duplicate', 'duplicate', 'duplicate']);
        assert.equal(await store.put(copies[0]!, 'again'), 'existing');
        const after = await store.stats();
        assert.equal(after.articles, originals.length + copies.length);
        assert.equal(after.duplicates, copies.length);
        assert.deepEqual({ ...after, articles: 0, duplicates: 0 }, { ...before, articles: 0, duplicates: 0 });
        const listed = new Map((await store.listArticles(undefined, { limit: 50 })).items.map((a) => [a.id, a.duplicateOf]));
        assert.deepEqual(copies.map((c) => listed.get(c.id)), [originals[0]!.id, originals[0]!.id, originals[1]!.id]);
        assert.equal(listed.get(originals[2]!.id), null);
        const kept: string[] = [];
        for await (const d of store.documents({ originals: true })) kept.push(d.id);
        assert.deepEqual(kept, originals.map((d) => d.id));
        assert.deepEqual(await store.get(copies[2]!.id), copies[2]);
        const rows: unknown[] = [];
        for await (const r of store.table('articles').rows) rows.push(r.duplicate_of);
        assert.equal(rows.filter((r) => r !== null).length, copies.length, 'the CSV articles table names each copy\'s original');
      } finally {
        await store.close();
      }
    });

    test('putMany stores articles in order, as put would one by one: a copy later in the batch links to its original', async () => {
      const sample = readFileSync(join(SAMPLE_DIR, 'wikinews.jsonl'), 'utf8').split('\n').filter(Boolean).slice(30, 33)
        .map((l) => JSON.parse(l) as { title: string; text: string });
      const docs = await Promise.all([...sample.map((a, k) => ({ ...a, id: `many${k}` })), { ...sample[0]!, text: trimmed(sample[0]!.text), id: 'many-copy' }]
        .map(async (a) => toJson(await analyzeText(a.text, { title: a.title, id: a.id }))));
      const store = backend.open();
      try {
        assert.deepEqual(await store.putMany([]), []);
        const results = await store.putMany(docs.map((doc) => ({ doc, sourceKey: `key:${doc.id}` })));
        assert.deepEqual(results, ['inserted', 'inserted', 'inserted', 'duplicate']);
        assert.deepEqual(await store.putMany([{ doc: docs[1]! }]), ['existing']);
        const listed = new Map((await store.listArticles(undefined, { limit: 50 })).items.map((a) => [a.id, a.duplicateOf]));
        assert.equal(listed.get('many-copy'), 'many0');
        for (const doc of docs) assert.equal(await store.hasSource(`key:${doc.id}`), true);
        assert.deepEqual(await store.get('many2'), docs[2]);
        assert.equal((await store.stats()).articles, 4);
      } finally {
        await store.close();
      }
    });
  });
}

if (PG_URL) {
  test('an unreachable PostgreSQL server is NG_STORE_OPEN on first use', async () => {
    const store = openStore('postgres://postgres@127.0.0.1:1/newsgraph?connect_timeout=2');
    await assert.rejects(store.stats(), (e: unknown) => e instanceof NewsgraphError && e.code === 'NG_STORE_OPEN');
    await store.close();
  });

  test('a schema name in any case is one schema, as PostgreSQL reads plain identifiers', async () => {
    const name = `${RUN}_Mixed`;
    schemas.push(name.toLowerCase());
    const url = new URL(PG_URL!);
    url.searchParams.set('schema', name);
    const store = openStore(url.toString());
    try {
      const doc = toJson(await analyzeText('The United States criticised Hamas on Monday.', { id: 'case', title: 'Case' }));
      assert.equal(await store.put(doc, 'case'), 'inserted');
    } finally {
      await store.close();
    }
    url.searchParams.set('schema', name.toLowerCase());
    const again = openStore(url.toString());
    assert.equal((await again.stats()).articles, 1);
    await again.close();
  });

  /** A PostgreSQL store of an old version holding one analysed article ("old"), which `fill` writes; and that article. */
  async function oldPgStore(version: string, tables: string, fill: (client: pg.Client, doc: DocJson) => Promise<unknown>) {
    const location = pgLocation();
    const schema = new URL(location).searchParams.get('schema')!;
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    const [article] = readFileSync(join(SAMPLE_DIR, 'wikinews.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { title: string; text: string });
    const doc = toJson(await analyzeText(article!.text, { id: 'old', title: article!.title }));
    try {
      await client.query(`SET client_min_messages = 'warning'; CREATE SCHEMA "${schema}"; SET search_path = "${schema}"`);
      await client.query(tables);
      await client.query("INSERT INTO meta (key, value) VALUES ('version', $1)", [version]);
      await fill(client, doc);
    } finally {
      await client.end();
    }
    const copy = toJson(await analyzeText(`${article!.text}\n\nUpdated with a last line.`, { id: 'copy', title: article!.title }));
    return { location, doc, copy };
  }
  const articleRow = (doc: DocJson) => [doc.id, doc.url, doc.title, doc.byline, doc.published, doc.language, doc.text, JSON.stringify(doc), '2026-11-01T00:00:00Z'];

  test('a PostgreSQL store of version 1 is upgraded in place: articles kept, copies of them found', async () => {
    const v1 = PG_SCHEMA.replace(/\n\s*duplicate_of [^\n]*\n\s*minhash bytea NOT NULL,/, '')
      .replace(/CREATE INDEX IF NOT EXISTS articles_duplicate_of[^\n]*\n/, '')
      .replace(/-- [^\n]*\n/g, '')
      .replace(/CREATE TABLE IF NOT EXISTS minhash_bands \([^;]*;\n/, '');
    assert.ok(!/minhash|duplicate_of/.test(v1), v1);
    const { location, doc, copy } = await oldPgStore('1', v1, (client, doc) =>
      client.query('INSERT INTO articles (id, url, title, byline, published, language, text, doc, ingested_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)', articleRow(doc)),
    );
    const store = openStore(location);
    try {
      assert.deepEqual(await store.get('old'), doc);
      assert.equal(await store.put(copy, 'copy'), 'duplicate');
      assert.equal((await store.stats()).duplicates, 1);
    } finally {
      await store.close();
    }
  });

  test('a PostgreSQL store of version 2 is upgraded in place: band keys recomputed, copies found', async () => {
    const { location, copy } = await oldPgStore('2', PG_SCHEMA, async (client, doc) => {
      const print = fingerprint(doc.text);
      await client.query('INSERT INTO articles (id, url, title, byline, published, language, text, doc, ingested_at, minhash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
        [...articleRow(doc), signatureBytes(print.signature)]);
      await client.query('INSERT INTO minhash_bands (band, article_id) SELECT unnest($1::bigint[]), $2', [oldBands(print.signature), doc.id]);
    });
    const store = openStore(location);
    try {
      assert.equal(await store.put(copy, 'copy'), 'duplicate');
    } finally {
      await store.close();
    }
  });

  describe('PostgreSQL gives the same results as SQLite on the same articles', () => {
    let a: Store; // SQLite, the reference
    let b: Store; // PostgreSQL
    before(async () => {
      a = sqlite.open();
      b = postgres.open();
      const dir = mkdtempSync(join(tmpdir(), 'newsgraph-contract-'));
      const jsonl = join(dir, 'sample.jsonl');
      const lines = readFileSync(join(SAMPLE_DIR, 'wikinews.jsonl'), 'utf8').split('\n').filter(Boolean);
      // Some records undated, one dated twice (ties by date), for the orderings.
      const picked = lines.slice(0, 14).map((l, i) => {
        const r = JSON.parse(l) as Record<string, unknown>;
        if (i % 5 === 4) delete r.date;
        if (i === 3) r.date = (JSON.parse(lines[2]!) as Record<string, unknown>).date;
        return JSON.stringify(r);
      });
      writeFileSync(jsonl, `${picked.join('\n')}\n`);
      const pipeline = analyzer();
      for await (const item of expandInputs([SEED_FILE, jsonl], 10 * 1024 * 1024)) {
        if ('error' in item) throw item.error;
        const doc = toJson(await pipeline.run(item.doc));
        assert.equal(await a.put(doc, doc.id), 'inserted');
        assert.equal(await b.put(doc, doc.id), 'inserted');
      }
    });
    after(async () => {
      await a?.close();
      await b?.close();
    });

    const collect = async <T>(it: AsyncIterable<T>) => {
      const out: T[] = [];
      for await (const x of it) out.push(x);
      return out;
    };

    test('stats, documents and every CSV table', async () => {
      assert.deepEqual(await b.stats(), await a.stats());
      assert.deepEqual(await collect(b.documents()), await collect(a.documents()));
      for (const table of EXPORT_TABLES) {
        const ta = a.table(table);
        const tb = b.table(table);
        assert.deepEqual(tb.columns, ta.columns, table);
        assert.deepEqual(await collect(tb.rows), await collect(ta.rows), table);
      }
    });

    test('article lists, full-text matches and paging', async () => {
      for (const limit of [1, 4, 50]) {
        let ca: string | undefined;
        let cb: string | undefined;
        for (let i = 0; i < 20; i++) {
          const pa = await a.listArticles(undefined, { limit, ...(ca ? { cursor: ca } : {}) });
          const pb = await b.listArticles(undefined, { limit, ...(cb ? { cursor: cb } : {}) });
          assert.deepEqual(pb, pa);
          if (!pa.next) break;
          ca = pa.next;
          cb = pb.next!;
        }
      }
      for (const q of ['ceasefire', 'police', 'killed people', 'Gaza Hamas', 'election', 'zzzunknownword']) {
        const pa = await a.listArticles(q, { limit: 50 });
        const pb = await b.listArticles(q, { limit: 50 });
        assert.equal(pb.total, pa.total, q);
        // Rankings differ (bm25 against ts_rank): the same articles, each with a marked snippet.
        const ids = (p: Page<{ id: string }>) => p.items.map((x) => x.id).sort();
        assert.deepEqual(ids(pb), ids(pa), q);
        for (const hit of pb.items) {
          const ref = pa.items.find((x) => x.id === hit.id)!;
          if (ref.snippet?.includes('[')) assert.match(hit.snippet ?? '', /\[\p{L}+\]/u, `${q}: ${hit.snippet} (SQLite: ${ref.snippet})`);
        }
        assert.deepEqual((await b.search(q, 50)).map((x) => x.id).sort(), (await a.search(q, 50)).map((x) => x.id).sort(), q);
      }
    });

    test('entity lists with filters and paging', async () => {
      const entityQueries: EntityQuery[] = [{}, { type: 'PERSON' }, { type: 'GPE' }, { q: 'united' }, { q: 'HAM' }, { q: '%' }, { q: 'a_b' }];
      for (const query of entityQueries) {
        for (const page of [{ limit: 100 }, { limit: 7 }, { limit: 7, offset: 7 }]) {
          assert.deepEqual(await b.listEntities(query, page), await a.listEntities(query, page), JSON.stringify({ query, page }));
        }
      }
      const kb = (await a.listEntities({}, { limit: 200 })).items.find((e) => e.kb)?.kb;
      if (kb) assert.deepEqual(await b.listEntities({ q: kb }, { limit: 10 }), await a.listEntities({ q: kb }, { limit: 10 }));
    });

    test('event lists: every filter, sort and order; cursor paging; eachEvent; flags', async () => {
      const all = await a.listEvents({}, { limit: 1000 });
      assert.ok(all.total > 10, 'enough events to compare');
      const first = all.items[0]!;
      const withCode = all.items.find((e) => e.actor.code)!;
      const withRecipient = all.items.find((e) => e.recipient?.entity)!;
      const dated = all.items.filter((e) => e.article.published).map((e) => e.article.published!.slice(0, 10)).sort();
      const queries: EventQuery[] = [
        {},
        { actor: first.actor.name.toUpperCase() },
        { actor: withCode.actor.code! },
        { recipient: withRecipient.recipient!.name },
        { entity: withRecipient.recipient!.name.toLowerCase() },
        { country: (withCode.actor.code ?? 'USA').slice(0, 3).toLowerCase() },
        { category: first.event },
        { modality: 'asserted' },
        { hideNegated: true },
        { from: dated[Math.floor(dated.length / 2)]! },
        { to: dated[Math.floor(dated.length / 2)]! },
        { article: first.article.id },
        { articles: [first.article.id, withCode.article.id, 'nope'] },
        { category: first.event, modality: 'asserted', hideNegated: true },
      ];
      for (const base of queries) {
        for (const sort of [undefined, 'actor', 'recipient', 'category', 'modality'] as const) {
          for (const order of [undefined, 'desc'] as const) {
            const query: EventQuery = { ...base, ...(sort ? { sort } : {}), ...(order ? { order } : {}) };
            const label = JSON.stringify(query);
            const whole = await a.listEvents(query, { limit: 1000 });
            assert.deepEqual((await b.listEvents(query, { limit: 1000 })).items, whole.items, label);
            assert.deepEqual(await collect(b.eachEvent(query)), whole.items, label);
            // Walk the pages of each backend with its own cursors: the same items in the same order.
            const walk = async (store: Store) => {
              const items = [];
              let cursor: string | undefined;
              for (let i = 0; i < 200; i++) {
                const page = await store.listEvents(query, { limit: 5, ...(cursor ? { cursor } : {}) });
                assert.equal(page.total, whole.total, label);
                items.push(...page.items);
                if (!page.next) break;
                cursor = page.next;
              }
              return items;
            };
            assert.deepEqual(await walk(b), await walk(a), label);
          }
        }
      }
      assert.deepEqual(await b.listEvents({}, { limit: 3, offset: 4 }), await a.listEvents({}, { limit: 3, offset: 4 }));
      await assert.rejects(b.listEvents({}, { limit: 3, cursor: 'garbage' }), NewsgraphError);
      for (const page of [{ limit: 100 }, { limit: 2 }, { limit: 2, offset: 2 }]) {
        assert.deepEqual(await b.listFlags(page), await a.listFlags(page));
      }
    });
  });
}
