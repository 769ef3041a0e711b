import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { docs, runCli, tempDir } from './helpers/cli.js';

const dir = tempDir();
const article = 'Talks Collapse in Doha\n\nMediators from Qatar said on Monday that the talks had collapsed.\nAdvertisement\n';
const html = '<html><head><title>Page Title</title></head><body><p>First paragraph of the story, long enough to count.</p><p>Second paragraph.</p></body></html>';
writeFileSync(join(dir, 'story.txt'), article);
writeFileSync(join(dir, 'page.html'), html);
writeFileSync(join(dir, 'page2.html.gz'), gzipSync(Buffer.from(html)));
const records = [
  { id: 'a1', text: 'Advertisement\nThe first record.  ', title: 'First', published: '2019-01-04' },
  { id: 7, text: 'The second record.' },
];
writeFileSync(join(dir, 'records.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
mkdirSync(join(dir, 'tree/nested'), { recursive: true });
writeFileSync(join(dir, 'tree/a.txt'), 'A\n\nText of a.');
writeFileSync(join(dir, 'tree/nested/b.txt'), 'B\n\nText of b.');
writeFileSync(join(dir, 'tree/nested/ignored.pdf'), '%PDF-1.4');
writeFileSync(join(dir, 'tree/.hidden.txt'), 'H\n\nhidden');

test('analyze a plain-text article: JSON Lines with title, clean body and offsets into it', async () => {
  const r = await runCli(['analyze', join(dir, 'story.txt')]);
  assert.equal(r.code, 0, r.stderr);
  const [doc] = docs(r.stdout);
  assert.equal(doc!.title, 'Talks Collapse in Doha');
  assert.equal(doc!.text, 'Mediators from Qatar said on Monday that the talks had collapsed.');
  assert.match(doc!.id, /^[0-9a-f]{16}$/);
  assert.equal(doc!.schema, 'newsgraph/1.0');
  for (const e of doc!.entities) for (const m of e.mentions) if (!m.field) assert.equal(doc!.text.slice(m.start, m.end), m.text);
  for (const q of doc!.quotes) assert.equal(doc!.text.slice(q.start, q.end), q.text);
});

test('--pretty indents the JSON', async () => {
  const r = await runCli(['analyze', '--pretty', join(dir, 'story.txt')]);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^\{\n  "schema"/);
  assert.equal(JSON.parse(r.stdout).title, 'Talks Collapse in Doha');
});

test('JSON Lines input: each output echoes the id and keeps the text exactly', async () => {
  const r = await runCli(['analyze', join(dir, 'records.jsonl')]);
  assert.equal(r.code, 0, r.stderr);
  const out = docs(r.stdout);
  assert.deepEqual(out.map((d) => d.id), ['a1', '7']);
  assert.equal(out[0]!.text, records[0]!.text);
  assert.equal(out[0]!.title, 'First');
  assert.equal(out[0]!.published, '2019-01-04');
  assert.equal(out[1]!.title, null);
});

test('HTML pages, gzipped or not', async () => {
  const r = await runCli(['analyze', join(dir, 'page.html'), join(dir, 'page2.html.gz')]);
  assert.equal(r.code, 0, r.stderr);
  const out = docs(r.stdout);
  assert.equal(out.length, 2);
  for (const d of out) {
    assert.match(d.text, /First paragraph of the story/);
    assert.doesNotMatch(d.text, /<p>/);
  }
});

test('directories are read recursively, in name order, skipping hidden and unknown files', async () => {
  const r = await runCli(['analyze', join(dir, 'tree')]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(docs(r.stdout).map((d) => d.title), ['A', 'B']);
});

test('"-" reads standard input', async () => {
  const r = await runCli(['analyze', '-'], { input: 'Headline\n\nSome body text from stdin.' });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(docs(r.stdout)[0]!.text, 'Some body text from stdin.');
});

test('bad inputs: one error line each naming the item, exit 1, good items still processed', async () => {
  const bad = tempDir();
  writeFileSync(join(bad, 'empty.txt'), '');
  writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 4, 5]));
  writeFileSync(join(bad, 'latin.txt'), Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x2e]));
  writeFileSync(join(bad, 'big.txt'), 'x'.repeat(5000));
  writeFileSync(join(bad, 'broken.jsonl'), '{"id":"ok1","text":"Fine record."}\n{not json}\n{"id":"x"}\n["array"]\n{"id":"ok2","text":"Also fine."}\n');
  writeFileSync(join(bad, 'corrupt.txt.gz'), Buffer.from('not gzip at all'));
  writeFileSync(join(bad, 'good.txt'), 'Good\n\nA good article.');
  const r = await runCli(['analyze', '--max-bytes', '1000', bad, join(bad, 'missing.txt')]);
  assert.equal(r.code, 1);
  const errors = r.stderr.split('\n').filter((l) => l.startsWith('newsgraph: '));
  const expectations: [RegExp, string][] = [
    [/big\.txt: NG_INPUT_TOO_LARGE/, 'oversized'],
    [/binary\.txt: NG_INPUT_BINARY/, 'binary'],
    [/broken\.jsonl:2: NG_JSONL_SYNTAX/, 'bad json line'],
    [/broken\.jsonl:3: NG_JSONL_FIELD/, 'missing text'],
    [/broken\.jsonl:4: NG_JSONL_SYNTAX/, 'not an object'],
    [/corrupt\.txt\.gz: NG_INPUT_BAD_GZIP/, 'corrupt gzip'],
    [/empty\.txt: NG_INPUT_EMPTY/, 'empty'],
    [/latin\.txt: NG_INPUT_ENCODING|latin\.txt/, 'invalid utf-8'],
    [/missing\.txt: NG_INPUT_NOT_FOUND/, 'missing'],
  ];
  for (const [re, what] of expectations.filter(([, w]) => w !== 'invalid utf-8')) {
    assert.equal(errors.filter((l) => re.test(l)).length, 1, `${what}: ${r.stderr}`);
  }
  const ids = docs(r.stdout).map((d) => d.id);
  assert.ok(ids.includes('ok1') && ids.includes('ok2'), 'good JSON Lines records still processed');
  assert.ok(docs(r.stdout).some((d) => d.title === 'Good'), 'good file still processed');
});

test('invalid UTF-8 in JSON Lines is an error for that line only', async () => {
  const bad = tempDir();
  const good = Buffer.from('{"id":"g","text":"Good."}\n');
  const broken = Buffer.concat([Buffer.from('{"id":"b","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
  writeFileSync(join(bad, 'mixed.jsonl'), Buffer.concat([broken, good]));
  const r = await runCli(['analyze', join(bad, 'mixed.jsonl')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /mixed\.jsonl:1: NG_INPUT_ENCODING/);
  assert.deepEqual(docs(r.stdout).map((d) => d.id), ['g']);
});

test('--disable skips stages; unknown or required stages are refused with exit 2', async () => {
  const off = await runCli(['analyze', '--disable', 'entities,quotes', '--disable', 'events', join(dir, 'story.txt')]);
  assert.equal(off.code, 0, off.stderr);
  const [doc] = docs(off.stdout);
  assert.deepEqual([doc!.entities, doc!.quotes, doc!.events], [[], [], []]);
  const unknown = await runCli(['analyze', '--disable', 'nonsense', join(dir, 'story.txt')]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /NG_STAGE_UNKNOWN/);
  const needed = await runCli(['analyze', '--disable', 'segment', join(dir, 'story.txt')]);
  assert.equal(needed.code, 2);
  assert.match(needed.stderr, /NG_STAGE_REQUIRES/);
});

test('--profile prints time per stage on stderr', async () => {
  const r = await runCli(['analyze', '--profile', join(dir, 'story.txt')]);
  assert.equal(r.code, 0);
  for (const stage of ['ingest', 'extract', 'segment', 'entities', 'quotes', 'events', 'claims', 'flags']) assert.match(r.stderr, new RegExp(`^${stage}\\s`, 'm'));
});

test('usage errors exit 2 with a message', async () => {
  const r = await runCli(['ingest', join(dir, 'story.txt')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--db/);
});

test('extract prints the article and its metadata only', async () => {
  const page = `<html lang="en"><head><title>Talks resume | Example News</title>
    <meta property="og:site_name" content="Example News"><link rel="canonical" href="https://example.com/2025/07/07/talks">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks resume","datePublished":"2025-07-07T09:00:00Z","author":{"name":"Jane Doe"}}</script>
    </head><body><nav><a href="/">Home</a><a href="/world">World</a></nav>
    <article><h1>Talks resume</h1><p>Negotiators from both sides met in Doha on Monday to resume the ceasefire talks, officials said.</p>
    <p>The talks had stalled for weeks over the withdrawal of troops, according to people familiar with them.</p></article>
    <footer>Copyright 2025 Example News. All rights reserved.</footer></body></html>`;
  const path = join(dir, 'talks.html');
  writeFileSync(path, page);
  const r = await runCli(['extract', path]);
  assert.equal(r.code, 0, r.stderr);
  const [out] = docs(r.stdout);
  assert.deepEqual(Object.keys(out!), ['path', 'title', 'byline', 'published', 'modified', 'publisher', 'url', 'language', 'text']);
  assert.equal(out!.title, 'Talks resume');
  assert.equal(out!.byline, 'Jane Doe');
  assert.equal(out!.published?.slice(0, 10), '2025-07-07');
  assert.equal(out!.publisher, 'Example News');
  assert.equal(out!.url, 'https://example.com/2025/07/07/talks');
  assert.equal(out!.language, 'en');
  assert.match(out!.text, /^Negotiators from both sides/);
  assert.doesNotMatch(out!.text, /Home|Copyright/);
});

test('a 50 MB page: refused by the default limit, extracted within bounds when allowed', async () => {
  const big = join(tempDir(), 'big.html');
  const paragraph = '<div class="row"><p>Filler paragraph with enough words to look like prose to a scorer, again and again.</p></div>\n';
  writeFileSync(big, `<html><body><article><h1>Big</h1>${paragraph.repeat(Math.ceil((50 * 1024 * 1024) / paragraph.length))}</article></body></html>`);
  const refused = await runCli(['extract', big]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /NG_INPUT_TOO_LARGE/);
  const allowed = await runCli(['extract', '--max-bytes', '64MB', big]);
  assert.equal(allowed.code, 0, allowed.stderr.slice(0, 500));
  const [out] = docs(allowed.stdout);
  assert.match(out!.text, /Filler paragraph with enough words/);
});
