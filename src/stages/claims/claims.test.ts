import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim, Doc } from '../../model/doc.js';
import { analyse } from '../quotes/fixtures/analyse.js';

const claim = (d: Doc, text: string): Claim => {
  const c = d.claims.find((x) => x.text === text);
  assert.ok(c, `no claim "${text}" in ${JSON.stringify(d.claims.map((x) => x.text))}`);
  return c;
};
const texts = (d: Doc) => d.claims.map((c) => c.text);

test('counts with hedges and units; offsets slice the text', async () => {
  const d = await analyse('At least 20 people were killed and nearly 100,000 women and children face malnutrition after a 60-day halt.');
  for (const c of d.claims) assert.equal(d.text.slice(c.start, c.end), c.text);
  assert.deepEqual({ ...claim(d, 'At least 20 people') }, { ...claim(d, 'At least 20 people'), value: 20, unit: 'person', hedge: 'at least' });
  const n = claim(d, 'nearly 100,000 women and children');
  assert.equal(n.value, 100_000);
  assert.equal(n.hedge, 'nearly');
  const day = claim(d, '60-day');
  assert.equal(day.value, 60);
  assert.equal(day.unit, 'day');
});

test('percentages, money with currency, scales', async () => {
  const d = await analyse('Turnout rose to 85% while inflation hit 3.5 percent. The plan costs $5 billion, or €2.5m a year, and one million rubles per victim.');
  assert.equal(claim(d, '85%').unit, 'percent');
  assert.equal(claim(d, '3.5 percent').value, 3.5);
  const usd = claim(d, '$5 billion');
  assert.equal(usd.value, 5e9);
  assert.equal(usd.unit, 'USD');
  assert.equal(claim(d, '€2.5m').value, 2_500_000);
  assert.equal(claim(d, '€2.5m').unit, 'EUR');
  assert.equal(claim(d, 'one million rubles').unit, 'RUB');
});

test('ranges keep the lower bound as value and span both bounds', async () => {
  const d = await analyse('There are between 36 and 40 people under the rubble, and 10-15% of homes are damaged.');
  const r = claim(d, 'between 36 and 40 people');
  assert.equal(r.value, 36);
  assert.equal(r.hedge, 'between');
  assert.equal(r.unit, 'person');
  const p = claim(d, '10-15%');
  assert.equal(p.value, 10);
  assert.equal(p.unit, 'percent');
});

test('written numbers', async () => {
  const d = await analyse('Rescuers found three dozen survivors and twenty-five bodies; two-thirds of the city lost power.');
  assert.equal(claim(d, 'three dozen survivors').value, 36);
  assert.equal(claim(d, 'twenty-five bodies').value, 25);
  assert.ok(Math.abs(claim(d, 'two-thirds').value - 2 / 3) < 1e-9);
});

test('years, dates, times, ordinals, ages and numbers in names are not claims', async () => {
  const d = await analyse(
    'In 2019, on August 2 at 5 p.m. local time (2100 UTC), the 116th Congress met at 10:39. ' +
      'Thomas Gray, 24, flew on a Boeing 747 to study COVID-19 under Republic Act No. 3846.',
  );
  assert.deepEqual(texts(d), []);
});

test('the source of a claim is the speaker of the quote it sits in', async () => {
  const d = await analyse(
    'The United Nations has reported that nearly 100,000 women and children are facing severe malnutrition. ' +
      '"We counted 68 people missing," Emmanuel Macron said. Officials recorded 12 deaths.',
  );
  assert.equal(claim(d, 'nearly 100,000 women and children').source?.name, 'United Nations');
  assert.equal(claim(d, '68 people').source?.name, 'Emmanuel Macron');
  assert.equal(claim(d, '12 deaths').source, null);
});

test('bad input: long runs of digits and separators stay bounded', async () => {
  const d = await analyse(`${'1,000 '.repeat(5000)}people ${'-'.repeat(2000)} ${'9'.repeat(400)}`);
  for (const c of d.claims) assert.ok(Number.isFinite(c.value));
});

test('casualty figures: people without a noun, hedges, the source from "according to"', async () => {
  const d = await analyse('The blast killed at least 39 people and injured more than 1,000, according to the Emergencies Ministry.');
  const dead = claim(d, 'at least 39 people');
  assert.equal(dead.value, 39);
  assert.equal(dead.hedge, 'at least');
  const hurt = claim(d, 'more than 1,000');
  assert.equal(hurt.unit, 'person');
  assert.equal(hurt.hedge, 'more than');
  assert.equal(hurt.source?.name, 'Emergencies Ministry');
});

test('words that name Object properties are plain nouns, not numbers or currencies', async () => {
  const d = await analyse('They hired 5 constructor yesterday. Police said constructor people were hurt.');
  assert.deepEqual(d.claims.map((c) => [c.text, c.value, c.unit]), [['5 constructor', 5, 'constructor']]);
});
