import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { codeAt } from './codes.js';
import { DEFAULT_KB_DIR, loadKb, CURATED_FILES, type KbDataFile } from './load.js';
import { holders, rolesAt } from './roles.js';
import type { KbEntry } from './types.js';

const kb = loadKb();
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function curated(file: string): KbEntry[] {
  return (JSON.parse(readFileSync(join(DEFAULT_KB_DIR, file), 'utf8')) as KbDataFile).entries;
}

function ids(name: string): string[] {
  return kb.lookup(name).map((e) => e.id);
}

function first(name: string): KbEntry {
  const hit = kb.lookup(name)[0];
  assert.ok(hit, `no entry for ${name}`);
  return hit;
}

function validDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return ISO_DAY.test(day) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

describe('kb data', () => {
  it('has every UN member, both observers, Taiwan and Kosovo', () => {
    const countries = curated('countries.json');
    assert.equal(countries.filter((c) => c.status === 'member').length, 193);
    assert.deepEqual(countries.filter((c) => c.status === 'observer').map((c) => c.id).sort(), ['PSE', 'VAT']);
    assert.deepEqual(countries.filter((c) => c.status === 'other').map((c) => c.id).sort(), ['TWN', 'XKX']);
    for (const c of countries) {
      assert.match(c.id, /^[A-Z]{3}$/);
      assert.equal(c.type, 'GPE');
      assert.ok(c.capital && kb.get(c.capital)?.country === c.id, `capital of ${c.id}`);
    }
  });

  it('has no duplicate ids across curated files and every entry has a source', () => {
    const seen = new Set<string>();
    for (const file of CURATED_FILES) {
      for (const entry of curated(file)) {
        assert.ok(!seen.has(entry.id), `duplicate id ${entry.id}`);
        seen.add(entry.id);
        assert.ok(entry.source.trim().length > 0, `no source on ${entry.id}`);
        for (const role of entry.roles) assert.ok(role.source.trim().length > 0, `role without source on ${entry.id}`);
      }
    }
    assert.ok(curated('people.json').length >= 150);
  });

  it('knows ethnic and religious groups as peoples, religions with their Phoenix agent code', () => {
    assert.deepEqual(kb.lookup('Rohingya').map((e) => [e.id, e.type, e.country]), [['group:rohingya', 'NORP', 'MMR']]);
    assert.equal(kb.lookup('Shiite')[0]?.code, 'MUS');
    assert.equal(kb.lookup('Catholics')[0]?.code, 'CHRCTH');
    // A place keeps its own name: Amhara the region is listed before the Amharas.
    assert.equal(kb.lookup('Amhara')[0]?.id, 'place:amhara');
  });

  it('resolves every role affiliation and country, with valid ordered dates', () => {
    for (const entry of kb.entries()) {
      if (entry.country) assert.ok(kb.get(entry.country), `${entry.id}: country ${entry.country}`);
      for (const role of entry.roles) {
        assert.ok(kb.get(role.affiliation), `${entry.id}: affiliation ${role.affiliation}`);
        if (role.start) assert.ok(validDay(role.start), `${entry.id}: start ${role.start}`);
        if (role.end) assert.ok(validDay(role.end), `${entry.id}: end ${role.end}`);
        if (role.start && role.end) assert.ok(role.start <= role.end, `${entry.id}: ${role.start} > ${role.end}`);
      }
    }
  });

  it('gives every person a gender and keeps surnames out of aliases', () => {
    for (const person of curated('people.json')) {
      assert.ok(person.gender === 'male' || person.gender === 'female', person.id);
      for (const alias of person.aliases) assert.ok(/\s/.test(alias) || alias.length <= 4 || alias === alias.toUpperCase() || !person.name.endsWith(alias), `${person.id}: surname alias ${alias}`);
    }
  });
});

describe('lookup', () => {
  it('finds the United States by its many spellings', () => {
    for (const name of ['U.S.', 'US', 'U.S', 'u.s.', 'USA', 'America', 'United States of America', 'the United States', 'American', 'Americans']) {
      assert.equal(first(name).id, 'USA', name);
    }
  });

  it('finds the United Kingdom, France by demonym, Palestine and Russia', () => {
    assert.equal(first('Britain').id, 'GBR');
    assert.equal(first('the United Kingdom').id, 'GBR');
    assert.equal(first('U.K.').id, 'GBR');
    assert.equal(first('French').id, 'FRA');
    assert.equal(first('State of Palestine').id, 'PSE');
    assert.equal(first('Palestinians').id, 'PSE');
    assert.equal(first('Russian Federation').id, 'RUS');
    assert.equal(first('Côte d’Ivoire').id, 'CIV');
    assert.equal(first("Cote d'Ivoire").id, 'CIV');
  });

  it('finds organisations and gives their codes', () => {
    assert.equal(first('Hamas').id, 'org:hamas');
    assert.equal(first('Hamas').code, 'PSEREBHMS');
    assert.equal(first('UN').id, 'org:un');
    assert.equal(first('U.N.').code, 'IGOUNO');
    assert.equal(first('IDF').code, 'ISRMIL');
    assert.equal(first('State Department').country, 'USA');
  });

  it('resolves full names but not a surname alone', () => {
    assert.deepEqual(ids('Witkoff'), []);
    assert.equal(first('Steve Witkoff').id, 'person:steve-witkoff');
    assert.equal(first('Steven Witkoff').id, 'person:steve-witkoff');
    assert.equal(first('Keir Starmer').gender, 'male');
  });

  it('lists curated entries before PETRARCH2 ones', () => {
    const hits = kb.lookup('Benjamin Netanyahu');
    assert.equal(hits[0]?.id, 'person:benjamin-netanyahu');
    assert.ok(hits.some((e) => e.id.startsWith('petr:')), 'PETRARCH2 entry also listed');
    assert.ok(hits.findIndex((e) => e.id.startsWith('petr:')) > 0);
  });
});

describe('dated roles', () => {
  const biden = first('Joe Biden');
  const trump = first('Donald Trump');

  it('knows who was President of the United States when', () => {
    assert.ok(rolesAt(biden, '2024-06-01').some((r) => r.title === 'President' && r.affiliation === 'USA'));
    assert.ok(!rolesAt(biden, '2025-06-01').some((r) => r.title === 'President'));
    assert.ok(rolesAt(trump, '2025-06-01').some((r) => r.title === 'President' && r.affiliation === 'USA'));
    assert.ok(!rolesAt(trump, '2022-06-01').some((r) => r.title === 'President'));
    assert.deepEqual(holders(kb, 'President', 'USA', '2019-06-01').map((e) => e.id), ['person:donald-trump']);
    assert.deepEqual(holders(kb, 'president', 'USA', '2021-01-20').map((e) => e.id), ['person:joe-biden']);
    assert.deepEqual(holders(kb, 'Vice President', 'USA', '2015-01-01').map((e) => e.id), ['person:joe-biden']);
  });

  it('has the required officials', () => {
    assert.deepEqual(holders(kb, 'Prime Minister', 'GBR', '2025-01-01').map((e) => e.id), ['person:keir-starmer']);
    assert.deepEqual(holders(kb, 'President', 'FRA', '2020-01-01').map((e) => e.id), ['person:emmanuel-macron']);
    assert.deepEqual(holders(kb, 'Secretary of State', 'USA', '2025-03-01').map((e) => e.id), ['person:marco-rubio']);
    assert.deepEqual(holders(kb, 'Special Envoy to the Middle East', 'USA', '2025-10-01').map((e) => e.id), ['person:steve-witkoff']);
    assert.deepEqual(holders(kb, 'Prime Minister', 'ISR', '2022-01-01').map((e) => e.id), ['person:naftali-bennett']);
    assert.deepEqual(holders(kb, 'Prime Minister', 'ISR', '2015-01-01').map((e) => e.id), ['person:benjamin-netanyahu']);
    assert.deepEqual(holders(kb, 'Prime Minister', 'ISR', '2024-01-01').map((e) => e.id), ['person:benjamin-netanyahu']);
    assert.ok(first('Tommy Pigott').roles.some((r) => r.affiliation === 'org:us-state-department'));
  });

  it('has one holder per head-of-state or government post at any day', () => {
    const posts = new Map<string, Array<[string, string]>>();
    for (const entry of kb.entries()) {
      for (const r of entry.roles) {
        if (!['President', 'Prime Minister', 'Chancellor', 'King', 'Emir', 'Secretary-General'].includes(r.title)) continue;
        const key = `${r.title}|${r.affiliation}`;
        const spans = posts.get(key) ?? [];
        spans.push([r.start ?? '0000-00-00', r.end ?? '9999-12-31']);
        posts.set(key, spans);
      }
    }
    for (const [key, spans] of posts) {
      spans.sort((a, b) => a[0].localeCompare(b[0]));
      for (let i = 1; i < spans.length; i++) {
        assert.ok(spans[i - 1]![1] <= spans[i]![0], `${key}: ${spans[i - 1]!.join('..')} overlaps ${spans[i]!.join('..')}`);
      }
    }
  });
});

describe('PETRARCH2 entries', () => {
  it('are loaded with dated codes, applied in file order', () => {
    const petr = kb.get('petr:benjamin-netanyahu');
    assert.ok(petr, 'petr:benjamin-netanyahu');
    assert.equal(petr.type, 'PERSON');
    assert.ok(petr.codes?.some((c) => c.code === 'ISRGOV' && c.start === '2009-04-01' && c.end === undefined));
    assert.equal(codeAt(petr, '2012-01-01'), 'ISRGOV');
    assert.equal(codeAt(petr, '1985-01-01'), 'ISRELI');
    const usa = kb.get('petr:united-states-of-america');
    assert.equal(usa?.type, 'GPE');
    assert.equal(usa?.code, 'USA');
    let count = 0;
    for (const e of kb.entries()) if (e.id.startsWith('petr:')) count++;
    assert.ok(count > 20000, `only ${count} PETRARCH2 entries`);
  });

  it('split the cities and landmarks off a country\'s list: places of their own, coded as the country', () => {
    for (const [name, country, code] of [['Fresno', 'petr:united-states-of-america', 'USA'], ['Lake Nasser', 'petr:egypt', 'EGY']] as const) {
      const [place] = kb.lookup(name);
      assert.equal(place?.name, name);
      assert.equal(place?.type, 'GPE');
      assert.equal(place?.code, code);
      assert.equal(place?.country, country);
      assert.ok(kb.get(place!.id));
    }
    // Names of the country stay its names.
    for (const name of ['U.S.', 'States of America', 'United Sates', 'American']) assert.ok(ids(name).includes('petr:united-states-of-america'), name);
    assert.ok(!kb.get('petr:united-states-of-america')!.aliases.includes('Fresno'));
  });

  it('can be left out', () => {
    const small = loadKb(undefined, { petrarch: false });
    assert.ok(small.size < kb.size);
    assert.equal(small.get('petr:benjamin-netanyahu'), undefined);
    assert.equal(small.lookup('Hamas')[0]?.id, 'org:hamas');
  });
});

it('a short acronym is found only in capitals or as an abbreviation: "Us", "Who", "La" are other words', () => {
  const kb = loadKb();
  for (const [text, id] of [['US', 'USA'], ['u.s.', 'USA'], ['WHO', 'org:who'], ['LA', 'city:los-angeles'], ['Nato', 'org:nato'], ['JeM', 'org:jem']] as const) {
    assert.equal(kb.lookup(text)[0]?.id, id, text);
  }
  for (const text of ['Us', 'Who', 'La', 'Un', 'It', 'Jem']) assert.deepEqual(kb.lookup(text).map((e) => e.id), [], text);
});

it('UK and US regulators are organisations with their government\'s code ("Ofsted", "Care Quality Commission", "FDA")', () => {
  const kb = loadKb();
  for (const [name, code] of [['Ofsted', 'GBRGOV'], ['CQC', 'GBRGOV'], ['Food and Drug Administration', 'USAGOV'], ['FAA', 'USAGOV']] as const) {
    const e = kb.lookup(name)[0];
    assert.equal(e?.type, 'ORG', name);
    assert.equal(e?.code, code, name);
  }
});

it('national police forces, UN missions, public broadcasters, UK departments and parties added in session 18 are organisations with their codes', () => {
  for (const [name, code] of [['An Garda Síochána', 'IRLCOP'], ['RCMP', 'CANCOP'], ['BINUH', 'IGOUNO'], ['CBC/Radio-Canada', 'CANMED'], ['Defra', 'GBRGOV'], ["Lloyd's of London", 'GBRBUS'], ['Servant of the People', 'UKRPTY'], ['Pakistan Tehreek-i-Insaf', 'PAKPTY']] as const) {
    const entry = kb.lookup(name).find((e) => e.type === 'ORG' && !e.id.startsWith('petr:'));
    assert.equal(entry?.code, code, name);
  }
});
