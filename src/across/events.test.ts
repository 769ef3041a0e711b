import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../test/helpers/analyze.js';
import { toJson } from '../model/json.js';
import { mergeEvents } from './events.js';

let n = 0;
const article = async (text: string, published: string) => toJson(await analyzeText(text, { published, id: `a${++n}` }));

test('the same event from several outlets counts once; other days, actors or negations do not join it', async () => {
  const docs = [
    await article('Hamas rejected the proposal on Monday, officials said.', '2025-07-22'),
    await article('On Monday, Hamas rejected the ceasefire proposal.', '2025-07-23'),
    await article('Hamas rejected the proposal yesterday.', '2025-07-22'),
    await article('Hamas rejected a new proposal on 2 September.', '2025-09-03'),
    await article('Israel rejected the proposal on Monday.', '2025-07-22'),
    await article('Hamas did not reject the proposal on Monday.', '2025-07-22'),
  ];
  const merged = mergeEvents(docs).filter((s) => s.event === 'REJECT');
  const hamas = merged.filter((s) => s.actor === 'org:hamas');
  assert.equal(hamas.length, 2, JSON.stringify(merged.map((s) => [s.actor, s.date, s.mentions.length])));
  assert.deepEqual(hamas.map((s) => [s.date, s.mentions.length]), [['2025-07-21', 3], ['2025-09-02', 1]]);
  assert.equal(merged.filter((s) => s.actor === 'ISR').length, 1);
  assert.deepEqual(hamas[0]!.mentions.map((m) => m.article), ['a1', 'a2', 'a3']);
  for (const s of merged) for (const m of s.mentions) assert.ok(docs.some((d) => d.id === m.article && d.events.includes(m.event)));
});
