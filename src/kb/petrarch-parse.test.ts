import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeAt } from './codes.js';
import { decodeActor, encodeActor, petrarchToEntry } from './petrarch.js';
import { parseActorDictionary, parseCodeSpec, parsePetrarchDate, phraseToName } from './petrarch-parse.js';

const SAMPLE = [
  '# comment line',
  'ISRAEL_  [ISR]',
  '+ISRAELI_ ',
  'BENJAMIN_NETANYAHU_  # CountryInfo.txt',
  '+BINYAMIN_NETANYAHU_',
  '+NETANYAHU',
  '\t[ISRELI 670101-960618]',
  '\t[ISRGOV 960618-990706]',
  '\t[ISRGOV >090401]',
  '\t[ISRELI]',
  'U.N._',
  'JAVIER_SOLANA_\t[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006] # IGOrulers.txt',
  'BAD_DATES_ [KORGOVBUS 2004017-20061201]',
  '<!-- a block',
  'IGNORED_ [XXX]',
  '-->',
].join('\n');

describe('PETRARCH2 actor parsing', () => {
  const actors = parseActorDictionary(SAMPLE, 'countries');

  it('reads records, synonyms and codes; drops records without a usable code', () => {
    assert.deepEqual(actors.map((a) => a.name), ['Israel', 'Benjamin Netanyahu', 'Javier Solana']);
    const [israel, bibi, solana] = actors;
    assert.equal(israel?.type, 'GPE');
    assert.deepEqual(israel?.aliases, ['Israeli']);
    assert.equal(bibi?.type, 'PERSON');
    assert.deepEqual(bibi?.aliases, ['Binyamin Netanyahu'], 'surname-only synonym dropped');
    assert.deepEqual(bibi?.codes[2], { code: 'ISRGOV', start: '2009-04-01' });
    assert.equal(bibi?.code, 'ISRELI');
    assert.deepEqual(solana?.codes.map((c) => c.code), ['IGOEUREEC', 'IGOWSTNAT']);
  });

  it('reads dates in both widths and rejects malformed ones', () => {
    assert.equal(parsePetrarchDate('960618'), '1996-06-18');
    assert.equal(parsePetrarchDate('090401'), '2009-04-01');
    assert.equal(parsePetrarchDate('20170120'), '2017-01-20');
    assert.equal(parsePetrarchDate('1920050709'), '2005-07-09');
    assert.equal(parsePetrarchDate('991399'), undefined);
    assert.deepEqual(parseCodeSpec('USRARM <900823'), { code: 'USRARM', end: '1990-08-23' });
    assert.deepEqual(parseCodeSpec('ARMUNR 9008223-911221'), { code: 'ARMUNR', start: '1990-08-22', end: '1991-12-21' }, '7 digits: first 6 as YYMMDD');
    assert.equal(parseCodeSpec('KORGOVBUS 2004017-20061201'), undefined, 'start after end');
    assert.equal(parseCodeSpec('---'), undefined);
  });

  it('title-cases phrases, keeping acronyms', () => {
    assert.equal(phraseToName('UNITED_STATES_OF_AMERICA_'), 'United States of America');
    assert.equal(phraseToName('THE_UNITED_NATIONS_'), 'The United Nations');
    assert.equal(phraseToName('PKK'), 'PKK');
    assert.equal(phraseToName('SECRETARY-GENERAL_BAN_KI-MOON'), 'Secretary-General Ban Ki-Moon');
    // a person's name has no acronyms, only regnal numbers
    assert.equal(phraseToName('ALI_AHMAD_JALALI', true), 'Ali Ahmad Jalali');
    assert.equal(phraseToName('JOE_BIDEN', true), 'Joe Biden');
    assert.equal(phraseToName('ANWAR_UL_HAQ_AHADY', true), 'Anwar Ul Haq Ahady');
    assert.equal(phraseToName('ABDULLAH_II', true), 'Abdullah II');
    assert.equal(phraseToName('RAVAN_A.G._FARHADI', true), 'Ravan A.G. Farhadi');
    assert.equal(phraseToName('JFK', true), 'JFK');
    assert.equal(phraseToName('XI_JINPING', true), 'Xi Jinping');
    assert.equal(phraseToName('ALI', false), 'ALI');
  });

  it('round-trips through the stored form and applies codes in file order', () => {
    const bibi = actors[1]!;
    const entry = petrarchToEntry(decodeActor(encodeActor(bibi), 'countries'));
    assert.deepEqual(entry.codes, bibi.codes);
    assert.equal(codeAt(entry, '1998-01-01'), 'ISRGOV');
    assert.equal(codeAt(entry, '2003-01-01'), 'ISRELI');
    assert.equal(codeAt(entry, '2015-01-01'), 'ISRGOV');
    assert.match(entry.source, /Phoenix\.Countries\.actors\.txt/);
  });
});

describe('PETRARCH2 entity types', () => {
  it('types a dated country record as a place, not a person', () => {
    const [ukraine] = parseActorDictionary('UKRAINE_\n+UKRAINIAN_\n\t[USRUKR <910824]\n\t[UKRUNR 910824-911221]\n\t[UKR >911221]\n', 'countries');
    assert.equal(ukraine?.type, 'GPE');
    const [congress] = parseActorDictionary('UNITED_STATES_CONGRESS_\n\t[USALEG]\n', 'countries');
    assert.equal(congress?.type, 'ORG');
    const [annan] = parseActorDictionary('KOFI_ANNAN_\n\t[IGOUNO 970101-061231]\n\t[ELI]\n', 'international');
    assert.equal(annan?.type, 'PERSON');
  });
});
