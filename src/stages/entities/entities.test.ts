import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../../test/helpers/analyze.js';
import { FIXTURE_ENTRIES, testKb } from '../../../test/helpers/kb.js';
import { loadNerModel, type NerModel } from './ner/index.js';
import { loadKb } from '../../kb/index.js';
import type { Doc, Entity } from '../../model/doc.js';

const byName = (doc: Doc, name: string): Entity => {
  const e = doc.entities.find((x) => x.name === name);
  assert.ok(e, `no entity ${name}: ${doc.entities.map((x) => x.name).join(', ')}`);
  return e;
};

test('KB names link, surnames and spellings join their entity', async () => {
  const doc = await analyzeText('U.S. Special Envoy Steve Witkoff met officials. Witkoff said the United States would act. The US left.');
  const witkoff = byName(doc, 'Steve Witkoff');
  assert.equal(witkoff.type, 'PERSON');
  assert.equal(witkoff.kb, 'person:steve-witkoff');
  assert.equal(witkoff.code, 'USAGOV');
  assert.deepEqual(witkoff.mentions.map((m) => m.text), ['Steve Witkoff', 'Witkoff']);
  const us = byName(doc, 'United States');
  assert.deepEqual(us.mentions.map((m) => m.text), ['U.S.', 'United States', 'US']);
  assert.equal(doc.entities.filter((e) => e.kb === 'USA').length, 1);
});

test('a name the article spells a second way joins the first spelling; a given name is not a surname respelled', async () => {
  const curator = await analyzeText('Kristen Wilkins, the curator, opened the show on Friday. "It took two years," said Kristin Wilkins. Wilkins thanked the donors.');
  assert.deepEqual(curator.entities.map((e) => [e.name, e.mentions.map((m) => m.text)]), [['Kristen Wilkins', ['Kristen Wilkins', 'Kristin Wilkins', 'Wilkins']]]);
  const shelter = await analyzeText('The shelter is run by Anneliese Maurer. Mauer said it would stay open through the winter.');
  assert.deepEqual(byName(shelter, 'Anneliese Maurer').mentions.map((m) => m.text), ['Anneliese Maurer', 'Mauer']);
  const final = await analyzeText('Serena Williams won the final on Sunday. Prince William watched from the royal box, and William said he had enjoyed it.');
  assert.deepEqual(byName(final, 'Serena Williams').mentions.map((m) => m.text), ['Serena Williams']);
  assert.deepEqual(byName(final, 'William').mentions.map((m) => m.text), ['William', 'William']);
});

test('a surname two people share, after an honorific, is the one of that gender', async () => {
  const ner = fakeModel([['Martin Kowal', 'PERSON'], ['Ellie Kowal', 'PERSON'], ['Miss Kowal', 'PERSON'], ['Kowal', 'PERSON']]);
  const doc = await analyzeText('Martin Kowal was travelling with his daughter Ellie Kowal. Miss Kowal said the lights went out. Mr Kowal agreed.', { ner });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.mentions.map((m) => m.text)]), [['Martin Kowal', ['Martin Kowal', 'Kowal']], ['Ellie Kowal', ['Ellie Kowal', 'Kowal']]]);
  assert.equal(byName(doc, 'Martin Kowal').mentions[1]!.start, doc.text.indexOf('Kowal agreed'));
  assert.equal(byName(doc, 'Ellie Kowal').mentions[1]!.start, doc.text.indexOf('Kowal said'));
});

test('an organisation named by the end of its longer name is the same organisation', async () => {
  const ner = fakeModel([['National Maritime Safety Directorate', 'ORG'], ['Maritime Safety Directorate', 'ORG']]);
  const doc = await analyzeText('The National Maritime Safety Directorate sent two ships on Monday. On Friday the Maritime Safety Directorate said the search would end.', { ner });
  const directorate = byName(doc, 'National Maritime Safety Directorate');
  assert.deepEqual(directorate.mentions.map((m) => m.text), ['National Maritime Safety Directorate', 'Maritime Safety Directorate']);
});

test('roles from text: affiliation, title, name', async () => {
  const doc = await analyzeText('British Prime Minister Keir Starmer spoke, and State Department spokesperson Tommy Pigott declined to comment.');
  assert.deepEqual(byName(doc, 'Keir Starmer').roles, [{ title: 'Prime Minister', affiliation: { name: 'United Kingdom' } }]);
  const pigott = byName(doc, 'Tommy Pigott');
  assert.equal(pigott.type, 'PERSON');
  assert.equal(pigott.roles[0]!.title, 'spokesperson');
  assert.equal(pigott.roles[0]!.affiliation.name, 'State Department');
  assert.equal(pigott.roles[0]!.affiliation.entity, byName(doc, 'State Department').id);
  assert.equal(byName(doc, 'State Department').type, 'ORG');
});

test('a demonym on its own is a NORP entity linked to its country', async () => {
  const doc = await analyzeText('French officials met Israeli negotiators in France.');
  const french = byName(doc, 'French');
  assert.deepEqual([french.type, french.kb], ['NORP', 'FRA']);
  assert.equal(byName(doc, 'France').type, 'GPE');
});

test('sentence-initial common words and dates are not names', async () => {
  const doc = await analyzeText('Reports said on Monday that talks continued. Experts in January disagreed. Meanwhile, nothing changed.');
  assert.deepEqual(doc.entities.map((e) => e.name), []);
});

test('headline mentions are kept with field "title" for names the KB knows', async () => {
  const doc = await analyzeText('Hamas rejected the plan.', { title: 'US Ends Talks Amid Hamas Doubts' });
  const us = byName(doc, 'United States');
  assert.deepEqual(us.mentions, [{ start: 0, end: 2, text: 'US', field: 'title' }]);
  assert.equal(doc.entities.some((e) => e.name === 'Ends Talks'), false);
});

test('"the Biden administration": a surname next to a word for a government links the leader', async () => {
  const doc = await analyzeText('The Biden administration faced criticism.');
  assert.equal(byName(doc, 'Joe Biden').mentions[0]!.text, 'Biden');
});

test('every mention slices its text; no crash on long, empty or odd input', async () => {
  const doc = await analyzeText('Qatar and Egypt mediated between Israel and Hamas, the United Nations said.');
  for (const e of doc.entities) for (const m of e.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
  await analyzeText('');
  const caps = await analyzeText('BREAKING NEWS: HAMAS AND ISRAEL AGREE TO TRUCE IN GAZA');
  assert.ok(caps.entities.length < 10);
  const long = await analyzeText('Word '.repeat(50_000) + 'Steve Witkoff spoke.');
  assert.equal(byName(long, 'Steve Witkoff').mentions.length, 1);
});

test('words before a title belong to it; a month name after a first name is a surname', async () => {
  const doc = await analyzeText('Prime Minister Theresa May met Deputy Emergency Situations Minister Alexander Chupriyan on May 5.');
  assert.deepEqual(
    doc.entities.map((e) => [e.name, e.type, e.roles[0]?.title]),
    [
      ['Theresa May', 'PERSON', 'Prime Minister'],
      ['Alexander Chupriyan', 'PERSON', 'Deputy Emergency Situations Minister'],
    ],
  );
});

test('hyphenated particles stay in the name; a lone surname joins a full name of any found type', async () => {
  const kb = testKb([...FIXTURE_ENTRIES, { id: 'petr:albert', name: 'Albert', type: 'PERSON', aliases: [], roles: [], source: 'test' }]);
  const doc = await analyzeText('Commissioner Albert Muchanga met Abdel Fattah el-Sisi in Cairo. Muchanga said Sisi agreed.', { kb });
  const names = doc.entities.map((e) => e.name);
  assert.ok(names.includes('Albert Muchanga') && !names.includes('Albert'), names.join(', '));
  assert.deepEqual(doc.entities.find((e) => e.name === 'Abdel Fattah el-Sisi')?.mentions.map((m) => m.text), ['Abdel Fattah el-Sisi', 'Sisi']);
  assert.deepEqual(doc.entities.find((e) => e.name === 'Albert Muchanga')?.mentions.map((m) => m.text), ['Albert Muchanga', 'Muchanga']);
});

test('with the model, a lone surname it tags PERSON links to the one KB person of that name, unless the text names another', async () => {
  const ner = loadNerModel();
  const alone = await analyzeText('Biden told reporters that the talks would go on.', { ner, published: '2022-05-01' });
  const biden = alone.entities.find((e) => e.mentions.some((m) => m.text === 'Biden'));
  assert.equal(biden?.kb, 'person:joe-biden');
  assert.equal(biden?.code, 'USAGOV');
  const other = await analyzeText('Sheriff Hunter Biden of the county spoke. Biden said the road was closed.', { ner });
  assert.equal(other.entities.find((e) => e.mentions.some((m) => m.text === 'Biden'))?.name, 'Hunter Biden');
});

/** A stand-in for the NER model that returns given spans (text, type), found in order. */
function fakeModel(spans: [string, string][]): NerModel {
  return {
    tag(text: string) {
      let from = 0;
      return spans.map(([s, type]) => {
        const start = text.indexOf(s, from);
        from = start + s.length;
        return { start, end: start + s.length, type, confidence: 0.5 };
      });
    },
  } as unknown as NerModel;
}

test('with the model, an organisation\'s span that stops short of its KB name runs on to its end', async () => {
  const osce = { id: 'org:osce', name: 'OSCE', type: 'ORG' as const, aliases: ['Organization for Security and Co-operation in Europe'], code: 'IGOEUR', roles: [], source: 'test fixture' };
  const kb = testKb([...FIXTURE_ENTRIES, osce]);
  const text = 'The Organization for Security and Co-operation in Europe sent observers to France and the United Kingdom.';
  const ner = fakeModel([['Organization for Security and Co-operation', 'ORG'], ['Europe', 'LOC'], ['France', 'LOC'], ['United Kingdom', 'LOC']]);
  const doc = await analyzeText(text, { ner, kb });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.kb ?? null, e.mentions.map((m) => m.text)]), [
    ['OSCE', 'org:osce', ['Organization for Security and Co-operation in Europe']],
    ['France', 'FRA', ['France']],
    ['United Kingdom', 'GBR', ['United Kingdom']],
  ]);
});

test('a person\'s name that opens with an organisation\'s KB name keeps a one-word surname', async () => {
  const party = { id: 'org:altaf', name: 'Altaf Hussain', type: 'ORG' as const, aliases: [], code: 'PAKOPP', roles: [], source: 'test fixture' };
  const doc = await analyzeText('Deputy Commissioner Altaf Hussain Memon said the building was unsafe.', { ner: fakeModel([['Altaf Hussain Memon', 'PERSON']]), kb: testKb([...FIXTURE_ENTRIES, party]) });
  assert.deepEqual(doc.entities.map((e) => [e.type, e.name]), [['PERSON', 'Altaf Hussain Memon']]);
});

test('a rank in capitals or an initial before a name makes it a person\'s; a list label does not', async () => {
  const text = 'The headmaster, M. Venkateshwarlu, spoke. SP Oluwaseun Adekanye said so.\n\nA. Inca\n\nB. Maya';
  const ner = fakeModel([['Venkateshwarlu', 'ORG'], ['SP Oluwaseun Adekanye', 'ORG'], ['Inca', 'OTHER'], ['Maya', 'OTHER']]);
  const doc = await analyzeText(text, { ner });
  assert.deepEqual(doc.entities.map((e) => [e.type, e.name]), [['PERSON', 'M. Venkateshwarlu'], ['PERSON', 'Oluwaseun Adekanye'], ['OTHER', 'Inca'], ['OTHER', 'Maya']]);
});

test('an acronym joins the name it abbreviates without a leading "U.S." or with it as "US", a department\'s without "Department of" or with "DO"', async () => {
  const doc = await analyzeText('The U.S. Securities and Exchange Commission charged the founder. The SEC said so. The U.S. Geological Survey agreed, the USGS said. The Department of Health and Human Services and the Department of Justice wrote; HHS and the DOJ said.', {
    ner: fakeModel([['U.S. Securities and Exchange Commission', 'ORG'], ['SEC', 'ORG'], ['U.S. Geological Survey', 'ORG'], ['USGS', 'ORG'], ['Department of Health and Human Services', 'ORG'], ['Department of Justice', 'ORG'], ['HHS', 'ORG'], ['DOJ', 'ORG']]),
  });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.mentions.map((m) => m.text)]), [
    ['U.S. Securities and Exchange Commission', ['U.S. Securities and Exchange Commission', 'SEC']],
    ['U.S. Geological Survey', ['U.S. Geological Survey', 'USGS']],
    ['Department of Health and Human Services', ['Department of Health and Human Services', 'HHS']],
    ['Department of Justice', ['Department of Justice', 'DOJ']],
  ]);
});

test('a plus sign glued to a name is part of it and names a service, never a person or its owner', async () => {
  const disney = { id: 'org:disney', name: 'Disney', type: 'ORG' as const, aliases: [], code: 'USABUS', roles: [], source: 'test fixture' };
  const kb = testKb([...FIXTURE_ENTRIES, disney]);
  const text = 'Corvid+ said the series would move from Disney+ next year.';
  const doc = await analyzeText(text, { ner: fakeModel([['Corvid', 'PERSON'], ['Disney', 'ORG']]), kb });
  assert.deepEqual(doc.entities.map((e) => [e.type, e.name, e.kb ?? null]), [['ORG', 'Corvid+', null], ['ORG', 'Disney+', null]]);
});

test('with the model, its spans and types stand; the KB links them but neither splits nor retypes them', async () => {
  const text = 'The Saudi Gazette reported that the United States Navy and Hamas spoke in Israel.';
  const ner = fakeModel([['Saudi Gazette', 'ORG'], ['United States Navy', 'ORG'], ['Hamas', 'ORG'], ['Israel', 'LOC']]);
  const doc = await analyzeText(text, { ner });
  assert.deepEqual(
    doc.entities.map((e) => [e.name, e.type, e.kb ?? null]),
    [['Saudi Gazette', 'ORG', null], ['United States Navy', 'ORG', null], ['Hamas', 'ORG', 'org:hamas'], ['Israel', 'GPE', 'ISR']],
  );
  // A country the model calls an organisation (a team, a government) keeps the model's type and its link.
  const team = await analyzeText('France beat Israel.', { ner: fakeModel([['France', 'ORG'], ['Israel', 'ORG']]) });
  assert.deepEqual(team.entities.map((e) => [e.name, e.type, e.kb]), [['France', 'ORG', 'FRA'], ['Israel', 'ORG', 'ISR']]);
  // A person span is never linked to a place of the same name.
  const person = await analyzeText('Mr. Israel spoke.', { ner: fakeModel([['Israel', 'PERSON']]) });
  assert.equal(person.entities[0]!.kb, undefined);
});

test('with the model, a PERSON span that starts with a KB organisation or country is split there', async () => {
  const doc = await analyzeText('Photo: United Nations Tommy Pigott.', { ner: fakeModel([['United Nations Tommy Pigott', 'PERSON']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.type]), [['United Nations', 'ORG'], ['Tommy Pigott', 'PERSON']]);
  // A country or city that is also a given name opens the person's name instead.
  const israel = await analyzeText('Israel Adesanya and France Gall spoke.', { ner: fakeModel([['Israel Adesanya', 'PERSON'], ['France Gall', 'PERSON']]) });
  assert.deepEqual(israel.entities.map((e) => [e.name, e.type]), [['Israel Adesanya', 'PERSON'], ['France Gall', 'PERSON']]);
});

test('with the model, capitalised words it does not tag are dropped, KB names it missed are kept, and titles still give roles', async () => {
  const text = 'Yesterday Officials said U.S. Special Envoy Steve Witkoff met Hamas.';
  const doc = await analyzeText(text, { ner: fakeModel([['U.S.', 'LOC'], ['Steve Witkoff', 'PERSON']]) });
  assert.deepEqual(doc.entities.map((e) => e.name), ['United States', 'Steve Witkoff', 'Hamas']);
  assert.deepEqual(byName(doc, 'Steve Witkoff').roles, [{ title: 'Special Envoy', affiliation: { name: 'United States', entity: byName(doc, 'United States').id } }]);
});

test('a name of several words that ends one longer person name is that person ("La Riva" after "Gloria La Riva")', async () => {
  const doc = await analyzeText('Gloria La Riva, the Party for Socialism and Liberation candidate, spoke on Monday. La Riva blamed capitalism. La Riva said she opposed charter schools.', { ner: loadNerModel() });
  const person = doc.entities.find((e) => e.name === 'Gloria La Riva');
  assert.equal(person?.type, 'PERSON');
  assert.equal(person?.mentions.length, 3);
  assert.ok(!doc.entities.some((e) => e.name === 'La Riva'));
});

test('capitalised runs: names may start with a capital outside ASCII; digits, punctuation and lower-case words never start one', async () => {
  const { findRuns } = await import('./candidates.js');
  const { tokenize } = await import('../../text/tokenize.js');
  const text = 'Then Émile Zola went to Łódź with 12 friends, (and) the Bank of England paid.';
  const tokens = tokenize(text);
  const runs = findRuns(text, tokens, 0, tokens.length - 1, new Set()).map((r) => text.slice(tokens[r.first]!.start, tokens[r.last]!.end));
  assert.deepEqual(runs, ['Émile Zola', 'Łódź', 'Bank of England']);
});

test('"Dr" without a period is a title; a given name alone joins the one person whose full name has it', async () => {
  const doc = await analyzeText('The director, Dr Lena Varga Okoro, spoke on Friday. According to Dr Lena, the clinic stayed open.');
  const lena = byName(doc, 'Lena Varga Okoro');
  assert.deepEqual(lena.mentions.map((m) => m.text), ['Lena Varga Okoro', 'Lena']);
  assert.equal(lena.roles[0]?.title, 'Dr');
  assert.ok(!doc.entities.some((e) => e.name.startsWith('Dr')));
});

test('a given name shared by two people in the text joins neither', async () => {
  const doc = await analyzeText('Dr Lena Varga Okoro met Dr Lena Brask. According to Dr Lena, the clinic stayed open.');
  assert.equal(byName(doc, 'Lena Varga Okoro').mentions.length, 1);
  assert.equal(byName(doc, 'Lena Brask').mentions.length, 1);
});

test('"U.S." and "United States" before the same name are one entity, under the fuller name', async () => {
  const text = 'The United States Bureau of Kelp said so. Later the U.S. Bureau of Kelp said more.';
  const doc = await analyzeText(text, { ner: fakeModel([['United States Bureau of Kelp', 'ORG'], ['U.S. Bureau of Kelp', 'ORG']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.type, e.mentions.length]), [['United States Bureau of Kelp', 'ORG', 2]]);
});

test('dates are never entities, even when the model tags them; a lone "May" it calls a person stays', async () => {
  const text = 'According to a March 14 release, Theresa May spoke on Monday. May said no.';
  const ner = fakeModel([['March 14', 'ORG'], ['Theresa May', 'PERSON'], ['Monday', 'ORG'], ['May', 'PERSON']]);
  const doc = await analyzeText(text, { ner });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.mentions.length]), [['Theresa May', 2]]);
});

test('with the model, a one-word person takes the capitalised given name written right before it', async () => {
  const doc = await analyzeText('Resident Mira Tovell told reporters that the Museum of Tovell closed.', { ner: fakeModel([['Tovell', 'PERSON']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.type]), [['Mira Tovell', 'PERSON']]);
  // A title is not a given name: "Administrator" stays a role.
  const titled = await analyzeText('Even Administrator Tovell agreed.', { ner: fakeModel([['Tovell', 'PERSON']]) });
  assert.deepEqual(titled.entities.map((e) => [e.name, e.roles[0]?.title]), [['Tovell', 'Administrator']]);
});

test('a surname several people share joins the one introduced first (in the title, else earliest), never one named after it', async () => {
  const doc = await analyzeText('The novelist Helen Ashby has died. Her son, Mark Ashby, confirmed the news. Ashby wrote twelve novels.');
  assert.deepEqual(byName(doc, 'Helen Ashby').mentions.map((m) => m.text), ['Helen Ashby', 'Ashby']);
  assert.equal(byName(doc, 'Mark Ashby').mentions.length, 1);
  const early = await analyzeText('Ashby was seen in Leeds. Later Helen Ashby and Mark Ashby arrived.');
  assert.ok(!early.entities.some((e) => e.name.endsWith('Ashby') && e.mentions.some((m) => m.text === 'Ashby') && e.name !== 'Ashby'));
});

test('with the model: a noun for what a person does is cut from the name ("Sprinter Adjei"); a place and a sport name a governing body', async () => {
  const text = 'Sprinter Mensah banned. Runner Efua Mensah was banned on Monday, New Zealand Rugby said.';
  const doc = await analyzeText(text, { ner: fakeModel([['Sprinter Mensah', 'PERSON'], ['Efua Mensah', 'PERSON'], ['New Zealand Rugby', 'LOC']]) });
  assert.deepEqual(byName(doc, 'Efua Mensah').mentions.map((m) => m.text), ['Mensah', 'Efua Mensah']);
  assert.equal(byName(doc, 'New Zealand Rugby').type, 'ORG');
});

test('one word that ends exactly one longer organisation\'s name is that organisation ("the Mariners")', async () => {
  const text = 'The Geelong Mariners offered a new deal. The Mariners said talks would go on, the Bellarine Herald reported. The Herald said more.';
  const doc = await analyzeText(text, { ner: fakeModel([['Geelong Mariners', 'ORG'], ['Mariners', 'ORG'], ['Bellarine Herald', 'ORG'], ['Herald', 'ORG']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.mentions.length]), [['Geelong Mariners', 2], ['Bellarine Herald', 2]]);
});

test('"Ofwat" read as a thing is the organisation the KB writes so; an acronym read as a thing stays one', async () => {
  const text = 'Ofwat said the penalty reflected serious failings. The PCA ruled on it.';
  const doc = await analyzeText(text, { ner: fakeModel([['Ofwat', 'OTHER'], ['PCA', 'OTHER']]), kb: loadKb() });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.type]), [['Ofwat', 'ORG'], ['PCA', 'OTHER']]);
});

test('a firm\'s name before its last partner ("Baird Kessling" of "Baird Kessling & Stroud") and a name after a company\'s opening word ("Serra Azul" of "Mineração Serra Azul SA") are that company', async () => {
  const text = 'Fairhollow sued Baird Kessling & Stroud on Monday. Baird Kessling denied it. The dam belongs to Mineração Serra Azul SA, an iron ore producer. Shares of Serra Azul fell.';
  const doc = await analyzeText(text, { ner: fakeModel([['Fairhollow', 'ORG'], ['Baird Kessling & Stroud', 'ORG'], ['Baird Kessling', 'ORG'], ['Mineração Serra Azul SA', 'ORG'], ['Serra Azul', 'ORG']]) });
  assert.deepEqual(doc.entities.filter((e) => e.name !== 'Fairhollow').map((e) => [e.name, e.mentions.length]), [['Baird Kessling & Stroud', 2], ['Mineração Serra Azul SA', 2]]);
});

test('the first word alone of a company name ending in a company word is that company ("Veltrane")', async () => {
  const text = 'Veltrane Therapeutics won approval on Monday. Veltrane said sales would start in May.';
  const doc = await analyzeText(text, { ner: fakeModel([['Veltrane Therapeutics', 'ORG'], ['Veltrane', 'ORG']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.mentions.length]), [['Veltrane Therapeutics', 2]]);
});

test('given names used alone join the full name ("Farah Nadia"); Malaysian honorifics are titles', async () => {
  const text = 'Foreign Minister Datuk Seri Mohamad Hafiz Osman spoke first. Mohamad Hafiz said the bloc was united. Farah Nadia Zulkifli disagreed. Farah Nadia said it was over.';
  const doc = await analyzeText(text, { ner: fakeModel([['Datuk Seri Mohamad Hafiz Osman', 'PERSON'], ['Mohamad Hafiz', 'PERSON'], ['Farah Nadia Zulkifli', 'PERSON'], ['Farah Nadia', 'PERSON']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.mentions.length]), [['Mohamad Hafiz Osman', 2], ['Farah Nadia Zulkifli', 2]]);
});

test('with the model: "an Israeli official" is a demonym; "Statistics Canada" and "Brightwell Software" are bodies; a body the KB files under another keeps its name', async () => {
  const text = 'An Israeli official spoke. Statistics Canada said jobs fell. Brightwell Software will cut jobs. The National Transportation Safety Board said the NTSB would report.';
  const doc = await analyzeText(text, { ner: fakeModel([['Israeli', 'PERSON'], ['Canada', 'GPE'], ['National Transportation Safety Board', 'ORG'], ['NTSB', 'ORG']]) });
  assert.equal(byName(doc, 'Israeli').type, 'NORP');
  assert.equal(byName(doc, 'Statistics Canada').type, 'ORG');
  assert.equal(byName(doc, 'Brightwell Software').type, 'ORG');
  assert.deepEqual(byName(doc, 'National Transportation Safety Board').mentions.map((m) => m.text), ['National Transportation Safety Board', 'NTSB']);
});

test('with the model: a list of portfolios after "Ministry of" is part of the name ("… Food and the Marine", "Ministerio de Agricultura, Pesca y Alimentación"); a university and a town are not, nor another body after "and"', async () => {
  const text = 'The Ministry of Trade, Industry and Fisheries said more. The University of Arkansas, Fayetteville and Texas took part. It sued the Department of Finance, and County of Maui. The Department of Agriculture, Food and the Marine agreed. The Ministerio de Agricultura, Pesca y Alimentación said so.';
  const doc = await analyzeText(text, { ner: fakeModel([['Ministry of Trade', 'ORG'], ['Fisheries', 'ORG'], ['University of Arkansas', 'ORG'], ['Fayetteville', 'GPE'], ['Texas', 'GPE'], ['Department of Finance', 'ORG'], ['County of Maui', 'ORG'], ['Department of Agriculture', 'ORG'], ['Marine', 'ORG'], ['Ministerio de Agricultura', 'ORG'], ['Pesca y Alimentación', 'ORG']]) });
  assert.deepEqual(doc.entities.map((e) => e.name).filter((n) => /Minist|University|Fisheries|Finance|Maui|Agricultur/.test(n)), ['Ministry of Trade, Industry and Fisheries', 'University of Arkansas', 'Department of Finance', 'County of Maui', 'Department of Agriculture, Food and the Marine', 'Ministerio de Agricultura, Pesca y Alimentación']);
});

test('a short name opens one company name ending in a company word: "Lumora" is "Lumora AI", "Meridian" "Meridian Oncology"', async () => {
  const text = 'Lumora AI was fined 120 million euros on Tuesday. Lumora said it would appeal. Meridian Oncology filed its data. Meridian expects a decision.';
  const doc = await analyzeText(text, { ner: fakeModel([['Lumora AI', 'ORG'], ['Lumora', 'ORG'], ['Meridian Oncology', 'ORG'], ['Meridian', 'ORG']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.mentions.length]), [['Lumora AI', 2], ['Meridian Oncology', 2]]);
});

test('with the model: "the Taoiseach" alone names nobody; a state legislator\'s party and town ("R-Plano") are no name, "I-Man" is', async () => {
  const text = 'Taoiseach Cathal Ó Duibhir spoke. The Taoiseach said more. Sen. Marla Jeffries, R-Plano, objected. Fans knew him as the I-Man.';
  const doc = await analyzeText(text, { ner: fakeModel([['Taoiseach Cathal Ó Duibhir', 'PERSON'], ['Taoiseach', 'ORG'], ['Marla Jeffries', 'PERSON'], ['R-Plano', 'PERSON'], ['I-Man', 'PERSON']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.mentions.length]), [['Cathal Ó Duibhir', 1], ['Marla Jeffries', 1], ['I-Man', 1]]);
  assert.equal(byName(doc, 'Cathal Ó Duibhir').roles[0]?.title, 'Taoiseach');
});

test('with the model: a barrister\'s rank after a name ("Tom Molomby, SC, said") is no place', async () => {
  const text = 'Defending the parents, Tom Molomby, SC, said they had acted in good faith.';
  const doc = await analyzeText(text, { ner: fakeModel([['Tom Molomby', 'PERSON'], ['SC', 'LOC']]) });
  assert.deepEqual(doc.entities.map((e) => e.name), ['Tom Molomby']);
});

test('with the model: a name every curated KB entry calls an organisation is one even where the model reads a person ("a Hamas commander")', async () => {
  const text = 'The army said it had targeted a Hamas commander.';
  const doc = await analyzeText(text, { ner: fakeModel([['Hamas', 'PERSON']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.type]), [['Hamas', 'ORG']]);
});

test('with the model: an acronym stands for a name without its last "and …" ("CDC" for "Centers for Disease Control and Prevention")', async () => {
  const doc = await analyzeText('The Centers for Disease Control and Prevention sent a team. In a statement, the CDC said it would help.', { ner: fakeModel([['Centers for Disease Control and Prevention', 'ORG'], ['CDC', 'ORG']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.mentions.length]), [['Centers for Disease Control and Prevention', 2]]);
});

test('with the model: a name in a title-case headline is cut to the words the body writes ("Pushes Korvath" → "Korvath")', async () => {
  const text = 'Meridian Pictures Pushes Korvath Epic to 2027 After Reshoots\n\nMeridian Pictures has moved the film, Anneliese Korvath said. Korvath agreed.';
  const doc = await analyzeText(text, { ner: fakeModel([['Pushes Korvath', 'PERSON'], ['Meridian Pictures', 'ORG'], ['Anneliese Korvath', 'PERSON'], ['Korvath', 'PERSON']]) });
  const korvath = byName(doc, 'Anneliese Korvath');
  assert.deepEqual(korvath.mentions.map((m) => text.slice(m.start, m.end)), ['Korvath', 'Anneliese Korvath', 'Korvath']);
  assert.ok(!doc.entities.some((e) => e.name.includes('Pushes')));
});

test('a unit in brackets after a title goes with it ("Deputy Commissioner of Police (Cyber Crime) K. Srujana Reddy")', async () => {
  const doc = await analyzeText('Deputy Commissioner of Police (Cyber Crime) K. Srujana Reddy said the gang was caught.');
  assert.equal(byName(doc, 'K. Srujana Reddy').roles[0]?.title, 'Deputy Commissioner of Police');
});

test('with the model: a noun for what a body does opening the sentence is no part of its name; a house of worship is no person; a title inside a place\'s or body\'s span splits it', async () => {
  const text = 'Promoter Redline Live said demand was high. Masjid al-Noor was full. A body was found, according to Perry County Coroner Hollis Brashear.';
  const doc = await analyzeText(text, { ner: fakeModel([['Promoter Redline Live', 'ORG'], ['Masjid al-Noor', 'PERSON'], ['Perry County Coroner Hollis Brashear', 'LOC']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.type]), [['Redline Live', 'ORG'], ['Masjid al-Noor', 'ORG'], ['Perry County', 'LOC'], ['Hollis Brashear', 'PERSON']]);
  assert.equal(byName(doc, 'Hollis Brashear').roles[0]?.title, 'Coroner');
});

test('with the model: a title opening a span read as a body, then a given name and a surname, is a person ("Councilwoman Janelle Pruitt"); a rank word goes with the title ("City Clerk Rosalind Petrakis"); "Queen Victoria Market" stays a place', async () => {
  const text = 'Councilwoman Janelle Pruitt objected. City Clerk Rosalind Petrakis rejected it. They met near Queen Victoria Market.';
  const doc = await analyzeText(text, { ner: fakeModel([['Councilwoman Janelle Pruitt', 'ORG'], ['City Clerk Rosalind Petrakis', 'PERSON'], ['Queen Victoria Market', 'LOC']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.type]), [['Janelle Pruitt', 'PERSON'], ['Rosalind Petrakis', 'PERSON'], ['Queen Victoria Market', 'LOC']]);
  assert.equal(byName(doc, 'Rosalind Petrakis').roles[0]?.title, 'City Clerk');
});

test('"X, widely known by his nickname Pong," then "Pong" is X; "Quillon Software Inc." and "Quillon Software" are one company; "Ministry of Culture and National Heritage" is one name', async () => {
  const text = 'Thanakorn Chaiwattana, widely known by his nickname Pong, runs a mill. Pong said prices fell. Quillon Software Inc. was fined. Quillon Software said it would appeal. The Ministry of Culture and National Heritage paid.';
  const doc = await analyzeText(text, { ner: fakeModel([['Thanakorn Chaiwattana', 'PERSON'], ['Pong', 'PERSON'], ['Pong', 'PERSON'], ['Quillon Software Inc.', 'ORG'], ['Quillon Software', 'ORG'], ['Ministry of Culture', 'ORG']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.mentions.length]), [['Thanakorn Chaiwattana', 3], ['Quillon Software Inc.', 2], ['Ministry of Culture and National Heritage', 1]]);
});

test('a job or an unknown acronym before a given name and a surname is a title ("Porter Tomasz Nowak", "TMO Lachlan Pryce"); a company\'s first words read as a place, or its name read as a person\'s, or its name short of one company word, are the company', async () => {
  const text = 'Porter Tomasz Nowak said the pay was late. TMO Lachlan Pryce said there was no evidence. Marsa Crest Developments will list its shares. Marsa Crest said demand was high. Corvana Communications was hacked. Corvana said data was taken. Celtic Horizon Airways pilots voted. Celtic Horizon said it was disappointed.';
  const doc = await analyzeText(text, {
    ner: fakeModel([['Porter Tomasz Nowak', 'PERSON'], ['TMO Lachlan Pryce', 'OTHER'], ['Marsa Crest Developments', 'ORG'], ['Marsa Crest', 'LOC'], ['Corvana Communications', 'PERSON'], ['Corvana', 'PERSON'], ['Celtic Horizon Airways', 'ORG'], ['Celtic Horizon', 'ORG']]),
  });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.type, e.mentions.length]), [
    ['Tomasz Nowak', 'PERSON', 1], ['Lachlan Pryce', 'PERSON', 1],
    ['Marsa Crest Developments', 'ORG', 2], ['Corvana Communications', 'ORG', 2], ['Celtic Horizon Airways', 'ORG', 2],
  ]);
});

test('"plc" written in lower case after a company\'s name is part of it; "Kgosi" is a title', async () => {
  const text = 'Sable Lithium plc said it was studying the ban. Kgosi Lesego Matlhare said shops were feeling the pain.';
  const doc = await analyzeText(text, { ner: fakeModel([['Sable Lithium', 'ORG'], ['Kgosi Lesego Matlhare', 'PERSON']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.type]), [['Sable Lithium plc', 'ORG'], ['Lesego Matlhare', 'PERSON']]);
  assert.equal(byName(doc, 'Lesego Matlhare').roles[0]?.title, 'Kgosi');
});

test('forms of address and ranks from West Africa, Brunei, Suriname, Paraguay, Portuguese- and French-speaking countries are titles, not names', async () => {
  const text = 'Alhagie Lamin Ceesay said the round would open. H.E. Tamuel Itsimaera said the water was gone. Ustaz Kamarul Yusof said it was a proud day. Kapitein Eddy Amania said the river was dying. Commissaire Mawussi Ayéva said calm had returned. Ña Ramona Leiva said her son was inside. The farmer, Sr. Edson Pina, said growers sold to traders. Aladje Mamadú Seidi said the port was closed. Bw Omar Kombo said the evictions were illegal. Venerable Loun Sovath said the trees were ordained.';
  const names = [['Alhagie Lamin Ceesay', 'PERSON'], ['H.E. Tamuel Itsimaera', 'PERSON'], ['Ustaz Kamarul Yusof', 'PERSON'], ['Kapitein Eddy Amania', 'PERSON'], ['Commissaire Mawussi Ayéva', 'PERSON'], ['Ña Ramona Leiva', 'PERSON'], ['Sr. Edson Pina', 'PERSON'], ['Aladje Mamadú Seidi', 'PERSON'], ['Bw Omar Kombo', 'PERSON'], ['Venerable Loun Sovath', 'PERSON']] as const;
  const doc = await analyzeText(text, { ner: fakeModel(names.map(([n, t]) => [n, t])) });
  assert.deepEqual(doc.entities.map((e) => e.name), ['Lamin Ceesay', 'Tamuel Itsimaera', 'Kamarul Yusof', 'Eddy Amania', 'Mawussi Ayéva', 'Ramona Leiva', 'Edson Pina', 'Mamadú Seidi', 'Omar Kombo', 'Loun Sovath']);
  assert.deepEqual(doc.entities.map((e) => e.roles[0]?.title), ['Alhagie', 'H.E.', 'Ustaz', 'Kapitein', 'Commissaire', 'Ña', 'Sr.', 'Aladje', 'Bw', 'Venerable']);
});

test('Portuguese, Maltese, Gulf and Kiribati forms of address are titles ("Dra.", "Eng.", "Perit", "Sayyid", "Sheikha", "Nei"); "Sr. Francisco da Cruz Ximenes" read as a body is a title and a person', async () => {
  const text = 'Dra. Filomena Belo Soares said it was hard. Eng. Rogério Tilman Sarmento said the plant was late. Perit Marija Borg said they warned. Sayyid Hilal Al Busaidi said water is security. Sheikha Dana Al-Sabah said it was small. Nei Tiroa Kaiteie said the sea came. They questioned the minister, Sr. Francisco da Cruz Ximenes, for hours.';
  const names = [['Dra. Filomena Belo Soares', 'PERSON'], ['Eng. Rogério Tilman Sarmento', 'PERSON'], ['Perit Marija Borg', 'PERSON'], ['Sayyid Hilal Al Busaidi', 'PERSON'], ['Sheikha Dana Al-Sabah', 'PERSON'], ['Nei Tiroa Kaiteie', 'PERSON'], ['Sr. Francisco da Cruz Ximenes', 'ORG']] as const;
  const doc = await analyzeText(text, { ner: fakeModel(names.map(([n, t]) => [n, t])) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.type]), [['Filomena Belo Soares', 'PERSON'], ['Rogério Tilman Sarmento', 'PERSON'], ['Marija Borg', 'PERSON'], ['Hilal Al Busaidi', 'PERSON'], ['Dana Al-Sabah', 'PERSON'], ['Tiroa Kaiteie', 'PERSON'], ['Francisco da Cruz Ximenes', 'PERSON']]);
});

test('a one-word nickname in quotation marks inside a name is the person later ("Jacinto “Mau-Kiak” Amaral" … "Mau-Kiak said"); an acronym spelled with accented initials joins its name ("Groupement des égreneurs privés du Bénin (GEPB)"); "A" opening a sentence is no part of a name', async () => {
  const text = 'Prime Minister Jacinto “Mau-Kiak” Amaral spoke. Mau-Kiak said the wait was over. The Groupement des égreneurs privés du Bénin (GEPB) objected. The GEPB said so. A Nationalist Party motion failed.';
  const doc = await analyzeText(text, { ner: fakeModel([['Jacinto “Mau-Kiak” Amaral', 'PERSON'], ['Mau-Kiak', 'PERSON'], ['Groupement des égreneurs privés du Bénin', 'ORG'], ['GEPB', 'ORG'], ['GEPB', 'ORG'], ['A Nationalist Party', 'ORG']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.mentions.length]), [['Jacinto Amaral', 2], ['Groupement des égreneurs privés du Bénin', 3], ['Nationalist Party', 1]]);
});

test('"Sarah and Tom Whitlow": a given name before "and" and a given name with a family name is of that family, and "Sarah" later joins her; not "Sarah and Smith"', async () => {
  const text = 'In Sarah and Tom Whitlow’s living room there is a box. Sarah says little. Later Anna and Smith left.';
  const doc = await analyzeText(text, { ner: fakeModel([['Sarah', 'PERSON'], ['Tom Whitlow', 'PERSON'], ['Sarah', 'PERSON'], ['Anna', 'PERSON'], ['Smith', 'PERSON']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.mentions.length]), [['Sarah Whitlow', 2], ['Tom Whitlow', 1], ['Anna', 1], ['Smith', 1]]);
});

test('"Senate President Pro Tem Lorna Gaither" keeps the title out of the name; "Hudson Philharmonic" read as a person is an orchestra', async () => {
  const text = 'Senate President Pro Tem Lorna Gaither said the list was right. The Hudson Philharmonic fired its conductor. The Hudson Philharmonic said so.';
  const doc = await analyzeText(text, { ner: fakeModel([['Tem Lorna Gaither', 'PERSON'], ['Hudson Philharmonic', 'PERSON'], ['Hudson Philharmonic', 'PERSON']]) });
  assert.deepEqual(doc.entities.filter((e) => e.type !== 'ORG' || e.name !== 'Senate').map((e) => [e.name, e.type]), [['Lorna Gaither', 'PERSON'], ['Hudson Philharmonic', 'ORG']]);
});

test('"Onkemetse Dikgang" introduced in full, then "Dikgang" alone read as a place, is a person', async () => {
  const text = 'When Onkemetse Dikgang received his letter, he wept. Dikgang worked there for 30 years. Dikgang says he is not bitter.';
  const doc = await analyzeText(text, { ner: fakeModel([['Onkemetse Dikgang', 'PERSON'], ['Dikgang', 'LOC'], ['Dikgang', 'LOC']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.type, e.mentions.length]), [['Onkemetse Dikgang', 'PERSON', 3]]);
});

test('Irish parties are bodies the KB knows; "Seán Mac Conmara" read once as a thing, then "Mac Conmara" as a person, is one person', async () => {
  const text = 'Máire Ní Bhriain won, defeating Fianna Fáil’s Seán Mac Conmara by 260,000 votes. Mr Mac Conmara said he had no regrets. Mac Conmara went home.';
  const doc = await analyzeText(text, { kb: loadKb(), ner: fakeModel([['Máire Ní Bhriain', 'PERSON'], ['Fianna Fáil', 'PERSON'], ['Seán Mac Conmara', 'OTHER'], ['Mac Conmara', 'PERSON'], ['Mac Conmara', 'PERSON']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.type, e.mentions.length]), [['Máire Ní Bhriain', 'PERSON', 1], ['Fianna Fáil', 'ORG', 1], ['Seán Mac Conmara', 'PERSON', 3]]);
});

test('"Dr Kgosi Molefe": a title word after a form of address is the given name; "Rosa María Cuenca", then "Cuenca" read as the city, is a person', async () => {
  const text = 'Dr Kgosi Molefe said the pipes were old. Rosa María Cuenca keeps her phone in a bag. Cuenca said the water came fast. Cuenca wept.';
  const doc = await analyzeText(text, { ner: fakeModel([['Kgosi Molefe', 'PERSON'], ['Rosa María Cuenca', 'PERSON'], ['Cuenca', 'LOC'], ['Cuenca', 'LOC']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.type, e.mentions.length]), [['Kgosi Molefe', 'PERSON', 1], ['Rosa María Cuenca', 'PERSON', 3]]);
});

test('"X Financial", "X Partners" are companies; a rank word before a lower-case title is part of the role ("Shadow treasurer")', async () => {
  const doc = await analyzeText('Shares of Harwell Financial rose 2.3% after the lender raised its forecast. Shadow treasurer Nicole Ambrose said the surplus was built on a mining boom.', { ner: loadNerModel() });
  assert.equal(byName(doc, 'Harwell Financial').type, 'ORG');
  assert.equal(byName(doc, 'Nicole Ambrose').roles[0]?.title, 'Shadow treasurer');
});

test('a name the model tags later as a person does not cut a company\'s name it opens ("Lullo Baby Products" … "Lullo said"); a city PETRARCH2 lists under a country is its own place', async () => {
  const doc = await analyzeText('WASHINGTON — Lullo Baby Products is recalling about 1.1 million infant rockers. Lullo said it was sorry. Valle Dorado Foods of Fresno said it was recalling cheese.', { ner: loadNerModel(), kb: loadKb() });
  assert.deepEqual(byName(doc, 'Lullo Baby Products').mentions.map((m) => m.text), ['Lullo Baby Products', 'Lullo']);
  assert.equal(byName(doc, 'Lullo Baby Products').type, 'ORG');
  assert.equal(doc.entities.find((e) => e.mentions.some((m) => m.text === 'Fresno'))?.name, 'Fresno');
});

test('"Spain\'s Iker Arrieta of Cantábrico Energía" read as one name is a person and the team; "the Royal Academy of Painting" and "Florida Division of Emergency Management" stay whole', async () => {
  const doc = await analyzeText('Spain\'s Iker Arrieta of Cantábrico Energía took the jersey. Arrieta said he was sad.', { ner: fakeModel([['Spain', 'GPE'], ['Iker Arrieta of Cantábrico Energía', 'OTHER'], ['Arrieta', 'PERSON']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.type, e.mentions.length]), [['Spain', 'GPE', 1], ['Iker Arrieta', 'PERSON', 2], ['Cantábrico Energía', 'ORG', 1]]);
  const kept = await analyzeText('He studied at the Royal Academy of Painting. The Florida Division of Emergency Management said so.', { ner: fakeModel([['Royal Academy of Painting', 'ORG'], ['Florida Division of Emergency Management', 'ORG']]) });
  assert.deepEqual(kept.entities.map((e) => e.name), ['Royal Academy of Painting', 'Florida Division of Emergency Management']);
});

test('"Tallis Ridge Machinery" read as a place and "PT Lembah Sera Mineral" as something else join the company their heads name ("Tallis Ridge", "Lembah Sera")', async () => {
  const doc = await analyzeText('Tallis Ridge said it was disappointed. The fund sold Tallis Ridge Machinery shares. PT Lembah Sera Mineral denied it. Lembah Sera said so.', { ner: fakeModel([['Tallis Ridge', 'ORG'], ['Tallis Ridge Machinery', 'LOC'], ['PT Lembah Sera Mineral', 'OTHER'], ['Lembah Sera', 'PERSON']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.type, e.mentions.length]), [['Tallis Ridge Machinery', 'ORG', 2], ['PT Lembah Sera Mineral', 'ORG', 2]]);
});

test('"Seo" is the Seo Myung-hoon named before, not the second syllable of "Park Min-seo"', async () => {
  const doc = await analyzeText('President Seo Myung-hoon was removed. Park Min-seo, a lawyer, spoke. Seo did not comment.', { ner: fakeModel([['Seo Myung-hoon', 'PERSON'], ['Park Min-seo', 'PERSON'], ['Seo', 'PERSON']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.mentions.length]), [['Seo Myung-hoon', 2], ['Park Min-seo', 1]]);
});

test('"Zac, 15, from Ballarat, said" and "Isla, 14," read as a place: a given name alone before an age in commas is a person; "Renee Callaghan, 41," keeps the model\'s name', async () => {
  const text = 'Zac, 15, from Ballarat, said his account stayed. Isla, 14, from Perth, agreed. His mother, Renee Callaghan, 41, confirmed it.';
  const doc = await analyzeText(text, { ner: fakeModel([['Ballarat', 'LOC'], ['Isla', 'LOC'], ['Perth', 'GPE'], ['Renee Callaghan', 'PERSON']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.type]), [['Zac', 'PERSON'], ['Ballarat', 'LOC'], ['Isla', 'PERSON'], ['Perth', 'GPE'], ['Renee Callaghan', 'PERSON']]);
});

test('a person named in full once, then by a family name the model reads as a body\'s, is a person', async () => {
  const text = 'Celeste Marrow told the committee the plan was sound. Senators backed Marrow. Aides said Marrow had told them more. He would vote against Marrow.';
  const doc = await analyzeText(text, { ner: fakeModel([['Celeste Marrow', 'PERSON'], ['Marrow', 'ORG'], ['Marrow', 'ORG'], ['Marrow', 'ORG']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.type, e.mentions.length]), [['Celeste Marrow', 'PERSON', 4]]);
});

test('company forms written with a slash or tagged alone join the name ("Vestas A/S", "Norsk Fisk ASA"); a name after "pro-" is no longer a name\'s start', async () => {
  const text = 'Kjærgaard Vind A/S plunged. Norsk Fisk ASA said it would cut jobs. The pro-Kremlin Telegram channel Ostry Ugol wrote about it.';
  const doc = await analyzeText(text, { ner: fakeModel([['Kjærgaard Vind', 'PERSON'], ['Norsk Fisk', 'PERSON'], ['ASA', 'ORG'], ['Kremlin Telegram', 'ORG'], ['Ostry Ugol', 'ORG']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.type]), [['Kjærgaard Vind A/S', 'ORG'], ['Norsk Fisk ASA', 'ORG'], ['Telegram', 'ORG'], ['Ostry Ugol', 'ORG']]);
});

test('a body after its parent\'s possessive is its own ("The Treasury Department\'s Office of Foreign Assets Control (OFAC)")', async () => {
  const text = "The Treasury Department's Office of Foreign Assets Control (OFAC) said the vessels had switched off transponders. OFAC said it would act.";
  const doc = await analyzeText(text, { ner: fakeModel([["Treasury Department's Office of Foreign Assets Control", 'ORG'], ['OFAC', 'ORG'], ['OFAC', 'ORG']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.mentions.length]), [['Treasury Department', 1], ['Office of Foreign Assets Control', 3]]);
});

test('a party, a title in capitals or before a given name, and a name read as one person ("Likud MK Dan Levi", "Maoist Centre Chairman Lok Bahadur Shahi") are the party, the title and the person', async () => {
  const text = 'Likud MK Dan Levi said it was wrong. Martin Luther King Jr said so. Maoist Centre Chairman Lok Bahadur Shahi spoke. Lyonpo Karma Tenzin Dorji signed.';
  const doc = await analyzeText(text, { ner: fakeModel([['Likud MK Dan Levi', 'PERSON'], ['Martin Luther King Jr', 'PERSON'], ['Maoist Centre Chairman Lok Bahadur Shahi', 'PERSON'], ['Lyonpo Karma Tenzin Dorji', 'PERSON']]) });
  assert.deepEqual(doc.entities.map((e) => [e.type, e.name]), [['ORG', 'Likud'], ['PERSON', 'Dan Levi'], ['PERSON', 'Martin Luther King Jr'], ['ORG', 'Maoist Centre'], ['PERSON', 'Lok Bahadur Shahi'], ['PERSON', 'Karma Tenzin Dorji']]);
  assert.equal(doc.entities[1]!.roles[0]?.title, 'MK');
});

test('a curated body\'s name over the model\'s spans joins ("Lloyd\'s of London", "Servant of the People"); a storm is an event whatever its mentions are typed; "Hojatoleslam" is a title', async () => {
  const text = "Lloyd's of London said so. Lloyd's wife agreed. Hurricane Marisol hit Florida; Marisol weakened. Hojatoleslam Mahmoud Rezvani-Far of the Servant of the People party spoke.";
  const ner = fakeModel([['Lloyd', 'PERSON'], ['London', 'GPE'], ['Lloyd', 'PERSON'], ['Hurricane Marisol', 'ORG'], ['Florida', 'GPE'], ['Marisol', 'PERSON'], ['Hojatoleslam Mahmoud Rezvani-Far', 'PERSON'], ['Servant', 'PERSON'], ['People party', 'ORG']]);
  const lloyds = { id: 'org:lloyds-of-london', name: "Lloyd's of London", type: 'ORG' as const, aliases: ["Lloyd's"], code: 'GBRBUS', roles: [], source: 'test fixture' };
  const servant = { id: 'org:servant-of-the-people', name: 'Servant of the People', type: 'ORG' as const, aliases: [], code: 'UKRPTY', roles: [], source: 'test fixture' };
  const doc = await analyzeText(text, { ner, kb: testKb([...FIXTURE_ENTRIES, lloyds, servant]) });
  assert.deepEqual(doc.entities.map((e) => [e.type, e.name]), [['ORG', "Lloyd's of London"], ['PERSON', 'Lloyd'], ['OTHER', 'Hurricane Marisol'], ['GPE', 'Florida'], ['PERSON', 'Mahmoud Rezvani-Far'], ['ORG', 'Servant of the People']]);
});

test('a lone family name is the person who has it whole before the one who has it as part of a double-barrelled name', async () => {
  const text = 'Mahsa Ebrahimi-Clarke was jailed. Her husband, Daniel Clarke, spoke. Clarke said she was innocent.';
  const doc = await analyzeText(text, { ner: fakeModel([['Mahsa Ebrahimi-Clarke', 'PERSON'], ['Daniel Clarke', 'PERSON'], ['Clarke', 'PERSON']]) });
  assert.deepEqual(doc.entities.map((e) => [e.name, e.mentions.map((m) => m.text)]), [['Mahsa Ebrahimi-Clarke', ['Mahsa Ebrahimi-Clarke']], ['Daniel Clarke', ['Daniel Clarke', 'Clarke']]]);
});

test('"Shareholders of Daito Holdings" read as one body is the body; "Members of the" alone is left as tagged', async () => {
  const text = 'Shareholders of Daito Holdings voted. Members of the Board met.';
  const doc = await analyzeText(text, { ner: fakeModel([['Shareholders of Daito Holdings', 'ORG'], ['Members of the', 'ORG']]) });
  assert.deepEqual(doc.entities.map((e) => [e.type, e.name]), [['ORG', 'Daito Holdings'], ['ORG', 'Members of the']]);
});

test('a people the KB knows, read as a person or a place, is a people before a noun ("Karen fighters", "Kachin rebels"), not before a verb, after a preposition or when someone has it as a family name', async () => {
  const karen = { id: 'group:karen', name: 'Karen', type: 'NORP' as const, aliases: ['Karens'], country: 'MMR', roles: [], source: 'test fixture' };
  const kachin = { id: 'group:kachin', name: 'Kachin', type: 'NORP' as const, aliases: [], country: 'MMR', roles: [], source: 'test fixture' };
  const baloch = { id: 'group:baloch', name: 'Baloch', type: 'NORP' as const, aliases: [], roles: [], source: 'test fixture' };
  const kb = testKb([...FIXTURE_ENTRIES, karen, kachin, baloch]);
  const one = async (text: string, tags: [string, 'PERSON' | 'LOC'][]) => (await analyzeText(text, { ner: fakeModel(tags), kb })).entities.map((e) => [e.type, e.name]);
  assert.deepEqual(await one('A Karen armed group said so.', [['Karen', 'PERSON']]), [['NORP', 'Karen']]);
  assert.deepEqual(await one('Kachin rebels attacked.', [['Kachin', 'LOC']]), [['NORP', 'Kachin']]);
  assert.deepEqual(await one('Karen said she was tired.', [['Karen', 'PERSON']]), [['PERSON', 'Karen']]);
  assert.deepEqual(await one('Fighting spread in Kachin today.', [['Kachin', 'LOC']]), [['LOC', 'Kachin']]);
  assert.deepEqual(await one('Qandeel Baloch spoke. Baloch ran away.', [['Qandeel Baloch', 'PERSON'], ['Baloch', 'PERSON']]), [['PERSON', 'Qandeel Baloch']]);
});

test('"Padoh" is a title before a Karen name', async () => {
  const doc = await analyzeText('Padoh Saw Kweh Htoo said the group held the town.', { ner: fakeModel([['Padoh Saw Kweh Htoo', 'PERSON']]) });
  assert.deepEqual(doc.entities.map((e) => [e.type, e.name]), [['PERSON', 'Saw Kweh Htoo']]);
});

test('a preposition opening the sentence is no part of the name the model read after it ("Outside Dunmore\'s store")', async () => {
  const doc = await analyzeText("Outside Dunmore's store, shoppers queued. Inside Harrow Court it was quiet.", { ner: fakeModel([['Outside Dunmore', 'ORG'], ['Inside Harrow Court', 'LOC']]) });
  assert.deepEqual(doc.entities.map((e) => [e.type, e.name]), [['ORG', 'Dunmore'], ['LOC', 'Harrow Court']]);
});

test('"Its Center for Combating Disinformation" opening a sentence is the Center', async () => {
  const doc = await analyzeText('Its Center for Combating Disinformation said so.', { ner: fakeModel([['Its Center for Combating Disinformation', 'ORG']]) });
  assert.deepEqual(doc.entities.map((e) => [e.type, e.name]), [['ORG', 'Center for Combating Disinformation']]);
});

test('an acronym the article defines for another name is that name, not the KB\'s body with the same initials; the KB\'s own definition stays', async () => {
  const kb = testKb([...FIXTURE_ENTRIES, { id: 'org:pla', name: "People's Liberation Army", type: 'ORG', aliases: ['PLA'], roles: [], source: 'test fixture' }]);
  const own = await analyzeText('Complaints came from the opposition Progressive Labour Alliance (PLA). PLA leader Yvette Bellot-Pascal spoke.', { kb, ner: fakeModel([['Progressive Labour Alliance', 'ORG'], ['PLA', 'ORG'], ['PLA', 'ORG'], ['Yvette Bellot-Pascal', 'PERSON']]) });
  assert.deepEqual(own.entities.map((e) => [e.name, e.kb ?? null, e.mentions.length]), [['Progressive Labour Alliance', null, 3], ['Yvette Bellot-Pascal', null, 1]]);
  const army = await analyzeText("The People's Liberation Army (PLA) drilled. The PLA said so.", { kb, ner: fakeModel([["People's Liberation Army", 'ORG'], ['PLA', 'ORG'], ['PLA', 'ORG']]) });
  assert.deepEqual(army.entities.map((e) => [e.name, e.kb ?? null, e.mentions.length]), [["People's Liberation Army", 'org:pla', 3]]);
});

test('"Commodore" is a title before a name', async () => {
  const doc = await analyzeText('Commodore Renato Villaflor told reporters so.', { ner: fakeModel([['Commodore Renato Villaflor', 'PERSON']]) });
  assert.deepEqual(doc.entities.map((e) => [e.type, e.name]), [['PERSON', 'Renato Villaflor']]);
});

test('a given name tagged alone before a nickname and a family name is the whole person, whom the family name joins; the mentions stay as tagged', async () => {
  const doc = await analyzeText('Commodore Renato "Atoy" Villaflor spoke. Villaflor said the boat was hit.', { ner: fakeModel([['Commodore Renato', 'PERSON'], ['Villaflor', 'PERSON']]) });
  assert.deepEqual(doc.entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)]), [['PERSON', 'Renato Villaflor', ['Renato', 'Villaflor']]]);
});

test('a mission or body seated in a place the article names goes by its name with the place; an embassy read as a place is a body', async () => {
  const doc = await analyzeText('The Chinese Embassy in Manila said so. The Chinese Embassy declined to comment. The American Institute in Taiwan agreed.', { ner: fakeModel([['Chinese Embassy', 'LOC'], ['Manila', 'GPE'], ['Chinese Embassy', 'LOC'], ['American Institute', 'ORG'], ['Taiwan', 'GPE']]) });
  assert.deepEqual(doc.entities.filter((e) => e.type === 'ORG').map((e) => [e.name, e.mentions.length]), [['Chinese Embassy in Manila', 2], ['American Institute in Taiwan', 1]]);
});

test('a hospital group read as a person or a place is a body, and its short name joins it ("Riverbend Health" of "Riverbend Health System")', async () => {
  const doc = await analyzeText('A cyberattack hit Riverbend Health System. Riverbend Health said it did not pay.', { ner: fakeModel([['Riverbend Health System', 'LOC'], ['Riverbend Health', 'PERSON']]) });
  assert.deepEqual(doc.entities.map((e) => [e.type, e.name, e.mentions.length]), [['ORG', 'Riverbend Health System', 2]]);
});

test('a one-word name in brackets after a body\'s is that body (an acronym joins by its initials, or when the model read it as a person); "X, known as the Y," for a body too; "Pan-" stays in a name; "… Promotions" is a company', async () => {
  const doc = await analyzeText(
    'The Instituto para la Defensa de la Vida y el Territorio (Indevit) counted. Indevit said so. The Ombudsman\'s Office, known as the Defensoría del Pueblo, agreed. The Pan-Pacific Boxing Council ruled. Lacson Promotions objected.',
    { ner: fakeModel([['Instituto para la Defensa de la Vida y el Territorio', 'ORG'], ['Indevit', 'OTHER'], ['Indevit', 'OTHER'], ["Ombudsman's Office", 'ORG'], ['Defensoría del Pueblo', 'ORG'], ['Pan-Pacific Boxing Council', 'ORG'], ['Lacson Promotions', 'PERSON']]) },
  );
  assert.deepEqual(doc.entities.map((e) => [e.type, e.name, e.mentions.length]), [
    ['ORG', 'Instituto para la Defensa de la Vida y el Territorio', 3], ['ORG', 'Defensoría del Pueblo', 2], ['ORG', 'Pan-Pacific Boxing Council', 1], ['ORG', 'Lacson Promotions', 1],
  ]);
  // An acronym of the name in another language that the model read as a person.
  const diicot = await analyzeText('The Directorate for Investigating Organised Crime and Terrorism (DIICOT) said so. DIICOT added more.', { ner: fakeModel([['Directorate for Investigating Organised Crime and Terrorism', 'ORG'], ['DIICOT', 'PERSON'], ['DIICOT', 'PERSON']]) });
  assert.deepEqual(diicot.entities.map((e) => [e.type, e.name, e.mentions.length]), [['ORG', 'Directorate for Investigating Organised Crime and Terrorism', 3]]);
});

test('a text that ends in a body\'s name ("— With a report from Jamaica Lopez, ABS-CBN News") is read without error', async () => {
  const doc = await analyzeText('The ruling is expected by the end of April.\n\n— With a report from Jamaica Lopez, ABS-CBN News', { ner: loadNerModel(), kb: loadKb() });
  assert.ok(doc.entities.some((e) => e.name.includes('ABS-CBN')), doc.entities.map((e) => e.name).join(', '));
});

test('Spain\'s parties and the Catalan police are in the knowledge base ("Junts", "the PP", "ERC", "the Mossos d’Esquadra"); "the Cybersecurity and Infrastructure Security Agency and Britain\'s National Cyber Security Centre" are two bodies', async () => {
  const doc = await analyzeText(
    'Junts said the ruling changes nothing. The PP said it would appeal. ERC welcomed it. The Mossos d’Esquadra said the arrival passed without incident. The Cybersecurity and Infrastructure Security Agency and Britain\'s National Cyber Security Centre warned on Thursday.',
    { ner: loadNerModel(), kb: loadKb() },
  );
  const names = doc.entities.map((e) => e.name);
  for (const name of ['Junts', "People's Party", 'Republican Left of Catalonia', "Mossos d'Esquadra", 'Cybersecurity and Infrastructure Security Agency', 'National Cyber Security Centre']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
});

test('two unknown names joined by an en dash are one team ("the Italian ProTeam Sereno–Vitalis"), not two known names ("Israel–Hamas"); a federal office runs on to its judicial district; a company without its legal form is the same company; "Madam Lim" is Lim Siew Hoon', async () => {
  const doc = await analyzeText(
    'Police searched the hotel of the Kestrel–Maréchal team. Bellandi’s team, the Italian ProTeam Sereno–Vitalis, said it would pay. The Israel–Hamas war went on.\n\n' +
      "Brandsma was arrested, according to a spokesman for the U.S. Attorney's Office for the Southern District of New York.\n\n" +
      'Zentara Digital said it disagreed. The licence of Zentara Digital Pte Ltd was revoked.\n\n' +
      'Retiree Lim Siew Hoon, 63, said she had lost money. "I thought it was safe," said Madam Lim.',
    { ner: loadNerModel(), kb: loadKb() },
  );
  const names = doc.entities.map((e) => e.name);
  for (const name of ['Kestrel–Maréchal', 'Sereno–Vitalis', 'Israel', 'Hamas', "U.S. Attorney's Office for the Southern District of New York", 'Zentara Digital Pte Ltd', 'Lim Siew Hoon']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
  assert.ok(!names.includes('Zentara Digital') && !names.includes('Madam Lim'), names.join(', '));
  assert.equal(doc.entities.find((e) => e.name === 'Lim Siew Hoon')!.mentions.length, 2);
});

test('a name in another language spelled out before its acronym is one body, and the acronym joins it ("Direction générale de l’aviation civile (DGAC)"); not "Member of parliament (MP)"; "Pampa Roja" is "Pampa Roja Mining Company"', async () => {
  const doc = await analyzeText(
    'The authority, the Direction générale de l’aviation civile (DGAC), asked airlines to cut flights. The DGAC said staffing was fine. ' +
      "The Ente Nazionale per l'Aviazione Civile (ENAC) fined the carrier. Member of parliament (MP) Kevin Conolly spoke.\n\n" +
      'Pampa Roja Mining Company halted pumping. Pampa Roja said it expected to resume.',
    { ner: loadNerModel(), kb: loadKb() },
  );
  const dgac = doc.entities.find((e) => e.name === 'Direction générale de l’aviation civile');
  assert.ok(dgac && dgac.mentions.length >= 2 && !doc.entities.some((e) => e.name === 'DGAC'), doc.entities.map((e) => e.name).join(', '));
  const names = doc.entities.map((e) => e.name);
  assert.ok(names.includes("Ente Nazionale per l'Aviazione Civile") && !names.some((n) => /^Member of parliament/i.test(n)), names.join(', '));
  assert.ok(!names.includes('Pampa Roja') && (doc.entities.find((e) => e.name === 'Pampa Roja Mining Company')?.mentions.length ?? 0) >= 2, names.join(', '));
  // One document, many sentences: the spelled name stays a body though the acronym alone reads as a thing.
  const two = await analyzeText(
    'Two climbers were rescued on Saturday, according to the Peloton de Gendarmerie de Haute Montagne (PGHM), the mountain rescue unit.\n\nThe PGHM carried out 1,200 rescues last year.\n\nThe PGHM said the route was closed.',
    { ner: loadNerModel(), kb: loadKb() },
  );
  assert.equal(two.entities.find((e) => e.name === 'Peloton de Gendarmerie de Haute Montagne')?.type, 'ORG', two.entities.map((e) => `${e.name}:${e.type}`).join(', '));
});

test('a title the model tags as a person is a mention of the person it introduces in apposition, who holds that role ("The Tánaiste, Gráinne Ní Shúilleabháin,"); a surname that is also a title stays that person\'s ("Thandeka Nkosi … Nkosi")', async () => {
  const doc = await analyzeText(
    'Tánaiste says plan was never agreed. The Tánaiste, Gráinne Ní Shúilleabháin, said the plan was never agreed. Thandeka Nkosi spoke. Nkosi said no.',
    { ner: fakeModel([['Tánaiste', 'PERSON'], ['Tánaiste', 'PERSON'], ['Gráinne Ní Shúilleabháin', 'PERSON'], ['Thandeka Nkosi', 'PERSON'], ['Nkosi', 'PERSON']]) },
  );
  assert.deepEqual(doc.entities.map((e) => [e.name, e.mentions.length, e.roles.map((r) => r.title)]), [
    ['Gráinne Ní Shúilleabháin', 3, ['Tánaiste']], ['Thandeka Nkosi', 2, []],
  ]);
});

test('a Dutch family name opening a sentence ("Van der Wiel") is the full name written before ("Hendrik van der Wiel")', async () => {
  const doc = await analyzeText(
    'Hendrik van der Wiel presented his report. Van der Wiel told reporters it was narrow.',
    { ner: fakeModel([['Hendrik van der Wiel', 'PERSON'], ['Van der Wiel', 'PERSON']]) },
  );
  assert.deepEqual(doc.entities.map((e) => [e.name, e.mentions.length]), [['Hendrik van der Wiel', 2]]);
});

test('a name in lower-case words of another alphabet before its acronym is one body ("Slezská důlní společnost (SDS)"); the acronym joins it', async () => {
  const doc = await analyzeText(
    'The state-owned operator Slezská důlní společnost (SDS) said the mine closed. SDS said 1,400 miners would lose jobs.',
    { ner: loadNerModel(), kb: loadKb() },
  );
  const sds = doc.entities.find((e) => e.name === 'Slezská důlní společnost');
  assert.equal(sds?.type, 'ORG', doc.entities.map((e) => e.name).join(', '));
  assert.equal(sds?.mentions.length, 3);
});

test('a company named without its legal form, or by initials without it, is the company ("Ghana Water" of "Ghana Water Limited", "JPS" of "Jamaica Public Service Company")', async () => {
  const doc = await analyzeText(
    'ACCRA, Sept 15 — Ghana Water Limited (GWL) has shut down its treatment plant. Ghana Water said it would reopen the plant.\n\nThe Jamaica Public Service Company (JPS) said power was back. JPS said crews were working.',
    { ner: loadNerModel(), kb: loadKb() },
  );
  const water = byName(doc, 'Ghana Water Limited');
  assert.equal(water.type, 'ORG');
  assert.deepEqual(water.mentions.map((m) => m.text), ['Ghana Water Limited', 'GWL', 'Ghana Water']);
  assert.equal(byName(doc, 'Jamaica Public Service Company').mentions.length, 3);
});

test('a public body is the same under its name in its own language in brackets, its field alone, or its field before its kind ("Civil Protection", "Interior Ministry")', async () => {
  const doc = await analyzeText(
    'The eruption began late on Friday, the Icelandic Meteorological Office (Veðurstofa Íslands) said. The Department of Civil Protection and Emergency Management raised its alert level. Civil Protection said roads were closed.\n\n' +
      'In Rabat, the Ministry of Interior said most homes were rebuilt. The Interior Ministry said more work was needed. The Foreign Ministry said it was calm. The Ministry of Foreign Affairs said so again.',
    { ner: loadNerModel(), kb: loadKb() },
  );
  assert.deepEqual(byName(doc, 'Icelandic Meteorological Office').mentions.map((m) => m.text), ['Icelandic Meteorological Office', 'Veðurstofa Íslands']);
  assert.deepEqual(byName(doc, 'Department of Civil Protection and Emergency Management').mentions.map((m) => m.text), ['Department of Civil Protection and Emergency Management', 'Civil Protection']);
  assert.equal(byName(doc, 'Ministry of Interior').mentions.length, 2);
  assert.equal(byName(doc, 'Ministry of Foreign Affairs').mentions.length, 2);
});

test('a name in a title-case headline that runs past the head of a body\'s name ("Interior Ministry Defends Quake Rebuilding Pace") is cut after it', async () => {
  const doc = await analyzeText(
    'Interior Ministry Defends Quake Rebuilding Pace, Calls Delays Isolated\n\nRABAT - The Ministry of Interior said on Monday that most homes had been rebuilt.',
    { ner: loadNerModel(), kb: loadKb() },
  );
  const names = doc.entities.map((e) => e.name);
  assert.ok(!names.some((n) => /Defends/.test(n)), names.join(', '));
  assert.equal(byName(doc, 'Ministry of Interior').mentions[0]!.text, 'Interior Ministry');
});

test('capitals around an ampersand stand for the words around one in a longer name ("Daehan E&C" of "Daehan Engineering & Construction")', async () => {
  const doc = await analyzeText(
    'Daehan Engineering & Construction said it was confident. Daehan E&C said it would recover the money.',
    { ner: loadNerModel(), kb: loadKb() },
  );
  assert.deepEqual(byName(doc, 'Daehan Engineering & Construction').mentions.map((m) => m.text), ['Daehan Engineering & Construction', 'Daehan E&C']);
});

test('a one-word body with a name in apposition written nowhere else ("Gavi, the Vaccine Alliance,") is one body under the one word', async () => {
  const doc = await analyzeText(
    'Gavi, the Vaccine Alliance, said it cannot fund every request. Gavi met in Geneva.',
    { ner: fakeModel([['Gavi', 'ORG'], ['Vaccine Alliance', 'ORG'], ['Gavi', 'ORG'], ['Geneva', 'GPE']]) },
  );
  assert.deepEqual(byName(doc, 'Gavi').mentions.map((m) => m.text), ['Gavi', 'Vaccine Alliance', 'Gavi']);
});
