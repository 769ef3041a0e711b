import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './index.js';

const PARA = 'Rescue teams reached the village on Sunday after the floods cut the only road for three days, officials said.';

test('100,000 nested divs: no stack overflow, the text is found', () => {
  const depth = 100_000;
  const html = `<html><body>${'<div>'.repeat(depth)}<p>${PARA}</p><p>${PARA} Again.</p>${'</div>'.repeat(depth)}</body></html>`;
  const a = extractHtml(html);
  assert.equal(a.text, `${PARA}\n\n${PARA} Again.`);
});

test('100,000 unclosed nested inline and block tags', () => {
  const html = `<body>${'<span><div><a>'.repeat(30_000)}${PARA}`;
  const a = extractHtml(html);
  assert.equal(typeof a.text, 'string');
});

test('a page of several MB (huge script, many paragraphs) is handled', () => {
  const script = `<script>${'var x = "<p>not text</p>";'.repeat(100_000)}</script>`;
  const paras = Array.from({ length: 20_000 }, (_, i) => `<p>${PARA} Paragraph ${i}.</p>`).join('');
  const html = `<html><head>${script}</head><body><article>${paras}</article></body></html>`;
  assert.ok(html.length > 4_000_000);
  const a = extractHtml(html);
  assert.ok(a.text.startsWith(`${PARA} Paragraph 0.`));
  assert.ok(!a.text.includes('not text'));
  assert.ok(a.text.split('\n\n').length > 1000);
});

test('input beyond the size cap is ignored, not parsed', () => {
  const kept = `<article><p>${PARA}</p></article>`;
  const html = kept + `<p>${PARA} This paragraph lies beyond the cap.</p>`.repeat(100);
  assert.equal(extractHtml(html).text.split('\n\n').length, 101);
  const a = extractHtml(html, { thresholds: { MAX_HTML_CHARS: kept.length } });
  assert.equal(a.text, PARA);
});

test('truncated HTML (cut in the middle of a tag and of an attribute)', () => {
  const full = `<html><head><title>Floods</title></head><body><article><p>${PARA}</p><p>${PARA} More.</p><p class="x`;
  assert.equal(extractHtml(full).text, `${PARA}\n\n${PARA} More.`);
  const cut = `<html><body><div><p>${PARA}</p><p>${PARA.slice(0, 60)}`;
  assert.ok(extractHtml(cut).text.startsWith(PARA));
  assert.doesNotThrow(() => extractHtml('<html><head><meta property="og:title" content="unterminated'));
  assert.doesNotThrow(() => extractHtml('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "cut'));
});

test('a page without body or html elements', () => {
  assert.equal(extractHtml(`<p>${PARA}</p>`).text, PARA);
  assert.equal(extractHtml(PARA).text, PARA);
  const headOnly = extractHtml('<html><head><title>Only a title</title></head></html>');
  assert.equal(headOnly.text, '');
  assert.equal(headOnly.title, 'Only a title');
  assert.deepEqual(extractHtml(''), {
    title: null, text: '', byline: null, published: null, modified: null, publisher: null, url: null, language: null, description: null,
  });
});

test('binary-ish junk gives a result, never a crash', () => {
  let junk = '';
  for (let i = 0; i < 200_000; i++) junk += String.fromCharCode((i * 7919 + 13) % 65_536);
  const a = extractHtml(junk);
  assert.equal(typeof a.text, 'string');
  const controls = '\u0000\u0001<\u0002p>\u0000<<<>>></></p><!--<![CDATA[\uFFFD\uFFFD';
  assert.doesNotThrow(() => extractHtml(controls));
  assert.doesNotThrow(() => extractHtml(undefined as unknown as string));
});

test('bad hints and odd metadata do not throw', () => {
  const html = `<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="::::"><p>${PARA}</p>`;
  const a = extractHtml(html, { url: 'not a url' });
  assert.equal(a.url, null);
  assert.equal(a.text, PARA);
});
