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
