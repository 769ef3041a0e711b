import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../model/create.js';
import { testContext } from '../../../test/helpers/kb.js';
import { extract, normaliseDate } from './index.js';
import { guessLanguage } from './language.js';
import { debrisRule, extractPlainText } from './text/index.js';

const ctx = testContext();

test('plain text: the first line is the title, debris lines are removed by general rules', () => {
  const input = [
    'Storm Hits Coast',
    '',
    'Advertisement',
    'A storm hit the coast on Monday, officials said.',
    'Share on Facebook',
    'Residents were told to stay indoors.',
    'We use cookies to improve your experience.',
    'Sign up for our newsletter',
    'Tags',
    'Advertisement',
  ].join('\n');
  const a = extractPlainText(input);
  assert.equal(a.title, 'Storm Hits Coast');
  assert.equal(a.text, 'A storm hit the coast on Monday, officials said.\nResidents were told to stay indoors.');
  assert.ok(a.messages.length >= 5);
  assert.ok(a.messages.every((m) => m.source === 'newsgraph:extract'));
});

test('content lines that mention debris words stay', () => {
  for (const line of ['Share prices fell sharply in Tokyo.', 'The newsletter was read by millions, the company said.', 'Tags were found on the animals.']) {
    assert.equal(debrisRule(line), undefined, line);
  }
});

test('bylines on their own line or glued to the end become the byline', () => {
  const own = extractPlainText('Title\n\nBody text here.\nBy Jane Doe');
  assert.equal(own.byline, 'Jane Doe');
  assert.equal(own.text, 'Body text here.');
  const glued = extractPlainText('Title\n\nThe talks ended in Doha.By Jane Doe');
  assert.equal(glued.byline, 'Jane Doe');
  assert.equal(glued.text, 'The talks ended in Doha.');
});

test('a single line is body text, not a title; a long sentence is not a title', () => {
  assert.deepEqual([extractPlainText('Just one line.').title, extractPlainText('Just one line.').text], [null, 'Just one line.']);
  const long = 'This first line is a long sentence that goes on and on with many words in it, far more than any headline would ever have in it.';
  assert.equal(extractPlainText(`${long}\nSecond.`).title, null);
});

test('JSON Lines records keep their text exactly and echo their id', async () => {
  const text = '  Advertisement\nTitle-like line\n\nBody.  ';
  const doc = createDoc({ kind: 'record', location: 'x.jsonl', line: 1 }, { raw: { format: 'record', content: text, meta: { id: 'r1', title: 'T', published: '2019-01-04' } } });
  const patch = await extract.run(doc, ctx);
  assert.equal(patch.text, text);
  assert.equal(patch.id, 'r1');
  assert.equal(patch.title, 'T');
  assert.equal(patch.published, '2019-01-04');
});

test('dates are normalised to ISO 8601', () => {
  assert.equal(normaliseDate('2025-07-24'), '2025-07-24');
  assert.equal(normaliseDate('Thu, 24 Jul 2025 10:00:00 GMT'), '2025-07-24T10:00:00.000Z');
  assert.equal(normaliseDate('not a date'), null);
});

test('language guesses', () => {
  assert.equal(guessLanguage('The talks were suspended on Thursday after the envoy said that the group was not acting in good faith and that the mediators had done their best.'), 'en');
  assert.equal(guessLanguage("Les négociations ont été suspendues jeudi après que l'envoyé a dit que le groupe n'était pas de bonne foi et que les médiateurs avaient fait de leur mieux."), 'fr');
  assert.equal(guessLanguage('Too short.'), null);
});
