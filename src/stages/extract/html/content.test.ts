import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './index.js';

const P1 = 'The city council voted on Tuesday to approve the new budget, which raises spending on schools and public transport by ten percent.';
const P2 = 'Opponents said the plan would force higher property taxes next year, while supporters argued that the investment was long overdue.';
const P3 = 'The mayor is expected to sign the budget into law at a ceremony on Friday, her office said in a statement released late on Tuesday.';

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><title>Council approves budget | Daily Bugle</title>${head}</head><body>${body}</body></html>`;
}

const NAV = `<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>`;
const SHARE = `<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> Share this article with a friend who might be interested in it today</div>`;
const RELATED = `<div class="related-stories"><h3>Related stories</h3><ul>
  <li><a href="/a">Mayor announces plan to rebuild the old harbour bridge by the end of the decade</a></li>
  <li><a href="/b">School district hires three hundred new teachers ahead of the autumn term</a></li></ul></div>`;
const COMMENTS = `<section id="comments"><h2>Comments</h2><div class="comment"><p>I think this budget is a complete waste of money and the council should be ashamed of itself for this.</p></div></section>`;
const COOKIES = `<div class="cookie-consent"><p>We use cookies to improve your experience on our website. By continuing to browse you agree to our use of cookies.</p><button>Accept</button></div>`;
const NEWSLETTER = `<div class="newsletter-signup"><p>Get the best of the Daily Bugle delivered to your inbox every morning, for free, with our newsletter.</p></div>`;

test('keeps the article paragraphs and drops nav, share bar, related links, comments, cookie banner, newsletter', () => {
  const html = page(`${COOKIES}<header><div class="logo">Daily Bugle</div>${NAV}</header>
    <main><article><h1>Council approves budget</h1><div class="byline">By Jane Doe</div>
      ${SHARE}
      <div class="article-body"><p>${P1}</p><p>${P2}</p>${NEWSLETTER}<p>${P3}</p></div>
      ${RELATED}</article>
      ${COMMENTS}</main>
    <footer><p>© 2024 Daily Bugle. All rights reserved. Contact us at news@example.com for more information.</p></footer>`);
  const a = extractHtml(html);
  assert.equal(a.text, [P1, P2, P3].join('\n\n'));
});

test('keeps subheadings and list items that belong to the article; drops the headline repeated in the body', () => {
  const html = page(`<article><h1>Council approves budget</h1>
    <p>${P1}</p><h2>What changes</h2><p>${P2}</p>
    <ul><li>Schools get ten percent more money for teachers and buildings next year.</li><li>Buses run every ten minutes on the main routes through the city centre.</li></ul>
    <p>${P3}</p></article>`);
  const a = extractHtml(html);
  assert.deepEqual(a.text.split('\n\n'), [
    P1,
    'What changes',
    P2,
    'Schools get ten percent more money for teachers and buildings next year.',
    'Buses run every ten minutes on the main routes through the city centre.',
    P3,
  ]);
  assert.equal(a.title, 'Council approves budget');
});

test('chooses the container with the most prose, not the longest link list', () => {
  const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/s${i}">Another headline about something else that happened today number ${i}</a></li>`).join('');
  const html = page(`<div class="col"><ul>${links}</ul></div><div class="col"><div><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></div>`);
  assert.equal(extractHtml(html).text, [P1, P2, P3].join('\n\n'));
});

test('teaser cards (linked headline + description) are not article text', () => {
  const card = (i: number) => `<li><div class="card"><h3><a href="/t${i}">Other story ${i} with a long linked headline here</a></h3>
    <div class="description">A long description of another story that is not part of this article at all, written to look like prose ${i}.</div></div></li>`;
  const html = page(`<div><article><p>${P1}</p><p>${P2}</p></article><ul>${card(1)}${card(2)}${card(3)}${card(4)}</ul></div>`);
  assert.equal(extractHtml(html).text, [P1, P2].join('\n\n'));
});

test('paragraphs written with <br><br>, inline markup and entities', () => {
  const html = page(`<div id="story">${P1}<br><br>${P2.replace('property taxes', '<b>property</b> taxes')}<br/><br/>${P3.replace('&', '&amp;')} &mdash; done &amp; dusted.</div>`);
  assert.equal(extractHtml(html).text, [P1, P2, `${P3} — done & dusted.`].join('\n\n'));
});

test('hidden elements, scripts, styles and escaped markup are not text', () => {
  const html = page(`<div><script>var x = "${P1}";</script><style>p { color: red }</style>
    <p style="display:none">${P2}</p><p hidden>${P2}</p><p aria-hidden="true">${P2}</p>
    &lt;img src="https://tracker.example/pixel.gif" width="1" height="1" style="display:none"&gt;
    <p>${P1}</p><p>${P3}</p></div>`);
  assert.equal(extractHtml(html).text, [P1, P3].join('\n\n'));
});

test('table rows stay one paragraph each when the table is part of the article', () => {
  const rows = ['1 Kyle Busch 5040', '2 Martin Truex 5035', '3 Kevin Harvick 5033'];
  const html = page(`<div class="entry"><p>${P1}</p><table>${rows.map((r) => `<tr>${r.split(' ').map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table><p>${P2}</p></div>`);
  const text = extractHtml(html).text;
  assert.deepEqual(text.split('\n\n'), [P1, ...rows, P2]);
});

test('lists of links inside the article container are dropped; bullet lists of prose are kept', () => {
  // each item is under half link text, so only the list-level rule catches them
  const more = ['Paid political ads', 'Lost astronauts', 'Drone batteries']
    .map((s, i) => `<li><a href="/m${i}">${s}</a> are the subject of another story</li>`)
    .join('');
  const bullets = '<ul><li>Schools get ten percent more money next year.</li><li>Buses run every ten minutes.</li><li>Parks stay open later.</li></ul>';
  const html = page(`<div class="body"><p>${P1}</p>${bullets}<p>${P2}</p><div>More Great Stories</div><ul>${more}</ul></div>`);
  const text = extractHtml(html).text;
  assert.ok(text.includes('Buses run every ten minutes.'));
  assert.ok(!text.includes('Paid political ads'));
});

test('cookie notices, photo credits and byline lines are dropped by their wording', () => {
  const html = page(`<div class="story"><p>By Jane Doe - 2018-09-16</p><p>${P1}</p>
    <p>© John Brecher Needle poking skin during administration of a flu shot at a community health centre.</p>
    <p>${P2}</p><div class="gprd-box"><p>This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish.</p></div>
    <p>${P3}</p><p>© 2019 Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.</p></div>`);
  assert.deepEqual(extractHtml(html).text.split('\n\n'), [
    P1, P2, P3, '© 2019 Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.',
  ]);
});

test('an article container whose class also names a chrome word is kept when it holds the prose', () => {
  const html = page(`<div class="article-body share-enabled"><p>${P1}</p><p>${P2}</p></div><div class="share-tools"><p>Share this story with your friends and family on every social network you use.</p></div>`);
  assert.equal(extractHtml(html).text, [P1, P2].join('\n\n'));
  // a sidebar-classed theme wrapper around the whole article is kept too
  const wrapped = page(`<div class="theia-sticky-sidebar"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div><div class="sidebar"><p>${P3.toUpperCase()}</p></div>`);
  assert.equal(extractHtml(wrapped).text, [P1, P2, P3].join('\n\n'));
});

test('a recipe paragraph about cookies is not a consent notice', () => {
  const recipe = 'Bake the cookies for twelve minutes until golden, then let them cool on a rack before you continue with the icing.';
  const html = page(`<article><p>${P1}</p><p>${recipe}</p><p>${P2}</p></article>`);
  assert.equal(extractHtml(html).text, [P1, recipe, P2].join('\n\n'));
});
