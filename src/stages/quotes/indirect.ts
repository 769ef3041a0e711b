import type { Quote, Ref } from '../../model/doc.js';
import { inDate, speakerOfRegion } from './speaker.js';
import { nameOrTerm } from './direct.js';
import { earlierSpeaker, FUTURE_MODALS, withReporting, withSubject, isPassive, mainSubject, modalWithObject, namedAfter, nobodyBefore, relativeBeforeQuotation, relativeFrame, subjectOf, verbAt } from './frames.js';
import { MAX_CONTENT_TOKENS, MAX_FINITE_SEARCH_TOKENS, MAX_HEARER_TAIL, MAX_TOKENS_BEFORE_CONTENT, MIN_CONTENT_WORDS, MIN_SPEECH_WORDS } from './thresholds.js';
import {
  ADJUNCT_DOCUMENTS, ADJUNCT_HEADS, ADJUNCT_PREPOSITIONS, BETWEEN_SPEAKER_AND_VERB, DETERMINERS, FINITE_CUES, FRAME_ACTS, HEARER_VERBS, INDIRECT_LEMMAS, PRONOUNS, THAT_ONLY, VERB_LEMMAS,
} from './verbs.js';
import { datelineEnd, insideMention, lowerBound, mentionEndingAt, noteSpeaker, personMentionEndingAt, quotationAt, typeOf, type View } from './view.js';
import { DIGIT_START, HAS_LETTER_OR_DIGIT, LOWER_START, UPPER_START } from './letters.js';

/** A sentence-final mark. */
const SENTENCE_END = /^[.!?]$/;
/** Punctuation that ends a clause. */
const CLAUSE_PUNCTUATION = /^[,.;:!?]$/;

/** A date or period after "in", "on", "last" ("in March", "last week"). */
const TIME_WORD = /^(?:\p{N}+|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)$/u;

/** A word that can open a clause: a name, a number, a determiner or a pronoun. */
const CLAUSE_OPENER = /^(?:\p{Lu}|\p{N}|(?:the|a|an|his|her|their|its|he|she|it|they|we|i|this|there|no|some|all|most|many)$)/u;

/** Words that negate a reporting verb before it ("did not say", "never claimed"). */
const NEGATIONS = new Set(['not', "n't", '’t', 'never']);

/** Common irregular past tenses: a clause with one has a finite verb. */
const IRREGULAR_PAST = new Set(
  'died fled lied tied went came took made gave got saw left lost won fell hit ran put set kept held led met paid sent spent stood thought told said found felt knew brought bought built began broke caught chose drove flew forgot grew hid hung heard hurt laid lay meant overtook read rode rose sank shot shut sat slept spoke stole struck swore swam threw understood woke wore wrote shed cut cost quit sold sought fought taught drew withdrew underwent upheld shrank'.split(' '),
);
const NOUN_LIKE_PAST = new Set(['shed', 'cut', 'cost', 'quit', 'sold', 'hit', 'set', 'put', 'lay', 'read', 'shot', 'spent', 'left', 'lost', 'won', 'held', 'built', 'drew']);
/** Reporting verbs whose complement is (almost) always a clause. */
const CLAUSAL = new Set(['say', 'claim', 'insist', 'argue', 'warn', 'suggest', 'contend', 'allege', 'assert', 'predict', 'estimate', 'testify', 'speculate']);

/** Words that cannot open a reported clause ("said of", "said nothing", "told him to"). */
const NOT_CONTENT = /^(?:to|of|about|for|on|with|by|at|from|against|over|into|upon|so|nothing|yes|goodbye|hello|sorry|thanks|something|anything|little|much|more|otherwise|as|than|goodbye|farewell|whether|if|why|how|what|when|where|which|who)$/;
/** Participles that open a report of their own after a comma (", adding …", "“dead,” adding that"). */
const REPORTING_PARTICIPLES = 'adding|saying|noting|insisting|arguing|stressing|warning|explaining|pointing|acknowledging|conceding|suggesting|according';
/** Words that end the reported content after a comma (", while …", ", adding …"). */
const CONTENT_BREAK_AFTER_COMMA = new RegExp(`^(?:while|but|although|though|whereas|${REPORTING_PARTICIPLES}|claiming|citing|as|amid|despite|prompting|sparking|drawing)$`);
/** Nouns whose own clause follows "that" ("the finding that", "the claim that"). */
const NOUN_COMPLEMENT = /^(?:finding|findings|claim|claims|belief|view|fact|idea|argument|evidence|suggestion|suggestions|assurance|assurances|conclusion|notion|assertion|allegation|allegations|concern|concerns|fear|fears|hope|hopes|news|recommendation|recommendations|perception|impression)$/;
/** Adverbs that may sit between a reporting verb and its clause ("said yesterday that"). */
const TIME_ADVERBS = /^(?:yesterday|today|tonight|earlier|later|recently|previously|again|also|then|now|separately|publicly|privately|repeatedly|further|too|instead|however|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

interface Found {
  verbTok: number;
  first: number;
  start: number;
  end: number;
  verb: string;
  speaker: Ref | null;
  inherits: boolean;
  rule: string;
  /** The content runs forward from the verb (it may be cut by a later frame). */
  forward: boolean;
  dropped: boolean;
}

/** A report found, every field set in one order (one object shape for the engine). */
function report(verbTok: number, first: number, range: { start: number; end: number }, verb: string, speaker: Ref | null, inherits: boolean, rule: string, forward: boolean): Found {
  return { verbTok, first, start: range.start, end: range.end, verb, speaker, inherits, rule, forward, dropped: false };
}

/** Content [from, to) tokens → offsets without trailing punctuation; undefined when too short. */
function contentRange(view: View, from: number, to: number): { start: number; end: number } | undefined {
  const toks = view.toks;
  while (from < to && /^[,;:—–-]$/.test(toks[from]!.word)) from++;
  // Trailing punctuation, and the opening mark of a quotation that follows ("…". "Next …").
  while (to > from && (/^[,.;:!?—–-]$/.test(toks[to - 1]!.word) || quotationAt(view, toks[to - 1]!.start)?.start === toks[to - 1]!.start)) to--;
  while (to > from && /^(?:and|but|or|which|who|that|while|as|despite|with|after|before|because)$/.test(toks[to - 1]!.lower)) {
    to--;
    while (to > from && /^[,;]$/.test(toks[to - 1]!.word)) to--;
  }
  if (to - from < MIN_CONTENT_WORDS) return undefined;
  let words = 0;
  for (let i = from; i < to; i++) if (HAS_LETTER_OR_DIGIT.test(toks[i]!.word)) words++;
  if (words < MIN_CONTENT_WORDS) return undefined;
  return { start: toks[from]!.start, end: toks[to - 1]!.end };
}

/** Participles that open a report of their own after a quotation closed with a comma inside ("“dead,” adding that"). */
const PARTICIPLE_BREAKS = new RegExp(`^(?:${REPORTING_PARTICIPLES})$`);

/** A closing double mark with the sentence's comma inside it (`“dead,”`). */
const commaInsideClose = (view: View, t: View['toks'][number]): boolean => /^["”]$/.test(t.word) && view.text[t.start - 1] === ',';

/** Where reported content starting at c ends in the sentence: before ";", a dash, ", while …". */
function contentEnd(view: View, c: number, end: number): number {
  const toks = view.toks;
  end = Math.min(end, c + MAX_CONTENT_TOKENS);
  for (let k = c + 1; k < end; k++) {
    const t = toks[k]!;
    // `was “dead,” adding that …`: the comma inside the closing mark.
    if (commaInsideClose(view, t) && PARTICIPLE_BREAKS.test(toks[k + 1]?.lower ?? '') && quotationAt(view, t.start)?.end === t.end) return k + 1;
    if (quotationAt(view, t.start)) continue;
    if (t.word === '—' || t.word === '–') {
      // "said the fund — which would give … — had been published": a dashed aside inside the clause.
      const close = asideClose(toks, k, end);
      if (close < 0) return k;
      k = close;
      continue;
    }
    if (t.word === ';') return k;
    if (t.word === ':' && /^["“«‘']$/.test(toks[k + 1]?.word ?? '')) return k;
    if (t.word === ',' && CONTENT_BREAK_AFTER_COMMA.test(toks[k + 1]?.lower ?? '')) return k;
    if (t.word === ',' && toks[k + 1]?.lower === 'with' && withReporting(view, k + 1) !== undefined) return k;
    if ((t.lower === 'and' || t.lower === 'but') && k > c + 2 && FRAME_ACTS.test(toks[toks[k + 1]?.lower === 'also' ? k + 2 : k + 1]?.lower ?? '')) return k;
    if (t.word === '-' && view.text[t.start - 1] === ' ' && view.text[t.end] === ' ') return k;
  }
  return end;
}

/** Most tokens of a dashed aside inside reported content. */
const MAX_ASIDE_TOKENS = 30;

/** The closing dash of an aside opened by the dash at k, when the clause goes on after it; else -1. */
function asideClose(toks: View['toks'], k: number, end: number): number {
  for (let j = k + 2; j < Math.min(end, k + MAX_ASIDE_TOKENS); j++) {
    const w = toks[j]!.word;
    if (w === ';' || toks[j]!.sentence !== toks[k]!.sentence) return -1;
    if (w === toks[k]!.word) return j + 1 < end && /^\p{Ll}/u.test(toks[j + 1]!.word) ? j : -1;
  }
  return -1;
}

/** True when the words from c run without a comma or quotation to "and" and a second predicate ("the attack on its leak site and posted"). */
function objectThenAnd(view: View, c: number, stop: number): boolean {
  for (let k = c + 1; k < stop; k++) {
    const t = view.toks[k]!;
    if (/^[,;:]$/.test(t.word) || quotationAt(view, t.start)) return false;
    // "reported the arrangement to the commission but had not heard back"; not "and" inside a name.
    if ((t.lower === 'and' || t.lower === 'but') && !insideMention(view, t.start)) return !hasFiniteVerb(view, c, k) && (/ed$/.test(view.toks[k + 1]?.word ?? '') || (t.lower === 'but' && (FINITE_CUES.has(view.toks[k + 1]?.lower ?? '') || /[^s]s$/.test(view.toks[k + 1]?.lower ?? '')))) && secondPredicate(view, k + 1);
  }
  return false;
}

/** True when token i is a finite verb with no subject of its own (after "and"): "and followed", "and has". */
function secondPredicate(view: View, i: number): boolean {
  const t = view.toks[i];
  if (!t || !LOWER_START.test(t.word)) return false;
  return FINITE_CUES.has(t.lower) || VERB_LEMMAS.has(t.lower) || (/[^e]ed$/.test(t.lower) && t.lower.length > 4);
}

/** Conjunctions that open a subordinate clause after a noun phrase object. */
const SUBORDINATE_OPENERS = new Set(['so', 'because', 'since', 'until', 'unless', 'although', 'though', 'whereas']);

/** Words that open an aside in commas ("including", "such as"). */
const ASIDE_OPENERS = /^(?:including|such|notably|mostly|mainly|among)$/;

/**
 * `X, who described him as "…," said the party would …`: after a quotation closed inside the
 * subject, the verb takes a clause (a finite verb before any comma), not an inverted speaker.
 */
function clauseAfterQuotation(view: View, v: number, end: number): boolean {
  const toks = view.toks;
  if (relativeBeforeQuotation(view, v) < 0) return false;
  for (let c = v + 1; c < end && c <= v + MAX_FINITE_SEARCH_TOKENS; c++) {
    if (/^[,.;:]$/.test(toks[c]!.word) || quotationAt(view, toks[c]!.start)) return false;
    if (FINITE_CUES.has(toks[c]!.word)) return true;
  }
  return false;
}

/** The first comma from token c before `stop` outside quotations (where a relative clause closes), else `stop`. */
/** True when the verb at v sits in a relative clause on its subject ("a group that has argued that …"). */
function subjectRelative(view: View, v: number): boolean {
  const toks = view.toks;
  let k = v - 1;
  while (k > 0 && BETWEEN_SPEAKER_AND_VERB.has(toks[k]!.lower)) k--;
  return /^(?:who|that|which)$/.test(toks[k]!.lower) && /^\p{Ll}+$/u.test(toks[k - 1]?.word ?? '');
}

/** `X, a group that has argued that A, said …`: the content ends where the main clause's verb follows a comma. */
function predicateResumes(view: View, c: number, stop: number): number {
  const toks = view.toks;
  for (let k = c + 1; k < stop - 1; k++) {
    const next = toks[k + 1]!;
    if (toks[k]!.word === ',' && !quotationAt(view, toks[k]!.start) && LOWER_START.test(next.word) && (FINITE_CUES.has(next.lower) || (verbAt(view, k + 1) !== undefined && /(?:ed|said|told|says|wrote)$/.test(next.lower)))) return k;
  }
  return stop;
}

function relativeEnd(view: View, c: number, stop: number): number {
  for (let k = c + 1; k < stop; k++) if (view.toks[k]!.word === ',' && !quotationAt(view, view.toks[k]!.start)) return k;
  return stop;
}

/** True when "to" at k is a preposition ("payments to about 1,600 families"), not an infinitive's mark. */
function prepositionTo(toks: View['toks'], k: number): boolean {
  const next = toks[k + 1];
  if (!next) return false;
  return DETERMINERS.has(next.lower) || DIGIT_START.test(next.word) || UPPER_START.test(next.word) || TO_OBJECT_OPENERS.test(next.lower) || /[^su]s$/.test(next.lower);
}
/** Words that open a noun phrase after "to", besides determiners (which include "his", "some", "each"). */
const TO_OBJECT_OPENERS = /^(?:about|around|nearly|almost|more|all|both|at|up|over|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|dozens|hundreds|thousands|millions|half)$/;

/** True when tokens from c hold a finite verb soon (a clause, not a noun phrase object). */
/** "a hastily called briefing": an adverb after a determiner before the word at k. */
const adverbAfterDeterminer = (toks: View['toks'], k: number): boolean => /ly$/.test(toks[k - 1]?.lower ?? '') && DETERMINERS.has(toks[k - 2]?.lower ?? '');

function hasFiniteVerb(view: View, c: number, end: number, anywhere = false): boolean {
  const toks = view.toks;
  const limit = Math.min(end, c + (anywhere ? MAX_CONTENT_TOKENS : MAX_FINITE_SEARCH_TOKENS));
  for (let k = c; k < limit; k++) {
    const w = toks[k]!.lower;
    // A quotation inside is a clause's words, not a quoted infinitive ("declared the incident "to protect …"").
    const quoted = k > c ? quotationAt(view, toks[k]!.start) : undefined;
    if (quoted) return anywhere || quoted.start !== toks[k]!.start || toks[k + 1]?.lower !== 'to';
    // The second half of a compound is no verb ("ransomware-related settlements").
    if (k > c && toks[k - 1]!.end === toks[k]!.start && /^[-‑]$/.test(toks[k - 1]!.word)) continue;
    // A clause's verb comes before its first comma or infinitive ("his plan to choose …"), and
    // before a subordinate clause ("declared a state of emergency so he could …").
    // "insurance, rents and electricity were …": the commas of a list in the clause's subject.
    if (!anywhere && w === ',' && k > c && listThenVerb(view, k + 1, limit)) continue;
    // "rifles, including at least one M16, had been used": an aside in commas inside the subject.
    if (!anywhere && w === ',' && k > c && ASIDE_OPENERS.test(toks[k + 1]?.lower ?? '')) {
      let close = k + 2;
      while (close < limit && toks[close]!.word !== ',' && !/^[.;:]$/.test(toks[close]!.word)) close++;
      if (toks[close]?.word === ',') {
        k = close;
        continue;
      }
    }
    // "so-called" opens no subordinate clause.
    const opener = SUBORDINATE_OPENERS.has(w) && !(toks[k + 1]?.start === toks[k]!.end && /^[-‑]$/.test(toks[k + 1]!.word));
    if (!anywhere && (w === ',' || (w === 'to' && !prepositionTo(toks, k)) || w === ';' || w === ':' || (k > c && opener))) return false;
    // "announced the schedule … and followed it up": a second predicate of the reporting verb's subject.
    if (!anywhere && w === 'and' && k > c && secondPredicate(view, k + 1)) return false;
    if ((w === "'s" || w === '’s') && k > c && /^(?:he|she|it|that|there|what|who|this|here)$/.test(toks[k - 1]!.lower)) return true;
    if (FINITE_CUES.has(w)) return k > c || !/^(?:has|have|had|is|are|was|were|will|would|can|could|may|might|should|must|do|does|did)$/.test(w);
    if (toks[k + 1]?.lower === 'by') continue;
    // "the cost", "22 sold units": a past form that is also a noun or an adjective, after a determiner or a number.
    if (IRREGULAR_PAST.has(w) && k > c && !(NOUN_LIKE_PAST.has(w) && (DETERMINERS.has(toks[k - 1]!.lower) || DIGIT_START.test(toks[k - 1]!.word)))) return true;
    // "schools in neighboring states already keep such deals": a word after an adverb of frequency is the verb.
    if (k > c + 1 && FREQUENCY_ADVERBS.test(toks[k - 1]!.lower) && /^\p{Ll}{3,}$/u.test(toks[k]!.word) && !/ly$/.test(w) && !DETERMINERS.has(w) && !NOT_CONTENT.test(w) && toks[k - 2]!.lower !== 'to' && !MODAL_OR_DO.test(toks[k - 2]!.lower) && !FINITE_CUES.has(toks[k - 2]!.lower)) return true;
    // "Revocations of this kind remain rare": a plural's present of a verb that is never a noun.
    if (k > c && PRESENT_ONLY.test(w) && toks[k - 1]!.lower !== 'to' && !MODAL_OR_DO.test(toks[k - 1]!.lower) && !DETERMINERS.has(toks[k - 1]!.lower)) return true;
    // Not after a determiner or a number ("21 confirmed cases"), nor a determiner and an adverb ("a hastily called briefing").
    if (k > c && LOWER_START.test(toks[k]!.word) && /[^e]ed$|[^aeiou]ied$|eed$|[aeiou]ed$/.test(w) && w.length > 4 && !DETERMINERS.has(toks[k - 1]!.lower) && !DIGIT_START.test(toks[k - 1]!.word) && !adverbAfterDeterminer(toks, k)) return true;
    if (k > c && /[^s']s$/.test(w) && LOWER_START.test(toks[k]!.word) && (PRONOUNS[toks[k - 1]!.lower] || /^(?:this|that|there|which|who)$/.test(toks[k - 1]!.lower))) return true;
    // "The Cathedral of St Oswin plans to sell …": a verb in -s right after a name.
    if (k > c && /[^s'u]s$/.test(w) && w.length > 3 && LOWER_START.test(toks[k]!.word) && !DETERMINERS.has(w) && VERB_COMPLEMENT_START.test(toks[k + 1]?.lower ?? '') && namesSubject(view, toks[k - 1]!.end)) return true;
    // "Unemployment stands at 32.9 per cent": a capitalised noun opening the clause, then a verb in -s.
    if (k === c + 1 && /[^s'u]s$/.test(w) && w.length > 3 && !DETERMINERS.has(w) && !ADJUNCT_PREPOSITIONS.has(toks[c]!.lower) && !SUBORDINATE_OPENERS.has(toks[c]!.lower) && LOWER_START.test(toks[k]!.word) && /^\p{Lu}\p{Ll}+[^s]$/u.test(toks[c]!.word) && view.mentions[lowerBound(view.mentions, toks[c]!.start)]?.start !== toks[c]!.start && !PREPOSITION_AFTER.test(toks[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** True when "at least" or "at most" opens a quantity at token k ("at least 12"). */
const atLeastAt = (toks: View['toks'], k: number): boolean => toks[k]?.lower === 'at' && /^(?:least|most)$/.test(toks[k + 1]?.lower ?? '');

/** Adverbs set off by commas between a reporting verb and "that" ("noted, however, that"). */
const ASIDE_ADVERBS = /^(?:however|though|moreover|also|too|again|nonetheless|nevertheless|furthermore|meanwhile|instead|privately|publicly)$/;

/** Adverbs that sit between a subject and its verb ("already keep", "still need"). */
const FREQUENCY_ADVERBS = /^(?:already|still|often|never|rarely|usually|always|routinely|increasingly|typically|generally)$/;

/** Plural present forms that are never nouns ("remain", "seem"), and the words after which they are no finite verb. */
const PRESENT_ONLY = /^(?:remain|seem|appear|tend|continue|exist)$/;
const MODAL_OR_DO = /^(?:will|would|can|could|may|might|must|should|shall|do|does|did|not|never)$/;

/** True when tokens from k are the rest of a list of short noun phrases ("rents and electricity") and then a finite verb. */
function listThenVerb(view: View, k: number, limit: number): boolean {
  const toks = view.toks;
  let words = 0;
  let joined = false;
  for (let j = k; j < limit; j++) {
    const t = toks[j]!;
    if (t.lower === 'and' || t.lower === 'or') {
      if (joined || words === 0) return false;
      joined = true;
      words = 0;
      continue;
    }
    if (t.word === ',') {
      if (joined || words === 0) return false;
      words = 0;
      continue;
    }
    if (joined && words > 0 && (FINITE_CUES.has(t.lower) || IRREGULAR_PAST.has(t.lower))) return true;
    if (!/^\p{L}[\p{L}'’-]*$/u.test(t.word) || FINITE_CUES.has(t.lower) || ++words > 3) return false;
  }
  return false;
}

/**
 * True when the tokens from c are a noun phrase object then "by <gerund>" ("estimate the
 * population by observing …"): the means comes before any verb of a clause.
 */
function objectThenMeans(view: View, c: number, stop: number): boolean {
  const toks = view.toks;
  for (let k = c + 1; k < stop && k <= c + MAX_OBJECT_TOKENS; k++) {
    const t = toks[k]!;
    if (t.lower === 'by') return /^\p{Ll}+ing$/u.test(toks[k + 1]?.word ?? '');
    if (FINITE_CUES.has(t.lower) || CLAUSE_PUNCTUATION.test(t.word) || verbLike(t)) return false;
  }
  return false;
}

/** Most tokens of a noun phrase object looked through for its relative pronoun. */
const MAX_OBJECT_TOKENS = 16;

/**
 * True when the tokens from c are a noun phrase object with a relative clause ("a bill that would
 * have …", "21 confirmed cases … on a vessel that visited …"): a determiner or a number opens it,
 * and "that", "which" or "who" comes before any auxiliary, pronoun or comma of a clause.
 */
function objectWithRelative(view: View, c: number, stop: number): boolean {
  const toks = view.toks;
  if (!DETERMINERS.has(toks[c]!.lower) && !DIGIT_START.test(toks[c]!.word)) return false;
  for (let k = c + 1; k < stop && k <= c + MAX_OBJECT_TOKENS; k++) {
    const t = toks[k]!;
    // "a false report about a traffic stop in which a man was pulled": a preposition before "which" opens a relative clause.
    if (/^(?:which|whom)$/.test(t.word) && ADJUNCT_PREPOSITIONS.has(toks[k - 1]!.lower)) return true;
    if (/^(?:that|which|who)$/.test(t.word)) return k > c + 1 && !verbAfterRelative(view, k, stop);
    if (FINITE_CUES.has(t.lower) || PRONOUNS[t.lower] || /^[,;:]$/.test(t.word) || quotationAt(view, t.start) || verbAfterNoun(view, k)) return false;
  }
  return false;
}

/** A past tense, irregular or regular ("told", "attacked"). */
function pastTense(word: string): boolean {
  return IRREGULAR_PAST.has(word) || (/[^e]ed$/.test(word) && word.length > 4);
}

/** A verb form: an auxiliary or a past tense ("was", "told", "attacked"). */
function verbLike(t: { word: string; lower: string }): boolean {
  return FINITE_CUES.has(t.lower) || pastTense(t.word);
}

/**
 * True when a second verb follows the relative clause opening at token r ("the man who attacked
 * them was arrested"): the relative clause sits in a reported clause's subject. Verbs of one group
 * ("would have allowed") count once; a further relative pronoun ends the search.
 */
function verbAfterRelative(view: View, r: number, stop: number): boolean {
  const toks = view.toks;
  let groups = 0;
  for (let j = r + 1; j < stop && j <= r + MAX_OBJECT_TOKENS; j++) {
    const t = toks[j]!;
    if (/^(?:that|which|who|whom|whose)$/.test(t.word) || /^[,;:]$/.test(t.word)) return false;
    const prev = toks[j - 1]!;
    if (verbLike(t) && !(j > r + 1 && (verbLike(prev) || /^(?:not|never|to)$/.test(prev.lower) || prev.lower.endsWith('ly'))) && ++groups >= 2) return true;
  }
  return false;
}

/** True when token k is a past tense right after a lower-case noun ("the number of cases included"), not an adjective. */
function verbAfterNoun(view: View, k: number): boolean {
  const t = view.toks[k]!;
  const prev = view.toks[k - 1]!;
  return pastTense(t.word) && LOWER_START.test(prev.word) && !DETERMINERS.has(prev.lower) && !ADJUNCT_PREPOSITIONS.has(prev.lower) && !/(?:ed|ly)$/.test(prev.lower) && prev.lower !== 'of';
}

function wordCount(view: View, r: { start: number; end: number }): number {
  return view.text.slice(r.start, r.end).split(/\s+/).length;
}

/** True when one of tokens [from, to) is "that". */
function thatWithin(view: View, from: number, to: number): boolean {
  for (let k = from; k < to && k < view.toks.length; k++) if (view.toks[k]!.lower === 'that') return true;
  return false;
}

/**
 * True when tokens first..v-1 are a name, then an apposition in commas with no verb ("Ravi
 * Mendonça, a sleep physician,") or a relative clause ("Ruth Kereama, who visited Waiora,").
 */
function appositionBefore(view: View, first: number, v: number): boolean {
  const toks = view.toks;
  // "…, Irene Achladiotis, 44, says her father …": a person's age in commas before the verb.
  if (toks[v - 1]?.word === ',' && /^\d{1,3}$/.test(toks[v - 2]?.word ?? '') && toks[v - 3]?.word === ',' && v - 4 >= first && personMentionEndingAt(view, toks[v - 4]!.end)) return true;
  let k = first;
  while (k < v - 1 && toks[k]!.word !== ',') k++;
  if (k === first || k >= v - 1) return false;
  const m = view.mentions[lowerBound(view.mentions, toks[k - 1]!.end) - 1];
  if (m === undefined || m.end !== toks[k - 1]!.end || m.start < toks[first]!.start) return false;
  return /^(?:who|which)$/.test(toks[k + 1]!.lower) || !hasFiniteVerb(view, first, v - 1, true);
}

/** Most tokens of a phrase after the verb that ends a sentence ("…, the company said in a filing to the Oslo stock exchange."). */
const MAX_TRAILING_ADJUNCT_TOKENS = 10;

/** True when tokens c..stop-1 are only a prepositional phrase and the sentence's end mark: no clause, no quotation. */
function adjunctOnly(view: View, c: number, stop: number): boolean {
  const toks = view.toks;
  const last = stop - 1;
  if (!ADJUNCT_PREPOSITIONS.has(toks[c]?.lower ?? '') || !SENTENCE_END.test(toks[last]?.word ?? '')) return false;
  for (let k = c; k < last; k++) {
    // "…, the commission said on Wednesday, leaving boats stranded.": a participle clause after the adjunct.
    if (k > c && toks[k]!.word === ',' && afterGerundComma(toks[k + 1])) return true;
    if (k - c >= MAX_TRAILING_ADJUNCT_TOKENS) return false;
    if (toks[k]!.lower === 'that' || toks[k]!.word === ',' || (verbLike(toks[k]!) && !reducedRelative(toks, k)) || quotationAt(view, toks[k]!.start)) return false;
  }
  return true;
}
const afterGerundComma = (t: { word: string; lower: string } | undefined): boolean => t !== undefined && t.word === t.lower && t.lower.length > 4 && t.lower.endsWith('ing');

/** A participle right after a document's noun ("in a report released Thursday", "in a statement issued late"): no clause of its own. */
const reducedRelative = (toks: View['toks'], k: number): boolean => /(?:ed|en|wn|nt)$/.test(toks[k]!.lower) && ADJUNCT_DOCUMENTS.test(toks[k - 1]?.lower ?? '');

/** Words that open a quantity before a number ("about 160", "more than 160,000"), not a complement ("said about it"). */
const QUANTITY_OPENERS = /^(?:about|around|over|nearly|almost|roughly|approximately|some|more|less|fewer)$/;
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|a|half|dozens?|hundreds?|thousands?|millions?|billions?)$/;

/** True when token k opens a quantity that is the subject of a reported clause ("said more than 160,000 tickets had been sold"). */
function quantityAt(view: View, k: number): boolean {
  const toks = view.toks;
  const atLeast = atLeastAt(toks, k);
  if (!QUANTITY_OPENERS.test(toks[k]?.lower ?? '') && !atLeast) return false;
  const n = toks[k + 1]?.lower === 'than' || atLeast ? k + 2 : k + 1;
  return DIGIT_START.test(toks[n]?.word ?? '') || NUMBER_WORD.test(toks[n]?.lower ?? '');
}

/** True when a body's, a person's or a place's name ends at `offset`; not a country's qualifying a plural ("U.S. citizens to leave"). */
function namesSubject(view: View, offset: number): boolean {
  const m = mentionEndingAt(view, offset);
  return m !== undefined && !/^(?:GPE|NORP)$/.test(typeOf(view, m.entity));
}

/** True when the participle at p follows a passive auxiliary of a main clause ("are routinely beaten"), not "who asked not to be named". */
function passiveListBefore(toks: View['toks'], p: number): boolean {
  for (let k = p - 1; k >= 0 && k >= p - 3; k--) {
    const w = toks[k]!.lower;
    if (/^(?:who|which|that|to)$/.test(w) || toks[k]!.word === ',') return false;
    if (/^(?:are|were|is|was|been|being|get|got)$/.test(w)) return true;
  }
  return false;
}

/** Words that open what a verb in -s takes ("plans to", "expects the", "says it"), not what follows a plural noun ("units nearby"). */
const VERB_COMPLEMENT_START = /^(?:to|the|a|an|that|its|his|her|their|it|no|more|about|up|out)$/;
/** Words after a noun in -s that make it a plural noun, not a verb ("Sales of", "Rents and"). */
const PREPOSITION_AFTER = /^(?:of|and|or|,)$/;

/** Most tokens of a source cited between a reporting verb and its clause. */
const MAX_CITED_TOKENS = 12;

/** First token of the clause after a reporting verb at v: past a hearer, adjuncts and "that". */
function contentStart(view: View, v: number, lemma: string, end: number): { c: number; that: boolean } {
  const toks = view.toks;
  // Past a phrasal verb's particle ("pointed out").
  let c = lemma.includes(' ') ? v + 2 : v + 1;
  const hearerFollows = lemma === 'tell' || /^(?:him|her|them|us|me|reporters|journalists|lawmakers|parliament|officials|residents|citizens|investigators|the)$/.test(toks[c]?.lower ?? '') && thatWithin(view, c + 1, c + 4);
  if (HEARER_VERBS.has(lemma) && hearerFollows && c < end && toks[c]!.lower !== 'that') {
    // "told reporters", "told the press", "told NPR": the hearer is a name, a pronoun or a short phrase.
    const m = view.mentions[lowerBound(view.mentions, toks[c]!.start)];
    const named = view.mentions[lowerBound(view.mentions, toks[c + 1]?.start ?? Infinity)];
    if (m && m.start === toks[c]!.start) c = lowerBound(toks, m.end);
    // "told the Military Times": the determiner and the name.
    else if (DETERMINERS.has(toks[c]!.lower) && named && named.start === toks[c + 1]!.start) c = lowerBound(toks, named.end);
    else if (DETERMINERS.has(toks[c]!.lower)) c += 2;
    else if (LOWER_START.test(toks[c]!.word) || /^(?:him|her|them|us|me)$/.test(toks[c]!.lower)) {
      c += 1;
      // "told riders and staff on Monday": two hearers.
      if (toks[c]?.lower === 'and' && /^\p{Ll}+$/u.test(toks[c + 1]?.word ?? '') && !PRONOUNS[toks[c + 1]!.lower] && !verbAt(view, c + 1)) c += 2;
    }
    else if (UPPER_START.test(toks[c]!.word)) c = pastNameWords(view, c);
    // "told AFP news agency that", "told the BBC's Today programme that", "told a news conference
    // that": the rest of the hearer's phrase, when "that" follows within a few words and no verb.
    c = thatAhead(view, c, end) ?? c;
  }
  for (let n = 0; c < end && n < MAX_TOKENS_BEFORE_CONTENT; n++) {
    const t = toks[c]!;
    if (t.lower === 'that') return { c: c + 1, that: true };
    // "reported on Tuesday, citing two people who were present, that …": past the cited source.
    if (/^(?:citing|quoting)$/.test(t.lower) && toks[c - 1]?.word === ',') {
      let k = c + 1;
      while (k < end && k < c + MAX_CITED_TOKENS && toks[k]!.word !== ',') k++;
      if (toks[k]?.word === ',' && toks[k + 1]?.lower === 'that') return { c: k + 2, that: true };
    }
    // "said in a statement carried by state media that": past the participle's phrase.
    const carried = reducedRelative(toks, c) ? thatAhead(view, c + 1, end) : undefined;
    if (carried !== undefined) {
      c = carried;
      continue;
    }
    if (t.word === ',' && toks[c + 1]?.lower === 'that') return { c: c + 2, that: true };
    // "noted, however, that": past an adverb in commas.
    if (t.word === ',' && ASIDE_ADVERBS.test(toks[c + 1]?.lower ?? '') && toks[c + 2]?.word === ',' && toks[c + 3]?.lower === 'that') return { c: c + 4, that: true };
    // "said Wednesday's quake …": a day with a possessive opens the clause.
    // "said Friday evening that": the part of the day after it.
    const dayPart = /^(?:morning|afternoon|evening|night)$/.test(t.lower) && /day$/.test(toks[c - 1]?.lower ?? '');
    if ((TIME_ADVERBS.test(t.lower) && !/^['’]s$/.test(toks[c + 1]?.word ?? '')) || dayPart || (t.lower.endsWith('ly') && t.lower.length > 4 && t.word === t.lower)) {
      c++;
      continue;
    }
    // "has argued for months that", "warned for the past two years that": a span of time.
    const span = t.lower === 'for' ? durationEnd(toks, c + 1, end) : undefined;
    if (span !== undefined) {
      c = span;
      continue;
    }
    // "said at least one group was …": a quantity opens the content.
    if (ADJUNCT_PREPOSITIONS.has(t.lower) && !atLeastAt(toks, c)) {
      let k = c + 1;
      while (k < end && k <= c + 5 && !adjunctHead(view, k)) k++;
      if (k < end && k <= c + 5 && adjunctHead(view, k)) {
        c = k + 1;
        // "in an interview with CNN", "on Monday morning"
        while (c < end && (ADJUNCT_HEADS.has(toks[c]!.lower) || DIGIT_START.test(toks[c]!.word))) c++;
        if (toks[c]?.word === ',') c++;
        continue;
      }
      // "said in a note to clients that", "warned in its annual Financial System Review that": a short phrase, then "that".
      const that = thatAhead(view, c + 1, end, MAX_HEARER_TAIL + 3);
      // "responded to the royal commission's finding that …": the clause is the noun's, not the verb's.
      if (that !== undefined && t.lower === 'to' && NOUN_COMPLEMENT.test(toks[that - 1]!.lower)) break;
      // A longer phrase only when it names one thing ("its annual Financial System Review"), with no preposition of its own.
      if (that !== undefined && (that - c - 1 <= MAX_HEARER_TAIL || !toks.slice(c + 1, that).some((x) => ADJUNCT_PREPOSITIONS.has(x.lower)))) {
        c = that;
        continue;
      }
    }
    break;
  }
  return { c, that: false };
}

/** After "for": the token past a span of time ("months", "the past two years", "more than a decade"), else undefined. */
function durationEnd(toks: View['toks'], k: number, end: number): number | undefined {
  for (let j = k; j < end && j < k + 5; j++) {
    const w = toks[j]!.lower;
    if (/^(?:days|weeks|months|years|decades|decade|year|month|week|ages|generations)$/.test(w)) return j + 1;
    if (!/^(?:the|past|last|several|many|some|a|more|than|nearly|almost|over|two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(w)) return undefined;
  }
  return undefined;
}

/** The token "that" within a hearer's tail of tokens from k, with no verb, comma or quotation before it; else undefined. */
function thatAhead(view: View, k: number, end: number, limit = MAX_HEARER_TAIL): number | undefined {
  const toks = view.toks;
  for (let j = k; j < end && j < k + limit; j++) {
    if (toks[j]!.lower === 'that') return j;
    if (toks[j]!.word === ',' || verbAt(view, j) || quotationAt(view, toks[j]!.start)) return undefined;
  }
  return undefined;
}

/** True when token k ends an adjunct ("this week", "on Twitter"); the modal "may" is no month ("said this may …"). */
function adjunctHead(view: View, k: number): boolean {
  const t = view.toks[k]!;
  if (ADJUNCT_HEADS.has(t.lower) && !FINITE_CUES.has(t.word)) return true;
  // "told Reuters by telephone from Kinshasa that": a place ends the adjunct.
  const m = view.mentions[lowerBound(view.mentions, t.end) - 1];
  return m !== undefined && m.end === t.end && (typeOf(view, m.entity) === 'GPE' || typeOf(view, m.entity) === 'LOC');
}

/** True when token i is glued to the tokens around it by a hyphen ("France" in "France-Presse"). */
function hyphenated(view: View, i: number): boolean {
  const toks = view.toks;
  const next = toks[i + 1];
  return next !== undefined && /^[-‑]$/.test(next.word) && next.start === toks[i]!.end && toks[i + 2]?.start === next.end;
}

/**
 * Just past a hearer's name the entity stage did not find, starting at token c ("Agence
 * France-Presse"): capitalised words that no known name starts, and hyphenated compounds.
 */
function pastNameWords(view: View, c: number): number {
  const toks = view.toks;
  let k = c + 1;
  for (;;) {
    const t = toks[k];
    if (!t || t.sentence !== toks[c]!.sentence) break;
    if (/^[-‑]$/.test(t.word) && t.start === toks[k - 1]!.end && UPPER_START.test(toks[k + 1]?.word ?? '') && toks[k + 1]!.start === t.end) k += 2;
    else if (UPPER_START.test(t.word) && (hyphenated(view, k) || view.mentions[lowerBound(view.mentions, t.start)]?.start !== t.start) && !PRONOUNS[t.lower] && !DETERMINERS.has(t.lower)) k++;
    else break;
  }
  return k;
}

/**
 * Reported speech sentence by sentence:
 * - `X said (that) …`, `X told Y …`, `X has maintained …`: the clause after the verb (past a
 *   hearer and adjuncts like "on Friday"), which needs "that" or a finite verb;
 * - `…, X said.` / `…, said X.` at a sentence's end: the clause before the comma;
 * - `According to X, …` / `…, according to X.` / `A, according to X, B.`;
 * - `…, but said …` / `…, adding that …`: the speaker of the sentence's earlier frame.
 * Content is cut where a later frame of the same sentence starts. Verbs inside direct quotations
 * are not frames.
 */
export function findIndirect(view: View): Quote[] {
  const out: Quote[] = [];
  const toks = view.toks;
  for (const { first, end } of view.sentenceTokens) {
    if (end <= first) continue;
    const found: Found[] = [];
    for (let v = first; v < end; v++) {
      const t = toks[v]!;
      // Reporting verbs are lower-case words of three letters or more; "According", "Per" open a sentence.
      if (t.lower.length < 3 || (t.word === t.lower ? t.lower !== 'according' && !VERB_LEMMAS.has(t.lower) : t.lower !== 'according' && t.word !== 'Per')) continue;
      if (quotationAt(view, t.start)) continue;
      if (t.lower === 'according' && toks[v + 1]?.lower === 'to') {
        const f = accordingTo(view, v, first, end);
        if (f) found.push(f);
        continue;
      }
      // "Per numbers reported by The Associated Press, …" means "according to" (rules §3.2).
      // Not "Per-Olov Näslund", a given name.
      if (t.word === 'Per' && v === first && !/^(?:request|order|orders|instructions?|demand|the|-)$/.test(toks[v + 1]?.lower ?? '')) {
        const f = accordingTo(view, v, first, end, 1);
        if (f) found.push(f);
        continue;
      }
      const f = reportAt(view, v, first, end);
      if (f) found.push(f);
    }
    if (found.length) settle(view, found, first, out);
  }
  return out;
}

/**
 * The speaker a subjectless frame ("but said", ", while noting") takes over: the previous report's
 * in its clause, else the clause's earlier subject. A semicolon starts a new clause ("…, X said;
 * unnamed experts called it …, while noting …" is not X's).
 */
function inheritedSpeaker(view: View, found: readonly Found[], i: number, first: number): Ref | null {
  const f = found[i]!;
  // "…, while the TUC welcomed … but said": a contrast after a comma opens a clause of its own; not a
  // time ("accused the government of … while AGOA lapsed last year, and said").
  const clause = afterLast(view, first, f.verbTok, CLAUSE_OPENING, true);
  let p = i - 1;
  while (p >= 0 && found[p]!.dropped) p--;
  const previous = found[p];
  const inClause = previous !== undefined && previous.verbTok >= clause ? previous.speaker : null;
  return inClause ?? (f.verbTok > clause ? earlierSpeaker(view, f.verbTok, clause) : null);
}

/**
 * The reports of one sentence into quotes: a later frame inside earlier content ends it ("A,
 * which he said B"), "but said" inherits the speaker, and of two frames with the same content the
 * one that names a speaker is kept.
 */
function settle(view: View, found: Found[], first: number, out: Quote[]): void {
  const toks = view.toks;
  // A later frame inside earlier content ends it ("A, which he said B"), and "but said" inherits.
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (f.inherits && !f.speaker) f.speaker = inheritedSpeaker(view, found, i, first);
    if (!f.forward) continue;
    for (let n = i + 1; n < found.length; n++) {
      const g = found[n]!;
      if (g.verbTok <= f.verbTok) continue;
      // "confirmed that it was working with the X Authority, which said …": the relative clause of a name ends the content.
      const relative = /^(?:which|who)$/.test(toks[g.verbTok - 1]?.lower ?? '') && toks[g.verbTok - 2]?.word === ',';
      let gFirst = relative ? g.verbTok - 2 : Math.min(g.first, g.verbTok);
      // `was “dead,” adding that …`: the closing mark belongs to the content before.
      if (gFirst < g.verbTok && quotationAt(view, toks[gFirst]!.start)?.end === toks[gFirst]!.end) gFirst++;
      const gStart = toks[gFirst]!.start;
      if (gStart >= f.end) break;
      if (gStart >= f.start && gStart < f.end) {
        // "He said residents were told to stay at home": a passive with no agent inside the
        // content is part of what was said, not a report of its own.
        if (!g.speaker && isPassive(view, g.verbTok)) {
          g.dropped = true;
          continue;
        }
        // "said Denmark and Greenland would respond "together"": a speech act still to come is part of what was said.
        if (FUTURE_MODALS.test(toks[g.verbTok - 1]?.lower ?? '')) {
          g.dropped = true;
          continue;
        }
        const cut = contentRange(view, lowerBound(toks, f.start), gFirst);
        // "X reported its source said …": nothing of X's own is left, the later frame reports it.
        if (cut) f.end = cut.end;
        else f.dropped = true;
        break;
      }
    }
  }
  for (const f of found) {
    if (f.dropped || relaysInnerReport(view, f, found)) continue;
    // The same content from two frames: the one that names a speaker.
    if (found.some((g) => g !== f && !g.dropped && g.start === f.start && g.end === f.end && (g.speaker ? 1 : 0) > (f.speaker ? 1 : 0))) continue;
    // "…, a Treasury spokeswoman said": a frame after its content ends at its verb.
    if (f.speaker) noteSpeaker(view, toks[f.first]?.start ?? f.start, Math.max(f.end, toks[f.verbTok]!.end), f.speaker);
    out.push({ kind: 'indirect', start: f.start, end: f.end, text: view.text.slice(f.start, f.end), verb: f.verb, speaker: f.speaker, rule: f.rule });
  }
}

/**
 * `Witnesses, according to The Telegraph, said …`, `According to ISNA, the minister said …`,
 * `An official said that …, Cyprus Mail reported`: an "according to" or a frame after the content
 * around another report's frame only relays that report, whose speaker is who said it (rules §3.6).
 */
function relaysInnerReport(view: View, f: Found, found: readonly Found[]): boolean {
  if (f.verb !== 'according to' && f.forward) return false;
  return found.some((g) => g !== f && !g.dropped && g.verb !== 'according to' && g.forward &&
    ((f.verb === 'according to' && g.first < f.verbTok && f.verbTok < g.verbTok) || (PLAIN_SAYING.has(g.verb) && f.start <= view.toks[g.first]!.start && view.toks[g.verbTok]!.end <= f.end)));
}

/** Most tokens of the inner speaker in "X reported the governor said." */
const MAX_INNER_SPEAKER_TOKENS = 6;

/**
 * The index of a reporting verb that ends the sentence a few words after token c, with only its
 * subject before it (`reported [the governor] said.`); undefined when the words after c are more.
 */
function innerFrameAtEnd(view: View, c: number, end: number): number | undefined {
  const toks = view.toks;
  for (let k = c + 1; k < end && k <= c + MAX_INNER_SPEAKER_TOKENS; k++) {
    if (CLAUSE_PUNCTUATION.test(toks[k]!.word) || quotationAt(view, toks[k]!.start)) return undefined;
    const lemma = verbAt(view, k);
    if (lemma) return PLAIN_SAYING.has(lemma) && !isPassive(view, k) && SENTENCE_END.test(toks[k + 1]?.word ?? '.') ? k : undefined;
  }
  return undefined;
}

/** "groups, which typically take longer …, say": a relative clause in commas closes right before the verb at v. */
function relativeBefore(toks: View['toks'], first: number, v: number): boolean {
  let c = v - 2;
  while (c > first && toks[c]!.word !== ',' && v - c <= MAX_CONTENT_TOKENS) c--;
  // "a detective who, according to the ruling, wrote": the pronoun before an aside, too.
  return toks[c]?.word === ',' && (/^(?:which|who|whose)$/.test(toks[c + 1]?.lower ?? '') || /^(?:which|who)$/.test(toks[c - 1]?.lower ?? ''));
}

/** Verbs that only report speech ("claimed" may take lives, "announced" a decision). */
const PLAIN_SAYING: ReadonlySet<string> = new Set(['say', 'tell', 'state', 'write', 'add', 'tweet']);

type Subject = ReturnType<typeof subjectOf>;

/**
 * `The Daily Telegraph, citing local paramilitary groups, reported …`: the source relayed between
 * the subject and its verb is who said it (rules §3.6), a null speaker when it is not named.
 * Undefined when there is no such source.
 */
function relayedSource(view: View, from: number, v: number): { speaker: Ref | null } | undefined {
  const toks = view.toks;
  for (let k = from + 1; k < v - 1; k++) {
    if (toks[k - 1]!.word !== ',' || !/^(?:citing|quoting)$/.test(toks[k]!.lower)) continue;
    let e = k + 1;
    while (e < v && toks[e]!.word !== ',') e++;
    if (e <= k + 1 || e >= v) return undefined;
    const speaker = speakerOfRegion(view, k + 1, e - 1);
    // "Reuters, citing anonymous sources, reported": sources it does not name are its own; it speaks.
    return speaker || !unnamedSources(view, k + 1, e) ? { speaker } : undefined;
  }
  return undefined;
}

/** True when tokens [from, to) name sources only as such ("anonymous sources", "ruling party officials"). */
function unnamedSources(view: View, from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 3; k++) if (/^(?:sources?|officials?|people|diplomats?|insiders?|aides?)$/.test(view.toks[k]!.lower)) return true;
  return false;
}

/** `"…," Baloch wrote on social media …`: the verb frames a direct quotation closed before its subject. */
function framesDirectQuote(view: View, subject: Subject, v: number, first: number): boolean {
  const mark = view.toks[subject.first - 1];
  const q = mark && quotationAt(view, mark.start);
  return q !== undefined && !subject.inherits && mark!.sentence === view.toks[v]!.sentence && subject.first - 1 >= first && /^["”»’]$/.test(mark!.word) && /[,?!\]]$/.test(view.text.slice(mark!.start - 1, mark!.start)) &&
    !nameOrTerm(view, q.start, view.text.slice(q.start + 1, mark!.start).trim());
}

/**
 * True when the passive verb at v has the subject "it" ("it was reported that …", "It has been
 * announced …"), which is followed by the reported clause; any other subject is what was reported
 * ("33 were reported hospitalised", "he is reported to be").
 */
function impersonal(view: View, v: number, first: number): boolean {
  let j = v - 1;
  while (j > first && (BETWEEN_SPEAKER_AND_VERB.has(view.toks[j]!.lower) || /^\p{Ll}+ly$/u.test(view.toks[j]!.word))) j--;
  return view.toks[j]?.lower === 'it';
}

/** Reported speech framed by the reporting verb at token v of the sentence [first, end), if any. */
function reportAt(view: View, v: number, first: number, end: number): Found | undefined {
  const toks = view.toks;
  const t = toks[v]!;
  const lemma = verbAt(view, v);
  if (!lemma || !INDIRECT_LEMMAS.has(lemma)) return undefined;
  if (t.lower.endsWith('ing')) {
    let p = v - 1;
    while (p > first && /^(?:further|also|then|later|while|before|after|repeatedly|publicly)$/.test(toks[p]!.lower)) p--;
    const prev = toks[p];
    // "released a statement saying …": the document speaks for whoever issued it.
    const that = toks[lemma.includes(' ') ? v + 2 : v + 1]?.lower === 'that';
    const ok = prev && (prev.word === ',' || (commaInsideClose(view, prev) && that) || withSubject(view, v) !== undefined || PRONOUNS[prev.lower] || UPPER_START.test(prev.word) || prev.lower === 'with' || prev.lower === 'as' || /^(?:statement|release|letter|message|notice|announcement|communique|tweet|post|motion|lawsuit|suit|complaint|petition|filing|report)$/.test(prev.lower));
    if (!ok) return undefined;
  }
  if (modalWithObject(view, v, lemma)) return undefined;
  // "…, a charge it denies": a relative clause on a noun for what was said, no frame.
  if (/^(?:charge|charges|claim|claims|accusation|accusations|allegation|allegations|assertion|suggestion|characterization|characterisation)$/.test(toks[v - 2]?.lower ?? '') && PRONOUNS[toks[v - 1]?.lower ?? '']) return undefined;
  // "did not say he'd ordered it": a report withheld is not reported speech (rules §3.5).
  let n = v - 1;
  while (n > first && BETWEEN_SPEAKER_AND_VERB.has(toks[n]!.lower) && !NEGATIONS.has(toks[n]!.lower)) n--;
  if (NEGATIONS.has(toks[n]?.lower ?? '')) return undefined;
  if (nobodyBefore(toks, v, first)) return undefined;
  // "are routinely beaten, denied medical care and held …": a participle in a list of the clause's own.
  if (toks[v - 1]?.word === ',' && /(?:ed|en)$/.test(t.lower) && /^\p{Ll}+(?:ed|en)$/u.test(toks[v - 2]?.word ?? '') && !VERB_LEMMAS.has(toks[v - 2]!.lower) && passiveListBefore(toks, v - 2)) return undefined;
  // `"…," said X` frames a direct quotation, not reported content; `"…", saying …` is a participle of the clause.
  const before = toks[v - 1];
  if (!before || v === first || /^[;:(]$/.test(before.word)) return undefined;
  // `was “dead,” adding that …`: a participle with "that" after a quotation reports a clause of its own.
  const participleThat = t.lower.endsWith('ing') && toks[lemma.includes(' ') ? v + 2 : v + 1]?.lower === 'that';
  if ((/^["”»’']$/.test(before.word) && !participleThat && !clauseAfterQuotation(view, v, end)) || (before.word === ',' && !t.lower.endsWith('ing') && quotationAt(view, toks[v - 2]?.start ?? -1))) return undefined;
  // The subject is read only where a report is possible (it costs the most).
  let subject: Subject | undefined;
  const passive = isPassive(view, v);
  let { c, that } = contentStart(view, v, lemma, end);
  if (passive && (toks[c]?.lower === 'by' || toks[v + 1]?.lower === 'by')) return undefined;
  // "33 were reported hospitalised": only "it" is followed by a clause after a passive of saying.
  if (passive && !HEARER_VERBS.has(lemma) && !impersonal(view, v, first)) return undefined;
  let forward = true;
  let range: { start: number; end: number } | undefined;
  // "X, which protesters said had been its main buyer, said …": a relative frame's content ends with the relative clause.
  const relative = relativeFrame(view, v);
  const stop = relative !== undefined ? relativeEnd(view, c, contentEnd(view, c, end)) : subjectRelative(view, v) ? predicateResumes(view, c, contentEnd(view, c, end)) : contentEnd(view, c, end);
  const tc = toks[c];
  const quoteAtStart = tc && quotationAt(view, tc.start);
  // A full quotation right after the verb is direct speech ("tweeted "…" and offered …").
  // Not "repeated that "the Commission has no role whatsoever" in national electoral decisions": the clause goes on past it (rules §2.6).
  const after = quoteAtStart ? lowerBound(toks, quoteAtStart.end) : -1;
  const goesOn = after > c && after < stop && /^\p{Ll}/u.test(toks[after]!.word) && !/^(?:and|but|or)$/.test(toks[after]!.lower) && wordsOutsideQuotations(view, after, stop) >= MIN_CONTENT_WORDS;
  const directOnly = quoteAtStart && (quoteAtStart.end >= toks[stop - 1]!.start || (wordCount(view, quoteAtStart) >= MIN_SPEECH_WORDS && !goesOn));
  // Verbs of saying take a clause; others ("announced", "confirmed") also take a noun phrase, so
  // their bare complement needs a finite verb to count.
  // "claimed a missile attack on …", "claims 90,000 members": "claim" takes a noun phrase as often as a clause.
  const clausal = (CLAUSAL.has(lemma) && !(lemma === 'claim' && (/^(?:a|an)$/.test(tc?.lower ?? '') || DIGIT_START.test(tc?.word ?? '')))) || (lemma === 'tell' && c > v + 1);
  const opensClause = tc !== undefined && CLAUSE_OPENER.test(tc.word);
  // "…, said Information Minister X on Sunday": after a comma, words without a verb are the speaker of an inverted frame.
  // "the books, which she said had each gone through …": a relative frame's content lacks its subject.
  const finite = tc !== undefined && (hasFiniteVerb(view, c, stop) || (relative !== undefined && verbLike(tc)));
  // "X, a physician, said …" closes an apposition to a name: no inverted frame.
  const inverted = before.word === ',' && !finite && !appositionBefore(view, first, v);
  // "said on Wednesday, leaving boats stranded": a participle after the adjunct belongs to the sentence.
  const participle = toks[c - 1]?.word === ',' && afterGerundComma(tc);
  // "their union said on Tuesday, after talks collapsed": a subordinate clause after the adjunct belongs to the sentence.
  const subordinate = toks[c - 1]?.word === ',' && c > v + 1 && ADJUNCT_CLAUSE_OPENERS.test(tc?.lower ?? '');
  // "…, X told staff in a memo on Tuesday, the company's second round of cuts": an apposition to the clause before, no content.
  const apposed = toks[c - 1]?.word === ',' && c > v + 2 && /(?:ed|said|told|says|wrote)$/.test(t.lower) && !finite && !toks.slice(c, stop).some((x) => x.lower === 'that');
  // "claimed the attack on its leak site and posted …": a noun phrase, then the subject's second predicate.
  // "reported the arrangement to the commission but had not heard back": a verb that takes a noun phrase, then a second predicate.
  const objectThenPredicate = (!finite || (!clausal && DETERMINERS.has(tc?.lower ?? ''))) && objectThenAnd(view, c, stop);
  const bare = tc !== undefined && !inverted && !participle && !subordinate && !apposed && !THAT_ONLY.has(lemma) && (!NOT_CONTENT.test(tc.lower) || quantityAt(view, c)) && !/^[,.;:!?)]$/.test(tc.word) && ((finite && !objectThenPredicate) || (clausal && opensClause && !objectThenPredicate)) && (clausal || !objectWithRelative(view, c, stop)) && !objectThenMeans(view, c, stop);
  // "…, CNN reported the governor said.": the inner frame's speaker said the clause before (rules §3.6).
  const inner = that ? undefined : innerFrameAtEnd(view, c, end);
  if (tc && c < end && !directOnly && (that || bare) && inner === undefined) {
    range = contentRange(view, c, stop);
  }
  if (range) {
    // "a gap that growers say is being absorbed": the relative clause's own subject, no further back.
    const own = relative !== undefined && !PRONOUNS[toks[v - 1]!.lower];
    const from = relative ?? v - 1;
    subject = withSubject(view, v) ?? (own ? { speaker: speakerOfRegion(view, from, v - 1), first: from } : subjectOf(view, v, first));
    if (framesDirectQuote(view, subject, v, first)) return undefined;
  } else if (!directOnly) {
    // "…, officials said." / "…, said X.": the clause before the frame (not before "says '…'", which frames the quotation).
    const tail = inner !== undefined || apposed || participle || subordinate || c >= stop || SENTENCE_END.test(toks[c]?.word ?? '.') || (toks[c]?.word === ',' && (toks[c + 1]?.lower ?? '').endsWith('ing')) || (stop - c <= 2 && !hasFiniteVerb(view, c, stop)) || adjunctOnly(view, v + 1, stop);
    // "A, officials said, B.": the frame sits inside the content, which is the whole sentence.
    const inside = toks[c]?.word === ',' && c - v <= 3 && c + 1 < end && !CONTENT_BREAK_AFTER_COMMA.test(toks[c + 1]!.lower) && toks[c + 1]!.lower !== 'that' && !quotationAt(view, toks[c + 1]!.start);
    if (tail || inside) {
      subject = subjectOf(view, v, first);
      if (framesDirectQuote(view, subject, v, first)) return undefined;
      // "Scrivio, a start-up whose software … drafts clinical notes, has raised": a relative clause, no frame inside.
      if (inside && subject && !tail && toks.slice(subject.first, v).some((x) => /^(?:whose|who|which)$/.test(x.lower))) return undefined;
    }
    const comma = subject ? subject.first - 1 : -1;
    // "…, which he denied.": a relative clause about a noun phrase, not a frame.
    const relative = /^(?:which|who|whom|that)$/.test(toks[comma + 1]?.lower ?? '');
    // "A; B, his father says, C": the content is the clause after the semicolon.
    // "GENEVA — Measles cases … rose …, the WHO said": the content starts after a dateline.
    const from = subject && comma > first ? afterLast(view, datelineEnd(view, first, comma), comma, SEMICOLON) : first;
    // "…, according to an inspection report the agency posted online": a verb inside the source names no frame.
    const source = toks[comma + 1]?.lower === 'according';
    if (subject && comma > from && toks[comma]!.word === ',' && (tail || inside) && !subject.inherits && !relative && !source && hasFiniteVerb(view, from, inside ? end : comma, true)) {
      const q = quotationAt(view, toks[from]!.start);
      if ((!q || q.end < toks[comma - 1]!.start) && wordsOutsideQuotations(view, from, comma) + (inside ? wordsOutsideQuotations(view, c, end) : 0) >= MIN_CONTENT_WORDS) range = inside ? contentRange(view, from, contentEnd(view, c, Math.min(end, from + MAX_CONTENT_TOKENS))) : contentRange(view, from, comma);
      forward = false;
    } else if (toks[v - 1]?.word === ',' && v - 1 > first && !t.lower.endsWith('ing') && (t.lower !== lemma || lemma === 'say')) {
      // Not "The memo does, in a footnote, acknowledge …": a bare form after a comma is no inverted frame ("…, say analysts" is).
      // Inverted: "…, said the minister."
      const q = quotationAt(view, toks[first]!.start);
      let e = v + 1;
      while (e < end && !CLAUSE_PUNCTUATION.test(toks[e]!.word) && !/^["“”«»]$/.test(toks[e]!.word)) e++;
      // "Cherry, who led the petition, said, "…"": no speaker after the verb, so not inverted; nor
      // "…, Jennifer Newstead, said in a blog post.", where an adjunct follows the verb.
      // "A member …, asked whether …, said only: "…"": a colon after the verb opens a direct quotation.
      if (e === v + 1 || ADJUNCT_PREPOSITIONS.has(toks[v + 1]!.lower) || appositionBefore(view, first, v) || relativeBefore(toks, first, v) || toks[e]?.word === ':') return undefined;
      // "…, its head of mission, Lena Hartwig, told AFP by phone": "told" is never inverted; the
      // phrase before it is its subject and what follows the hearer.
      const teller = lemma === 'tell' ? subjectOf(view, v, first) : undefined;
      const before = teller ? teller.first - 1 : -1;
      if (teller?.speaker && before > first && toks[before]!.word === ',' && hasFiniteVerb(view, first, before - 1, true)) {
        range = contentRange(view, first, before);
        return range ? report(v, teller.first, range, lemma, teller.speaker, false, 'clause-x-said', false) : undefined;
      }
      if ((!q || q.end < toks[v - 2]!.start) && hasFiniteVerb(view, first, v - 1, true)) {
        range = contentRange(view, first, v - 1);
        if (range && framesDirectQuote(view, subject ?? subjectOf(view, v, first), v, first)) return undefined;
        if (range) return report(v, v - 1, range, lemma, teller?.speaker ?? speakerOfRegion(view, v + 1, e - 1), false, 'clause-said-x', false);
      }
      return undefined;
    }
  }
  if (!range || !subject) return undefined;
  if (inner !== undefined) return report(v, subject.first, range, verbAt(view, inner)!, speakerOfRegion(view, c, inner - 1), false, 'clause-x-said-y-said', false);
  return report(v, subject.first, range, lemma, (relayedSource(view, subject.first, v) ?? subject).speaker, subject.inherits ?? false, forward ? (that ? 'verb-that' : 'verb-clause') : 'clause-x-said', forward);
}

/** Words that open a subordinate clause of time or cause. */
const ADJUNCT_CLAUSE_OPENERS = /^(?:after|before|when|while|because|since|although|though|as|once|until|despite|amid|following)$/;

/** What a body issues: "according to its press release" speaks for the body. */
const ISSUED = /^(?:statement|release|announcement|report|website|account|tweet|post|data|figures|polling|poll|survey|study)$/;

/** Words of tokens [from, to) outside quotations ("however, "…"" has one): reported content needs some (rules §2.6). */
function wordsOutsideQuotations(view: View, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (HAS_LETTER_OR_DIGIT.test(view.toks[k]!.word) && !quotationAt(view, view.toks[k]!.start)) n++;
  return n;
}

/** The first token after the last word matching `breaks` in [first, to), outside quotations; `first` when there is none. */
function afterLast(view: View, first: number, to: number, breaks: RegExp, afterComma = false): number {
  for (let k = to - 1; k > first; k--) if (breaks.test(view.toks[k]!.lower) && !quotationAt(view, view.toks[k]!.start) && (!afterComma || view.toks[k]!.word === ';' || view.toks[k - 1]!.word === ',')) return k + 1;
  return first;
}
const SEMICOLON = /^;$/;
/** A semicolon, or a word that opens a clause set against the one before, with a subject of its own ("…, while the TUC welcomed … but said"). */
const CLAUSE_OPENING = /^(?:;|while|whereas|whilst)$/;

/**
 * The last token of a source before the place it sits in ("the Centers for Disease Control and
 * Prevention [in the United States]"): a capitalised name, then "in" and a place to the end.
 */
function beforeSeat(view: View, from: number, se: number): number {
  const toks = view.toks;
  for (let k = from + 1; k < se; k++) {
    if (toks[k]!.lower !== 'in' || !UPPER_START.test(toks[k - 1]!.word)) continue;
    const n = toks[k + 1]!.lower === 'the' ? k + 2 : k + 1;
    const m = view.mentions[lowerBound(view.mentions, toks[n]!.start)];
    if (m && m.start === toks[n]!.start && m.end === toks[se]!.end && typeOf(view, m.entity) === 'GPE') return k - 1;
  }
  return se;
}

/** A relative pronoun after a source ("according to CNN who reported …"); "WHO" in capitals is a name. */
const RELATIVE = /^(?:who|which)$/;

/** True when an apposition to a clause opens at token k ("a gap that growers say …", "a rise which …"). */
function appositionAt(toks: View['toks'], k: number): boolean {
  return /^(?:a|an)$/.test(toks[k]?.word ?? '') && (/^(?:that|which)$/.test(toks[k + 2]?.lower ?? '') || /^(?:that|which)$/.test(toks[k + 3]?.lower ?? ''));
}

/** The organisation named with a possessive at token i ("Baoyue's net loss"), else null. */
function ownerAt(view: View, i: number): Ref | null {
  const m = view.mentions[lowerBound(view.mentions, view.toks[i]!.start)];
  if (!m || m.start !== view.toks[i]!.start || !/^['’]s\b/.test(view.text.slice(m.end, m.end + 3)) || typeOf(view, m.entity) !== 'ORG') return null;
  return speakerOfRegion(view, i, lowerBound(view.toks, m.end) - 1);
}

/** `According to X, …`, `…, according to X.`, `A, according to X, B.` in the sentence [first, end). */
function accordingTo(view: View, v: number, first: number, end: number, words = 2): Found | undefined {
  const toks = view.toks;
  let e = v + words;
  // The comma inside a date ("according to a June 3, 2021 NATO press release") does not end the source.
  // Nor does one inside a name ("the Agency for Integration, Migration and Asylum").
  while (e < end && (!/^[,;:.!?—]$/.test(toks[e]!.word) || (toks[e]!.word === ',' && ((inDate(toks, e - 1) && inDate(toks, e + 1)) || insideMention(view, toks[e]!.start)))) && !quotationAt(view, toks[e]!.start) && !(e > v + words && RELATIVE.test(toks[e]!.word))) e++;
  if (e === v + words) return undefined;
  // "according to Gazeta Wyborcza in March": a time after the source is not part of it.
  let se = e - 1;
  for (let k = v + words + 1; k < e - 1; k++) {
    if (k + 2 === e && /^(?:in|on|last|this|earlier)$/.test(toks[k]!.lower) && TIME_WORD.test(toks[k + 1]!.word)) {
      se = k - 1;
      break;
    }
  }
  se = beforeSeat(view, v + words, se);
  let speaker = speakerOfRegion(view, v + words, se, false, true);
  // "According to its press release, the NBA was …": the pronoun looks ahead to the clause's subject.
  if (v === first && /^(?:its|their|his|her)$/.test(toks[v + words]!.lower) && ISSUED.test(toks[se]!.lower) && toks[e]?.word === ',' && e + 1 < end) {
    speaker = mainSubject(view, e + 1, end - 1) ?? speaker;
  }
  // "The agency recorded 38,412 cases, according to its latest bulletin.": the pronoun is the clause's subject.
  // "Baoyue's net loss widened …, according to its annual results": the owner that opens the clause.
  if (!speaker && v > first && /^(?:its|their)$/.test(toks[v + words]!.lower)) speaker = mainSubject(view, first, v - 1) ?? ownerAt(view, first);
  // "According to the El Paso mayor, Dee Margo, …": the name in the apposition.
  if (toks[e]?.word === ',') {
    const m = view.mentions[lowerBound(view.mentions, toks[e + 1]?.start ?? Infinity)];
    const after = m ? lowerBound(toks, m.end) : -1;
    // Not after a plural or a document ("According to official statements, Trump, now …, is …").
    const head = toks[e - 1]!;
    const notOnePerson = LOWER_START.test(head.word) && (/[^s]s$/.test(head.lower) || ISSUED.test(head.lower));
    const named = namedAfter(view, v + words, e);
    if (m && m.start === toks[e + 1]!.start && toks[after]?.word === ',' && typeOf(view, m.entity) === 'PERSON' && !notOnePerson) {
      speaker = speakerOfRegion(view, e + 1, after - 1);
      e = after;
    } else if (named && named.ref && SENTENCE_END.test(toks[named.end]!.word)) {
      // "…, according to the agency, AFAD.": the body named in the apposition.
      speaker = named.ref;
      e = named.end;
    }
  }
  // "According to X, …" (maybe after an introductory adverb: "Longer term, according to X, …").
  let range: { start: number; end: number } | undefined;
  if (v === first) {
    if (toks[e]?.word !== ',') return undefined;
    range = contentRange(view, e + 1, contentEnd(view, e + 1, end));
  } else if (e >= end - 1 || SENTENCE_END.test(toks[e]!.word) || RELATIVE.test(toks[e]!.word) || (toks[e]!.word === ',' && (RELATIVE.test(toks[e + 1]?.word ?? '') || appositionAt(toks, e + 1)))) {
    // "…, according to X.", "… according to X who reported that …", "…, according to X, which said …",
    // "…, according to X, a gap that …" (an apposition to the clause before).
    const q = quotationAt(view, toks[first]!.start);
    if (q && q.end >= toks[v - 1]!.start) return undefined;
    // `"…," the engineer told the committee, according to a statement`: the quotation has its frame.
    if (q) for (let k = lowerBound(toks, q.end); k < v; k++) if (verbAt(view, k)) return undefined;
    range = contentRange(view, datelineEnd(view, first, v), v);
  } else {
    // "A, according to X, B.": the whole sentence (past a dateline).
    range = contentRange(view, datelineEnd(view, first, end), end);
  }
  if (!range) return undefined;
  const q = quotationAt(view, range.start);
  if (q && q.end >= range.end - 2) return undefined;
  return report(v, v, range, 'according to', speaker, false, 'according-to', false);
}
