/**
 * The web UI in a real browser: Debian's Chromium driven by playwright-core (no browser download).
 * Builds the demo database and the UI into a temp folder, serves them on a free loopback port.
 * Screenshots go to $NEWSGRAPH_SCREENSHOTS when set (docs/screenshots for the README), else to the temp folder.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { buildServer, type App } from '../../src/server/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { analyzer, SEED_TITLE } from '../server/helpers.js';

/** Browser globals, for the functions that run in the page (this file compiles without the DOM library). */
declare const window: any, document: any, getComputedStyle: any, requestAnimationFrame: any;

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);

describe('web UI', { skip: missing ? `no Chromium at ${CHROMIUM} (apt-get install -y chromium)` : false }, () => {
  let dir: string;
  let store: Store;
  let app: App;
  let browser: Browser;
  let context: BrowserContext;
  let base: string;
  let shots: string;
  let seedId: string;

  before(async () => {
    dir = tempDir('newsgraph-ui-');
    shots = process.env.NEWSGRAPH_SCREENSHOTS ? resolve(ROOT, process.env.NEWSGRAPH_SCREENSHOTS) : join(dir, 'screenshots');
    mkdirSync(shots, { recursive: true });
    const db = join(dir, 'demo.db');
    const demo = await runCli(['demo', '--db', db]);
    assert.equal(demo.code, 0, demo.stderr);
    const web = join(dir, 'web');
    await build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'warn', build: { outDir: web, emptyOutDir: true, sourcemap: false } });
    store = openStore(db);
    seedId = (await store.search(SEED_TITLE)).find((h) => h.title === SEED_TITLE)!.id;
    app = await buildServer({ store, analyzer: analyzer(), webRoot: web });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    context.setDefaultTimeout(15_000);
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A new page that fails the test on any script error or failed API request. */
  async function open(path: string, ctx: BrowserContext = context): Promise<Page> {
    const page = await ctx.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    (page as Page & { problems: string[] }).problems = problems;
    await page.goto(`${base}/${path}`);
    return page;
  }
  const problemsOf = (page: Page) => (page as Page & { problems: string[] }).problems;

  test('article view: search, open the seed article, the Witkoff quote with its speaker', async () => {
    const page = await open('');
    await page.getByLabel('Search articles and entities').fill('ceasefire Witkoff');
    await page.getByLabel('Search articles and entities').press('Enter');
    await page.getByRole('link', { name: SEED_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    assert.match(page.url(), new RegExp(`#/article/${seedId}$`));

    // The direct quote is highlighted; clicking it shows its record with the speaker.
    // The quote is cut where the entity "Hamas" sits inside it; its segments are all one quote.
    const quote = page.locator('mark.hl.k-quote', { hasText: 'does not appear to be coordinated' }).first();
    await quote.waitFor();
    await quote.click();
    const record = page.locator('section.record');
    await record.getByRole('heading', { name: 'Direct quote' }).waitFor();
    assert.equal(await record.locator('.speaker').innerText(), 'Steve Witkoff');
    // The side panel lists the quote with its speaker.
    const listed = page.locator('.fact-list.k-quote button', { hasText: 'While the mediators' });
    assert.match(await listed.innerText(), /— Steve Witkoff$/);

    // Keyboard: Escape closes the record; every highlight's first segment is focusable; Enter opens the record.
    await page.keyboard.press('Escape');
    await record.getByText('Select a highlight').waitFor();
    const entity = page.locator('mark.hl.k-entity[data-start]', { hasText: 'Steve Witkoff' }).first();
    await entity.focus();
    await page.keyboard.press('Enter');
    await record.getByRole('heading', { name: 'Steve Witkoff' }).waitFor();
    const outline = await entity.evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.equal(outline, 'solid', 'focused highlights show a focus ring');

    // Overlaps: a highlight can be entity and quote at once (Hamas inside the quote).
    assert.ok((await page.locator('mark.hl.k-quote.k-entity').count()) > 0);
    // Flags and event triggers are highlighted too.
    const flagged = await page.locator('mark.hl.k-flag').evaluateAll((els) => els.map((e) => e.textContent).join(''));
    assert.match(flagged, /Biden administration/);
    assert.ok((await page.locator('mark.hl.k-event').count()) > 0);
    await quote.click();
    await page.screenshot({ path: join(shots, 'article.png') });
    assert.deepEqual(problemsOf(page), []);
    await page.close();
  });

  test('the article page does not jump while it loads', async () => {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) window.cls += entry.value;
        }
      }).observe({ type: 'layout-shift' as 'mark', buffered: true });
    });
    await page.goto(`${base}/#/article/${seedId}`);
    await page.locator('mark.hl').first().waitFor();
    await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
    const cls = await page.evaluate(() => window.cls as number);
    assert.ok(cls < 0.1, `cumulative layout shift ${cls}`);
    await page.close();
  });

  test('events table: filter by category, sort, download CSV', async () => {
    const stats = (await (await fetch(`${base}/api/stats`)).json()) as { eventsByCategory: Record<string, number> };
    const [category, count] = Object.entries(stats.eventsByCategory).sort((a, b) => b[1] - a[1])[1]!;
    const page = await open('#/events');
    await page.locator('table.events tbody tr').first().waitFor();
    await page.getByLabel('Category').selectOption(category);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForFunction((c) => {
      const chips: { textContent: string }[] = [...document.querySelectorAll('table.events tbody tr td:nth-child(3) .chip')];
      return chips.length > 0 && chips.every((x) => x.textContent === c) && document.querySelector('.pager [aria-live]')?.textContent?.includes('of');
    }, category);
    assert.match(page.url(), new RegExp(`category=${category}`));
    const pager = await page.locator('.pager [aria-live]').innerText();
    assert.match(pager, new RegExp(`of ${count.toLocaleString('en')}$`));

    // Sort by actor: a header button, announced with aria-sort.
    await page.getByRole('button', { name: /^Actor/ }).click();
    await page.locator('th[aria-sort="ascending"]', { hasText: 'Actor' }).waitFor();
    await page.waitForFunction(() => {
      const names: string[] = [...document.querySelectorAll('table.events tbody tr td:nth-child(2) a')].map((a: { textContent: string }) => a.textContent.toLowerCase());
      return names.length > 1 && names.every((n, i) => i === 0 || names[i - 1]! <= n);
    });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    assert.equal(download.suggestedFilename(), 'events.csv');
    const csv = readFileSync((await download.path())!, 'utf8').trimEnd().split('\r\n');
    assert.match(csv[0]!, /^article_id,published,title,event_id,actor,/);
    assert.equal(csv.length - 1, count);
    assert.ok(csv.slice(1).every((line) => line.includes(`,${category},`)));
    await page.screenshot({ path: join(shots, 'events.png') });
    assert.deepEqual(problemsOf(page), []);
    await page.close();
  });

  test('timeline: an entity\'s events over time as an SVG chart; a story\'s timeline', async () => {
    const page = await open('#/timeline');
    // Without an entity, the biggest stories are listed; each opens its own timeline.
    const firstStory = page.locator('ol.story-list li a').first();
    await firstStory.waitFor();
    const storyTitle = await firstStory.innerText();
    await firstStory.click();
    await page.getByRole('heading', { level: 1, name: `Story: ${storyTitle}` }).waitFor();
    await page.locator('figure.chart svg g.bar').first().waitFor();
    assert.ok((await page.locator('main ol.article-list li').count()) >= 2, 'the story lists its articles');
    await page.screenshot({ path: join(shots, 'story.png') });

    await page.getByRole('link', { name: 'Timeline', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Timeline', exact: true }).waitFor();
    await page.getByLabel('Entity (name or KB id)').fill('United States');
    await page.getByRole('button', { name: 'Show timeline' }).click();
    await page.getByRole('heading', { level: 1, name: 'Timeline: United States' }).waitFor();
    const bars = page.locator('figure.chart svg g.bar');
    await bars.first().waitFor();
    assert.ok((await bars.count()) > 3);
    assert.ok((await page.locator('figure.chart svg g.bar rect:not(.hit)').count()) >= (await bars.count()));
    // Selecting a bar (keyboard) lists that day's events.
    const bar = bars.first();
    const label = (await bar.getAttribute('aria-label'))!;
    const [n, when] = /^\S+: (\d+) events (.+?) \(/.exec(label)!.slice(1);
    await bar.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Events ${when}` }).waitFor();
    assert.equal(await page.locator('ol.event-list > li').count(), Math.min(Number(n), 50));
    await page.screenshot({ path: join(shots, 'timeline.png') });
    assert.deepEqual(problemsOf(page), []);
    await page.close();
  });

  test('actor network: edges coloured by quad class', async () => {
    const page = await open('#/network');
    const edges = page.locator('figure.network svg path.edge');
    await edges.first().waitFor();
    assert.ok((await edges.count()) > 5);
    const colours = new Set(await edges.evaluateAll((els) => els.map((e) => e.getAttribute('stroke'))));
    assert.ok(colours.size >= 2, [...colours].join());
    assert.ok([...colours].every((c) => ['#009E73', '#0072B2', '#E69F00', '#D55E00'].includes(c!)));
    await page.screenshot({ path: join(shots, 'network.png') });
    await page.locator('figure.network g.node').first().focus();
    assert.ok((await page.locator('figure.network path.edge.dim').count()) > 0, 'focusing an actor dims the other links');
    assert.deepEqual(problemsOf(page), []);
    await page.close();
  });

  test('paste an article: POST /api/analyze, its events in the article view', async () => {
    const page = await open('#/analyze');
    const text = readFileSync(join(ROOT, 'data/sample/gaza-ceasefire.txt'), 'utf8');
    await page.getByLabel('Article text (the first line is the title)').fill(text);
    await page.getByRole('button', { name: 'Analyse', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    const events = page.locator('.analysis-result .fact-list.k-event li');
    await events.first().waitFor();
    assert.ok((await events.count()) > 0);
    assert.ok((await page.locator('.analysis-result mark.hl.k-event').count()) > 0);
    await page.locator('.analysis-result .fact-list.k-event li button').first().click();
    await page.locator('section.record h2', { hasText: /^Event / }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, 'analyze.png') });
    assert.deepEqual(problemsOf(page), []);
    await page.close();
  });

  test('phone width (390 px): nothing wider than the screen, the record over the text', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    phone.setDefaultTimeout(15_000);
    try {
      for (const path of [`#/article/${seedId}`, '#/events', '#/timeline/USA', '#/network', '#/analyze', '']) {
        const page = await open(path, phone);
        await page.locator('main h1').first().waitFor();
        // What each page loads, loaded: then its width is final.
        const ready = { '#/events': 'table.events tbody tr', '#/timeline/USA': 'g.bar', '#/network': 'path.edge', '': 'ol.article-list li' } as Record<string, string>;
        const selector = path.startsWith('#/article') ? 'mark.hl' : ready[path];
        if (selector) await page.locator(selector).first().waitFor();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 390, `${path}: page is ${width}px wide`);
        if (path.startsWith('#/article')) {
          await page.locator('mark.hl.k-quote', { hasText: 'does not appear to be coordinated' }).first().tap();
          const box = (await page.locator('section.record').boundingBox())!;
          assert.ok(box.y + box.height <= 844 && box.y > 844 / 3, 'the record shows at the bottom of the screen');
          await page.screenshot({ path: join(shots, 'article-phone.png') });
        }
        if (path === '#/events') await page.screenshot({ path: join(shots, 'events-phone.png') });
        assert.deepEqual(problemsOf(page), [], path);
        await page.close();
      }
    } finally {
      await phone.close();
    }
  });
});
