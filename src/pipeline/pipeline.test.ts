import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../model/create.js';
import { NewsgraphError } from '../errors.js';
import { testContext, testKb } from '../../test/helpers/kb.js';
import { createAnalyzer, STAGES } from './analyze.js';
import { buildPipeline, formatProfile } from './pipeline.js';
import { defineStage, STAGE_NAMES } from './stage.js';

const ctx = testContext();
const record = (text: string) => createDoc({ kind: 'inline', location: 't' }, { raw: { format: 'record', content: text, meta: {} } });

test('the standard pipeline has the stages in the documented order', () => {
  assert.deepEqual(STAGES.map((s) => s.name), [...STAGE_NAMES]);
});

test('a stage sees the document and its patch is merged; messages are appended', async () => {
  const a = defineStage({ name: 'extract', requires: ['raw'], assigns: ['text'], run: (d) => ({ text: d.raw!.content.toUpperCase(), messages: [{ severity: 'info', source: 'x', rule: 'a', note: 'one' }] }) });
  const b = defineStage({ name: 'segment', requires: ['text'], assigns: ['sentences'], run: (d) => ({ sentences: [{ start: 0, end: d.text.length }], messages: [{ severity: 'info', source: 'x', rule: 'b', note: 'two' }] }) });
  const doc = await buildPipeline([a, b], ctx).run(record('abc'));
  assert.equal(doc.text, 'ABC');
  assert.deepEqual(doc.sentences, [{ start: 0, end: 3 }]);
  assert.deepEqual(doc.messages.map((m) => m.note), ['one', 'two']);
});

test('disabling a stage whose output another needs fails before any run, naming both', () => {
  assert.throws(
    () => createAnalyzer({ kb: testKb([]), disable: ['segment'] }),
    (e: unknown) => e instanceof NewsgraphError && e.code === 'NG_STAGE_REQUIRES' && /entities/.test(e.message) && /segment/.test(e.message),
  );
});

test('disabling an optional stage leaves its field empty', async () => {
  const analyzer = createAnalyzer({ kb: testKb([]), disable: ['entities', 'quotes', 'events', 'claims', 'flags'] });
  const doc = await analyzer.run(record('Nearly 100 people said the talks had failed.'));
  assert.deepEqual(doc.entities, []);
  assert.deepEqual(doc.claims, []);
  assert.ok(doc.sentences.length > 0);
});

test('a stage that throws is reported with its name; typed errors pass through', async () => {
  const bad = defineStage({ name: 'extract', requires: ['raw'], assigns: ['text'], run: () => { throw new Error('boom'); } });
  await assert.rejects(buildPipeline([bad], ctx).run(record('x')), (e: unknown) => e instanceof NewsgraphError && e.code === 'NG_STAGE_FAILED' && /extract.*boom/.test(e.message));
  const typed = defineStage({ name: 'extract', requires: ['raw'], assigns: ['text'], run: () => { throw new NewsgraphError('NG_INPUT_EMPTY', 'nothing'); } });
  await assert.rejects(buildPipeline([typed], ctx).run(record('x')), (e: unknown) => e instanceof NewsgraphError && e.code === 'NG_INPUT_EMPTY');
});

test('the profile counts documents and time per stage', async () => {
  const analyzer = createAnalyzer({ kb: testKb([]) });
  await analyzer.run(record('One sentence here.'));
  await analyzer.run(record('Another one.'));
  assert.equal(analyzer.profile.get('segment')!.docs, 2);
  const table = formatProfile(analyzer.profile);
  for (const name of STAGE_NAMES) assert.match(table, new RegExp(`^${name}\\b`, 'm'));
});

test('a gate after a stage can end a run there: later stages do not run, the message says why', async () => {
  const a = defineStage({ name: 'extract', requires: ['raw'], assigns: ['text'], run: (d) => ({ text: d.raw!.content }) });
  const b = defineStage({ name: 'segment', requires: ['text'], assigns: ['sentences'], run: (d) => ({ sentences: [{ start: 0, end: d.text.length }] }) });
  const pipeline = buildPipeline([a, b], ctx);
  const gate = (stop: boolean) => ({
    after: 'extract' as const,
    stop: async () => (stop ? { severity: 'info' as const, source: 'test', rule: 'stop', note: 'stopped' } : undefined),
  });
  const stopped = await pipeline.run(record('abc'), gate(true));
  assert.deepEqual([stopped.text, stopped.sentences, stopped.messages.map((m) => m.rule)], ['abc', [], ['stop']]);
  const passed = await pipeline.run(record('abc'), gate(false));
  assert.deepEqual([passed.sentences, passed.messages], [[{ start: 0, end: 3 }], []]);
});
