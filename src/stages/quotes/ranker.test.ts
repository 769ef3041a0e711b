import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Quote } from '../../model/doc.js';
import { analyse } from './fixtures/analyse.js';
import { bucket, type Candidate } from './candidates.js';
import { findQuotes } from './index.js';
import { simulatedErrors } from './speaker-data.js';
import {
  bestCandidate, checkSpeakerModel, loadSpeakerModel, scoreOf, SPEAKER_MODEL_KIND, SPEAKER_MODEL_VERSION, SpeakerModelError, trainRanker,
  type SpeakerModel, type TrainingQuote,
} from './ranker.js';

/** Each quote of a text (speaker as the rules give it) with its candidates. */
async function candidatesOf(text: string): Promise<{ q: Quote; cands: Candidate[] }[]> {
  const out: { q: Quote; cands: Candidate[] }[] = [];
  findQuotes(await analyse(text), undefined, { model: null, onCandidates: (q, cands) => out.push({ q: { ...q }, cands }) });
  return out;
}
const named = (cands: readonly Candidate[], name: string | null) => cands.find((c) => (c.ref?.name ?? null) === name);

test('candidates: the rules\' choice first, then mentions, and null', async () => {
  const [first] = await candidatesOf('Maria Lopez, the ministry spokesperson, said the talks had failed after a long night.');
  assert.ok(first);
  assert.equal(first.cands[0]!.ref?.name, 'Maria Lopez');
  assert.ok(first.cands[0]!.features.includes('rules'));
  assert.ok(first.cands[0]!.features.includes('mention'));
  assert.ok(named(first.cands, null)?.features.includes('null'));
});

test('candidates: null comes first when the rules found nobody', async () => {
  const found = await candidatesOf('Adam Reid told Maria Lopez the talks had failed on Monday: "We will not sign this deal today," she said.');
  const direct = found.find((x) => x.q.kind === 'direct');
  assert.ok(direct);
  assert.equal(direct.q.speaker, null);
  assert.equal(direct.cands[0]!.ref, null);
  // "she said": a man named before is no candidate; the woman is, and agrees with the pronoun.
  assert.equal(named(direct.cands, 'Adam Reid'), undefined);
  assert.ok(named(direct.cands, 'Maria Lopez')?.features.includes('agree=yes'));
});

test('features: position against the quote and the reporting verb', async () => {
  const [according] = await candidatesOf('According to Reuters, the plant will close next year and all staff will go.');
  const reuters = named(according!.cands, 'Reuters')!.features;
  for (const f of ['accordingTo', 'side=before', 'verb:afterAdjacent', 'indirect|accordingTo']) assert.ok(reuters.includes(f), f);
  const told = await candidatesOf('Adam Reid told Maria Lopez the talks had failed on Monday after a long night.');
  const cands = told.find((x) => x.q.kind === 'indirect')!.cands;
  assert.ok(named(cands, 'Adam Reid')!.features.includes('verb:gap=none'));
  assert.ok(named(cands, 'Adam Reid')!.features.includes('slot=capital|this'));
  assert.ok(named(cands, 'Maria Lopez')!.features.includes('verbBefore'));
  assert.ok(!named(cands, 'Maria Lopez')!.features.includes('modifier'));
});

test('bucket', () => {
  assert.deepEqual([0, 1, 2, 3, 4, 7, 8, 15, 16, 31, 32, 500].map(bucket), ['0', '1', '2-3', '2-3', '4-7', '4-7', '8-15', '8-15', '16-31', '16-31', '32+', '32+']);
});

test('scoring: the sum of weights; the first candidate wins a tie', () => {
  const model = { weights: { a: 1, b: -2, c: 0.5 } };
  const cands: Candidate[] = [{ ref: null, features: ['a'] }, { ref: { name: 'X' }, features: ['c', 'c', 'z'] }, { ref: { name: 'Y' }, features: ['a', 'b'] }];
  assert.deepEqual(cands.map((c) => scoreOf(model, c)), [1, 1, -1]);
  assert.equal(bestCandidate(model, cands), 0);
  assert.equal(bestCandidate({ weights: { c: 2 } }, cands), 1);
});

test('the stage ranks with the model it is given', async () => {
  const text = 'Maria Lopez, the ministry spokesperson, said the talks had failed after a long night.';
  assert.equal(findQuotes(await analyse(text), undefined, { model: null })[0]!.speaker?.name, 'Maria Lopez');
  const nobody: SpeakerModel = { kind: SPEAKER_MODEL_KIND, version: SPEAKER_MODEL_VERSION, trainedOn: [], weights: { null: 100 } };
  assert.equal(findQuotes(await analyse(text), undefined, { model: nobody })[0]!.speaker, null);
});

test('model files: the shipped one loads; bad ones are refused', () => {
  const shipped = loadSpeakerModel();
  assert.ok(Object.keys(shipped.weights).length > 50);
  assert.ok(shipped.trainedOn.every((f) => !/blind1[01]|gumnews|probe/.test(f)));
  const dir = mkdtempSync(join(tmpdir(), 'speakers-'));
  const write = (name: string, body: string) => {
    writeFileSync(join(dir, name), body);
    return join(dir, name);
  };
  const good = { kind: SPEAKER_MODEL_KIND, version: SPEAKER_MODEL_VERSION, trainedOn: ['x.jsonl'], weights: { rules: 2 } };
  assert.deepEqual(loadSpeakerModel(write('good.json', JSON.stringify(good))), good);
  assert.throws(() => loadSpeakerModel(write('kind.json', JSON.stringify({ ...good, kind: 'ner' }))), SpeakerModelError);
  assert.throws(() => loadSpeakerModel(write('version.json', JSON.stringify({ ...good, version: 99 }))), SpeakerModelError);
  assert.throws(() => loadSpeakerModel(write('weight.json', JSON.stringify({ ...good, weights: { rules: 'high' } }))), SpeakerModelError);
  assert.throws(() => loadSpeakerModel(write('broken.json', '{"kind":')), SpeakerModelError);
  assert.throws(() => loadSpeakerModel(join(dir, 'missing.json')), SpeakerModelError);
  assert.throws(() => checkSpeakerModel(null), SpeakerModelError);
});

/** Quotes whose right speaker has feature "near" and a wrong one "far"; one has no right candidate. */
const TINY: TrainingQuote[] = [
  { features: [['far', 'person'], ['near', 'person'], ['null']], right: [false, true, false] },
  { features: [['near'], ['far'], ['null']], right: [true, false, false] },
  { features: [['null'], ['far', 'person'], ['near', 'person']], right: [false, false, true] },
  { features: [['null'], ['far']], right: [true, false] },
  { features: [['near'], ['null']], right: [false, false] },
];

test('training: deterministic, and it learns the tiny set', () => {
  const options = { steps: 100, rate: 0.3, l2: 0.01, minCount: 1 };
  const w = trainRanker(TINY, options);
  assert.deepEqual(trainRanker(TINY, options), w);
  assert.ok(w.near! > w.far!);
  for (const q of TINY.slice(0, 4)) assert.ok(q.right[bestCandidate({ weights: w }, q.features.map((features) => ({ ref: null, features })))]);
  // Features seen in fewer quotes than minCount are left out.
  assert.equal(trainRanker(TINY, { ...options, minCount: 4 }).person, undefined);
});

test('simulated rule errors: the rules\' features move to another candidate, the same each run', () => {
  const quotes: TrainingQuote[] = Array.from({ length: 40 }, () => ({
    features: [['rules', 'rules|kind=direct', 'mention'], ['mention', 'notRules'], ['null', 'null|rulesNamed']],
    right: [true, false, false],
  }));
  const copies = simulatedErrors(quotes, 0.5);
  assert.deepEqual(simulatedErrors(quotes, 0.5), copies);
  assert.ok(copies.length > 5 && copies.length < 35);
  for (const c of copies) {
    const toNull = c.features[2]!.includes('rules');
    assert.deepEqual(c.features[0], ['mention', toNull ? 'notRules|rulesNull' : 'notRules']);
    assert.ok(c.features[toNull ? 2 : 1]!.includes('rules|kind=direct'));
    assert.deepEqual(c.right, [true, false, false]);
    assert.equal(c.features.filter((fs) => fs.includes('rules')).length, 1);
  }
  assert.deepEqual(simulatedErrors(quotes, 0), []);
});
