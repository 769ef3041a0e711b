import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countedCategory, countedRecords } from './counted.js';
import { analyse } from './fixture.js';
import { inflect, parseAgentDictionary, parseCode, parseVerbDictionary, verbForms } from './build-lexicon.js';

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
