import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentText } from '../../segment/index.js';
import { loadNerModel, type NerModel, type NerSpan } from './index.js';
import { gzipSync } from 'node:zlib';
import { decodeModel, encodeModel, NerModelFormatError } from './model-file.js';
import { documentConsistency } from './consistency.js';
import { prepareDocs, resourcesFrom, score, tagDocs, trainPerceptron, type AlignmentStats, type GoldDoc } from './train.js';
import { allowedTransition, labelOf, NUM_LABELS, OUTSIDE, Part } from './labels.js';
import { PARTIAL_OUTSIDE, viterbi } from './perceptron.js';
import { isSportsReport } from './sports.js';
import { extractFeatures, sentenceBounds, setHashAllTokens } from './features.js';
import { mergeGazetteers, readKbGazetteers } from './petrarch.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const shipped: NerModel = loadNerModel();

function tag(model: NerModel, text: string): NerSpan[] {
  const { tokens, sentences } = segmentText(text);
  return model.tag(text, tokens, sentences);
}

const named = (text: string, spans: NerSpan[]) => spans.map((s) => `${text.slice(s.start, s.end)}/${s.type}`);

/** Spans are sorted, non-overlapping, inside the text, and start and end on token boundaries. */
function assertWellFormed(text: string, spans: NerSpan[]): void {
  const { tokens } = segmentText(text);
  const starts = new Set(tokens.map((t) => t.start));
  const ends = new Set(tokens.map((t) => t.end));
  let prevEnd = 0;
  for (const s of spans) {
    assert.ok(s.start >= prevEnd, `overlap or unsorted at ${s.start}`);
    assert.ok(s.start < s.end && s.end <= text.length);
    assert.ok(starts.has(s.start) && ends.has(s.end), `span ${s.start}-${s.end} not on token boundaries`);
    assert.ok(s.confidence > 0 && s.confidence <= 1);
    assert.ok(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'OTHER'].includes(s.type));
    prevEnd = s.end;
  }
}

test('BILOU transitions: entities open with B/U and close with L/U of the same type', () => {
  assert.ok(allowedTransition(-1, labelOf(0, Part.B)));
  assert.ok(!allowedTransition(-1, labelOf(0, Part.I)));
  assert.ok(allowedTransition(labelOf(1, Part.B), labelOf(1, Part.L)));
  assert.ok(!allowedTransition(labelOf(1, Part.B), labelOf(2, Part.L)));
  assert.ok(!allowedTransition(labelOf(1, Part.B), OUTSIDE));
  assert.ok(allowedTransition(labelOf(1, Part.U), OUTSIDE));
});

test('training on a tiny synthetic corpus learns to tag it', () => {
  const people = ['Anna Berg', 'Tom Hale', 'Rita Moss', 'Omar Said', 'Lena Voss', 'Ivan Kral'];
  const places = ['Oslo', 'Lima', 'Quito', 'Dakar', 'Hanoi', 'Perth'];
  const orgs = ['Acme Corp', 'Zeta Bank', 'Nova Group', 'Orion Labs', 'Delta Union', 'Apex Fund'];
  const docs: GoldDoc[] = [];
  for (let d = 0; d < 12; d++) {
    let text = '';
    const entities: GoldDoc['entities'] = [];
    const add = (s: string, type?: string) => {
      if (type) entities.push({ start: text.length, end: text.length + s.length, type });
      text += s;
    };
    for (let k = 0; k < 6; k++) {
      const p = people[(d + k) % 6]!;
      const l = places[(d * 5 + k) % 6]!;
      const o = orgs[(d * 7 + k) % 6]!;
      add('Yesterday ');
      add(p, 'PERSON');
      add(' of ');
      add(o, 'ORG');
      add(' arrived in ');
      add(l, 'LOC');
      add(' for talks. ');
    }
    docs.push({ doc: `synthetic-${d}`, text, entities });
  }
  const res = resourcesFrom({ place: [], person: [], org: [] }, docs.map((d) => d.text));
  const stats: AlignmentStats = { entities: 0, misaligned: 0, dropped: 0, overlapping: 0, inactive: 0 };
  const { model, table } = trainPerceptron(prepareDocs(docs, res, stats), res, { epochs: 4, seed: 1, minFeatureCount: 1 });
  assert.equal(stats.misaligned, 0);
  assert.equal(score(docs, tagDocs(model, docs)).f1, 1);
  // The model and its saved form agree.
  const reloaded = decodeModel(encodeModel({ table, trans: model.trans, words: res.words, gazetteer: { place: [], person: [], org: [] }, meta: {} }));
  const text = 'Yesterday Tom Hale of Zeta Bank arrived in Lima for talks.';
  assert.deepEqual(named(text, tag(reloaded, text)), ['Tom Hale/PERSON', 'Zeta Bank/ORG', 'Lima/LOC']);
});

test('the shipped model finds the people and the place in a news sentence', () => {
  const text = 'British Prime Minister Keir Starmer met Emmanuel Macron in Paris on Monday.';
  const spans = tag(shipped, text);
  assertWellFormed(text, spans);
  const got = named(text, spans);
  assert.ok(got.includes('Keir Starmer/PERSON'), got.join(', '));
  assert.ok(got.includes('Emmanuel Macron/PERSON'), got.join(', '));
  assert.ok(got.includes('Paris/GPE') || got.includes('Paris/LOC'), got.join(', '));
  assert.ok(!got.some((g) => g.startsWith('Monday')), 'weekdays are not entities');
});

test('titles and possessives stay outside person names; known countries become GPE', () => {
  const text = "U.S. President Donald Trump spoke to Germany's chancellor in Berlin.";
  const got = named(text, tag(shipped, text));
  assert.ok(got.includes('Donald Trump/PERSON'), got.join(', '));
  assert.ok(got.includes('Germany/GPE'), got.join(', '));
});

test('spans align to tokens and never overlap on a longer article', () => {
  const text = [
    'Fire at Notre-Dame: Paris mourns',
    '',
    'PARIS (Reuters) — A fire swept through the roof of Notre-Dame Cathedral on Monday, officials said. ' +
      'French President Emmanuel Macron called it "a terrible tragedy". The Archbishop of Paris, Michel Aupetit, ' +
      "thanked firefighters. UNESCO and the European Union offered help, and Apple's chief executive Tim Cook " +
      'pledged a donation. "We will rebuild," said Anne Hidalgo, the mayor of Paris, on Tuesday.',
  ].join('\n');
  const spans = tag(shipped, text);
  assertWellFormed(text, spans);
  assert.ok(spans.length >= 6, named(text, spans).join(', '));
});

test('edge cases finish without crashing: empty, headlines in capitals, no punctuation, other scripts', () => {
  assert.deepEqual(tag(shipped, ''), []);
  assert.deepEqual(tag(shipped, '   \n\n  '), []);
  for (const text of [
    'BIDEN MEETS PUTIN IN GENEVA AS TALKS STALL',
    'Пресс-секретарь Кремля Дмитрий Песков заявил журналистам в Москве.',
    '习近平在北京会见了法国总统马克龙。',
    'قال الرئيس المصري عبد الفتاح السيسي في القاهرة',
    'Der Bundeskanzler Olaf Scholz traf sich in Berlin mit Vertretern der Europäischen Union.',
    '\u{1F600} emoji 😀 and symbols ©®™ — “quotes” … ',
  ]) {
    assertWellFormed(text, tag(shipped, text));
  }
  // About a megabyte of words with no punctuation or line breaks: one giant "sentence".
  const words = ['Smith', 'visited', 'the', 'Acme', 'plant', 'near', 'Boston', 'with', 'officials', 'from', 'London'];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < 1_000_000; i++) {
    const w = words[(i * 7) % words.length]!;
    parts.push(w);
    length += w.length + 1;
  }
  const big = parts.join(' ');
  const spans = tag(shipped, big);
  assert.ok(spans.length > 0);
  let prevEnd = 0;
  for (const s of spans) {
    assert.ok(s.start >= prevEnd && s.end > s.start);
    prevEnd = s.end;
  }
});

test('tagging does not depend on the sentence list when it is empty or coarse', () => {
  const text = 'Angela Merkel visited Washington. She met officials at the White House.';
  const { tokens } = segmentText(text);
  const whole = shipped.tag(text, tokens, [{ start: 0, end: text.length }]);
  assertWellFormed(text, whole);
  assertWellFormed(text, shipped.tag(text, tokens, []));
});

test('one sense per document: repeats take the majority type, family names follow the person', () => {
  const text = 'Andy Warhol met Acme. Later Warhol left Acme and Acme grew.';
  const { tokens } = segmentText(text);
  const at = (s: string, from = 0) => text.indexOf(s, from);
  const spans: NerSpan[] = [
    { start: at('Andy Warhol'), end: at('Andy Warhol') + 11, type: 'PERSON', confidence: 0.7 },
    { start: at('Acme'), end: at('Acme') + 4, type: 'ORG', confidence: 0.7 },
    { start: at('Acme', 30), end: at('Acme', 30) + 4, type: 'ORG', confidence: 0.6 },
    { start: at('Acme', 45), end: at('Acme', 45) + 4, type: 'LOC', confidence: 0.45 },
  ];
  const out = documentConsistency(text, tokens, spans);
  assert.deepEqual(named(text, out), ['Andy Warhol/PERSON', 'Acme/ORG', 'Warhol/PERSON', 'Acme/ORG', 'Acme/ORG']);
  assertWellFormed(text, out);
});

test('a file that is not a model is rejected with a coded error', () => {
  assert.throws(() => decodeModel(gzipSync(Buffer.from('not a model'))), (e: unknown) => e instanceof NerModelFormatError && e.code === 'NG_NER_MODEL_FORMAT');
});

test('partially annotated documents: tokens left outside may become OTHER or NORP, never PERSON/ORG/LOC', () => {
  // The source annotates people and places only; "Zorbl" is a product the model learns from full docs.
  const full: GoldDoc[] = [];
  const partial: GoldDoc[] = [];
  for (let d = 0; d < 16; d++) {
    const text = `Yesterday Anna Berg bought a Zorbl in Oslo. Tom Hale sold the Zorbl in Lima.`;
    const at = (s: string, from = 0) => text.indexOf(s, from);
    const people = [{ start: at('Anna Berg'), end: at('Anna Berg') + 9, type: 'PERSON' }, { start: at('Tom Hale'), end: at('Tom Hale') + 8, type: 'PERSON' }];
    const places = [{ start: at('Oslo'), end: at('Oslo') + 4, type: 'LOC' }, { start: at('Lima'), end: at('Lima') + 4, type: 'LOC' }];
    const products = [{ start: at('Zorbl'), end: at('Zorbl') + 5, type: 'OTHER' }, { start: at('Zorbl', at('Zorbl') + 1), end: at('Zorbl', at('Zorbl') + 1) + 5, type: 'OTHER' }];
    if (d < 2) full.push({ doc: `full-${d}`, text, entities: [...people, ...products, ...places].sort((a, b) => a.start - b.start) });
    else partial.push({ doc: `partial-${d}`, text, entities: [...people, ...places].sort((a, b) => a.start - b.start), partial: true });
  }
  const res = resourcesFrom({ place: [], person: [], org: [] }, full.map((d) => d.text));
  const stats: AlignmentStats = { entities: 0, misaligned: 0, dropped: 0, overlapping: 0, inactive: 0 };
  const prepared = prepareDocs([...full, ...partial], res, stats);
  // Outside tokens of partial documents that could be in a name carry the partial marker.
  assert.ok(prepared[2]!.gold.some((g) => g === PARTIAL_OUTSIDE));
  assert.ok(prepared[0]!.gold.every((g) => g >= 0));
  const { model } = trainPerceptron(prepared, res, { epochs: 4, seed: 1, minFeatureCount: 1 });
  // The partial documents did not teach that "Zorbl" is outside.
  assert.equal(score(full, tagDocs(model, full)).f1, 1);
});

test('decoding a stretch between tokens forced outside gives the labels of decoding the whole sentence', () => {
  const L = NUM_LABELS;
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 4 - 2;
  const trans = Float32Array.from({ length: (L + 1) * L }, rnd);
  for (let trial = 0; trial < 20; trial++) {
    const n = 12;
    const scores = Float32Array.from({ length: n * L }, rnd);
    // Tokens 0-2 and 8-11 may be names; 3-7 are forced outside.
    const active = Uint8Array.from({ length: n }, (_, t) => (t <= 2 || t >= 8 ? 1 : 0));
    const forced = Float32Array.from(scores);
    for (let t = 0; t < n; t++) if (!active[t]) for (let y = 1; y < L; y++) forced[t * L + y] = -1e9;
    const whole = Array.from(viterbi(forced, n, trans));
    const a = Array.from(viterbi(scores.subarray(0, 3 * L), 3, trans, undefined, undefined, -1, true));
    const b = Array.from(viterbi(scores.subarray(8 * L), 4, trans, undefined, undefined, OUTSIDE, false));
    assert.deepEqual([...a, 0, 0, 0, 0, 0, ...b], whole);
  }
});

test('sports reports: countries named as teams are organisations, the places of matches stay places', () => {
  const text =
    'Belgium defeated Panama 3 – 0 at the Fisht Stadium in Sochi. Earlier, Sweden beat Korea 1 – 0 with a penalty. ' +
    'The coach praised the striker, the goalkeeper and the midfielder after the match; the final goal came late in the tournament.';
  assert.ok(isSportsReport(text));
  assert.ok(!isSportsReport('Talks in Belgium ended on 3 – 4 March. The 2017-2018 budget grew by 5 – 6 percent.'));
  const spans = tag(shipped, text);
  const types = new Map(spans.map((s) => [text.slice(s.start, s.end), s.type]));
  assert.equal(types.get('Belgium'), 'ORG');
  assert.equal(types.get('Panama'), 'ORG');
  assert.equal(types.get('Sweden'), 'ORG');
  assert.notEqual(types.get('Sochi'), 'ORG');
  // Outside a sports report a country stays a place.
  assert.deepEqual(named('Belgium signed a treaty with Panama.', tag(shipped, 'Belgium signed a treaty with Panama.')).filter((s) => s.endsWith('/ORG')), []);
});

test('a photo credit label after a caption is not part of the name before it', () => {
  const text = 'The team met in Washington D.C. Image: Nick Moreau.';
  const spans = named(text, tag(shipped, text));
  assert.ok(!spans.some((s) => s.includes('Image')), spans.join(', '));
});

test('curated KB names become gazetteer phrases by type; lists merge sorted and without repeats', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-kb-'));
  const write = (file: string, entries: object[]) => writeFileSync(join(dir, file), JSON.stringify({ description: 'test', entries }));
  write('countries.json', [{ id: 'FRA', name: 'France', type: 'GPE', aliases: ['French Republic'], demonyms: ['French'] }]);
  write('places.json', [{ id: 'place:red-sea', name: 'Red Sea', type: 'LOC', aliases: ['the Red Sea'] }]);
  write('organizations.json', [{ id: 'org:un', name: 'United Nations', type: 'ORG', aliases: ['U.N.'] }]);
  write('people.json', [{ id: 'person:x', name: 'Keir Starmer', type: 'PERSON', aliases: [] }]);
  const lists = readKbGazetteers(dir);
  assert.deepEqual(lists, { place: ['france', 'french republic', 'red sea'], person: ['keir starmer'], org: ['u.n.', 'united nations'] });
  assert.deepEqual(mergeGazetteers(lists, { place: ['france', 'chad'], person: [], org: [] }).place, ['chad', 'france', 'french republic', 'red sea']);
});

test('hashing only the tokens near active ones changes no feature', () => {
  const text = 'the talks went on for hours. Then Anna Berg of the Bank of England said, in Oslo, that the plan (agreed in 2019) was over; ' +
    'nobody else spoke, and the room was quiet for a long while after that. "We are done," said Tom Hale.';
  const { tokens, sentences } = segmentText(text);
  const bounds = sentenceBounds(tokens, sentences);
  const res = shipped.resources;
  const fast = extractFeatures(text, tokens, bounds, res, true);
  setHashAllTokens(true);
  try {
    const full = extractFeatures(text, tokens, bounds, res, true);
    assert.deepEqual(Array.from(fast.feats), Array.from(full.feats));
    assert.deepEqual(Array.from(fast.offsets), Array.from(full.offsets));
  } finally {
    setHashAllTokens(false);
  }
});
