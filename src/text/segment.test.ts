import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentText } from './segment.js';
import { tokenize } from './tokenize.js';

const words = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));
const sents = (text: string) => segmentText(text).sentences.map((s) => text.slice(s.start, s.end));

test('tokens keep acronyms, abbreviations, numbers and split clitics', () => {
  assert.deepEqual(words("U.S. Gov. Smith's 100,000 troops."), ['U.S.', 'Gov.', 'Smith', "'s", '100,000', 'troops', '.']);
  assert.deepEqual(words('a 60-day halt'), ['a', '60', '-', 'day', 'halt']);
  assert.deepEqual(words('Hamas\u2019s leaders'), ['Hamas', '\u2019s', 'leaders']);
  assert.deepEqual(words("O'Neill said"), ["O'Neill", 'said']);
});

test('sentences split at end marks, not at abbreviations', () => {
  assert.deepEqual(sents('Gov. Smith met Dr. Jones. They talked.'), ['Gov. Smith met Dr. Jones.', 'They talked.']);
  assert.deepEqual(sents('It complicates U.S. standing in the region.'), ['It complicates U.S. standing in the region.']);
  assert.deepEqual(sents('Troops left the U.S. The talks ended.'), ['Troops left the U.S.', 'The talks ended.']);
  assert.deepEqual(sents('Paluh, a Ph.D. candidate, said so. She holds a Ph.D. The lab agreed.'), ['Paluh, a Ph.D. candidate, said so.', 'She holds a Ph.D.', 'The lab agreed.']);
});

test('a time of day ends a sentence before a capitalised word, unless a day, month or time zone follows', () => {
  assert.deepEqual(sents('Trains run from 6 p.m. to 9 p.m. AMMU said so.'), ['Trains run from 6 p.m. to 9 p.m.', 'AMMU said so.']);
  assert.deepEqual(sents('The meeting starts at 9 a.m. Monday. It starts at 8 p.m. ET on Friday.'), ['The meeting starts at 9 a.m. Monday.', 'It starts at 8 p.m. ET on Friday.']);
});

test('a closing quote stays with its sentence; attribution after a quote does not split', () => {
  assert.deepEqual(sents('"We will win." He left.'), ['"We will win."', 'He left.']);
  assert.deepEqual(sents('"We will win," he said. Then he left.'), ['"We will win," he said.', 'Then he left.']);
  assert.deepEqual(sents('"Is it over?" she asked.'), ['"Is it over?" she asked.']);
  // A straight mark after a space opens the next sentence.
  assert.deepEqual(sents('She left by a window. "I thought I would die."'), ['She left by a window.', '"I thought I would die."']);
  assert.deepEqual(sents("He left. 'We won,' she said."), ['He left.', "'We won,' she said."]);
});

test('line breaks end sentences (headlines, paragraphs)', () => {
  assert.deepEqual(sents('Headline Without Period\nBody starts here.'), ['Headline Without Period', 'Body starts here.']);
});

test('every token belongs to a sentence that contains it', () => {
  const text = 'One. Two three! Four?\n\nFive "six." Seven';
  const { sentences, tokens } = segmentText(text);
  for (const t of tokens) {
    const s = sentences[t.sentence]!;
    assert.ok(s.start <= t.start && t.end <= s.end);
  }
});

test('no text, or no sentence marks at all, is handled', () => {
  assert.deepEqual(segmentText(''), { sentences: [], tokens: [] });
  const long = 'word '.repeat(200_000);
  const { sentences } = segmentText(long);
  assert.equal(sentences.length, 1);
});

test('a comma after a period goes on with the sentence; ranks and "Ma." are abbreviations', () => {
  assert.deepEqual(sents('Sen. Ann Lind, D-Minn., said it was over. Det. Sgt. Roe and Ma. Lourdes Cruz agreed.'), ['Sen. Ann Lind, D-Minn., said it was over.', 'Det. Sgt. Roe and Ma. Lourdes Cruz agreed.']);
});

test('a letter before "The" ends a sentence ("the social network X. The party"), and "on X." before any word; an initial before a name does not ("John F. Kennedy")', () => {
  const text = 'She wrote on the social network X. The party replied. He wrote on X. Neighbouring Moldova agreed. John F. Kennedy spoke.';
  const { sentences } = segmentText(text);
  assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), ['She wrote on the social network X.', 'The party replied.', 'He wrote on X.', 'Neighbouring Moldova agreed.', 'John F. Kennedy spoke.']);
});

test('a state\'s abbreviation before an agency\'s credit ends no sentence ("NASHVILLE, Tenn. (AP) —"); Portuguese, Spanish and Filipino short forms are abbreviations; a click "!" opens a name', () => {
  assert.deepEqual(sents('NASHVILLE, Tenn. (AP) — A judge ruled. He left. (He came back.) Dra. Ana Lopes and Eng. Rui Sá met Sta. Catalina Builders. Eva !Naruseb spoke!'), [
    'NASHVILLE, Tenn. (AP) — A judge ruled.', 'He left.', '(He came back.)', 'Dra. Ana Lopes and Eng. Rui Sá met Sta. Catalina Builders.', 'Eva !Naruseb spoke!',
  ]);
});

test('a period inside a word or an amount ends no sentence ("N18.4bn", "Znak.com")', () => {
  const text = 'He moved N18.4bn out of the treasury, Znak.com reported. Then he left.';
  const { sentences } = segmentText(text);
  assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), ['He moved N18.4bn out of the treasury, Znak.com reported.', 'Then he left.']);
});
