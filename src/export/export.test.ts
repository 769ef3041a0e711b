import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Doc, Event } from '../model/doc.js';
import { createDoc } from '../model/create.js';
import { gdeltHeader, toGdeltRows } from './gdelt.js';
import { ploverEntity, toPloverRecords } from './plover.js';
import { QUAD_CODE } from './quad.js';

function doc(events: Partial<Event>[]): Doc {
  const d = createDoc({ kind: 'inline', location: 'test' });
  d.id = 'd1';
  d.text = 'Qatar and Egypt mediated. Israel did not attack.';
  d.published = '2025-07-25T10:00:00Z';
  d.url = 'https://example.org/a';
  d.sentences = [{ start: 0, end: 25 }, { start: 26, end: 48 }];
  const base: Event = {
    id: 'ev', actor: { name: 'Qatar', code: 'QAT' }, recipient: null, event: 'CONSULT', mode: 'third-party', contexts: ['diplomatic'],
    cameo: '045', modality: 'asserted', negated: false, start: 16, end: 24, text: 'mediated',
  };
  d.events = events.map((e, k) => ({ ...base, id: `ev${k + 1}`, ...e }));
  return d;
}

const mediation = doc([{}, { actor: { name: 'Egypt', code: 'EGY' } }, { actor: { name: 'Israel', code: 'ISR' }, event: 'ASSAULT', cameo: '190', negated: true, start: 40, end: 46, text: 'attack', mode: null }]);

test('PLOVER records: one per trigger, actors merged, negated left out, ontology field names', () => {
  const records = toPloverRecords(mediation);
  assert.equal(records.length, 1);
  const r = records[0]!;
  assert.deepEqual(r.event, ['CONSULT']);
  assert.deepEqual(r.actor.map((a) => a.code), ['QAT', 'EGY']);
  assert.equal(r.date, '2025-07-25');
  assert.equal(r.quad_code, 1);
  assert.deepEqual(r.mode, ['third-party']);
  assert.deepEqual(r.event_text, ['mediated']);
  const ontology = JSON.parse(readFileSync(new URL('../../data/reference/plover/ontology.json', import.meta.url), 'utf8')) as {
    event_record_fields: { name: string; required: boolean }[];
    entity_object_fields: { name: string }[];
    categories: { name: string; quad_code: number }[];
  };
  const fields = new Set(ontology.event_record_fields.map((f) => f.name));
  for (const key of Object.keys(r)) assert.ok(fields.has(key), `${key} is a PLOVER record field`);
  for (const f of ontology.event_record_fields.filter((x) => x.required)) assert.ok(f.name in r, `required ${f.name}`);
  const entityFields = new Set(ontology.entity_object_fields.map((f) => f.name));
  for (const key of Object.keys(r.actor[0]!)) assert.ok(entityFields.has(key), `${key} is a PLOVER entity field`);
  for (const c of ontology.categories) assert.equal(QUAD_CODE[c.name as keyof typeof QUAD_CODE], c.quad_code, c.name);
});

test('PLOVER entity: country and sector split; future intentions recoded', () => {
  assert.deepEqual(ploverEntity({ name: 'Israeli troops', code: 'ISRMIL' }), { code: 'ISR', sector: 'MIL', entity_text: 'Israeli troops' });
  assert.deepEqual(ploverEntity({ name: 'rebels', code: '---REB' }), { code: '---', sector: 'REB', entity_text: 'rebels' });
  const future = toPloverRecords(doc([{ event: 'SUPPORT', cameo: '054', modality: 'future', mode: null }]));
  assert.deepEqual(future[0]!.event, ['AGREE']);
});

test('GDELT rows: header, one row per counted event, codes, root, quad, offset, no tabs inside fields', () => {
  const header = gdeltHeader();
  assert.deepEqual(header.slice(0, 9), ['GLOBALEVENTID', 'SQLDATE', 'Actor1Code', 'Actor1Name', 'Actor2Code', 'Actor2Name', 'EventCode', 'EventRootCode', 'QuadClass']);
  const rows = toGdeltRows(mediation);
  assert.equal(rows.length, 2);
  const row = Object.fromEntries(header.map((h, k) => [h, rows[0]![k]]));
  assert.equal(row.SQLDATE, '20250725');
  assert.equal(row.Actor1Code, 'QAT');
  assert.equal(row.EventCode, '045');
  assert.equal(row.EventRootCode, '04');
  assert.equal(row.QuadClass, '1');
  assert.equal(row.SOURCEURL, 'https://example.org/a');
  assert.equal(row.MentionOffset, '16');
  const tabbed = toGdeltRows(doc([{ actor: { name: 'A\tB', code: 'QAT' } }]));
  assert.ok(tabbed[0]!.every((f) => !f.includes('\t')));
  for (const r of rows) assert.equal(r.length, header.length);
});
