/** Words that take a period and never end a sentence by themselves ("Gov. Newsom", "Mr. Smith"). */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt',
  'st', 'rev', 'hon', 'pres', 'supt', 'insp', 'fr', 'sr', 'jr', 'messrs', 'mt', 'ft', 'ave', 'blvd', 'rd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'vs', 'etc', 'approx', 'dept', 'est', 'inc', 'ltd', 'co', 'corp', 'bros', 'univ',
  'e.g', 'i.e', 'a.m', 'p.m', 'cf', 'al', 'op', 'ed', 'pp', 'fig',
  // Ranks and short forms of given names ("Det. Sgt.", "Atty.", "Ma. Lourdes", "Md. Rafiqul Islam").
  'det', 'atty', 'cpl', 'pvt', 'brig', 'msgr', 'ma', 'md',
  // Indian and Filipino honorifics and ranks ("Smt. Kamla Devi", "Kum. Asha", "Dy. SP", "Addl. Collector", "Adv. Rao", "Engr. Sagun").
  'smt', 'kum', 'sh', 'dy', 'addl', 'asst', 'govt', 'secy', 'adv', 'engr',
  // Portuguese and Spanish forms of address ("Sra. Ana Lopes", "Dra. Filomena Soares", "Eng. Rogério Sarmento", an engineer).
  'sra', 'srta', 'dra', 'eng',
  // Saints in Filipino and Hispanic names ("Sta. Catalina Builders", "Sto. Tomas").
  'sta', 'sto',
]);

/**
 * Abbreviations that may also end a sentence ("... in the U.S. The talks ..."): they end one only
 * when the next word is a capitalised function word that typically opens a sentence.
 */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her',
  'its', 'their', 'our', 'in', 'on', 'at', 'but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile', 'after',
  'before', 'when', 'while', 'if', 'as', 'there', 'what', 'who', 'why', 'how', 'some', 'many', 'most', 'one',
  'two', 'three', 'last', 'earlier', 'later', 'also', 'since', 'both', 'no', 'not', 'for', 'from', 'with',
]);

/** Marks that close a sentence but belong to it: closing quotes and brackets. */
export const CLOSERS = new Set(['"', '\u201d', '\u2019', "'", ')', ']', '\u00bb', '}']);

export const END_MARKS = new Set(['.', '!', '?', '\u2026']);

/** Clitics split off a word ("Hamas's" → "Hamas" + "'s"). */
export const CLITICS = new Set(["'s", '\u2019s', "'S", '\u2019S', "'d", "'ll", "'re", "'ve", "'m", '\u2019d', '\u2019ll', '\u2019re', '\u2019ve', '\u2019m']);

/** Starts with a capital, also after a Khoekhoe click written "!" or an ʻokina ("!Naruseb", "ʻAkilisi"). */
export const CAPITAL_START = /^[!ʻ]?\p{Lu}/u;
