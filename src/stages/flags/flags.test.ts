import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../../test/helpers/analyze.js';

const ENVOY = 'U.S. Special Envoy Steve Witkoff said on Thursday that talks would end.';

test('an administration named as current when the article is set after it ended is flagged, with evidence', async () => {
  const doc = await analyzeText(`${ENVOY} The Biden administration has faced criticism for its handling of the talks.`);
  assert.equal(doc.flags.length, 1);
  const flag = doc.flags[0]!;
  assert.equal(flag.kind, 'anachronism');
  assert.equal(doc.text.slice(flag.start, flag.end), 'The Biden administration');
  assert.match(flag.explanation, /2025-01-20/);
  assert.ok(flag.evidence!.some((e) => e.startsWith('Joe Biden: President')));
  assert.ok(flag.evidence!.some((e) => e.startsWith('Steve Witkoff: Special Envoy')));
});

test('the publication date sets the time when it is known', async () => {
  const later = await analyzeText('The Biden administration is weighing new measures.', { published: '2025-06-01' });
  assert.equal(later.flags.length, 1);
  const during = await analyzeText('The Biden administration is weighing new measures.', { published: '2023-06-01' });
  assert.deepEqual(during.flags, []);
});

test('no false alarms: the right administration, history in the past tense, "former", no date at all', async () => {
  const cases = [
    `${ENVOY} The Trump administration has faced criticism.`,
    `${ENVOY} The Biden administration had imposed sanctions in 2022.`,
    `${ENVOY} The former Biden administration has been blamed.`,
    'The Biden administration has faced criticism.',
    `${ENVOY} The Smith administration has faced criticism.`,
  ];
  for (const text of cases) assert.deepEqual((await analyzeText(text)).flags, [], text);
});

test('a person given an office someone else held at the time is flagged; former holders are not', async () => {
  const wrong = await analyzeText('President Joe Biden says the talks will continue.', { published: '2025-06-01' });
  assert.equal(wrong.flags.length, 1);
  const flag = wrong.flags[0]!;
  assert.equal(flag.kind, 'office-not-held');
  assert.equal(flag.text, 'President Joe Biden');
  assert.match(flag.explanation, /Donald Trump was/);
  for (const text of [
    'Former President Joe Biden says the talks will continue.',
    'President Joe Biden said in 2022 that the talks would continue.',
    'Former US Vice-President Joe Biden has been projected to win.',
    'President Donald Trump says the talks will continue.',
    'British Prime Minister Keir Starmer said the talks would continue.',
  ]) assert.deepEqual((await analyzeText(text, { published: '2025-06-01' })).flags, [], text);
  assert.deepEqual((await analyzeText('President Joe Biden says the talks will continue.', { published: '2022-06-01' })).flags, []);
});

test('a full date after publication told as past is flagged; announced dates are not', async () => {
  const doc = await analyzeText('The ceasefire collapsed on 24 July 2025, officials said.', { published: '2025-07-10' });
  assert.deepEqual(doc.flags.map((f) => [f.kind, f.text]), [['future-date', '24 July 2025']]);
  for (const text of [
    'The summit will take place on 24 July 2025.',
    'The talks are scheduled for July 24, 2025.',
    'The ceasefire collapsed on 2 July 2025, officials said.',
    'The ceasefire collapsed on 11 July 2025, officials said.',
  ]) assert.deepEqual((await analyzeText(text, { published: '2025-07-10' })).flags, [], text);
  assert.deepEqual((await analyzeText('It collapsed on 24 July 2025.')).flags, [], 'no publication date, no flag');
});
