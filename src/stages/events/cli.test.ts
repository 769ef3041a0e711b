import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventRows, eventsCommand, formatTable } from '../../cli/events.js';
import { analyse } from './fixture.js';

test('events command: name, arguments and options', () => {
  const cmd = eventsCommand();
  assert.equal(cmd.name(), 'events');
  const flags = cmd.options.map((o) => o.long);
  assert.ok(flags.includes('--json'));
  assert.ok(flags.includes('--all'));
  assert.ok(flags.includes('--disable'));
});

test('events table: counted events only unless --all, intent recoding shown', async () => {
  const doc = await analyse('France would recognise Palestine. Israel did not attack Lebanon.');
  const counted = eventRows(doc);
  assert.equal(counted.length, 1);
  assert.match(counted[0]![1]!, /SUPPORT → AGREE/);
  assert.equal(counted[0]![3], 'future');
  const all = eventRows(doc, true);
  assert.equal(all.length, 2);
  assert.equal(all[1]![4], 'yes');
  const table = formatTable(['a', 'b', 'c', 'd', 'e', 'f'], all).split('\n');
  assert.equal(table.length, 3);
});
