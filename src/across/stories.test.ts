import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../test/helpers/analyze.js';
import { toJson } from '../model/json.js';
import { clusterStories } from './stories.js';

const corpus = readFileSync(fileURLToPath(new URL('../../data/sample/wikinews.jsonl', import.meta.url)), 'utf8')
  .trim()
  .split('\n')
  .slice(0, 40)
  .map((l) => JSON.parse(l) as { id: string; title: string; date: string; text: string });

test('articles on one story within a week cluster; other stories and later events stay apart', async () => {
  const docs = [];
  for (const r of corpus) docs.push(toJson(await analyzeText(r.text, { id: r.id, title: r.title, published: r.date })));
  const talks = [
    ['t1', '2025-07-22', 'Ceasefire talks in Doha stalled on Monday as Hamas and Israel disagreed over the withdrawal of troops from Gaza, mediators from Qatar and Egypt said.'],
    ['t2', '2025-07-24', 'The United States ended its part in the Gaza ceasefire talks in Doha, blaming Hamas; Qatar and Egypt said mediation on the withdrawal of Israeli troops would go on.'],
    ['t3', '2025-07-25', 'Israel recalled its negotiators from the Doha ceasefire talks on Gaza after Hamas responded to the proposal on troop withdrawal, mediators in Qatar said.'],
    ['t4', '2025-10-01', 'Ceasefire talks on Gaza resumed in Cairo with Egyptian and Qatari mediators after months of fighting between Israel and Hamas over the withdrawal of troops.'],
  ] as const;
  for (const [id, published, text] of talks) docs.push(toJson(await analyzeText(text, { id, published })));
  const stories = clusterStories(docs);
  const storyOf = (id: string) => stories.find((s) => s.includes(id))!;
  assert.deepEqual(storyOf('t1'), ['t1', 't2', 't3']);
  assert.deepEqual(storyOf('t4'), ['t4']);
  const corpusStories = stories.filter((s) => s.every((id) => id.startsWith('wikinews-')));
  assert.ok(corpusStories.length >= 30, `${corpusStories.length} stories for 40 mostly unrelated articles`);
});
