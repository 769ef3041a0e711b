import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, Quote } from '../../model/doc.js';
import { analyse, analyseWithModel } from './fixtures/analyse.js';
import { speakerMatches } from './gold.js';
import { findQuotations, findQuotes, looksLikeName } from './index.js';

const direct = (d: Doc) => d.quotes.filter((q) => q.kind === 'direct');
const indirect = (d: Doc) => d.quotes.filter((q) => q.kind === 'indirect');
const find = (d: Doc, words: string): Quote => {
  const q = d.quotes.find((x) => x.text.includes(words));
  assert.ok(q, `no quote with "${words}" in ${JSON.stringify(d.quotes.map((x) => x.text))}`);
  return q;
};
const speaker = (q: Quote) => q.speaker?.name ?? null;

test('joint speakers match by any name of each entity, in any order ("Britain and Canada" = "Canada and United Kingdom")', async () => {
  const d = await analyse('In a joint statement, the ambassadors of Britain and Canada said they were gravely concerned by reports of killings.');
  assert.ok(speakerMatches(d, 'Britain and Canada', { name: 'Canada and United Kingdom' }));
  assert.ok(!speakerMatches(d, 'Britain and Canada', { name: 'United Kingdom' }));
  assert.ok(!speakerMatches(d, 'Britain and Canada', { name: 'United Kingdom and Kenya' }));
  assert.equal(speaker(find(d, 'gravely concerned')), 'United Kingdom and Canada');
});

test('offsets of every quote slice the text', async () => {
  const d = await analyse('Prime Minister Keir Starmer said, “We will not stand by while this goes on.” Officials said the talks would resume on Monday.');
  for (const q of d.quotes) assert.equal(d.text.slice(q.start, q.end), q.text);
  assert.equal(find(d, 'We will not').text, 'We will not stand by while this goes on.');
});

test('straight, curly and guillemet marks; attribution after and before', async () => {
  const d = await analyse(
    'Emmanuel Macron spoke on Monday. "The situation is untenable for everyone involved," he said.\n\n' +
      'Keir Starmer told reporters: “We need a ceasefire and we need it now.”\n\n' +
      '«Nous ne céderons pas sur ce point», a déclaré un porte-parole, and Starmer added, "This is the moment to act together."',
  );
  assert.equal(speaker(find(d, 'untenable')), 'Emmanuel Macron');
  assert.equal(find(d, 'untenable').verb, 'say');
  assert.equal(speaker(find(d, 'ceasefire and we need')), 'Keir Starmer');
  assert.ok(find(d, 'Nous ne céderons'));
  assert.equal(speaker(find(d, 'moment to act')), 'Keir Starmer');
});

test('a quotation interrupted by its attribution is one quote with one speaker', async () => {
  const d = await analyse('"We came here in good faith," Steve Witkoff said, "but Hamas has not shown the same commitment."');
  const qs = direct(d);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.text, 'We came here in good faith," Steve Witkoff said, "but Hamas has not shown the same commitment.');
  assert.equal(speaker(qs[0]!), 'Steve Witkoff');
});

test('a quotation over several paragraphs is one quote', async () => {
  const text =
    'Benjamin Netanyahu addressed parliament on Tuesday. He said: "We will continue until every hostage is home.\n\n' +
    '"We will not accept a deal that leaves them behind. That is our duty."\n\nThe session ended soon after.';
  const d = await analyse(text);
  const qs = direct(d);
  assert.equal(qs.length, 1);
  assert.ok(qs[0]!.text.startsWith('We will continue') && qs[0]!.text.endsWith('That is our duty.'));
  assert.equal(speaker(qs[0]!), 'Benjamin Netanyahu');
});

test('single marks nested in double ones stay inside; single marks as speech marks count', async () => {
  const d = await analyse(
    '"They told us \'stay at home\' and then the shelling started," said Emmanuel Macron. ' +
      "Keir Starmer said the government had ordered 'heightened alert' across the country.",
  );
  const outer = find(d, 'They told us');
  assert.ok(outer.text.includes("'stay at home'"));
  assert.equal(direct(d).filter((q) => q.text === 'stay at home').length, 0);
  assert.equal(speaker(find(d, 'heightened alert')), 'Keir Starmer');
});

test('scare quotes, names and titles of works are not speech', async () => {
  const d = await analyse(
    'The documentary "Tell No One" was released on Saturday. The agency raised its risk assessment from "moderate" to "high". ' +
      'The so-called "peace dividend" never arrived, and the mannequin was nicknamed "Ripley".',
  );
  assert.deepEqual(direct(d), []);
  assert.equal(looksLikeName('Amazon S3 Buckets'), true);
  assert.equal(looksLikeName('We will win.'), false);
});

test('short fragments count when their sentence reports speech', async () => {
  const d = await analyse('Adam Schiff called the plan "a non-starter". Delfin Lorenzana described the attacks as a "dastardly act".');
  assert.equal(speaker(find(d, 'non-starter')), 'Adam Schiff');
  assert.equal(speaker(find(d, 'dastardly act')), 'Delfin Lorenzana');
});

test('indirect speech: that-clauses, bare clauses, verbs as lemmas, the reported content as span', async () => {
  const d = await analyse(
    'Steve Witkoff emphasised that Hamas had not negotiated in good faith. ' +
      'Emmanuel Macron warned the conflict could spread across the region. ' +
      'Hamas has maintained that it will only agree to a deal if Israel withdraws. ' +
      'Keir Starmer has said it will take months to rebuild trust. ' +
      'Benjamin Netanyahu echoed that the talks had stalled.',
  );
  const q1 = find(d, 'Hamas had not negotiated');
  assert.equal(q1.kind, 'indirect');
  assert.equal(q1.text, 'Hamas had not negotiated in good faith');
  assert.equal(q1.verb, 'emphasise');
  assert.equal(speaker(q1), 'Steve Witkoff');
  assert.equal(find(d, 'conflict could spread').verb, 'warn');
  assert.equal(speaker(find(d, 'only agree')), 'Hamas');
  assert.equal(find(d, 'only agree').verb, 'maintain');
  assert.equal(speaker(find(d, 'take months')), 'Keir Starmer');
  assert.equal(find(d, 'talks had stalled').verb, 'echo');
});

test('according to X, before and after the content', async () => {
  const d = await analyse(
    'According to the United Nations, nearly 100,000 women and children face severe malnutrition. ' +
      'Aid deliveries fell by half in July, according to Hamas.',
  );
  const a = find(d, 'nearly 100,000');
  assert.equal(a.verb, 'according to');
  assert.equal(a.text, 'nearly 100,000 women and children face severe malnutrition');
  assert.equal(speaker(a), 'United Nations');
  assert.equal(find(d, 'Aid deliveries').text, 'Aid deliveries fell by half in July');
  assert.equal(speaker(find(d, 'Aid deliveries')), 'Hamas');
});

test('"…, officials said." reports the clause before it; unnamed speakers are null', async () => {
  const d = await analyse('A total of 39 people are confirmed dead, officials said. Witnesses said the building shook for a minute.');
  const q = find(d, 'A total of 39');
  assert.equal(q.text, 'A total of 39 people are confirmed dead');
  assert.equal(q.speaker, null);
  assert.equal(find(d, 'building shook').speaker, null);
});

test('speakers: surname, title only, pronoun by gender, organisation, office', async () => {
  const d = await analyse(
    'State Department spokesperson Tommy Pigott met Angela Merkel in London. ' +
      '"We are not giving up," she said. Later the spokesperson said the envoy would return. ' +
      'Pigott said the talks would continue next week. ' +
      "Netanyahu's office said the delegation had been recalled.",
  );
  assert.equal(speaker(find(d, 'not giving up')), 'Angela Merkel');
  assert.equal(speaker(find(d, 'envoy would return')), 'Tommy Pigott');
  assert.equal(speaker(find(d, 'talks would continue')), 'Tommy Pigott');
  const office = find(d, 'delegation had been recalled');
  assert.match(speaker(office) ?? '', /Netanyahu's office/);
  assert.ok(office.speaker?.entity);
});

test('speaker.entity links to an entity of the document', async () => {
  const d = await analyse('Benjamin Netanyahu said the operation would continue for several weeks.');
  const q = find(d, 'operation would continue');
  const entity = d.entities.find((e) => e.id === q.speaker?.entity);
  assert.equal(entity?.name, 'Benjamin Netanyahu');
});

test('bad input: unbalanced marks across a whole article', async () => {
  const text = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} says "this never closes and goes on for a while`).join('\n\n');
  const d = await analyse(text);
  assert.deepEqual(direct(d), []);
});

test('bad input: 10,000 quote marks in a row, and mixed marks', async () => {
  const marks = `He said ${'"'.repeat(10_000)} and left. ${'“”'.repeat(3000)} «${'»'.repeat(2000)}`;
  assert.ok(findQuotations(marks).length < 10_000);
  const d = await analyse(marks);
  for (const q of d.quotes) assert.equal(d.text.slice(q.start, q.end), q.text);
});

test('bad input: a run-on sentence with thousands of reporting verbs', async () => {
  const d = await analyse(`Officials said ${'that he said '.repeat(2000)}it rained.`);
  for (const q of d.quotes) assert.equal(d.text.slice(q.start, q.end), q.text);
});

test('bad input: quotations without any possible speaker get null, not a guess', async () => {
  const d = await analyse('"The water came up to the second floor within an hour and nobody could leave."\n\n"It was the worst night of my life."');
  assert.equal(direct(d).length, 2);
  for (const q of direct(d)) assert.equal(q.speaker, null);
  assert.deepEqual(indirect(d), []);
});

test('no text, no quotes', async () => {
  const d = await analyse('No quotation marks here at all.');
  assert.deepEqual(d.quotes, []);
});

test('joint speakers: "X and Y said", and "they" after them', async () => {
  const d = await analyse(
    'The Investigative Committee and the Federal Security Service (FSB) said they believe gas was the trigger. ' +
      'Antoine Quirin and Nicolas Redouane denied the charges on Monday. They said the woman had consented to everything.',
  );
  assert.equal(speaker(find(d, 'gas was the trigger')), 'Investigative Committee and Federal Security Service');
  assert.equal(speaker(find(d, 'had consented')), 'Antoine Quirin and Nicolas Redouane');
});

test('"it" and "they" refer back to an organisation; a person spoken to is not the speaker', async () => {
  const d = await analyse(
    'Hamas issued a statement on Monday. It said the talks had stalled because of new demands. ' +
      'Mohammad bin Salman spoke to PBS in December. Speaking to Martin Smith of PBS, he said, "It happened under my watch."',
  );
  assert.equal(speaker(find(d, 'talks had stalled')), 'Hamas');
  assert.equal(speaker(find(d, 'under my watch')), 'Mohammad bin Salman');
});

test('"according to police", "according to the ministry": the body the article names, else null', async () => {
  const named = await analyse(
    'The Metropolitan Police said a man was arrested. According to police, the man was 20 years old. ' +
      'The Ministry of Health of Ukraine published figures. According to the ministry, 300 people were treated in hospital.',
  );
  assert.equal(speaker(find(named, 'man was 20')), 'Metropolitan Police');
  assert.equal(speaker(find(named, '300 people')), 'Ministry of Health of Ukraine');
  const unnamed = await analyse('A man was arrested on Monday. According to police, the man was 20 years old.');
  assert.equal(find(unnamed, 'man was 20').speaker, null);
});

test('role titles refer back to the person named with that role', async () => {
  const d = await analyse(
    'The ministry spokesman, Ahmed Hafez, spoke on Monday. The spokesperson said the embassy would reopen next week. ' +
      'Emergencies Minister Yevgeny Zinichev visited the site. The minister said the search would continue overnight. ' +
      'Chelyabinsk Deputy Governor Oleg Klimov was there too. The governor stated that nobody had been found.',
  );
  assert.equal(speaker(find(d, 'embassy would reopen')), 'Ahmed Hafez');
  assert.equal(speaker(find(d, 'search would continue')), 'Yevgeny Zinichev');
  const deputy = find(d, 'nobody had been found');
  assert.equal(deputy.verb, 'state');
  assert.notEqual(speaker(deputy), 'Oleg Klimov');
});

test('speaker names: the fullest form in the article, acronyms spelled out', async () => {
  const d = await analyse(
    'President Alberto Fernández spoke on Sunday. "We will present a bill within ten days," Fernández said. ' +
      'The Philippine Institute of Volcanology and Seismology (Phivolcs) recorded the quake. Phivolcs said the fault was active.',
  );
  assert.equal(speaker(find(d, 'present a bill')), 'Alberto Fernández');
  assert.equal(speaker(find(d, 'fault was active')), 'Philippine Institute of Volcanology and Seismology');
});

test('unnamed and withheld: "One MP" is null; "did not say" is not a report', async () => {
  const d = await analyse(
    'One MP told the BBC, "It was always a minority and it will stay one." ' +
      'The prince accepted responsibility but did not say he had ordered the killing.',
  );
  assert.equal(find(d, 'always a minority').speaker, null);
  assert.equal(d.quotes.some((q) => q.text.includes('he had ordered')), false);
});

test('frames: "Per X,", "by saying", an opening participle, an attribution sentence after the quote', async () => {
  const d = await analyse(
    'Per numbers reported by The Associated Press, 415 thousand priests are subject to the requirement. ' +
      'Recep Tayyip Erdogan spoke in Ankara. He underlined the call by saying "we are ready to take more steps towards peace." ' +
      'Calling it a "culture of death" the archbishop Jorge Scheinig said "We need to pray for life." ' +
      '"Our house is burning. It is an international crisis!" Emmanuel Macron told the world on Thursday via Twitter.',
  );
  const per = find(d, '415 thousand');
  assert.equal(per.verb, 'according to');
  assert.equal(speaker(per), 'The Associated Press');
  assert.equal(speaker(find(d, 'ready to take')), 'Recep Tayyip Erdogan');
  assert.equal(speaker(find(d, 'culture of death')), 'Jorge Scheinig');
  assert.equal(speaker(find(d, 'house is burning')), 'Emmanuel Macron');
});

test('words on banners and glosses in brackets are not speech', async () => {
  const d = await analyse(
    'Thousands joined an anti-Brexit ("British exit") march. Protesters carried a banner from People\'s Vote saying "put it to the people".',
  );
  assert.deepEqual(direct(d), []);
});

test('bad input: unbalanced marks and mark runs finish quickly', async () => {
  const text = `Bad "${'a "b '.repeat(5000)}\n\n${'"'.repeat(10_000)}\n\n${'He said "it goes on '.repeat(3000)}`;
  const t0 = Date.now();
  const d = await analyse(text);
  assert.ok(Date.now() - t0 < 10_000);
  for (const q of d.quotes) assert.equal(d.text.slice(q.start, q.end), q.text);
});

test('"X did A and said …": the subject of the clause, past a participle after a noun', async () => {
  const d = await analyse(
    'Elizabeth Warren ended her campaign. In a video message posted to Twitter, Warren commended Biden for his empathy and said she was proud to endorse him.\n\n' +
      'Nick Adderley wrote to the US Embassy in London. The embassy declined the request and said the family left on advice from the State Department.',
  );
  assert.equal(speaker(find(d, 'she was proud')), 'Elizabeth Warren');
  assert.equal(speaker(find(d, 'the family left')), 'US Embassy in London');
});

test('an unnamed spokesperson speaks for the organisation just named, else is null', async () => {
  const d = await analyse(
    'Amnesty International published a report on Monday. A spokesperson said the group would send observers to the trial.\n\n' +
      'The ministry of health confirmed three new cases. A spokesman said all of the patients were in stable condition.',
  );
  assert.equal(speaker(find(d, 'send observers')), 'Amnesty International');
  assert.equal(find(d, 'stable condition').speaker, null);
});

test('speaker names as written around what the entity stage found', async () => {
  const d = await analyse(
    'The hotel was sold to Tong Yung-soo in 2001. Later Mr Tong said they intended to restore the hall to its former glory.\n\n' +
      'Police spokesman Arnel dela Vega said the group were the suspected perpetrators of the attack.\n\n' +
      '"The statement was prepared long before the meeting took place," said Sheldon Yett of UNICEF.',
  );
  assert.equal(speaker(find(d, 'restore the hall')), 'Tong Yung-soo');
  assert.equal(speaker(find(d, 'suspected perpetrators')), 'Arnel dela Vega');
  assert.equal(speaker(find(d, 'prepared long before')), 'Sheldon Yett');
});

test('nested reports: the innermost speaker, null when unnamed', async () => {
  const d = await analyse('His widow was treated in Nairobi. An Al Jazeera reporter in Kenya noted local news reports said she was diagnosed with COVID-19.');
  const reports = indirect(d).filter((q) => q.text.includes('diagnosed'));
  assert.equal(reports.length, 1);
  assert.equal(reports[0]!.text, 'she was diagnosed with COVID-19');
  assert.equal(reports[0]!.speaker, null);
});

test('reported content ending in a quoted fragment stops at its closing mark', async () => {
  const d = await analyse('Sabrina Bennoui of Reporters Without Borders said the attack was "a terrible new blow to journalism". "It is unacceptable," she added.');
  assert.equal(find(d, 'the attack was').text, 'the attack was "a terrible new blow to journalism"');
});

test('"they" far from any organisation, and plural nouns of people, are not guessed', async () => {
  const d = await analyse(
    'The Egyptian Ministry of Antiquities opened the tombs in 2015. Researchers sequenced the DNA of forty birds. ' +
      'These were compared to modern birds from Africa. The sequences were found to be diverse. ' +
      'If the birds had been farmed, they reasoned, the specimens would show little genetic diversity. ' +
      'Egyptologists have reported the birds were sacrificed to the god Thoth.',
  );
  assert.equal(find(d, 'specimens would show').speaker, null);
  assert.equal(find(d, 'were sacrificed').speaker, null);
});

test('an officer of a named organisation speaks for it; "told the Military Times" is the hearer', async () => {
  const d = await analyse(
    'Egypt ordered the killing of 300,000 pigs. According to the World Health Organization\'s chief veterinary officer, it was completely unnecessary.\n\n' +
      'On Friday, the Combined Joint Task Force released a statement on the attack.\n\n' +
      'A spokesperson told the Military Times the attack took place at about 7:45 p.m.',
  );
  assert.equal(speaker(find(d, 'completely unnecessary')), 'World Health Organization');
  const told = find(d, 'attack took place');
  assert.ok(told.text.startsWith('the attack took place'));
  assert.match(speaker(told) ?? '', /Combined Joint Task Force/);
});

test('the rest of a hearer\'s phrase before "that" is no part of the content ("told AFP news agency that")', async () => {
  const d = await analyse(
    'Andrea Jelinek told AFP news agency that the fine was a strong signal. Jelinek told the BBC\'s Today programme that the fine was overdue. ' +
      'She told a news conference that the ruling was final.',
  );
  assert.equal(find(d, 'strong signal').text, 'the fine was a strong signal');
  assert.equal(find(d, 'was overdue').text, 'the fine was overdue');
  assert.equal(find(d, 'was final').text, 'the ruling was final');
});

test('a place before "spokesperson" speaks as an institution ("a Downing Street spokeswoman")', async () => {
  const d = await analyse('A Downing Street spokeswoman said the prime minister was confident of a deal.');
  assert.equal(speaker(find(d, 'was confident')), 'Downing Street');
});

test('"according to its press release, the NBA …" looks ahead to the subject; "his family" does not', async () => {
  const d = await analyse(
    'The Utah Jazz were to play against the Oklahoma City Thunder.\n\n' +
      'According to its press release, the NBA was suspending game play until further notice.\n\n' +
      'Tony Mendez lived in Maryland. According to his family, Mendez died of Parkinson\'s disease.',
  );
  assert.equal(speaker(find(d, 'suspending game play')), 'NBA');
  assert.notEqual(speaker(find(d, 'died of Parkinson')), 'Tony Mendez');
});

test('"…, who told …" is the person named before it; "X, citing Y, reported" is Y\'s report', async () => {
  const d = await analyse(
    'This included the home of Prime Minister Tuilaepa, who told the press his nephew needed a dose. ' +
      'The Daily Telegraph, citing local paramilitary groups, reported that the attack consisted of three rockets.',
  );
  assert.equal(speaker(find(d, 'nephew needed')), 'Tuilaepa');
  assert.equal(find(d, 'three rockets').speaker, null);
});

test('a time adjunct between the subject and its verb: "X, an activist, on Sunday told …"', async () => {
  const d = await analyse(
    'One activist, Nur Khan Liton, on Sunday told Agence France-Presse arson has been used "as a weapon to evict poor slum dwellers" by developers.',
  );
  const report = indirect(d).find((q) => q.text.includes('arson'));
  assert.ok(report);
  assert.ok(report.text.startsWith('arson has been used'), report.text);
  assert.equal(speaker(report), 'Nur Khan Liton');
  assert.equal(speaker(direct(d)[0]!), 'Nur Khan Liton');
});

test('"Politico quoted X, formerly …, as saying "A" and "B"": both are X\'s', async () => {
  const d = await analyse(
    'Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying "FEMA has an important role in coordinating the larger response to the crisis" and "[i]f there\'s an emergency, FEMA needs to be involved."',
  );
  assert.equal(speaker(find(d, 'important role')), 'Tim Manning');
  assert.equal(speaker(find(d, 'needs to be involved')), 'Tim Manning');
});

test('a country\'s government or embassy is a speaker even when the country is not an entity; its seat is part of it', async () => {
  const d = await analyse(
    'On Wednesday, the German government said Russian opposition leader Alexei Navalny was poisoned with Novichok. ' +
      'According to the U.S. embassy in Beijing, the infected 60-year-old western man died on February 6.',
  );
  assert.equal(speaker(find(d, 'poisoned with Novichok')), 'German government');
  assert.equal(speaker(find(d, 'western man died')), 'U.S. embassy in Beijing');
});

test('a quotation with no frame inside reported speech takes the report\'s speaker', async () => {
  const d = await analyse('The rebels had "no intention of ever stopping the attacks on civilians in the region" this year, Interior Minister Ahmed Khan said.');
  assert.equal(speaker(direct(d)[0]!), 'Ahmed Khan');
});

test('"Witnesses, according to The Telegraph, said …" and "According to X, Y said …" are Y\'s reports only', async () => {
  const d = await analyse(
    'Witnesses, according to The Telegraph, said a man approached and attacked a group of middle-aged men. ' +
      'According to the BBC, the minister said the plan was dead.',
  );
  assert.equal(find(d, 'a man approached').speaker, null);
  assert.equal(indirect(d).filter((q) => q.text.includes('the plan was dead')).length, 1);
  assert.equal(find(d, 'the plan was dead').speaker, null);
});

test('`"…," the party told the press`: an article after a comma-ended quotation opens its frame', async () => {
  const d = await analyse('The Labour Party met on Monday. "We comply with the decision and will act," the party told the press.');
  assert.equal(find(d, 'We comply').rule, 'quotation-after');
});

test('"pointed out" reports with its particle; "pointed a gun" does not', async () => {
  const d = await analyse('Princess Ubolratana pointed out she had "relinquished my royal titles and lived as a commoner". The officer pointed a gun at him.');
  const report = find(d, 'she had');
  assert.equal(report.verb, 'point out');
  assert.equal(speaker(report), 'Ubolratana');
  assert.equal(d.quotes.filter((q) => q.text.includes('gun')).length, 0);
});

test('a bare title ("Minister") does not make its holder "the local health minister"', async () => {
  const d = await analyse(
    'The aircraft broke into two pieces, according to the Directorate General of Civil Aviation.\n\n' +
      'Civil Aviation Minister Hardeep Singh Puri said 18 people died. Hardeep also stated that both of the flight recorders have been recovered.\n\n' +
      'Among the dead are both the pilot and co-pilot. The local health minister said, "The injured persons have been rushed to Kozhikode Medical College and other nearby hospitals."',
  );
  assert.equal(find(d, 'injured persons').speaker, null);
});

test('"An official said …" reports; "…, an official said that …, Cyprus Mail reported" keeps only the official\'s report', async () => {
  const d = await analyse(
    'An official said that the talks would resume on Monday. ' +
      'In December, a Turkish official said that the pipeline renders the EastMed building effort unnecessary, Cyprus Mail reported.',
  );
  assert.ok(find(d, 'talks would resume'));
  const pipeline = indirect(d).filter((q) => q.text.includes('pipeline renders'));
  assert.equal(pipeline.length, 1);
  assert.equal(pipeline[0]!.text, 'the pipeline renders the EastMed building effort unnecessary');
  assert.equal(pipeline[0]!.speaker, null);
});

test('a constabulary is a body whatever its entity type: "According to police" is the one force named', async () => {
  const text = 'The Royal Papua New Guinea Constabulary set up checkpoints on roads leading into the valley. According to police, the ambush is believed to be a payback killing.';
  const d = await analyse(text);
  // The entity as the entity stage may give it: a name of another kind.
  const name = 'Royal Papua New Guinea Constabulary';
  const force = { id: 'force', name, type: 'OTHER' as const, aliases: [], roles: [], mentions: [{ start: 4, end: 4 + name.length, text: name }] };
  const qs = findQuotes({ ...d, entities: [...d.entities.filter((e) => e.name !== name), force] });
  const q = qs.find((x) => x.text.includes('payback killing'));
  assert.equal(q?.speaker?.name, name);
});

test('a name written before "magazine" is a publication that can speak, whatever its entity type', async () => {
  const text = 'Time magazine announced its choice on Monday. Time reported some readers were unhappy with the choice.';
  const d = await analyse(text);
  // The entity as the entity stage may give it: a place.
  const at = [0, text.indexOf('Time reported')];
  const time = { id: 'time', name: 'Time', type: 'LOC' as const, aliases: [], roles: [], mentions: at.map((start) => ({ start, end: start + 4, text: 'Time' })) };
  const qs = findQuotes({ ...d, entities: [...d.entities.filter((e) => e.name !== 'Time'), time] });
  const q = qs.find((x) => x.text.includes('some readers were unhappy'));
  assert.equal(q?.speaker?.name, 'Time');
});

test('an inverted frame with an apposition joins the quotation that continues after it', async () => {
  const d = await analyse(
    '"This day is very hard for me," said his father, Omar Haddad, at the ceremony. "It is good that his name lives on."',
  );
  const qs = direct(d);
  assert.equal(qs.length, 1);
  assert.ok(qs[0]!.text.startsWith('This day') && qs[0]!.text.endsWith('lives on.'));
  assert.equal(speaker(qs[0]!), 'Omar Haddad');
});

test('"According to official statements, X, …": a name after a plural source is the subject, not an apposition', async () => {
  const d = await analyse('According to official statements, Maria Lopez, now working from home, is to continue her duties during the quarantine.');
  assert.equal(find(d, 'continue her duties').speaker, null);
});

test('"the fire service", "the government statement": the body the article named with those words', async () => {
  const d = await analyse(
    // a name without "and" inside: how the NER model splits coordinated names is not this rule's concern
    'Dorset Fire Service were called to the building at 9am. The fire service indicated an investigation was underway.\n\n' +
      'The government of Burundi announced his death on Tuesday. The government statement announced the death "with great sorrow to all the people of the nation."',
  );
  assert.equal(speaker(find(d, 'investigation was underway')), 'Dorset Fire Service');
  assert.equal(speaker(find(d, 'with great sorrow')), 'government of Burundi');
});

test('"his grieving father" is the person the article names in apposition as "his father"; a medial frame\'s content starts after a semicolon', async () => {
  const d = await analyse(
    'The boy and his mother drowned at sea in 2015; they had, his grieving father says, paid smugglers to take them to Greece in a small boat. "This day is very hard for me," said his father, Omar Haddad, at the ceremony.',
  );
  const q = find(d, 'paid smugglers');
  assert.equal(q.text, 'they had, his grieving father says, paid smugglers to take them to Greece in a small boat');
  assert.equal(speaker(q), 'Omar Haddad');
});

test('"underlined" reports; a document "signed by X" speaks for X; a source\'s seat after "in" is not the source', async () => {
  const d = await analyse(
    'Prime Minister Anna Berg met the envoy on Tuesday. Berg underlined they will keep channels to the neighbours open for dialogue.\n\n' +
      'Pope Francis issued new rules on Thursday. The decree signed by the Pope read "The crimes of abuse harm the whole community of the faithful."\n\n' +
      'According to the Centers for Disease Control and Prevention in the United States, one in every thousand children who catch measles develop encephalitis.',
  );
  assert.equal(speaker(find(d, 'channels to the neighbours')), 'Anna Berg');
  assert.equal(find(d, 'crimes of abuse').speaker?.entity, d.entities.find((e) => e.name === 'Pope Francis')?.id);
  assert.equal(speaker(find(d, 'one in every thousand')), 'Centers for Disease Control and Prevention');
});

test('a person\'s name that opens an institution\'s name ("Johns Hopkins Center for …") names the institution', async () => {
  const text = 'According to the reports by Johns Hopkins Center for Systems Science and Engineering, there are at least 142 cases in India.';
  const d = await analyse(text);
  // The entity as the entity stage may give it: a person.
  const start = text.indexOf('Johns Hopkins');
  const person = { id: 'jh', name: 'Johns Hopkins', type: 'PERSON' as const, aliases: [], roles: [], mentions: [{ start, end: start + 13, text: 'Johns Hopkins' }] };
  const qs = findQuotes({ ...d, entities: [...d.entities.filter((e) => !e.name.includes('Hopkins')), person] });
  assert.equal(qs.find((q) => q.text.includes('142 cases'))?.speaker?.name, 'Johns Hopkins Center for Systems Science and Engineering');
});

test('a pronoun framing a quotation in the sentence of X\'s own frame is X, even of the other gender', async () => {
  const d = await analyse(
    'Prime Minister Adam Reid recommended a withdrawal. Following the vote, a ministry spokesperson, Maria Lopez, indicated the country was disappointed by the decision: "While we await clarification on the resolution," he said, "we strongly urge leaders to reconsider."',
  );
  assert.equal(speaker(find(d, 'While we await')), 'Maria Lopez');
  // Not when someone the pronoun fits is named in that sentence too.
  const other = await analyse('Adam Reid told Maria Lopez the talks had failed on Monday: "We will not sign this deal today," she said.');
  assert.notEqual(speaker(find(other, 'We will not sign')), 'Adam Reid');
});

test('"Members of the House of Commons" are unnamed people, not the House', async () => {
  const d = await analyse('Parliament was suspended on Monday. Members of the House of Commons protested by shouting "shame on you!" during the final session.');
  assert.equal(find(d, 'shame on you').speaker, null);
});

test('"he" does not take a body named only in the text ("Trump administration") as the last speaker', async () => {
  const d = await analyse('For weeks, the Trump administration has pushed the plan. Later the administration said the plan would go ahead. "We will not back down on this plan now," he said.');
  assert.equal(speaker(find(d, 'plan would go ahead')), 'Trump administration');
  assert.notEqual(speaker(find(d, 'We will not back down')), 'Trump administration');
});

test('a one-word "place" the article only uses as a person\'s surname is that person', async () => {
  const d = await analyse('Sudesh Amman, 20, was released from prison a week ago. Amman, who was described as dangerous by the police, advised his girlfriend to kill her "kuffar" parents.');
  assert.equal(speaker(find(d, 'kuffar')), 'Sudesh Amman');
  // Not checked since the model trained on news (session 6): in "Sudesh Amman flew to Amman …
  // Amman said …" the model reads every "Amman" as the person (docs/ner.md, "Limits").
});

test('a name unknown to the entity stage opening a sentence before its verb; a surname spelled a second way', async () => {
  const d = await analyse(
    'Sally Wasef led the study of the birds. Wasif suggested, in likelihood, "next to each temple there was a lake where the birds would live and feed."\n\n' +
      'The storm hit on Monday. Rappler reported three malls in the city were damaged by the quake. Rescuers said two people were still missing in the rubble.',
  );
  assert.equal(speaker(find(d, 'next to each temple')), 'Sally Wasef');
  assert.equal(speaker(find(d, 'three malls')), 'Rappler');
  assert.equal(find(d, 'still missing').speaker, null);
});

test('a noun phrase object before "so"/"until" is no reported clause ("declared a state of emergency so he could …")', async () => {
  const d = await analyse('President Adam Reid declared a state of emergency so he could begin building the wall. She promised protests every week until Sweden joined the agreement.');
  assert.equal(indirect(d).length, 0);
});

test('"filed a motion claiming …": a filing reports what it claims', async () => {
  const d = await analyse('On Friday, a group of landowners filed a motion claiming the new order is unconstitutional and violated their rights.');
  assert.equal(find(d, 'is unconstitutional').kind, 'indirect');
});

test('"announced the schedule … and followed it up": a second predicate is not a reported clause', async () => {
  const d = await analyse('The utility announced the schedule in a press release late yesterday and followed it up with a press conference this morning.');
  assert.equal(indirect(d).length, 0);
});

/** One speaker case: the quote holding `quote` in `text` has `speaker` (null: nobody named), and `span` as its text when given. */
interface SpeakerCase {
  rule: string;
  text: string;
  quote: string;
  speaker: string | null;
  span?: string;
}

const SPEAKER_CASES: SpeakerCase[] = [
  {
    rule: '"Rabat said": a capital speaks for its country, named as the article names it',
    text: 'Morocco and Algeria remain at odds over the territory. Rabat said the autonomy plan was the only basis for talks.',
    quote: 'only basis for talks',
    speaker: 'Morocco',
  },
  {
    rule: '"Moscow said": a capital speaks for its country even where the article never names the country',
    text: 'The resolution passed with 12 votes. Moscow said the text prejudged the outcome of the negotiations.',
    quote: 'prejudged the outcome',
    speaker: 'Russia',
  },
  {
    rule: '"the regulator said" is the public body named nearest before, "Ofwat" too (a body the KB codes as a government\'s)',
    text: 'According to figures from the Environment Agency, the company\'s overflows discharged for 38,000 hours. Ofwat said Kennet Valley Water would also have to return £9 million to customers. The penalty must still be confirmed after a six-week consultation, the regulator said.',
    quote: 'six-week consultation',
    speaker: 'Ofwat',
  },
  {
    rule: '"The chair added" is the one written "the chair, X", not the nearer "Y\'s chairman, Z"',
    text: 'The motion calls on the chair, Deborah Kingsley, and the chief executive, Martin Ashworth, to stand down. "It is not the money alone," said Hartbury Vale\'s chairman, Richard Ebbsworth. "I understand the anger," Kingsley said in a letter. Ashworth has not commented. The chair added that executive pay was set by an independent committee.',
    quote: 'executive pay was set',
    speaker: 'Deborah Kingsley',
  },
  {
    rule: '"Sweden\'s justice minister on Monday defended …, saying" in a lede that names nobody: the person named next',
    text: 'Justice minister defends plan\n\nSweden’s justice minister on Monday defended a government proposal, saying the networks had turned teenagers into “their most valuable tool”.\n\nHenrik Abrahamsson, who presented the bill at a press conference, said the proposal was a response to “a completely new situation”.',
    quote: 'networks had turned',
    speaker: 'Henrik Abrahamsson',
  },
  {
    rule: '"The fisheries ministry said" is the one ministry the article names with that word',
    text: 'Officials at the Ministry of Trade, Industry and Fisheries pushed back in March. The fisheries ministry said in a written reply that it was in ongoing dialogue with the climate ministry.',
    quote: 'ongoing dialogue',
    speaker: 'Ministry of Trade, Industry and Fisheries',
  },
  {
    rule: '"Spain\'s agriculture ministry estimates" is the ministry the article names in Spanish with that portfolio',
    text: 'The Ministerio de Agricultura, Pesca y Alimentación said last week that it had asked Brussels for help. Spain’s agriculture ministry estimates that the country holds about 37 million hectolitres of wine in stock.',
    quote: 'holds about 37 million',
    speaker: 'Ministerio de Agricultura, Pesca y Alimentación',
  },
  {
    rule: '"Romanian organised crime prosecutors said" is the one body whose name holds their field',
    text: 'BUCHAREST — Romanian organised crime prosecutors said on Thursday they had charged a businessman with money laundering.\n\nThe Directorate for Investigating Organised Crime and Terrorism (DIICOT) said the suspect had paid influencers.',
    quote: 'charged a businessman',
    speaker: 'Directorate for Investigating Organised Crime and Terrorism',
  },
  {
    rule: '"ClipStream, the video-sharing platform on which most of the content appeared, said": a body by its kind in apposition',
    text: 'ClipStream, the video-sharing platform on which most of the content appeared, said in an emailed statement that it had cooperated fully with investigators.',
    quote: 'cooperated fully',
    speaker: 'ClipStream',
  },
  {
    rule: '"Neighbouring Moldova\'s foreign ministry said" is the ministry as written',
    text: 'The Commission’s chief spokesperson wrote on X. Neighbouring Moldova’s foreign ministry said it was “relieved and grateful”.',
    quote: 'it was',
    speaker: 'Moldova’s foreign ministry',
  },
  {
    rule: '"The fourth party, the Hungarian Civic Alliance (AMC), said" is the body in apposition, not the party named before',
    text: 'The Liberal Renewal Party said it wanted the premiership. The fourth party, the Hungarian Civic Alliance (AMC), said it was open to any formula.',
    quote: 'open to any formula',
    speaker: 'Hungarian Civic Alliance',
  },
  {
    rule: '"The president-elect\'s office said" is the president-elect',
    text: 'President-elect Andrei Vlădescu met party leaders on Monday. The president-elect\'s office said in a statement that consultations would resume on Wednesday.',
    quote: 'consultations would resume',
    speaker: 'Andrei Vlădescu',
  },
  {
    rule: '"According to the Commission\'s preliminary findings" is the Commission',
    text: 'The European Commission opened a case. According to the Commission’s preliminary findings, about 25,000 accounts had been created.',
    quote: '25,000 accounts',
    speaker: 'European Commission',
  },
  {
    rule: '"repeated that "…" in national electoral decisions": a clause that goes on past its opening quotation is reported content too (rules §2.6)',
    text: 'The Commission has previously denied that it pressed the court, and Kaisa Lindroos repeated on Wednesday that "the Commission has no role whatsoever" in national electoral decisions.',
    quote: 'in national electoral decisions',
    speaker: 'Kaisa Lindroos',
  },
  {
    rule: '"The Thai army said" is the one body the article names with those words ("Royal Thai Army")',
    text: 'The Royal Thai Army deployed troops. The Thai army said Cambodian troops had opened fire first.',
    quote: 'opened fire first',
    speaker: 'Royal Thai Army',
  },
  {
    rule: '"Chinese foreign ministry spokesman Gao Wenjun said": a one-word place before one word is a two-word name',
    text: 'The Royal Thai Army deployed troops. Chinese foreign ministry spokesman Gao Wenjun said China welcomed the ceasefire.',
    quote: 'welcomed the ceasefire',
    speaker: 'Gao Wenjun',
  },
  {
    rule: '"Amnesty International\'s regional office said" is the body',
    text: 'The arrests drew criticism from rights groups. Amnesty International’s regional office said the Ugandan authorities were criminalising defenders.',
    quote: 'criminalising defenders',
    speaker: 'Amnesty International',
  },
  {
    rule: '"A company spokesperson said" after "Norvane Energies" (a company\'s word ends its name) is the company',
    text: 'Norvane Energies, the pipeline\'s majority shareholder, said it "took note" of the ruling. A company spokesperson said construction was 71 percent complete.',
    quote: '71 percent complete',
    speaker: 'Norvane Energies',
  },
  {
    rule: '"The ruling Georgian Dream party says" is the party the KB knows, not a body named after it',
    text: 'The ruling Georgian Dream party says the law is needed to expose “hidden” foreign funding. The European Union said it was concerned.',
    quote: 'law is needed',
    speaker: 'Georgian Dream',
  },
  {
    rule: '"The report described" after "The Review Panel, chaired by Helen Varcoe, handed its report" is the panel, not its chair',
    text: 'The Independent Venues Review Panel, chaired by former council chief executive Helen Varcoe, handed its 212-page report to the government on Tuesday. The report said a stadium in the parkland would leave a genuine legacy.',
    quote: 'stadium in the parkland',
    speaker: 'Independent Venues Review Panel',
  },
  {
    rule: '"has argued for months that": a span of time between the verb and its clause',
    text: 'Janet MacIsaac leads the Nova Scotia Nurses Alliance. The union has argued for months that mandatory overtime is driving nurses out.',
    quote: 'mandatory overtime is driving',
    speaker: 'Nova Scotia Nurses Alliance',
  },
  {
    rule: '"The union said" is the one workers\' union the story names, not a party named nearer',
    text: 'Staff at the hospital voted on Monday, according to Nurses United Ontario. ' + 'The vote passed with 87 per cent support. '.repeat(30) +
      'NDP health critic Teresa Vaillancourt accused the government of neglect. The union said it would review the overtime ban in 60 days.',
    quote: 'review the overtime ban',
    speaker: 'Nurses United Ontario',
  },
  {
    rule: '"the region\'s health authority said" in a lede, and "Health authority says" in a headline, is the authority named next',
    text: 'Health authority says Middleton ER will close overnight\n\nThe emergency department will close every night until August because there are not enough nurses, the region\'s health authority said Tuesday.\n\nAtlantic Shore Health Authority said in a statement that the closures were a last resort.',
    quote: 'not enough nurses',
    speaker: 'Atlantic Shore Health Authority',
  },
  {
    rule: '"Health authority says" in a headline is the authority the lede names',
    text: 'Health authority says Middleton ER will close overnight\n\nThe emergency department will close every night until August, the region\'s health authority said Tuesday.\n\nAtlantic Shore Health Authority said in a statement that the closures were a last resort.',
    quote: 'Middleton ER will close',
    speaker: 'Atlantic Shore Health Authority',
  },
  {
    rule: '"X, a group that has argued that A, said B": the relative clause\'s content ends at the main verb, and the group is X',
    text: 'The Summit Taxpayers Council, a conservative group that has argued for years that districts spend too much on administration, said in a statement that districts have more room to trim.',
    quote: 'districts spend too much',
    speaker: 'Summit Taxpayers Council',
    span: 'districts spend too much on administration',
  },
  {
    rule: '`in what Interior Minister X said was "…"`: the relative clause\'s subject, past the title, says the quotation too',
    text: 'Kosovo police raided five offices on Tuesday, seizing documents in what Interior Minister Valon Berisha said was "a lawful operation to end illegal structures."',
    quote: 'a lawful operation',
    speaker: 'Valon Berisha',
  },
  {
    rule: '"the bloc\'s envoy insisted" in a lede is the envoy named next ("The envoy, Finnish diplomat Henrik Aaltonen, told")',
    text: 'Talks end without deal\n\nBRUSSELS — Kosovo and Serbia ended a day of EU-brokered talks on Thursday without agreeing on a timetable, but the bloc’s envoy insisted the two sides were “closer than they look.”\n\nThe envoy, Finnish diplomat Henrik Aaltonen, told reporters that the talks had been useful.',
    quote: 'closer than they look',
    speaker: 'Henrik Aaltonen',
  },
  {
    rule: '"Two EU diplomats familiar with the talks said": a count of unnamed people is nobody',
    text: 'The talks ended. Two EU diplomats familiar with the talks said the sides had come close to agreeing.',
    quote: 'come close to agreeing',
    speaker: null,
  },
  {
    rule: '"The 56-year-old general added" is the one titled general ("Major General Stefano Rinaldi"), not the person named last',
    text: 'KFOR commander Major General Stefano Rinaldi said in a statement that his troops would remain. Police spokesman Driton Hoxha said several vehicles had been seized. The 56-year-old general added that liaison officers had been in contact with Pristina.',
    quote: 'liaison officers',
    speaker: 'Stefano Rinaldi',
  },
  {
    rule: '"His party called the arrest …" is the body the person\'s apposition names',
    text: 'Jovičić, 52, a former deputy mayor of North Mitrovica and vice-president of the Serb Civic Union, was arrested on Wednesday. His party called the arrest “political persecution” and said it would boycott all institutions.',
    quote: 'boycott all institutions',
    speaker: 'Serb Civic Union',
  },
  {
    rule: '"According to the charge sheet" is the prosecuting office the article names',
    text: 'The Special Prosecution Office said in a statement that it had evidence. According to the charge sheet, he used a messaging group with more than 2,000 members to coordinate blockades.',
    quote: 'messaging group',
    speaker: 'Special Prosecution Office',
  },
  {
    rule: '"A Western diplomat in Pristina said": where an unnamed person is is no speaker',
    text: 'The arrest drew concern in Kosovo. A Western diplomat in Pristina said privately that the timing was not helpful.',
    quote: 'timing was not helpful',
    speaker: null,
  },
  {
    rule: '`blaming what he called "…"`: an attributed fragment, not a term',
    text: 'Interior Minister Valon Berisha went further, blaming what he called "Belgrade\'s criminal structures" for the attack.',
    quote: 'criminal structures',
    speaker: 'Valon Berisha',
  },
  {
    rule: '"with the Minister for Aged Care, Joanna Prentice, declaring": a participle\'s subject with a name in apposition',
    text: 'Homes that fail inspections will have their ratings capped under changes announced on Monday, with the Minister for Aged Care, Joanna Prentice, declaring there would be no more hiding behind averages.',
    quote: 'no more hiding',
    speaker: 'Joanna Prentice',
  },
  {
    rule: '"said the changes responded to the commission\'s finding that …": the clause after "finding that" is the noun\'s, not a report',
    text: 'Joanna Prentice announced the changes on Monday. Prentice said the changes responded directly to the royal commission’s finding that families lacked information to compare providers.',
    quote: 'families lacked information',
    speaker: 'Joanna Prentice',
    span: 'the changes responded directly to the royal commission’s finding that families lacked information to compare providers',
  },
  {
    rule: '"She said homes in so-called thin markets had been promised …": "so-called" opens no subordinate clause',
    text: 'Fiona McAllister spoke on Monday. She said homes in so-called thin markets had been promised extra support but that the money had been small.',
    quote: 'thin markets had been promised',
    speaker: 'Fiona McAllister',
  },
  {
    rule: '`argued the regime was "too slow," pointing out that …`: a participle after a comma inside the closing mark reports a clause of its own',
    text: 'Peter Kostakis spoke. Mr Kostakis argued the sanctions regime was "too slow and too gentle," pointing out that providers could keep operating while under sanction.',
    quote: 'the sanctions regime',
    speaker: 'Peter Kostakis',
    span: 'the sanctions regime was "too slow and too gentle,"',
  },
  {
    rule: '"said she had twice reported the arrangement to the Commission but had not heard back": a noun phrase object, then a second predicate, is no report',
    text: 'Danielle Moretti works nights. The nurse said she had twice reported the arrangement to the Aged Care Quality and Safety Commission but had not heard back.',
    quote: 'heard back',
    speaker: 'Danielle Moretti',
    span: 'she had twice reported the arrangement to the Aged Care Quality and Safety Commission but had not heard back',
  },
  {
    rule: '"a sharp response from Janelle Pruitt, who called them …": a person\'s name after "from" is no home town',
    text: 'The comments drew a sharp response from Councilwoman Janelle Pruitt, who called them "a shakedown, plain and simple."',
    quote: 'a shakedown',
    speaker: 'Janelle Pruitt',
  },
  {
    rule: '"The owner of the Riveters said" in a lede is the person the next sentence names, not the club',
    text: 'Riveters owner warns\n\nThe owner of the Carrick Falls Riveters said Thursday that he had held talks with two other cities about relocating the team.\n\nDennis Hollowell, who bought the club in 2017, would not name the cities.',
    quote: 'held talks',
    speaker: 'Dennis Hollowell',
  },
  {
    rule: '"…, state authorities said": "state" before a noun is no verb',
    text: 'At least 19 migrants were killed early on Tuesday when the cargo truck overturned on a highway in Oaxaca, state authorities said.',
    quote: 'At least 19 migrants',
    speaker: null,
  },
  {
    rule: '"“…,” Sri told reporters": "Sri", a given name, is no title (it is one only inside "Tan Sri")',
    text: 'Commission chair Sri Wahyuningsih led the hearing. “We are not here to stop the programme,” Sri told reporters after the hearing.',
    quote: 'not here to stop',
    speaker: 'Sri Wahyuningsih',
  },
  {
    rule: '"According to the submission" is the body that made it',
    text: 'The Health Ministry said in a written submission that its laboratories had identified bacteria. According to the submission, many of the cases involved food cooked before dawn.',
    quote: 'cooked before dawn',
    speaker: 'Health Ministry',
  },
  {
    rule: '"Police in Garut said", where the article names no force there, is nobody (not the town)',
    text: 'More than 200 students fell ill in Garut. Police in Garut said they had questioned the kitchen’s head chef and two suppliers.',
    quote: 'questioned the kitchen',
    speaker: null,
  },
  {
    rule: '"A spokeswoman for the forum" is the forum named before',
    text: 'The industry body that coordinates the zones, the Krill Operators\' Forum, said it would commission an audit. A spokeswoman for the forum added that members had nothing to hide.',
    quote: 'nothing to hide',
    speaker: 'Krill Operators\' Forum',
  },
  {
    rule: '"…, delegates said" after a dateline with a news agency is nobody, not the agency',
    text: 'Krill talks end\n\nHOBART, Australia, Oct 31 (Reuters) - The meeting ended on Friday without agreeing new rules for the fishery, delegates said.',
    quote: 'without agreeing new rules',
    speaker: null,
  },
  {
    rule: '"A spokesperson for the Department of Climate Change, Energy, the Environment and Water": "the" inside a portfolio list',
    text: 'A spokesperson for the Department of Climate Change, Energy, the Environment and Water said funding had increased in real terms.',
    quote: 'funding had increased',
    speaker: 'Department of Climate Change, Energy, the Environment and Water',
  },
  {
    rule: '"Balozi Theresia Makame" (Swahili for ambassador): the title is no part of the name',
    text: 'Foreign affairs permanent secretary Balozi Theresia Makame said the government had already invited observers.',
    quote: 'invited observers',
    speaker: 'Theresia Makame',
  },
  {
    rule: '"Lawyers for Mwakyusa said": a person\'s lawyers are unnamed, not their client',
    text: 'Elias Mwakyusa, 52, was detained at a roadblock. Lawyers for Mwakyusa said they had not been allowed to see him by Saturday evening.',
    quote: 'not been allowed',
    speaker: null,
  },
  {
    rule: '"a move she says was meant to …": a relative clause without its pronoun reports the rest of the clause',
    text: 'Grace Mushi refused to sign the code of conduct, a move she says was meant to force the government to agree to reforms.',
    quote: 'meant to force',
    speaker: 'Grace Mushi',
    span: 'was meant to force the government to agree to reforms',
  },
  {
    rule: '"In an Instagram story on Sunday night he wrote:" is "he", not the platform',
    text: 'Aditya Kulkarni lost on Sunday. In an Instagram story on Sunday night he wrote: "Sad way to end a good event. I will be back."',
    quote: 'Sad way to end',
    speaker: 'Aditya Kulkarni',
  },
  {
    rule: '"A retired man in his 70s, who gave only his surname, Okada, said": the name the relative clause gives',
    text: 'Shoppers appeared resigned. A retired man in his 70s, who gave only his surname, Okada, said he remembered the rice riot of 1993.',
    quote: 'remembered the rice riot',
    speaker: 'Okada',
  },
  {
    rule: '"according to data from the Ministry of Agriculture, Forestry and Fisheries": a comma inside the name',
    text: 'Prices rose in the week to March 2, according to data from the Ministry of Agriculture, Forestry and Fisheries.',
    quote: 'Prices rose',
    speaker: 'Ministry of Agriculture, Forestry and Fisheries',
  },
  {
    rule: '"X\'s campaign rejected the accusation as "desperate."": "reject" frames a quotation after "as", before a next sentence that only looks like a frame',
    text: 'Henrik Aaltonen is running for the presidency. Aaltonen’s campaign rejected the accusation as “desperate.” Both camps claim a majority.',
    quote: 'desperate.',
    speaker: 'Aaltonen’s campaign',
  },
  {
    rule: '"X\'s camp says": a camp speaks for its candidate',
    text: 'Henrik Aaltonen is running for the presidency. Aaltonen’s camp says it has the backing of most delegates.',
    quote: 'it has the backing',
    speaker: 'Aaltonen’s camp',
  },
  {
    rule: '"X\'s campaign rejected …. In a statement, it said": "it" is the office that opened the sentence before, not the dateline\'s country',
    text: 'TASHKENT — Rustam Nazarov accused his rival, Henrik Aaltonen, of buying votes.\n\nAaltonen’s campaign rejected the accusation. In a statement, it said the fund had been published in full.',
    quote: 'the fund had been published',
    speaker: 'Aaltonen’s campaign',
  },
  {
    rule: '"said the fund — which would … — had been published": a dashed aside inside reported content',
    text: 'Henrik Aaltonen is running for the presidency. Aaltonen said the proposed fund — which would give each federation up to €40,000 a year — had been published in full.',
    quote: 'the proposed fund',
    speaker: 'Henrik Aaltonen',
    span: 'the proposed fund — which would give each federation up to €40,000 a year — had been published in full',
  },
  {
    rule: '"with its senior vice-president, X, saying owners had been left with "no option"": the quotation is the named person\'s, and "announced the closures at a hastily called briefing" reports nothing',
    text: 'The Bangladesh Garment Producers and Exporters Council announced the closures at a hastily called briefing, with its senior vice-president, Shahriar Alam Dipu, saying owners had been left with "no option" after the attacks.',
    quote: 'no option',
    speaker: 'Shahriar Alam Dipu',
  },
  {
    rule: '"A Frontex spokesperson said …" then "the spokesperson added": the body brought in before, not a spokesman named later',
    text: 'A Frontex spokesperson said the agency did not comment on leaked documents.\n\n“Our cooperation with Greece rests on the principle that national authorities are in command,” the spokesperson added.\n\nEuropean Commission spokesman Tomas Lindqvist told reporters in Brussels that it was a matter for Greece.',
    quote: 'Our cooperation with Greece',
    speaker: 'Frontex',
  },
  {
    rule: '"X said the report showed that Frontex had become "…"": what a finding shows, inside X\'s report, is X\'s',
    text: 'Lotte van Daalen, a Dutch Green MEP, said the report showed that Frontex had become “a witness to tragedies it has no power to prevent.”',
    quote: 'a witness to tragedies',
    speaker: 'Lotte van Daalen',
  },
  {
    rule: '"BRUSSELS — A …, according to an internal report by X": the content starts after the dateline, and "an internal report" is no verb',
    text: 'BRUSSELS — The Greek coastguard twice turned down offers of aerial assistance from Frontex, according to an internal report by the agency’s Fundamental Rights Office.',
    quote: 'twice turned down',
    speaker: 'Fundamental Rights Office',
    span: 'The Greek coastguard twice turned down offers of aerial assistance from Frontex',
  },
  {
    rule: '"The top U.S. trade negotiator told Congress" in a lede, then "Testifying …, U.S. Trade Representative Douglas Pratt said": the person named next',
    text: 'Trade chief warns Canada\n\nWASHINGTON — The top U.S. trade negotiator told Congress on Tuesday that a Canadian dairy law could derail the talks.\n\nTestifying before the House Ways and Means Committee, U.S. Trade Representative Douglas Pratt said Ottawa had tied its own hands.',
    quote: 'a Canadian dairy law',
    speaker: 'Douglas Pratt',
  },
  {
    rule: '"A new report says" in a lede, then "The report, released Tuesday by X, …": who issued it',
    text: 'Dairy demands could cost farmers\n\nA new report says American demands for access to Canada\'s dairy market could cost farmers $1.2 billion a year.\n\nThe report, released Tuesday by the Ottawa-based Northbridge Agri-Food Institute, models three scenarios.',
    quote: 'American demands',
    speaker: 'Northbridge Agri-Food Institute',
  },
  {
    rule: '"The Portuguese operator, Redes Energéticas Lusitanas (REL), noted": a name the entity stage missed, in apposition to its kind, as written',
    text: 'Investigators traced the collapse to a surge, according to a report by ENTSO-E, the European Network of Transmission System Operators for Electricity.\n\nThe Portuguese operator, Redes Energéticas Lusitanas (REL), noted that the panel found no fault in its network.',
    quote: 'the panel found no fault',
    speaker: 'Redes Energéticas Lusitanas',
  },
  {
    rule: '"The board of the Hospital de São Vicente de Paulo confirmed": a body\'s governing organ speaks for it',
    text: 'The board of the Hospital de São Vicente de Paulo, in the city\'s Arroios district, confirmed on Thursday that a technical fault had affected one generator.',
    quote: 'a technical fault',
    speaker: 'Hospital de São Vicente de Paulo',
  },
  {
    rule: '"X, which owns …, rejected that account. A spokeswoman for the company said": the business the sentence before opens with',
    text: 'In a statement, Gridline Holdings Inc. said conventional plants did not behave as they were obliged to. Gridline Holdings Inc. runs the grid.\n\nNorthgate Energy Ltd., which owns two of the plants named in the report, rejected that account. A spokeswoman for the company said its plants had complied with every instruction.',
    quote: 'its plants had complied',
    speaker: 'Northgate Energy Ltd.',
  },
  {
    rule: '"The head of Transred, the company that runs the grid, told lawmakers" in a lede, then a sentence opening with someone named for the first time: that person',
    text: 'Grid chief faces Congress\n\nThe head of Gridline Holdings Inc., the company that runs Spain’s grid, told lawmakers on Wednesday that the blackout was the result of a chain of events.\n\nÁlvaro Quintanilla Robles, 58, spent almost four hours before the energy committee.',
    quote: 'the blackout was the result',
    speaker: 'Álvaro Quintanilla Robles',
  },
  {
    rule: '"14 Republican members of the House of Representatives wrote": a count of unnamed people of a body names nobody (rules §4.3)',
    text: 'In a letter sent to the embassy last month, 14 Republican members of the House of Representatives wrote that the fund\'s exclusions amounted to a campaign.',
    quote: 'the fund\'s exclusions',
    speaker: null,
  },
  {
    rule: '"The museum said" far from "the Harrow Vale Museum": a museum speaks as an institution, the one the article names',
    text: 'The Harrow Vale Museum has closed two galleries after a flood. Staff moved paintings to a store.\n\n' + 'Volunteers worked through the night. '.repeat(40) + '\n\nThe museum said in a statement that the galleries would reopen in May.',
    quote: 'the galleries would reopen',
    speaker: 'Harrow Vale Museum',
  },
  {
    rule: '"after the institution admitted that" in a lede: the body named just before',
    text: 'The director of the Harrow Vale Museum has resigned after the institution admitted that 300 objects were missing.',
    quote: '300 objects were missing',
    speaker: 'Harrow Vale Museum',
  },
  {
    rule: '"The review, led by the former head of the civil service Dame Margaret Fell, said": an inquiry speaks for whoever led it (rules §4.2)',
    text: 'The review, led by the former head of the civil service Dame Margaret Fell, said trustees had been given false assurance about the stores.',
    quote: 'trustees had been given',
    speaker: 'Margaret Fell',
  },
  {
    rule: '"The chair of the museum\'s trustees has told MPs" in a lede, then "Sir Anthony Greaves, 66, appeared": the person named next, past his title',
    text: 'Museum chair before MPs\n\nThe chair of the Harrow Vale Museum’s trustees has told MPs the board was slow to act.\n\nSir Anthony Greaves, 66, appeared before the committee on Tuesday.',
    quote: 'the board was slow',
    speaker: 'Anthony Greaves',
  },
  {
    rule: '"The Minister for the Environment, Climate and Communications has said" in a lede: the minister named next, not the portfolio read as a name; "the minister said" later is that person',
    text: 'Minister says grid is full\n\nThe Minister for the Environment, Climate and Communications has said the grid "cannot take" any more data centres.\n\nSpeaking on RTÉ Radio 1, Ciarán Mac Giolla Phádraig said the State had no choice.\n\n"Every megawatt counts," the minister said.',
    quote: 'Every megawatt counts,',
    speaker: 'Ciarán Mac Giolla Phádraig',
  },
  {
    rule: '"the Taoiseach said" after "Irish Prime Minister Seán Ó Conghaile": the Taoiseach is the prime minister',
    text: 'DUBLIN (Reuters) - Irish Prime Minister Seán Ó Conghaile on Wednesday defended data centres. A Labour TD criticised him.\n\nAsked about the reports, the Taoiseach said a levy was one option among several.',
    quote: 'a levy was one option',
    speaker: 'Seán Ó Conghaile',
  },
  {
    rule: '"The grid operator said" after "EirGrid": the one body named before with the noun\'s modifier in its name, not a broadcaster named nearer',
    text: 'The minister has said the grid is full, as EirGrid confirmed it will keep its restrictions on new connections in the region in place. Speaking on RTÉ Radio 1, the minister defended the policy.\n\nThe grid operator said in a statement that demand now accounts for a fifth of all electricity.',
    quote: 'demand now accounts',
    speaker: 'EirGrid',
  },
  {
    rule: '"Mac Giolla Phádraig said" after "Ciarán Mac Giolla Phádraig": an Irish family name of several words is the person named in full',
    text: 'Ciarán Mac Giolla Phádraig, the minister, visited the site on Monday. Residents met him.\n\nMac Giolla Phádraig said the plan would go ahead.',
    quote: 'the plan would go ahead',
    speaker: 'Ciarán Mac Giolla Phádraig',
  },
  {
    rule: '"Katrin Holmgren, the lawmaker who drafts the parliament\'s annual report on Turkey, told": "report" after a possessive and an adjective is a noun, no frame',
    text: 'Katrin Holmgren, the Swedish Green lawmaker who drafts the parliament’s annual report on Turkey, told the plenary in Strasbourg that the trial was political.',
    quote: 'the trial was political',
    speaker: 'Katrin Holmgren',
  },
  {
    rule: '"Germany\'s foreign office said": a country\'s office named in lower case, as written (rules §4.1)',
    text: 'Germany’s foreign office said on X that it was concerned by reports that observers had been refused entry.',
    quote: 'it was concerned',
    speaker: 'Germany’s foreign office',
  },
  {
    rule: '"A Reuters witness said": a name qualifying someone unnamed names nobody (rules §4.3)',
    text: 'Supporters gathered behind barriers. A Reuters witness said at least 12 people were detained after scuffles.',
    quote: 'at least 12 people',
    speaker: null,
  },
  {
    rule: '"the governor\'s office said" where no governor is named: the body "Istanbul Governor\'s Office" named before',
    text: 'The Istanbul Governor’s Office had banned all demonstrations in Silivri.\n\nRiot police used pepper spray. Many were detained.\n\nIn a statement issued on Friday evening, the governor’s office said 41 police officers had been injured.',
    quote: '41 police officers',
    speaker: 'Istanbul Governor’s Office',
  },
  {
    rule: '"Three members of the European Parliament who attended, A, B and C, said": the three listed, jointly',
    text: 'Three members of the European Parliament who attended the final day, Katrin Holmgren, Marco Baldini and Jana Dvořáková, said in a joint statement that they were alarmed.',
    quote: 'they were alarmed',
    speaker: 'Katrin Holmgren and Marco Baldini and Jana Dvořáková',
  },
  {
    rule: '"According to the HSP" after "People\'s Voice Party (HSP)": an acronym in another language, in brackets after the body\'s name, is that body',
    text: 'Aydınoğlu’s People’s Voice Party (HSP) reacted with fury. According to the HSP, more than 1,200 people have been detained.',
    quote: 'more than 1,200 people',
    speaker: 'People’s Voice Party',
  },
  {
    rule: '"the indictment reads" after "The document, signed by Chief Public Prosecutor X": who signed it',
    text: 'The indictment against the mayor runs to 3,904 pages.\n\nThe document, signed by Chief Public Prosecutor Cengiz Yıldırımtürk, alleges that the mayor led a criminal organisation.\n\n“Tenders were decided before they were announced,” the indictment reads.',
    quote: 'Tenders were decided before they were announced,',
    speaker: 'Cengiz Yıldırımtürk',
  },
  {
    rule: '"The letter, signed by all 34 bishops of the Tanzania Episcopal Conference (TEC), said": every member of a body is the body',
    text: 'The letter, signed by all 34 bishops of the Tanzania Episcopal Conference (TEC), said the nation was in mourning.',
    quote: 'the nation was in mourning',
    speaker: 'Tanzania Episcopal Conference',
  },
  {
    rule: '"In a report titled "The Long Wait," the coalition said it had …": a title in quotation marks frames nothing; the report is reported',
    text: 'In a 64-page report titled "The Long Wait," the Haki Mashariki Coalition said it had interviewed 203 relatives.',
    quote: 'it had interviewed 203 relatives',
    speaker: 'Haki Mashariki Coalition',
  },
  {
    rule: '"…, a coalition of East African rights groups said" in a lede, then "the Haki Mashariki Coalition said": the body named next with that noun in its name',
    text: 'Rights coalition says 112 vanished\n\nNAIROBI — At least 112 people remain unaccounted for, a coalition of East African rights groups said on Tuesday.\n\nIn a report, the Haki Mashariki Coalition said it had interviewed 203 relatives.',
    quote: 'At least 112 people remain unaccounted for',
    speaker: 'Haki Mashariki Coalition',
  },
  {
    rule: '"Sixteen Western embassies and the EU delegation said …. In the joint statement, the envoys said": envoys of many, unnamed, name nobody',
    text: 'DAR ES SALAAM — Sixteen Western embassies and the European Union delegation in Tanzania said on Tuesday they were concerned.\n\nIn the joint statement, the envoys said the arrests of opposition leaders risk undermining confidence.',
    quote: 'the arrests of opposition leaders',
    speaker: null,
  },
  {
    rule: '"The presidency said … that President Hery Andriamanantena had ordered": the president the article names',
    text: 'The presidency said on Wednesday evening that President Hery Andriamanantena had ordered an emergency plan to bring in generators.',
    quote: 'had ordered an emergency plan',
    speaker: 'Hery Andriamanantena',
  },
  {
    rule: '"France, the former colonial power, said": a country heads an apposition that names nobody, not a person the description might refer to',
    text: 'The protests have a soundtrack in a song by the rapper Kiady that has been streamed two million times.\n\nFrance, the former colonial power, said it was closely following the situation.',
    quote: 'it was closely following',
    speaker: 'France',
  },
  {
    rule: '"A senior official, speaking on condition of anonymity, said …. Jean-Claude Randrianarivelo … was sceptical. He said": someone named since, opening a sentence',
    text: 'The new energy minister, Faly Ratsimbazafy, said the target was ambitious. “I know it is a lot to ask,” the minister said.\n\nA senior official at the energy ministry, speaking on condition of anonymity, said the barge would arrive in February.\n\nJean-Claude Randrianarivelo, an energy analyst, was sceptical. He said generators were a bandage on a broken leg.',
    quote: 'generators were a bandage',
    speaker: 'Jean-Claude Randrianarivelo',
  },
  {
    rule: '"Another neighbour, who did not want to be named, said Mrs Lowther had …. "…," she said": a name inside the unnamed one\'s report is not who "she" is',
    text: '“She taught me to knit,” said Margaret, who lives opposite.\n\nAnother neighbour, who did not want to be named, said Mrs Lowther had once chased a robber out of the shop. ‘He didn’t get a penny,’ she said.',
    quote: 'He didn’t get a penny,',
    speaker: null,
  },
  {
    rule: '"her family said" after "The woman who died has been named as Glenys Parry": her family speak for themselves, unnamed (rules §4.3); "family" is no adverb',
    text: 'The woman who died has been named by police as Glenys Parry, of Leominster. In a statement released through the force, her family said she had been travelling to visit her sister.',
    quote: 'she had been travelling',
    speaker: null,
  },
  {
    rule: '"A person close to him said": the pronoun is an object; someone unnamed speaks (rules §4.3)',
    text: 'Pellew did not respond to a request for comment. A person close to him said he had learned of the decision in a video call.',
    quote: 'he had learned of the decision',
    speaker: null,
  },
  {
    rule: '"…, the team said in a statement" after "Stahlberg Racing sacked …": the sports team named before; "Stahlberg" alone is the team too',
    text: 'BUDAPEST - Stahlberg Racing sacked team principal Graham Pellew on Tuesday. Stahlberg have scored 11 points in six races.\n\nThe 52-year-old Briton will be replaced by technical director Ines Carvalho, the team said in a statement.',
    quote: 'The 52-year-old Briton will be replaced',
    speaker: 'Stahlberg Racing',
  },
  {
    rule: '"The team\'s lead driver Luca Baroni, who finished 14th, posted a message on Instagram: "…"": the person a possessive\'s noun names',
    text: 'Stahlberg Racing sacked its principal on Tuesday.\n\nThe team’s lead driver Luca Baroni, who finished 14th in Budapest, posted a short message on Instagram: “Thank you for everything, boss. We go again.”',
    quote: 'Thank you for everything',
    speaker: 'Luca Baroni',
  },
  {
    rule: '"BEUC, the European Consumer Organisation, said" then "BEUC\'s director general": an acronym with its full name in apposition is that body',
    text: 'In a letter sent on Monday, BEUC, the European Consumer Organisation, said the fine did nothing for consumers.\n\n"Refunds are justice," BEUC’s director general, Sofia Almeida, said. Later BEUC said it would sue.',
    quote: 'it would sue',
    speaker: 'European Consumer Organisation',
  },
  {
    rule: '"Nexaro dismissed the estimate. "…," the company said. The company said it was not aware": the business the sentence before opens with, and the same words again for the same business',
    text: 'Consumer groups are pressing Brussels to make Nexaro compensate app users who paid inflated prices.\n\nBEUC, the European Consumer Organisation, said users overpaid every time they paid inside a Nexaro app.\n\nNexaro dismissed the estimate. "BEUC\'s number is a guess," the company said.\n\nThe company said it was not aware of any legal basis for refunds.',
    quote: 'it was not aware',
    speaker: 'Nexaro',
  },
  {
    rule: '"A former permanent secretary for lands told the High Court" in a lede, then "Aporosa Delai, 61, the first witness, said": the person named next',
    text: 'Former lands secretary tells trial he was overruled\n\nA former permanent secretary for lands told the High Court in Suva yesterday that he had recommended a higher rent.\n\nAporosa Delai, 61, the first witness called by the commission, said the rent made no sense.',
    quote: 'he had recommended a higher rent',
    speaker: 'Aporosa Delai',
  },
  {
    rule: 'Fijian "Adi" is a chiefly title, no part of the name',
    text: 'The commission’s acting commissioner, Adi Mereoni Tabualevu, said the file was reopened last year.',
    quote: 'the file was reopened',
    speaker: 'Mereoni Tabualevu',
  },
  {
    rule: 'Icelandic "Varmaorka hf." keeps its legal form, and "Varmaorka" alone is the same company',
    text: 'Icelandic utility Varmaorka hf. has halted generation at its plant. Varmaorka said lava was 300 m away.',
    quote: 'lava was 300 m away',
    speaker: 'Varmaorka hf.',
  },
  {
    rule: '"The director general of Côte d\'Ivoire\'s cocoa regulator told lawmakers" in a lede, then "Arsène Kouassi Yao, who has led …": the person named next',
    text: 'Cocoa chief defends price\n\nABIDJAN — The director general of Côte d’Ivoire’s cocoa regulator told lawmakers on Tuesday that the fixed farmgate price had saved the farmer.\n\nArsène Kouassi Yao, who has led the Conseil du Café-Cacao (CCC) since 2021, spent four hours before the committee.',
    quote: 'the fixed farmgate price had saved',
    speaker: 'Arsène Kouassi Yao',
  },
  {
    rule: '"The Court of Auditors’ report, published in February, said": a plural possessive before a document with an apposition',
    text: 'The Court of Auditors published a report. The Court of Auditors’ report, published in February, said that 38 billion francs had been spent.',
    quote: '38 billion francs had been spent',
    speaker: 'Court of Auditors',
  },
  {
    rule: '"His People\'s Renewal Party said": the possessive opening the sentence is no part of the party\'s name',
    text: 'Chisambi has framed his campaign as a rescue mission. His People\'s Renewal Party (PRP) said on Thursday its own tally showed him winning outright.',
    quote: 'its own tally showed him winning outright',
    speaker: 'People\'s Renewal Party',
  },
  {
    rule: '"A 2024 World Bank study estimated": the year before the name is not part of it',
    text: 'The pressure is only going to grow. A 2024 World Bank study estimated that irrigated farmland in the basin would need more water.',
    quote: 'irrigated farmland in the basin',
    speaker: 'World Bank',
  },
  {
    rule: '"says a senior Johannesburg Water manager, who asked not to be named": an unnamed person of a body the entity stage cut short',
    text: 'Johannesburg Water said repairs were under way. “Every new MMC wants his own plan,” says a senior Johannesburg Water manager, who asked not to be named.',
    quote: 'Every new MMC wants his own plan',
    speaker: null,
  },
  {
    rule: '"Her spokeswoman said": the woman the possessive stands for, not the last name written',
    text: 'Water Minister Nomalanga Khumalo has yet to say whether she will invoke section 63 of the Water Services Act. Her spokeswoman said on Saturday that the minister was aware of the march.',
    quote: 'the minister was aware of the march',
    speaker: 'Nomalanga Khumalo',
  },
  {
    rule: '"… two days after the embassy issued a statement saying …": who issued the statement, inside a clause after "after"',
    text: 'The US Embassy in Maseru declined to comment. Mr Mosothoane\'s remarks came two days after the embassy issued a statement saying the tariff schedule applied to all trading partners.',
    quote: 'the tariff schedule applied to all trading partners',
    speaker: 'US Embassy in Maseru',
  },
  {
    rule: '"accused the government of … while AGOA lapsed last year, and said": a time clause is no new subject for "and said"',
    text: 'Opposition leader Tumelo Rapapa accused the government of sleeping on the job while AGOA lapsed last year, and said the Prime Minister should have gone to Washington himself.',
    quote: 'the Prime Minister should have gone to Washington himself',
    speaker: 'Tumelo Rapapa',
  },
  {
    rule: '"the chairman said" after "The chairman of the company, Dr. Ramon Villaraza Ocampo,": a form of address between the role and the name',
    text: 'The chairman of the company, Dr. Ramon Villaraza Ocampo, today welcomed the deal.\n\nSpeaking at a ceremony, the chairman said the merger marked a new era.',
    quote: 'the merger marked a new era',
    speaker: 'Ramon Villaraza Ocampo',
  },
  {
    rule: '"the Secretary-General said": a hyphenated title written capitalised, held by the person named with it',
    text: 'The Secretary-General of ASEAN, Ramon Villaraza Ocampo, today welcomed Timor-Leste.\n\nSpeaking at a ceremony, the Secretary-General said the admission marked a new era.',
    quote: 'the admission marked a new era',
    speaker: 'Ramon Villaraza Ocampo',
  },
  {
    rule: '"another Ahmed — Ahmed Rasheed Didi, a 47-year-old boat captain who … — said": the person named first between the dashes',
    text: 'Many resorts have switched salaries to rufiyaa. At the same resort, another Ahmed — Ahmed Rasheed Didi, a 47-year-old boat captain who has worked in tourism for 22 years — said the change had cost him a third of his income.',
    quote: 'the change had cost him a third of his income',
    speaker: 'Ahmed Rasheed Didi',
  },
  {
    rule: '"she said" after an unnamed official spoke: the woman named since as the subject of a clause ("Back at the ovens, Jallow lifted …")',
    text: 'Fatou Jallow has smoked fish in Gunjur for thirty years. A spokeswoman for the Gambia National Petroleum Corporation said the corporation takes the concerns seriously. "Our doors are open," the spokeswoman said.\n\nAn official of the village committee, who asked not to be named, said the committee had not been invited.\n\nBack at the ovens, Jallow lifted a rack of golden fish. "Look at this," she said. "This is our oil."',
    quote: 'Look at this',
    speaker: 'Fatou Jallow',
  },
  {
    rule: '"Hibo Ahmed Dirieh": a father\'s given name second in a name is part of it and tells nothing of her gender',
    text: 'Girma Wolde has driven trucks for twenty years. His income has fallen, he says.\n\n"People think the cargo arrives," said Hibo Ahmed Dirieh, a political economist. According to Dirieh, turnaround times rose. Her organisation surveyed 220 drivers.\n\nShe said the figures were a warning.',
    quote: 'the figures were a warning',
    speaker: 'Hibo Ahmed Dirieh',
  },
  {
    rule: '"the 41-year-old said" after a paragraph that opens with her and goes on naming nobody: the woman it opens with',
    text: 'Families return to a rebuilt kibbutz\n\nKIBBUTZ TEL SHALEV, Israel (AP) — The first thing Noa Ben-Ami did when she unlocked her new front door was open every window. The second was to check that the door of the safe room still sealed.\n\n“My children asked me why,” the 41-year-old said, standing in a kitchen.',
    quote: 'My children asked me why',
    speaker: 'Noa Ben-Ami',
  },
  {
    rule: 'a name with a Khoekhoe click written "!" ("Dr Elise !Gawaxab") is one name, its title apart',
    text: 'The forum published its report on Monday. "This is exactly what we feared," the forum\'s director, Dr Elise !Gawaxab, said.',
    quote: 'This is exactly what we feared',
    speaker: 'Elise !Gawaxab',
  },
  {
    rule: '"Hon. ʻAkilisi Fonokalafi": an ʻokina opens the given name, the title stays apart',
    text: 'The forum published its report on Monday. The minister, Hon. ʻAkilisi Fonokalafi, said the seats were a practical matter.',
    quote: 'the seats were a practical matter',
    speaker: 'ʻAkilisi Fonokalafi',
  },
  {
    rule: '"a Jesuit who taught in Dili": one capitalised word after "a" says what a person is, and "he" is the priest named before it',
    text: 'Among those at the Mass was Fr. Martinho Soares Guterres, a Jesuit who taught in Dili during the occupation. He said the Church would keep reminding politicians of the south.',
    quote: 'the Church would keep reminding politicians',
    speaker: 'Martinho Soares Guterres',
  },
  {
    rule: '"A Calder first officer based in Denver, who asked not to be identified, said": where someone unnamed works is no speaker',
    text: 'Some pilots were less measured. A Calder first officer based in Denver, who asked not to be identified because he was not authorized to speak to the media, said morale was "the worst I have seen in nine years."',
    quote: 'morale was',
    speaker: null,
  },
  {
    rule: '"In a statement posted on its Facebook page, it said": "it" is the body before, not the platform',
    text: 'The federal Government Communication Service rejected the figures. In a statement posted on its Facebook page late on Thursday, it said the region was peaceful and accessible.',
    quote: 'the region was peaceful',
    speaker: 'Government Communication Service',
  },
  {
    rule: '"The ruling Justice and Development Party (AKP) said": one party, not two people sharing a family name',
    text: 'Reconstruction has become a political fight.\n\nThe ruling Justice and Development Party (AKP) said the criticism was unworthy of the victims.',
    quote: 'the criticism was unworthy',
    speaker: 'Justice and Development Party',
  },
  {
    rule: '"… she told Reuters. Activists point to what they call …": the outlet told is not what "they" refers to',
    text: 'Anna Nowak runs a clinic in Warsaw. "Every time this body speaks, gynaecologists start calling their lawyers," she told Reuters.\n\nActivists have also pointed to what they call "a chilling effect" on pharmacists.',
    quote: 'a chilling effect',
    speaker: null,
  },
  {
    rule: '"Md. Abdul Mannan Sarker": the written short form of Mohammad stays in the name; "the OC" after "Officer-in-Charge (OC)" is not read from inside the hyphenated word',
    text: 'Md. Abdul Mannan Sarker, Officer-in-Charge (OC) of Ashulia Police Station, said the owner had fled. "He has been absconding since the fire," said the OC.',
    quote: 'the owner had fled',
    speaker: 'Md. Abdul Mannan Sarker',
  },
  {
    rule: '"…," van der Merwe said: two lower-case particles open the name after the quotation; "zu" is a particle ("Carl-Philipp zu Elmendorf")',
    text: 'Hendrik van der Merwe, the chief executive, spoke at the site. Carl-Philipp zu Elmendorf, the party leader, spoke too.\n\n"We have the wind and the land," van der Merwe said.',
    quote: 'We have the wind',
    speaker: 'Hendrik van der Merwe',
  },
  {
    rule: '"TD for Galway West Cathal Mac Donncha told": the compass word is the constituency\'s, not the name\'s',
    text: 'Rents rose again.\n\nFianna Fáil TD for Galway West Cathal Mac Donncha told the Connacht Tribune last month that the city needed more homes.',
    quote: 'the city needed more homes',
    speaker: 'Cathal Mac Donncha',
  },
  {
    rule: '"Nurbek kyzy said": a woman goes by her father\'s name and the patronymic word after "Aizada Nurbek kyzy"',
    text: 'Aizada Nurbek kyzy, a farmer in Jalal-Abad, said the water came three weeks late.\n\n"When they release water for the Kazakhs, the canals here are dry," Nurbek kyzy said.',
    quote: 'the canals here are dry',
    speaker: 'Aizada Nurbek kyzy',
  },
  {
    rule: '"whose husband Daniyar": a kin noun right before a name gives its gender, so "she said" is his widow',
    text: 'Gulnara Abdrakhmanova, 36, whose husband Daniyar was an operator at the field, sits in the kitchen of their house.\n\n"He went on the night shift on Wednesday," she said.',
    quote: 'He went on the night shift',
    speaker: 'Gulnara Abdrakhmanova',
  },
  {
    rule: '"Kenya\'s health ministry said" is not "Uganda\'s Ministry of Health"',
    text: 'Uganda’s Ministry of Health declared an outbreak on Thursday. Kenya’s health ministry said in a statement that it had stepped up screening at both crossings.',
    quote: 'stepped up screening',
    speaker: 'Kenya’s health ministry',
  },
  {
    rule: '"The 84-page draft, prepared by X, says": a document with words before its noun speaks for whoever prepared it',
    text: 'The 84-page draft, prepared by the Ministry of Climate and Environment, says that nutrient discharges from fish farms are now comparable to the sewage of a city.',
    quote: 'nutrient discharges',
    speaker: 'Ministry of Climate and Environment',
  },
  {
    rule: '"…, according to its annual results": the clause\'s subject, or the body that owns it ("Baoyue\'s net loss")',
    text: 'Baoyue Property Holdings said sales fell. Baoyue\'s net loss widened to 11.4 billion yuan in 2025, according to its annual results published in March.',
    quote: 'net loss widened',
    speaker: 'Baoyue Property Holdings',
  },
  {
    rule: '"The agency recorded …, according to its latest bulletin": the pronoun is the clause\'s subject',
    text: 'The World Health Organization warned of cholera. The agency recorded 38,412 suspected cases by March, according to its latest epidemiological bulletin.',
    quote: 'suspected cases',
    speaker: 'World Health Organization',
  },
  {
    rule: '"said A and called on B": the content ends before an act of the frame\'s subject',
    text: 'In a statement issued after a two-day session, the Holy Synod said the Church had not been consulted and called on the ministry to withdraw the draft curriculum.',
    quote: 'had not been consulted',
    speaker: 'Holy Synod',
    span: 'the Church had not been consulted',
  },
  {
    rule: '"said it "…" and urged citizens not to trust offers of "…"": a quotation in the act after reported speech is the reporter\'s',
    text: 'The Chinese embassy said it "firmly supports" the crackdown and urged Chinese citizens not to trust offers of "high pay for easy work" abroad.',
    quote: 'high pay for easy work',
    speaker: 'Chinese embassy',
  },
  {
    rule: '"said the plan was "dead," adding that …": the comma inside the closing mark ends the content, and the participle reports its own clause',
    text: 'Ana Morales said the plan was "dead," adding that the talks would not resume before the summer.',
    quote: 'talks would not resume',
    speaker: 'Ana Morales',
    span: 'the talks would not resume before the summer',
  },
  {
    rule: '"…, with A of X calling it "…" and B of Y calling it "…"": a person "of" a place before the participle is its subject',
    text: 'Labour Councillors attacked the budget, with Mara Ellison of Leeds calling it "reckless" and Tom Hadley of York calling the plan "a betrayal of every promise made to the voters".',
    quote: 'betrayal of every promise',
    speaker: 'Tom Hadley',
  },
  {
    rule: '"X told Y the data suggested a pattern: "…"": before a colon, a frame without a speaker inside an earlier report gives way to it',
    text: 'One of the authors, geologist Mirela Tanase, told the Harbour Gazette the number of collapses in unrelated valleys suggested a common cause: "Somewhere below these hills the rock is giving way."',
    quote: 'rock is giving way',
    speaker: 'Mirela Tanase',
  },
  {
    rule: '"X, a Ph.D. candidate at the University of Y, said": the degree does not end the sentence',
    text: 'Lead author Tomasz Wrobel, a Ph.D. candidate at the University of Gdansk, said, "The bones tell a different story."',
    quote: 'bones tell a different story',
    speaker: 'Tomasz Wrobel',
  },
  {
    rule: '"X, Director of A, and Chairman of B, says": a second role in the apposition continues the first',
    text: 'Professor Ilse Marquardt, Director of the Baltic Salt Survey, and Chairman of the Nordic Council for Nutrition, says that most bread is made without iodised salt.',
    quote: 'most bread is made',
    speaker: 'Ilse Marquardt',
  },
  {
    rule: '"Why did she come back? "…"": a quotation after a sentence whose subject is "she" is hers',
    text: 'Marta Kowalczyk, a nurse from Gdansk, queued for six hours outside the stadium. Why did she wait so long? "I saw them play in 1996 and never forgot it."',
    quote: 'never forgot it',
    speaker: 'Marta Kowalczyk',
  },
  {
    rule: '"… at the University of Leeds, Headingley, said": a place that qualifies an institution is not the speaker',
    text: 'The collection opened to the public in May. Miriam Oduya, curator of prints at the University of Leeds, Headingley, said, "We have waited ten years for this room."',
    quote: 'waited ten years',
    speaker: 'Miriam Oduya',
  },
  {
    rule: '"the arrest of lawyer Tomas Brandt … he said": a name after a preposition and a role noun is not the subject "he" continues',
    text: 'On Monday, Interior Minister Viktor Halloran of the ruling party defended the arrest of lawyer Tomas Brandt but did not say who had ordered it. Speaking to reporters, he said, "The courts will decide."',
    quote: 'courts will decide',
    speaker: 'Viktor Halloran',
  },
  {
    rule: '"Holm said" after "Greta Holmes": a surname written with a letter left out is the same person',
    text: 'Greta Holmes runs the harbour museum. "We restored the boats ourselves," Holme said.',
    quote: 'restored the boats',
    speaker: 'Greta Holmes',
  },
  {
    rule: '"Mike McCready of Pearl Jam said": the person, not the person and band run into one name',
    text: 'The band played in Seattle. Mike McCready of Pearl Jam said the shows had sold out within an hour.',
    quote: 'shows had sold out',
    speaker: 'Mike McCready',
  },
  {
    rule: '"according to al-Eryani": a name opened by a particle and a hyphen, unknown to the entity stage, is whole',
    text: "Yemen's government condemned the attack. According to al-Eryani, the rebels are backed by Iran.",
    quote: 'rebels are backed',
    speaker: 'al-Eryani',
  },
  {
    rule: '"…, said Information Minister X on Sunday": an inverted frame without quotation marks; the clause before it is the content',
    text: 'The ceasefire has failed, said Information Minister Ahmed al-Amri on Sunday.',
    quote: 'The ceasefire has failed',
    speaker: 'Ahmed al-Amri',
  },
  {
    rule: '"WHO said": the organisation, not a relative pronoun',
    text: 'The World Health Organization (WHO) met on Monday. WHO said they are uncertain whether people can spread the virus before symptoms show.',
    quote: 'they are uncertain',
    speaker: 'World Health Organization',
  },
  {
    rule: '"the hotel\'s website": the place named earlier with that word in its name',
    text: 'A fire broke out at the Hotel Arpit Palace on Tuesday. The hotel\'s website estimated 120 people were in the building at the time.',
    quote: '120 people',
    speaker: 'Hotel Arpit Palace',
  },
  {
    rule: '"according to its polling": the body the pronoun refers to',
    text: 'The New York Times reported the caucuses could be the last. According to its polling, roughly two-thirds of the voters preferred a primary.',
    quote: 'two-thirds',
    speaker: 'The New York Times',
  },
  {
    rule: '"the court": the court the article is about, of those named with that word',
    text: 'The Court of Session ruled on Wednesday. Judges of the Court of Session heard the case in Edinburgh. ' +
      'The government will appeal to the Supreme Court next week. The court said the advice to the Queen was unlawful and of no effect.',
    quote: 'advice to the Queen',
    speaker: 'Court of Session',
  },
  {
    rule: '"the foreign minister" refers back to the one named "Foreign Secretary"',
    text: "Mexico's Foreign Secretary Marcelo Ebrard said the government would protect its citizens. " +
      'The foreign minister said Mexico would consider charging the gunman with terrorism.',
    quote: 'would consider charging',
    speaker: 'Marcelo Ebrard',
  },
  {
    rule: 'a given name inside a place name is not a person ("Santa Barbara County")',
    text: '"This is the worst-case scenario," said Santa Barbara County Fire Captain Bill Brown.',
    quote: 'worst-case',
    speaker: 'Bill Brown',
  },
  {
    rule: 'a possessive inside a phrase after the speaker does not hide the speaker',
    text: '"We wanted to find out how these superbugs are spread," said lead author Professor David Livermore of the University of East Anglia\'s medical school.',
    quote: 'superbugs are spread',
    speaker: 'David Livermore',
  },
  {
    rule: 'an organisation written in a shorter form takes the fuller name the article gives it',
    text: 'The Emergency Situations Ministry stated all occupants were from Smolensk. ' +
      'The Emergencies Ministry has, in a statement, called on drivers to "not forget that the lives of other people depend on you."',
    quote: 'not forget',
    speaker: 'Emergency Situations Ministry',
  },
  {
    rule: '"Another report from X said …": the document speaks for whoever it is from',
    text: 'Another report from the Mexican government during the weekend said eight Mexicans died in the attack.',
    quote: 'eight Mexicans died',
    speaker: 'Mexican government',
  },
  {
    rule: 'an organisation\'s name runs over "on"/"of" between its capitalised words',
    text: 'This Thursday the United States Commission on International Religious Freedom (USCIRF) also criticized the move. They released a statement which said, "Hagia Sophia bears profound historical and spiritual significance to Muslims and Christians alike."',
    quote: 'Hagia Sophia',
    speaker: 'United States Commission on International Religious Freedom',
  },
  {
    rule: '"X issued the following statement from Y:" introduces Y\'s words',
    text: 'King Maha Vajiralongkorn opposed the plan.\n\nThe palace issued the following statement from the king: "Involvement of a high-ranking member of the royal family in politics is considered extremely inappropriate."',
    quote: 'Involvement of',
    speaker: 'Maha Vajiralongkorn',
  },
  {
    rule: 'an acronym in brackets after an organisation\'s name is that organisation',
    text: 'Pacific Gas and Electric Company (PG&E) began cutting power on Wednesday. According to PG&E\'s schedule, by noon over half a million customers could be affected.',
    quote: 'half a million',
    speaker: 'Pacific Gas and Electric Company',
  },
  {
    rule: 'an acronym is spelled out from the name words before its bracket, not from a day before them',
    text: 'This Thursday the United States Commission on International Religious Freedom (USCIRF) criticized the move. USCIRF said the decision was a serious mistake.',
    quote: 'serious mistake',
    speaker: 'United States Commission on International Religious Freedom',
  },
  {
    rule: '"posting on Twitter, "…"": a verb of posting frames the quotation after adjuncts',
    text: 'Maria Lopez took to social media, posting at 9:15 am on Twitter, "We have tested positive and will stay at home."',
    quote: 'tested positive',
    speaker: 'Maria Lopez',
  },
  {
    rule: 'a role noun before a person\'s name stays in the subject of a participle frame',
    text: 'Team physician Alan Brooks issued a statement saying the player has been given two weeks of rest.',
    quote: 'two weeks of rest',
    speaker: 'Alan Brooks',
  },
  {
    rule: 'a speaker introduced by a colon sentence is the last speaker for "They also said"',
    text: 'The Ohio Department of Natural Resources (ODNR) closed the harbour. The Department issued a statement: "There was an accident at the harbour on Friday at 2 p.m. Two boats were damaged and one sailor was taken to hospital. He is now in stable condition." They also said they believed the storm had caused the accident.',
    quote: 'storm had caused',
    speaker: 'Ohio Department of Natural Resources',
  },
  {
    rule: '"the administration" after "the Trump administration" is that administration; a time phrase before a subject is passed',
    text: 'For weeks, the Trump administration has been trying to add the question to the census. A few days later the administration said he would use an executive order to add the question.',
    quote: 'executive order',
    speaker: 'Trump administration',
  },
  {
    rule: '"if written by …" is a reduced passive clause, not the frame of a quotation after it',
    text: 'According to prosecutor Linda Marsh, the letter if written by the suspect could strengthen the case: "The key factor here is that it appears to be an intent to threaten the town."',
    quote: 'key factor',
    speaker: 'Linda Marsh',
  },
  {
    rule: '"X, citing anonymous sources, reported": sources not named leave the outlet as the speaker',
    text: 'Reuters, citing anonymous sources, reported both production and export of oil had been disrupted.',
    quote: 'production and export',
    speaker: 'Reuters',
  },
  {
    rule: '"according to <team> assistant coach <name>": the name nearest the end of the source',
    text: 'Maroochydore lost to University on Saturday. The game was a hard, physical match according to Maroochydore assistant coach Ben Radmall.',
    quote: 'physical match',
    speaker: 'Ben Radmall',
  },
  {
    rule: '"…, to which on February 1 X acknowledged …": the subject after a relative pronoun and a date',
    text: 'On January 28, UpGuard emailed Amazon Web Services informing them of the situation, to which on February 1 Amazon Web Services acknowledged the owner had been informed.',
    quote: 'owner had been informed',
    speaker: 'Amazon Web Services',
  },
  {
    rule: 'a name with a web domain is a website; one named in the apposition of "One news site" speaks',
    text: 'The agency denies the two explosions are related. One news site, Znak.com, claims security sources have ascribed the explosion to terrorism.',
    quote: 'ascribed the explosion',
    speaker: 'Znak.com',
  },
  {
    rule: 'a past tense of saying opening the sentence ("Remarked scientist X, "…"") frames the quotation; X is the speaker',
    text: 'The survey was released on Monday. Remarked conservation scientist Anna Berg, "This is a small reprieve for the birds and we should celebrate it."',
    quote: 'small reprieve',
    speaker: 'Anna Berg',
  },
  {
    rule: '"told reporters …" ends its content before ", with X claiming …", a report of its own whose subject follows "with"',
    text: 'The truck overturned in the rain; the driver told reporters he lost control, with some local papers claiming he was trying to pass a car.',
    quote: 'lost control',
    speaker: null,
    span: 'he lost control',
  },
  {
    rule: 'the participle after ", with X" reports what X said',
    text: 'The truck overturned in the rain; the driver told reporters he lost control, with some local papers claiming he was trying to pass a car.',
    quote: 'trying to pass',
    speaker: null,
    span: 'he was trying to pass a car',
  },
  {
    rule: 'a nested report ending the sentence ("…, the Courier reported the mayor said.") is the inner speaker\'s',
    text: 'Mayor Anna Berg visited the site on Monday. Two bridges collapsed in the town, the Daily Courier reported the mayor said.',
    quote: 'Two bridges',
    speaker: 'Anna Berg',
    span: 'Two bridges collapsed in the town',
  },
  {
    rule: 'a given name before a surname the entity stage ran into its "of" phrase ("Tom Reed of Blue Harbour") makes the person',
    text: 'Tom Reed of Blue Harbour praised the record. In an interview, Reed commented, "he plays like nobody else on the stage."',
    quote: 'nobody else',
    speaker: 'Tom Reed',
  },
  {
    rule: 'unnamed people "of" a person ("Associates of X") are not that person',
    text: 'The team met on Monday. Associates of Anna Berg alleged she drank tea laced with poison.',
    quote: 'drank tea',
    speaker: null,
  },
  {
    rule: '"said this may …": the modal "may" after "this" is no month, the clause is reported',
    text: 'The eruption ended last year. The researchers have speculated this pattern may have occurred repeatedly during the eruption.',
    quote: 'pattern may have',
    speaker: null,
    span: 'this pattern may have occurred repeatedly during the eruption',
  },
  {
    rule: 'a surname with an apostrophe, run into an "of" phrase by the entity stage, is the person',
    text: '"We feel that this is going to heal us[,]" Crystal D\'Arcy of the Southern Paiute tribal historic preservation office told those gathered.',
    quote: 'heal us',
    speaker: "Crystal D'Arcy",
  },
  {
    rule: '"said X, who …." then a quotation with no frame continues the same quotation',
    text: '"There is no sense in two herds," said Paul Oakes, who helped manage the delivery. "We would try to get our numbers up first."',
    quote: 'numbers up first',
    speaker: 'Paul Oakes',
    span: 'There is no sense in two herds," said Paul Oakes, who helped manage the delivery. "We would try to get our numbers up first.',
  },
  {
    rule: '", saying that "…"" takes the subject after several introductory phrases ("A week later, during …,")',
    text: 'Maria Lopez spoke on Monday. A week later, during the second televised debate, Lopez defended her plan of a new tax, saying that "Yes, we are going to tax the banks."',
    quote: 'tax the banks',
    speaker: 'Maria Lopez',
  },
  {
    rule: 'a date inside an "according to" source is neither the source nor the end of it',
    text: 'NATO members met in Brussels. According to a June 3, 2021 NATO press release, Portugal spent an estimated 1.4% of its GDP on defence in 2020.',
    quote: 'Portugal spent',
    speaker: 'NATO',
    span: 'Portugal spent an estimated 1.4% of its GDP on defence in 2020',
  },
  {
    rule: '"<name> officials" are unnamed officials, whatever the name',
    text: 'Heavy rain fell on Tuesday. Interpol officials have said they are not worried about the request.',
    quote: 'not worried',
    speaker: null,
  },
  {
    rule: '"his legal team" speaks for itself, not for the one it defends',
    text: 'Peter Kovacs pleaded not guilty. His legal team argued he simply followed the rules.',
    quote: 'followed the rules',
    speaker: null,
  },
  {
    rule: 'a medial frame\'s content ends at a semicolon; a participle after it does not take the frame\'s speaker',
    text: 'The new orders will keep the plant busy for years, Peter Kovacs said, and repaying the loan seems realistic; unnamed analysts called this doubtful to Reuters, as the market is crowded, while noting this kind of vehicle is needed by the army.',
    quote: 'this kind of vehicle',
    speaker: null,
    span: 'this kind of vehicle is needed by the army',
  },
  {
    rule: 'the same sentence: the medial frame\'s content stops before the semicolon',
    text: 'The new orders will keep the plant busy for years, Peter Kovacs said, and repaying the loan seems realistic; unnamed analysts called this doubtful to Reuters, as the market is crowded, while noting this kind of vehicle is needed by the army.',
    quote: 'busy for years',
    speaker: 'Peter Kovacs',
    span: 'The new orders will keep the plant busy for years, Peter Kovacs said, and repaying the loan seems realistic',
  },
  {
    rule: '"The government of <place>" is the speaker as written; a colon after its sentence introduces its words',
    text: 'The government of Guam issued a statement agreeing the matter should be settled by Congress and not by courts: "imposing a ruling by judicial fiat would ignore the wishes of our people." Their statement also read "a ruling over our objections violates basic principles of self-rule."',
    quote: 'judicial fiat',
    speaker: 'government of Guam',
  },
  {
    rule: '"Their statement" is the body named only in the text that spoke last, not an entity named after it',
    text: 'The government of Guam issued a statement agreeing the matter should be settled by Congress and not by courts: "imposing a ruling by judicial fiat would ignore the wishes of our people." Their statement also read "a ruling over our objections violates basic principles of self-rule."',
    quote: 'self-rule',
    speaker: 'government of Guam',
  },
  {
    rule: 'an acronym in brackets is the organisation whose words before it spell it, over a comma',
    text: "As of Monday, Kenya's Institute of Hygiene, Disease Prevention and Research (IHDPR) reported the number of recorded cases included 40 active cases and 12 recovered cases.",
    quote: 'recorded cases',
    speaker: 'Institute of Hygiene, Disease Prevention and Research',
  },
  {
    rule: '"the airline" is no public body named before it; with none else named, null',
    text: 'The Federal Aviation Administration grounded the jet. The airline said passengers would be rebooked.',
    quote: 'rebooked',
    speaker: null,
  },
  {
    rule: '"the company" is the business named before it, past a public body named nearer',
    text: 'Acme Corporation was fined by the Federal Aviation Administration on Monday. The company said passengers would be rebooked.',
    quote: 'rebooked',
    speaker: 'Acme Corporation',
  },
  {
    rule: 'capitalised words and a lower-case head of an organisation no entity names ("the Danish Coastal Rescue service") are the speaker as written',
    text: 'Two boats sank near the coast. The Danish Coastal Rescue service said the two fishermen had been found alive.',
    quote: 'found alive',
    speaker: 'Danish Coastal Rescue service',
  },
  {
    rule: '"the wildlife service" is the organisation named before whose name has its words',
    text: 'The Kenya Wildlife Service counted the herd in May. The wildlife service said the numbers had doubled since 2015.',
    quote: 'numbers had doubled',
    speaker: 'Kenya Wildlife Service',
  },
  {
    rule: '"the city of <place>" is the speaker as written, like "the government of <place>"',
    text: 'A small plane crashed on Sunday. The city of Lakewood announced on Twitter the state police would investigate the cause of the crash.',
    quote: 'state police would investigate',
    speaker: 'city of Lakewood',
  },
  {
    rule: 'a court\'s decision speaks for the court, named at its fullest ("the Supreme Court" after "the Ohio Supreme Court")',
    text: 'The Ohio Supreme Court overturned the convictions on Thursday. The Supreme Court decision stated the officials had acted for a political reason.',
    quote: 'political reason',
    speaker: 'Ohio Supreme Court',
  },
  {
    rule: 'an organisation\'s name as first written does not run into a person\'s name after it ("Supreme Court Justice Anna Berg")',
    text: 'Supreme Court Justice Anna Berg wrote the opinion. The Supreme Court decision stated the officials had acted for a political reason.',
    quote: 'political reason',
    speaker: 'Supreme Court',
  },
  {
    rule: '"…" — as X put it — frames the quotation before it',
    text: 'For four days, traffic "came to a standstill" — as Mayor Anna Berg put it — on the old bridge.',
    quote: 'came to a standstill',
    speaker: 'Anna Berg',
  },
  {
    rule: '"according to X who reported that …": X is the source of both the clause before and the relative clause',
    text: 'Storms rarely reach the islands according to CNN who reported that only four hurricanes came within 100 miles in a century.',
    quote: 'only four hurricanes',
    speaker: 'CNN',
  },
  {
    rule: 'the clause before "according to X who reported" is X\'s report',
    text: 'Storms rarely reach the islands according to CNN who reported that only four hurricanes came within 100 miles in a century.',
    quote: 'Storms rarely',
    speaker: 'CNN',
    span: 'Storms rarely reach the islands',
  },
  {
    rule: '"as X, <apposition>, put it" frames the quotation before it',
    text: 'The plan was a "disaster for farmers", as Anna Berg, the union leader, put it.',
    quote: 'disaster for farmers',
    speaker: 'Anna Berg',
  },
  {
    rule: '"the ruling" speaks for the court named before it',
    text: 'The High Court of Kenya ruled on Monday against the government. The ruling stated the law was void because parliament had not voted on it.',
    quote: 'law was void',
    speaker: 'High Court of Kenya',
  },
  {
    rule: 'a nationality, a lower-case portfolio and a ministry are the speaker as written ("the Italian interior ministry")',
    text: 'Boats arrived overnight. The Italian interior ministry said 40 migrants had landed on Lampedusa.',
    quote: 'migrants had landed',
    speaker: 'Italian interior ministry',
  },
  {
    rule: '", saying …" after a passive with an agent ("described by X as …") takes the agent',
    text: 'The results were described by Maria Lopez as a "clear mandate", saying she intends to cut taxes by the end of January.',
    quote: 'intends to cut taxes',
    speaker: 'Maria Lopez',
  },
  {
    rule: 'a quotation inside a sentence with no attribution is its subject\'s when that is a person ("She has built her campaign on a promise to start "…"")',
    text: 'Senator Ruth Calder spoke at the rally on Saturday. She has built her campaign on a promise to start "rebuilding the rail network one town at a time" within a year.',
    quote: 'rebuilding the rail network',
    speaker: 'Ruth Calder',
  },
  {
    rule: 'the agent of a passive after a long quotation ("was described as "…" by X") is the speaker',
    text: 'The suspect was described as "calm, polite and completely unremarkable" by the Harlow Police Department on Friday.',
    quote: 'completely unremarkable',
    speaker: 'Harlow Police Department',
  },
  {
    rule: 'a participle with its agent after a noun ("a pattern described by X as "…"") takes the agent',
    text: 'Tracking data showed the freighter moving again on Monday, in a pattern described by the Maritime Safety Agency as "erratic and hard to explain".',
    quote: 'erratic and hard',
    speaker: 'Maritime Safety Agency',
  },
  {
    rule: 'a quotation opening the sentence after "…," said X, who …. goes on with X',
    text: 'Workers described the scene. "I heard screaming and then the lights went out," said Ana Morales, 34, who escaped through a window. "I thought I was going to die."',
    quote: 'going to die',
    speaker: 'Ana Morales',
  },
  {
    rule: '"and" between two names after a quotation joins two speakers ("…," X and Y said)',
    text: '"We will appeal this ruling in every court we can," Nick Clegg and Jennifer Newstead said on Monday.',
    quote: 'appeal this ruling',
    speaker: 'Nick Clegg and Jennifer Newstead',
  },
  {
    rule: 'a passive with no agent inside reported content is part of it ("He said residents were told to …")',
    text: 'Councillor Tom Evans criticised the response. He said residents were told to stay at home while the water rose.',
    quote: 'stay at home',
    speaker: 'Tom Evans',
    span: 'residents were told to stay at home while the water rose',
  },
  {
    rule: '"the 62-year-old said" is the person who spoke last',
    text: 'Darren Millar said the fund was too small. "Ministers were warned about this risk years ago," the 62-year-old said.',
    quote: 'Ministers were warned',
    speaker: 'Darren Millar',
  },
  {
    rule: '"the mother of three added" is the person who spoke last, when she can be a mother',
    text: 'Megan Price said: "Nobody came to help us at all." The mother of three added that she had lost everything she owned.',
    quote: 'lost everything',
    speaker: 'Megan Price',
  },
  {
    rule: 'an age and a relative clause between the subject and its verb ("X, 45, who lives nearby, said")',
    text: 'Megan Price, 45, who lives by the river, said: "Nobody came to help us that night."',
    quote: 'Nobody came',
    speaker: 'Megan Price',
  },
  {
    rule: '"according to her memoirs" is the person the pronoun stands for',
    text: 'The actress Lena Hartmann married three times. According to her memoirs, she also had a brief romance with a famous bandleader.',
    quote: 'brief romance',
    speaker: 'Lena Hartmann',
  },
  {
    rule: 'a portfolio before "ministry" names the ministry as written ("the health ministry said")',
    text: 'Heavy rain fell for a week. The health ministry said 40 people had been admitted to hospital overnight.',
    quote: 'admitted to hospital',
    speaker: 'health ministry',
  },
  {
    rule: '"their" prefers the body in the sentence\'s subject to one named later in it',
    text: 'Auditors from the National Audit Office visited the depot at Harlow Logistics Park in May. Their report said the stock records were incomplete.',
    quote: 'stock records',
    speaker: 'National Audit Office',
  },
  {
    rule: 'a country\'s possessive with a curly apostrophe is not part of a body\'s name ("Peru’s Health Ministry")',
    text: 'Heavy rain caused a landslide. Peru’s Health Ministry said 17 injured people had been flown to hospitals in Lima.',
    quote: 'flown to hospitals',
    speaker: 'Health Ministry',
  },
  {
    rule: '"The report said" is a frame (not a noun after "report"), spoken by who issued the report',
    text: 'According to a 2019 report from the Transport Safety Board, the same aircraft had been damaged before. The report said two passengers were seriously injured in that incident.',
    quote: 'two passengers were seriously injured',
    speaker: 'Transport Safety Board',
  },
  {
    rule: 'a wire dateline and nouns before a name are not the subject ("FRANKFURT (Reuters) - Dutch logistics group Aldane …, saying")',
    text: 'FRANKFURT (Reuters) - Dutch logistics group Aldane on Wednesday raised its offer for Kessler Logistik, saying the improved bid was its final proposal.',
    quote: 'improved bid',
    speaker: 'Aldane',
  },
  {
    rule: 'a title alone ("their MP has said") is no name: the lede\'s person is named in the next sentence',
    text: 'Villagers whose homes were flooded have been "left to fend for themselves", their MP has said.\n\nTom Whitley said families had waited two days for sandbags.',
    quote: 'fend for themselves',
    speaker: 'Tom Whitley',
  },
  {
    rule: '"Denise and Raymond Okafor said": the given name alone shares the family name written last',
    text: 'Denise and Raymond Okafor said the officers had ignored a direct order to stop the chase.',
    quote: 'ignored a direct order',
    speaker: 'Denise Okafor and Raymond Okafor',
  },
  {
    rule: '"the coach" is the one the text called manager (coach, head coach and manager are one role; so are CEO and chief executive)',
    text: 'Harwell manager Dariusz Wolny blamed the referee. "I can\'t fault the effort," the coach said, "but effort does not win you anything."',
    quote: 'fault the effort',
    speaker: 'Dariusz Wolny',
  },
  {
    rule: 'an age and a home town between the subject and its verb ("X, 41, from Aldbridge, said:")',
    text: 'Sarah Pemberton, 41, from Aldbridge, said: "We had about an hour\'s notice before the water came in."',
    quote: 'an hour',
    speaker: 'Sarah Pemberton',
  },
  {
    rule: '"he" is the subject named in apposition, not its possessor ("Oliver\'s father, Mark Hendry, …")',
    text: 'Oliver\'s father, Mark Hendry, shared updates on a fundraising page. On Sunday evening, he wrote: "Absolutely bursting with pride tonight."',
    quote: 'bursting with pride',
    speaker: 'Mark Hendry',
  },
  {
    rule: 'a subject with two appositions, the first opening with "of", is still the speaker',
    text: 'Daniel Reyes, of the Manila Times, one of the organisers of the festival, stated, "We expect twice as many visitors this year."',
    quote: 'twice as many',
    speaker: 'Daniel Reyes',
  },
  {
    rule: '"she" continues the subject of the sentences before it over a name of unknown gender after a preposition',
    text: 'Another singer, Laura Mendes, named the lead in Moon Garden as her dream role. She auditioned years later, when a studio adapted the first book of Star Harbour. When she was cast, "I could not speak for an hour," she told the audience.',
    quote: 'could not speak',
    speaker: 'Laura Mendes',
  },
  {
    rule: 'a surname alone after a hyphenated particle is the one person with that surname',
    text: 'The attack was planned for weeks, stated Minister of Transport Khaled al-Marwani on Monday. The ministry gave no figures. According to al-Marwani, the road will reopen in June.',
    quote: 'road will reopen',
    speaker: 'Khaled al-Marwani',
  },
  {
    rule: 'a full name does not grow into the longer name of a relative',
    text: 'Heiress Clara Whitfield died on Monday. She grew up with her mother, Clara Maxwell Whitfield, in New York. Whitfield wrote four novels. She would later say that writing had saved her.',
    quote: 'writing had saved her',
    speaker: 'Clara Whitfield',
  },
];

test('a relative clause inside a reported clause\'s subject keeps the report ("reported the man who attacked them was arrested")', async () => {
  const d = await analyse('Police in Ruritania reported the man who attacked the guards was arrested on Sunday.');
  assert.equal(find(d, 'was arrested').kind, 'indirect');
});

/** Sentences with no report of speech where a word looks like one: no quote holds `words`. */
const NOT_QUOTE_CASES: { rule: string; text: string; words: string }[] = [
  {
    rule: 'a noun phrase object then "by <gerund>" ("estimate the herd by counting …") is no reported clause',
    text: 'Rangers estimate the herd by counting the animals that gathered at the river last spring.',
    words: 'the herd',
  },
  {
    rule: 'a passive of saying with a subject other than "it" ("40 were reported hospitalised") reports no clause',
    text: 'The bus overturned on the highway. Forty were reported hospitalised with six seriously injured.',
    words: 'hospitalised',
  },
  {
    rule: 'a bare verb form after a gerund is its object ("is accused of crossing state lines and shooting …")',
    text: 'The man is accused of crossing state lines and shooting two people who were at the rally.',
    words: 'lines',
  },
  {
    rule: 'a noun phrase object with a relative clause ("proposed a bill that would have …") is no reported clause',
    text: 'Protests began in June, when the council proposed a bill that would have allowed the police to detain protesters without trial.',
    words: 'allowed the police',
  },
  {
    rule: 'a count after an adjunct ("reported on Tuesday, 21 confirmed cases …") is a noun phrase, not a clause',
    text: 'The regional health minister reported on Tuesday, 21 confirmed cases of the virus on a supply vessel that visited the base.',
    words: 'confirmed cases',
  },
  {
    rule: 'a verb after a comma with an adjunct after it ("…, estimated to have done …", "…, Jane Roe, said in a post") frames no clause before it',
    text: 'The island had not recovered from the 2017 hurricane, estimated to have done about $90 billion in damage.',
    words: 'island had not recovered',
  },
  {
    rule: 'a quotation between a determiner and a noun ("the "one mayor, two councils" model") is a name, not speech',
    text: 'Since then, the town has been run under the "one mayor, two councils" model, meaning the council sets the budget.',
    words: 'one mayor',
  },
];

for (const c of SPEAKER_CASES) {
  test(`speaker: ${c.rule}`, async () => {
    const q = find(await analyse(c.text), c.quote);
    assert.equal(speaker(q), c.speaker);
    if (c.span !== undefined) assert.equal(q.text, c.span);
  });
}

test('rules: "a detective who, according to the board\'s ruling, wrote a false report about a stop in which …": no inverted frame, and the object\'s relative clause is no content', async () => {
  const d = await analyse('The Springfield Civilian Police Board voted on Thursday to fire a police detective who, according to the board\'s ruling, wrote a false report about a traffic stop in which a man was pulled from his car.');
  assert.deepEqual(indirect(d).map((q) => [q.verb, speaker(q)]), [['according to', 'Springfield Civilian Police Board']]);
});

test('rules: "…, according to an inspection report the agency posted online": a verb inside the source frames nothing', async () => {
  const d = await analyse('FDA investigators who inspected the plant in February found listeria in 9 of 40 samples, according to an inspection report the agency posted online.');
  assert.deepEqual(indirect(d).map((q) => q.verb), ['according to']);
});

test('rules: "a charge she rejected" after a quotation and "rejected an application" after a fragment frame nothing', async () => {
  const d = await analyse('De Vos accused Van den Berg of wanting “a second Alliance”, a charge she rejected. The council had “clearly and unanimously” rejected an application by Bluestone Manganese.');
  assert.deepEqual(direct(d).map((q) => [q.text, speaker(q)]), [['a second Alliance', 'De Vos']]);
});

test('rules: "The memo does, in a footnote, acknowledge the development but says …": a bare verb after a comma frames nothing before it, and its noun phrase object is no report', async () => {
  const d = await analyse('The memo was sent on Monday. The memo does, in a footnote, acknowledge the proposed development but says its tax value cannot be estimated.');
  assert.deepEqual(indirect(d).map((q) => q.text), ['its tax value cannot be estimated']);
});

test('rules: "posted that he was "sore but OK" and apologised": a quotation that ends the content is the reporter\'s', async () => {
  const d = await analyse('Théo Ferrand, 33, later posted on social media that he was "sore but OK" and apologised to his mechanics.');
  assert.deepEqual(direct(d).map((q) => [q.text, speaker(q)]), [['sore but OK', 'Théo Ferrand']]);
  assert.deepEqual(indirect(d).map((q) => q.text), ['he was "sore but OK"']);
});

test('rules: a quotation in a relative clause ("with which X honours …") is not the main subject\'s', async () => {
  const d = await analyse('Ana Ortiz won the prize, with which the Hartley Foundation honours a writer for having done "the most to widen what a novel can hold", in March.');
  const q = findQuotes(d).find((x) => x.text.includes('the most to widen'));
  assert.equal(q?.speaker, null);
});

test('rules: "the mother of three" is not a man who spoke last', async () => {
  const d = await analyse('John Hale said: "Nobody came to help us at all." The mother of three added that she was angry about it.');
  const q = findQuotes(d).find((x) => x.text.includes('was angry'));
  assert.equal(q?.speaker, null);
});

for (const c of NOT_QUOTE_CASES) {
  test(`no quote: ${c.rule}`, async () => {
    const d = await analyse(c.text);
    assert.equal(d.quotes.find((q) => q.text.includes(c.words)), undefined);
  });
}

test('a quotation with no frame that opens a sentence is the person who is the subject of the sentence before', async () => {
  const d = await analyse(
    'The chef Maria Okafor opened her first restaurant in 2010. Disappointed by the reviews, she closed it a year later. "I was not ready for that kind of attention. I needed time to learn."\n\n' +
      '"The market will recover by spring," the report added.',
  );
  assert.equal(speaker(find(d, 'not ready for that kind')), 'Maria Okafor');
  assert.equal(find(d, 'not ready for that kind').rule, 'quotation-subject');
});

test('brackets that list works after a subject do not hide it; an acronym in brackets stays part of it', async () => {
  const d = await analyse(
    'The illustrator Tomas Berg (Night Harbour, The Glass Fox and Others) told of the long years before his first contract. "Nobody answered my letters for six years."\n\n' +
      'The National Institute of Coastal Research (NICR) reported that sea levels had risen by four centimetres.',
  );
  assert.equal(speaker(find(d, 'Nobody answered')), 'Tomas Berg');
  assert.equal(speaker(find(d, 'sea levels had risen')), 'National Institute of Coastal Research');
});

test('a quotation introduced by a colon keeps that frame over a clause in the sentence after it', async () => {
  const d = await analyse('Fire chief Anna Kowalski said at a briefing: "The building was empty when the fire started." The city council has called for an inquiry.');
  assert.equal(speaker(find(d, 'building was empty')), 'Anna Kowalski');
  assert.equal(find(d, 'building was empty').rule, 'quotation-before');
});

test('reported content that opens with a quantity, or follows a name in apposition, is found', async () => {
  const d = await analyse(
    'Dr Lena Okafor, a sleep physician, said the patients now arrive at clinic with printouts.\n\n' +
      'The promoter, Harlow Live, said more than 160,000 tickets had been sold. Marta Reyes said about 20 buildings collapsed.\n\n' +
      'Estimates by the Peruvian government state about 300 people are missing.',
  );
  assert.equal(speaker(find(d, 'the patients now arrive')), 'Lena Okafor');
  assert.equal(find(d, 'more than 160,000').text, 'more than 160,000 tickets had been sold');
  assert.equal(speaker(find(d, 'about 20 buildings')), 'Marta Reyes');
  assert.equal(speaker(find(d, 'about 300 people')), 'Peruvian government');
  // "said about" a topic is no content; an inverted frame after content stays one.
  const t = await analyse('Marta Reyes spoke about the plan on Monday. The council had dropped the plan, said the mayor.');
  assert.equal(t.quotes.filter((q) => q.text.startsWith('the plan')).length, 0);
  assert.equal(find(t, 'The council had dropped').rule, 'clause-said-x');
});

test('a post on X; "the London-based company"; a release named in an opening adjunct; places where unnamed people are', async () => {
  const d = await analyse(
    'Quidly, the budgeting app popular with students, has confirmed the breach.\n\n' +
      'In a press release issued on Thursday, the London-based company said the intrusion had been detected in March.\n\n' +
      '"We are deeply sorry," the release said.\n\n' +
      'Chief executive Marta Reyes wrote on X that she took "full responsibility" for the breach.\n\n' +
      'Diplomats in Brussels said the talks had stalled. On Monday, state-owned news agency Fars reported the talks had resumed.',
  );
  assert.equal(speaker(find(d, 'the intrusion had been')), 'Quidly');
  assert.equal(speaker(find(d, 'deeply sorry')), 'Quidly');
  assert.equal(find(d, 'she took').text, 'she took "full responsibility" for the breach');
  assert.equal(speaker(find(d, 'she took')), 'Marta Reyes');
  assert.equal(speaker(find(d, 'the talks had stalled')), null);
  assert.equal(speaker(find(d, 'the talks had resumed')), 'Fars');
  assert.ok(!d.quotes.some((q) => q.text.startsWith('owned')));
});

test('a surname with a joined particle after a title is the person named in full; observers speak for their organisation', async () => {
  const d = await analyse(
    "Qatar's chief mediator, Khalid bin Saad al-Marri, said the talks would go on. \"Nobody is walking out,\" Mr. al-Marri told reporters.\n\n" +
      'Observers from the Organization for Security and Co-operation in Europe said in a statement that the vote had been fair.',
  );
  assert.equal(speaker(find(d, 'Nobody is walking out')), 'Khalid bin Saad al-Marri');
  assert.equal(speaker(find(d, 'the vote had been fair')), 'Organization for Security and Co-operation in Europe');
});

test('an office named after a title is the institution; unnamed officials in a place are nobody', async () => {
  const d = await analyse(
    "Sheriff's investigators found the truck, prosecutors said. Vaughn was arrested at his home, the Hollis County Sheriff's Office said.\n\n" +
      'Officials in Washington have said the aid cuts reflect a global review.',
  );
  assert.equal(speaker(find(d, 'Vaughn was arrested')), "Hollis County Sheriff's Office");
  assert.equal(speaker(find(d, 'the aid cuts reflect')), null);
});

test('a name opening a sentence before a relative clause speaks; a plural noun before "were" is no verb', async () => {
  const d = await analyse(
    'Consumer devices estimate sleep stages from movement.\n\n' +
      'Nodewell, whose Pulse band was among the devices tested, said in a statement that its sleep-stage estimates were "validated against clinical studies" and were meant "as a guide, not a diagnosis."',
  );
  assert.equal(speaker(find(d, 'its sleep-stage estimates')), 'Nodewell');
  assert.equal(speaker(find(d, 'validated against clinical')), 'Nodewell');
  assert.equal(find(d, 'validated against clinical').verb, 'say');
});

test('a wire dateline with or without an agency is not the subject; a prefix joined to a name is not part of it', async () => {
  const d = await analyse(
    'SANTIAGO, March 18 - The Central Bank of Chile kept its rate on Wednesday, saying inflation was cooling.\n\n' +
      'LONDON (Reuters) - Aldane said the bid was fair.',
  );
  assert.equal(speaker(find(d, 'inflation was cooling')), 'Central Bank of Chile');
  assert.equal(speaker(find(d, 'the bid was fair')), 'Aldane');
});

test('a place in a compound modifier ("Austin, Texas-based", "London-based") is neither the speaker nor what "it" refers to', async () => {
  const d = await analyse(
    'Calloway Semiconductor fell 14% after the chipmaker cut its forecast. The Austin, Texas-based company said it expected revenue of $1.8 billion.\n\n' +
      'It was the second outage at the London-based company this month. It said no customer data had been compromised.',
  );
  assert.equal(speaker(find(d, 'it expected revenue')), 'Calloway Semiconductor');
  assert.notEqual(speaker(find(d, 'no customer data')), 'London');
});

test('"police say" and "a police spokeswoman" are the force the article names; "the operator" is the company named before', async () => {
  const d = await analyse(
    'Three people were injured in a stabbing at the mall, police say.\n\n' +
      'The Halberton Police Service says a man is in custody. A police spokeswoman said the motive was not yet known.\n\n' +
      'Westline Trains said it was sorry. The line is expected to stay closed until Friday, the operator said.',
  );
  assert.equal(speaker(find(d, 'Three people were injured')), 'Halberton Police Service');
  assert.equal(speaker(find(d, 'the motive was not')), 'Halberton Police Service');
  assert.equal(speaker(find(d, 'The line is expected')), 'Westline Trains');
});

test('"in the words of X" frames a quotation; a speaker phrase after it may open with an ordinal', async () => {
  const d = await analyse(
    'The skin broke every day, and in the words of the Crown prosecutor, Mark Tedeschi, QC, "Gloria spent her last months crying."\n\n' +
      'Four ships are searching. "We will continue searching until we find it," 1st Fleet Command\'s information head Arba Agung told The Jakarta Post.',
  );
  assert.equal(speaker(find(d, 'Gloria spent')), 'Mark Tedeschi');
  assert.equal(speaker(find(d, 'We will continue searching')), 'Arba Agung');
});

test('a hearer and a place before "that"; "according to X (ACR), which said"; a frame ending in a prepositional phrase', async () => {
  const d = await analyse(
    "A spokesman for Congo's Ministry of Mines told Reuters by telephone from Kinshasa that the licences remained valid.\n\n" +
      'At least two people were shot dead, according to the Kenya National Commission on Human Rights (KNCHR), which said its monitors had seen it.\n\n' +
      'The plant will close next year, Marta Reyes said in a filing to the Oslo stock exchange.',
  );
  assert.equal(speaker(find(d, 'the licences remained valid')), 'Ministry of Mines');
  assert.equal(speaker(find(d, 'At least two people')), 'Kenya National Commission on Human Rights');
  assert.equal(find(d, 'The plant will close').text, 'The plant will close next year');
  assert.equal(speaker(find(d, 'The plant will close')), 'Marta Reyes');
});

test('"announced a fund and said …": the noun phrase is no report; a relative clause after the subject is no inverted frame', async () => {
  const d = await analyse(
    'Minister Ruth Kereama, who visited Waiora on Sunday, announced a $2 million relief fund and said the Government would look at the costs.\n\n' +
      'The Aviation Herald reported the aircraft overran the runway and broke through a barrier.',
  );
  assert.deepEqual(indirect(d).map((q) => q.text), ['the Government would look at the costs', 'the aircraft overran the runway and broke through a barrier']);
  assert.equal(speaker(indirect(d)[0]!), 'Ruth Kereama');
});

test('a name qualifying an unnamed person ("a retired RAF engineer") is not the speaker; a spokesperson still speaks for it', async () => {
  const d = await analyse('A retired RAF engineer said he had felt ashamed for a year. Another, an 81-year-old former BBC producer, told police he had lost his savings. A Google spokesperson said the data was safe.');
  assert.equal(speaker(find(d, 'he had felt ashamed')), null);
  assert.equal(speaker(find(d, 'he had lost his savings')), null);
  assert.equal(speaker(find(d, 'the data was safe')), 'Google');
});

test('a statement named in an opening phrase is its subject\'s; "the note added"; an inverted frame with the name in apposition', async () => {
  const d = await analyse(
    'In a statement, County Executive Grace Atieno Nyamweya blamed the delay on late funds. "The county has not received its share," the statement read.\n\n' +
      'Serra Alta said in a note that the leak had been contained. "The company is providing drinking water," the note added.\n\n' +
      '"The delay allowed the material to travel downstream," said the undersecretary for environmental inspection, Renata Lacerda, at a press conference.',
  );
  assert.equal(speaker(find(d, 'has not received its share')), 'Grace Atieno Nyamweya');
  assert.equal(speaker(find(d, 'providing drinking water')), speaker(find(d, 'the leak had been contained')));
  assert.equal(speaker(find(d, 'The delay allowed')), 'Renata Lacerda');
});

test('"said in a note to clients that": the adjunct and a short phrase before "that" are no content', async () => {
  const d = await analyse('Serra Alta said in a note that the leak had been contained. Analysts at Morrow said in a note to clients that the outcome was poor.');
  assert.deepEqual(indirect(d).map((q) => q.text), ['the leak had been contained', 'the outcome was poor']);
});

test('wire copy: a country\'s armed forces and ministries as written; an anonymous official of a named group; "It said" after a body', async () => {
  const d = await analyse(
    'Nicosia (Cyprus) (AFP) - The Turkish military said it had detained 14 people near the border. Greece’s coast guard said on Telegram that Turkey sent 40 boats overnight. It said three had sunk.\n\n' +
      'A senior Hezbollah official told Reuters the group would not accept "a deal written in Washington". Residents reached by AFP by phone said soldiers had surrounded the village.\n\n' +
      'Egypt warned against "a dangerous escalation", while in Ankara the Turkish Foreign Ministry said the raid showed the truce was failing. UN agencies warned that the aid pipeline was close to collapse.',
  );
  assert.equal(speaker(find(d, 'detained 14 people')), 'Turkish military');
  assert.equal(speaker(find(d, 'Turkey sent 40 boats')), 'Greece’s coast guard');
  assert.equal(speaker(find(d, 'three had sunk')), 'Greece’s coast guard');
  assert.equal(speaker(find(d, 'the group would not accept')), null);
  assert.equal(speaker(find(d, 'a deal written in Washington')), null);
  assert.equal(speaker(find(d, 'soldiers had surrounded')), null);
  assert.equal(speaker(find(d, 'the truce was failing')), 'Turkish Foreign Ministry');
  assert.equal(speaker(find(d, 'pipeline was close')), null);
  assert.ok(!indirect(d).some((q) => q.text.startsWith('against')), '"warned against" + noun phrase is no content clause');
});

test('descriptions refer back: "said the 19-year-old", "the former Ireland winger", "the Dane"; "the woman" after an unnamed resident', async () => {
  const d = await analyse(
    'Coach Maria Santos praised her side. "We were patient," she said.\n\n' +
      'Okafor, who came off the bench, scored twice in five minutes. "I just wanted the ball," said the 19-year-old.\n\n' +
      '"We lost our shape," Declan Moore told reporters. The former Ireland winger said he would not blame the referee.\n\n' +
      'Mette Holm, 24, said she had never played in such heat. "It was like a sauna out there," the Dane said.\n\n' +
      'A neighbour, who asked not to be named, said the road was dark. "I nearly got hit myself," the woman said.',
  );
  assert.equal(speaker(find(d, 'wanted the ball')), 'Okafor');
  assert.equal(speaker(find(d, 'not blame the referee')), 'Declan Moore');
  assert.equal(speaker(find(d, 'like a sauna')), 'Mette Holm');
  assert.equal(speaker(find(d, 'nearly got hit')), null);
});

test('"the singer … writing:", "in which the rapper wrote:", "Her publicist, X, declined, saying", "a spokesperson for" a band', async () => {
  const d = await analyse(
    'Singer Ivy Marsh said the tour was over. The singer shared a photograph on Instagram, writing: "Quiet for now."\n\n' +
      'Rapper Kid Calloway denied the charges. Prosecutors showed an email in which the rapper wrote: "Spend what you need."\n\n' +
      'Her publicist, Rosa Delgado, declined to comment, saying the statement "speaks for itself."\n\n' +
      'A spokesperson for Silver Harbor said the band would tour in May.',
  );
  assert.equal(speaker(find(d, 'Quiet for now')), 'Ivy Marsh');
  assert.equal(speaker(find(d, 'Spend what you need')), 'Kid Calloway');
  assert.equal(speaker(find(d, 'speaks for itself')), 'Rosa Delgado');
  assert.equal(speaker(find(d, 'tour in May')), 'Silver Harbor');
});

test('a headline quotation repeated in the body is its speaker\'s; "the report" after "X said in a report"; a dateline is no content', async () => {
  const d = await analyse(
    '\'I wanted to stop while I still loved it\': Berg retires\n\n' +
      'OSLO — Flu cases rose to 12,000 last week, the Norwegian Institute of Public Health said in a report on Friday. The report said most patients were children.\n\n' +
      '"I wanted to stop while I still loved it," Ingrid Berg said.',
  );
  const headline = d.quotes.find((q) => q.kind === 'direct' && q.start < 60)!;
  assert.equal(speaker(headline), 'Ingrid Berg');
  assert.equal(speaker(find(d, 'most patients were children')), 'Norwegian Institute of Public Health');
  assert.ok(find(d, 'Flu cases rose').text.startsWith('Flu cases'));
});

test('British local copy: police ranks as titles, "a spokesperson for the council", "the force said", a role before a name after a quotation', async () => {
  const d = await analyse(
    'Two men were arrested on Sunday, Severn Vale Police said. Detective Inspector Ruth Alder said officers wanted witnesses. "It was a senseless attack," Det Insp Alder said.\n\n' +
      'Bramwell District Council plans to shut two libraries. A spokesperson for the council said: "No final decision has been made."\n\n' +
      'A man was charged with theft, the force said.\n\n' +
      '"Our members did not take this lightly," federation president Joan Fraser wrote in a letter.',
  );
  assert.equal(speaker(find(d, 'senseless attack')), 'Ruth Alder');
  assert.equal(speaker(find(d, 'No final decision')), 'Bramwell District Council');
  assert.equal(speaker(find(d, 'A man was charged')), 'Severn Vale Police');
  assert.equal(speaker(find(d, 'did not take this lightly')), 'Joan Fraser');
});

test('Washington copy: "D-Minn." ends no sentence, a party and state are no speaker, a named spokesman speaks, "FAA" after the agency', async () => {
  const d = await analyse(
    'The Federal Aviation Administration proposed new rules on Thursday. The FAA said the agency would consider "all perspectives".\n\n' +
      '"We will not let this die," said Sen. Martha Lind, D-Minn., the bill’s sponsor. Sen. Paul Hale, R-Iowa, a co-sponsor, said the lobbying had backfired.\n\n' +
      '"The job is to keep the government open," said Pruitt spokesman Eli Strand. Speaker Gordon Pruitt agreed.',
  );
  assert.equal(speaker(find(d, 'would consider')), 'Federal Aviation Administration');
  assert.equal(speaker(find(d, 'let this die')), 'Martha Lind');
  assert.equal(speaker(find(d, 'lobbying had backfired')), 'Paul Hale');
  assert.equal(speaker(find(d, 'keep the government open')), 'Eli Strand');
  assert.ok(!d.entities.some((e) => /^[DR]-/.test(e.name)));
});

test('"The ministry said" after a body named only in the text; "The 26-year-old, …, had … and argued that" is the person the lede names', async () => {
  const d = await analyse(
    'Two men were killed in a raid, the Syrian health ministry said. The ministry said one of them was a teacher.\n\n' +
      'Kenyan 800m runner Mary Wanjiru has been banned for a year, the Athletics Integrity Unit said.\n\n' +
      'The 27-year-old, a former world finalist, had contested the charge and argued that the tests were late.',
  );
  assert.equal(speaker(find(d, 'one of them was a teacher')), 'Syrian health ministry');
  assert.equal(speaker(find(d, 'the tests were late')), 'Mary Wanjiru');
});

test('"the couple", "the co-chairs", "both sides": the two named together before', async () => {
  const d = await analyse(
    'Actress Mara Quill and drummer Tobias Lenz have separated. "We remain a family," the couple said in a statement.\n\n' +
      'The draft was circulated by the co-chairs, Ingrid Holm of Norway and Kwame Asante of Ghana. The co-chairs said that talks would go on.\n\n' +
      'Armenia and Azerbaijan exchanged 40 prisoners on Friday, both sides said.',
  );
  assert.equal(speaker(find(d, 'remain a family')), 'Mara Quill and Tobias Lenz');
  assert.equal(speaker(find(d, 'talks would go on')), 'Ingrid Holm and Kwame Asante');
  assert.equal(speaker(find(d, 'exchanged 40 prisoners')), 'Armenia and Azerbaijan');
});

test('"with state auditors" has no verb; "the retired joiner said" is the person the sentence before opens with', async () => {
  const d = await analyse(
    'His attorney, Paul Reese, told reporters that his client had cooperated with state auditors and "looks forward to his day in court."\n\n' +
      'Walter Hume, 81, was carried from his bungalow by firefighters. "We have never had water in the house," the retired plumber said.',
  );
  assert.equal(speaker(find(d, 'his client had cooperated')), 'Paul Reese');
  assert.ok(find(d, 'his client had cooperated').text.includes('state auditors'));
  assert.equal(speaker(find(d, 'water in the house')), 'Walter Hume');
});

test('analysts at a firm, "Residents of X", "according to the agency, AFAD." then "It said", a name heading appositions, an outlet citing officials', async () => {
  const d = await analyse(
    'Copper rose. Analysts at brokerage Sierra Capital wrote in a note to clients that supply was already tight. Residents of Guadalupe said the announcement came too late.\n\n' +
      'The quake was centred at a depth of 9 km, according to the agency, AFAD. It said 112 people had been injured.\n\n' +
      'Germany’s weather service, the Deutscher Wetterdienst (DWD), said heavy rain had fallen in Bavaria. It said the rain would ease on Monday.\n\n' +
      'Anouk Brouwer, migration spokeswoman for the junior partner, the Social Liberal Party, posted on X: "Close the centres now."\n\n' +
      'Yonhap News Agency, citing ruling party officials, said the motion would fail. Rep. Park Ji-hoon said documents showed the subsidy was rushed. Mr. Park said officials had met executives.',
  );
  assert.equal(speaker(find(d, 'supply was already tight')), 'Sierra Capital');
  assert.equal(speaker(find(d, 'came too late')), null);
  assert.equal(speaker(find(d, 'centred at a depth')), 'AFAD');
  assert.equal(speaker(find(d, '112 people')), 'AFAD');
  assert.equal(speaker(find(d, 'the rain would ease')), 'Deutscher Wetterdienst');
  assert.equal(speaker(find(d, 'Close the centres')), 'Anouk Brouwer');
  assert.equal(speaker(find(d, 'the motion would fail')), 'Yonhap News Agency');
  assert.equal(speaker(find(d, 'officials had met')), 'Park Ji-hoon');
});

test('"the judges wrote" is the court; "the Parliament’s official record"; "would continue "…"" is no frame; "the company" that spoke last', async () => {
  const d = await analyse(
    'In its judgment, the Court of Justice of the European Union said detention could only be a last resort. "The law does not meet those requirements," the judges wrote.\n\n' +
      'The European Parliament voted on Tuesday. The text passed by 312 votes to 298, according to the Parliament’s official record.\n\n' +
      'Veltrax Systems said it would appeal the fine from the European Commission. "We strongly disagree with this reading," the company said.',
  );
  assert.equal(speaker(find(d, 'does not meet those requirements')), 'Court of Justice of the European Union');
  assert.equal(speaker(find(d, 'passed by 312 votes')), 'European Parliament');
  assert.equal(speaker(find(d, 'strongly disagree')), 'Veltrax Systems');
});

test('South Asian and African copy: "the SP" after "Superintendent of Police (SP) X", "Md." in a name, "the RSD leader", a county government, "gave his name only as", "he said, adding"', async () => {
  const d = await analyse(
    'The man was shot dead near a tea stall, Superintendent of Police (SP) Anil Kumar Tiwari said. "Initial investigation suggests a land dispute," the SP said.\n\n' +
      'Dr Md. Rafiqul Islam, director of the hospital, said four workers were critical.\n\n' +
      'Opposition leader Rajendra Prasad Yadav accused the government of negligence. Addressing reporters, the Rashtriya Samta Dal (RSD) leader said, "The relief has not reached the people."\n\n' +
      'The Uasin Gishu county government said in a statement that traders had been given notice. One trader, who gave his name only as Kiprono, said he had been hit with a baton.\n\n' +
      'Footage from a nearby shop showed two men on a motorcycle, he said, adding that the motorcycle had no number plate.',
  );
  assert.equal(speaker(find(d, 'land dispute')), 'Anil Kumar Tiwari');
  assert.equal(speaker(find(d, 'four workers were critical')), 'Md. Rafiqul Islam');
  assert.equal(speaker(find(d, 'has not reached the people')), 'Rajendra Prasad Yadav');
  assert.equal(speaker(find(d, 'traders had been given notice')), 'Uasin Gishu county government');
  assert.equal(speaker(find(d, 'hit with a baton')), 'Kiprono');
  assert.equal(speaker(find(d, 'had no number plate')), speaker(find(d, 'two men on a motorcycle')));
});

test('"Shares of X fell …, saying", "Loopline\'s privacy chief, Marcus Feeney, went further, writing that", a briefing "seen by" a paper is not the paper\'s', async () => {
  const d = await analyse(
    'Shares of Corvane Systems fell 11% on Wednesday after the software maker cut its forecast, saying large customers were taking longer to sign.\n\n' +
      'Loopline was fined on Monday. Loopline\'s chief privacy officer, Marcus Feeney, went further in a post on LinkedIn, writing that regulators were "moving the goalposts."\n\n' +
      'The first case was found on 9 February, according to an internal briefing seen by the Gazette.',
  );
  assert.equal(speaker(find(d, 'taking longer to sign')), 'Corvane Systems');
  assert.equal(speaker(find(d, 'regulators were')), 'Marcus Feeney');
  assert.notEqual(speaker(find(d, 'first case was found')), 'Gazette');
});

test('"X received three bullet wounds, he said." — a pronoun after the clause it frames is the last speaker, not a name inside the clause', async () => {
  const d = await analyse(
    'The victim, identified as Ramesh Dwivedi, was shot near a tea stall, said Alok Tiwari, the district police chief.\n\n' +
      'Dwivedi received three bullet wounds and was declared dead at the hospital, he said.',
  );
  assert.equal(speaker(find(d, 'three bullet wounds')), 'Alok Tiwari');
});

test('"The Nepalese embassy in Riyadh said" is the embassy; a report\'s issuer is not the dateline', async () => {
  const d = await analyse(
    'DUBAI - At least 38 migrant workers died of heat stress last summer, Workers Watch said in a report. The report said many had worked at noon.\n\n' +
      'The Nepalese embassy in Riyadh said it was aware of the report.',
  );
  assert.equal(speaker(find(d, 'aware of the report')), 'Nepalese embassy in Riyadh');
  assert.notEqual(speaker(find(d, 'worked at noon')), 'Dubai');
});

test('a frame then an adjunct with a participle ("said in a report released Thursday", "said on Wednesday, leaving …"); a list inside a relative clause', async () => {
  const d = await analyse(
    'The jet crossed the threshold about 27 knots too fast, the National Transportation Safety Board said in a preliminary report released Thursday.\n\n' +
      'The river has fallen to its lowest level in six decades, the Mekong River Commission said on Wednesday, leaving boats stranded on sandbanks. ' +
      'In a statement, the commission, which advises the governments of Cambodia, Laos, Thailand and Vietnam, said lower rainfall was partly to blame.',
  );
  assert.equal(speaker(find(d, 'about 27 knots too fast')), 'National Transportation Safety Board');
  assert.equal(speaker(find(d, 'lowest level in six decades')), 'Mekong River Commission');
  assert.ok(!d.quotes.some((q) => q.text.startsWith('leaving')));
  assert.equal(speaker(find(d, 'lower rainfall')), 'Mekong River Commission');
});

test('"An Omani official" is nobody named; "WAM quoted X, the UAE\'s deputy minister, as saying"; "state" before "news agency" is no verb', async () => {
  const d = await analyse(
    'The Emirati state news agency WAM quoted Khalifa Saeed al-Mheiri, the UAE’s deputy interior minister, as saying the Emirates had proven that security and openness could go together.\n\n' +
      'Oman has been cautious. An Omani official said Muscat would join the scheme but wanted to keep some flexibility.',
  );
  assert.equal(speaker(find(d, 'security and openness')), 'Khalifa Saeed al-Mheiri');
  assert.equal(speaker(find(d, 'Muscat would join')), null);
  assert.ok(!d.quotes.some((q) => q.verb === 'state'));
});

test('"the mother of three" is the last woman named when the last speaker is a man; "spokesman Rear Admiral X told" after a quotation', async () => {
  const d = await analyse(
    'Agnes Dorrian has run the club since 1998.\n\n' +
      'Father Fergus Lamont, the parish priest, said the diocese had agreed to keep the hall open.\n\n' +
      'A council spokeswoman said the authority would “continue to support volunteers like Mrs Dorrian”.\n\n' +
      'The mother of three, who now has seven grandchildren, admits her knees are not what they were.\n\n' +
      '"We will not be intimidated," coast guard spokesman Rear Admiral Noel Bacani told reporters in Manila.',
  );
  assert.equal(speaker(find(d, 'her knees are not')), 'Agnes Dorrian');
  assert.equal(speaker(find(d, 'not be intimidated')), 'Noel Bacani');
});

test('bodies as written: "Myanmar\'s military government", "The Chinese embassy in Bangkok" and "the embassy", "Ukraine\'s General Staff", "according to the air force"', async () => {
  const d = await analyse(
    'Myanmar\'s military government, which seized power in a 2021 coup, said in a statement carried by state media that it was committed to the peace process.\n\n' +
      'The Chinese embassy in Bangkok said in a statement posted on Facebook that the dams had helped countries downstream. “China has always shared its data,” the embassy said.\n\n' +
      'Ukraine’s General Staff confirmed that its forces had hit the refinery. Ukraine\'s air force said it shot down 40 drones. ' +
      'Russia has launched more than 4,000 drones at Ukraine since the start of the year, according to the air force.',
  );
  assert.equal(speaker(find(d, 'committed to the peace process')), "Myanmar's military government");
  assert.equal(speaker(find(d, 'helped countries downstream')), 'Chinese embassy in Bangkok');
  assert.equal(speaker(find(d, 'always shared its data')), 'Chinese embassy in Bangkok');
  assert.equal(speaker(find(d, 'had hit the refinery')), 'General Staff');
  assert.equal(speaker(find(d, 'more than 4,000 drones')), "Ukraine's air force");
});

test('economic copy: "Statistics Canada", "the agency said" after one, a clause opening with a noun and a verb in -s, a list before the verb, "citing" sources, a long document name before "that"', async () => {
  const d = await analyse(
    'OTTAWA — Canada’s economy shed 21,000 jobs in October, Statistics Canada said on Friday.\n\n' +
      'Statistics South Africa said last month that the economy grew. Unemployment stands at 32.9 per cent, the agency said.\n\n' +
      'The Australian Bureau of Statistics said prices rose. The bureau said insurance, rents and electricity were the biggest contributors.\n\n' +
      'The Bank of Canada warned in its annual Financial System Review that most outstanding mortgages would renew in 2026.\n\n' +
      'Der Spiegel reported on Tuesday, citing two people who were present, that the minister had threatened to resign.\n\n' +
      'Brightwell Software will cut about 1,800 jobs, or 9% of its workforce, the company said on Tuesday.',
  );
  assert.equal(speaker(find(d, 'shed 21,000 jobs')), 'Statistics Canada');
  assert.equal(speaker(find(d, 'Unemployment stands')), 'Statistics South Africa');
  assert.equal(speaker(find(d, 'insurance, rents and electricity')), 'Australian Bureau of Statistics');
  assert.equal(speaker(find(d, 'mortgages would renew')), 'Bank of Canada');
  assert.equal(speaker(find(d, 'threatened to resign')), 'Der Spiegel');
  assert.equal(speaker(find(d, 'cut about 1,800 jobs')), 'Brightwell Software');
});

test('no frame where a document noun is the object ("the cost of …", "22 sold units") or the phrase before "that" has its own preposition', async () => {
  const d = await analyse(
    'The raids add to the pressure on a government that has already lost two ministers to corruption inquiries this year.\n\n' +
      'The 2023 report, seen by the Herald, estimated the cost of strengthening the weakest section at $6.8 million, about a fifth of the annual budget.\n\n' +
      'The chain’s press release reported 22 sold units in the past year and a half, for around 200 million pounds.\n\n' +
      'After his conviction in that case last summer, Manafort agreed to help with the investigation.',
  );
  assert.equal(d.quotes.length, 0);
});

test('a headline that opens with a role word and frames a participle ("Judge blocks cap, calling it "…"") does not fail the stage', async () => {
  const d = await analyse('Judge blocks cap on border asylum appointments, calling it "a wall made of paperwork"\n\nA federal judge ruled on Monday.');
  assert.ok(d.quotes.some((q) => q.text.includes('a wall made of paperwork')));
});

test('a lede that describes before it names ("the housing minister has admitted", then "Claire Ashdown said"); "the minister" after it', async () => {
  const d = await analyse(
    'Minister concedes target will be missed\n\n' +
      'The government will miss its target of building 300,000 homes this year, the housing minister has admitted, blaming high interest rates.\n\n' +
      'Speaking on BBC Radio 4 on Tuesday, Claire Ashdown said the figure was still the right ambition. Presenter Martin Kells said the target had been missed before.\n\n' +
      '"I don\'t accept that at all," the minister replied.',
  );
  assert.equal(speaker(find(d, 'miss its target')), 'Claire Ashdown');
  assert.equal(speaker(find(d, 'accept that at all')), 'Claire Ashdown');
});

test('family members: "Her husband insisted" is the other of her family name; "Mr. Kwiatkowski" is the man of two who share it', async () => {
  const d = await analyse(
    'Samir Haddad fled Aleppo in 2013. His wife, Rania Haddad, said the family had looked at two other shops in the city.\n\n' +
      '"We pay our rent every month," she said.\n\n' +
      'Her husband insisted the family would not move again. "We moved once. That was enough for one life," he said.',
  );
  assert.equal(speaker(find(d, 'would not move again')), 'Samir Haddad');
  assert.equal(speaker(find(d, 'We moved once')), 'Samir Haddad');
  const obituary = await analyse(
    'Dolores Kwiatkowski, who led the 1979 strike, died on Sunday. Her husband, Stanley Kwiatkowski, confirmed the death.\n\n' +
      '"She\'d come in at midnight and ask how the homework went," Mr. Kwiatkowski said.',
  );
  assert.equal(speaker(find(obituary, 'come in at midnight')), 'Stanley Kwiatkowski');
});

test('with the model: a ministry named by a list of portfolios speaks under its whole name, also after "according to"', async () => {
  const d = await analyseWithModel(
    'The Ministry of Trade, Industry and Fisheries said her work had changed how the country sees its seabed.\n\n' +
      'About 3,300 Syrians have been resettled since 2015, according to the Agency for Integration, Migration and Asylum.',
  );
  assert.equal(speaker(find(d, 'changed how the country')), 'Ministry of Trade, Industry and Fisheries');
  assert.equal(speaker(find(d, 'have been resettled')), 'Agency for Integration, Migration and Asylum');
  assert.ok(!d.entities.some((e) => e.name === 'Fisheries'));
});

test('"The UN refugee agency, UNHCR, said"; "X put it more bluntly: "…""; "the Saudi delegation told" and "Russia’s representative said" are the country; "A member of …, asked …, said only:" frames the quotation', async () => {
  const d = await analyse(
    'The UN refugee agency, UNHCR, said the figures showed the limits of deterrence.\n\n' +
      'Kwabena Asante-Mireku, the group’s chair, put it more bluntly: “Last year my country spent more on interest than on health.”\n\n' +
      'Saudi Arabia coordinates the Arab Group. The Saudi delegation told the presidency that any reference to a deadline would be a red line.\n\n' +
      'A member of the Indian delegation, asked whether New Delhi could live with the draft, said only: "We are studying it."\n\n' +
      'Russia’s representative said Moscow had abstained because the text prejudged the talks.',
  );
  assert.equal(speaker(find(d, 'Moscow had abstained')), 'Russia');
  assert.equal(speaker(find(d, 'limits of deterrence')), 'UNHCR');
  assert.equal(speaker(find(d, 'spent more on interest')), 'Kwabena Asante-Mireku');
  assert.equal(speaker(find(d, 'would be a red line')), 'Saudi Arabia');
  assert.equal(speaker(find(d, 'We are studying it')), null);
  assert.ok(!d.quotes.some((q) => q.text.startsWith('A member of the Indian delegation')));
});

test('with the model: "The Taoiseach has said …" in the lede, the title read as a person\'s name, is the person named next', async () => {
  const d = await analyseWithModel(
    'Taoiseach insists Government hears voters\n\n' +
      'The Taoiseach has said the Government “hears the message” sent by voters in the presidential election.\n\n' +
      'Speaking to reporters at Government Buildings on Monday, Pádraig Ó Dónaill said Mr Mac Conmara had run “an honourable campaign”.',
  );
  assert.equal(speaker(find(d, 'the Government “hears the message”')), 'Pádraig Ó Dónaill');
});

test('with the model: business copy — a company named like a person ("Dorsey Whitlock Inc.", "Ridley Quinn Resources") and its short name, "the two lenders", analysts at a firm, "the company" the story is about', async () => {
  const d = await analyseWithModel(
    'Ridley Quinn rejects bid\n\n' +
      'PERTH — Ridley Quinn Resources on Monday rejected a $3.1 billion offer from rival Baxter Mining. Ridley Quinn said the offer was opportunistic and timed to take advantage of a fall in its share price.\n\n' +
      'Analysts at Morrow Lindqvist said in a note that the restructuring was overdue but credible.',
  );
  assert.equal(speaker(find(d, 'offer was opportunistic')), 'Ridley Quinn Resources');
  assert.equal(speaker(find(d, 'overdue but credible')), 'Morrow Lindqvist');
  const merger = await analyseWithModel(
    'Kestrel Bank agrees takeover of Marsh Whitby\n\n' +
      'Kestrel Bank has agreed to buy the mortgage lender Marsh Whitby for £4.2bn, putting 1,400 jobs at risk, the Evening Ledger reported.\n\n' +
      'The two lenders said on Monday that the combined group would have 7.5 million customers.',
  );
  assert.equal(speaker(find(merger, 'combined group would have')), 'Kestrel Bank and Marsh Whitby');
  const filing = await analyseWithModel(
    'Dorsey Whitlock Inc., the maker of hospital billing software, said on Friday that regulators were investigating its contracts. Shares of Dorsey Whitlock, which is listed in the FTSE 250 index, fell 19%. ' +
      'In a statement after the meeting, the company said it was disappointed by the result and would engage with its investors.',
  );
  assert.equal(speaker(find(filing, 'disappointed by the result')), 'Dorsey Whitlock Inc.');
});

test('titles of local offices and honorifics are no part of a name ("Councilman", "Alhaji", "Comrade", "SC"); "the district" is the school district; a place written only after "in" or "west of" is no person; a date is no speaker', async () => {
  const d = await analyse(
    'Councilman Dale Prewitt said he would not resign. Alhaji Musa Danladi Kurfi said a strike would hit traders hard. Patricia Nolan SC said her client was sorry.\n\n' +
      'The Maple Hollow City Schools board voted 4-3 to close two schools. The district estimated the closures would save about $2.1 million a year.\n\n' +
      'A letter from the regulator dated March 28, which the agency has seen, says the bank has significant doubts about its screening.',
  );
  assert.equal(speaker(find(d, 'would not resign')), 'Dale Prewitt');
  assert.equal(speaker(find(d, 'hit traders hard')), 'Musa Danladi Kurfi');
  assert.equal(speaker(find(d, 'her client was sorry')), 'Patricia Nolan');
  assert.equal(speaker(find(d, 'closures would save')), 'Maple Hollow City Schools');
  assert.equal(speaker(find(d, 'significant doubts')), null);
  const gaza = await analyseWithModel(
    'In Mawasi, west of Khan Younis, Samira Abu Jazar, 46, said the water had come into her family’s tent shortly after midnight. “We spent the night holding the blankets above our heads,” the mother of five said.',
  );
  assert.equal(speaker(find(gaza, 'water had come into')), 'Samira Abu Jazar');
});

test('a verb in -s right after a name opens a clause ("The Cathedral of St Oswin plans to …"); a plural after a name does not ("Coast Guard units nearby to", "U.S. citizens to leave")', async () => {
  const d = await analyse(
    'The Cathedral of St Oswin plans to sell its psalter to pay for repairs, the cathedral said on Wednesday.\n\n' +
      'The Coast Guard has announced an order by Admiral Elson Hermogino directing Coast Guard units nearby to "join personnel from the army in the investigation."\n\n' +
      'The embassy had suspended operations, and advised U.S. citizens to leave the country immediately in its security alert.',
  );
  assert.equal(speaker(find(d, 'plans to sell its psalter')), 'Cathedral of St Oswin');
  assert.ok(!d.quotes.some((q) => q.kind === 'indirect' && (q.text.startsWith('an order') || q.text.startsWith('U.S. citizens'))));
});

test('sport copy: "the Yorkshireman", "the 25-year-old from Cork" after a sentence naming one person; a nickname in quotation marks is no part of the name; "the Lebanese state" is no frame', async () => {
  const d = await analyseWithModel(
    'Former finalist Jess Caldwell said officials had no choice. "You can argue all day about the rule," Caldwell said.\n\n' +
      'There was better news in the men’s 1500m, where Kieran Osei won Britain’s first gold of the championships.\n\n' +
      '“I’ve been second and third too many times,” said the Yorkshireman, who was roared home by the crowd.\n\n' +
      'Aoife Brannigan took silver. “It’s not the way you want to win a medal,” said the 25-year-old from Cork.\n\n' +
      'Eastbury manager Dean ‘Tank’ Holloway said the club had been living dangerously. “Everybody could see this coming,” Holloway said.\n\n' +
      'Hezbollah said the strikes were a violation of the truce and that the Lebanese state bore responsibility for protecting its citizens.',
  );
  assert.equal(speaker(find(d, 'second and third')), 'Kieran Osei');
  assert.equal(speaker(find(d, 'win a medal')), 'Aoife Brannigan');
  assert.equal(speaker(find(d, 'living dangerously')), 'Dean Holloway');
  assert.equal(speaker(find(d, 'Everybody could see')), 'Dean Holloway');
  assert.ok(!d.quotes.some((q) => q.verb === 'state'));
});

test('scraped pages: a "Related Story:" headline is nobody\'s quotation; "bureau senior meteorologist X said" after a quotation', async () => {
  const d = await analyseWithModel(
    'The Bureau of Meteorology has issued an extreme heat warning for Adelaide.\n\n' +
      '“We’re looking at a very dangerous couple of days,” bureau senior meteorologist Hamish Corrigan said.\n\n' +
      'Advertisement\n\nRelated Story: ‘It’s like an oven’: Residents swelter as heat record falls',
  );
  assert.equal(speaker(find(d, 'very dangerous couple')), 'Hamish Corrigan');
  assert.equal(speaker(find(d, 'like an oven')), null);
});

test('"Brazil’s central bank" and "the bank said" after it, as written; a nickname between a given name and a family name ("Ernesto “El Tano” Pizarro")', async () => {
  const d = await analyseWithModel(
    'Brazil’s central bank raised its benchmark rate on Wednesday. “The committee judges that the tightening is sufficient,” the bank said in its statement.\n\n' +
      'The decisive votes came from three senators, among them Ernesto “El Tano” Pizarro. “I am not selling my vote,” Pizarro said.',
  );
  assert.equal(speaker(find(d, 'tightening is sufficient')), 'Brazil’s central bank');
  assert.equal(speaker(find(d, 'not selling my vote')), 'Ernesto Pizarro');
});

test('a participle in a passive list is no frame ("are routinely beaten, denied medical care"); after "who asked not to be named," it is', async () => {
  const d = await analyse(
    'Detainees are routinely beaten, denied medical care and held for weeks, a United Nations expert said on Tuesday.\n\n' +
      'A Labour campaign official, who asked not to be named, admitted the party was worried about losing votes in the valleys.',
  );
  assert.ok(!d.quotes.some((q) => q.verb === 'deny'));
  assert.ok(find(d, 'routinely beaten'));
  assert.equal(find(d, 'worried about losing votes').verb, 'admit');
});

test('headlines: a quotation before a colon is the name\'s after it; a short one is the speaker\'s whom the body quotes with those words; "Acme chief says" is no company speaking', async () => {
  const colon = await analyseWithModel(
    "'Not one rupee misused': Bhandari rejects opposition charge on highway tenders\n\n" +
      'NEW DELHI — Highways Minister R. K. Bhandari on Wednesday rejected the allegation. "Not one rupee of public money has been misused," he said.',
  );
  assert.equal(speaker(find(colon, 'Not one rupee misused')), 'R. K. Bhandari');
  const short = await analyseWithModel(
    "Hospital chief warns of 'winter like no other' as nurses vote to strike\n\n" +
      'Nurses at Northmoor Hospital have voted to strike. Chief executive Graham Ostler said patients faced "a winter like no other".',
  );
  assert.equal(speaker(find(short, 'winter like no other')), 'Graham Ostler');
  const chief = await analyseWithModel(
    'Nexora chief says EU rules will ‘hand the future to Beijing’\n\n' +
      'LISBON — Jonah Kessler, the chief executive of Nexora, said on Wednesday that the rules would “hand the future to Beijing”.',
  );
  assert.equal(speaker(chief.quotes.find((q) => q.kind === 'direct' && q.end < 60)!), 'Jonah Kessler');
  assert.equal(speaker(find(chief, 'EU rules will')), 'Jonah Kessler');
});

test('a quotation in reported speech after a verb of its own is the report\'s speaker\'s ("the strikes showed Kyiv was "…""), unless someone unnamed says it there', async () => {
  const d = await analyse(
    'Kremlin spokesman Arkady Belov told reporters the strikes showed that Kyiv was “not interested in any peace process”.\n\n' +
      'Brandt said a remand prison had been closed for what officials described as "sanitary works" on the day she arrived.',
  );
  assert.equal(speaker(find(d, 'not interested in any')), 'Arkady Belov');
  assert.equal(speaker(d.quotes.find((q) => q.kind === 'direct' && q.text === 'sanitary works')!), null);
});

test('honorifics and ranks are no part of a name (Maître, Mgr, Ratu, Taoiseach, Maj.); "the elder Dempsey"; "the Gilbert Republican"; "the Minister for Health, X," then "the minister"', async () => {
  const d = await analyseWithModel(
    'Maître Fatou Bintou Gaye said she would appeal. Ratu Inoke Vakaloloma said no grower would be left behind. Taoiseach Cathal Ó Duibhir said prices were catching up.\n\n' +
      'The crew were expected to land at noon, according to a brigade spokeswoman, Maj. Erin Castellanos.\n\n' +
      'One of the soldiers was identified as Kyle Dempsey, 29. His father, Robert Dempsey, told a local station that his son had wanted to fly. "He called us Sunday night," the elder Dempsey said.\n\n' +
      'Sen. Kyle Rasmussen (R-Gilbert) said he would vote against the bill. "I\'m all for protecting ratepayers," the Gilbert Republican said.\n\n' +
      'Speaking on Newstalk, the Minister for Health, Deirdre Ní Chonaill, said she had asked managers to cancel procedures. “It is not acceptable,” the minister said.',
  );
  assert.equal(speaker(find(d, 'would appeal')), 'Fatou Bintou Gaye');
  assert.equal(speaker(find(d, 'no grower')), 'Inoke Vakaloloma');
  assert.equal(speaker(find(d, 'prices were catching up')), 'Cathal Ó Duibhir');
  assert.equal(speaker(find(d, 'expected to land')), 'Erin Castellanos');
  assert.equal(speaker(find(d, 'called us Sunday')), 'Robert Dempsey');
  assert.equal(speaker(find(d, 'protecting ratepayers')), 'Kyle Rasmussen');
  assert.equal(speaker(find(d, 'not acceptable')), 'Deirdre Ní Chonaill');
});

test('a tabloid lede\'s word in capitals is no name ("A MUM has told how …"); nor is "Ex-" of "Ex-palace butler"; "…," X, the leader of the … (PRD), said', async () => {
  const d = await analyseWithModel(
    'Ex-palace butler: \'I was treated like furniture\'\n\n' +
      'A MUM has told how her family\'s dream break turned into a nightmare.\n\n' +
      'Graham Pettifer, 61, said staff were banned from making eye contact. He added: "I was treated like furniture."\n\n' +
      '"This is a confiscation of power, pure and simple," Hamadoun Boureima Togola, the leader of the opposition Party for Democratic Renewal (PRD), said in an interview with Radio Djoliba Plus on Wednesday.',
  );
  assert.notEqual(speaker(find(d, 'dream break')), 'MUM');
  assert.equal(speaker(d.quotes.find((q) => q.end < 50)!), 'Graham Pettifer');
  assert.equal(speaker(find(d, 'confiscation of power')), 'Hamadoun Boureima Togola');
});

test('"Gov. X" is the governor and "Lt. Gov. Y" is not; "said Friday evening that"; "a Facebook post" is no verb', async () => {
  const d = await analyseWithModel(
    'AUSTIN — Gov. Dale Whitcomb on Friday vetoed a bill. An aide said Lt. Gov. Warren Pike had warned against it. A spokesman for Pike declined to comment.\n\n' +
      'The governor\'s office said Friday evening that Whitcomb would ask the water board to study pumping limits.\n\n' +
      'Councilman Dale Prewitt voted no. Prewitt said in a Facebook post Tuesday morning that he would not resign.',
  );
  const office = find(d, 'would ask the water board');
  assert.ok(office.text.startsWith('Whitcomb would ask'));
  assert.equal(speaker(office), 'Dale Whitcomb');
  const resign = d.quotes.filter((q) => q.text.includes('he would not resign'));
  assert.deepEqual(resign.map((q) => [q.verb, speaker(q)]), [['say', 'Dale Prewitt']]);
});

test('appositions and descriptions: "the Minister of A, B and C, X," then "the minister"; "The 61-year-old former Danish prime minister"; "who gave only his first name, X,"; "X, a law student who said"; "the regulator"; "An ITV spokeswoman"; tabloid verbs', async () => {
  const d = await analyseWithModel(
    "Tonga's Minister of Agriculture, Food and Forests, Semisi Fakahua Tāufa, said his ministry had run workshops. “The message has always been clear,” the minister said.\n\n" +
      'NATO Secretary-General Anders Vestergaard told a news conference that it was fine. The 61-year-old former Danish prime minister said 23 of the 32 members now met the benchmark.\n\n' +
      'Another supporter, who gave only his first name, Ismaël, said he had travelled overnight by bus.\n\n' +
      '"They threw the grenades into the crowd," said Pape Alioune Thiam, a 23-year-old law student who said he had been hit in the leg.\n\n' +
      'The Bank of Lithuania on Wednesday revoked the licence of Vėjas Pay, a Vilnius-based company. The regulator said an inspection last year had found breaches.\n\n' +
      'The deal will need the approval of the Competition and Markets Authority. A CMA spokesperson said the regulator was aware of the deal. An ITV spokeswoman said: “We are supporting Kayleigh.”\n\n' +
      'Singer Kayleigh Dunmore, 30, split from her fiancé. At the time she gushed to fans: “I said yes!!! Still shaking.”',
  );
  assert.equal(speaker(find(d, 'always been clear')), 'Semisi Fakahua Tāufa');
  assert.equal(speaker(find(d, 'now met the benchmark')), 'Anders Vestergaard');
  assert.equal(speaker(find(d, 'travelled overnight')), 'Ismaël');
  assert.equal(speaker(find(d, 'hit in the leg')), 'Pape Alioune Thiam');
  assert.equal(speaker(find(d, 'inspection last year')), 'Bank of Lithuania');
  assert.equal(speaker(find(d, 'aware of the deal')), 'Competition and Markets Authority');
  assert.equal(speaker(find(d, 'supporting Kayleigh')), 'ITV');
  assert.equal(speaker(find(d, 'Still shaking')), 'Kayleigh Dunmore');
});

test('"The San Antonio Marshals said" is the club, not a person named Antonio; "The Meteorology, Climatology and Geophysics Agency"; a nickname before a family name read as a place', async () => {
  const d = await analyseWithModel(
    'The San Antonio Marshals said Pruitt would undergo further tests on Monday.\n\n' +
      'The Meteorology, Climatology and Geophysics Agency (BMKG) said the quake was centred 11 kilometres southwest of Garut.\n\n' +
      'Sen. Leandro "Dodong" Escalante said he would file a resolution seeking an inquiry.',
  );
  assert.equal(speaker(find(d, 'further tests')), 'San Antonio Marshals');
  assert.equal(speaker(find(d, 'quake was centred')), 'Meteorology, Climatology and Geophysics Agency');
  assert.equal(speaker(find(d, 'file a resolution')), 'Leandro Escalante');
});

test('titles stay out of names the model ran together ("Limerick Independent TD X", "Garut Regent X", "Crofter X"); "The Taoiseach said" is who holds the title', async () => {
  const d = await analyseWithModel(
    'Limerick Independent TD Tadhg Breathnach said the situation at UHL was “a scandal”. Garut Regent Iwan Setiawan said his administration would inspect every school. Crofter Dòmhnall MacPhàil said the ferry was late again.\n\n' +
      'Taoiseach Cathal Ó Duibhir has rejected the claims. The Taoiseach said the Government would bring forward legislation before the summer recess.',
  );
  assert.equal(speaker(find(d, 'situation at UHL')), 'Tadhg Breathnach');
  assert.equal(speaker(find(d, 'inspect every school')), 'Iwan Setiawan');
  assert.equal(speaker(find(d, 'ferry was late')), 'Dòmhnall MacPhàil');
  assert.equal(speaker(find(d, 'bring forward legislation')), 'Cathal Ó Duibhir');
});

test('"X in Taiwan" names a body with its seat; "the president would announce a nominee "…"" is no frame of its own', async () => {
  const d = await analyseWithModel(
    'The American Institute in Taiwan said it was "closely monitoring" the situation.\n\n' +
      'The White House said the president would announce a nominee "in the coming weeks."',
  );
  assert.equal(speaker(find(d, 'closely monitoring the situation'.replace('monitoring the', 'monitoring" the'))), 'American Institute in Taiwan');
  const nominee = d.quotes.filter((q) => q.text.includes('nominee'));
  assert.deepEqual(nominee.map((q) => [q.verb, speaker(q)]), [['say', 'White House']]);
  assert.equal(speaker(find(d, 'in the coming weeks')), 'White House');
});

test('"X was quoted as saying" is X\'s; "Xinhua\'s readout said" is Xinhua\'s', async () => {
  const d = await analyseWithModel(
    'Chinese leader Han Zhiyuan spoke to Chancellor Annika Larsson. “China is willing to work with Germany,” Han was quoted as saying. Xinhua’s readout said Han had also called on Berlin to act.',
  );
  assert.equal(speaker(find(d, 'willing to work')), 'Han Zhiyuan');
  assert.equal(speaker(find(d, 'called on Berlin')), 'Xinhua');
});

test('"Corvid Publishing" is a company and "the company said" after it is its; "the publisher insisted"; titles of Australian usage (Cr, Magistrate, Aunty)', async () => {
  const d = await analyseWithModel(
    'Tinderbox Games filed the lawsuit against Corvid Publishing on Tuesday. Corvid said in a statement that it “strongly disputes” the claims. The company said a portion of the payments had been held back.\n\n' +
      'Mayor Jo Pettigrew toured the town. “We’ve never seen it this high,” Cr Pettigrew said. Marrawuy elder Aunty Dorothy Ngala, 78, spoke. “That place holds our old people,” Aunty Dorothy told the ABC.',
  );
  assert.equal(speaker(find(d, 'held back')), 'Corvid Publishing');
  assert.equal(speaker(find(d, 'never seen it this high')), 'Jo Pettigrew');
  assert.equal(speaker(find(d, 'holds our old people')), 'Dorothy Ngala');
});

test('East African forms of address are no part of names (Ato, Mheshimiwa, Jaji); "the police spokesperson" is the one named before', async () => {
  const d = await analyseWithModel(
    'Uganda Police Force spokesperson Stephen Ocen Mugisha defended the arrest. “Nobody is above the law,” the police spokesperson said in a statement.\n\n' +
      'Mheshimiwa Zuberi Athumani Mkwawa told Parliament that police had the power to restrict gatherings.\n\n' +
      'The commission’s chairman, Jaji Hamisi Kombo Lugendo, said turnout had reached 83%.',
  );
  assert.equal(speaker(find(d, 'above the law')), 'Stephen Ocen Mugisha');
  assert.equal(speaker(find(d, 'restrict gatherings')), 'Zuberi Athumani Mkwawa');
  assert.equal(speaker(find(d, 'turnout had reached')), 'Hamisi Kombo Lugendo');
});

test('"Md" opens a Bangladeshi name; South Asian forms of address are no part of names (Maulvi, Sardar)', async () => {
  const d = await analyseWithModel(
    'Police official Md Sanowar Jahan Bhuiyan said the procession had no permission. Maulvi Hamidullah Sarwari said donors must act. Sardar Azhar Nawaz Khosa said he had no regrets.',
  );
  assert.equal(speaker(find(d, 'no permission')), 'Md Sanowar Jahan Bhuiyan');
  assert.equal(speaker(find(d, 'donors must act')), 'Hamidullah Sarwari');
  assert.equal(speaker(find(d, 'no regrets')), 'Azhar Nawaz Khosa');
});

test('"Sjúrður við Ánna": a Faroese particle inside a name; "Energia Alpina SpA" and "Energia Alpina" are one company', async () => {
  const d = await analyseWithModel(
    'Faroese fisheries minister Sjúrður við Ánna said Iceland was “once again acting alone”.\n\n' +
      'Energia Alpina SpA reported higher profits. Energia Alpina said it would bid for at least 1 gigawatt of new capacity.',
  );
  assert.equal(speaker(find(d, 'acting alone')), 'Sjúrður við Ánna');
  assert.equal(speaker(find(d, 'bid for at least')), 'Energia Alpina SpA');
});

test('a body named after its description speaks ("the EU\'s statistics office Eurostat said"); not one named only as a channel ("the mayor … via news agency Interfax")', async () => {
  const d = await analyseWithModel(
    'Inflation rose to 2.9 percent in March, driven by energy prices, the EU\'s statistics office Eurostat said on Thursday.\n\n' +
      'The occupants were going to a dance competition, according to the mayor of Yartsevo via news agency Interfax.',
  );
  assert.equal(speaker(find(d, 'Inflation rose')), 'Eurostat');
  assert.notEqual(speaker(find(d, 'dance competition')), 'Interfax');
});

test('"X said it had been told of … and was "…"": the quotation is X\'s; "the 44-year-old nurse\'s aide"; "Amara\'s mother, Denise Whitlock, said" is the mother', async () => {
  const d = await analyseWithModel(
    'The Information Commissioner’s Office said it had been told of a possible data breach and was “making enquiries”.\n\n' +
      'Amara’s mother, Denise Whitlock, said the decision to enroll her daughter had been agonizing.\n\n' +
      '“They sat us down and went through every risk, and there were a lot of them,” the 44-year-old nurse’s aide said.',
  );
  assert.equal(speaker(d.quotes.find((q) => q.kind === 'direct' && q.text === 'making enquiries')!), 'Information Commissioner’s Office');
  assert.equal(speaker(find(d, 'They sat us down')), 'Denise Whitlock');
});

test('"the trust" far from the one body whose name ends with it, "the council" from the one named "Consejo …"; "A hospital spokesman" for the hospital named; "the DCP" for the Deputy Commissioner of Police', async () => {
  const filler = 'Patients were told to stay away from the emergency department unless they were seriously ill, and to call ahead. '.repeat(14);
  const d = await analyseWithModel(
    `Nene Valley NHS Foundation Trust said its emergency department remained open.\n\n${filler}\n\nThe trust said it would post updates for patients every day.\n\n` +
      'Amara was treated at Northside Children’s Hospital in Memphis. A hospital spokesman said Northside had treated nine patients in the trial.\n\n' +
      'Deputy Commissioner of Police (Cyber Crime) K. Srujana Reddy said the gang was caught. The DCP said all the accused had been produced before a magistrate.',
  );
  assert.equal(speaker(find(d, 'post updates')), 'Nene Valley NHS Foundation Trust');
  assert.equal(speaker(find(d, 'treated nine patients')), 'Northside Children’s Hospital');
  assert.equal(speaker(find(d, 'produced before a magistrate')), 'K. Srujana Reddy');
  const rioja = await analyseWithModel(
    `“Nobody wanted this day,” the president of the Consejo Regulador de la DOCa Rioja, Fernando Olazábal, said.\n\n${filler}\n\nThe council has said it will publish the list of eligible plots in March.`,
  );
  assert.equal(speaker(find(rioja, 'publish the list')), 'Consejo Regulador de la DOCa Rioja');
});

test('"Acting U.S. Attorney X said"; "Brantley police said" is the town\'s force; "The owner of the Tap Room … said" is the bar; a dateline is no part of the subject', async () => {
  const d = await analyseWithModel(
    'KRAMATORSK, Ukraine, April 2 - Russia’s defence ministry said on Thursday that its forces had taken the village.\n\n' +
      'A man was charged on Sunday, Brantley police said. The Brantley Police Department released a recording.\n\n' +
      '“This is money that was supposed to help,” Acting U.S. Attorney Gregory Hale said at a news conference.\n\n' +
      'Colvin was arrested outside the Tap Room, a bar on Main Street. The owner of the Tap Room, who asked not to be named, said the bar would stay closed.',
  );
  assert.equal(speaker(find(d, 'its forces had taken')), 'Russia’s defence ministry');
  assert.equal(speaker(find(d, 'A man was charged')), 'Brantley Police Department');
  assert.equal(speaker(find(d, 'money that was supposed')), 'Gregory Hale');
  assert.equal(speaker(find(d, 'bar would stay closed')), 'Tap Room');
});

test('"The party, in a statement signed by its publicity secretary, X, said" is the party; "The Omanhene of …, Nana Y," then "the Omanhene" is Y', async () => {
  const d = await analyseWithModel(
    'The Democratic Alliance Congress described the defection as a betrayal.\n\n' +
      'The party, in a statement signed by its State Publicity Secretary, Comrade Tajudeen Alabi-Oke, in Ilorin on Sunday, said the deputy governor had left.\n\n' +
      'The Omanhene of the Abosomkrom Traditional Area, Nana Osei Kwabena Agyemang III, has warned that chiefs will be destooled.\n\n' +
      'The Omanhene disclosed that two sub-chiefs had already been suspended.',
  );
  assert.equal(speaker(find(d, 'deputy governor had left')), 'Democratic Alliance Congress');
  assert.equal(speaker(find(d, 'chiefs will be destooled')), 'Osei Kwabena Agyemang III');
  assert.equal(speaker(find(d, 'two sub-chiefs')), 'Osei Kwabena Agyemang III');
});

test('a quotation after a framed one that ends its sentence goes on with its speaker; "the City" is "City of Tshwane"; "Kirsty and Ben Lowther" is two Lowthers', async () => {
  const d = await analyseWithModel(
    '“The top of the market is fine. The middle is where the pain is,” said Matthias Oberholzer, chief executive of Kessler Uhren, a 140-year-old maker based in La Chaux-de-Fonds. “If you sell a cheap watch, you are having a very difficult year.”\n\n' +
      'The City of Tshwane said water would return. The City said its teams were working around the clock.\n\n' +
      'Kirsty and Ben Lowther said their frame had been standing for months.',
  );
  assert.equal(speaker(find(d, 'If you sell a cheap watch')), 'Matthias Oberholzer');
  assert.equal(speaker(find(d, 'teams were working')), 'City of Tshwane');
  assert.equal(speaker(find(d, 'frame had been standing')), 'Kirsty Lowther and Ben Lowther');
});

test('a body described by kind where it is named ("X, a ransomware group", "a gang known as Y", "the contractor Z") is "the group", "the gang", "the contractor" later', async () => {
  const d = await analyseWithModel(
    'Hollow Choir, a ransomware group that emerged last year, claimed it had stolen files from Marrowgate Foods. In a post, the group wrote that Marrowgate would pay.\n\n' +
      'A ransomware gang known as Black Lotus listed 12 victims on Thursday. The gang said it had deleted the data of hospitals.\n\n' +
      'Cleaners employed by the contractor Carrow Facilities Services backed the offer, the GMB union said. The contractor said the deal was fair.\n\n' +
      'Among those waiting was Nhem Sophy, a sewing machine operator from Prey Veng province. “I have two children,” she said.',
  );
  assert.equal(speaker(find(d, 'Marrowgate would pay')), 'Hollow Choir');
  assert.equal(speaker(find(d, 'deleted the data')), 'Black Lotus');
  assert.equal(speaker(find(d, 'deal was fair')), 'Carrow Facilities Services');
  // A job noun that is also a body's ("operator") leaves a person's name a person's.
  assert.equal(speaker(find(d, 'two children')), 'Nhem Sophy');
});

test('a home town, a state and an age between a name and "who" or the verb are passed ("Margaret, 68, from Leeds, who …", "of Gatineau, Que., who", "from Jackson, Miss., said"); a given name written as a place is the person', async () => {
  const d = await analyseWithModel(
    'Denise Albright, 52, a school bus driver from Jackson, Miss., said collectors called her every day.\n\n' +
      'Suzanne and Marc Tremblay of Gatineau, Que., who renewed in January, said they had prepaid.\n\n' +
      'Margaret, 68, from Leeds, who asked that her surname not be used, said her quote had doubled.\n\n' +
      'This included the home of Prime Minister Tuilaepa, who told the press his nephew needed a dose.\n\n' +
      'His older brother, Jordan Reid, 24, spoke at the vigil. "People keep telling me there was nothing we could have done," Jordan said.',
  );
  assert.equal(speaker(find(d, 'collectors called her')), 'Denise Albright');
  assert.equal(speaker(find(d, 'they had prepaid')), 'Suzanne Tremblay and Marc Tremblay');
  assert.equal(speaker(find(d, 'quote had doubled')), 'Margaret');
  assert.match(speaker(find(d, 'nephew needed a dose')) ?? '', /Tuilaepa/);
  assert.equal(speaker(find(d, 'nothing we could have done')), 'Jordan Reid');
});

test('"The chief executive of X has admitted …" and "the chief executive of state energy group X said" in the lede are the person named as speaker next; "She was asked whether …, and replied that …" is her reply', async () => {
  const d = await analyseWithModel(
    'Water boss defends dividend\n\n' +
      'The chief executive of Severnvale Water has admitted that the company’s record on sewage was “unacceptable”.\n\n' +
      'Appearing before the committee on Tuesday, Graham Ashdown said the firm had recorded 41,200 spills.\n\n' +
      'Under questioning, Dana Whitcombe acknowledged that patients were not told. She was asked whether the firm had paid a ransom, and replied that she could not discuss it.',
  );
  assert.equal(speaker(find(d, 'record on sewage')), 'Graham Ashdown');
  assert.equal(speaker(find(d, 'could not discuss')), 'Dana Whitcombe');
  // A description before the body's name; the person named next after an age.
  const gas = await analyseWithModel(
    'Algeria rules out pipeline\n\n' +
      'ORAN, Algeria — Algeria will not resume exports through the pipeline “under any circumstances,” the chief executive of state energy group Sonatrach said on Monday.\n\n' +
      '“That chapter is closed. The line belongs to the past,” Rachid Benamara, 56, told an energy conference.',
  );
  assert.equal(speaker(find(gas, 'under any circumstances')), 'Rachid Benamara');
});

test('"the club" is the club the sentence is about, not one named after a preposition; a club\'s short name ("Rheinfeld" of "FC Rheinfeld") is the club', async () => {
  const d = await analyseWithModel(
    'Castlebridge City have confirmed the signing of Hungarian striker Bence Varga from Belgian side KV Oostmeer on a five-year contract.\n\n' +
      'In a post on X, the club wrote: "Signed, sealed, delivered. Welcome to Castlebridge, Bence."\n\n' +
      'FC Rheinfeld completed the signing of Eirik Solberg on Monday. Rheinfeld said the fee was a club record.',
  );
  assert.equal(speaker(find(d, 'Signed, sealed')), 'Castlebridge City');
  assert.equal(speaker(find(d, 'fee was a club record')), 'FC Rheinfeld');
});

test('Indian honorifics and ranks do not end a sentence ("said Smt. Kamla Devi"); "District Collector S. Vaidehi" is the person; "the company" far from any name is the business the story keeps naming', async () => {
  const d = await analyseWithModel(
    '"The circle rate in our village was last revised in 2018," said Smt. Kamla Devi, the pradhan of the village.\n\n' +
      'District Collector S. Vaidehi, however, said the bulk of the compensation had already been paid.\n\n' +
      'Meridian Pictures has delayed The Salt Road. Meridian Pictures said filming would resume. Meridian Pictures shares fell. Critics were unimpressed by the trailer, which was released in March to a muted response from audiences and from the trade press, and cinemas in several cities reported weak advance bookings for the spring, while rival studios moved their own releases to avoid a crowded summer. The release had been planned for May, and marketing had already begun in several countries before the decision was taken, according to people who work on the campaign. Exhibitors had hoped the film would anchor the season, and several said privately that the delay would cost them dearly at a time when audiences have been slow to return. The company said the composer had left the project over "creative differences".',
  );
  assert.equal(speaker(find(d, 'circle rate')), 'Kamla Devi');
  assert.equal(speaker(find(d, 'bulk of the compensation')), 'S. Vaidehi');
  assert.equal(speaker(find(d, 'composer had left')), 'Meridian Pictures');
});

test('"…, its head of mission, X, told AFP" is X\'s report (the hearer is no speaker); "the charity said" in a lede is the body described as one just after, not the agency of the dateline', async () => {
  const d = await analyseWithModel(
    'LAMPEDUSA, Italy (AFP) - A charity rescue ship brought 212 migrants ashore on Wednesday, two days after they were pulled from a fishing boat, the charity said.\n\n' +
      'The Aurora Maris, operated by the German-Italian group SeaBridge Rescue, picked up the passengers in two operations on Monday night, its head of mission, Lena Hartwig, told AFP by phone.\n\n' +
      'GAZA/JERUSALEM (Reuters) - Hamas said on Monday it had delivered a positive response to the proposal.',
  );
  assert.equal(speaker(find(d, 'rescue ship brought')), 'SeaBridge Rescue');
  assert.equal(speaker(find(d, 'picked up the passengers')), 'Lena Hartwig');
  assert.equal(speaker(find(d, 'positive response')), 'Hamas');
});

test('Filipino forms of address and "Engr." are titles, not names ("Mang Ramon Dizon", "said Engr. Reynaldo Sagun")', async () => {
  const d = await analyseWithModel('"We gave the warning 12 hours ahead," said Engr. Reynaldo Sagun, the dam manager. Mang Ramon Dizon, 58, said his family had left their house with only a sack of rice.');
  assert.equal(speaker(find(d, 'gave the warning')), 'Reynaldo Sagun');
  assert.equal(speaker(find(d, 'sack of rice')), 'Ramon Dizon');
});

test('a description after "and" is the person its sentence opens with; `"…?" the Czech said` is framed; "he was blunt. "…," the 54-year-old said" is whom "he" stands for', async () => {
  const d = await analyseWithModel(
    'DUBAI, United Arab Emirates — Chinedu Okafor closed with a 68 on Sunday to win the Gulf Classic, and the 24-year-old Nigerian said his first title felt "like a dream."\n\n' +
      'World No. 1 Hana Sedlackova said players should not be asked to "gamble with their bodies."\n\n' +
      '"If a player collapses on court, everyone will talk about changing the rule. Why wait for that?" the Czech said.\n\n' +
      'Khalid Al Hameli said the airline would retire its oldest jets by 2031.\n\n' +
      'The order comes weeks after the government approved a plan to expand the airport, which already handles more passengers than any other in the region, and which is expected to double its capacity over the next decade as new terminals open and airlines add routes to Asia, Africa and South America.\n\n' +
      'Asked whether the airline could absorb the new aircraft, he was blunt. "We have been patient for three years. We can be patient for three more," the 54-year-old said.',
  );
  assert.equal(speaker(find(d, 'first title felt')), 'Chinedu Okafor');
  assert.equal(speaker(find(d, 'Why wait for that')), 'Hana Sedlackova');
  assert.equal(speaker(find(d, 'patient for three years')), 'Khalid Al Hameli');
});

test('"A spokesman for the trust … "…," he said" is the trust; a quotation with its frame is no "according to" report; "forecasts sat" is a noun; "while the TUC welcomed … but said" has its own subject', async () => {
  const d = await analyseWithModel(
    'A spokesman for the Wrenfield Valley NHS Trust said it "fully accepted" the coroner\'s findings.\n\n' +
      '"We have made significant changes to the way our maternity services are staffed," he said.\n\n' +
      'Minister Hani El-Bahrawy said the country faced a shortfall. "We are treating every drop as if it were the last," the 54-year-old engineer told the committee on Sunday, according to a statement issued by the committee.\n\n' +
      'The province\'s Financial Accountability Office warned last month that net debt would top $500 billion, and said the government\'s revenue forecasts sat "on the optimistic end of a reasonable range."\n\n' +
      'The CBI said the surcharge risked harm, while the TUC welcomed the decision but said public sector workers faced another year of going backwards.',
  );
  assert.equal(speaker(find(d, 'significant changes')), 'Wrenfield Valley NHS Trust');
  assert.equal(d.quotes.filter((q) => q.text.includes('every drop')).length, 1);
  assert.equal(speaker(find(d, 'every drop')), 'Hani El-Bahrawy');
  assert.equal(find(d, 'revenue forecasts sat').verb, 'say');
  assert.equal(speaker(find(d, 'revenue forecasts sat')), 'Financial Accountability Office');
  assert.equal(speaker(find(d, 'going backwards')), 'TUC');
});

test('"Promoter X" is X; strategists at a firm "led by" someone speak for the firm; a shadow treasurer is not "the Treasurer"; a name given to one gender tells "he"', async () => {
  const d = await analyseWithModel(
    'The cancellation is the latest blow. Promoter Redline Live, which booked the European leg, said it was working with venues to reschedule the shows.\n\n' +
      'In a note to clients, strategists at Meridian Hale led by Priya Ramdas wrote that firmer yields left equities exposed.\n\n' +
      'Treasurer Tom Kessler delivered a surplus. Shadow treasurer Nicole Ambrose said the surplus was built on a mining boom.\n\n' +
      'A spokesman for the Treasurer said the government would not be lectured on fiscal discipline.\n\n' +
      'Minister Karim Tahiri told lawmakers that the dams were 38 percent full. The minister said that dams in the Oum Er-Rbia basin remained below 15 percent. He added that the desalination plant would open next year.',
  );
  assert.equal(speaker(find(d, 'working with venues')), 'Redline Live');
  assert.equal(speaker(find(d, 'firmer yields')), 'Meridian Hale');
  assert.equal(speaker(find(d, 'fiscal discipline')), 'Tom Kessler');
  assert.equal(speaker(find(d, 'desalination plant')), 'Karim Tahiri');
});

test('a group the KB knows as an organisation speaks ("Yemen\'s Houthis said"); "the watchdog" is the supervisor, not the bank it fined; "a spokesman for the firm" after "X, the British bookmaker"; "a NSW Ambulance spokesperson"; "X Foods of Fresno" is X Foods', async () => {
  const d = await analyseWithModel(
    'Yemen\'s Houthis said on Friday they had fired two missiles at a tanker in the southern Red Sea.\n\n' +
      'Sweden\'s Financial Supervisory Authority fined Norrvik Bank 1.2 billion crowns on Tuesday. The watchdog added that it would follow up on the bank\'s remediation work in 2027.\n\n' +
      'Belle d\'Orvault was cut to 12-1 from 50-1 by StarPrice, the British bookmaker. "She was a forgotten horse this morning," said a spokesman for the firm.\n\n' +
      'SYDNEY — The 38-year-old man was flown to Gold Coast University Hospital in a stable condition, a NSW Ambulance spokesperson said.\n\n' +
      'Valle Dorado Foods of Fresno said late Thursday it was recalling all lots of its cheese.',
  );
  assert.equal(speaker(find(d, 'fired two missiles')), 'Houthis');
  assert.equal(speaker(find(d, 'remediation work')), 'Financial Supervisory Authority');
  assert.equal(speaker(find(d, 'forgotten horse')), 'StarPrice');
  assert.equal(speaker(find(d, 'stable condition')), 'NSW Ambulance');
  assert.equal(speaker(find(d, 'recalling all lots')), 'Valle Dorado Foods');
});

test('"an account called X … the account wrote" is X; "Britain, France and Germany said" is the three (not "US and Iraqi officials"); "she said" after someone "who did not want to be named" is nobody', async () => {
  const d = await analyseWithModel(
    'An Instagram post from an account called Keystone Liberty Report claims that lawmakers will ban cash.\n\n' +
      '"PA is coming for your cash," the account wrote in text over a video posted March 9.\n\n' +
      'Britain, France and Germany said in a joint statement that the talks had been useful. US and Iraqi officials said talks would resume next week.\n\n' +
      'Harriet Osei, a travel agent in Leeds, said her phone had not stopped ringing. A member of BlueHarbour\'s cabin crew, who did not want to be named, said staff had found out from a WhatsApp message. "We were told to leave our uniforms at home and wait for a call," she said.',
  );
  assert.equal(speaker(find(d, 'coming for your cash')), 'Keystone Liberty Report');
  assert.equal(speaker(find(d, 'had been useful')), 'United Kingdom and France and Germany');
  assert.equal(speaker(find(d, 'talks would resume')), null);
  assert.equal(speaker(find(d, 'leave our uniforms')), null);
});

test('"In a statement read by his lawyer, X, he said" is the one "his" relates to, not the lawyer', async () => {
  const d = await analyseWithModel(
    'Peter K. Mwangi, a land dealer, was freed on Tuesday. Mwangi did not address reporters. In a statement read by his lawyer, Cliff O. Mutua, he said he had been "treated like a criminal for buying and selling land legally."',
  );
  assert.equal(speaker(find(d, 'treated like a criminal')), 'Peter K. Mwangi');
});

test('"the DCI said" after "the Directorate of Criminal Investigations (DCI)" is the body, though "DCI" is also a title', async () => {
  const d = await analyseWithModel(
    'The Directorate of Criminal Investigations (DCI) arrested Peter Mwangi. The DCI had told the court, through state counsel Janet A. Korir, that it needed more time.\n\n' +
      'In a statement posted on X on Monday evening, the DCI said it respected the court\'s decision but would "pursue every lead".',
  );
  assert.equal(speaker(find(d, 'respected the court')), 'Directorate of Criminal Investigations');
});

test('"His colleague, ECB board member X, struck …, telling … that" is X; "led by Spain\'s Banco Meridional, which said" is the bank; "Shares in X plunged after the company booked … and said" is X', async () => {
  const d = await analyseWithModel(
    'ECB Governing Council member Matthias Kessler said wage growth was strong.\n\n' +
      'His colleague, ECB board member Ana Lucía Ferreiro, struck a softer tone, telling a conference in Madrid that inflation was "on track" to return to the target.\n\n' +
      'Banks bucked the trend, rising 0.9%, led by Spain\'s Banco Meridional, which said it would return 4 billion euros to shareholders this year.\n\n' +
      'Shares in Danish blade maker Kjærgaard Vind A/S plunged 23 percent after the company booked a provision for defective blades and said its chief executive would leave.',
  );
  assert.equal(speaker(find(d, 'inflation was')), 'Ana Lucía Ferreiro');
  assert.equal(speaker(find(d, 'return 4 billion')), 'Banco Meridional');
  assert.equal(speaker(find(d, 'chief executive would leave')), 'Kjærgaard Vind A/S');
});

test('"the company" is not a central bank nor an outlet someone spoke to; "the company\'s works council" is nobody; "The Saudi-led coalition" is the coalition, not Saudi Arabia', async () => {
  const d = await analyseWithModel(
    'The European Central Bank held rates. Shares in Maison Delorme fell 6.2% after the company said sales in China had dropped 11%.\n\n' +
      'Norsk Fisk ASA cut its forecast. "We grew too fast," founder Jens Lunde told news agency Ritzau. The company said its margins would recover. The company\'s works council said staff were worried about their jobs.\n\n' +
      'The Saudi-led coalition, which backs the government, said its aircraft had carried out 23 strikes.',
  );
  assert.equal(speaker(find(d, 'sales in China')), 'Maison Delorme');
  assert.equal(speaker(find(d, 'margins would recover')), 'Norsk Fisk ASA');
  assert.equal(speaker(find(d, 'staff were worried')), null);
  assert.equal(speaker(find(d, 'carried out 23 strikes')), 'Saudi-led coalition');
});

test('the lede\'s "UN special envoy for Yemen" and "Cameroon\'s culture minister on Monday" are the person named next, past a quotation of several sentences', async () => {
  const d = await analyseWithModel(
    'Envoy sees deal within reach\n\nNEW YORK, March 9 — The United Nations special envoy for Yemen told the Security Council on Monday that the parties were "within reach" of a deal.\n\n' +
      'Anders Rydqvist, a Swedish diplomat who took up the post last year, said negotiators had agreed on most names.',
  );
  assert.equal(speaker(find(d, 'the parties were')), 'Anders Rydqvist');
  const e = await analyseWithModel(
    'Cameroon demands return of throne\n\nYAOUNDÉ — Cameroon’s culture minister on Monday demanded that a museum return a royal throne, saying two years of talks had produced “nothing but polite letters.”\n\n' +
      '“We are not asking for a loan. We are not asking for a partnership. We are asking for what belongs to us,” Joséphine Ndzana-Bello told reporters.',
  );
  assert.equal(speaker(find(e, 'two years of talks')), 'Joséphine Ndzana-Bello');
});

test('"Asked whether …, the former city council member said:" is whoever spoke before, not the question\'s subject; "X, a deputy who left Russia in 2014, told" frames the quotation; "she wrote in a later post, adding that" is she; "X said the company …, adding that" is X', async () => {
  const d = await analyseWithModel(
    '"People do not read declarations," Yekaterina Sholokhova, 44, said after the vote. Asked whether the split helped the Kremlin, the former Yekaterinburg city council member said: "What helps the Kremlin is pretending that we all agree."\n\n' +
      '"We are not here to decide who will sit in which office," Arkady Velikanov, a 61-year-old former deputy who left Russia in 2014, told the forum.\n\n' +
      'Veronika Golubeva runs the outlet. “We will not put a label on the truth,” she wrote in a later post, adding that readers “know very well who pays us.”',
  );
  assert.equal(speaker(find(d, 'What helps the Kremlin')), 'Yekaterina Sholokhova');
  assert.equal(speaker(find(d, 'We are not here')), 'Arkady Velikanov');
  assert.equal(speaker(find(d, 'readers “know')), 'Veronika Golubeva');
  // A participle after reported content goes on with the reporter, not the content's subject.
  const gas = await analyseWithModel(
    'A spokesperson for Nigeria’s state oil company, NNPC Ltd, said the company remains committed to the Atlantic route through Niger and Algeria, adding that the two projects were complementary.\n\n' +
      'The speaker, Dragan Šarić, rejected opposition claims that the session had been convened illegally, saying all procedures had been respected.',
  );
  assert.equal(speaker(find(gas, 'two projects were complementary')), 'NNPC Ltd');
  assert.equal(speaker(find(gas, 'all procedures had been')), 'Dragan Šarić');
});

test('"The pro-Kremlin Telegram channel X" is X; "According to the decision of Moscow\'s X District Court" is the court; a frameless quotation paragraph after "…," X said goes on with X', async () => {
  const d = await analyseWithModel(
    'The pro-Kremlin Telegram channel Ostry Ugol, which has more than 400,000 subscribers, wrote that Shumeiko had been "a sponsor of the Kyiv regime".\n\n' +
      'According to the decision of Moscow’s Zarechensky District Court, the posts “discredited the actions of the Armed Forces” and caused outcry.\n\n' +
      '"We never stopped believing. Even at 6-4 down, we kept talking," Isla Rennie said on the ice, still holding her brush.\n\n' +
      '"That last draw — I have thrown it ten thousand times in practice. It just had to be one more."',
  );
  assert.equal(speaker(find(d, 'sponsor of the Kyiv')), 'Ostry Ugol');
  assert.equal(speaker(find(d, 'the posts')), 'Zarechensky District Court');
  assert.equal(speaker(find(d, 'That last draw')), 'Isla Rennie');
});

test('names: "Naif Ahmed al-Shadadi" keeps its first given name; "former Olympian Hamish Tulloch" is Hamish Tulloch; "Per-Anders Nyqvist" is one name', async () => {
  const d = await analyseWithModel(
    'The army’s spokesman, Brigadier General Naif Ahmed al-Shadadi, said Houthi fighters had attacked government positions.\n\n' +
      'BBC commentator and former Olympian Hamish Tulloch called the draw “one of the great shots in curling history.”\n\n' +
      'The Swedish coach, Per-Anders Nyqvist, said the team would review the final.',
  );
  assert.equal(speaker(find(d, 'Houthi fighters')), 'Naif Ahmed al-Shadadi');
  assert.equal(speaker(find(d, 'great shots')), 'Hamish Tulloch');
  assert.equal(speaker(find(d, 'review the final')), 'Per-Anders Nyqvist');
});

test('`"…," al-Subaie said` is framed by a name opening with a particle; "declared the incident "to protect …"" is no report of what it said', async () => {
  const d = await analyseWithModel(
    'Nawaf al-Subaie runs the health mission. "We have been very clear with pilgrims," al-Subaie said. "Nobody should walk in the sun."\n\n' +
      'A spokesperson for the trust said it had declared the critical incident "to protect patient safety" and expected to stand it down soon.',
  );
  assert.equal(speaker(find(d, 'very clear with pilgrims')), 'Nawaf al-Subaie');
  assert.equal(find(d, 'it had declared').text.startsWith('it had declared'), true);
});

test('"the Achterbergs" and "Owners Gloria and Sal Pettibone" are the couple, jointly; "X Group of Minneapolis" is X Group; "A post on the store\'s Facebook page" is not Facebook; "the district\'s website" is the district that opens the sentence', async () => {
  const d = await analyseWithModel(
    'Marisol Achterberg and Theo Achterberg opened the bakery. In a post on Friday, the Achterbergs warned that they expected to sell out early.\n\n' +
      'Owners Gloria and Sal Pettibone announced the closing in a Facebook post, writing that "our bodies are telling us it is time."\n\n' +
      "The building's owner, Red Cedar Property Group of Minneapolis, said in a statement that the new rent was fair.\n\n" +
      'A post on the store’s Facebook page late Sunday said only that the shop was “closing its doors effective immediately”.\n\n' +
      'The Bellcrest Fire Protection District said crews rescued two people. Osage Ridge School District canceled classes at its schools, according to a message posted on the district\'s website.\n\n' +
      'One prisoner, who spoke to the Kent Evening Post by phone and asked to be identified only as Jay, said tension had been building for weeks.',
  );
  assert.equal(speaker(find(d, 'sell out early')), 'Marisol Achterberg and Theo Achterberg');
  assert.equal(speaker(find(d, 'our bodies')), 'Gloria Pettibone and Sal Pettibone');
  assert.equal(speaker(find(d, 'new rent was fair')), 'Red Cedar Property Group');
  assert.notEqual(speaker(find(d, 'closing its doors')), 'Facebook');
  assert.equal(speaker(find(d, 'canceled classes')), 'Osage Ridge School District');
  assert.equal(speaker(find(d, 'tension had been')), 'Jay');
});

test('"X, whose mother, Agnes, has lived there for years, said" is X; "The guild\'s president, X, urged" is X, who "the 58-year-old" then is; "Wiphawee ‘Ploy’ Siriwattana" is one name', async () => {
  const d = await analyseWithModel(
    'Moira Galbraith, whose 94-year-old mother, Agnes, has lived at Carse View for six years, said the news had left her “absolutely floored”.\n\n' +
      'The guild’s president, Theo Banerjee-Hall, urged members to vote yes “so that the people across the table understand we mean it.” He told reporters that he expected the vote to pass.\n\n' +
      '“Nobody wants to walk,” the 58-year-old said.\n\n' +
      '“Today’s cut was largely priced in,” said Wiphawee ‘Ploy’ Siriwattana, an economist at Kasemsan Securities.',
  );
  assert.equal(speaker(find(d, 'the news had left')), 'Moira Galbraith');
  assert.equal(speaker(find(d, 'so that the people')), 'Theo Banerjee-Hall');
  assert.equal(speaker(find(d, 'Nobody wants')), 'Theo Banerjee-Hall');
  assert.equal(speaker(find(d, 'largely priced in')), 'Wiphawee Siriwattana');
});

test('"called by two unions, X and Y" … "according to the unions" is both, jointly', async () => {
  const d = await analyseWithModel(
    'The strike was called by two unions, the Federazione Autonoma Lavoratori Trasporto Urbano (FALTU) and the smaller Sindacato di Base Tranvieri (SBT), which represent staff.\n\n' +
      'Last month a ticket inspector was stabbed on a night bus, according to the unions.',
  );
  assert.equal(speaker(find(d, 'ticket inspector')), 'Federazione Autonoma Lavoratori Trasporto Urbano and Sindacato di Base Tranvieri');
});

test('"X, a carrier that runs track across A, B and C, said" and "X, which is based in A, B, and operates …, said" are X; "the USGS" is the U.S. Geological Survey; "An Garda Síochána" keeps its "An"', async () => {
  const d = await analyseWithModel(
    'Prairie Central, a regional carrier that runs about 1,400 miles of track across Nebraska, Kansas and Iowa, said in a statement that it was sorry for the disruption.\n\n' +
      'Brightway, which is based in Columbus, Ohio, and operates 212 terminals, said in a statement that it had bargained in good faith.\n\n' +
      'The U.S. Geological Survey said the quake struck at 10:48 p.m. Most likely, the aftershocks will keep getting smaller, the USGS said.\n\n' +
      'In a statement, An Garda Síochána said it was working with social media companies.',
  );
  assert.equal(speaker(find(d, 'working with social')), 'An Garda Síochána');
  assert.equal(speaker(find(d, 'sorry for the disruption')), 'Prairie Central');
  assert.equal(speaker(find(d, 'bargained in good faith')), 'Brightway');
  assert.equal(speaker(find(d, 'aftershocks will keep')), 'U.S. Geological Survey');
});

test('"The Prime Minister’s Office said" is the prime minister; a report "compiled by" a body is the body\'s; "X said on Friday, warning that" is X; "managing partner X said"; "A spokesperson for X declined … but said" is X', async () => {
  const d = await analyseWithModel(
    'Prime Minister Eitan Gurevich fired her on Sunday. The Prime Minister’s Office said in a statement that Gurevich “respects the courts”.\n\n' +
      'The quarterly report, compiled by the human rights service of the U.N. Integrated Office in Haiti (BINUH), said 38% of the killings occurred during police operations. The report also said that kidnappings had fallen by nearly a third.\n\n' +
      'At least 1,520 people were killed in Haiti between January and March, the United Nations said on Friday, warning that a growing share of the deaths were caused by security forces.\n\n' +
      '"Limited partners have become very selective," managing partner Anjali Varadan said in an interview.\n\n' +
      'A spokesperson for the Centers for Medicare & Medicaid Services declined to comment on Lumen but said the agency is monitoring the use of automated tools.\n\n' +
      'Roseline, a 41-year-old market vendor who gave only her first name, said she ran with her three children through sugarcane fields.',
  );
  assert.equal(speaker(find(d, 'respects the courts')), 'Eitan Gurevich');
  assert.equal(speaker(find(d, 'kidnappings had fallen')), 'United Nations Integrated Office in Haiti');
  assert.equal(speaker(find(d, 'growing share')), 'United Nations');
  assert.equal(speaker(find(d, 'very selective')), 'Anjali Varadan');
  assert.equal(speaker(find(d, 'automated tools')), 'Centers for Medicare & Medicaid Services');
  assert.equal(speaker(find(d, 'sugarcane')), 'Roseline');
});

test('"The US Consulate General in Hong Kong said" is the consulate with its seat; "Siu said" is the person with the family name "Siu", not "Kwan Siu-ming"', async () => {
  const d = await analyseWithModel(
    'The US Consulate General in Hong Kong said in a statement on Friday that the verdict was a grave blow to press freedom.\n\n' +
      'Albert Kwan Siu-ming, the security chief, spoke first. Jacky Siu Kwok-leung, a police superintendent, said the bounties stood.\n\n' +
      '“They may think they are safe in London or Toronto,” Siu said.',
  );
  assert.equal(speaker(find(d, 'grave blow')), 'US Consulate General in Hong Kong');
  assert.equal(speaker(find(d, 'safe in London')), 'Jacky Siu Kwok-leung');
});

test('"according to provisional figures from X" is X; "according to senior officials from X" is nobody', async () => {
  const d = await analyseWithModel(
    'The initiative was rejected by 17 of the 26 cantons, according to provisional figures from the Federal Chancellery.\n\n' +
      'Turnout was 46.2%, according to senior officials from the Federal Chancellery.',
  );
  assert.equal(speaker(find(d, 'rejected by 17')), 'Federal Chancellery');
  assert.equal(speaker(find(d, 'Turnout was')), null);
});

test('"on a flight operated by X, which said" is X; "A central bank spokeswoman" after "the Bank of Ghana" is the bank', async () => {
  const d = await analyseWithModel(
    'The crates had been booked on a cargo flight operated by Falcon Air Cargo, which said it was cooperating with the authorities.\n\n' +
      'The Bank of Ghana, which buys gold under its programme, said it was reviewing its dealings. A central bank spokeswoman said the bank had bought less than 200 kilogrammes.',
  );
  assert.equal(speaker(find(d, 'cooperating with')), 'Falcon Air Cargo');
  assert.equal(speaker(find(d, 'less than 200')), 'Bank of Ghana');
});

test('"the state of Goiás" is a place, not a speaker; "In a video posted … later in the day, the governor went further, saying" is the governor named before', async () => {
  const d = await analyseWithModel(
    'GOIÂNIA, Brazil, May 6 (Reuters) - The governor of the central Brazilian state of Goiás said on Wednesday he would not comply with a Supreme Court order.\n\n' +
      'Governor Eduardo Sampaio Guedes, a former federal police chief, said the ruling was political.\n\n' +
      'In a video posted on his social media accounts later in the day, the governor went further, saying that the order “ties the hands of the police”.',
  );
  assert.notEqual(speaker(find(d, 'would not comply')), 'Goiás');
  assert.notEqual(speaker(find(d, 'would not comply')), 'Reuters');
  assert.equal(speaker(find(d, 'ties the hands')), 'Eduardo Sampaio Guedes');
});

test('"Several Centre Party MPs from Lapland" are nobody; "Per-Olov Näslund, who chairs …" is no "per X"; "Oknha" is a title', async () => {
  const d = await analyseWithModel(
    'The bill is opposed by the Finns Party. Several Centre Party MPs from Lapland have also said they cannot support it.\n\n' +
      'Per-Olov Näslund, who chairs the municipal council in Dorotea, said the money was gone.\n\n' +
      'Oknha Chea Sovannarith said the project would create more than 3,000 jobs.',
  );
  assert.equal(speaker(find(d, 'cannot support')), null);
  assert.equal(d.quotes.filter((q) => q.verb === 'according to').length, 0);
  assert.equal(speaker(find(d, 'money was gone')), 'Per-Olov Näslund');
  assert.equal(speaker(find(d, '3,000 jobs')), 'Chea Sovannarith');
});

test('"Pakistan Tehreek-i-Insaf said" is the party whole; "Interior CS X", "Sahibzada X", "Lyonpo X" are X', async () => {
  const d = await analyseWithModel(
    'Pakistan Tehreek-i-Insaf said the trial of its workers was a continuation of the crackdown.\n\n' +
      'Interior CS Paul Kimani Gathogo said the government does not abduct its citizens.\n\n' +
      'Lyonpo Karma Tenzin Dorji said the project would pay for itself.',
  );
  assert.equal(speaker(find(d, 'continuation of the crackdown')), 'Pakistan Tehreek-e-Insaf');
  assert.equal(speaker(find(d, 'abduct its citizens')), 'Paul Kimani Gathogo');
  assert.equal(speaker(find(d, 'pay for itself')), 'Karma Tenzin Dorji');
});

test('"A Treasury spokeswoman" is the body named before the voice, and "she" after it; "A Rovers spokesman" is the club with that word; "a Faroese spokesman" names no body', async () => {
  const d = await analyseWithModel(
    'LONDON — The government will cut borrowing, a Treasury spokeswoman said on Monday. "We will not waver," she said.\n\n' +
      'Ashford Rovers signed the striker. "We do not comment on speculation," a Rovers spokesman said.\n\n' +
      'A Faroese spokesman said the quota was justified.',
  );
  assert.equal(speaker(find(d, 'cut borrowing')), 'Treasury');
  assert.equal(speaker(find(d, 'not waver')), 'Treasury');
  assert.equal(speaker(find(d, 'comment on speculation')), 'Ashford Rovers');
  assert.notEqual(speaker(find(d, 'quota was justified')), 'Faroese');
});

test('"the U.N. agency" is the agency named before; "state-run MRTV television reported" is MRTV; "A spokesman for Guinea\'s Ministry of Justice …, saying" is the ministry', async () => {
  const d = await analyseWithModel(
    'BANGKOK — Hunger is spreading, the World Food Programme warned Thursday. In a report released in Bangkok, the U.N. agency said two in three households could no longer afford food.\n\n' +
      'State-run MRTV television reported Tuesday that security forces were clearing the highway.\n\n' +
      'A spokesman for Guinea\'s Ministry of Justice denied that any detainee had died in custody, saying the two men had died in hospital "of natural causes."',
  );
  assert.equal(speaker(find(d, 'two in three')), 'World Food Programme');
  assert.equal(speaker(find(d, 'clearing the highway')), 'MRTV');
  assert.equal(speaker(find(d, 'the two men had died')), 'Ministry of Justice');
});

test('a shop named with a possessive speaks ("Halbrook\'s said", "Bramwell\'s, the country\'s second-largest chain, said", "Kilbride\'s, Ireland\'s largest grocer, said"); "Maestro" is a title', async () => {
  const d = await analyseWithModel(
    'Bramwell\'s, the country\'s second-largest chain, said it strongly rejects any suggestion of misuse. Halbrook\'s said the cuts would cover staples.\n\n' +
      'Kilbride\'s, Ireland\'s largest grocer, said it remained committed to Irish potatoes.\n\n' +
      '"Not a penny of this is coming from farmers," Halbrook\'s said.\n\n' +
      'Anton Velikov, the orchestra\'s music director, resigned. Maestro Velikov said he had "no intention of dying on the podium."',
  );
  assert.equal(speaker(find(d, 'strongly rejects')), "Bramwell's");
  assert.equal(speaker(find(d, 'cover staples')), "Halbrook's");
  assert.equal(speaker(find(d, 'Not a penny')), "Halbrook's");
  assert.equal(speaker(find(d, 'Irish potatoes')), "Kilbride's");
  assert.equal(speaker(find(d, 'no intention of dying')), 'Anton Velikov');
});

test('"The presidential office said" is the president the article names; "the New York-based bank said" is the bank named before, "the central bank" not', async () => {
  const d = await analyseWithModel(
    'SEOUL — President Seo Myung-hoon was suspended. The presidential office said in a statement that the allegations against the first lady were groundless.\n\n' +
      'Harrowgate Financial Corp reported a 19% rise in profit. Net income rose to $9.8 billion, the New York-based bank said.',
  );
  assert.equal(speaker(find(d, 'first lady')), 'Seo Myung-hoon');
  assert.equal(speaker(find(d, 'Net income')), 'Harrowgate Financial Corp');
});

test('"analysts at the consultancy wrote" is the consultancy named before; "Credit rating agency Austral Ratings …, saying" is the agency; "the union" may be a body named "… Association"', async () => {
  const d = await analyseWithModel(
    'Inflation slowed to 2.1 per cent in October, according to data compiled by consultancy Ledesma & Haro. In a note to clients, analysts at the consultancy wrote that the cut was "politically convenient" ahead of the election.\n\n' +
      'Credit rating agency Austral Ratings downgraded Chubut to C on Monday, saying a distressed exchange was "highly likely."\n\n' +
      'Members of the Puget Sound Musicians\' Association were locked out on Monday. The union said it would return to the table at any hour.',
  );
  assert.equal(speaker(find(d, 'politically convenient')), 'Ledesma & Haro');
  assert.equal(speaker(find(d, 'distressed exchange')), 'Austral Ratings');
  assert.equal(speaker(find(d, 'return to the table')), "Puget Sound Musicians' Association");
});

test('"the Sahel states" is no frame inside a report; "Burkina Faso\'s military government" speaks whole', async () => {
  const d = await analyseWithModel(
    'BAMAKO — Russia’s ambassador in Bamako, Arkady Loginov, wrote on Telegram that Moscow “respects the sovereign choice” of the Sahel states and would “continue to stand by its friends.”\n\n' +
      'Burkina Faso’s military government has dissolved one of the country’s largest civil-society coalitions, accusing it of “working for foreign interests”.',
  );
  assert.equal(speaker(find(d, 'stand by its friends')), 'Arkady Loginov');
  assert.equal(speaker(find(d, 'working for foreign')), 'Burkina Faso’s military government');
});

test('"proposed" reports only with "that": "said the union had proposed a mediator" is the speaker\'s report', async () => {
  const d = await analyseWithModel('The union’s spokeswoman, Nuria Calvet, spoke in Palma.\n\nCalvet, 38, who has worked as a flight attendant for 14 years, said the union had proposed a mediator last month but had received no reply.');
  assert.equal(speaker(find(d, 'proposed a mediator')), 'Nuria Calvet');
});

test('"had received estimated bills for September" is no report of estimating; "the ministry estimated costs would rise" is', async () => {
  const d = await analyseWithModel('PLA leader Yvette Bellot-Pascal said customers in the Roseau Valley had received estimated bills for September "as if nothing happened". The ministry estimated costs would rise by a third next year.');
  assert.equal(speaker(find(d, 'estimated bills')), 'Yvette Bellot-Pascal');
  assert.equal(find(d, 'costs would rise').verb, 'estimate');
});

test('"At Carrick Partners, analysts led by Priya Raman said" is the firm; "Kōtare Meats will close …, the company said" is the meat company', async () => {
  const d = await analyseWithModel(
    'Shares fell 9 per cent. At Carrick Partners, analysts led by Priya Raman said the sell-off was overdone.\n\n' +
      'Kōtare Meats will close its Feilding processing plant in March, cutting about 540 jobs, the company said yesterday.',
  );
  assert.equal(speaker(find(d, 'sell-off was overdone')), 'Carrick Partners');
  assert.equal(speaker(find(d, 'Feilding processing plant')), 'Kōtare Meats');
});

test('"Its Center for Combating Disinformation said" is the Center, without the possessive', async () => {
  const d = await analyseWithModel("The presidency's Directorate of Communications also weighed in. Its Center for Combating Disinformation said in a post that the investigation had been launched upon a complaint.");
  assert.equal(speaker(find(d, 'launched upon')), 'Center for Combating Disinformation');
});

test('the second half of a compound is no verb ("ransomware-related"), a plural after a number no verb ("the fifty states"), an aside in commas no end of the clause', async () => {
  const d = await analyseWithModel(
    'Keisha Durand studies health care security. Durand noted that OCR had announced a string of ransomware-related settlements.\n\n' +
      'American Samoans, unlike people born in the fifty states and all other U.S. possessions, such as Puerto Rico and Guam, do not automatically gain citizenship.\n\n' +
      'The Post-Courier reported on Monday that police sources said high-powered rifles, including at least one M16, had been used in the attack.',
  );
  assert.equal(speaker(find(d, 'OCR had announced')), 'Keisha Durand');
  assert.equal(d.quotes.find((q) => d.text.slice(q.start, q.end).includes('Guam')), undefined);
  const rifles = find(d, 'high-powered rifles');
  assert.equal(d.text.slice(rifles.start, rifles.end).startsWith('high-powered rifles'), true);
  assert.equal(speaker(rifles), null);
});

test('"The company\'s co-founder and chief executive, Corbin Ashgrove, disputed …, saying …" is the person in apposition', async () => {
  const d = await analyseWithModel('PulsePath is a startup. The company’s co-founder and chief executive, Corbin Ashgrove, disputed the account, saying the emails had gone to a general inbox.');
  assert.equal(speaker(find(d, 'emails had gone')), 'Corbin Ashgrove');
});

test('nicknamed people and seated missions as speakers: \'Commodore Renato "Atoy" Villaflor\' and "the Chinese Embassy in Manila"', async () => {
  const d = await analyseWithModel(
    'Three crew were hurt, the Philippine Coast Guard (PCG) said. Commodore Renato "Atoy" Villaflor, the PCG spokesperson for the West Philippine Sea, told reporters the boat was hit twice. "We have the videos," Villaflor said.\n\n' +
      'In a statement, the Chinese Embassy in Manila said the Philippine boat had "illegally intruded" into the waters.',
  );
  assert.equal(speaker(find(d, 'hit twice')), 'Renato Villaflor');
  assert.equal(speaker(find(d, 'We have the videos')), 'Renato Villaflor');
  assert.equal(speaker(find(d, 'Philippine boat had')), 'Chinese Embassy in Manila');
});

test('"The two-year-old company says" is the company; "The operator, X (SHM), said" is X; a relative clause holds no frame ("a start-up whose software … drafts clinical notes, has raised")', async () => {
  const d = await analyseWithModel(
    'LONDON — Scrivio, a London start-up whose software listens to consultations and drafts clinical notes, has raised £30 million, the company announced on Thursday. The two-year-old company says its tool is now used by 4,000 clinicians.\n\n' +
      "Mexico's National Water Commission said on Monday it would reduce the volume of water. The operator, Servicios Hidráulicos Metropolitanos (SHM), said in a statement it had already tripled the number of trucks.",
  );
  assert.equal(d.quotes.filter((q) => d.text.slice(q.start, q.end).startsWith('Scrivio')).length, 1);
  assert.equal(speaker(find(d, 'its tool is now used')), 'Scrivio');
  assert.equal(speaker(find(d, 'already tripled')), 'Servicios Hidráulicos Metropolitanos');
});

test('"Defense Minister X, who flew to the regional capital, Cúcuta, on Saturday, said" is the minister, past the commas of the relative clause', async () => {
  const d = await analyseWithModel('Defense Minister Julián Andrés Posada Ricaurte, who flew to the regional capital, Cúcuta, on Saturday, said the attack proved the MRC had chosen war.');
  assert.equal(speaker(find(d, 'attack proved')), 'Julián Andrés Posada Ricaurte');
});

test('"its chief executive warned" in a lede is the one person the article gives that role ("chief executive Rowan Achterberg")', async () => {
  const d = await analyseWithModel('CALGARY — Northgate Sands Corp. raised its 2026 production forecast on Thursday, but its chief executive warned that a shortage of capacity could force the company to slow.\n\n“We are running these assets better than ever,” chief executive Rowan Achterberg told analysts on a conference call.');
  assert.equal(speaker(find(d, 'shortage of capacity')), 'Rowan Achterberg');
});

test('"Health officials in Kampala said": where unnamed people are is no speaker', async () => {
  const d = await analyseWithModel('Health officials in Kampala said on Tuesday that a ring vaccination campaign was under way.');
  assert.equal(speaker(find(d, 'ring vaccination')), null);
});

test('"X, says \'…\'": the clause before a frame that opens a quotation is not reported by it', async () => {
  const d = await analyseWithModel("Hale banned for nine months after failed test, says 'I've never cheated in my life'\n\nHOUSTON — Welterweight contender Dominic Hale has been suspended for nine months.");
  assert.equal(d.quotes.find((q) => d.text.slice(q.start, q.end).includes('banned')), undefined);
});

test('"A Hong Kong judge … ordered …, saying" in a lede is the judge named next ("Madam Justice X told"); "The judge" is the one holding a Justice title', async () => {
  const d = await analyseWithModel(
    'Court orders developer wound up\n\nHONG KONG — A Hong Kong judge on Monday ordered the liquidation of Huasheng Land Holdings, saying the company had run out of time to present a plan.\n\n' +
      '"Enough is enough," Madam Justice Vivian Szeto told a packed courtroom at the High Court.\n\n' +
      'Counsel for Huasheng, Philip Ng, had asked for an adjournment. The judge rejected the request, noting that the threshold needed was 75 per cent.',
  );
  assert.equal(speaker(find(d, 'run out of time')), 'Vivian Szeto');
  assert.equal(speaker(find(d, 'threshold needed')), 'Vivian Szeto');
});

test('an indefinite role outside the lede is nobody named there ("in which a watch manager wrote that")', async () => {
  const d = await analyseWithModel(
    'A control room manager told the inquiry on Tuesday that crews had been sent to the wrong building.\n\nJoanne Pryce said the mistake cost crews minutes.\n\n' +
      'Mr Oyelaran showed her an internal email in which a watch manager wrote that the duplicate entries were dangerous.',
  );
  assert.equal(speaker(find(d, 'duplicate entries')), null);
});

test('"the liquidators said" is the pair appointed as liquidators, jointly; "they said" after their report too', async () => {
  const d = await analyseWithModel(
    'Szeto appointed Harriet Donnelly and Kenneth Yau of Ashgrove Advisory as joint and several liquidators.\n\n' +
      'In a statement after the hearing, the liquidators said they would move swiftly to secure the assets. The liquidators also wrote that they had obtained recognition from the Shenzhen Intermediate People\'s Court in December. But they said local officials had declined to hand over records.',
  );
  assert.equal(speaker(find(d, 'move swiftly')), 'Harriet Donnelly and Kenneth Yau');
  assert.equal(speaker(find(d, 'obtained recognition')), 'Harriet Donnelly and Kenneth Yau');
  assert.equal(speaker(find(d, 'local officials had declined')), 'Harriet Donnelly and Kenneth Yau');
});

test('"A," said X, who …. "B." is one quote (rules §2.4)', async () => {
  const d = await analyseWithModel('Every Saturday, Agnes Dorrian unlocks the side door.\n\n“Nobody leaves hungry. That’s the only rule,” the 74-year-old said, buttering her way through a loaf. “You can be drunk, you can be rude. You still get your egg roll.”');
  assert.equal(direct(d).length, 1);
  assert.match(direct(d)[0]!.text, /^Nobody leaves hungry.*egg roll\.$/s);
  assert.equal(speaker(direct(d)[0]!), 'Agnes Dorrian');
});

test('"A Hong Kong-based fund manager who holds X bonds said" is nobody named, and so is his "he said" next', async () => {
  const d = await analyseWithModel(
    'Dongfang Yue Homes said it had sufficient resources. Its chief financial officer, Wen Jiahui, told an investor call on Tuesday: "We understand the market\'s concerns."\n\n' +
      'A Hong Kong-based fund manager who holds Dongfang Yue bonds said the company\'s notes were pricing in a restructuring.\n\n"The market is telling you what it thinks," he said, speaking on condition of anonymity.',
  );
  assert.equal(speaker(find(d, 'pricing in')), null);
  assert.equal(speaker(find(d, 'market is telling')), null);
});

test('a short quotation inside reported speech framed after it is the reporter\'s ("had "deteriorated sharply" …, the agency said"); "the agency" is the ratings firm', async () => {
  const d = await analyseWithModel(
    'Calloway Ratings on Monday downgraded Dongfang Yue Homes to "CCC-" from "B-".\n\nThe developer\'s liquidity had "deteriorated sharply" over the past six months, the agency said.',
  );
  const fragment = direct(d).find((q) => q.text === 'deteriorated sharply');
  assert.ok(fragment);
  assert.equal(speaker(fragment), 'Calloway Ratings');
  assert.equal(speaker(indirect(d)[0]!), 'Calloway Ratings');
});

test('"the analysts, led by X, wrote" is the firm of "Analysts at Y" before; "its auditor, X," is "the auditor"; "the Shenzhen-based developer" is the company', async () => {
  const d = await analyseWithModel(
    'Shares in Yuanfeng Holdings were suspended on Thursday after the Shenzhen-based developer said it would not make a payment due this week.\n\n' +
      'In a separate filing, Yuanfeng said its auditor, Tanner Rhodes & Co, had resigned. The auditor wrote in a letter that it had not received sufficient evidence.\n\n' +
      'Analysts at Pemberton Hale, the investment bank, said in a note on Monday that they no longer expected sales to stabilise.\n\n"We had hoped the spring would mark a turning point," the analysts, led by Carmen Yiu, wrote.',
  );
  assert.equal(speaker(find(d, 'would not make a payment')), 'Yuanfeng Holdings');
  assert.equal(speaker(find(d, 'sufficient evidence')), 'Tanner Rhodes & Co');
  assert.equal(speaker(find(d, 'spring would mark')), 'Pemberton Hale');
});

test('a name in marks with the sentence\'s comma inside ("signed by its “Central Command,” the MRC said") frames no quote; "said payments to about 1,600 families would be made" is a clause', async () => {
  const d = await analyseWithModel(
    'In a statement signed by its “Central Command,” the MRC said its units had acted “in legitimate defence” after troops entered an area.\n\n' +
      'Deputy Agriculture Minister Camilo Esteban Urrego acknowledged the delays on Thursday, but said payments to about 1,600 families would be made "before the end of the month."',
  );
  assert.equal(d.quotes.find((q) => q.text.includes('Central Command')), undefined);
  assert.equal(indirect(d).find((q) => q.text.startsWith('its units'))?.text, 'its units had acted “in legitimate defence” after troops entered an area');
  assert.equal(speaker(find(d, 'payments to about')), 'Camilo Esteban Urrego');
  assert.equal(find(d, 'payments to about').kind, 'indirect');
});

test('"according to box-office figures compiled by X", "a news release from X", "a criminal complaint filed by X": the document is X\'s; "prepared by the city\'s labor counsel" names nobody', async () => {
  const d = await analyseWithModel(
    'The Tallant County Sheriff\'s Office and the trade group Broadway Metrics were both cited.\n\n' +
      'According to box-office figures compiled by the trade group Broadway Metrics, the show lost money. According to a news release from the Tallant County Sheriff\'s Office, the driver was arrested.\n\n' +
      'A confidential memo prepared by the city’s labor counsel estimated that a two-week strike would cost the city about $1.1 million.',
  );
  assert.equal(speaker(find(d, 'lost money')), 'Broadway Metrics');
  assert.equal(speaker(find(d, 'driver was arrested')), "Tallant County Sheriff's Office");
  assert.equal(speaker(find(d, 'two-week strike')), null);
});

test('"Leung said nobody had told her …, and that the offers were "…"": a report nobody made is no frame; "One senior war underwriter …, who asked not to be named, said" makes "he said" nobody named', async () => {
  const d = await analyseWithModel(
    'Leung Wai-man has run the shop since 1990. Leung said nobody had told her where she could move the business, and that the compensation offers were "calculated for flats, not for livelihoods."\n\n' +
      'Rupert Ashcombe of Castlegate Marine said rates had doubled.\n\nOne senior war underwriter at a syndicate, who asked not to be named, said the market had assumed that such tonnage was safe.\n\n"That assumption died on Friday," he said.',
  );
  assert.equal(speaker(find(d, 'nobody had told her')), 'Leung Wai-man');
  assert.equal(speaker(find(d, 'calculated for flats')), 'Leung Wai-man');
  assert.equal(speaker(find(d, 'assumption died')), null);
});

test('"Mawlawi" is no part of a name; "The statement named … and said" is its issuer\'s; "QUETTA:" is a dateline', async () => {
  const d = await analyseWithModel(
    'QUETTA: Two soldiers were killed near Chaman late on Monday, officials said.\n\nIn a statement issued on Tuesday, Inter-Services Public Relations (ISPR) said a group had tried to infiltrate. The statement named the dead soldiers, and said Pakistan expected Kabul to act.\n\n' +
      'Its chief spokesman, Mawlawi Hamdullah Rashidzai, said on X that Pakistani forces had opened fire.',
  );
  assert.equal(find(d, 'Two soldiers').text.startsWith('Two soldiers'), true);
  assert.equal(speaker(find(d, 'Pakistan expected')), 'Inter-Services Public Relations');
  assert.equal(speaker(find(d, 'opened fire')), 'Hamdullah Rashidzai');
});

test('"The head of the Italian Bishops’ Conference warned" in a lede is the person named next; "Senate leaders have said" names nobody; "A junior minister … which she said" is nobody named', async () => {
  const d = await analyseWithModel(
    'Bishops attack end-of-life bill\n\nROME — The head of the Italian Bishops’ Conference warned on Monday that the bill was a mistake.\n\n“This is a law of solitude,” Cardinal Emilio Sartorelli said in his opening address.\n\n' +
      'Its sponsor, Senator Chiara Benvenuti, has defended the bill. A junior minister told the Senate last month that the government would prefer palliative care, which she said reached only some patients.\n\nSenate leaders have said a first vote could come before the summer recess.',
  );
  assert.equal(speaker(find(d, 'was a mistake')), 'Emilio Sartorelli');
  assert.equal(speaker(find(d, 'reached only some')), null);
  assert.equal(speaker(find(d, 'first vote')), null);
});

test('"the books, which she said had each gone through review": a relative frame reports its predicate; "a letter sent to the district and shared with X" is not X\'s; "The letter, signed by X, says" is X\'s', async () => {
  const d = await analyseWithModel(
    'Oklahoma’s state superintendent has threatened the district, according to a letter sent to the district Tuesday and shared with Red Dirt Public Radio.\n\n' +
      'The letter, signed by State Superintendent Curtis Hollander, says the books contained explicit material.\n\n' +
      'Superintendent Maria Tovar said Thursday the district would not remove the books, which she said had each gone through the review process.',
  );
  assert.notEqual(speaker(find(d, 'threatened the district')), 'Red Dirt Public Radio');
  assert.equal(speaker(find(d, 'books contain')), 'Curtis Hollander');
  assert.equal(find(d, 'each gone').text, 'had each gone through the review process');
  assert.equal(speaker(find(d, 'each gone')), 'Maria Tovar');
  assert.equal(find(d, 'would not remove').text, 'the district would not remove the books');
});

test('a lower-case quotation after a kind of thing is speech ("the operation "demonstrates …""), a capitalised one a name ("the film "Jaws""); "another one to two inches of rain was possible" is a clause', async () => {
  const d = await analyseWithModel(
    'The Revenue Commissioners said the operation "demonstrates the value of close cooperation" with UK authorities. They also praised the film "Border Lines".\n\n' +
      'Forecaster Amy Lindqvist said another one to two inches of rain was possible through the afternoon.',
  );
  assert.equal(speaker(direct(d).find((q) => q.text.startsWith('demonstrates'))!), 'Revenue Commissioners');
  assert.equal(d.quotes.find((q) => q.text === 'Border Lines'), undefined);
  assert.equal(speaker(find(d, 'inches of rain')), 'Amy Lindqvist');
});

test('"Kurfi, who described the governor as "…," said the party would …": the quotation is Kurfi\'s, and so is the clause after "said"; "Gov Nwachukwu" is Nwachukwu', async () => {
  const d = await analyseWithModel(
    'Gov Nwachukwu joins APC\n\nThe governor, Ikenna Nwachukwu, defected on Tuesday. The APC chairman, Musa Danladi Kurfi, welcomed him.\n\n' +
      'Kurfi, who described the governor as "a bridge-builder and a true man of the people," said the party would treat Nwachukwu as its leader in the state "with immediate effect."',
  );
  assert.equal(speaker(find(d, 'bridge-builder')), 'Musa Danladi Kurfi');
  assert.equal(speaker(indirect(d).find((q) => q.text.startsWith('the party would'))!), 'Musa Danladi Kurfi');
  assert.ok(!d.entities.some((e) => e.name === 'Gov Nwachukwu'));
});

test('"X will cut 1,100 jobs, chief executive Y told staff in a memo on Tuesday, the company\'s second round of cuts": the apposition after the frame is no content; the clause before is', async () => {
  const d = await analyseWithModel('SEATTLE — Brightwell Software will lay off about 1,100 employees, chief executive Priya Castellano told staff in a memo on Tuesday, the cloud-software company\'s second round of cuts in less than a year.');
  assert.equal(speaker(find(d, 'lay off')), 'Priya Castellano');
  assert.equal(d.quotes.find((q) => q.text.includes('second round')), undefined);
});

test('"The four members -- Hayoung, Seeun, Nari and Ji-an -- had argued": the people a plural head lists speak jointly; "the Seoul Central District Court if Starline did not respond" names the court only', async () => {
  const d = await analyseWithModel(
    'Park said the members would seek an injunction from the Seoul Central District Court if Starline did not respond by March 24.\n\n' +
      'The four members -- Hayoung, Seeun, Nari and Ji-an -- had argued in their application last October that Bluepeak failed to protect them.',
  );
  assert.equal(speaker(find(d, 'failed to protect')), 'Hayoung and Seeun and Nari and Ji-an');
  assert.ok(d.entities.some((e) => e.name === 'Seoul Central District Court'), d.entities.map((e) => e.name).join(', '));
});

test('British forces\' abbreviations are titles: "Cdr Oliver Brennan" is Oliver Brennan', async () => {
  const d = await analyseWithModel('Cdr Oliver Brennan, 44, was cleared on Friday. "I have gone over that night every day since," Cdr Brennan said.');
  assert.equal(speaker(find(d, 'gone over that night')), 'Oliver Brennan');
});

test('"The complaint, issued by the agency\'s regional office, says" is the agency\'s', async () => {
  const d = await analyseWithModel('The National Labor Relations Board issued a complaint. The complaint, issued by the agency’s regional office in Fort Worth, says managers at the studio “coercively interrogated” employees.');
  assert.equal(speaker(find(d, 'managers at the studio')), 'National Labor Relations Board');
});

test('"A" tweeted X "B": a short frame with no punctuation still joins the two parts', async () => {
  const d = await analyseWithModel('Boris Johnson spoke on Friday. "We stand ready" tweeted Johnson "to provide whatever help we can to bring them under control."');
  assert.equal(direct(d).length, 1);
  assert.equal(speaker(direct(d)[0]!), 'Boris Johnson');
});

test('"The general said" is the "Lt Gen" named before; "The tanker\'s manager, Athens-based Polaris Tanker Management, said" is the company; "the operator, X AG, which …" is X AG', async () => {
  const d = await analyseWithModel(
    'Military spokesman Lt Gen Asim Farooq Malik told reporters the strikes hit hideouts. The general said Pakistan had shared the locations.\n\n' +
      'The tanker’s manager, Athens-based Polaris Tanker Management, said all 25 crew members were safe.\n\n' +
      'Only about one in five long-distance trains ran, according to the operator, Deutsche Fernbahn AG, which had drawn up an emergency timetable.',
  );
  assert.equal(speaker(find(d, 'shared the locations')), 'Asim Farooq Malik');
  assert.equal(speaker(find(d, 'crew members were safe')), 'Polaris Tanker Management');
  assert.equal(speaker(find(d, 'long-distance trains')), 'Deutsche Fernbahn AG');
});

test('"Senators A, D-Minn., and B, R-Ohio, wrote" speak jointly; so do "Two U.S. senators" in the lede and "the senators" after; "said the senator" is the one named last', async () => {
  const d = await analyseWithModel(
    'Senators press Calverra\n\n' +
      'WASHINGTON — Two U.S. senators on Tuesday demanded that Calverra Pharmaceuticals explain the rise, calling the increase "indefensible" at a time of rationing.\n\n' +
      'In a letter to chief executive Martin Ebersole, Senators Ruth Adebayo-Klein, D-Minn., and Thomas Varner, R-Ohio, wrote that the company had "quietly reversed" a pledge.\n\n' +
      '"Patients did nothing to earn this," the senators wrote.\n\n' +
      'Varner, who sits on the health committee, told reporters he had heard it all before.\n\n' +
      '"They point at the middlemen," said the senator, a former hospital administrator.',
  );
  assert.equal(speaker(find(d, 'indefensible')), 'Ruth Adebayo-Klein and Thomas Varner');
  assert.equal(speaker(find(d, 'company had')), 'Ruth Adebayo-Klein and Thomas Varner');
  assert.equal(speaker(find(d, 'did nothing')), 'Ruth Adebayo-Klein and Thomas Varner');
  assert.equal(speaker(find(d, 'middlemen')), 'Thomas Varner');
});

test('"the three dissenters, A, B and C" are no pair for "the minutes"; "prices that officials said would have saved" reports its clause; "a gap that growers say" leaves "according to X" its own', async () => {
  const d = await analyseWithModel(
    'Minutes of the meeting showed that the three dissenters, Catherine Oyelaran, Martin Stroud and Helen Dace, argued that hiring had cooled. According to the minutes, the majority still regarded inflation as too high.\n\n' +
      'The agency published the prices, prices that officials said would have saved the program about $12 billion last year.\n\n' +
      'Retail prices rose by about 6 per cent, according to the Central Statistics Office, a gap that growers say is being absorbed by them.',
  );
  assert.equal(speaker(find(d, 'majority still')), null);
  assert.equal(speaker(find(d, 'would have saved')), null);
  assert.equal(speaker(find(d, 'Retail prices')), 'Central Statistics Office');
  assert.equal(speaker(find(d, 'being absorbed')), null);
});

test('"the company" is no institute; "The firm, run by X, called" is the firm that spoke; "FDA reviewers" name nobody; "she said" after "data from X" is not X', async () => {
  const d = await analyseWithModel(
    'Corvelle wins approval\n\n' +
      'Corvelle Biotherapeutics won approval. The Halvard Institute for Drug Value said in a draft report that the drug was overpriced. Corvelle rejected that analysis. The company said the institute\'s model "dramatically undervalues" the time patients spend at home.\n\n' +
      'In briefing documents, FDA reviewers wrote that the rise in the protein was “not reasonably likely” to predict a benefit.\n\n' +
      'Priya Ramaswamy, the chief executive, spoke on the call. Prescriptions slipped, according to data from Ibex Health, which tracks pharmacy claims. "We don\'t comment on rumors," she said.',
  );
  assert.equal(speaker(find(d, 'model "dramatically')), 'Corvelle Biotherapeutics');
  const f = await analyseWithModel(
    'Shares of Halloran Biosciences fell. Halloran said it would appeal.\n\n' +
      'Graywater Research, which disclosed a short position in Halloran on Monday, said in a report that the company had misled investors. The firm, run by former hedge fund analyst Celia Brandt, called the data “a mirage built on a post-hoc analysis.”',
  );
  assert.equal(speaker(find(f, 'a mirage')), 'Graywater Research');
  assert.equal(speaker(find(d, 'rise in the protein')), null);
  assert.equal(speaker(find(d, 'comment on rumors')), 'Priya Ramaswamy');
});

test('"Rebecca Sowande, 34, a teacher from Tulsa, Oklahoma, who took part, said" is Sowande; "at the pharmacy counter." ends no frame', async () => {
  const d = await analyseWithModel(
    'Rebecca Sowande, 34, a teacher from Tulsa, Oklahoma, who took part in the trial, said she had “never felt better” than during those months.\n\n' +
      'Ebersole has long argued that the rebate system, not manufacturers, drives up what people pay at the pharmacy counter.',
  );
  assert.equal(speaker(find(d, 'never felt better')), 'Rebecca Sowande');
  assert.equal(find(d, 'rebate system').text, 'the rebate system, not manufacturers, drives up what people pay at the pharmacy counter');
});

test('"said victims should report attacks" is the FBI\'s clause; "whose town manager, Gregory Tate, said" is Tate; "Shopper X, 34, of Parramatta said" is X; "The ASD\'s … threat report said" is the ASD', async () => {
  const d = await analyseWithModel(
    'The FBI, which contributed to the advisory, said victims should report attacks "as early as possible".\n\n' +
      'Among the victims is the town of Hallbury, Massachusetts, whose town manager, Gregory Tate, said last week that police dispatch had been running on paper.\n\n' +
      'Shopper Nadia Kourakis, 34, of Parramatta said she had received three suspicious text messages since the weekend.\n\n' +
      'Fiona Dunmore said she had been briefed by the Australian Signals Directorate (ASD). The ASD’s most recent annual cyber threat report said ransomware remained the “most destructive” threat.',
  );
  assert.equal(speaker(find(d, 'victims should report')), 'FBI');
  assert.equal(speaker(find(d, 'police dispatch')), 'Gregory Tate');
  assert.equal(speaker(find(d, 'suspicious text')), 'Nadia Kourakis');
  assert.equal(speaker(find(d, 'ransomware remained')), 'Australian Signals Directorate');
});

test('"A and Britain\'s B warned" speak jointly, and so do "the two agencies" after; researchers at a firm speak for it, at a university not; "The post said" is whoever posted; "An Instagram post" is not Instagram\'s', async () => {
  const d = await analyseWithModel(
    'CISA, NCSC warn of flaw\n\n' +
      'WASHINGTON — The Cybersecurity and Infrastructure Security Agency and Britain\'s National Cyber Security Centre warned on Thursday that a ransomware gang has been exploiting a critical vulnerability.\n\n' +
      'In their joint advisory, the two agencies said affiliates of the ransomware operation had used the flaw.\n\n' +
      'But researchers at the security firm Pallwick Labs, who first reported the vulnerability, said they had notified the company on Oct. 6. Researchers at James Cook University said the reef was dying.\n\n' +
      'A group calling itself Kestrel Nine claimed the attack on its leak site on Sunday and posted what it said were scans of passports. The post said the full archive would be released unless payment was made.\n\n' +
      'An Instagram post said the bill would make Pennsylvania a cashless state.',
  );
  const joint = 'Cybersecurity and Infrastructure Security Agency and National Cyber Security Centre';
  assert.equal(speaker(find(d, 'exploiting a critical')), joint);
  assert.equal(speaker(find(d, 'affiliates of the')), joint);
  assert.equal(speaker(find(d, 'notified the company')), 'Pallwick Labs');
  assert.equal(speaker(find(d, 'reef was dying')), null);
  assert.equal(speaker(find(d, 'full archive')), 'Kestrel Nine');
  assert.equal(d.quotes.find((q) => q.text.startsWith('the attack on its leak site')), undefined);
  assert.equal(speaker(find(d, 'cashless state')), null);
});

test('"said Denmark and Greenland would respond "…"" is one report of the minister\'s, and so is "and confirmed"; "X, 44, says her father, 81, …" is X\'s; "the claim says" is the claimant\'s', async () => {
  const d = await analyseWithModel(
    'Heiress sues\n\n' +
      'In Copenhagen, Foreign Minister Rasmus Lund Agerskov said Denmark and Greenland would respond "together, as always," and confirmed that officials from both governments would meet the U.S. ambassador on Thursday.\n\n' +
      'In a claim filed at the High Court, Irene Achladiotis, 44, says her father, 81, and her younger brother, Nikolas, 39, pushed through the sales over her objections.\n\n' +
      'The sales, the claim says, were made “at prices no legitimate buyer would have paid” to companies that “existed on paper only”.',
  );
  assert.equal(speaker(find(d, 'would respond')), 'Rasmus Lund Agerskov');
  assert.equal(speaker(find(d, 'together, as always')), 'Rasmus Lund Agerskov');
  assert.equal(speaker(find(d, 'officials from both')), 'Rasmus Lund Agerskov');
  assert.equal(speaker(find(d, 'pushed through')), 'Irene Achladiotis');
  assert.equal(speaker(find(d, 'existed on paper')), 'Irene Achladiotis');
});

test('`X, run by Y, "knowingly provided …" and falsified …, OFAC said`: the quotation is the reporter\'s; "Orestis Tankers" is a company', async () => {
  const d = await analyseWithModel(
    'Orestis Tankers, run by shipowner Dimitris Vlachakis, “knowingly provided vessels and crews for the transport of Russian-origin crude” and falsified price attestations, the Treasury’s Office of Foreign Assets Control (OFAC) said in a statement on Wednesday.',
  );
  assert.equal(speaker(find(d, 'knowingly provided')), 'Office of Foreign Assets Control');
  assert.equal(d.entities.find((e) => e.name === 'Orestis Tankers')?.type, 'ORG');
});

test('"the EC" after "the Election Commission of India" is that body, not the European Commission; "X of the Jharkhand Vikas Sangh (JVS) said" is X; "A leader close to Mr. Y, who spoke on condition of anonymity, said" names nobody', async () => {
  const d = await analyseWithModel(
    'EC bars minister\n\n' +
      'LUCKNOW — The Election Commission of India on Tuesday barred a minister from campaigning. The EC said he had "used language that is unbecoming of a public representative".\n\n' +
      'Leader of the Opposition Amarnath Gope of the Jharkhand Vikas Sangh (JVS) said the vote had been won through “horse-trading and threats”.\n\n' +
      'A BGM leader close to Mr. Basumatary, who spoke on condition of anonymity, said the party would seek “written guarantees” on the accord.',
  );
  assert.equal(speaker(find(d, 'unbecoming')), 'Election Commission of India');
  assert.equal(speaker(find(d, 'horse-trading')), 'Amarnath Gope');
  assert.equal(speaker(find(d, 'would seek')), null);
});

test('"Park said" is Park Ji-hoon, not the "Quang Chau Industrial Park"; "a second line, which Park said would now start …" reports its clause', async () => {
  const d = await analyseWithModel(
    'Factories struggle\n\n' +
      '"Today we have just over 3,800," said Park Ji-hoon, the company\'s general director for Vietnam, in an interview at the plant in the Quang Chau Industrial Park.\n\n' +
      'The shortfall has forced Hanseong to delay a second production line, which Park said would now start in the fourth quarter rather than in July.\n\n' +
      'Park said Hanseong had raised base pay twice in the past year.',
  );
  assert.equal(d.entities.find((e) => e.name === 'Quang Chau Industrial Park')?.type, 'LOC');
  assert.equal(speaker(find(d, 'fourth quarter')), 'Park Ji-hoon');
  assert.equal(speaker(find(d, 'raised base pay')), 'Park Ji-hoon');
});

test('"The Élysée said" is the president the article names; "…on the social network X. The National Rally accused" is a new sentence and a body', async () => {
  const d = await analyseWithModel(
    'Pension law signed\n\n' +
      'President Hugo Lemarchand signed the law on Saturday. The Élysée said the president would “take the time to listen” to the unions.\n\n' +
      '“The unions will be the alibi of this government,” LFI deputy Manon Rigaud wrote on the social network X. The National Rally accused the government of “playing the unions off against each other”.',
  );
  assert.equal(speaker(find(d, 'take the time')), 'Hugo Lemarchand');
  assert.equal(speaker(find(d, 'playing the unions')), 'National Rally');
});

test('"replied the witness" is the prosecution witness named before; "said the silk" is the senior counsel', async () => {
  const d = await analyseWithModel(
    'A former Accountant-General of Plateau State, Yusuf Danjuma Okala, on Tuesday told the court that he moved the money on the governor\'s orders.\n\n' +
      'Okala, the fourth prosecution witness in the case, said the money was paid out in 11 tranches.\n\n' +
      'Under cross-examination, counsel to the former governor, Chief Emeka Ugwuanyi-Eze (SAN), put it to the witness that he had lied, pointing out that Okala was himself arrested in 2023.\n\n' +
      '"That is not true, my Lord," replied the witness.\n\n' +
      'Speaking to journalists after the sitting, Ugwuanyi-Eze described the testimony as "hearsay dressed up as evidence".\n\n' +
      '"The prosecution has not shown this court one document," said the silk.',
  );
  assert.equal(speaker(find(d, 'not true, my Lord')), 'Yusuf Danjuma Okala');
  assert.equal(speaker(find(d, 'one document')), 'Emeka Ugwuanyi-Eze');
});

test('"Commissioner X, the board\'s only Democrat, who argued" is X: a party\'s member is no one\'s name', async () => {
  const d = await analyseWithModel('The lone vote against came from Commissioner Rhonda Steele, the board\'s only Democrat, who argued that the county had not studied what the program would cost.');
  assert.equal(speaker(find(d, 'had not studied')), 'Rhonda Steele');
});

test('"the head of state wrote" is the president the article names; "Palazzo Chigi said" the premier', async () => {
  const d = await analyseWithModel(
    'Law signed\n\n' +
      'President Vittorio Angelucci signed the law on Friday, and Premier Livia Martorana welcomed it.\n\n' +
      '“Justice is not a battlefield between institutions,” the head of state wrote.\n\n' +
      'Palazzo Chigi said the government\'s position was "the one it will take to The Hague".',
  );
  assert.equal(speaker(find(d, 'battlefield')), 'Vittorio Angelucci');
  assert.equal(speaker(find(d, 'take to The Hague')), 'Livia Martorana');
});

test('"X, the team\'s founder and general manager, said" after a quotation; "its general manager told riders and staff on Monday, ending …" in a lede is the person named next with that role; "his lawyer said" the lawyer named later', async () => {
  const d = await analyseWithModel(
    'Team to fold\n\n' +
      'The WorldTour team Halvorsen-Ridge will stop racing at the end of the season, its general manager told riders and staff on Monday, ending a 12-year run.\n\n' +
      '"I have spent eight months trying to save this team," Lars Brekke, the team\'s founder and general manager, said in a video message. "Today it was not enough."',
  );
  assert.equal(speaker(find(d, 'will stop racing')), 'Lars Brekke');
  assert.equal(speaker(find(d, 'eight months')), 'Lars Brekke');
  const e = await analyseWithModel(
    'Rider to appeal\n\n' +
      'Italian climber Matteo Bellandi will take his suspension to the Court of Arbitration for Sport, his lawyer said on Friday.\n\n' +
      'The 31-year-old was banned on Wednesday.\n\n' +
      "Bellandi's lawyer, Federica Guidotti, argued that the tribunal had ignored a statement.",
  );
  assert.equal(speaker(find(e, 'will take his suspension')), 'Federica Guidotti');
});

test('"said at least 12 people died" has content; "noted, however, that"; "X, a nurse from Glasgow who asked to be identified only as Aileen, said"; "A representative for her said"; "the Venetian told"', async () => {
  const d = await analyseWithModel(
    'Officials said at least 12 people died in the fire.\n\n"Sixty-one cents is on the high end," said Aaron Feldkamp, who teaches law at Rutgers. The professor noted, however, that any appeal could delay payments.\n\n' +
      'Another user, a nurse from Glasgow who asked to be identified only as Aileen, said she had lost £9,600.\n\n' +
      'A representative for her said she had never heard of the app.\n\n' +
      'Matteo Bellandi won the stage. "It is absurd," the Venetian told the newspaper.',
  );
  assert.equal(find(d, 'at least 12 people').kind, 'indirect');
  assert.equal(speaker(find(d, 'any appeal could delay')), 'Aaron Feldkamp');
  assert.equal(speaker(find(d, 'lost £9,600')), 'Aileen');
  assert.equal(find(d, 'never heard of').kind, 'indirect');
  assert.equal(speaker(find(d, 'It is absurd')), 'Matteo Bellandi');
});

test('prosecutors and an indictment are the prosecuting office the article names; "co-founder and chief executive X wrote"; "the company listed … and said"; "…, which said" after a body; an administrator speaks for the company', async () => {
  const d = await analyseWithModel(
    'Founder charged\n\n' +
      'Federal prosecutors in Manhattan on Thursday charged Julian Brandsma, the founder of collapsed cryptocurrency exchange Hexaport, alleging that he secretly moved customer deposits.\n\n' +
      "Brandsma was arrested, according to a spokesman for the U.S. Attorney's Office for the Southern District of New York. When the bets soured, the indictment says, Brandsma ordered staff to alter reports.\n\n" +
      '"We grew too fast," co-founder and chief executive Adrian Vollrath wrote in a post on X.\n\n' +
      'The exchange Veltrex filed for bankruptcy. The company listed liabilities of $1 billion and said it owed money to creditors.\n\n' +
      'The regulator also confirmed that it was working with the Seychelles Financial Services Authority, which said it had opened its own inquiry.\n\n' +
      'Hexaport halted withdrawals in October. Its court-appointed administrator said in a statement that the estate would cooperate.',
  );
  const office = "U.S. Attorney's Office for the Southern District of New York";
  assert.equal(speaker(find(d, 'secretly moved')), office);
  assert.equal(speaker(find(d, 'ordered staff')), office);
  assert.equal(speaker(find(d, 'grew too fast')), 'Adrian Vollrath');
  assert.equal(speaker(find(d, 'owed money')), 'Veltrex');
  assert.equal(find(d, 'it was working with').text, 'it was working with the Seychelles Financial Services Authority');
  assert.equal(speaker(find(d, 'opened its own inquiry')), 'Seychelles Financial Services Authority');
  assert.equal(speaker(find(d, 'estate would cooperate')), 'Hexaport');
});

test('"The 31-year-old told rescuers" is the person given that age; "the trader said" after an unnamed trader is nobody; a headline quotation after a colon is the body\'s speaker of those words', async () => {
  const d = await analyseWithModel(
    'Climber rescued\n\n' +
      'His partner, 31-year-old Marcus Lindgren of Beaverton, dug a snow cave.\n\n' +
      '"He did exactly what you would want," said Jenna Whitcombe, a coordinator. Whitcombe said winds gusted to 60 mph.\n\n' +
      'The 31-year-old told rescuers he had spent the night doing sit-ups, Whitcombe said.',
  );
  assert.equal(speaker(find(d, 'doing sit-ups')), 'Marcus Lindgren');
  const e = await analyseWithModel(
    'Drone strike\n\n' +
      '"We heard it," said one resident, a 34-year-old trader who asked not to be named for fear of reprisals.\n\n' +
      'Residents of Debre Worq said many families had fled. "Nobody wants to sleep in town now," the trader said.',
  );
  assert.equal(speaker(find(e, 'Nobody wants')), null);
  const f = await analyseWithModel(
    'Pellucid customers to get 61 cents on the dollar: ‘That’s a second robbery’\n\n' +
      'A judge approved the plan.\n\n' +
      '“They took my bitcoin,” said Marcus Eldridge, an electrician. “That’s not a refund. That’s a second robbery.”',
  );
  assert.equal(speaker(f.quotes.find((q) => q.text.includes('second robbery') && q.start < 80)!), 'Marcus Eldridge');
});

test('"Sen. X, a Springfield Republican, who said schools in neighboring states already keep …" is X; three people counted in a lede are the three listed after; "the party said" is the party named last, not a court', async () => {
  const d = await analyseWithModel(
    'Bill advances\n\n' +
      'The measure is sponsored by Sen. Curtis Vandermolen, a Springfield Republican, who said schools in neighboring states already keep such deals confidential.',
  );
  assert.equal(speaker(find(d, 'already keep')), 'Curtis Vandermolen');
  const e = await analyseWithModel(
    'Athletes sue university\n\n' +
      'DETROIT — Three female athletes at Great Lakes University filed a federal lawsuit on Thursday claiming that the school’s plan amounts to sex discrimination.\n\n' +
      'The plaintiffs — soccer goalkeeper Imani Castellanos-Burke, rower Greta Lindqvist and softball pitcher Aubrey Nwachukwu — are seeking class-action status, according to the complaint.\n\n' +
      'The complaint describes the budget as “a version of the same old scholarship gap”.',
  );
  const three = 'Imani Castellanos-Burke and Greta Lindqvist and Aubrey Nwachukwu';
  assert.equal(speaker(find(e, 'sex discrimination')), three);
  assert.equal(speaker(find(e, 'scholarship gap')), three);
  const f = await analyseWithModel(
    'League suspended\n\n' +
      'The Awami League was suspended until the International Crimes Tribunal concludes its trials.\n\n' +
      'In a statement, the party said the commission had “bowed to an unelected government”.',
  );
  assert.equal(speaker(find(f, 'bowed to')), 'Awami League');
});

test('"with A blocking a vote and B accusing them of "…"": B; "X raised its full-year revenue forecast … but warned that" is X; "Its critics say"; "…, a charge it denies" is no frame; "Sierra Tech" is the university', async () => {
  const d = await analyseWithModel(
    'Talks stall\n\n' +
      'Talks at the International Maritime Organization ended on Friday, with oil-producing states blocking a vote and Pacific island nations accusing them of “holding the planet to ransom”.\n\n' +
      'MILAN — Italian defence group Castelmonte Difesa raised its full-year revenue forecast on Thursday, but warned that shortages of skilled workers could cap growth.\n\n' +
      'Georgian Dream has governed since 2012. Its critics say the party has moved the country closer to Russia, a charge it denies.\n\n' +
      'Sierra Technological University sued the conference on Monday. Sierra Tech said it is owed $11 million.',
  );
  assert.equal(speaker(find(d, 'holding the planet')), null);
  assert.equal(speaker(find(d, 'cap growth')), 'Castelmonte Difesa');
  assert.ok(!d.quotes.some((q) => q.verb === 'forecast'));
  assert.equal(speaker(find(d, 'closer to Russia')), null);
  assert.ok(!d.quotes.some((q) => q.verb === 'deny'));
  assert.equal(speaker(find(d, 'is owed')), 'Sierra Technological University');
});

test('"…," van Ommeren told: a particle before a surname opens the frame; "X, Cyprus\'s transport minister, who chaired …, said" is X', async () => {
  const d = await analyseWithModel(
    'Pieter van Ommeren led the talks.\n\n' +
      '"This was not the deal I would have written on my own," van Ommeren told reporters. "But it is a deal."\n\n' +
      "Nikos Petrides, Cyprus's transport minister, who chaired the talks for the Council presidency, said the agreement struck a balance.",
  );
  assert.equal(speaker(find(d, 'not the deal')), 'Pieter van Ommeren');
  assert.equal(speaker(find(d, 'struck a balance')), 'Nikos Petrides');
});

test('"…, their union said on Tuesday, after talks collapsed": the lede clause, the union named next; "in the early hours and the airline warned" is the airline; "which it says would", "which the mayor’s office says could"; "file claims" and "claimed a missile attack" are nouns and objects', async () => {
  const d = await analyseWithModel(
    'Aurelia Air pilots to strike\n\n' +
      'MADRID (Reuters) - Pilots at low-cost carrier Aurelia Air will walk out for 48 hours from Friday, their union said on Tuesday, after a final round of pay talks collapsed in the early hours and the airline warned that about 600 flights could be cancelled.\n\n' +
      "The Independent Pilots' Union of Aurelia (SIPA) said management had offered a rise of 4%. The union is seeking 11%, which it says would bring pay in line with rival carriers.\n\n" +
      'The consumer group Flyrights Spain said passengers should keep their receipts and file claims even if the airline rejected them.',
  );
  assert.equal(speaker(find(d, 'will walk out')), "Independent Pilots' Union of Aurelia");
  assert.ok(!d.quotes.some((q) => q.text.startsWith('after a final round')));
  assert.equal(speaker(find(d, '600 flights')), 'Aurelia Air');
  assert.equal(speaker(find(d, 'bring pay')), "Independent Pilots' Union of Aurelia");
  assert.equal(speaker(find(d, 'keep their receipts')), 'Flyrights Spain');
  assert.ok(!d.quotes.some((q) => q.verb === 'claim'));
  const e = await analyseWithModel(
    'Tiny homes\n\n' +
      'Mayor Adrian Kessling backs the plan. The village, which the mayor’s office says could open as early as October, would be run under the city’s “micro-community” program.\n\n' +
      'The strikes came two days after the Houthis claimed a missile attack on the ship Orion Bay, which the group said was owned by a U.S. company.',
  );
  assert.equal(speaker(find(e, 'as early as October')), 'Adrian Kessling');
  assert.ok(!e.quotes.some((q) => q.text === 'micro-community'));
  assert.equal(speaker(find(e, 'was owned')), 'Houthis');
  assert.ok(!e.quotes.some((q) => q.verb === 'claim'));
});

test('"the Minister for Health insisted" is the person the title introduces later; "A spokesperson for the Ceann Comhairle’s office" is its holder, "an official at the prime minister’s office" nobody named; "the Connemara-born minister" is the minister', async () => {
  const d = await analyseWithModel(
    'HSE chief warns\n\n' +
      'The overspend could reach €1.5 billion, as the Minister for Health insisted that record hiring levels had been "the right call".\n\n' +
      '"I would make it again," said the Minister for Health, Aoibhinn Ní Mhaoláin.\n\n' +
      'Ceann Comhairle Séamus Ó Riain warned TDs. A spokesperson for the Ceann Comhairle’s office said the ruling was final.\n\n' +
      'The Minister of State for the Gaeltacht, Cormac Ó Fearghail, said he accepted the findings. "There is no excuse," the Connemara-born minister said.',
  );
  assert.equal(speaker(find(d, 'record hiring')), 'Aoibhinn Ní Mhaoláin');
  assert.equal(speaker(find(d, 'ruling was final')), 'Séamus Ó Riain');
  assert.equal(speaker(find(d, 'no excuse')), 'Cormac Ó Fearghail');
  const e = await analyseWithModel('Prime Minister Hideaki Tsubaki spoke on Monday. A senior official at the prime minister’s office told Kyodo News that the aides had received an explanation.');
  assert.equal(speaker(find(e, 'aides had received')), null);
});

test('"The retraction notices, published on Tuesday, say" is whoever retracted (a plural document too); not what "has been retracted"', async () => {
  const d = await analyseWithModel(
    'Journal retracts studies\n\n' +
      'The European Journal of Cardiovascular Research has retracted 11 papers from the laboratory of Prof. Anders Lindqvist.\n\n' +
      'The retraction notices, published on Tuesday, say the editors found “multiple instances of duplicated images” in the papers.',
  );
  assert.equal(speaker(find(d, 'the editors found')), 'European Journal of Cardiovascular Research');
  const e = await analyseWithModel('Paper withdrawn\n\nThe paper by Dr Ana Ruiz has been retracted.\n\nThe retraction notice said the data were unreliable.');
  assert.equal(speaker(find(e, 'data were unreliable')), null);
});

test('"…, by the British Horseracing Integrity Unit, which has said" is the body named right before "which"; "the course" is the racecourse; "PM" is a title ("PM Chaiwat … Mr Chaiwat")', async () => {
  const d = await analyseWithModel(
    'Race investigated\n\n' +
      'The race is the subject of a separate investigation by the British Horseracing Integrity Unit, which has said it expects to bring charges.\n\n' +
      'The meeting at Kelso Racecourse was abandoned. The course said the ground was waterlogged.',
  );
  const unit = d.entities.find((x) => x.name === 'British Horseracing Integrity Unit');
  assert.equal(find(d, 'expects to bring').speaker?.entity, unit?.id);
  assert.equal(speaker(find(d, 'waterlogged')), 'Kelso Racecourse');
  const e = await analyseWithModel('Court suspends PM Chaiwat\n\nThe court suspended PM Chaiwat Rattanaporn on Thursday.\n\nMr Chaiwat, 61, wrote on Facebook that he accepted the order.');
  assert.equal(speaker(find(e, 'accepted the order')), 'Chaiwat Rattanaporn');
});

test('"and the farmers’ association has said" is the association (an apostrophe glued to a plural before the subject\'s last noun is a possessive), not "The awards’ organisers, the Sterling Trust,"; "A police spokesman" is the "… Police Directorate"', async () => {
  const d = await analyseWithModel(
    'Farmers join\n\n' +
      'The Association of Vojvodina Farmers backed the protest on Friday. Students have said they will march, and the farmers’ association has said its members will “drive alongside them, all the way”.\n\n' +
      'The awards’ organisers, the Sterling Trust, said a record 2,400 programmes had been submitted.\n\n' +
      'The Novi Sad Police Directorate said tractors posed a risk. A police spokesman said officers had been told to hold back.',
  );
  assert.equal(speaker(find(d, 'they will march')), null);
  assert.equal(find(d, 'they will march').text, 'they will march');
  assert.equal(speaker(find(d, 'its members will')), 'Association of Vojvodina Farmers');
  assert.equal(speaker(find(d, 'a record 2,400')), 'Sterling Trust');
  assert.equal(speaker(find(d, 'told to hold back')), 'Novi Sad Police Directorate');
});

test('"The complaint, filed Tuesday in Hartford Superior Court by United Nurses of Connecticut, says" is who filed it, past when and where', async () => {
  const d = await analyseWithModel(
    'Nurses sue\n\n' +
      'The union sued Brookhaven Health. The complaint, filed Tuesday in Hartford Superior Court by United Nurses of Connecticut, says nurses were ordered to stay late.',
  );
  assert.equal(speaker(find(d, 'ordered to stay late')), 'United Nurses of Connecticut');
});

test('"Asked whether Mr X\'s position was secure, he replied:" is not X, whom the question names', async () => {
  const d = await analyseWithModel(
    'Vote passes\n\n' +
      'Speaking to reporters afterwards, the Minister for Finance, Eoghan de Paor, described the result as "a clear vote for stability". Asked whether Mr Ciarán Mac Giolla Bhríde\'s position was secure, he replied: "Completely. Next question."',
  );
  assert.equal(speaker(find(d, 'Next question')), 'Eoghan de Paor');
});

test('a family name several people share ("Mamani" of "Aurelio Mamani Cruz" and "Rosa Mamani Ticona") is the one named last before', async () => {
  const d = await analyseWithModel(
    'Salt flat\n\n' +
      'Aurelio Mamani Cruz, 61, cuts salt by hand.\n\n"The salt flat has fed this village," said Mamani.\n\n' +
      'Rosa Mamani Ticona, a vendor, sells quinoa.\n\n"We are not against progress," Mamani said.',
  );
  assert.equal(speaker(find(d, 'has fed this village')), 'Aurelio Mamani Cruz');
  assert.equal(speaker(find(d, 'not against progress')), 'Rosa Mamani Ticona');
});

test('a name given as "gave his name only as Issouf" is a person\'s, whatever it was read as, and "he" after it is him', async () => {
  const d = await analyseWithModel(
    'Cocoa smuggling\n\n' +
      'Kouadio Konan Firmin, a farmer, spoke first.\n\n' +
      'One of them, a 23-year-old who gave his name only as Issouf, said he carried two sacks per trip.\n\n' +
      '"Before, the gendarmes would take 2,000 francs and let you go. Now they beat you," he said.',
  );
  assert.equal(speaker(find(d, 'gendarmes would take')), 'Issouf');
});

test('"Ghana Water said" is the company "Ghana Water Limited", not a person "Water Limited"; "the utility" and "the company" are it too', async () => {
  const d = await analyseWithModel(
    'Ghana Water shuts Daboase plant\n\n' +
      'ACCRA, Sept 15 — Ghana Water Limited (GWL) has shut down its treatment plant at Daboase in the Western Region, the utility said on Monday.\n\n' +
      'In a statement, the company said water drawn from the river on Sunday recorded turbidity of more than 14,000 NTU.\n\n' +
      'Ghana Water said it would reopen the Daboase plant once turbidity fell below 3,000 NTU.',
  );
  for (const words of ['has shut down its treatment', 'water drawn from the river', 'it would reopen']) assert.equal(speaker(find(d, words)), 'Ghana Water Limited', words);
});

test('forms of address before a name are no part of it ("Lyonchhen", "Aum", "Maame", "Okyeame", "Nanan", "Haj", "Nalongo", "Frère")', async () => {
  const d = await analyseWithModel(
    'Voices\n\n' +
      '"We will table a report," Lyonchhen Jigme Norbu Dorji said.\n\n"Sales fell," said Aum Pema Choden.\n\n"The river was our life," said Maame Akosua Serwaa.\n\n' +
      '"The stool was not consulted," said Okyeame Kofi Adu Gyamfi.\n\n"Our people never went there," said Nanan Kouassi Bilé III.\n\n"I have been to the caïd five times," said Haj Mohamed Ben Brahim.\n\n' +
      '"We stopped planting," said Nalongo Teddy Nakimuli.\n\n"The clinic is open," said Frère Ti-Jean Baptiste.',
  );
  assert.deepEqual(direct(d).map(speaker), ['Jigme Norbu Dorji', 'Pema Choden', 'Akosua Serwaa', 'Kofi Adu Gyamfi', 'Kouassi Bilé III', 'Mohamed Ben Brahim', 'Teddy Nakimuli', 'Ti-Jean Baptiste']);
});

test('"The Castle said" is the Czech president the article names; "the NZR board" is New Zealand Rugby, which the article writes out without brackets', async () => {
  const d = await analyseWithModel(
    'Talks\n\n' +
      'Czech President Petr Hošek met Libor Dvořák on Monday. The Castle said in a statement that Dvořák had given the president a written commitment.\n\n' +
      'New Zealand Rugby chief executive Helen Marsters spoke first. The NZR board said it supported the selectors.',
  );
  assert.equal(speaker(find(d, 'written commitment')), 'Petr Hošek');
  assert.equal(speaker(find(d, 'supported the selectors')), 'New Zealand Rugby');
});

test('", saying …" after a past tense whose subject is someone named in apposition ("one of the trustees, the historian Rukmini Desai, resigned, saying") is that person', async () => {
  const d = await analyseWithModel(
    'Museum vote\n\n' +
      'Within hours of the vote, one of the four dissenting trustees, the historian Rukmini Desai, resigned, saying the board had been "railroaded" into a decision.',
  );
  assert.equal(speaker(find(d, 'the board had been')), 'Rukmini Desai');
});

test('"a spokeswoman for the Ministry of Basic Education, who did not give her name, said" is the ministry: "of Basic Education" inside a body\'s name is no home town', async () => {
  const d = await analyseWithModel(
    'Teachers\n\nReached by CNA, a spokeswoman for the Ministry of Basic Education, who did not give her name, said the ministry had cleared the arrears since June.',
  );
  assert.equal(speaker(find(d, 'cleared the arrears')), 'Ministry of Basic Education');
});

test('"Nippon Professional Baseball" is a body, not a person "Professional Baseball" after a name the KB knows; "United Nations Nikki Haley" still reads as her', async () => {
  const d = await analyseWithModel(
    'Betting scandal\n\nNippon Professional Baseball Commissioner Kanemoto Hisashi spoke first. Nippon Professional Baseball said the league would act.\n\n' +
      'United Nations Nikki Haley said the council would meet.',
  );
  assert.equal(speaker(find(d, 'the league would act')), 'Nippon Professional Baseball');
  assert.equal(speaker(find(d, 'the council would meet')), 'Nikki Haley');
});

test('"Hadj" inside a Maghrebi family name is no form of address ("Bel Hadj Amor said" is Khaled Bel Hadj Amor, not "Amor")', async () => {
  const d = await analyseWithModel(
    'Arrest\n\nTunisian police arrested radio commentator Khaled Bel Hadj Amor on Monday. Bel Hadj Amor said queues were longer than at any time since 2011.',
  );
  assert.equal(speaker(find(d, 'queues were longer')), 'Khaled Bel Hadj Amor');
});

test('"Harbor & Hill Coffee Importers of Oakland" speaks as "Harbor & Hill Coffee Importers": an importer is a company, and "of" a place after it says where it is', async () => {
  const d = await analyseWithModel(
    'Coffee dispute\n\nA Huila cooperative has filed a claim against Harbor & Hill Coffee Importers of Oakland, California, over unpaid beans.\n\nHarbor & Hill said in an emailed statement that it had acted fully within its rights under the contracts.',
  );
  assert.equal(speaker(find(d, 'acted fully within its rights')), 'Harbor & Hill Coffee Importers');
});
