import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../model/create.js';
import { testContext } from '../../../test/helpers/kb.js';
import { segment } from './index.js';

test('the stage assigns sentences and tokens for the document text', async () => {
  const doc = { ...createDoc({ kind: 'inline', location: 't' }), text: 'Gov. Smith met Dr. Jones. They talked.' };
  const patch = await segment.run(doc, testContext());
  assert.deepEqual(patch.sentences!.map((s) => doc.text.slice(s.start, s.end)), ['Gov. Smith met Dr. Jones.', 'They talked.']);
  assert.equal(patch.tokens!.length, 9);
  assert.deepEqual(new Set(patch.tokens!.map((t) => t.sentence)), new Set([0, 1]));
});
