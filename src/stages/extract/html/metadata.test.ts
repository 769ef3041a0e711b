import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml, cleanByline, parseDate, dateFromUrl, primaryLanguage, DEFAULT_THRESHOLDS } from './index.js';

const BODY = '<article><p>The city council voted on Tuesday to approve the new budget, which raises spending on schools by ten percent.</p></article>';
const t = { ...DEFAULT_THRESHOLDS };

test('JSON-LD with @graph and @id references gives headline, dates, authors, publisher, language', () => {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'Organization', '@id': 'https://bugle.example/#org', name: 'Daily Bugle' },
      { '@type': 'Person', '@id': 'https://bugle.example/#jane', name: 'Jane Doe' },
      { '@type': 'WebPage', '@id': 'https://bugle.example/budget', datePublished: '2020-01-01' },
      {
        '@type': ['NewsArticle'],
        headline: 'Council approves budget',
        datePublished: '2024-05-17T09:30:00+02:00',
        dateModified: '2024-05-18T10:00:00Z',
        author: [{ '@id': 'https://bugle.example/#jane' }, { '@type': 'Person', name: 'John Roe' }],
        publisher: { '@id': 'https://bugle.example/#org' },
        inLanguage: 'de-DE',
        description: 'The council approved the budget.',
      },
    ],
  };
  const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>${BODY}</body></html>`;
  const a = extractHtml(html);
  assert.equal(a.title, 'Council approves budget');
  assert.equal(a.published, '2024-05-17T09:30:00+02:00');
  assert.equal(a.modified, '2024-05-18T10:00:00Z');
  assert.equal(a.byline, 'Jane Doe, John Roe');
  assert.equal(a.publisher, 'Daily Bugle');
  assert.equal(a.language, 'de');
  assert.equal(a.description, 'The council approved the budget.');
});

test('lenient JSON-LD: comments wrapper and raw newlines inside strings', () => {
  const html = `<script type="application/ld+json"><!--
  {"@type": "BlogPosting", "headline": "Line
break", "datePublished": "2023-03-04"}
  --></script>${BODY}`;
  assert.equal(extractHtml(html).published, '2023-03-04');
});

test('OpenGraph and meta tags: dates, site name, description, canonical URL resolved against the page URL', () => {
  const html = `<html lang="en-GB"><head><title>Budget passes - Daily Bugle</title>
    <meta property="og:title" content="Budget passes">
    <meta property="og:site_name" content="Daily Bugle">
    <meta property="article:published_time" content="2024-05-17T08:00:00-04:00">
    <meta property="article:modified_time" content="2024-05-17T12:00:00-04:00">
    <meta name="description" content="  The  budget passed. ">
    <meta name="author" content="By Jane Doe and John Roe">
    <link rel="canonical" href="/news/budget-passes?ref=x#top">
    </head><body><h1>Budget passes</h1>${BODY}</body></html>`;
  const a = extractHtml(html, { url: 'https://www.bugle.example/2024/05/17/amp/budget' });
  assert.equal(a.title, 'Budget passes');
  assert.equal(a.published, '2024-05-17T08:00:00-04:00');
  assert.equal(a.modified, '2024-05-17T12:00:00-04:00');
  assert.equal(a.publisher, 'Daily Bugle');
  assert.equal(a.description, 'The budget passed.');
  assert.equal(a.url, 'https://www.bugle.example/news/budget-passes?ref=x');
  assert.equal(a.language, 'en');
  assert.equal(a.byline, 'Jane Doe, John Roe');
});

test('og:url is used when there is no canonical link; the page URL otherwise', () => {
  assert.equal(extractHtml(`<meta property="og:url" content="https://a.example/x">${BODY}`).url, 'https://a.example/x');
  assert.equal(extractHtml(BODY, { url: 'https://a.example/y' }).url, 'https://a.example/y');
  assert.equal(extractHtml(BODY).url, null);
});

test('<time datetime> outside page chrome, then the URL path date, then a visible dateline', () => {
  const withTime = `<nav><time datetime="2001-01-01">Today</time></nav><article><time datetime="2022-11-03T14:05:00Z">3 Nov</time>${BODY}</article>`;
  assert.equal(extractHtml(withTime).published, '2022-11-03T14:05:00Z');
  assert.equal(extractHtml(BODY, { url: 'https://news.example/2019/11/18/some-story/' }).published, '2019-11-18');
  const dateline = `<div class="article-date">Posted on November 5, 2021 at 3:15 pm</div>${BODY}`;
  assert.equal(extractHtml(dateline).published, '2021-11-05T15:15:00');
  assert.equal(extractHtml(BODY).published, null);
});

test('trust order: JSON-LD beats meta, meta beats <time>, <time> beats the URL', () => {
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-02"}</script>';
  const meta = '<meta property="article:published_time" content="2024-01-03">';
  const time = '<time datetime="2024-01-04">x</time>';
  const url = 'https://x.example/2024/01/05/story';
  assert.equal(extractHtml(ld + meta + time + BODY, { url }).published, '2024-01-02');
  assert.equal(extractHtml(meta + time + BODY, { url }).published, '2024-01-03');
  assert.equal(extractHtml(time + BODY, { url }).published, '2024-01-04');
  assert.equal(extractHtml(BODY, { url }).published, '2024-01-05');
});

test('parseDate formats', () => {
  assert.equal(parseDate('2019-11-18T15:04:05.123+0100', t), '2019-11-18T15:04:05+01:00');
  assert.equal(parseDate('2019-11-18 15:04', t), '2019-11-18T15:04:00');
  assert.equal(parseDate('20191118', t), '2019-11-18');
  assert.equal(parseDate('Nov. 18, 2019 10:04 AM ET', t), '2019-11-18T10:04:00');
  assert.equal(parseDate('Mon, 18 Nov 2019 15:00:00 GMT', t), '2019-11-18T15:00:00Z');
  assert.equal(parseDate('18th November 2019', t), '2019-11-18');
  assert.equal(parseDate('1574168580', t), '2019-11-19T13:03:00Z');
  assert.equal(parseDate('Veröffentlicht am 18.11.2019, 14:30', t), '2019-11-18T14:30:00');
  assert.equal(parseDate('2019-02-31', t), null);
  assert.equal(parseDate('1850-01-01', t), null);
  assert.equal(parseDate('no date here', t), null);
  assert.equal(dateFromUrl('https://x.example/2024/5/7/a', t), '2024-05-07');
  assert.equal(dateFromUrl('https://x.example/articles/12345/a', t), null);
  assert.equal(dateFromUrl('https://www.politifact.example/statements/2019/nov/18/someone/', t), '2019-11-18');
});

test('byline cleaning: "By", roles, dates, separators, duplicates', () => {
  const max = t.MAX_BYLINE_CHARS;
  assert.equal(cleanByline('By Jane Doe', max), 'Jane Doe');
  assert.equal(cleanByline('Written by Jane Doe | Updated Nov. 18, 2019 10:04 AM', max), 'Jane Doe');
  assert.equal(cleanByline('By JANE DOE and John Roe, Staff Writers', max), 'JANE DOE, John Roe');
  assert.equal(cleanByline('Jane Doe, Jane Doe', max), 'Jane Doe');
  assert.equal(cleanByline('https://www.facebook.com/janedoe', max), null);
  assert.equal(cleanByline('by', max), null);
  assert.equal(cleanByline('Bruce Y. Lee', max), 'Bruce Y. Lee');
  assert.equal(cleanByline('Analysis by Chris Cillizza, CNN Editor-at-large', max), 'Chris Cillizza');
  // a comment form's "author" field is not a byline
  const form = `<form id="commentform"><p class="comment-form-author"><label for="author">Name *</label><input id="author"></p></form>${BODY}`;
  assert.equal(extractHtml(form).byline, null);
  const html = `<div class="byline">By <a rel="author" href="/jane">Jane Doe</a>, November 18, 2019</div>${BODY}`;
  assert.equal(extractHtml(html).byline, 'Jane Doe');
});

test('language from html lang, content-language meta, og:locale', () => {
  assert.equal(extractHtml(`<html lang="pt-BR"><body>${BODY}`).language, 'pt');
  assert.equal(extractHtml(`<meta http-equiv="content-language" content="fr">${BODY}`).language, 'fr');
  assert.equal(extractHtml(`<meta property="og:locale" content="es_ES">${BODY}`).language, 'es');
  assert.equal(extractHtml(BODY).language, null);
  assert.equal(primaryLanguage('EN'), 'en');
  assert.equal(primaryLanguage('x'), null);
  assert.equal(primaryLanguage('und'), null);
});

test('title: the h1 when it agrees with the metadata, else <title> without the site name', () => {
  const html = `<title>Budget passes after long debate | Daily Bugle</title><h1>Budget passes after long debate</h1>${BODY}`;
  assert.equal(extractHtml(html).title, 'Budget passes after long debate');
  assert.equal(extractHtml(`<title>Daily Bugle - Budget passes after long debate</title>${BODY}`).title, 'Budget passes after long debate');
});
