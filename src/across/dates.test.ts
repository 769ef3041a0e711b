import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveDates } from './dates.js';

// 2025-07-24 is a Thursday.
const on = (text: string, published = '2025-07-24') => resolveDates(text, published).map((d) => [d.text, d.date, d.precision]);

test('weekdays are the latest such day, or the next one in sentences about the future', () => {
  assert.deepEqual(on('The envoy spoke on Monday.'), [['on Monday', '2025-07-21', 'day']]);
  assert.deepEqual(on('The announcement was made on Thursday.'), [['on Thursday', '2025-07-24', 'day']]);
  assert.deepEqual(on('Talks will resume on Monday.'), [['on Monday', '2025-07-28', 'day']]);
  assert.deepEqual(on('He left last Friday.'), [['last Friday', '2025-07-18', 'day']]);
});

test('yesterday, today, last week, this month', () => {
  assert.deepEqual(on('Troops withdrew yesterday and talks resumed today.'), [
    ['yesterday', '2025-07-23', 'day'],
    ['today', '2025-07-24', 'day'],
  ]);
  assert.deepEqual(on('The team was recalled last week.'), [['last week', '2025-07-14', 'week']]);
  assert.deepEqual(on('Prices rose earlier this month.'), [['earlier this month', '2025-07-01', 'month']]);
});

test('days and months with or without a year; impossible days are skipped', () => {
  assert.deepEqual(on('It happened on July 2.'), [['on July 2', '2025-07-02', 'day']]);
  assert.deepEqual(on('The vote is scheduled for 3 February.'), [['3 February', '2026-02-03', 'day']]);
  assert.deepEqual(on('Signed on 14 March 2019.'), [['on 14 March 2019', '2019-03-14', 'day']]);
  assert.deepEqual(on('On February 30 nothing happened.'), []);
  assert.deepEqual(resolveDates('on Monday', 'not a date'), []);
});
