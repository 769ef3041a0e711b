/**
 * Word lists of the quotes stage, as named data (trafilatura-style): reporting verbs, words that
 * may stand between a speaker and its verb, pronouns, and the nouns that tell a speaker apart
 * from a description.
 */

/** Irregular and consonant-doubling inflections: lemma → forms (the lemma itself included). */
const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  speak: ['speak', 'speaks', 'spoke', 'speaking', 'spoken'],
  read: ['read', 'reads'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  echo: ['echo', 'echoes', 'echoed', 'echoing'],
  specify: ['specify', 'specifies', 'specified'],
  signify: ['signified'],
  emphasise: ['emphasise', 'emphasises', 'emphasised', 'emphasising', 'emphasize', 'emphasizes', 'emphasized', 'emphasizing'],
  characterise: ['characterise', 'characterises', 'characterised', 'characterize', 'characterizes', 'characterized', 'characterizing', 'characterising'],
  criticise: ['criticise', 'criticised', 'criticize', 'criticized', 'criticising', 'criticizing'],
  apologise: ['apologised', 'apologized'],
  refer: ['refer', 'refers', 'referred', 'referring'],
  order: ['ordered'],
  // Only with its particle ("pointed out"; see verbAt).
  'point out': ['point', 'points', 'pointed', 'pointing'],
  // Frames a direct quotation only ("put it more bluntly: "…"", "as she put it").
  'put it': ['put', 'puts', 'putting'],
  // Tabloid frames of direct quotations ("she gushed to fans: "…"", "he snapped").
  slam: ['slam', 'slams', 'slammed', 'slamming'],
  sob: ['sob', 'sobs', 'sobbed', 'sobbing'],
  snap: ['snaps', 'snapped'],
};

/** Regular verbs: forms are made by rule (-s, -ed, -ing). */
const REGULAR = [
  'state', 'add', 'announce', 'claim', 'insist', 'maintain', 'argue', 'note', 'explain', 'acknowledge', 'confirm',
  'assert', 'declare', 'stress', 'warn', 'report', 'tweet', 'post', 'respond', 'suggest', 'predict', 'estimate',
  'promise', 'vow', 'pledge', 'reveal', 'allege', 'indicate', 'agree', 'conclude', 'contend', 'observe', 'remark',
  'recall', 'concede', 'propose', 'intimate', 'comment', 'caution', 'complain', 'disclose', 'reiterate', 'repeat',
  'assure', 'remind', 'inform', 'speculate', 'hint', 'recount', 'mention', 'affirm', 'counter', 'retort', 'boast',
  'answer', 'accept', 'predict', 'forecast', 'project', 'advise', 'announce', 'clarify', 'elaborate', 'insinuate',
  'joke', 'muse', 'lament', 'theorise', 'theorize', 'surmise', 'reckon', 'reason', 'determine', 'find', 'show', 'underline',
  // Frames for direct quotations only (below): the speaker describes or labels something.
  'describe', 'call', 'label', 'brand', 'term', 'question', 'ask', 'continue', 'thank', 'offer', 'urge', 'plead',
  'demand', 'praise', 'condemn', 'blame', 'direct', 'quote', 'cite', 'express', 'welcome', 'mourn', 'promise',
  'congratulate', 'accuse', 'shout', 'scream', 'exclaim', 'yell', 'whisper', 'chant', 'sing', 'recite', 'conclude',
  'talk', 'denounce', 'decry', 'hail', 'dismiss', 'gush', 'fume', 'blast', 'rage', 'rant', 'gasp', 'sigh', 'moan',
];

function regularForms(lemma: string): string[] {
  const s = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const ed = /e$/.test(lemma) ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const ing = /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [lemma, s, ed, ing];
}

const FORMS: [string, string][] = [
  ...Object.entries(IRREGULAR).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as [string, string])),
  ...[...new Set(REGULAR)].flatMap((lemma) => regularForms(lemma).map((f) => [f, lemma] as [string, string])),
];
FORMS.push(['found', 'find'], ['shown', 'show'], ['showed', 'show']);

/** Every verb that can frame a quotation: inflected form → lemma. */
export const VERB_LEMMAS: ReadonlyMap<string, string> = new Map(FORMS);

/** Verbs that frame only a quotation after "as" ("rejected the accusation as "desperate"", not "a charge she rejected"): form → lemma. */
export const AS_ONLY_LEMMAS: ReadonlyMap<string, string> = new Map(regularForms('reject').map((f) => [f, 'reject']));

/**
 * Verbs that introduce reported speech with a content clause ("X said (that) …"). The rest of
 * VERB_LEMMAS only frame direct quotations ("X called it "a non-starter""). Cognition verbs
 * (think, believe, hope) are not speech (annotation rules §3).
 */
export const INDIRECT_LEMMAS: ReadonlySet<string> = new Set([
  'say', 'tell', 'state', 'add', 'announce', 'claim', 'deny', 'insist', 'maintain', 'argue', 'note', 'explain',
  'acknowledge', 'confirm', 'assert', 'declare', 'emphasise', 'stress', 'warn', 'report', 'write', 'tweet', 'post',
  'reply', 'respond', 'suggest', 'predict', 'estimate', 'promise', 'vow', 'pledge', 'admit', 'reveal', 'allege',
  'echo', 'indicate', 'agree', 'contend', 'remark', 'recall', 'concede', 'testify', 'propose',
  'specify', 'intimate', 'comment', 'caution', 'complain', 'disclose', 'reiterate', 'repeat', 'assure', 'remind',
  'inform', 'speculate', 'hint', 'recount', 'mention', 'affirm', 'counter', 'retort', 'boast', 'answer', 'forecast',
  'advise', 'clarify', 'insinuate', 'lament', 'reason', 'accept', 'read', 'point out', 'underline',
]);

/** Verbs whose clause must be opened by "that" ("agreed that …", not "agreed to meet", "found the body"). */
export const THAT_ONLY: ReadonlySet<string> = new Set([
  'agree', 'recall', 'observe', 'echo', 'accept', 'find', 'show', 'determine', 'reason', 'read', 'answer', 'counter',
  'remind', 'inform', 'mention', 'project', 'post', 'add', 'propose',
]);

/** THAT_ONLY verbs whose quoted object is a thing, not words ("would not accept "a list …""). */
export const THING_OBJECT: ReadonlySet<string> = new Set(['accept', 'find', 'show', 'determine', 'project']);

/** Verbs whose first object is the hearer ("told reporters …", "assured the public …"). */
export const HEARER_VERBS: ReadonlySet<string> = new Set(['tell', 'assure', 'remind', 'inform', 'warn', 'advise', 'promise', 'ask']);

/** Words that may stand between a speaker and the verb ("Hamas has repeatedly said"). */
export const BETWEEN_SPEAKER_AND_VERB: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'also', 'even', 'again', 'previously', 'repeatedly', 'later', 'earlier', 'then', 'once',
  'already', 'publicly', 'separately', 'reportedly', 'would', 'will', 'is', 'was', 'were', 'are', 'been', 'being',
  'further', 'since', 'recently', 'often', 'long', 'initially', 'first', 'officially', 'subsequently', 'both', 'all',
  'still', 'too', 'now', 'just', 'however', 'consistently', 'similarly', 'likewise', 'last', 'yesterday', 'today',
  'can', 'could', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'not', "n't", 'never', 'always', 'herself',
  'himself', 'themselves', 'itself', 'there', 'here',
]);

/** Auxiliaries and modals: a clause with one of these has a finite verb. */
export const FINITE_CUES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may',
  'might', 'shall', 'should', 'must', 'do', 'does', 'did', "'re", "'ve", "'ll", "'d", '’re', '’ve', '’ll',
  '’d', 'wo', 'ca', "won't", "can't", 'cannot', "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't",
]);

export type PronounKind = 'male' | 'female' | 'thing' | 'plural';
export const PRONOUNS: Readonly<Record<string, PronounKind>> = {
  he: 'male', she: 'female', it: 'thing', they: 'plural', we: 'plural', him: 'male', her: 'female', them: 'plural',
};

/** Determiners and possessives: a verb-looking word after one is a noun ("the report", "his claims"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'whose',
  'no', 'any', 'each', 'every', 'some', 'such', "'s", '’s', 'new', 'latest', 'initial', 'earlier', 'first', 'recent',
  'official', 'previous', 'final', 'preliminary', 'another', 'written', 'public',
]);

/** Prepositions that open an adjunct between a reporting verb and its clause ("said on Friday …"). */
export const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'via', 'through', 'to', 'from', 'over', 'late', 'early', 'earlier',
  'later', 'last', 'this', 'with', 'by', 'outside', 'inside', 'near', 'while',
]);

/** Heads of adjuncts that end such a phrase ("in a statement", "on Twitter", "late Sunday"). */
export const ADJUNCT_HEADS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'interview', 'interviews', 'tweet', 'tweets', 'post', 'speech', 'address', 'announcement',
  'release', 'conference', 'briefing', 'letter', 'report', 'email', 'e-mail', 'message', 'video', 'broadcast',
  'meeting', 'court', 'hearing', 'session', 'remarks', 'comments', 'reporters', 'journalists', 'media', 'press',
  'parliament', 'television', 'radio', 'twitter', 'facebook', 'instagram', 'website', 'blog', 'podcast', 'call',
  'x', 'threads', 'tiktok', 'youtube', 'linkedin', 'bluesky', 'telegram', 'weibo', 'substack', 'whatsapp', 'telephone', 'note',
  'phone',
  'appearance', 'summit', 'rally', 'event', 'documents', 'filing', 'filings', 'testimony', 'ceremony', 'debate',
  'morning', 'afternoon', 'evening', 'night', 'day', 'week', 'weekend', 'month', 'year', 'time', 'today', 'yesterday',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'wikinews', 'correspondents',
  'time', 'tv', 'cnn', 'bbc', 'reuters', 'afp', 'ap', 'nbc', 'abc', 'cbs', 'npr', 'fox', 'channel', 'outlet', 'paper',
  'newspaper', 'agency', 'times', 'post',
]);

/** Documents that speak for whoever issued them ("The statement said", "the decree signed by X"). */
/** Documents an adjunct of a frame names, in the singular or plural ("said in a report released Thursday", "in a statement posted on X"). */
export const ADJUNCT_DOCUMENTS = /^(?:statement|report|release|letter|message|notice|note|post|video|filing|document|assessment|review|update|bulletin|advisory|communique|interview|email|memo|ruling|judgment|study|paper|survey|submission)s?$/;
/** Documents that speak for whoever issued them ("the statement said", "the post read", "the notice warned"). */
export const DOCUMENT_NOUNS = /^(?:statement|release|announcement|communique|communiqué|letter|decree|proclamation|order|report|note|readout|post|message|notice|tweet|email|e-mail|filing|memo|bulletin|claim|complaint|lawsuit|suit|declaration|affidavit|submission|submissions)$/;

/** Nouns after a name and "'s" that still make the named one the speaker ("Netanyahu's office"). */
export const PROXY_HEADS: ReadonlySet<string> = new Set([
  'office', 'government', 'administration', 'cabinet', 'statement', 'statements', 'spokesperson', 'spokesman',
  'spokeswoman', 'website', 'statistics', 'data', 'figures', 'report', 'tweet', 'account', 'campaign', 'camp', 'ministry',
  'embassy', 'team', 'press', 'announcement', 'advisory', 'note', 'message', 'letter', 'post', 'blog', 'release',
  'palace', 'headquarters', 'presidency', 'council', 'bureau', 'department', 'service', 'army', 'military', 'police',
  'forces', 'media', 'officials', 'delegation', 'representative', 'record', 'projections', 'projection', 'estimates', 'estimate', 'count', 'tally', 'records',
  'analysis', 'survey', 'poll', 'findings', 'schedule', 'timetable', 'memoir', 'memoirs', 'autobiography', 'diary',
  'diaries', 'book', 'testimony', 'filing', 'lawsuit', 'complaint', 'speech', 'remarks', 'tweets', 'posts', 'readout',
  'communique', 'communiqué', 'editorial', 'commentary', 'petition', 'declaration', 'affidavit',
  // Who runs a failed company for its creditors speaks for it ("its court-appointed administrator said").
  'administrator', 'administrators', 'liquidator', 'liquidators', 'receiver', 'receivers',
]);

/** Acts of a frame's subject after its content ("said the offer was low and urged members to reject it"). */
export const FRAME_ACTS = /^(?:urged|called|accused|asked|demanded|appealed|thanked|blamed|declined|vowed|pledged|promised|rejected|welcomed|criticised|criticized|condemned|praised|dismissed|apologised|apologized|refused)$/;

/** Heads that make a group adjective a speaker ("the Mexican government", "Russian officials" is not). */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'government', 'administration', 'ministry', 'cabinet', 'military', 'army', 'navy', 'embassy', 'presidency',
  'parliament', 'foreign ministry', 'defence ministry', 'defense ministry', 'state media', 'military government',
  'transitional government', 'interim government', 'delegation',
]);

/** Generic nouns naming an organisation by kind: "the company" refers back to the nearest one. */
export const ORG_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'organisation', 'organization', 'agency', 'airline', 'ministry', 'department',
  'government', 'council', 'party', 'movement', 'militia', 'network', 'broadcaster', 'newspaper', 'bank', 'court',
  'carrier', 'manufacturer', 'maker', 'retailer', 'charity', 'union', 'club', 'team', 'university', 'institute',
  'commission', 'committee', 'board', 'office', 'service', 'centre', 'center', 'administration', 'authority',
  'website', 'site', 'outlet', 'publication', 'agency', 'police', 'embassy', 'consulate', 'operator', 'lender',
  'insurer', 'utility', 'chipmaker', 'carmaker', 'automaker', 'startup', 'platform', 'app', 'processor', 'regulator',
  'publisher', 'studio', 'exchange', 'label', 'conference', 'federation', 'association', 'chamber', 'band',
  'consultancy', 'brokerage', 'developer', 'housebuilder', 'miner', 'forum', 'society', 'foundation', 'institution',
]);

/** Words that end a time phrase before a subject ("A few days later", "Two weeks ago"). */
export const TIME_PHRASE_END = /^(?:later|earlier|ago|afterwards)$/;

/** Words that open an introductory phrase before the subject ("After the meeting, Trump said …"). */
export const INTRODUCERS: ReadonlySet<string> = new Set([
  'after', 'before', 'in', 'on', 'at', 'during', 'following', 'when', 'while', 'as', 'despite', 'since', 'speaking',
  'asked', 'writing', 'for', 'with', 'from', 'by', 'although', 'though', 'because', 'if', 'once', 'until', 'amid',
  'per', 'later', 'earlier', 'meanwhile', 'however', 'separately', 'responding', 'commenting', 'addressing', 'over',
  'under', 'upon', 'within', 'without', 'to', 'about', 'like', 'unlike', 'also', 'still', 'yet', 'but', 'and', 'so',
  'then', 'today', 'yesterday', 'last', 'this', 'that', 'on',
]);

/** Prepositions: a name after one of these inside a subject is not the speaker ("scientists from Bristol"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'at', 'for', 'with', 'in', 'on', 'by', 'to', 'about', 'among', 'between', 'into', 'against', 'within', 'inside', 'close', 'near', 'across']);

/** Words that end a clause's subject when read backwards from the verb. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([';', ':', 'that', 'but', 'while', 'whereas', 'although', 'though', 'because', 'if', 'when', '—', '–', '(', ')']);

/** Titles that say a person's gender. */
export const MALE_TITLES: ReadonlySet<string> = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'sheikh', 'emir', 'sultan', 'father', 'brother', 'spokesman', 'chairman', 'congressman', 'businessman', 'councilman', 'pope', 'duke', 'baron', 'count', 'monsieur', 'herr', 'rabbi', 'imam', 'ayatollah']);
export const FEMALE_TITLES: ReadonlySet<string> = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'madam', 'madame', 'dame', 'lady', 'queen', 'princess', 'sister', 'mother', 'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'councilwoman', 'duchess', 'baroness', 'countess', 'mme', 'mme.', 'frau']);

/** A relative clause saying its subject stays unnamed ("who spoke on condition of anonymity", "who asked not to be named"). */
export const ANONYMITY = /\b(?:anonymity|not to be (?:named|identified)|not want to be (?:named|identified)|declined to be (?:named|identified)|not authori[sz]ed to (?:speak|comment))\b/;
