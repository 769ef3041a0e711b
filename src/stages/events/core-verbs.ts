/**
 * Curated verb layer over PETRARCH2's dictionary: the verbs news uses most, coded the way PLOVER
 * counts them, and the verbs that shape clauses rather than code events.
 *
 * kind:
 *  - report: reporting verbs ("said", "announced"): no event of their own (unless one of their
 *    PETRARCH patterns matches the object, "announced a suspension"); the clause they introduce is
 *    coded with the reporter as `source`.
 *  - intent: "plans to", "wants to", "vowed to": the verb that follows is coded with modality
 *    `future`; without one, the verb's own code applies ("promised military aid" → 030).
 *  - aspect: "continued to", "began", "resorted to": the verb that follows is the event.
 *  - arranged: "is scheduled to", "is slated to": an act already arranged; the verb that follows
 *    is coded as itself with modality `future` (PETRARCH2's SCHEDULE block is null, so its lower
 *    verb keeps its own code: "is scheduled to attend" = 042), see counted.ts.
 * Any other coded verb followed by "to <verb>" takes that verb as its content ("agreed to lift",
 * "refused to lift", "threatened to shell", "urged Israel to withdraw"): one event, the upper one.
 * `objects`: the code for a head word of the object (checked before the verb's own code).
 */
export type VerbKind = 'report' | 'intent' | 'aspect' | 'arranged';

export interface CoreVerb {
  /** Base form; a multi-word verb gives its particles after it ("call on", "break off"). */
  lemma: string;
  /** Inflected forms of the first word when irregular (first = base). */
  forms?: string[];
  code: string | null;
  kind?: VerbKind;
  intransitive?: boolean;
  /** Code when a person or group is the direct object (and the verb has no code of its own). */
  actorObject?: string;
  objects?: Record<string, string[]>;
}

const TALKS = ['talks', 'negotiations', 'dialogue', 'discussions', 'contacts', 'meeting', 'meetings', 'consultations', 'summit'];
/** Remote contact: "held a phone call with", "held a video conference". */
const CALLS = ['phone', 'telephone', 'call', 'videoconference', 'video'];
const TIES = ['ties', 'relations', 'links'];
const ENVOYS = ['ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomats', 'team', 'delegation', 'negotiators'];
const AID = ['aid', 'assistance', 'relief', 'supplies', 'food', 'medicine', 'medicines', 'loan', 'loans', 'funds', 'funding', 'fuel', 'vaccines', 'tents'];
/** Crowds a force disperses: PETRARCH's CIRCULATE block codes "disperse * DEMONSTRATION" 170. */
const CROWDS = ['protesters', 'protestors', 'demonstrators', 'demonstration', 'demonstrations', 'protest', 'protests', 'crowd', 'crowds', 'rally', 'rallies', 'marchers'];
const ARMS = ['arms', 'weapons', 'missiles', 'ammunition', 'equipment', 'munitions', 'rifles'];
/** Weapons a government hands over (deliver, supply, give): "sent tanks into" is a deployment, not aid. */
const ARMS_TRANSFER = [...ARMS, 'tanks', 'drones', 'shells', 'howitzers', 'jets'];
const TROOPS = ['troops', 'forces', 'soldiers', 'warships', 'units', 'reinforcements', 'peacekeepers', 'police'];
/** Objects that make an aspect or light verb a protest or an attack ("began a hunger strike", "staged demonstrations"). */
const ACTIONS: Record<string, string[]> = {
  '142': ['hunger'],
  '141': ['demonstration', 'demonstrations', 'protest', 'protests', 'rally', 'rallies', 'march', 'marches', 'sit-in', 'vigil'],
  '143': ['strike', 'strikes', 'boycott', 'walkout'],
  '190': ['attack', 'attacks', 'offensive', 'raid', 'raids', 'assault'],
  '195': ['airstrike', 'airstrikes', 'air strikes', 'bombing'],
  '090': ['investigation', 'probe', 'inquiry', 'hearing'],
  '045': ['mediation'],
};

export const CORE_VERBS: readonly CoreVerb[] = [
  // reporting and clause-shaping verbs
  { lemma: 'say', forms: ['say', 'says', 'said', 'saying'], code: null, kind: 'report' },
  { lemma: 'tell', forms: ['tell', 'tells', 'told', 'telling'], code: null, kind: 'report' },
  { lemma: 'announce', code: null, kind: 'report', objects: { '160': ['suspension'], '172': ['ban'], '0871': ['ceasefire', 'cease-fire', 'truce'], '163': ['sanctions', 'embargo'], '0874': ['withdrawal', 'pullout'], '1724': ['emergency'] } },
  { lemma: 'report', code: null, kind: 'report' },
  { lemma: 'state', code: null, kind: 'report' },
  { lemma: 'add', code: null, kind: 'report' },
  { lemma: 'claim', code: null, kind: 'report' },
  { lemma: 'confirm', code: null, kind: 'report' },
  { lemma: 'note', code: null, kind: 'report' },
  { lemma: 'declare', code: null, kind: 'report', objects: { '0871': ['ceasefire', 'cease-fire', 'truce'], '1724': ['emergency'] } },
  { lemma: 'believe', code: null, kind: 'report' },
  { lemma: 'think', forms: ['think', 'thinks', 'thought', 'thinking'], code: null, kind: 'report' },
  { lemma: 'reveal', code: null, kind: 'report' },
  { lemma: 'acknowledge', code: null, kind: 'report' },
  { lemma: 'admit', code: null, kind: 'report' },
  { lemma: 'stress', code: null, kind: 'report' },
  { lemma: 'explain', code: null, kind: 'report' },
  { lemma: 'write', forms: ['write', 'writes', 'wrote', 'written', 'writing'], code: null, kind: 'report' },
  { lemma: 'conclude', code: null, kind: 'report' },
  { lemma: 'insist', code: null, kind: 'report', objects: { '100': ['demand', 'demands'] } },
  { lemma: 'maintain', code: null, kind: 'report' },
  { lemma: 'argue', code: null, kind: 'report' },
  { lemma: 'indicate', code: null, kind: 'report' },
  { lemma: 'quote', code: null, kind: 'report' },
  { lemma: 'describe', code: null, kind: 'report' },
  { lemma: 'allege', code: null, kind: 'report' },
  { lemma: 'deny', code: null, kind: 'report' },
  { lemma: 'hope', code: null, kind: 'report' },
  { lemma: 'estimate', code: null, kind: 'report' },
  // intentions: the next verb is future
  { lemma: 'plan', code: null, kind: 'intent' },
  { lemma: 'intend', code: null, kind: 'intent' },
  { lemma: 'want', code: null, kind: 'intent' },
  { lemma: 'vow', code: '030', kind: 'intent' },
  { lemma: 'pledge', code: '030', kind: 'intent' },
  { lemma: 'promise', code: '030', kind: 'intent' },
  { lemma: 'offer', code: '030', kind: 'intent' },
  { lemma: 'seek', forms: ['seek', 'seeks', 'sought', 'seeking'], code: null, kind: 'intent' },
  { lemma: 'aim', code: null, kind: 'intent' },
  { lemma: 'decide', code: null, kind: 'aspect' },
  { lemma: 'prepare', code: null, kind: 'intent' },
  { lemma: 'swear', forms: ['swear', 'swears', 'swore', 'sworn', 'swearing'], code: null, kind: 'intent' },
  { lemma: 'schedule', code: null, kind: 'arranged' },
  { lemma: 'slate', code: null, kind: 'arranged' },
  // aspect: the next verb is the event
  { lemma: 'continue', code: null, kind: 'aspect', objects: ACTIONS },
  { lemma: 'begin', forms: ['begin', 'begins', 'began', 'begun', 'beginning'], code: null, kind: 'aspect', objects: ACTIONS },
  { lemma: 'start', code: null, kind: 'aspect', objects: ACTIONS },
  { lemma: 'resume', code: null, kind: 'aspect', objects: ACTIONS },
  { lemma: 'resort to', code: null, kind: 'aspect' },
  { lemma: 'keep', forms: ['keep', 'keeps', 'kept', 'keeping'], code: null, kind: 'aspect' },
  { lemma: 'try', code: null, kind: 'aspect' },
  { lemma: 'manage', code: null, kind: 'aspect' },
  { lemma: 'fail', code: null, kind: 'aspect' },
  { lemma: 'help', code: null, kind: 'aspect' },
  { lemma: 'stage', code: null, kind: 'aspect', objects: ACTIONS },
  { lemma: 'undertake', forms: ['undertake', 'undertakes', 'undertook', 'undertaken', 'undertaking'], code: null, kind: 'aspect', objects: ACTIONS },
  { lemma: 'launch', code: null, kind: 'aspect', objects: ACTIONS },
  { lemma: 'open', code: null, kind: 'aspect', objects: { ...ACTIONS, '050': ['embassy', 'ties', 'relations'], '0863': ['border', 'borders', 'corridor'] } },
  { lemma: 'hold', forms: ['hold', 'holds', 'held', 'holding'], code: null, objects: { '040': TALKS, '041': CALLS, '141': ['demonstration', 'demonstrations', 'rally', 'rallies', 'protest', 'protests'], '173': ['hostage', 'hostages', 'prisoner', 'prisoners', 'captive'] } },
  // frequent verbs whose PETRARCH isolated code over-codes news (their patterns still apply)
  ...['face', 'suggest', 'impact', 'affect', 'influence', 'echo', 'explore', 'create', 'involve', 'reach', 'pursue',
    'appear', 'mount', 'complicate', 'raise', 'become', 'remain', 'see', 'find', 'make', 'take', 'get', 'come', 'put', 'run',
    'look', 'use', 'work', 'move', 'leave', 'show', 'present', 'express', 'expect', 'mark', 'issue', 'lodge', 'apply', 'change', 'head',
    'enjoy', 'hear', 'consider', 'signal', 'arrive', 'assemble', 'introduce', 'notify', 'cable', 'perpetuate', 'facilitate', 'boost', 'link'].map(
    (lemma): CoreVerb => ({ lemma, code: null }),
  ),
  // "went on strike", "go on hunger strike": only through its object; "is going to attack": intent
  { lemma: 'go', forms: ['go', 'goes', 'went', 'gone', 'going'], code: null, kind: 'intent', objects: { '142': ['hunger'], '143': ['strike', 'strikes'] } },
  // verbal cooperation
  { lemma: 'agree', code: '030' },
  { lemma: 'meet', forms: ['meet', 'meets', 'met', 'meeting'], code: '040' },
  { lemma: 'talk', code: '040' },
  { lemma: 'discuss', code: '040' },
  { lemma: 'consult', code: '040' },
  { lemma: 'confer', code: '040' },
  { lemma: 'telephone', code: '041' },
  { lemma: 'phone', code: '041' },
  { lemma: 'visit', code: '042' },
  // "travelled to Washington", "flew to Beijing": a visit only with a named party as destination
  // (PETRARCH's GO_SOMEWHERE block codes these verbs 040 even without one)
  { lemma: 'travel', forms: ['travel', 'travels', 'travelled', 'traveled', 'travelling', 'traveling'], code: null, actorObject: '042' },
  { lemma: 'fly', forms: ['fly', 'flies', 'flew', 'flown', 'flying'], code: null, actorObject: '042' },
  { lemma: 'attend', code: '042' },
  { lemma: 'host', code: '043' },
  { lemma: 'receive', code: null, actorObject: '043' },
  { lemma: 'mediate', code: '045' },
  { lemma: 'negotiate', code: '046' },
  { lemma: 'praise', code: '051' },
  { lemma: 'welcome', code: '051' },
  { lemma: 'commend', code: '051' },
  { lemma: 'hail', code: '051' },
  { lemma: 'endorse', code: '051' },
  { lemma: 'back', code: '051' },
  { lemma: 'support', code: '051' },
  { lemma: 'congratulate', code: '051' },
  { lemma: 'thank', code: '051' },
  { lemma: 'defend', code: '052' },
  { lemma: 'recognise', code: '054' },
  { lemma: 'recognize', code: '054' },
  { lemma: 'apologise', code: '055' },
  { lemma: 'apologize', code: '055' },
  // pardons and amnesties are verbal concessions (PLOVER CONCEDE; PETRARCH's PARDON block is 080)
  { lemma: 'pardon', code: '080' },
  { lemma: 'forgive', forms: ['forgive', 'forgives', 'forgave', 'forgiven', 'forgiving'], code: '056' },
  { lemma: 'sign', code: '057' },
  { lemma: 'ratify', code: '057' },
  { lemma: 'establish', code: null, objects: { '050': TIES } },
  { lemma: 'restore', code: null, objects: { '050': TIES } },
  // material cooperation and aid
  { lemma: 'cooperate', code: '060' },
  { lemma: 'extradite', code: '063' },
  { lemma: 'hand over', forms: ['hand', 'hands', 'handed', 'handing'], code: '063' },
  { lemma: 'provide', code: '070', objects: { '072': ARMS_TRANSFER, '073': ['humanitarian', 'food', 'medicine', 'relief'] } },
  { lemma: 'supply', code: '070', objects: { '072': ARMS_TRANSFER } },
  { lemma: 'deliver', code: null, objects: { '070': AID, '072': ARMS_TRANSFER } },
  { lemma: 'send', forms: ['send', 'sends', 'sent', 'sending'], code: null, objects: { '070': AID, '072': ARMS, '154': TROOPS, '042': ENVOYS, '090': ['inspectors', 'investigators', 'observers', 'monitors'] } },
  { lemma: 'ship', code: null, objects: { '070': AID, '072': ARMS } },
  { lemma: 'dispatch', code: null, objects: { '070': AID, '072': ARMS, '154': TROOPS, '042': ENVOYS, '090': ['inspectors', 'investigators', 'observers', 'monitors'] } },
  { lemma: 'contribute', code: '070', objects: { '074': ['troops', 'peacekeepers', 'peace-keeping', 'peacekeeping'] } },
  { lemma: 'donate', code: '070' },
  { lemma: 'grant', code: null, objects: { '075': ['asylum', 'refuge'], '070': AID, '054': ['recognition'], '0841': ['amnesty', 'pardon'] } },
  { lemma: 'give', forms: ['give', 'gives', 'gave', 'given', 'giving'], code: null, objects: { '070': AID, '072': ARMS_TRANSFER } },
  { lemma: 'evacuate', code: '073' },
  { lemma: 'rescue', code: '073' },
  { lemma: 'protect', code: '074' },
  // concessions and retreat
  { lemma: 'release', code: null, actorObject: '0841', objects: { '0841': ['prisoners', 'prisoner', 'hostages', 'hostage', 'detainees', 'detainee', 'captives', 'activists', 'journalists', 'soldiers', 'civilians', 'people', 'members', 'suspects'] } },
  { lemma: 'free', code: null, actorObject: '0841', objects: { '0841': ['prisoners', 'prisoner', 'hostages', 'hostage', 'detainees', 'detainee', 'captives', 'activists', 'journalists', 'soldiers', 'civilians', 'people', 'members', 'suspects'] } },
  { lemma: 'return', code: null, objects: { '0842': ['property', 'land', 'territory', 'bodies'], '0841': ['prisoners', 'hostages', 'detainees'] } },
  // curfew and emergency: CAMEO 081 (ease administrative sanctions, CONCEDE); CAMEO2PLOVER puts 0813/0814 under RETREAT
  { lemma: 'lift', code: '081', objects: { '085': ['sanctions', 'embargo', 'embargoes', 'boycott'], '0872': ['blockade', 'siege'], '081': ['curfew', 'emergency', 'martial', 'ban', 'restrictions'] } },
  { lemma: 'ease', code: '081', objects: { '085': ['sanctions', 'embargo', 'embargoes', 'boycott'], '0872': ['blockade', 'siege'] } },
  { lemma: 'allow', code: '080', objects: { '0863': ['aid', 'humanitarian'], '0862': ['inspectors', 'inspections'] } },
  { lemma: 'permit', code: '080' },
  { lemma: 'withdraw', forms: ['withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing'], code: '0874', objects: { '161': ENVOYS, '162': AID } },
  { lemma: 'pull out', forms: ['pull', 'pulls', 'pulled', 'pulling'], code: '0874' },
  { lemma: 'retreat', code: '0874' },
  { lemma: 'surrender', code: '0874' },
  { lemma: 'disarm', code: '0873' },
  { lemma: 'resign', code: '0831' },
  { lemma: 'step down', forms: ['step', 'steps', 'stepped', 'stepping'], code: '0831' },
  // investigation, demands, disapproval
  { lemma: 'investigate', code: '090' },
  { lemma: 'probe', code: '090' },
  { lemma: 'inspect', code: '090' },
  { lemma: 'demand', code: '100' },
  { lemma: 'urge', code: '020' },
  { lemma: 'call for', code: '020' },
  { lemma: 'call on', code: '020' },
  { lemma: 'call upon', code: '020' },
  { lemma: 'appeal', code: '020' },
  { lemma: 'ask', code: '020' },
  { lemma: 'request', code: '020' },
  { lemma: 'press', code: '100' },
  { lemma: 'pressure', code: '100' },
  { lemma: 'pressurise', code: '100' },
  { lemma: 'criticise', code: '111' },
  { lemma: 'criticize', code: '111' },
  { lemma: 'condemn', code: '111' },
  { lemma: 'denounce', code: '111' },
  { lemma: 'deplore', code: '111' },
  { lemma: 'slam', code: '111' },
  { lemma: 'rebuke', code: '111' },
  { lemma: 'accuse', code: '112' },
  { lemma: 'blame', code: '112' },
  { lemma: 'charge', code: '112' },
  { lemma: 'complain', code: '114' },
  { lemma: 'summon', code: null, objects: { '114': ['ambassador', 'ambassadors', 'envoy', 'diplomat', 'diplomats', 'charge'] } },
  { lemma: 'sue', code: '115' },
  // rejection, threats, protest
  { lemma: 'reject', code: '120' },
  { lemma: 'refuse', code: '120' },
  { lemma: 'decline', code: '120' },
  { lemma: 'oppose', code: '120' },
  { lemma: 'rebuff', code: '120' },
  { lemma: 'veto', code: '129' },
  { lemma: 'defy', code: '128' },
  { lemma: 'violate', code: '128', objects: { '196': ['ceasefire', 'cease-fire', 'truce'] } },
  { lemma: 'threaten', code: '130' },
  { lemma: 'warn', code: '130' },
  { lemma: 'protest', intransitive: true, code: '140' },
  { lemma: 'demonstrate', intransitive: true, code: '141' },
  { lemma: 'rally', intransitive: true, code: '141' },
  { lemma: 'march', intransitive: true, code: '141' },
  { lemma: 'boycott', code: '143' },
  { lemma: 'riot', intransitive: true, code: '145' },
  // mobilisation, sanctions, coercion
  { lemma: 'mobilise', code: '154' },
  { lemma: 'mobilize', code: '154' },
  { lemma: 'deploy', code: '154' },
  { lemma: 'reinforce', code: '154' },
  { lemma: 'strengthen', code: null, objects: { '154': TROOPS } },
  { lemma: 'recall', code: null, objects: { '161': ENVOYS } },
  { lemma: 'sever', code: '161' },
  { lemma: 'break off', forms: ['break', 'breaks', 'broke', 'broken', 'breaking'], code: '161', objects: { '164': TALKS } },
  { lemma: 'cut', forms: ['cut', 'cuts', 'cutting'], code: null, objects: { '161': TIES, '162': AID, '164': TALKS } },
  { lemma: 'suspend', code: '160', objects: { '162': AID, '164': TALKS, '161': TIES } },
  { lemma: 'halt', code: '160', objects: { '162': AID, '164': TALKS } },
  { lemma: 'end', code: null, objects: { '164': TALKS, '161': TIES } },
  { lemma: 'expel', code: '166' },
  { lemma: 'sanction', code: '163' },
  { lemma: 'close', code: null, objects: { '191': ['border', 'borders', 'crossing', 'crossings', 'airspace', 'port', 'ports', 'checkpoint', 'checkpoints'], '161': ['embassy', 'consulate'] } },
  { lemma: 'embargo', code: '163' },
  { lemma: 'impose', code: '172', objects: { '163': ['sanctions', 'embargo', 'boycott', 'tariffs'], '1723': ['curfew'], '1724': ['emergency', 'martial'], '191': ['blockade', 'blockades', 'siege'] } },
  { lemma: 'reimpose', code: '172', objects: { '163': ['sanctions', 'embargo'], '1723': ['curfew'], '191': ['blockade', 'blockades', 'siege'] } },
  { lemma: 'ban', code: '172' },
  { lemma: 'outlaw', code: '1722' },
  { lemma: 'prohibit', code: '172' },
  { lemma: 'arrest', code: '173' },
  { lemma: 'detain', code: '173' },
  { lemma: 'jail', code: '173' },
  { lemma: 'imprison', code: '173' },
  { lemma: 'indict', code: '173' },
  { lemma: 'deport', code: '174' },
  { lemma: 'seize', code: '171' },
  { lemma: 'confiscate', code: '1711' },
  { lemma: 'block', code: '191' },
  { lemma: 'disperse', code: null, objects: { '170': CROWDS } },
  { lemma: 'blockade', code: '191' },
  { lemma: 'occupy', code: '192' },
  // PLOVER: "captured combatants are ASSAULT abduct" (CAMEO 181); captured towns are occupied (192)
  { lemma: 'capture', code: '192', objects: { '181': ['soldiers', 'soldier', 'troops', 'fighters', 'militants', 'rebels', 'insurgents', 'servicemen', 'officers', 'pilot', 'pilots', 'sailors', 'marines', 'commander', 'commanders'] } },
  // violence
  { lemma: 'destroy', code: '1712' },
  { lemma: 'demolish', code: '1712' },
  { lemma: 'raze', code: '1712' },
  { lemma: 'torch', code: '1712' },
  { lemma: 'blow up', forms: ['blow', 'blows', 'blew', 'blown', 'blowing'], code: '183' },
  { lemma: 'kidnap', code: '181' },
  { lemma: 'abduct', code: '181' },
  { lemma: 'hijack', code: '181' },
  { lemma: 'torture', code: '1822' },
  { lemma: 'beat', forms: ['beat', 'beats', 'beaten', 'beating'], code: '182' },
  { lemma: 'assassinate', code: '186' },
  { lemma: 'kill', code: '190' },
  { lemma: 'murder', code: '1823' },
  { lemma: 'wound', code: '190' },
  // "attacked the decision": a verbal attack
  { lemma: 'attack', code: '190', objects: { '111': ['decision', 'proclamation', 'policy', 'policies', 'plan', 'plans', 'remarks', 'statement', 'move', 'proposal', 'comments', 'report', 'law', 'bill', 'idea', 'stance', 'speech', 'handling', 'record', 'claims', 'critics'] } },
  { lemma: 'assault', code: '190' },
  { lemma: 'raid', code: '190' },
  { lemma: 'storm', code: '190' },
  { lemma: 'ambush', code: '190' },
  { lemma: 'clash', code: '190' },
  { lemma: 'fight', forms: ['fight', 'fights', 'fought', 'fighting'], code: '190' },
  { lemma: 'invade', code: '192' },
  { lemma: 'shoot', forms: ['shoot', 'shoots', 'shot', 'shooting'], code: '193' },
  { lemma: 'fire', code: '190' },
  { lemma: 'retaliate', code: '190' },
  { lemma: 'shell', code: '194' },
  { lemma: 'bomb', code: '195' },
  { lemma: 'bombard', code: '194' },
  { lemma: 'strike', forms: ['strike', 'strikes', 'struck', 'striking'], code: '190' },
  { lemma: 'massacre', code: '202' },
];

/** Role nouns PETRARCH's agent list lacks or codes differently from common PLOVER practice. */
export const EXTRA_AGENTS: readonly [string, string][] = [
  ['official', 'GOV'],
  ['officials', 'GOV'],
  ['authorities', 'GOV'],
  ['government', 'GOV'],
  ['administration', 'GOV'],
  ['cabinet', 'GOV'],
  ['ministry', 'GOV'],
  ['foreign ministry', 'GOV'],
  ['office', 'GOV'],
  ['leader', 'GOV'],
  ['spokesman', 'GOV'],
  ['spokeswoman', 'GOV'],
  ['negotiator', 'GOV'],
  ['counterpart', 'GOV'],
  ['militant', 'REB'],
  ['militants', 'REB'],
  ['gunmen', 'REB'],
  ['insurgents', 'REB'],
  ['army', 'MIL'],
  ['troops', 'MIL'],
  ['forces', 'MIL'],
  ['tanks', 'MIL'],
  ['aircraft', 'MIL'],
  ['warplanes', 'MIL'],
  ['jets', 'MIL'],
  ['military', 'MIL'],
  ['armed forces', 'MIL'],
  ['armed groups', 'REB'],
  ['armed men', 'REB'],
  ['police', 'COP'],
  ['security forces', 'COP'],
  ['parliament', 'LEG'],
  ['congress', 'LEG'],
  ['senate', 'LEG'],
  ['lawmakers', 'LEG'],
  ['court', 'JUD'],
  ['demonstrator', 'OPP'],
  ['protester', 'OPP'],
  ['protestor', 'OPP'],
  ['protesters', 'OPP'],
  ['protestors', 'OPP'],
  ['opposition', 'OPP'],
  ['refugees', 'REF'],
  ['civilians', 'CVL'],
  ['residents', 'CVL'],
  ['villagers', 'CVL'],
  ['workers', 'LAB'],
  ['students', 'EDU'],
];
