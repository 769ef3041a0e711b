import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isNewsgraphError } from '../errors.js';
import { isFeed, parseFeed } from './feed.js';
import { parseFeedDate } from './feed-date.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

test('RSS 2.0: CDATA, content:encoded, escaped descriptions, relative links, guid permalinks', () => {
  const feed = parseFeed(fixture('rss2.xml'), 'https://news.example.com/feed.xml');
  assert.equal(feed.format, 'rss');
  assert.equal(feed.title, 'Example Wire & Co');
  assert.equal(feed.link, 'https://news.example.com/');
  assert.equal(feed.items.length, 3);
  assert.deepEqual(feed.items[0], {
    id: 'wire-2024-0001',
    title: 'Talks resume in Geneva',
    link: 'https://news.example.com/world/talks-resume',
    published: '2003-06-10T04:00:00.000Z',
    author: 'Jo Smith',
    content: '<p>Negotiators <b>met</b> on Monday in Geneva for the first time in months.</p>',
  });
  assert.deepEqual(feed.items[1], {
    id: 'https://news.example.com/politics/ministers',
    title: 'Ministers disagree',
    link: 'https://news.example.com/politics/ministers',
    published: '2003-06-11T07:30:00.000Z',
    author: 'Sam Lee',
    content: '<p>The cabinet split over the <a href="/budget">budget</a>.</p>',
  });
  assert.deepEqual(feed.items[2], {
    id: null,
    title: null,
    link: null,
    published: null,
    author: null,
    content: 'An item with only a description.',
  });
});

test('Atom: rel=alternate links, xml:base, xhtml and html content, inherited author, RFC 3339 dates', () => {
  const feed = parseFeed(fixture('atom.xml'), 'https://atom.example.org/feed.atom');
  assert.equal(feed.format, 'atom');
  assert.equal(feed.title, 'Atom & Eve News');
  assert.equal(feed.link, 'https://atom.example.org/');
  assert.deepEqual(feed.items[0], {
    id: 'tag:atom.example.org,2003:floods',
    title: 'Floods hit the coast',
    link: 'https://atom.example.org/2003/12/13/floods',
    published: '2003-12-13T12:29:29.000Z',
    author: 'Ana Ruiz, Ben Ode',
    content: '<p>Water rose <em>two metres</em> overnight along the coast.</p>',
  });
  assert.deepEqual(feed.items[1], {
    id: 'tag:atom.example.org,2003:markets',
    title: 'Markets <steady>',
    link: 'https://mirror.example.net/archive/markets-steady',
    published: '2003-12-13T17:30:02.250Z',
    author: 'Newsroom',
    content: '<p>Shares <b>held</b> firm.</p>',
  });
});

test('Atom with a prefix and without a base URL', () => {
  const xml = `<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>P</a:title>
    <a:entry><a:title>One</a:title><a:link href="/rel"/><a:link rel="alternate" href="https://p.example/one"/></a:entry></a:feed>`;
  const feed = parseFeed(xml);
  assert.equal(feed.title, 'P');
  assert.equal(feed.items[0]?.link, 'https://p.example/one', 'an unresolvable relative link is skipped');
  assert.equal(feed.items[0]?.id, 'https://p.example/one');
});

test('RSS 1.0 / RDF: items beside the channel, rdf:about ids, dc:date and dc:creator', () => {
  const feed = parseFeed(fixture('rdf.xml'));
  assert.equal(feed.format, 'rdf');
  assert.equal(feed.title, 'RDF Daily');
  assert.equal(feed.link, 'https://rdf.example.com/');
  assert.deepEqual(feed.items, [
    {
      id: 'https://rdf.example.com/a',
      title: 'Harvest report',
      link: 'https://rdf.example.com/a',
      published: '2004-02-29T12:00:00.000Z',
      author: 'Kim Park',
      content: 'Crops were good.',
    },
  ]);
});

test('broken feeds give nulls, not crashes', () => {
  const feed = parseFeed(fixture('broken.xml'), 'https://broken.example.com/rss');
  assert.equal(feed.title, 'Broken Feed');
  assert.equal(feed.link, null);
  assert.equal(feed.items.length, 3);
  const [first, second, third] = feed.items;
  assert.equal(first?.link, null, 'javascript: links are dropped');
  assert.equal(first?.id, null);
  assert.equal(first?.published, null);
  assert.match(first?.content ?? '', /^<p>Undeclared prefix/, 'the fullest content wins, even with an undeclared prefix');
  assert.equal(second?.title, null);
  assert.equal(second?.link, 'https://broken.example.com/two');
  assert.equal(second?.published, '2024-05-01T10:00:00.000Z');
  assert.equal(second?.content, null);
  assert.equal(third?.title, 'Truncated');
  assert.deepEqual(parseFeed('<rss><channel></channel></rss>'), { format: 'rss', title: null, link: null, items: [] });
  assert.deepEqual(parseFeed('<rss/>'), { format: 'rss', title: null, link: null, items: [] });
});

test('a document that is not a feed is NG_INPUT_UNSUPPORTED', () => {
  for (const text of [fixture('not-a-feed.html'), '', 'plain words', '{"items": []}', '<?xml version="1.0"?><svg/>']) {
    assert.throws(
      () => parseFeed(text),
      (error: unknown) => isNewsgraphError(error) && error.code === 'NG_INPUT_UNSUPPORTED' && /not RSS or Atom/.test(error.message),
      JSON.stringify(text.slice(0, 30)),
    );
  }
});

test('isFeed sniffs the root element past the prolog', () => {
  assert.equal(isFeed(fixture('rss2.xml')), true);
  assert.equal(isFeed(fixture('atom.xml')), true);
  assert.equal(isFeed(fixture('rdf.xml')), true);
  assert.equal(isFeed(fixture('broken.xml')), true);
  assert.equal(isFeed('\uFEFF<?xml version="1.0"?>\n<!-- generator: x -->\n<!DOCTYPE rss [<!ENTITY a "b">]>\n<rss version="0.91"/>'), true);
  assert.equal(isFeed(fixture('not-a-feed.html')), false);
  assert.equal(isFeed('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description/></rdf:RDF>'), false);
  assert.equal(isFeed('<feedback/>'), false);
  assert.equal(isFeed(''), false);
});

test('entity declarations are not expanded', () => {
  const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
    <rss><channel><title>&b;</title></channel></rss>`;
  assert.equal(parseFeed(bomb).title, '&b;');
});

test('feed dates: RFC 822 variants and RFC 3339 / W3C-DTF to ISO 8601 UTC', () => {
  const cases: [string, string | null][] = [
    ['Tue, 10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 +0000', '2003-06-10T04:00:00.000Z'],
    ['Sat, 07 Sep 2002 00:00:01 EDT', '2002-09-07T04:00:01.000Z'],
    ['7 Sep 2002 09:00 PST', '2002-09-07T17:00:00.000Z'],
    ['Mon, 02 June 2025 10:15:00 +02:00', '2025-06-02T08:15:00.000Z'],
    ['Thu, 01 Jan 70 00:00:00 GMT', '1970-01-01T00:00:00.000Z'],
    ['Fri, 01 Mar 24 12:00:00 -0500', '2024-03-01T17:00:00.000Z'],
    ['Sun, 31 Dec 2023 23:59:59', '2023-12-31T23:59:59.000Z'],
    ['2003-12-13T18:30:02Z', '2003-12-13T18:30:02.000Z'],
    ['2003-12-13T18:30:02.25+01:00', '2003-12-13T17:30:02.250Z'],
    ['2003-12-13t18:30:02z', '2003-12-13T18:30:02.000Z'],
    ['2003-12-13 18:30', '2003-12-13T18:30:00.000Z'],
    ['2003-12-13', '2003-12-13T00:00:00.000Z'],
    ['2003-12', '2003-12-01T00:00:00.000Z'],
    ['2003-02-30', null],
    ['31 Feb 2003 10:00:00 GMT', null],
    ['Tue, 10 Foo 2003 04:00:00 GMT', null],
    ['yesterday', null],
    ['', null],
  ];
  for (const [input, expected] of cases) assert.equal(parseFeedDate(input), expected, input);
  assert.equal(parseFeedDate(null), null);
});

test('RSS 2.0 with a wrongly declared default namespace still parses', () => {
  const xml = '<rss xmlns="http://backend.userland.com/rss2"><channel><title>U</title><item><title>I</title></item></channel></rss>';
  assert.equal(parseFeed(xml).items[0]?.title, 'I');
});
