import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countedCategory, countedRecords } from './counted.js';
import { analyse } from './fixture.js';
import { inflect, parseAgentDictionary, parseCode, parseVerbDictionary, verbForms } from './build-lexicon.js';
import { loadEventLexicon } from './lexicon.js';
import { wordBit } from './words.js';

const brief = async (text: string) =>
  (await analyse(text)).events.map((e) => ({
    actor: e.actor.code ?? e.actor.name,
    event: e.event,
    recipient: e.recipient?.code ?? null,
    modality: e.modality,
    negated: e.negated,
    cameo: e.cameo,
    source: e.source?.name,
  }));

test('subject, verb and object: who did what to whom', async () => {
  const [e, ...rest] = await brief('Israel attacked Lebanon on Monday.');
  assert.equal(rest.length, 0);
  assert.equal(e?.actor, 'ISR');
  assert.equal(e?.event, 'ASSAULT');
  assert.equal(e?.recipient, 'LBN');
  assert.equal(e?.modality, 'asserted');
});

test('country + agent noun compose an actor code', async () => {
  const evs = await brief('Senior Hungarian and Romanian officials agreed on Wednesday to cooperate.');
  assert.deepEqual(evs.map((e) => e.actor).sort(), ['HUNGOV', 'ROUGOV']);
  assert.ok(evs.every((e) => e.event === 'AGREE'));
  const troops = await brief('Israeli troops raided the village.');
  assert.equal(troops[0]?.actor, 'ISRMIL');
});

test('coordinated actors give one event each and one PLOVER record', async () => {
  const doc = await analyse('Qatar and Egypt condemned the attack.');
  assert.deepEqual(doc.events.map((e) => e.actor.code).sort(), ['EGY', 'QAT']);
  const records = countedRecords(doc.events);
  assert.equal(records.length, 1);
  assert.equal(records[0]!.actors.length, 2);
});

test('passive voice: "was attacked by" swaps actor and recipient', async () => {
  const [e] = await brief('Egypt was attacked by Israel.');
  assert.equal(e?.actor, 'ISR');
  assert.equal(e?.recipient, 'EGY');
  assert.equal(e?.event, 'ASSAULT');
});

test('negated events are kept but do not count', async () => {
  const [e] = await brief('Israel did not attack Lebanon.');
  assert.equal(e?.negated, true);
  assert.equal(countedCategory({ event: 'ASSAULT', modality: 'asserted', negated: true }), null);
});

test('future and hypothetical modality; intentions count as AGREE/THREATEN', async () => {
  const [f] = await brief('France would recognise Palestine as a state.');
  assert.equal(f?.modality, 'future');
  assert.equal(countedCategory({ event: f!.event, modality: f!.modality, negated: false }), 'AGREE');
  const [t] = await brief('Iran threatened to shell Iraqi towns.');
  assert.equal(t?.event, 'THREATEN');
  const h = await brief('If Israel attacks Iran, oil prices will rise.');
  assert.ok(h.every((e) => e.modality === 'hypothetical'));
});

test('reported events carry their source; "said" alone is no event', async () => {
  const evs = await brief('Israel said Hamas fired rockets at Sderot.');
  assert.equal(evs.length, 1);
  assert.equal(evs[0]?.event, 'ASSAULT');
  assert.equal(evs[0]?.source, 'Israel');
  assert.deepEqual(await brief('The minister said the weather was fine.'), []);
});

test('background clauses are not coded as main events', async () => {
  const evs = await brief('Germany praised Poland, which had arrested dozens of smugglers.');
  assert.deepEqual(evs.map((e) => e.event), ['SUPPORT']);
});

test('possessive office codes the government', async () => {
  const doc = await analyse("Israeli Prime Minister Benjamin Netanyahu's office recalled its negotiation team.");
  const e = doc.events.find((x) => x.event === 'SANCTION');
  assert.ok(e, 'a SANCTION event');
  assert.equal(e.actor.code, 'ISRGOV');
});

test('bad input: huge sentence, long lists, no verbs: bounded and quiet', async () => {
  const words = Array.from({ length: 5000 }, (_, k) => (k % 7 === 0 ? 'attacked' : 'word')).join(' ');
  const big = await analyse(`${words}.`);
  assert.ok(big.events.length <= 8);
  const countries = ['France', 'Germany', 'Italy', 'Spain', 'Poland', 'Egypt', 'Qatar', 'Israel', 'Iran', 'Iraq'];
  const list = Array.from({ length: 300 }, (_, k) => countries[k % countries.length]).join(', ');
  const listed = await analyse(`${list} and Japan condemned the attack.`);
  assert.ok(listed.events.length <= 8, `${listed.events.length} events`);
  const none = await analyse('Blue sky. Green grass, tall trees. 42 apples.');
  assert.equal(none.events.length, 0);
});

test('lexicon builder: codes, inflections, verb lines, patterns, agents', () => {
  assert.deepEqual(parseCode('[---]'), { code: null });
  assert.deepEqual(parseCode('[042:043]'), { code: '042', passive: '043' });
  assert.deepEqual(parseCode('[:110]'), { code: null, passive: '110' });
  assert.ok(inflect('ban').includes('banned'));
  assert.ok(inflect('deny').includes('denied'));
  assert.deepEqual(verbForms('+BREAK_OFF {+BROKE_OFF +BREAKS_OFF}').sort(), ['break off', 'breaks off', 'broke off']);
  const lex = parseVerbDictionary('####### SYNONYM SETS #######\n&ARMS\n+GUN\n####### VERB PATTERNS #######\n---  SEND   [---]  ---\nSEND {SENDS SENT SENDING}\n- * &ARMS (TO +)  [072]  # SEND\n');
  assert.equal(lex.meanings[0]!.patterns[0]!.code, '072');
  assert.deepEqual(lex.meanings[0]!.patterns[0]!.post, ['&ARMS', 'to']);
  assert.deepEqual(lex.synsets['&ARMS'], ['gun', 'guns']);
  assert.ok(lex.forms.some((f) => f[0] === 'sent'));
  const agents = parseAgentDictionary('!P! = MAN, MEN\nSOLDIER [~MIL]\nPOLICE {} [~COP]\nCHAIR!P! [~GOV]\n');
  assert.deepEqual(new Map(agents.agents).get('soldiers'), 'MIL');
  assert.equal(new Map(agents.agents).get('polices'), undefined);
  assert.equal(new Map(agents.agents).get('chairmen'), 'GOV');
});

test('reduced relatives and purpose infinitives are not main events', async () => {
  const evs = await brief('French officials accused of corruption met Italian ministers.');
  assert.deepEqual(evs.map((e) => e.event), ['CONSULT']);
  const visit = await brief('Egypt hosted talks with Israel, the first delegation to visit Cairo in years.');
  assert.ok(!visit.some((e) => e.cameo === '042'), JSON.stringify(visit));
});

test('a reporting verb codes through its object; protesters rioting are a PROTEST', async () => {
  const [s] = await brief('Italy announced a suspension of flights to Serbia.');
  assert.equal(s?.event, 'SANCTION');
  assert.equal(s?.actor, 'ITA');
  const riot = await brief('Ukrainian protesters destroyed the Russian embassy.');
  assert.equal(riot[0]?.event, 'PROTEST');
  assert.equal(riot[0]?.actor, 'UKROPP');
});

test('events need a coded party; refusing future cooperation counts as REJECT', async () => {
  assert.deepEqual(await brief('The blaze killed three people on Sunday.'), []);
  const [e] = await brief('Obama said he would not give aid to Russia.');
  assert.equal(e?.negated, true);
  assert.equal(countedCategory({ event: e!.event, modality: e!.modality, negated: e!.negated }), 'REJECT');
});

/** Counted categories of a text, sorted (what a PLOVER record set would hold). */
const counted = async (text: string, published?: string) =>
  (await analyse(text, published)).events.map((e) => countedCategory(e)).filter(Boolean).sort();

test('negation in its forms: no ASSAULT counted for "did not", "never", "has not", denials, negative subjects', async () => {
  for (const text of ['Russia did not attack Ukraine on Monday.', 'Israel never bombed the hospital, the army said.', "Iran didn't fire missiles at Israel.", 'China has not sent troops to the border.', 'Iran denied that it had attacked the tanker.', 'No country has recognised the new government of Niger.', 'Neither Israel nor Hamas accepted the proposal.', 'Israel failed to reach an agreement with Hamas.']) {
    const doc = await analyse(text);
    assert.deepEqual(doc.events.map((e) => countedCategory(e)).filter(Boolean), [], text);
    for (const e of doc.events) assert.equal(e.negated, true, `${text}: ${e.text}`);
  }
});

test('modality: asserted, future, hypothetical, conditional, demanded', async () => {
  const [asserted] = await brief('Egypt condemned Israel.');
  assert.equal(asserted?.modality, 'asserted');
  const future = await brief('France would recognise Palestine.');
  assert.deepEqual(future.map((e) => [e.event, e.modality]), [['SUPPORT', 'future']]);
  const could = await brief('China could impose sanctions on Lithuania.');
  assert.ok(could.length > 0 && could.every((e) => e.modality === 'hypothetical'));
  assert.deepEqual(await counted('China could impose sanctions on Lithuania.'), []);
  const conditional = await brief('If Iran attacks Israel, oil prices will rise.');
  assert.ok(conditional.every((e) => e.modality === 'hypothetical'));
  // "X said Y must withdraw": the withdrawal is demanded (not counted), the demand is a REQUEST
  const doc = await analyse('The European Union said Russia must withdraw its troops from Ukraine.');
  const withdraw = doc.events.find((e) => e.text.startsWith('withdraw'));
  assert.ok(!withdraw || withdraw.modality === 'demanded', JSON.stringify(withdraw));
  assert.deepEqual(doc.events.map((e) => countedCategory(e)).filter(Boolean), ['REQUEST']);
  const request = doc.events.find((e) => e.event === 'REQUEST')!;
  assert.equal(request.actor.code, 'IGOEUREEC');
  assert.equal(request.recipient?.code, 'RUS');
});

test('arranged future acts count as the act; intentions as AGREE/THREATEN', async () => {
  // PETRARCH2's SCHEDULE block is null: "is scheduled to attend" is coded as the visit
  const [s] = await brief('Obama is scheduled to attend a summit in Switzerland.');
  assert.equal(s?.event, 'CONSULT');
  // the host of a visit is where it takes place
  const [host] = await brief('The Chinese foreign minister visited a factory in Kenya.');
  assert.deepEqual([host?.actor, host?.event, host?.recipient], ['CHNGOV', 'CONSULT', 'KEN']);
  assert.equal(s?.modality, 'future');
  assert.deepEqual(await counted('The Turkish foreign minister is scheduled to visit Iraq next week.'), ['CONSULT']);
  assert.deepEqual(await counted('The Turkish foreign minister is due to visit Iraq next week.'), ['CONSULT']);
  // a promise or a plan is not the act: PLOVER AGREE (cooperation) or THREATEN (conflict)
  assert.deepEqual(await counted('The Turkish foreign minister will visit Iraq next week.'), ['AGREE']);
  assert.deepEqual(await counted('Pakistan vowed to retaliate against India.'), ['THREATEN']);
  // a base verb coordinated with the governed infinitive shares its governor
  const doc = await analyse('President Bush scheduled to give a speech and meet with exiled dissidents from Myanmar.', '2008-08-02');
  const meet = doc.events.find((e) => e.event === 'CONSULT');
  assert.ok(meet, JSON.stringify(doc.events));
  assert.equal(meet.modality, 'future');
  assert.equal(meet.actor.code, 'USAGOV');
  assert.equal(meet.recipient?.code, 'MMROPP');
  assert.equal(countedCategory(meet), 'CONSULT');
});

test('CONSULT: met with, held talks or a call, visited, hosted (the visitor is the actor), travelled to', async () => {
  const met = await brief('Putin met with Erdogan in Sochi on Friday.');
  assert.deepEqual(met.map((e) => [e.actor, e.event, e.recipient]), [['RUSGOV', 'CONSULT', 'TURGOV']]);
  const talks = await brief('German Chancellor Olaf Scholz held talks with Chinese President Xi Jinping in Beijing.');
  assert.deepEqual(talks.map((e) => [e.actor, e.event, e.recipient]), [['DEUGOV', 'CONSULT', 'CHNGOV']]);
  const call = await brief('Erdogan held a phone call with Putin on Tuesday.');
  assert.deepEqual(call.map((e) => [e.event, e.cameo]), [['CONSULT', '041']]);
  const visited = await brief('The Indian prime minister visited Japan last week.');
  assert.deepEqual(visited.map((e) => [e.actor, e.event, e.recipient]), [['INDGOV', 'CONSULT', 'JPN']]);
  const hosted = await brief('Russian President Boris Yeltsin hosted Japanese Prime Minister Ryutaro Hashimoto in Krasnoyarsk.');
  assert.equal(hosted.length, 1);
  assert.equal(hosted[0]?.actor.slice(0, 3), 'JPN');
  assert.equal(hosted[0]?.recipient?.slice(0, 3), 'RUS');
  assert.equal(hosted[0]?.cameo, '042');
  const travelled = await brief('Modi travelled to Washington to meet Biden.');
  assert.deepEqual(travelled.map((e) => [e.actor, e.event, e.recipient]), [['INDGOV', 'CONSULT', 'USA']]);
  // travelling alone, with no named destination, is no event
  assert.deepEqual(await brief('The minister travelled widely last year.'), []);
});

test('actors: lone surnames, titles at the story date, pro-/anti- modifiers, group names', async () => {
  const [e] = await brief('Blinken telephoned his Saudi counterpart on Tuesday, the State Department said.');
  assert.equal(e?.actor, 'USAGOV');
  assert.equal(e?.recipient, 'SAUGOV');
  // "President Bush" in 2008 is George W. Bush (the only Bush in office then)
  const doc = await analyse('President Bush criticised Russia on Monday.', '2008-08-02');
  assert.equal(doc.events[0]?.actor.name, 'George W. Bush');
  assert.equal(doc.events[0]?.actor.code, 'USAGOV');
  // a bare surname at the story date: the one office holder of that name then
  const mugabe = await analyse('Mugabe met opposition leaders in Harare on Sunday.', '2008-08-10');
  assert.equal(mugabe.events[0]?.actor.code, 'ZWEGOV');
  // too short, or held by several people in office at once: no guess
  assert.ok((await analyse('Lee criticised Japan on Monday.', '2008-08-10')).events.every((x) => x.actor.code === undefined || !x.actor.code.startsWith('SGP')));
  const pro = await brief('Pro-Russia rebels shelled the airport.');
  assert.ok(pro.every((x) => !x.actor.startsWith('RUS')), JSON.stringify(pro));
  const [houthi] = await brief('Houthi rebels fired missiles at a commercial ship in the Red Sea.');
  assert.equal(houthi?.actor, 'YEMREB');
  const [hezbollah] = await brief("Israel's military killed a senior Hezbollah commander in southern Lebanon.");
  assert.equal(hezbollah?.recipient, 'LBNREB');
});

test('sources: claimed events carry the reporter, attributions do not become recipients', async () => {
  const [e] = await brief('Ukraine said Russian forces shelled the city of Kharkiv overnight.');
  assert.equal(e?.event, 'ASSAULT');
  assert.equal(e?.actor, 'RUSMIL');
  assert.equal(e?.source, 'Ukraine');
  const evs = await brief('Turkey will send troops to Libya, Erdogan said.');
  assert.deepEqual(evs.map((x) => x.recipient), ['LBY']);
  assert.equal(evs[0]?.source, 'Recep Tayyip Erdogan');
  // statements alone are no events
  for (const text of ['The minister said the economy was growing faster than expected.', 'The Kenyan president said on Monday that the talks had been useful.', 'Egypt stated its position clearly.']) {
    assert.deepEqual(await brief(text), [], text);
  }
});

test('trigger span: offsets point at the verb words in the text', async () => {
  const text = 'On Monday, the Israeli army fired at Syrian positions near the border.';
  const doc = await analyse(text);
  assert.equal(doc.events.length, 1);
  const e = doc.events[0]!;
  assert.equal(text.slice(e.start, e.end), 'fired');
  assert.equal(e.text, 'fired');
  const [intent] = (await analyse('Iran threatened to close the Strait of Hormuz.')).events;
  assert.equal(intent?.text, 'threatened');
  const chain = (await analyse('The Turkish foreign minister is scheduled to visit Iraq.')).events[0]!;
  assert.equal(chain.text, 'scheduled to visit');
});

test('background verbs of subordinate clauses are not coded', async () => {
  const evs = await brief('After Israeli jets struck Beirut, Lebanon filed a complaint with the United Nations.');
  assert.deepEqual(evs.map((e) => [e.actor, e.event]), [['LBN', 'ACCUSE']]);
  const rel = await brief('Hamas, which attacked Israel in October, rejected the proposal.');
  assert.ok(!rel.some((e) => e.event === 'ASSAULT'), JSON.stringify(rel));
  // the main verb after the interruption keeps the subject before it
  assert.deepEqual(rel.map((e) => [e.actor.slice(0, 3), e.event]), [['PSE', 'REJECT']]);
  const speaking = await brief('Iraqi Prime Minister Nuri al-Maliki, speaking in Baghdad, rejected a US proposal.');
  assert.deepEqual(speaking.map((e) => [e.actor, e.event, e.recipient]), [['IRQGOV', 'REJECT', 'USA']]);
  const because = await brief('Qatar condemned Israel because Israeli jets had bombed Doha.');
  assert.deepEqual(because.map((e) => e.event), ['ACCUSE']);
});

test('compound actors: one event per actor, lists of three keep every member', async () => {
  const evs = await brief('Britain, France and Germany urged Iran to return to the negotiating table.');
  assert.deepEqual(evs.map((e) => e.actor).sort(), ['DEU', 'FRA', 'GBR']);
  assert.ok(evs.every((e) => e.event === 'REQUEST' && e.recipient === 'IRN'));
  // a mediator's recipients are the parties it mediates between: one event per dyad, one record
  const doc = await analyse('Qatar and Egypt mediated between Israel and Hamas.');
  assert.deepEqual([...new Set(doc.events.map((e) => e.actor.code))].sort(), ['EGY', 'QAT']);
  assert.deepEqual([...new Set(doc.events.map((e) => e.recipient?.code?.slice(0, 3)))].sort(), ['ISR', 'PSE']);
  assert.equal(countedRecords(doc.events).length, 1);
});

test('bad input stays bounded in time and in events', async () => {
  const t0 = performance.now();
  const words = Array.from({ length: 5000 }, (_, k) => ['Israel', 'attacked', 'Lebanon', 'and', 'Egypt', 'condemned', 'Iran', 'said'][k % 8]).join(' ');
  const big = await analyse(`${words}.`);
  assert.ok(big.events.length <= 8, `${big.events.length} events`);
  const countries = ['France', 'Germany', 'Italy', 'Spain', 'Poland', 'Egypt', 'Qatar', 'Israel', 'Iran', 'Iraq', 'Kenya', 'Chile'];
  const list = Array.from({ length: 300 }, (_, k) => countries[k % countries.length]).join(', ');
  const listed = await analyse(`${list} and Japan met in Geneva and condemned the attack.`);
  assert.ok(listed.events.length <= 12, `${listed.events.length} events`);
  const none = await analyse(Array.from({ length: 2000 }, () => 'blue').join(' '));
  assert.equal(none.events.length, 0);
  // each analysed in well under a second on one core (NER included); generous for loaded machines
  assert.ok(performance.now() - t0 < 10_000, `${Math.round(performance.now() - t0)} ms`);
});

test('own check set (PLOVER 2.0 coding, fixtures/checkset.jsonl): event micro F1 >= 0.85', async () => {
  const { readFileSync } = await import('node:fs');
  const rows = readFileSync(new URL('./fixtures/checkset.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string; events: { event: string }[] });
  assert.ok(rows.length >= 40);
  let tp = 0;
  let gold = 0;
  let pred = 0;
  for (const r of rows) {
    const doc = await analyse(r.text);
    const predicted = countedRecords(doc.events).map((x) => x.category as string);
    const expected = r.events.map((e) => e.event);
    gold += expected.length;
    pred += predicted.length;
    for (const c of new Set(expected)) tp += Math.min(expected.filter((x) => x === c).length, predicted.filter((x) => x === c).length);
  }
  const f1 = (2 * tp) / (gold + pred);
  assert.ok(f1 >= 0.85, `check set F1 ${f1.toFixed(4)}`);
});

test('lexicon: PETRARCH multi-word forms of curated verbs, strikes, captured combatants, "going to"', async () => {
  // "met with" is PETRARCH's own form; it codes as the curated "meet"
  const [met] = await brief('Kenyan officials met with Ethiopian diplomats in Nairobi.');
  assert.equal(met?.event, 'CONSULT');
  const [strike] = await brief('Thousands of Kenyan workers went on strike in Nairobi.');
  assert.deepEqual([strike?.actor, strike?.event], ['KENLAB', 'PROTEST']);
  // PLOVER: captured combatants are ASSAULT (abduct), a captured town is occupied
  const [soldiers] = await brief('Ukrainian troops captured 40 Russian soldiers.');
  assert.equal(soldiers?.event, 'ASSAULT');
  const [going] = await brief('Iran is going to attack Israel.');
  assert.deepEqual([going?.event, going?.modality], ['ASSAULT', 'future']);
  assert.deepEqual(await counted('Iran is going to attack Israel.'), ['THREATEN']);
  // a party named twice is one party; the second conjunct before a verb opens the next clause
  const twice = await brief('Iran fired missiles at Israel and Israel retaliated.');
  assert.deepEqual(twice.map((e) => [e.actor, e.recipient]), [['IRN', 'ISR'], ['ISR', null]]);
});

test('robust: random word salad from the words the rules look at never throws', async () => {
  const vocab = ['Israel', 'Iran', 'there', 'were', 'was', 'killed', 'attacked', 'said', 'to', 'and', ',', '.', ';', 'the', 'in', 'by', 'from', 'will', 'not', 'scheduled', 'prepared', 'meet', 'with', 'hosted', 'Putin', 'President', 'officials', 'pro', '-', 'wants', 'going', 'that', 'must', 'if', 'which', 'troops', 'captured', "'s", 'went', 'on', 'strike', 'met', 'received', '"'];
  let seed = 11;
  const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  for (let k = 0; k < 300; k++) {
    const text = Array.from({ length: 1 + rnd(20) }, () => vocab[rnd(vocab.length)]!).join(' ');
    await assert.doesNotReject(analyse(text), text);
  }
});

test('agentless passives: the patient is the recipient; "killed in a NATO airstrike" names the source', async () => {
  const [e] = await brief('There were 12 Afghan civilians killed in a NATO airstrike.');
  assert.deepEqual([e?.actor.slice(0, 3), e?.event, e?.recipient], ['IGO', 'ASSAULT', 'AFGCVL']);
  // no agent phrase at all: no event (victims are not actors)
  assert.deepEqual(await brief('Ten Russian soldiers were killed on Monday.'), []);
  // "X wants Y to V": the infinitive is Y's, not the wanter's act
  const want = await brief('The United States wants Israel to withdraw from Gaza.');
  assert.ok(!want.some((x) => x.actor === 'USA' && x.event === 'RETREAT'), JSON.stringify(want));
});

test('demands and protests through constructions: "insisted on its demands that", "to protest", "undertook mediation"', async () => {
  const [demand] = await brief('The rebels insisted on their demands that the Ugandan government release prisoners.');
  assert.deepEqual([demand?.event, demand?.recipient?.slice(0, 3)], ['REQUEST', 'UGA']);
  const [shops] = await brief('Kenyan traders closed their shops on Monday to protest against new taxes.');
  assert.equal(shops?.event, 'PROTEST');
  const [mediation] = await brief('Norway undertook a mediation mission between Colombia and the rebels.');
  assert.deepEqual([mediation?.actor, mediation?.event, mediation?.cameo], ['NOR', 'CONSULT', '045']);
  const [committed] = await brief('Japan is committed to supporting Ukraine.');
  assert.deepEqual([committed?.event, committed?.modality], ['AGREE', 'asserted']);
  // "said on Monday that": the complement starts after "that"
  assert.deepEqual(await brief('The Kenyan president said on Monday that the talks had been useful.'), []);
});

test('AID, COOPERATE, CONCEDE, COERCE phrasing', async () => {
  const cases: [string, string][] = [
    ['Qatar shipped fuel to Gaza.', 'AID'],
    ['Japan donated 10 million dollars to the Red Cross.', 'AID'],
    ['Saudi Arabia granted Pakistan a 3 billion dollar loan.', 'AID'],
    ['The United States delivered 20 tanks to Poland.', 'AID'],
    ['Mexico handed over a drug lord to the United States.', 'COOPERATE'],
    ['Kenya extradited two Somali suspects to the United States.', 'COOPERATE'],
    ['Venezuela pardoned 110 opposition activists.', 'CONCEDE'],
    ['The Thai government lifted the curfew in Bangkok.', 'CONCEDE'],
    ['Egyptian security forces dispersed protesters in Cairo.', 'COERCE'],
    ['Turkey deported 500 Syrian refugees.', 'COERCE'],
    ['Belarusian police arrested dozens of opposition supporters in Minsk.', 'COERCE'],
  ];
  for (const [text, category] of cases) assert.deepEqual(await counted(text), [category], text);
});

test('clauses: "told reporters that", "said on Monday that", "said the strike that killed" (a relative)', async () => {
  const [told] = await brief('Egypt told reporters that Israel had bombed Rafah.');
  assert.deepEqual([told?.actor, told?.event, told?.source], ['ISR', 'ASSAULT', 'Egypt']);
  const [monday] = await brief('Israel said on Monday that Hamas fired rockets at Sderot.');
  assert.deepEqual([monday?.actor.slice(0, 3), monday?.event, monday?.source], ['PSE', 'ASSAULT', 'Israel']);
  // "the strike that killed 10 militants" is background inside the complement
  assert.ok(!(await analyse('Israel said the strike that killed 10 militants targeted Hamas.')).events.some((e) => e.text === 'killed'));
});

test('long lists of actors and recipients stay a handful of events', async () => {
  const countries = ['France', 'Germany', 'Italy', 'Spain', 'Poland', 'Egypt', 'Qatar', 'Kenya', 'Chile', 'Peru', 'Japan', 'Brazil'];
  const a = countries.slice(0, 12).join(', ');
  const doc = await analyse(`${a} and Norway urged Iran, Iraq, Syria, Lebanon, Jordan and Israel to negotiate.`);
  assert.ok(doc.events.length > 0 && doc.events.length <= 16, `${doc.events.length} events`);
});

test("a pattern's word bits never rule out a window that holds a word of each of its terms", () => {
  const lex = loadEventLexicon();
  let checked = 0;
  for (const patterns of lex.patterns) {
    for (const p of patterns) {
      for (const [terms, bits] of [[p.pre, p.preBits], [p.post, p.postBits]] as const) {
        terms.forEach((term, k) => {
          for (const word of term) assert.notEqual(wordBit(word) & bits[k]!, 0, word);
          checked++;
        });
      }
    }
  }
  assert.ok(checked > 5000, `only ${checked} terms`);
});
