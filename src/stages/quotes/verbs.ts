/** Reporting verbs: inflected form → lemma. */
const LEMMAS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  state: ['state', 'states', 'stated', 'stating'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  maintain: ['maintain', 'maintains', 'maintained', 'maintaining'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  note: ['note', 'notes', 'noted', 'noting'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  assert: ['assert', 'asserts', 'asserted', 'asserting'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  emphasise: ['emphasise', 'emphasises', 'emphasised', 'emphasising', 'emphasize', 'emphasizes', 'emphasized', 'emphasizing'],
  stress: ['stress', 'stresses', 'stressed', 'stressing'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  report: ['report', 'reports', 'reported', 'reporting'],
  write: ['write', 'writes', 'wrote', 'writing'],
  tweet: ['tweet', 'tweets', 'tweeted'],
  post: ['posted'],
  reply: ['reply', 'replies', 'replied'],
  respond: ['respond', 'responds', 'responded'],
  ask: ['ask', 'asks', 'asked'],
  suggest: ['suggest', 'suggests', 'suggested'],
  predict: ['predict', 'predicts', 'predicted'],
  estimate: ['estimate', 'estimates', 'estimated'],
  promise: ['promise', 'promises', 'promised'],
  vow: ['vow', 'vows', 'vowed'],
  pledge: ['pledge', 'pledges', 'pledged'],
  believe: ['believe', 'believes', 'believed'],
  admit: ['admit', 'admits', 'admitted'],
  reveal: ['reveal', 'reveals', 'revealed'],
  allege: ['allege', 'alleges', 'alleged'],
  echo: ['echo', 'echoes', 'echoed'],
  indicate: ['indicate', 'indicates', 'indicated'],
  agree: ['agreed'],
  conclude: ['concluded'],
  contend: ['contend', 'contends', 'contended'],
  observe: ['observed'],
  remark: ['remarked'],
  recall: ['recalled'],
  concede: ['conceded'],
  urge: ['urged'],
};

export const REPORTING_VERBS: ReadonlyMap<string, string> = new Map(
  Object.entries(LEMMAS).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as const)),
);

/** Verbs that report speech only with a "that" clause ("agreed that …", not "agreed to meet"). */
export const THAT_ONLY = new Set(['agree', 'recall', 'urge', 'believe', 'indicate', 'conclude', 'observe', 'echo', 'ask']);

/** Words that may stand between a speaker and the verb ("Hamas has repeatedly said"). */
export const BETWEEN_SPEAKER_AND_VERB = new Set([
  'has', 'have', 'had', 'also', 'even', 'again', 'previously', 'repeatedly', 'later', 'earlier', 'then', 'once',
  'already', 'publicly', 'separately', 'reportedly', 'had', 'would', 'will', 'is', 'was', 'were', 'are', 'been', 'being',
  'had', 'further', 'since', 'recently', 'often', 'long', 'initially', 'first', 'officially', 'who', 'which',
]);

export const PRONOUNS: Record<string, 'person' | 'thing' | 'plural'> = {
  he: 'person', she: 'person', him: 'person', her: 'person', it: 'thing', they: 'plural', we: 'plural', i: 'person',
};
