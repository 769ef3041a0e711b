import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docs, runCli, tempDir } from './helpers/cli.js';

test('timeline --entity: dated events in order, one line per real-world event with all its reports', async () => {
  const dir = tempDir();
  const records = [
    { id: 'a', published: '2025-07-22', text: 'Hamas rejected the ceasefire proposal on Monday, officials said.' },
    { id: 'b', published: '2025-07-23', text: 'On Monday, Hamas rejected the ceasefire proposal presented by the mediators.' },
    { id: 'c', published: '2025-07-30', text: 'Israel rejected a new proposal from Hamas on Tuesday.' },
    { id: 'd', published: '2025-07-30', text: 'A storm reached the coast of Florida on Tuesday.' },
  ];
  const input = join(dir, 'news.jsonl');
  writeFileSync(input, records.map((r) => JSON.stringify(r)).join('\n'));
  const db = join(dir, 'news.db');
  assert.equal((await runCli(['ingest', input, '--db', db, '--workers', '1'])).code, 0);

  const r = await runCli(['timeline', '--db', db, '--entity', 'Hamas', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const events = docs(r.stdout);
  const rejects = events.filter((e) => e.event === 'REJECT');
  assert.deepEqual(rejects.map((e) => [e.date, e.actor.name, e.mentions.map((m: { article: string }) => m.article)]), [
    ['2025-07-21', 'Hamas', ['a', 'b']],
    ['2025-07-29', 'Israel', ['c']],
  ]);
  const dates = events.map((e) => e.date);
  assert.deepEqual(dates, [...dates].sort());

  const text = await runCli(['timeline', '--db', db, '--entity', 'Hamas']);
  assert.match(text.stdout, /^2025-07-21 {2}Hamas —REJECT .*\[2 reports\]/m);
  const usage = await runCli(['timeline', '--db', db]);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /--story and --entity/);
});
