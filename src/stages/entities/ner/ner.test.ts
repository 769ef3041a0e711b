import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentText } from '../../segment/index.js';
import { loadNerModel, type NerModel, type NerSpan } from './index.js';
import { gzipSync } from 'node:zlib';
import { decodeModel, encodeModel, NerModelFormatError } from './model-file.js';
import { documentConsistency } from './consistency.js';
import { closeNicknames, closePatronymics, trimResidents, extendNameStarts, familiesByName, peopleByFamilyName, joinAmpersands, joinGaelicPatronymics, joinHyphenatedNames, joinOrganisationTails, joinPeoplesBodies, joinSpelledTails, personNamedWorks, splitAtBy, titledGivenNames, trimNumberTails } from './joins.js';
import { prepareDocs, resourcesFrom, score, tagDocs, trainPerceptron, type AlignmentStats, type GoldDoc } from './train.js';
import { allowedTransition, labelOf, LEARNT_TYPES, NUM_LABELS, OUTSIDE, Part } from './labels.js';
import { FloatScorer, PARTIAL_OUTSIDE, viterbi, WeightTable, type EmissionScorer, type TokenFeatures } from './perceptron.js';
import { Gazetteer } from './gazetteer.js';
import { NerModel as Tagger } from './model.js';
import { awardSponsors, isSportsReport, nationalTeams } from './sports.js';
import { venuesArePlaces } from './venues.js';
import { companiesByContext } from './companies.js';
import { romanceBodies } from './romance.js';
import { spelledAcronyms } from './acronyms.js';
import { datelinePlaces } from './datelines.js';
import { agedNames } from './aged.js';
import { titledOffices } from './offices.js';
import { eastAsianNames } from './east-asian.js';
import { clearWordCache, extractFeatures, sentenceBounds } from './features.js';
import { mergeGazetteers, readCityGazetteer, readKbGazetteers } from './petrarch.js';
import { readWordClasses } from './word-classes.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const shipped: NerModel = loadNerModel();

function tag(model: NerModel, text: string): NerSpan[] {
  const { tokens, sentences } = segmentText(text);
  return model.tag(text, tokens, sentences);
}

/** The span of `w` (its first occurrence from `from`) in `text`, typed `type`. */
const spanOf = (text: string, w: string, type: NerSpan['type'], from = 0): NerSpan => ({ start: text.indexOf(w, from), end: text.indexOf(w, from) + w.length, type, confidence: 0.6 });
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

test('one sense per document: a name an apposition calls an island or a village is a place, not a person ("Dhonveligaa, the uninhabited island across the channel")', () => {
  const text = 'He steered towards Dhonveligaa, the uninhabited island across the channel. The reef off Dhonveligaa was empty. Ahmed Naseem, the fisherman, waited.';
  const tokens = segmentText(text).tokens;
  const spans = [spanOf(text, 'Dhonveligaa', 'PERSON'), spanOf(text, 'Dhonveligaa', 'PERSON', 60), spanOf(text, 'Ahmed Naseem', 'PERSON')];
  assert.deepEqual(named(text, documentConsistency(text, tokens, spans)), ['Dhonveligaa/LOC', 'Dhonveligaa/LOC', 'Ahmed Naseem/PERSON']);
});

test('one sense per document: a plural of a thing the document names is no person; a family name in -s is', () => {
  const text = 'She used a Zorbl camera. The Zorbls sold well. Zorbls were cheap. Kathryn Waters came; Waters said so.';
  const { tokens } = segmentText(text);
  const span = (s: string, type: NerSpan['type'], from = 0): NerSpan => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, type, confidence: 0.7 });
  const spans = [span('Zorbl', 'ORG'), span('Zorbls', 'PERSON'), span('Zorbls', 'PERSON', 40), span('Kathryn Waters', 'PERSON'), span('Waters', 'PERSON', 80)];
  const out = documentConsistency(text, tokens, spans);
  assert.deepEqual(named(text, out), ['Zorbl/ORG', 'Kathryn Waters/PERSON', 'Waters/PERSON']);
  assertWellFormed(text, out);
});

test('one sense per document: a name a common noun describes as an organisation is no person', () => {
  const text = 'Budgeting app Zorbl confirms breach. Zorbl, the budgeting app popular with students, said so. The company founder Ana Ruiz, a banker, spoke.';
  const { tokens } = segmentText(text);
  const span = (s: string, type: NerSpan['type'], from = 0): NerSpan => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, type, confidence: 0.7 });
  const out = documentConsistency(text, tokens, [span('Zorbl', 'PERSON'), span('Zorbl', 'PERSON', 30), span('Ana Ruiz', 'PERSON')]);
  assert.deepEqual(named(text, out), ['Zorbl/ORG', 'Zorbl/ORG', 'Ana Ruiz/PERSON']);
  const one = 'An outage hit Quidly, one of the country’s largest payment companies, on Monday.';
  const quidly = { start: one.indexOf('Quidly'), end: one.indexOf('Quidly') + 6, type: 'PERSON' as const, confidence: 0.7 };
  assert.deepEqual(named(one, documentConsistency(one, segmentText(one).tokens, [quidly])), ['Quidly/ORG']);
  // "Calloway" after "Calloway Semiconductor": the short form of a company's name; "Zorbl Mining" ends in a company word.
  const chip = 'Calloway Semiconductor fell. Calloway said so, and Zorbl Mining agreed.';
  const at = (w: string, type: NerSpan['type'], from = 0) => ({ start: chip.indexOf(w, from), end: chip.indexOf(w, from) + w.length, type, confidence: 0.7 });
  const spans = [at('Calloway Semiconductor', 'ORG'), at('Calloway', 'PERSON', 20), at('Zorbl Mining', 'PERSON')];
  assert.deepEqual(named(chip, documentConsistency(chip, segmentText(chip).tokens, spans)), ['Calloway Semiconductor/ORG', 'Calloway/ORG', 'Zorbl Mining/ORG']);
  // Not a person's family name: "Pogue, the founder of Pogue Construction".
  const founder = 'Trump pardoned Paul Pogue. Pogue, the founder of Pogue Construction, left.';
  const on = (w: string, type: NerSpan['type'], from = 0) => ({ start: founder.indexOf(w, from), end: founder.indexOf(w, from) + w.length, type, confidence: 0.7 });
  const pogue = [on('Paul Pogue', 'PERSON'), on('Pogue', 'PERSON', 26), on('Pogue Construction', 'ORG')];
  assert.deepEqual(named(founder, documentConsistency(founder, segmentText(founder).tokens, pogue)), ['Paul Pogue/PERSON', 'Pogue/PERSON', 'Pogue Construction/ORG']);
});

test('curly apostrophes and quotation marks read as straight ones', () => {
  const tag = (text: string) => {
    const { tokens, sentences } = segmentText(text);
    return shipped.tag(text, tokens, sentences).map((s) => `${s.start}-${s.end}/${s.type}`);
  };
  const straight = "The Information Commissioner's Office said the firm's \"data\" was safe.";
  assert.deepEqual(tag(straight.replace(/'/g, '’').replace(/"(\w)/, '“$1').replace(/"/, '”')), tag(straight));
});

test('a file that is not a model is rejected with a coded error', () => {
  assert.throws(() => decodeModel(gzipSync(Buffer.from('not a model'))), (e: unknown) => e instanceof NerModelFormatError && e.code === 'NG_NER_MODEL_FORMAT');
});

test('a model learnt with other word lists is rejected with a hint to retrain it', () => {
  const header = Buffer.from(JSON.stringify({ format: 'newsgraph-ner/2', labels: LEARNT_TYPES, flags: ['title', 'orgSuffix'] }));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const file = gzipSync(Buffer.concat([Buffer.from('NGNER1\n', 'latin1'), length, header]));
  assert.throws(() => decodeModel(file), (e: unknown) => e instanceof NerModelFormatError && /word lists title,orgSuffix.*npm run train:ner/.test(e.message));
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
  // A people's plural name stands for its team too ("putting the Belgians in the lead").
  const plural = [{ start: 0, end: 8, type: 'NORP' as const, confidence: 0.6 }];
  const belgians = 'Belgians led 2 – 0 and won 3 – 0 at home. ' + text.slice(text.indexOf('The coach'));
  assert.deepEqual(named(belgians, nationalTeams(belgians, segmentText(belgians).tokens, plural)), ['Belgians/ORG']);
  // A country the model read as a person ("Korea substituted …"), given a place list that knows it.
  const korea = 'Korea substituted Park in the 28th minute; Korea lost 1 – 0 and 2 – 0 at home. ' + text.slice(text.indexOf('The coach'));
  const person = [{ start: 0, end: 5, type: 'PERSON' as const, confidence: 0.6 }];
  assert.deepEqual(named(korea, nationalTeams(korea, segmentText(korea).tokens, person, (p) => p === 'korea')), ['Korea/ORG']);
  // Outside a sports report a country stays a place.
  assert.deepEqual(named('Belgium signed a treaty with Panama.', tag(shipped, 'Belgium signed a treaty with Panama.')).filter((s) => s.endsWith('/ORG')), []);
});

test('clubs named after places are organisations in any text; a city stays a place', () => {
  const text = 'Dunmore City striker Ali Kerr will miss three months. Harbridge Rovers have signed him. He grew up in Kansas City.';
  const types = new Map(tag(shipped, text).map((s) => [text.slice(s.start, s.end), s.type]));
  assert.equal(types.get('Dunmore City'), 'ORG');
  assert.equal(types.get('Harbridge Rovers'), 'ORG');
  assert.notEqual(types.get('Kansas City'), 'ORG');
});

test('a photo credit label after a caption is not part of the name before it', () => {
  const text = 'The team met in Washington D.C. Image: Nick Moreau.';
  const spans = named(text, tag(shipped, text));
  assert.ok(!spans.some((s) => s.includes('Image')), spans.join(', '));
});

test('an organisation name goes on with "for (the)" and the name after it', () => {
  const spans = [
    { start: 4, end: 22, type: 'ORG' as const, confidence: 0.7 },
    { start: 31, end: 46, type: 'OTHER' as const, confidence: 0.6 },
    { start: 61, end: 67, type: 'ORG' as const, confidence: 0.7 },
    { start: 72, end: 80, type: 'OTHER' as const, confidence: 0.7 },
  ];
  const text = 'The Hartley Foundation for the Performing Arts paid; he left Google for Olympics.';
  assert.deepEqual(named(text, joinOrganisationTails(text, spans)), ['Hartley Foundation for the Performing Arts/ORG', 'Google/ORG', 'Olympics/OTHER']);
  // "Avon and Somerset Police", read as a place and a force; not "in London and Thames Valley Police".
  const force = 'Avon and Somerset Police said so; officers in London and Thames Valley Police agreed.';
  const at = (w: string, type: 'LOC' | 'ORG') => ({ start: force.indexOf(w), end: force.indexOf(w) + w.length, type, confidence: 0.6 });
  const forces = [at('Avon', 'LOC'), at('Somerset Police', 'ORG'), at('London', 'LOC'), at('Thames Valley Police', 'ORG')];
  assert.deepEqual(named(force, joinOrganisationTails(force, forces)), ['Avon and Somerset Police/ORG', 'London/LOC', 'Thames Valley Police/ORG']);
  // "Central Bank of the Republic" and "Turkey": one body named after the state's official form.
  const bank = 'The Central Bank of the Republic of Turkey held; the Bank of England of London cut.';
  const atBank = (w: string, type: 'GPE' | 'ORG') => ({ start: bank.indexOf(w), end: bank.indexOf(w) + w.length, type, confidence: 0.6 });
  assert.deepEqual(named(bank, joinOrganisationTails(bank, [atBank('Central Bank of the Republic', 'ORG'), atBank('Turkey', 'GPE'), atBank('Bank of England', 'ORG'), atBank('London', 'GPE')])), ['Central Bank of the Republic of Turkey/ORG', 'Bank of England/ORG', 'London/GPE']);
  // "Chambre d'agriculture" and "Gironde": a Romance body's name goes on with "de la" and its place; not "… in Gironde".
  const chamber = "The Chambre d'agriculture de la Gironde and the Syndicat des Vignerons de l'Hérault met the Caja Rural in Gironde.";
  const atChamber = (w: string, type: 'LOC' | 'ORG', from = 0) => ({ start: chamber.indexOf(w, from), end: chamber.indexOf(w, from) + w.length, type, confidence: 0.6 });
  assert.deepEqual(named(chamber, joinOrganisationTails(chamber, [atChamber("Chambre d'agriculture", 'ORG'), atChamber('Gironde', 'LOC'), atChamber('Syndicat des Vignerons', 'ORG'), atChamber('Hérault', 'LOC'), atChamber('Caja Rural', 'ORG'), atChamber('Gironde', 'LOC', 60)])),
    ["Chambre d'agriculture de la Gironde/ORG", "Syndicat des Vignerons de l'Hérault/ORG", 'Caja Rural/ORG', 'Gironde/LOC']);
  // "Pieter-Jan ter Laak" with "Laak" read as a body: one person; not "Anna Berg of Oslo".
  const dutch = 'Defence Minister Pieter-Jan ter Laak spoke, as did Anna Berg of Oslo.';
  const atDutch = (w: string, type: 'PERSON' | 'ORG' | 'GPE') => ({ start: dutch.indexOf(w), end: dutch.indexOf(w) + w.length, type, confidence: 0.6 });
  assert.deepEqual(named(dutch, joinOrganisationTails(dutch, [atDutch('Pieter-Jan', 'PERSON'), atDutch('Laak', 'ORG'), atDutch('Anna Berg', 'PERSON'), atDutch('Oslo', 'GPE')])), ['Pieter-Jan ter Laak/PERSON', 'Anna Berg/PERSON', 'Oslo/GPE']);
  // "Iain Mac a’ Phearsain", "Calum Mac an t-Saoir": a Gaelic patronymic goes on after "Mac".
  const gaelic = 'Crofter Iain Mac a’ Phearsain and Calum Mac an t-Saoir met Mac Miller and Aoife Nic an tSaoir.';
  const atGaelic = (w: string, type: 'PERSON' | 'ORG') => ({ start: gaelic.indexOf(w), end: gaelic.indexOf(w) + w.length, type, confidence: 0.6 });
  assert.deepEqual(named(gaelic, joinGaelicPatronymics(gaelic, [atGaelic('Iain Mac', 'PERSON'), atGaelic('Phearsain', 'ORG'), atGaelic('Calum Mac', 'PERSON'), atGaelic('Mac Miller', 'PERSON'), atGaelic('Aoife Nic', 'PERSON')])), ['Iain Mac a’ Phearsain/PERSON', 'Calum Mac an t-Saoir/PERSON', 'Mac Miller/PERSON', 'Aoife Nic an tSaoir/PERSON']);
  // "Hartford Superior Court by United Nurses of Connecticut": two bodies; not "Stand by Me".
  const by = 'It was filed in Hartford Superior Court by United Nurses of Connecticut, who sang Stand by Me.';
  const atBy = (w: string, type: 'ORG' | 'OTHER') => ({ start: by.indexOf(w), end: by.indexOf(w) + w.length, type, confidence: 0.6 });
  assert.deepEqual(named(by, splitAtBy(by, [atBy('Hartford Superior Court by United Nurses of Connecticut', 'ORG'), atBy('Stand by Me', 'OTHER')])), ['Hartford Superior Court/ORG', 'United Nurses of Connecticut/ORG', 'Stand by Me/OTHER']);
  // "Office" tagged alone after a holder's possessive: the office's whole name; not after "the".
  // Not across a sentence's end ("on Sunday. The Prime Minister's Office"); "U.S." is one word.
  const office = "The Hollis County Sheriff's Office said so. The Office agreed on Sunday. The Prime Minister's Office and the U.S. Attorney's Office met.";
  const at2 = (w: string, type: 'LOC' | 'ORG', from = 0) => ({ start: office.indexOf(w, from), end: office.indexOf(w, from) + w.length, type, confidence: 0.6 });
  const offices = [at2('Hollis County', 'LOC'), at2('Office', 'ORG'), at2('Office', 'ORG', 40), at2('Office', 'ORG', 70), at2('Office', 'ORG', 110)];
  assert.deepEqual(named(office, joinOrganisationTails(office, offices)), ["Hollis County Sheriff's Office/ORG", 'Office/ORG', "Prime Minister's Office/ORG", "U.S. Attorney's Office/ORG"]);
  // A plural of people with a possessive inside one name; not a name's own plural ("United Nations' Food …").
  const union = "The Bank Depositors' Association and the United Nations' Food Agency met.";
  const at3 = (w: string) => ({ start: union.indexOf(w), end: union.indexOf(w) + w.length, type: 'ORG' as const, confidence: 0.6 });
  assert.deepEqual(named(union, joinOrganisationTails(union, [at3('Bank Depositors'), at3('Association'), at3('United Nations'), at3('Food Agency')])), [
    "Bank Depositors' Association/ORG", 'United Nations/ORG', 'Food Agency/ORG',
  ]);
  // "People's" ends a span where its plural takes "'s": "the Shenzhen Intermediate People's Court".
  const court = "The Shenzhen Intermediate People's Court and the People's Bank met.";
  const at5 = (w: string) => ({ start: court.lastIndexOf(w), end: court.lastIndexOf(w) + w.length, type: 'ORG' as const, confidence: 0.6 });
  assert.deepEqual(named(court, joinOrganisationTails(court, [at5('Shenzhen Intermediate People'), at5('Court'), at5('People')])), [
    "Shenzhen Intermediate People's Court/ORG", "People's Bank/ORG",
  ]);
  // "Okonkwo-Bright" tagged "Okonkwo" where the document writes the double-barrelled name twice.
  const barrel = 'Adaeze Okonkwo-Bright spoke. Okonkwo-Bright added more.';
  assert.deepEqual(named(barrel, joinHyphenatedNames(barrel, [spanOf(barrel, 'Adaeze Okonkwo-Bright', 'PERSON'), spanOf(barrel, 'Okonkwo', 'PERSON', 20)])), ['Adaeze Okonkwo-Bright/PERSON', 'Okonkwo-Bright/PERSON']);
  // "Inter-" before a body's name tagged without it.
  const inter = 'Inter-Services Public Relations said so.';
  assert.deepEqual(named(inter, joinHyphenatedNames(inter, [spanOf(inter, 'Services Public Relations', 'ORG')])), ['Inter-Services Public Relations/ORG']);
  // "Prosecutor-" before an office named after its holder, tagged without it.
  const prosecutor = "The Prosecutor-General's Office said so.";
  assert.deepEqual(named(prosecutor, joinHyphenatedNames(prosecutor, [spanOf(prosecutor, "General's Office", 'ORG')])), ["Prosecutor-General's Office/ORG"]);
  // A lower-case particle inside one person's name.
  const particle = "José Aparecido dos Santos met Rafael van der Vaart and Maarten van 't Hoff; Elshad Tahir oglu Novruzov came too.";
  const at4 = (w: string) => ({ start: particle.indexOf(w), end: particle.indexOf(w) + w.length, type: 'PERSON' as const, confidence: 0.6 });
  assert.deepEqual(named(particle, joinOrganisationTails(particle, [at4('José Aparecido'), at4('Santos'), at4('Rafael'), at4('Vaart'), at4('Maarten'), at4('Hoff'), at4('Elshad Tahir'), at4('Novruzov')])), ['José Aparecido dos Santos/PERSON', 'Rafael van der Vaart/PERSON', "Maarten van 't Hoff/PERSON", 'Elshad Tahir oglu Novruzov/PERSON']);
});

test('an article opening a sentence is not part of the name after it, unless the whole is a known name', () => {
  const text = 'A Foreign Office spokesperson said the embassy was open. The ferry left A Coruña at noon.';
  const spans = named(text, tag(shipped, text));
  assert.ok(spans.includes('Foreign Office/ORG'), spans.join(', '));
  assert.ok(spans.some((s) => s.startsWith('A Coruña/')), spans.join(', '));
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

test('word attributes kept from earlier documents give the features of computing them afresh', () => {
  const text = 'the talks went on for hours. Then Anna Berg of the Bank of England said, in Oslo, that the plan (agreed in 2019) was over; ' +
    'nobody else spoke, and the room was quiet for a long while after that. "We are done," said Tom Hale. ÉCOLE Łódź eBay';
  const { tokens, sentences } = segmentText(text);
  const bounds = sentenceBounds(tokens, sentences);
  const res = resourcesFrom({ place: ['oslo'], person: ['anna berg'], org: ['bank of england'] }, [text]);
  clearWordCache(res);
  const fresh = extractFeatures(text, tokens, bounds, res, true);
  const kept = extractFeatures(text, tokens, bounds, res, true);
  assert.deepEqual(Array.from(kept.feats), Array.from(fresh.feats));
  assert.deepEqual(Array.from(kept.offsets), Array.from(fresh.offsets));
  // Another document's words (some shared, in other cases) do not disturb them.
  const other = 'OSLO, Bank and the BANK said: anna berg.';
  const o = segmentText(other);
  extractFeatures(other, o.tokens, sentenceBounds(o.tokens, o.sentences), res, true);
  assert.deepEqual(Array.from(extractFeatures(text, tokens, bounds, res, true).feats), Array.from(fresh.feats));
});

test('packed weights (rows longer than a slot included) and kept per-word sums give the float emissions', () => {
  const L = NUM_LABELS;
  const table = new WeightTable(64);
  const keys = Array.from({ length: 40 }, (_, i) => (i * 7919 + 13) | 1);
  keys.forEach((key, i) => {
    const row = table.intern(key);
    // Rows of 1 to 21 non-zero labels: short ones fit a slot, long ones spill.
    for (let y = 0; y < L; y++) if (y <= i % L) table.weights[row * L + y] = ((i + 1) * (y + 2)) % 17 - 8 || 1;
  });
  const model = decodeModel(encodeModel({ table, trans: new Float32Array((L + 1) * L), words: new Map(), gazetteer: { place: [], person: [], org: [] }, meta: {} }));
  const offsets = Int32Array.from([0, 12, 24, 40, 52]);
  const feats = Int32Array.from([...keys, ...keys.slice(0, 12), 999_999_999 | 1]);
  const words = ['Oslo', 'Lima', 'Quito', 'Oslo'];
  const localEnd = Int32Array.from([5, 17, 30, 45]);
  const doc: TokenFeatures = { feats: feats.subarray(0, 52), offsets, active: new Uint8Array(4).fill(1) };
  const expected = new FloatScorer(table).emissions(doc, 0, 4);
  const close = (got: Float32Array) => {
    for (let k = 0; k < 4 * L; k++) assert.ok(Math.abs(got[k]! - expected[k]!) < 0.01, `score ${k}: ${got[k]} vs ${expected[k]}`);
  };
  close(model.scorer.emissions(doc, 0, 4));
  // With word sums: the first time computed from the word features, then taken from the scorer.
  close(model.scorer.emissions({ ...doc, localEnd, words }, 0, 4));
  close(model.scorer.emissions({ ...doc, localEnd, words }, 0, 4));
  assert.ok(model.scorer.wordSums!.has('Lima'));
});

test('words whose sums the scorer keeps get no word features; the emissions do not change', () => {
  const text = 'Anna Berg of the Bank of England said in Oslo that Oslo was calm.';
  const { tokens, sentences } = segmentText(text);
  const bounds = sentenceBounds(tokens, sentences);
  const res = shipped.resources;
  const all = extractFeatures(text, tokens, bounds, res, true);
  const known = new Map([['Oslo', new Int32Array(NUM_LABELS)]]);
  const fewer = extractFeatures(text, tokens, bounds, res, true, undefined, known);
  const oslo = tokens.findIndex((t) => text.slice(t.start, t.end) === 'Oslo');
  assert.equal(fewer.localEnd![oslo], fewer.offsets[oslo]);
  assert.ok(all.localEnd![oslo]! > all.offsets[oslo]!);
  assert.ok(fewer.feats.length < all.feats.length);
  const a = tag(shipped, text);
  assert.deepEqual(tag(shipped, text), a);
});

test('a country or city the model reads as an organisation is a GPE; other organisations stay', () => {
  const res = resourcesFrom({ place: ['iran'], person: [], org: [] }, []);
  const L = NUM_LABELS;
  // Every capitalised word scores as a one-word organisation, everything else as outside.
  const scorer: EmissionScorer = {
    emissions(doc, from, to, out) {
      const scores = out ?? new Float32Array((to - from) * L);
      scores.fill(0, 0, (to - from) * L);
      for (let t = 0; t < to - from; t++) scores[t * L + (/^\p{Lu}/u.test(doc.words![from + t]!) ? labelOf(1, Part.U) : OUTSIDE)] = 10;
      return scores;
    },
  };
  const model = new Tagger(res, scorer, new Float32Array((L + 1) * L));
  model.consistency = false;
  const text = 'Yesterday Iran and Acme said no.';
  assert.deepEqual(named(text, tag(model, text)), ['Yesterday/ORG', 'Iran/GPE', 'Acme/ORG']);
});

test('towns and cities are a gazetteer list of their own, matched longest first, and never make a GPE', () => {
  const g = new Gazetteer({ place: ['france'], person: [], org: [], city: ['łódź', 'new york', 'new york city'] });
  const lower = ['in', 'łódź', 'and', 'new', 'york', 'times', 'and', 'new', 'york', 'city', 'in', 'france'];
  const capital = Uint8Array.from(lower.map((w) => (w === w.toLowerCase() && !['łódź', 'new', 'york', 'times', 'city', 'france'].includes(w) ? 0 : 1)));
  const out = [0, 1, 2, 3].map(() => new Uint8Array(lower.length));
  g.match(lower, capital, 0, lower.length, out);
  assert.deepEqual(Array.from(out[3]!), [0, 4, 0, 1, 3, 0, 0, 1, 2, 3, 0, 0]);
  assert.deepEqual(Array.from(out[0]!), [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4]);
  assert.ok(g.places.has('france') && !g.places.has('łódź'));
  // Model files from before the list have none.
  assert.doesNotThrow(() => new Gazetteer({ place: ['france'], person: [], org: [] }));
  const dir = mkdtempSync(join(tmpdir(), 'ner-cities-'));
  writeFileSync(join(dir, 'cities.txt.gz'), gzipSync('łódź\nnew york\n'));
  assert.deepEqual(readCityGazetteer(join(dir, 'cities.txt.gz')).city, ['łódź', 'new york']);
});

test('word classes are read as coarse * 1024 + fine + 1; ids out of range are left out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-classes-'));
  writeFileSync(join(dir, 'classes.txt.gz'), gzipSync('kabul 137 0\ncairo 137 0\nobama 2 31\nodd 1024 0\n'));
  assert.deepEqual([...readWordClasses(join(dir, 'classes.txt.gz'))], [['kabul', 138], ['cairo', 138], ['obama', 31 * 1024 + 3]]);
});

test('tokens with a capital or a digit anywhere, in any script, can be in names; lower-case ones far from them cannot', () => {
  const text = 'we went to the Łódź office and then to the eBay shop, the x2 model, über alles, ça va bien aujourd hui';
  const { tokens, sentences } = segmentText(text);
  const { active } = extractFeatures(text, tokens, sentenceBounds(tokens, sentences), shipped.resources, true);
  const isActive = (w: string) => active[tokens.findIndex((t) => text.slice(t.start, t.end) === w)] === 1;
  for (const w of ['Łódź', 'eBay', 'x2', 'the', 'office', 'shop']) assert.ok(isActive(w), w);
  for (const w of ['we', 'über', 'alles', 'ça', 'bien']) assert.ok(!isActive(w), w);
});

test('a lower-case word joined by a hyphen to a capitalised one can be in a name ("Hoi-kwan", "al-Assad")', () => {
  const text = 'later that day Yolanda Yu Hoi-kwan and the envoy met al-Assad , then a self-driving car and a well - known band';
  const { tokens, sentences } = segmentText(text);
  const { active } = extractFeatures(text, tokens, sentenceBounds(tokens, sentences), shipped.resources, true);
  const isActive = (w: string) => active[tokens.findIndex((t) => text.slice(t.start, t.end) === w)] === 1;
  for (const w of ['kwan', 'al']) assert.ok(isActive(w), w);
  for (const w of ['self', 'driving', 'known', 'later']) assert.ok(!isActive(w), w);
});

test('starts and heads the model leaves out: particles of a family name, the owner before a plural possessive, a compass word', () => {
  const text = 'Annelie van der Merwe chairs the board. Ms van der Merwe said the Kirkwood Students\' Union and the Scottish Teachers\' Forum agreed. East Wessex Hospitals NHS Foundation Trust declined to comment.';
  const names = tag(shipped, text).map((s) => text.slice(s.start, s.end));
  assert.ok(names.includes('Annelie van der Merwe'), names.join(' | '));
  assert.ok(names.includes('van der Merwe'), names.join(' | '));
  assert.ok(names.includes("Kirkwood Students' Union"), names.join(' | '));
  assert.ok(names.includes("Scottish Teachers' Forum"), names.join(' | '));
  const women = "The Rural Women's Network said it would run workshops.";
  assert.ok(tag(shipped, women).map((s) => women.slice(s.start, s.end)).includes("Rural Women's Network"));
});

test('a person cut inside a hyphenated word is whole ("Cha Eun-young", "Marie-Lourdes Saint-Fleur", "Seo Dong-hyun", "Kwan Siu-ming"); "Biden-Harris", "Trump-loving" and "Tory-wing" are not one name', () => {
  const text = 'Cha Eun-young met Marie-Lourdes Saint-Fleur and Seo Dong-hyun. Biden-Harris and the Trump-loving rapper. Albert Kwan Siu-ming met the Tory-wing.';
  const at = (w: string) => spanOf(text, w, 'PERSON');
  const spans = [at('Cha Eun'), at('Marie'), at('Dong-hyun'), at('Biden'), at('Harris'), at('Trump'), at('Albert Kwan Siu'), at('Tory')];
  assert.deepEqual(named(text, joinHyphenatedNames(text, spans)), ['Cha Eun-young/PERSON', 'Marie-Lourdes Saint-Fleur/PERSON', 'Seo Dong-hyun/PERSON', 'Biden/PERSON', 'Harris/PERSON', 'Trump/PERSON', 'Albert Kwan Siu-ming/PERSON', 'Tory/PERSON']);
});

test('a name and "and" before a body the model tagged ("the Nursing and Midwifery Workers’ Union", "The Meteorology, Climatology and Geophysics Agency"); not a party adjective', () => {
  const text = "Members of the Nursing and Midwifery Workers' Union voted. The Meteorology, Climatology and Geophysics Agency said. It included the Democratic and Republican Party's primaries.";
  const at = (w: string, type: 'LOC' | 'ORG') => spanOf(text, w, type);
  const spans = [at('Nursing', 'LOC'), at('Midwifery Workers', 'ORG'), at('Union', 'LOC'), at('Meteorology', 'ORG'), at('Climatology and Geophysics Agency', 'ORG'), at('Republican Party', 'ORG')];
  const joined = joinOrganisationTails(text, joinOrganisationTails(text, extendNameStarts(text, spans)));
  assert.deepEqual(named(text, joined), ["Nursing and Midwifery Workers' Union/ORG", 'Meteorology, Climatology and Geophysics Agency/ORG', 'Republican Party/ORG']);
});

test('venues are places (GUM): "Museum of Flight", "Kennedy Space Center"; institutions named like them are not ("National Hurricane Center", "Pew Research Center")', () => {
  const text = 'The Museum of Flight, the National Museum of the Air Force and the Kennedy Space Center bid; the National Hurricane Center, the Pew Research Center and the Radio Hall of Fame did not.';
  const at = (w: string) => spanOf(text, w, 'ORG');
  const spans = [at('Museum of Flight'), at('National Museum of the Air Force'), at('Kennedy Space Center'), at('National Hurricane Center'), at('Pew Research Center'), at('Radio Hall of Fame')];
  assert.deepEqual(named(text, venuesArePlaces(text, spans)), ['Museum of Flight/LOC', 'National Museum of the Air Force/LOC', 'Kennedy Space Center/LOC', 'National Hurricane Center/ORG', 'Pew Research Center/ORG', 'Radio Hall of Fame/ORG']);
});

test('an East Asian family name and a hyphenated given name is a person the model missed ("Kim Soon-ja, 67, said"); not inside another span, not a place', () => {
  const text = 'Kim Soon-ja, 67, said the road closed. Ma Ying-jeou spoke in Han-gang Park. The Kim Jong-un regime replied.';
  const at = (w: string) => spanOf(text, w, 'OTHER');
  assert.deepEqual(named(text, eastAsianNames(text, [at('Kim Jong-un regime')])), ['Kim Soon-ja/PERSON', 'Ma Ying-jeou/PERSON', 'Kim Jong-un regime/OTHER']);
});

test('a person\'s name opening a programme\'s or prize\'s name is part of it ("Andy Warhol Photographic Legacy Program"); not a day ("Martin Luther King Jr. Day")', () => {
  const text = 'Since 2007 the Andy Warhol Photographic Legacy Program has grown. He fought for Martin Luther King Jr. Day to be a holiday. Harry Kane Scored.';
  const at = (w: string) => spanOf(text, w, 'PERSON');
  assert.deepEqual(named(text, personNamedWorks(text, [at('Andy Warhol'), at('Martin Luther King Jr.'), at('Harry Kane')])), ['Andy Warhol Photographic Legacy Program/OTHER', 'Martin Luther King Jr./PERSON', 'Harry Kane/PERSON']);
});

test('"the Sams" after Thomas and Manju Sam is the family, a group of people', () => {
  const text = 'Thomas Sam and Manju Sam were charged. The lawyer said the Sams had refused treatment.';
  const at = (w: string, type: 'PERSON' | 'LOC') => spanOf(text, w, type);
  assert.deepEqual(named(text, familiesByName(text, [at('Thomas Sam', 'PERSON'), at('Manju Sam', 'PERSON'), at('Sams', 'LOC')])), ['Thomas Sam/PERSON', 'Manju Sam/PERSON', 'Sams/NORP']);
});

test('"the Budweiser Man of the Match award" read as a person "Budweiser Man": the sponsor is an organisation', () => {
  const text = 'Lukaku won the Budweiser Man of the Match award. Harry Kane won too.';
  const at = (w: string) => spanOf(text, w, 'PERSON');
  assert.deepEqual(named(text, awardSponsors(text, [at('Lukaku'), at('Budweiser Man'), at('Harry Kane')])), ['Lukaku/PERSON', 'Budweiser/ORG', 'Harry Kane/PERSON']);
});

test('a short name the document treats as a company is one in every mention ("Corvane shares", "Tidewell, a startup"); a name after a title or in a longer person\'s name is not', () => {
  const text = 'Corvane said revenue fell. Corvane shares slid. Tidewell, a startup, raised money. Tidewell declined to comment. Maria Brandt met Mr Hollis. Hollis shares a flat with Brandt; Brandt shares it too.';
  const spans: NerSpan[] = [];
  for (const w of ['Corvane', 'Corvane', 'Tidewell', 'Tidewell', 'Maria Brandt', 'Hollis', 'Hollis', 'Brandt', 'Brandt']) {
    spans.push(spanOf(text, w, w === 'Tidewell' ? 'LOC' : 'PERSON', spans.length ? spans[spans.length - 1]!.end : 0));
  }
  assert.deepEqual(named(text, companiesByContext(text, spans)), ['Corvane/ORG', 'Corvane/ORG', 'Tidewell/ORG', 'Tidewell/ORG', 'Maria Brandt/PERSON', 'Hollis/PERSON', 'Hollis/PERSON', 'Brandt/PERSON', 'Brandt/PERSON']);
});

test('"Calloway Ratings" read as a work ends in a firm\'s word; "Pemberton Hale, the investment bank," is a bank; "Adré, the agency said" is no apposition', () => {
  const text = 'Calloway Ratings cut the notes. Analysts at Pemberton Hale, the investment bank, agreed. The site at Adré, the agency said, was full.';
  const spans = [spanOf(text, 'Calloway Ratings', 'OTHER'), spanOf(text, 'Pemberton Hale', 'LOC'), spanOf(text, 'Adré', 'LOC')];
  assert.deepEqual(named(text, companiesByContext(text, spans)), ['Calloway Ratings/ORG', 'Pemberton Hale/ORG', 'Adré/LOC']);
  // "Oslo-based Fjellvang P&I" read as a work: a body.
  const based = 'Its insurer, Oslo-based Fjellvang P&I, said so.';
  assert.deepEqual(named(based, companiesByContext(based, [spanOf(based, 'Fjellvang P&I', 'OTHER')])), ['Fjellvang P&I/ORG']);
});

test('a one-word name written elsewhere before a company\'s word ("Kostaras Shipping") is the company, read as a place or a person; "managing director of Kostaras" is a post at it', () => {
  const text = 'The ship is managed by Kostaras Shipping. Kostaras denied it. Eleni Vardakis, managing director of Kostaras, argued. The children of Carverton met. Carverton Foods moved.';
  const spans = [spanOf(text, 'Kostaras', 'PERSON', text.indexOf('Kostaras denied')), spanOf(text, 'Kostaras', 'LOC', text.indexOf('Kostaras, argued')), spanOf(text, 'Carverton', 'LOC')];
  assert.deepEqual(named(text, companiesByContext(text, spans)), ['Kostaras/ORG', 'Kostaras/ORG', 'Carverton/LOC']);
  // A Norwegian trade's word: "Kvalsund Sjømat".
  const norsk = 'Kvalsund Sjømat reported a loss. Shares in Kvalsund fell, and Kvalsund said prices would recover.';
  assert.deepEqual(named(norsk, companiesByContext(norsk, [spanOf(norsk, 'Kvalsund', 'PERSON', norsk.indexOf('Kvalsund said'))])), ['Kvalsund/ORG']);
});

test('two words read as a person with no given name first are a body where only a body stands ("Eline Vang of Skagerak Fonds", "the operator, Frøy Sjøfarm,"); not after a title, an initial or "the film\'s producer"', () => {
  const text = 'Eline Vang of Skagerak Fonds agreed. The operator, Frøy Sjøfarm, confirmed it. The film\'s producer, Sangeeta Rathod, spoke. Counsel for the developer, M. Balakrishnan, objected. Dr Aisling Moran of Leeds Rhinos spoke.';
  const names = ['Eline Vang', 'Skagerak Fonds', 'Frøy Sjøfarm', 'Sangeeta Rathod', 'M. Balakrishnan', 'Aisling Moran', 'Leeds Rhinos'];
  const spans = names.map((n) => spanOf(text, n, 'PERSON'));
  assert.deepEqual(named(text, companiesByContext(text, spans)), ['Eline Vang/PERSON', 'Skagerak Fonds/ORG', 'Frøy Sjøfarm/ORG', 'Sangeeta Rathod/PERSON', 'M. Balakrishnan/PERSON', 'Aisling Moran/PERSON', 'Leeds Rhinos/ORG']);
});

test('a body\'s kind heading an apposition makes the name before it a body, tagged or not ("Enagás, the Spanish grid operator,"); not "a retired mail carrier", "the union\'s president", a given name or "Outside, a group of"', () => {
  const text = 'Enagás, the Spanish grid operator, said so. Lingxi Auto, the Hefei-based electric-vehicle maker, cut prices. Abarona, a Belarusian human rights group that counts arrests, said 40. ' +
    'Oyelaran, a retired mail carrier, said no. Trivedi, the union’s president, spoke. Grace Adeyemi, a charity that … no. Outside, a group of men danced.';
  const spans = [spanOf(text, 'Lingxi Auto', 'PERSON'), spanOf(text, 'Abarona', 'LOC'), spanOf(text, 'Oyelaran', 'PERSON'), spanOf(text, 'Trivedi', 'PERSON'), spanOf(text, 'Grace Adeyemi', 'PERSON')];
  assert.deepEqual(named(text, companiesByContext(text, spans)), ['Enagás/ORG', 'Lingxi Auto/ORG', 'Abarona/ORG', 'Oyelaran/PERSON', 'Trivedi/PERSON', 'Grace Adeyemi/PERSON']);
});

test('a given name the model joined to a title and a place goes back to the person ("Darbhanga District Magistrate Rajeev" + "Ranjan Thakur"); not without a title', () => {
  const text = 'Darbhanga District Magistrate Rajeev Ranjan Thakur said so. Kosi Valley Rajeev Ranjan spoke.';
  const spans = [spanOf(text, 'Darbhanga District Magistrate Rajeev', 'LOC'), spanOf(text, 'Ranjan Thakur', 'PERSON'), spanOf(text, 'Kosi Valley Rajeev', 'LOC'), spanOf(text, 'Ranjan spoke', 'PERSON')];
  spans[3]!.end -= ' spoke'.length;
  assert.deepEqual(named(text, titledGivenNames(text, spans)), ['Darbhanga/LOC', 'Rajeev Ranjan Thakur/PERSON', 'Kosi Valley Rajeev/LOC', 'Ranjan/PERSON']);
});

test('"Songwriters and Composers Rights Society": a plural of people the model read as a people joins the body after "and"; not "Muslims and Christians Council"', () => {
  const text = 'The Songwriters and Composers Rights Society met. The Muslims and Christians Council met.';
  const spans = [spanOf(text, 'Songwriters', 'NORP'), spanOf(text, 'Composers Rights Society', 'ORG'), spanOf(text, 'Muslims', 'NORP'), spanOf(text, 'Christians Council', 'ORG')];
  assert.deepEqual(named(text, joinOrganisationTails(text, spans)), ['Songwriters and Composers Rights Society/ORG', 'Muslims/NORP', 'Christians Council/ORG']);
});

test('"Brisbane" "2032" "Organising Committee" is one body; "Save" opens a campaign\'s name ("Save Victoria Park Alliance")', () => {
  const text = 'The Brisbane 2032 Organising Committee met the Save Victoria Park Alliance in Brisbane in 2032.';
  const spans = [spanOf(text, 'Brisbane', 'GPE'), spanOf(text, 'Organising Committee', 'ORG'), spanOf(text, 'Victoria Park Alliance', 'ORG'), spanOf(text, 'Brisbane', 'GPE', 60)];
  assert.deepEqual(named(text, joinOrganisationTails(text, spans)), ['Brisbane 2032 Organising Committee/ORG', 'Save Victoria Park Alliance/ORG', 'Brisbane/GPE']);
});

test('"EU Office" "in" "Kosovo" is one body; "the Foreign Office in London" is a body and a place', () => {
  const text = 'The EU Office in Kosovo and the Foreign Office in London spoke.';
  const spans = [spanOf(text, 'EU Office', 'ORG'), spanOf(text, 'Kosovo', 'GPE'), spanOf(text, 'Foreign Office', 'ORG'), spanOf(text, 'London', 'GPE')];
  assert.deepEqual(named(text, joinOrganisationTails(text, spans)), ['EU Office in Kosovo/ORG', 'Foreign Office/ORG', 'London/GPE']);
});

test('"Aged Care Quality" "and" "Safety Commission" is one body; "Royal Commission" goes on with "into" and its subject', () => {
  const text = 'The Aged Care Quality and Safety Commission and the Royal Commission into Aged Care Quality and Safety met in Perth.';
  const spans = [spanOf(text, 'Aged Care Quality', 'OTHER'), spanOf(text, 'Safety Commission', 'ORG'), spanOf(text, 'Royal Commission', 'ORG'), spanOf(text, 'Aged Care Quality', 'OTHER', 60), spanOf(text, 'Perth', 'GPE')];
  assert.deepEqual(named(text, joinOrganisationTails(text, spans)), ['Aged Care Quality and Safety Commission/ORG', 'Royal Commission into Aged Care Quality and Safety/ORG', 'Perth/GPE']);
});

test('"ACT-" glued before "Wazalendo" opens a body\'s name; "Likud party" is "Likud" (not "Communist party"); "US-Mexico" stays two places', () => {
  const text = 'ACT-Wazalendo said no. The ruling Likud party agreed. The Communist party met near the US-Mexico border.';
  const spans = [spanOf(text, 'Wazalendo', 'PERSON'), spanOf(text, 'Likud party', 'ORG'), spanOf(text, 'Communist party', 'ORG'), spanOf(text, 'US', 'GPE'), spanOf(text, 'Mexico', 'GPE')];
  assert.deepEqual(named(text, joinOrganisationTails(text, joinHyphenatedNames(text, spans))), ['ACT-Wazalendo/ORG', 'Likud/ORG', 'Communist party/ORG', 'US/GPE', 'Mexico/GPE']);
});

test('"Tanaka" + "-ya" is one shop\'s name; "Tennessee-set" keeps the place alone', () => {
  const text = 'Tanaka-ya, a rival chain, warned shoppers before the Tennessee-set debate.';
  const spans = [spanOf(text, 'Tanaka', 'LOC'), spanOf(text, 'Tennessee', 'GPE')];
  assert.deepEqual(named(text, joinHyphenatedNames(text, spans)), ['Tanaka-ya/LOC', 'Tennessee/GPE']);
});

test('joins: "Han Jae-sung" tagged "Han Jae" as a body is a person with the given name\'s second syllable; "Air Asia-based" is not', () => {
  const text = 'Candidate Han Jae-sung and his spokeswoman Bae Ji-won met staff of Air Asia-based units.';
  const spans = [spanOf(text, 'Han Jae', 'ORG'), spanOf(text, 'Bae Ji', 'ORG'), spanOf(text, 'Air Asia', 'ORG')];
  assert.deepEqual(named(text, joinHyphenatedNames(text, spans)), ['Han Jae-sung/PERSON', 'Bae Ji-won/PERSON', 'Air Asia/ORG']);
});

test('the shipped model: two whole names joined by "and" are two names ("European Union and India"), one name with "and" inside is one', () => {
  const text = 'The European Union and India missed the deadline, the World Health Organization and UNICEF said, and the Food and Drug Administration agreed.';
  const spans = named(text, tag(shipped, text));
  assert.ok(spans.includes('European Union/ORG') && spans.includes('India/GPE'), spans.join());
  assert.ok(spans.includes('World Health Organization/ORG') && spans.includes('UNICEF/ORG'), spans.join());
  assert.ok(spans.includes('Food and Drug Administration/ORG'), spans.join());
});

test('a dateline\'s town is a place, also where the model read it as a person; a name before ", 29," or ", a 41-year-old" is a person\'s', () => {
  const text = 'BRANTLEY, Ohio — A man was charged on Sunday, Brantley police said. Mwanaisha, 29, who fled her village, said she was afraid. Roseline, a 41-year-old market vendor, said so. In Mosul, a 23-year-old man died. Yuyun, a 41-year-old vendor whose son fell ill, said so. Later that day in Kyiv, a 30-year-old woman was hurt.';
  const spans = [spanOf(text, 'BRANTLEY', 'PERSON'), spanOf(text, 'Ohio', 'GPE'), spanOf(text, 'Brantley', 'PERSON', 10), spanOf(text, 'Mosul', 'GPE'), spanOf(text, 'Yuyun', 'LOC'), spanOf(text, 'Kyiv', 'GPE')];
  assert.deepEqual(named(text, agedNames(text, datelinePlaces(text, spans))), ['BRANTLEY/GPE', 'Ohio/GPE', 'Brantley/GPE', 'Mwanaisha/PERSON', 'Roseline/PERSON', 'Mosul/GPE', 'Yuyun/PERSON', 'Kyiv/GPE']);
});

test('a singular name opening a sentence with a plural verb is a group ("Glass Harbor are …"); the first word of a company\'s name is the company', () => {
  const text = 'Glass Harbor are getting back together. Meridian Pictures moved the film. Meridian said the delay was short. Parts of Abaco are under water.';
  const spans = [spanOf(text, 'Glass Harbor', 'LOC'), spanOf(text, 'Meridian Pictures', 'ORG'), spanOf(text, 'Meridian', 'LOC', 60), spanOf(text, 'Abaco', 'LOC')];
  assert.deepEqual(named(text, companiesByContext(text, spans)), ['Glass Harbor/ORG', 'Meridian Pictures/ORG', 'Meridian/ORG', 'Abaco/LOC']);
});

test('names of bodies after a plural possessive of citizens, women, men: "Progressive Citizens\' Alliance" is one organisation', () => {
  const text = "The Progressive Citizens' Alliance said the crisis was predictable.";
  assert.deepEqual(named(text, joinOrganisationTails(text, [spanOf(text, 'Progressive Citizens', 'ORG'), spanOf(text, 'Alliance', 'ORG')])), ["Progressive Citizens' Alliance/ORG"]);
});

test('"X, one of Britain\'s largest housebuilders," names a company, whatever type the model gave it', () => {
  const text = "Harrowgate Homes, one of Britain's largest housebuilders, reported a fall in profit. Harrowgate Homes said prices rose.";
  const spans = [spanOf(text, 'Harrowgate Homes', 'LOC'), spanOf(text, 'Britain', 'GPE'), spanOf(text, 'Harrowgate Homes', 'LOC', 20)];
  assert.deepEqual(named(text, companiesByContext(text, spans)), ['Harrowgate Homes/ORG', 'Britain/GPE', 'Harrowgate Homes/ORG']);
});

test('a title\'s possessive and a capitalised head ("the Hollis County Sheriff\'s Office") is one organisation; a person\'s or place\'s possessive is not', () => {
  const text = "The Hollis County Sheriff's Office said Ireland's Office of the Data Commissioner and Trump's Office were told. The Information Commissioner’s Office agreed.";
  const spans = [spanOf(text, 'Hollis County', 'LOC'), spanOf(text, 'Ireland', 'GPE'), spanOf(text, 'Office of the Data Commissioner', 'ORG'), spanOf(text, 'Trump', 'PERSON')];
  assert.deepEqual(named(text, titledOffices(text, spans)), ["Hollis County Sheriff's Office/ORG", 'Ireland/GPE', 'Office of the Data Commissioner/ORG', 'Trump/PERSON', 'Information Commissioner’s Office/ORG']);
});

test('"Office of the" and capitalised words ending in an office-holder is one organisation, unless a name follows ("Office of the Attorney General Merrick Stone")', () => {
  const text = "Ireland's Office of the Data Commissioner and the Office of the High Commissioner for Human Rights wrote. The Office of the Attorney General Merrick Stone spoke at the Office of the Future.";
  const spans = [spanOf(text, 'Ireland', 'GPE'), spanOf(text, 'Office of the Data', 'ORG'), spanOf(text, 'Merrick Stone', 'PERSON'), spanOf(text, 'Office of the Future', 'ORG')];
  assert.deepEqual(named(text, titledOffices(text, spans)), ['Ireland/GPE', 'Office of the Data Commissioner/ORG', 'Office of the High Commissioner for Human Rights/ORG', 'Merrick Stone/PERSON', 'Office of the Future/ORG']);
});

test('the shipped model: two names each ending in a body\'s head, joined by "and", are two ("National Cyber Security Centre and West Yorkshire Police")', () => {
  const text = 'The trust was working with the National Cyber Security Centre and West Yorkshire Police to establish what had been taken.';
  const spans = named(text, tag(shipped, text));
  assert.ok(spans.includes('National Cyber Security Centre/ORG') && spans.includes('West Yorkshire Police/ORG'), spans.join());
});

test('a one-word place right before a person\'s name is the given name ("Mayen Garang Athian"), not after "of" or a preposition ("Mayor of London Sadiq Khan", "in Cairo Ahmed Said")', () => {
  const text = 'The press secretary, Mayen Garang Athian, said so. The Mayor of London Sadiq Khan agreed. In Cairo Ahmed Said wrote.';
  const spans = [spanOf(text, 'Mayen', 'LOC'), spanOf(text, 'Garang Athian', 'PERSON'), spanOf(text, 'London', 'GPE'), spanOf(text, 'Sadiq Khan', 'PERSON'), spanOf(text, 'Cairo', 'GPE'), spanOf(text, 'Ahmed Said', 'PERSON')];
  assert.deepEqual(named(text, extendNameStarts(text, spans)), ['Mayen Garang Athian/PERSON', 'London/GPE', 'Sadiq Khan/PERSON', 'Cairo/GPE', 'Ahmed Said/PERSON']);
});

test('a numbered division of a city is no name ("Ward 12 councillor Mandla Shabangu")', () => {
  const text = 'Ward 12 councillor Mandla Shabangu marched with residents. Mary Ward 12 times said so.';
  const spans = [spanOf(text, 'Ward', 'PERSON'), spanOf(text, 'Mandla Shabangu', 'PERSON'), spanOf(text, 'Mary Ward', 'PERSON')];
  assert.deepEqual(named(text, trimNumberTails(text, spans)), ['Mandla Shabangu/PERSON', 'Mary Ward/PERSON']);
});

test('a span does not go on into an amount ("Al Rimal Cement Co. for 4.1" of "… for 4.1 billion riyals")', () => {
  const text = 'The fund will buy a stake in Al Rimal Cement Co. for 4.1 billion riyals from the Council for Economic Affairs.';
  const spans = [spanOf(text, 'Al Rimal Cement Co. for 4.1', 'ORG'), spanOf(text, 'Council for Economic Affairs', 'ORG')];
  assert.deepEqual(named(text, trimNumberTails(text, spans)), ['Al Rimal Cement Co./ORG', 'Council for Economic Affairs/ORG']);
});

test('a plural possessive read as a thing, then a union, is one organisation ("Mineworkers’ Solidarity Union")', () => {
  const text = 'The Mineworkers’ Solidarity Union said the strike would go on.';
  assert.deepEqual(named(text, joinOrganisationTails(text, [spanOf(text, 'Mineworkers', 'OTHER'), spanOf(text, 'Solidarity Union', 'ORG')])), ['Mineworkers’ Solidarity Union/ORG']);
});

test('an organisation goes on over "&" ("Baird Kessling & Stroud LLP"); cited authors and listed people do not ("Baron & Beresford 2014", "Wyatt & Zach")', () => {
  const text = 'Fairhollow sued Baird Kessling & Stroud LLP on Monday, as noted by Baron & Beresford 2014. My heart breaks for Wyatt & Zach.';
  const spans = [spanOf(text, 'Baird Kessling', 'ORG'), spanOf(text, 'Baron', 'PERSON'), spanOf(text, 'Beresford', 'PERSON'), spanOf(text, 'Wyatt', 'PERSON'), spanOf(text, 'Zach', 'PERSON')];
  assert.deepEqual(named(text, joinAmpersands(text, spans)), ['Baird Kessling & Stroud LLP/ORG', 'Baron/PERSON', 'Beresford/PERSON', 'Wyatt/PERSON', 'Zach/PERSON']);
});

test('"Banco X", "Maison X" open companies\' names; "Shares in X", "X, which said it" make X a company, not "in Fall River said it"', () => {
  const text = 'Banco Meridional rose. Shares in Delorme fell. Kestrel Vale, which said it would cut jobs, fell. A clinic in Fall River said it had run out.';
  const spans = [spanOf(text, 'Banco Meridional', 'LOC'), spanOf(text, 'Delorme', 'LOC'), spanOf(text, 'Kestrel Vale', 'LOC'), spanOf(text, 'Fall River', 'LOC')];
  assert.deepEqual(named(text, companiesByContext(text, spans)), ['Banco Meridional/ORG', 'Delorme/ORG', 'Kestrel Vale/ORG', 'Fall River/LOC']);
  // A club's name after its opener, and its short name ("Deportivo Almarza" … "Almarza confirmed").
  const club = 'Kingsmere signed a striker from Deportivo Almarza. Almarza confirmed the deal.';
  const clubs = [spanOf(club, 'Kingsmere', 'ORG'), spanOf(club, 'Deportivo Almarza', 'LOC'), spanOf(club, 'Almarza', 'LOC', 50)];
  assert.deepEqual(named(club, companiesByContext(club, clubs)), ['Kingsmere/ORG', 'Deportivo Almarza/ORG', 'Almarza/ORG']);
});

test('a place\'s name that opens with a given name and goes on with a person\'s family name is that person ("Guadalupe Cárdenas del Toro" … "Cárdenas said"), not a body\'s ("Andy Warhol Foundation"); "Per-" opens "Per-Anders Nyqvist", not "Franco-"', () => {
  const text = 'Its leader, Guadalupe Cárdenas del Toro, spoke. Cárdenas said they would return. The Andy Warhol Foundation gave. Warhol painted. Coach Per-Anders Nyqvist agreed. Franco-German Smith left. Per-Olov Näslund chairs it. "No," Andrés Salas Bustamante said.';
  const spans = [spanOf(text, 'Guadalupe Cárdenas del Toro', 'LOC'), spanOf(text, 'Cárdenas', 'PERSON', text.indexOf('Cárdenas said')), spanOf(text, 'Andy Warhol Foundation', 'ORG'), spanOf(text, 'Warhol', 'PERSON', text.indexOf('Warhol painted')), spanOf(text, 'Anders Nyqvist', 'PERSON'), spanOf(text, 'German Smith', 'PERSON'), spanOf(text, 'Olov Näslund', 'PERSON'), spanOf(text, 'Salas Bustamante', 'PERSON')];
  assert.deepEqual(named(text, joinHyphenatedNames(text, peopleByFamilyName(text, spans))), ['Guadalupe Cárdenas del Toro/PERSON', 'Cárdenas/PERSON', 'Andy Warhol Foundation/ORG', 'Warhol/PERSON', 'Per-Anders Nyqvist/PERSON', 'German Smith/PERSON', 'Per-Olov Näslund/PERSON', 'Salas Bustamante/PERSON']);
  assert.deepEqual(named(text, extendNameStarts(text, [spanOf(text, 'Salas Bustamante', 'PERSON')])), ['Andrés Salas Bustamante/PERSON']);
  // "Senior adviser Per Ivar Lunde" tagged "Ivar Lunde": a first given name after a lower-case word; not a month ("in June Maria Lopez") or "Sister".
  const pair = 'Senior adviser Per Ivar Lunde said so. Elected in June Maria Lopez left, said Sister Beatriz Olarte.';
  assert.deepEqual(named(pair, extendNameStarts(pair, [spanOf(pair, 'Ivar Lunde', 'PERSON'), spanOf(pair, 'Maria Lopez', 'PERSON'), spanOf(pair, 'Beatriz Olarte', 'PERSON')])), ['Per Ivar Lunde/PERSON', 'Maria Lopez/PERSON', 'Beatriz Olarte/PERSON']);
});

test('"Édouard Saint-Fleur" tagged "Fleur" is the whole name: a given name, then a double-barrelled family name; not after a combining form ("Anna Franco-Smith")', () => {
  const text = 'Édouard Saint-Fleur, a member of the council, spoke. Anna Franco-Smith left. The Tele-Kom said.';
  const spans = [spanOf(text, 'Fleur', 'PERSON'), spanOf(text, 'Smith', 'PERSON'), spanOf(text, 'Kom', 'PERSON')];
  assert.deepEqual(named(text, joinHyphenatedNames(text, spans)), ['Édouard Saint-Fleur/PERSON', 'Smith/PERSON', 'Kom/PERSON']);
});

test('a dateline\'s dash has spaces or none around a dash sign, not a hyphen inside a word ("Saif Rashid al-Kaabi, Director-General of …")', () => {
  const text = 'Saif Rashid al-Kaabi, Director-General of the Authority, spoke.\nBRANTLEY, Ohio - A man was charged.';
  const spans = [spanOf(text, 'Saif Rashid al-Kaabi', 'PERSON'), spanOf(text, 'BRANTLEY', 'PERSON')];
  assert.deepEqual(named(text, datelinePlaces(text, spans)), ['Saif Rashid al-Kaabi/PERSON', 'BRANTLEY/GPE']);
});

test('three names ending in a person\'s family name are that person\'s ("Saif Rashid al-Kaabi" … "al-Kaabi"); a shop named after its owner is not ("Boulangerie Marceau")', () => {
  const text = 'Saif Rashid al-Kaabi spoke. Later al-Kaabi said more. Boulangerie Marceau closed; Marceau wept.';
  const spans = [spanOf(text, 'Saif Rashid al-Kaabi', 'GPE'), spanOf(text, 'al-Kaabi', 'PERSON', text.indexOf('al-Kaabi said')), spanOf(text, 'Boulangerie Marceau', 'LOC'), spanOf(text, 'Marceau', 'PERSON', text.indexOf('Marceau wept'))];
  assert.deepEqual(named(text, peopleByFamilyName(text, spans)), ['Saif Rashid al-Kaabi/PERSON', 'al-Kaabi/PERSON', 'Boulangerie Marceau/LOC', 'Marceau/PERSON']);
});

test('a name followed by its initials in brackets is a body\'s, whatever the model read it as ("Azienda Milanese Mobilità Urbana (AMMU)")', () => {
  const text = 'The city\'s transport company, Azienda Milanese Mobilità Urbana (AMMU), ran few trains. Maria Rossi (MR) spoke.';
  const spans = [spanOf(text, 'Azienda Milanese Mobilità Urbana', 'PERSON'), spanOf(text, 'Maria Rossi', 'PERSON')];
  assert.deepEqual(named(text, companiesByContext(text, spans)), ['Azienda Milanese Mobilità Urbana/ORG', 'Maria Rossi/PERSON']);
});

test('Malay and Arabic particles join the parts of one person\'s name ("Robert Ngumbang anak Sabai", "Maryam bint Rashid Al-Kuwari")', () => {
  const text = 'Robert Ngumbang anak Sabai spoke. Maryam bint Rashid Al-Kuwari agreed.';
  const spans = [spanOf(text, 'Robert Ngumbang', 'PERSON'), spanOf(text, 'Sabai', 'PERSON'), spanOf(text, 'Maryam', 'PERSON'), spanOf(text, 'Rashid Al-Kuwari', 'PERSON')];
  assert.deepEqual(named(text, joinOrganisationTails(text, spans)), ['Robert Ngumbang anak Sabai/PERSON', 'Maryam bint Rashid Al-Kuwari/PERSON']);
});

test('a possessive opening a sentence is no part of a body\'s name ("Its Ministry of Irrigation"), but stays in a title ("My Little Pony")', () => {
  const text = 'Its Ministry of Irrigation said so. She loved My Little Pony.';
  const spans = [spanOf(text, 'Its Ministry of Irrigation', 'ORG'), spanOf(text, 'My Little Pony', 'OTHER')];
  assert.deepEqual(named(text, trimNumberTails(text, spans)), ['Ministry of Irrigation/ORG', 'My Little Pony/OTHER']);
});

test('a given name and a family name cut at a second barrel are whole ("Raymond Oyelaran-Price"); two words that open with no given name are not ("Daily Mail-Times")', () => {
  const text = 'Judge Raymond Oyelaran-Price wrote. The Daily Mail-Times said.';
  const at = (w: string) => spanOf(text, w, 'PERSON');
  assert.deepEqual(named(text, joinHyphenatedNames(text, [at('Raymond Oyelaran'), at('Daily Mail')])), ['Raymond Oyelaran-Price/PERSON', 'Daily Mail/PERSON']);
});

test('a person\'s span that stops inside the nickname it opened goes on over the family name (\'Ma. Teresa "Tess" Dimaculangan\')', () => {
  const text = 'DFA spokesperson Ma. Teresa "Tess" Dimaculangan told the Inquirer. Senator Ma. Cecilia “Ces” Dumlao-Reyes said so.';
  const spans = [spanOf(text, 'Ma. Teresa "Tess', 'PERSON'), spanOf(text, 'Dimaculangan', 'PERSON'), spanOf(text, 'Ma. Cecilia “Ces', 'PERSON')];
  assert.deepEqual(named(text, closeNicknames(text, spans)), ['Ma. Teresa "Tess" Dimaculangan/PERSON', 'Ma. Cecilia “Ces” Dumlao-Reyes/PERSON']);
  // A span that starts inside a nickname loses its tail; a given name and a family name around a nickname are one name.
  const sal = 'Split with manager "Big Sal" Moretti. Their manager, Salvatore "Big Sal" Moretti, left.';
  const sals = [spanOf(sal, 'Sal" Moretti', 'PERSON'), spanOf(sal, 'Salvatore', 'PERSON'), spanOf(sal, 'Moretti', 'PERSON', sal.indexOf('Moretti,'))];
  assert.deepEqual(named(sal, closeNicknames(sal, sals)), ['Moretti/PERSON', 'Salvatore "Big Sal" Moretti/PERSON']);
});

test('a name given after "a group calling itself", "which calls itself", "a start-up called" is a body\'s everywhere; not "The company named X as …"', () => {
  const text = 'A criminal group calling itself Silent Ledger claimed the attack. Silent Ledger posted files. The company named Keiichi Mori as president.';
  const spans = [spanOf(text, 'Silent Ledger', 'ORG'), spanOf(text, 'Silent Ledger', 'PERSON', 60), spanOf(text, 'Keiichi Mori', 'PERSON')];
  assert.deepEqual(named(text, companiesByContext(text, spans)), ['Silent Ledger/ORG', 'Silent Ledger/ORG', 'Keiichi Mori/PERSON']);
});

test('bodies named in Spanish, Portuguese, Italian or French are organisations, opened at their head ("Defensoría del Pueblo" tagged "Pueblo")', () => {
  const text = 'The Defensoría del Pueblo said so. The Asociación Campesina del Alto Putumayo met. The Instituto para la Defensa de la Vida y el Territorio counted. Buenos Aires voted.';
  const spans = [spanOf(text, 'Pueblo', 'OTHER'), spanOf(text, 'Asociación Campesina del Alto Putumayo', 'LOC'), spanOf(text, 'Defensa de la Vida y el Territorio', 'LOC'), spanOf(text, 'Buenos Aires', 'GPE')];
  assert.deepEqual(named(text, romanceBodies(text, spans)), ['Defensoría del Pueblo/ORG', 'Asociación Campesina del Alto Putumayo/ORG', 'Instituto para la Defensa de la Vida y el Territorio/ORG', 'Buenos Aires/GPE']);
});

test('a Romance body\'s name runs on through its lower-case words to its short name in brackets, found also when only the short name is tagged; a head tagged apart joins the rest; not "Port Louis (PL)"', () => {
  const text = 'The Collectif national des pêcheurs artisanaux du Sénégal (CNPS) said so. The Direction de la protection et de la surveillance des pêches (DPSP) seized boats. The Comité por la Dignidad Carcelaria met. Acción Ciudadana por la Transparencia Judicial counted. Port Louis (PL) is a city. The Union of Teachers (UT) said no.';
  const spans = [spanOf(text, 'Collectif', 'ORG'), spanOf(text, 'Sénégal', 'GPE'), spanOf(text, 'CNPS', 'ORG'), spanOf(text, 'DPSP', 'ORG'), spanOf(text, 'Comité', 'ORG'), spanOf(text, 'Dignidad Carcelaria', 'ORG'), spanOf(text, 'Acción Ciudadana', 'PERSON'), spanOf(text, 'Transparencia Judicial', 'ORG'), spanOf(text, 'Port Louis', 'GPE'), spanOf(text, 'PL', 'ORG', text.indexOf('(PL')), spanOf(text, 'Union', 'ORG', text.indexOf('Union of')), spanOf(text, 'Teachers', 'ORG')];
  assert.deepEqual(named(text, romanceBodies(text, spans)), [
    'Collectif national des pêcheurs artisanaux du Sénégal/ORG', 'CNPS/ORG', 'Direction de la protection et de la surveillance des pêches/ORG', 'DPSP/ORG',
    'Comité por la Dignidad Carcelaria/ORG', 'Acción Ciudadana por la Transparencia Judicial/ORG', 'Port Louis/GPE', 'PL/ORG', 'Union/ORG', 'Teachers/ORG',
  ]);
});

test('a ministry of two portfolios is one body ("Ministry of Fisheries and the Blue Economy"), not a ministry and a force; a mission named with where it serves; a list of fields after "a"', () => {
  const text = 'The Ministry of Fisheries and the Blue Economy said so. The Ministry of Defence and the Army agreed. The OSCE Mission to Moldova spoke. A spokesperson said a Foreign, Commonwealth and Development Office official came.';
  const spans = [spanOf(text, 'Ministry of Fisheries', 'ORG'), spanOf(text, 'Blue Economy', 'ORG'), spanOf(text, 'Ministry of Defence', 'ORG'), spanOf(text, 'Army', 'ORG'), spanOf(text, 'OSCE Mission', 'OTHER'), spanOf(text, 'Moldova', 'LOC'), spanOf(text, 'Commonwealth and Development Office', 'ORG')];
  assert.deepEqual(named(text, joinOrganisationTails(text, extendNameStarts(text, spans))), [
    'Ministry of Fisheries and the Blue Economy/ORG', 'Ministry of Defence/ORG', 'Army/ORG', 'OSCE Mission to Moldova/ORG', 'Foreign, Commonwealth and Development Office/ORG',
  ]);
});

test('a body named "People\'s …" opens at "People\'s", with the place right before it ("Ho Chi Minh City People\'s Procuracy"); not "People\'s Republic"', () => {
  const text = "The Ho Chi Minh City People's Procuracy said so. The People's Court of Ho Chi Minh City will rule. The People's Republic of China said no. The Supreme People's Procuracy agreed.";
  const spans = [spanOf(text, 'Ho Chi Minh City', 'GPE'), spanOf(text, 'Procuracy', 'PERSON'), spanOf(text, 'Court of Ho Chi Minh City', 'LOC'), spanOf(text, 'Republic of China', 'LOC'), spanOf(text, 'Supreme People', 'ORG'), spanOf(text, 'Procuracy', 'ORG', 150)];
  assert.deepEqual(named(text, joinPeoplesBodies(text, spans)), ["Ho Chi Minh City People's Procuracy/ORG", "People's Court of Ho Chi Minh City/ORG", 'Republic of China/LOC', "Supreme People's Procuracy/ORG"]);
});

test('a Kyrgyz or Turkic patronymic word closes a person\'s name ("Aizada Nurbek kyzy", "Nurbek kyzy"); not after a place', () => {
  const text = 'Aizada Nurbek kyzy said so. Nurbek kyzy left. Osh uulu is no name.';
  const spans = [spanOf(text, 'Aizada Nurbek', 'PERSON'), spanOf(text, 'Nurbek', 'PERSON', 20), spanOf(text, 'Osh', 'GPE')];
  assert.deepEqual(named(text, closePatronymics(text, spans)), ['Aizada Nurbek kyzy/PERSON', 'Nurbek kyzy/PERSON', 'Osh/GPE']);
});

test('a double-barrelled name tagged as two people joined by its hyphen is one where the document writes it twice ("Halperin-Stern"); not once ("Ruiz-Lopez"), nor a ticket whose first name stands alone ("Biden-Harris")', () => {
  const text = 'Michal Halperin-Stern spoke. Halperin-Stern said so. Ruiz-Lopez left. Biden-Harris won; Biden-Harris and Biden spoke.';
  const at = (w: string, from = 0) => spanOf(text, w, 'PERSON', from);
  const spans = [at('Michal Halperin-Stern'), at('Halperin', 25), at('Stern', 35), at('Ruiz'), at('Lopez'), at('Biden'), at('Harris'), at('Biden', 85), at('Harris', 85)];
  assert.deepEqual(named(text, joinHyphenatedNames(text, spans)), ['Michal Halperin-Stern/PERSON', 'Halperin-Stern/PERSON', 'Ruiz/PERSON', 'Lopez/PERSON', 'Biden/PERSON', 'Harris/PERSON', 'Biden/PERSON', 'Harris/PERSON']);
});

test('a capitalised word ending in a vowel before a family name\'s particles is the given name ("Raimunda dos Santos Ferreira" tagged "Santos Ferreira"); not a title ("Governor dos Santos")', () => {
  const text = 'Raimunda dos Santos Ferreira spoke. Governor dos Santos left.';
  const spans = [spanOf(text, 'Santos Ferreira', 'PERSON'), spanOf(text, 'Santos', 'PERSON', 40)];
  assert.deepEqual(named(text, extendNameStarts(text, spans)), ['Raimunda dos Santos Ferreira/PERSON', 'dos Santos/PERSON']);
});

test('a given name and a first barrel before a one-word span of any type make a person ("Raymond Cardinal-Ahenakew" tagged "Ahenakew" as a body)', () => {
  const text = 'Chief Raymond Cardinal-Ahenakew said so. The Franco-German plan failed.';
  const spans = [spanOf(text, 'Ahenakew', 'ORG'), spanOf(text, 'German', 'NORP')];
  assert.deepEqual(named(text, joinHyphenatedNames(text, spans)), ['Raymond Cardinal-Ahenakew/PERSON', 'German/NORP']);
});

test('a one-word name the model read as a work is a body where the words after it name a company ("Scrivio, a London start-up")', () => {
  const text = 'Scrivio, a London start-up whose software drafts notes, raised money. Scrivio said so.';
  const spans = [spanOf(text, 'Scrivio', 'OTHER'), spanOf(text, 'Scrivio', 'OTHER', 10)];
  assert.deepEqual(named(text, companiesByContext(text, spans)), ['Scrivio/ORG', 'Scrivio/ORG']);
});

test('a word for where a person is from before a given name is no part of the name ("Londoner Kieran Mensah", "Briton Amy Lee"); not a given name ("Jordan Henderson", "Sami Ben Youssef")', () => {
  const text = 'Londoner Kieran Mensah won. Briton Amy Lee lost. Jordan Henderson scored. Sami Ben Youssef spoke.';
  const spans = [spanOf(text, 'Londoner Kieran Mensah', 'PERSON'), spanOf(text, 'Briton Amy Lee', 'PERSON'), spanOf(text, 'Jordan Henderson', 'PERSON'), spanOf(text, 'Sami Ben Youssef', 'PERSON')];
  assert.deepEqual(named(text, trimResidents(text, spans)), ['Kieran Mensah/PERSON', 'Amy Lee/PERSON', 'Jordan Henderson/PERSON', 'Sami Ben Youssef/PERSON']);
});

test('Catalan and Spanish family names joined by "i" or "y" are one person ("Oriol Bertran i Soler"); not after a one-word name', () => {
  const text = 'Oriol Bertran i Soler spoke; José Ortega y Gasset wrote; Marta i Joan left.';
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, type: 'PERSON' as const, confidence: 0.7 });
  assert.deepEqual(named(text, joinOrganisationTails(text, [at('Oriol Bertran'), at('Soler'), at('José Ortega'), at('Gasset'), at('Marta'), at('Joan')])), [
    'Oriol Bertran i Soler/PERSON', 'José Ortega y Gasset/PERSON', 'Marta/PERSON', 'Joan/PERSON',
  ]);
});

test('a company\'s legal form after the name joins it as a body ("Arktisk Fiber AS", "Vestas A/S", "Siemens AG"); not "as" in lower case', () => {
  const text = 'Arktisk Fiber AS said; Vestas A/S and Siemens AG agreed; Maria Lund as chair spoke.';
  const at = (w: string, type: 'PERSON' | 'LOC' | 'ORG') => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, type, confidence: 0.6 });
  assert.deepEqual(named(text, joinOrganisationTails(text, [at('Arktisk Fiber', 'PERSON'), at('Vestas', 'LOC'), at('Siemens', 'ORG'), at('Maria Lund', 'PERSON')])), [
    'Arktisk Fiber AS/ORG', 'Vestas A/S/ORG', 'Siemens AG/ORG', 'Maria Lund/PERSON',
  ]);
});

test('a body\'s name goes on over the words its initials in brackets spell ("Association of Banks in Lebanon (ABL)"); not when they do not', () => {
  const text = 'The Association of Banks in Lebanon (ABL) said. The Union of Workers in Beirut (UWX) said.';
  const at = (w: string, type: 'GPE' | 'ORG') => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, type, confidence: 0.6 });
  assert.deepEqual(named(text, joinSpelledTails(text, [at('Association of Banks', 'ORG'), at('Lebanon', 'GPE'), at('Union of Workers', 'ORG'), at('Beirut', 'GPE')])), [
    'Association of Banks in Lebanon/ORG', 'Union of Workers/ORG', 'Beirut/GPE',
  ]);
});

test('a first given name after a lower-case word and a comma opens the name ("the committee\'s chair, Per Ivar Hågensen")', () => {
  const text = 'Inside, the committee\'s chair, Per Ivar Hågensen, said no.';
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, type: 'PERSON' as const, confidence: 0.7 });
  assert.deepEqual(named(text, extendNameStarts(text, [at('Ivar Hågensen')])), ['Per Ivar Hågensen/PERSON']);
});

test('a Portuguese particle after a given name opens a one-word family name read as a place ("Filipa Morais do Carmo"); a Romance body runs on over "do" to a name read as a person\'s, not to a given name', () => {
  const text = 'Filipa Morais do Carmo said. The Associação de Inquilinos do Centro Histórico said. The Associação de Inquilinos do Pedro Alves said.';
  const person = [spanOf(text, 'Filipa Morais', 'PERSON'), spanOf(text, 'Carmo', 'LOC')];
  assert.deepEqual(named(text, joinOrganisationTails(text, person)), ['Filipa Morais do Carmo/PERSON']);
  const at = text.indexOf('The Associação', 40);
  const bodies = [spanOf(text, 'Associação de Inquilinos', 'ORG'), spanOf(text, 'Centro Histórico', 'PERSON'), spanOf(text, 'Associação de Inquilinos', 'ORG', at), spanOf(text, 'Pedro Alves', 'PERSON')];
  assert.deepEqual(named(text, romanceBodies(text, bodies)), ['Associação de Inquilinos do Centro Histórico/ORG', 'Associação de Inquilinos/ORG', 'Pedro Alves/PERSON']);
});

test('the second of two peoples\' words joined by a hyphen is no part of a body\'s name ("the British-Swedish Norrsken Minerals")', () => {
  const text = 'The company, the British-Swedish Norrsken Minerals, said. Swedish Match said.';
  assert.deepEqual(named(text, trimResidents(text, [spanOf(text, 'Swedish Norrsken Minerals', 'ORG'), spanOf(text, 'Swedish Match', 'ORG')])), ['Norrsken Minerals/ORG', 'Swedish Match/ORG']);
});

test('words whose capitals spell an organisation\'s acronym tagged in the document are its name ("Public Investment Fund" beside "PIF"); not over a span, not a person\'s acronym, not a title', () => {
  const text = 'PIF said. When the Public Investment Fund unveiled its plan, Pauline Ida Ford spoke. JKL said; John Kay Lee left. ASP Koroma, an Assistant Superintendent of Police, spoke.';
  const spans = [spanOf(text, 'PIF', 'ORG'), spanOf(text, 'Pauline Ida Ford', 'PERSON'), spanOf(text, 'JKL', 'PERSON'), spanOf(text, 'ASP', 'ORG')];
  assert.deepEqual(named(text, spelledAcronyms(text, spans)), ['PIF/ORG', 'Public Investment Fund/ORG', 'Pauline Ida Ford/PERSON', 'JKL/PERSON', 'ASP/ORG']);
});

test('a town in capitals, a dash and a name read as one span at a line\'s start are a place and the name ("BRUSSELS - Kinvo"); not mid-line', () => {
  const text = 'BRUSSELS - Kinvo on Monday lodged an appeal.\nThey met the AFL - CIO team.';
  const spans = [spanOf(text, 'BRUSSELS - Kinvo', 'ORG'), spanOf(text, 'AFL - CIO', 'ORG')];
  assert.deepEqual(named(text, datelinePlaces(text, spans)), ['BRUSSELS/GPE', 'Kinvo/ORG', 'AFL - CIO/ORG']);
});

test('a known given name and "von" before a one-word name read as a place make a person ("Friederike von Bülow-Rantzau"); not after an unknown word', () => {
  const text = 'Friederike von Bülow-Rantzau spoke. The Schloss von Bülow-Rantzau stood.';
  const spans = [spanOf(text, 'Bülow-Rantzau', 'LOC'), spanOf(text, 'Bülow-Rantzau', 'LOC', 40)];
  assert.deepEqual(named(text, extendNameStarts(text, spans)), ['Friederike von Bülow-Rantzau/PERSON', 'Bülow-Rantzau/LOC']);
});
