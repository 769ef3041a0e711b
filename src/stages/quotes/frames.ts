import type { EntityType, Ref } from '../../model/doc.js';
import { documentIssuedBy, listedMembers, MAX_DOCUMENT_MODIFIERS, listedSubject, pronounSpeaker, refOf, speakerOfRegion } from './speaker.js';
import { NAME_PARTICLES } from './canonical.js';
import { MAX_FRAME_LOOKBACK_TOKENS, MAX_FRAME_TOKENS, MAX_SUBJECT_TOKENS, MAX_VERB_AFTER_TOKENS } from './thresholds.js';
import { ADJUNCT_DOCUMENTS, ADJUNCT_PREPOSITIONS, ANONYMITY, AS_ONLY_LEMMAS, BETWEEN_SPEAKER_AND_VERB, CLAUSE_BREAKS, DETERMINERS, DOCUMENT_NOUNS, FINITE_CUES, INDIRECT_LEMMAS, INSTITUTION_HEADS, INTRODUCERS, ORG_NOUNS, PREPOSITIONS, PRONOUNS, THAT_ONLY, THING_OBJECT, TIME_PHRASE_END, VERB_LEMMAS } from './verbs.js';

/** Words after which a verb-looking word is a noun or gerund. */
const NOUN_BEFORE = new Set(['in', 'of', 'on', 'at', 'for', 'from', 'by', 'after', 'before', 'about', 'amid', 'despite', 'without', 'upon', 'into', 'under', 'over', 'between', 'among', 'via', 'with', 'against', 'through', 'during', 'within', 'across', 'toward', 'towards']);

/** Words that open a clause of what or how ("… described how the attack unfolded"). */
const CLAUSE_WORDS = /^(?:how|that|what|where|why|whether|which|who|while)$/;
/** Words that open a subordinate clause or a phrase: a subject read backwards stops at them. */
const SUBORDINATORS = new Set([
  'despite', 'after', 'before', 'when', 'because', 'since', 'as', 'if', 'than', 'unless', 'until', 'upon', 'once',
  'whether', 'where', 'so', 'and', 'then', 'also', 'amid', 'following', 'like', 'unlike', 'whom',
]);
/** What a body or a person speaks through ("in a statement signed by …", "in a speech read on his behalf by …"). */
const STATEMENT_NOUNS = /^(?:statement|speech|letter|release|message|post|video|address|communiqué|communique)$/;
/** Tokens looked back over for "…, in a statement signed by …, said". */
const MAX_THROUGH_TOKENS = 30;
/** Words that open a new clause: an attribution read after a quotation stops there. */
const CLAUSE_OPENERS = new Set(['while', 'and', 'but', 'as', 'which', 'who', 'when', 'after', 'before', 'because', 'although', 'though', 'if', 'so', 'then', 'that', 'where', 'whereas', 'yet', 'since', 'until']);

/** Words after a quotation that start a new clause rather than its attribution. */
const NOT_ATTRIBUTION = new Set([
  'while', 'and', 'but', 'as', 'which', 'who', 'when', 'after', 'before', 'because', 'although', 'though', 'with',
  'amid', 'despite', 'if', 'so', 'then', 'that', 'where', 'or', 'than', 'for', 'to', 'in', 'on', 'of', 'from', 'at',
  'by', 'the', 'a', 'an', 'this', 'these', 'those', 'since', 'until', 'whereas', 'yet', 'referring',
]);
import { datelineEnd, insideMention, lowerBound, mentionEndingAt, mentionsIn, personEndingAt, personMentionEndingAt, personStartingAt, quotationAt, speakersOf, tokenAt, typeOf, type View } from './view.js';
import { DASH, LETTER_START, LOWER_START, UPPER_START } from './letters.js';
import { PARTY_STATE, PERSON_NOUNS } from '../../lexicon/titles.js';
import { NICKNAME } from '../../lexicon/names.js';
import { ROLE_WORDS } from './person.js';

/** A comma right before a closing quotation mark (`"…,"`). */
const COMMA_BEFORE_MARK = /,\s*["”’»']$/;
/** A question or exclamation closing a quotation the sentence goes on after (`"…?" the Czech said`). */
const ASKED_BEFORE_MARK = /[?!]\s*["”’»']$/;
/** Articles, which may open a speaker's noun phrase after a quotation. */
const ARTICLES = new Set(['the', 'a', 'an']);

/** A sentence-final mark. */
const SENTENCE_END = /^[.!?]$/;
/** Punctuation that ends a clause. */
const CLAUSE_PUNCTUATION = /^[,.;:!?]$/;

/** Words that open a phrase that is not a noun phrase ("speaking to X", "in …"). */
const NOT_NOUN_PHRASE = /^(?:\p{Ll}+ing|to|in|at|on|with|after|before|during|for|from|who|which|run|led|founded|owned|backed|chaired|headed|managed|based|operated|controlled)$/u;

/** A lower-case word of three letters or more. */
const LOWER_WORD = /^\p{Ll}{3,}$/u;
/** Digits only. */
const NUMBER = /^\p{N}+$/u;
/** A capitalised participle ("Calling"). */
const OPENING_PARTICIPLE = /^\p{Lu}\p{Ll}+ing$/u;

/** Who said it and with which verb; `end` is where the attribution's words end. */
export interface Frame {
  speaker: Ref | null;
  verb: string;
  /** Token index of the verb ("according" for "according to"). */
  verbTok: number;
  /** First token of the speaker phrase (for cutting reported content before a later frame). */
  first: number;
  end: number;
  /** The speaker comes from an earlier frame of the sentence ("…, but said …"). */
  inherits?: boolean;
}

const PUNCT = /^[,.;:!?—–…]$/;
const QUOTE_MARK = /^["“”„«»‘’']$/;
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/** Conjunctions that open a reduced clause ("if written by …", "when asked …"). */
const REDUCED_CLAUSE_OPENERS = new Set(['if', 'unless', 'although', 'until', 'whether']);
/** A past participle form ("written", "reported", "told"). */
const PAST_PARTICIPLE = /(?:ed|en|told|said|read)$/;

/** The lemma of a reporting verb at token i, or undefined (capitalised words and nouns are not verbs). */
/** Words that open a noun object ("announce a nominee", "confirm its plans"). */
const OBJECT_OPENERS = /^(?:a|an|the|its|his|her|their)$/;

/**
 * "the president would announce a nominee (…)": after a modal, a verb of saying with a noun object
 * reports nothing (not "would say the …", which takes a clause).
 */
export function modalWithObject(view: View, v: number, lemma: string): boolean {
  const toks = view.toks;
  // "victims should report attacks as early as possible": a bare plural object too, unless a clause follows it ("warn officials that").
  const plural = /^\p{Ll}{3,}s$/u.test(toks[v + 1]?.word ?? '') && toks[v + 2]?.lower !== 'that';
  return MODALS.test(toks[v - 1]?.lower ?? '') && lemma !== 'say' && lemma !== 'tell' && (OBJECT_OPENERS.test(toks[v + 1]?.lower ?? '') || plural);
}

/** Bare forms that are also what is posted or filed ("her Instagram post"). */
const POSTED = /^(?:post|report|tweet|note|blog)$/;

/** Finite verbs of saying that a noun may head as subject ("the report said"). */
const FINITE_SAYING = /^(?:said|says|stated|states|found|finds|showed|shows|warned|warns|noted|notes|concluded|concludes|wrote|writes|added|adds|told|tells|declared|declares|announced|announces|argued|argues)$/;

/** Nouns for many people that take a plural verb ("the police say"). */
const COLLECTIVE = /^(?:police|people|staff|public|media|team|board|family|government|council|committee|club|union|party|crew|jury|panel|majority|opposition)$/;

/** Nouns "state" qualifies ("state media", "state authorities"), as no verb before its clause. */
const STATE_QUALIFIES = /^(?:media|police|television|tv|radio|officials|authorities|prosecutors|investigators|security|forces|troops|employees|workers|news|broadcaster|agency|agencies|department|lawmakers|legislators|courts?|governments?|legislature|health|election|energy|oil)$/;

/** Most tokens between a verb and the "as" before its quotation ("rejected the accusation as "…""). */
const MAX_AS_OBJECT_TOKENS = 6;

/** True when "as" and a quotation follow the verb at i within its object. */
function asQuotation(view: View, i: number): boolean {
  const toks = view.toks;
  for (let k = i + 1; k < toks.length && k <= i + MAX_AS_OBJECT_TOKENS; k++) {
    if (PUNCT.test(toks[k]!.word)) return false;
    if (toks[k]!.lower === 'as') return quotationAt(view, toks[k + 1]?.end ?? -1) !== undefined;
  }
  return false;
}

/** The reporting verb's lemma at token i, if it is one (see readVerb); remembered per token. */
export function verbAt(view: View, i: number): string | undefined {
  let known = verbsRead.get(view);
  if (!known) verbsRead.set(view, (known = new Array<string | null | undefined>(view.toks.length)));
  const read = known[i];
  if (read !== undefined) return read ?? undefined;
  const lemma = readVerb(view, i);
  if (i >= 0 && i < known.length) known[i] = lemma ?? null;
  return lemma;
}
const verbsRead = new WeakMap<View, (string | null | undefined)[]>();

function readVerb(view: View, i: number): string | undefined {
  const t = view.toks[i];
  if (!t || t.word !== t.lower) return undefined;
  const lemma = VERB_LEMMAS.get(t.lower) ?? (AS_ONLY_LEMMAS.has(t.lower) && asQuotation(view, i) ? AS_ONLY_LEMMAS.get(t.lower) : undefined);
  if (!lemma) return undefined;
  // Half of a hyphenated word ("state-owned", "well-reported") is no verb.
  const after = view.toks[i + 1];
  if (after && after.start === t.end && /^[-‑]$/.test(after.word)) return undefined;
  if (view.toks[i - 1]?.end === t.start && /^[-‑]$/.test(view.toks[i - 1]!.word)) return undefined;
  // A phrasal verb needs its particle ("pointed out", not "pointed a gun").
  if (lemma.includes(' ') && view.toks[i + 1]?.lower !== lemma.split(' ')[1]) return undefined;
  // "…, state authorities said", "state media reported": "state" before a noun qualifies it.
  if (t.lower === 'state' && STATE_QUALIFIES.test(after?.word ?? '')) return undefined;
  const prev = view.toks[i - 1];
  // "raised its full-year revenue forecast on Thursday": a bare form after a possessive and nouns is a noun.
  // Not "Its critics say" (a plural before a bare form is its subject) nor "Their statement also read".
  if (t.lower === lemma && prev && LOWER_START.test(prev.word) && !/s$|^(?:also|still|never|already|just|only|even|then|now|again|too|later|repeatedly|publicly|privately|previously|recently|reportedly|who|that|which|they|we|you|i|he|she|it)$/.test(prev.lower) && !PERSON_NOUNS.has(prev.lower) && !ROLE_WORDS.has(prev.lower) && !VERB_LEMMAS.has(prev.lower)) {
    for (let k = i - 2; k >= i - 6 && k >= 0; k--) {
      const w = view.toks[k]!;
      // "according to an internal report by": an article before the adjectives, too.
      if (/^(?:its|their|his|her|our|my|an?)$/.test(w.lower)) return undefined;
      if (w.word === '-') continue;
      if (!/^[\p{Ll}-]+$/u.test(w.word) || VERB_LEMMAS.has(w.lower) || PERSON_NOUNS.has(w.lower) || ROLE_WORDS.has(w.lower)) break;
    }
  }
  // "An official said": "official" is a noun before a past tense, not "official" as in "official report".
  const official = prev?.lower === 'official' && !/(?:s|ing)$/.test(t.lower);
  // "had received estimated bills for": a participle before a plural noun qualifies it ("estimated costs would rise" reports).
  const noun = view.toks[i + 1];
  if (/^(?:estimated|projected|reported|alleged)$/.test(t.lower) && prev?.word !== ',' && noun && /^\p{Ll}+s$/u.test(noun.word) && !/^(?:was|is|has|its|his|this|as|thus|less|across)$/.test(noun.lower) && /^(?:for|of|in|on|at|from|[,.;:])$/.test(view.toks[i + 2]?.lower ?? '.')) return undefined;
  // "the Sahel states", "Gulf states", "member states": a noun after a place or people.
  const place = t.lower === 'states' && prev !== undefined && UPPER_START.test(prev.word) && (view.kb?.lookup(prev.word).some((e) => /^(?:GPE|LOC|NORP)$/.test(e.type)) ?? false);
  // "neighboring states", "other states", "southern states", "coastal states": a plural noun after its modifier.
  const modified = prev !== undefined && (/^(?:member|other|several|many|both|all|some|most|few|border|island|nuclear|coastal|federal|central|\p{Ll}+(?:ing|ern))$/u.test(prev.word));
  if (t.lower === 'states' && (modified || place)) return undefined;
  // "the fifty states", "two reports": a plural after a number is a noun.
  if (prev && /[^s]s$/.test(t.lower) && COUNT.test(prev.lower)) return undefined;
  // "Halbrook's said": a name's own "'s" is no determiner.
  const named = prev !== undefined && /^['’]s$/.test(prev.word) && mentionEndingAt(view, prev.end) !== undefined;
  // "A representative for her said": "her" after a preposition is an object, no determiner.
  const object = prev?.lower === 'her' && PREPOSITIONS.has(view.toks[i - 2]?.lower ?? '') && /^(?:said|says|told|wrote|added)$/.test(t.lower);
  if (prev && prev.sentence === t.sentence && DETERMINERS.has(prev.lower) && !official && !named && !object) return undefined;
  // Right after another reporting verb it is a noun ("told state media"), unless that one is a
  // plural noun and this a past tense ("local news reports said").
  // So is "their report said": a noun after a determiner before a past tense.
  const nounBefore = ((prev?.lower.endsWith('s') || DETERMINERS.has(view.toks[i - 2]?.lower ?? '')) && /(?:ed|said|told|wrote)$/.test(t.lower)) || (prev !== undefined && VERB_LEMMAS.get(prev.lower) === prev.lower && FINITE_SAYING.test(t.lower));
  if (prev && prev.sentence === t.sentence && VERB_LEMMAS.has(prev.lower) && prev.word === prev.lower && !nounBefore) return undefined;
  // "a Facebook post", "her Instagram post that": a name between a determiner and the bare form makes it a noun.
  const owner = view.toks[i - 2]?.lower ?? '';
  if (prev && t.lower === lemma && UPPER_START.test(prev.word) && (owner === 'a' || owner === 'an' || (DETERMINERS.has(owner) && POSTED.test(t.lower) && !prev.lower.endsWith('s')))) return undefined;
  // "a 64-page report titled …": a bare form after a compound modifier is a noun.
  if (prev && t.lower === lemma && LOWER_START.test(prev.word) && view.toks[i - 2]?.word === '-' && view.toks[i - 2]!.end === prev.start && prev.sentence === t.sentence && /^(?:a|an|the|its|their|his|her|our|this|that)$/.test(view.toks[i - 4]?.lower ?? '')) return undefined;
  // "the parliament's annual report on Turkey": a bare form after a possessive (and an adjective) is a noun.
  if (prev && t.lower === lemma && (/^['’]s$/.test(prev.word) || (DOCUMENT_ADJECTIVES.test(prev.word) && (/^['’]s$/.test(owner) || DETERMINERS.has(owner))))) return undefined;
  // "the annual threat report said": a bare form right before a finite verb of saying is its subject, a noun.
  if (t.lower === lemma && FINITE_SAYING.test(view.toks[i + 1]?.lower ?? '')) return undefined;
  // "at the pharmacy counter.": the bare form ending a sentence after a determiner and a singular noun is a noun.
  if (prev && t.lower === lemma && t.lower !== 'read' && DETERMINERS.has(owner) && /^\p{Ll}+[^s]$/u.test(prev.word) && !COLLECTIVE.test(prev.word) && /^[.!?]$/.test(view.toks[i + 1]?.word ?? '.')) return undefined;
  // After a preposition it is a noun or a gerund ("in remarks to ABC", "by saying").
  if (prev && prev.sentence === t.sentence && NOUN_BEFORE.has(prev.lower)) return undefined;
  // "crossing state lines": the bare form right after a gerund or participle is its object, a noun.
  if (prev && prev.sentence === t.sentence && t.lower === lemma && afterGerund(prev)) return undefined;
  // "local news reports said": a plural noun before a past tense of reporting is not a verb; nor
  // before an auxiliary ("its estimates were").
  const next = view.toks[i + 1];
  if (next && next.sentence === t.sentence && /[^s']s$/.test(t.lower) && t.lower !== 'says' && /^(?:were|are|was|is|have|had|will|would|could|can|may|might|should)$/.test(next.lower)) return undefined;
  if (next && next.sentence === t.sentence && t.lower.endsWith('s') && /(?:ed|said|told|wrote)$/.test(next.lower) && VERB_LEMMAS.has(next.lower)) return undefined;
  // "the government's revenue forecasts sat …": a plural noun before a verb in the past.
  if (next && next.sentence === t.sentence && /[^s']s$/.test(t.lower) && t.lower !== 'says' && (PAST_AFTER_NOUN.test(next.lower) || (/[^e]ed$/.test(next.lower) && next.lower.length > 4))) return undefined;
  // "said in a statement posted on Facebook": a participle after a document inside an adjunct.
  if (prev && PARTICIPLE_AFTER_DOCUMENT.test(t.lower) && ADJUNCT_DOCUMENTS.test(prev.lower) && view.toks.slice(Math.max(0, i - 4), i - 1).some((x) => x.lower === 'in')) return undefined;
  // "the Emirati state news agency", "state media": "state" before a noun it qualifies.
  if (t.lower === 'state' && next && STATE_NOUNS.test(next.lower)) return undefined;
  // "the Lebanese state bore responsibility": "state" after a determiner and a capitalised word is the noun.
  if (t.lower === 'state' && prev && /^\p{Lu}/u.test(prev.word) && DETERMINERS.has(view.toks[i - 2]?.lower ?? '')) return undefined;
  // "file claims even if", "rejected reports of": a plural after a verb that takes it as its object is a noun.
  if (prev && t.lower !== lemma && t.lower.endsWith('s') && TAKES_NOUN_OBJECT.test(prev.lower)) return undefined;
  // "to say" is an infinitive unless "went on to say".
  if (prev?.lower === 'to' && view.toks[i - 2]?.lower !== 'on') return undefined;
  // "if written by the suspect": a participle after a conjunction is a reduced passive clause.
  if (prev && REDUCED_CLAUSE_OPENERS.has(prev.lower) && PAST_PARTICIPLE.test(t.lower)) return undefined;
  return lemma;
}

/** Nouns ending in "-ly", no adverbs ("her family said", "the assembly voted"). */
const LY_NOUNS = /^(?:family|ally|allies|assembly|rally|supply|monopoly|reply|anomaly|bully|belly)$/;

/** The people around someone ("her family", "his relatives"). */
const RELATIVES = /^(?:family|families|relatives|parents|children|friends|loved)$/;

/** Adjectives before a document's noun ("the annual report", "its latest report"). */
const DOCUMENT_ADJECTIVES = /^(?:annual|latest|new|final|official|first|recent|monthly|weekly|quarterly|initial|interim|independent|internal|detailed|formal|full|special)$/;

/** Verbs whose object may be a plural of a reporting verb ("file claims", "process reports"). */
const TAKES_NOUN_OBJECT = /^(?:file[sd]?|filing|lodge[sd]?|lodging|submit(?:s|ted|ting)?|process(?:es|ed|ing)?|reject(?:s|ed|ing)?|investigat(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|settl(?:e|es|ed|ing)|verif(?:y|ies|ied|ying)|review(?:s|ed|ing)?|handl(?:e|es|ed|ing))$/;

/** A number before a plural noun ("50", "fifty"). */
const COUNT = /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousands|dozens|several|many|few)$/;

/** Irregular past tenses a plural subject takes ("forecasts sat", "estimates rose"). */
const PAST_AFTER_NOUN = /^(?:sat|stood|rose|fell|grew|came|went|showed|shown|put|found|left|ran|kept|held)$/;
const PARTICIPLE_AFTER_DOCUMENT = /^(?:posted|published|released|issued|carried|sent|shared|signed|read|broadcast|aired|circulated|distributed|filed|submitted)$/;
const STATE_NOUNS = /^(?:news|media|television|tv|broadcaster|radio|agency|agencies|newspaper|press|department|officials?|government|legislators?|lawmakers|prosecutors?|police|troopers|senators?|law|laws|level|budget|funding|visit|secretary|attorney|election|elections|school|schools|university|universities|house|capitol|health|auditors?|inspectors?|regulators?|run|owned|controlled|sponsored|security|ministry|councils?|courts?|party|firm|company|companies|oil|television's)$/;

/** A lower-case word ending in "-ing" that is no preposition ("crossing", not "during" or "according"). */
function afterGerund(t: { word: string; lower: string }): boolean {
  return t.word === t.lower && t.lower.length > 5 && t.lower.endsWith('ing') && !NOT_GERUND.has(t.lower);
}
/** Words in "-ing" that are prepositions or nouns before a noun. */
const NOT_GERUND = new Set(['during', 'according', 'regarding', 'concerning', 'including', 'following', 'excluding', 'morning', 'evening', 'meeting', 'hearing', 'briefing', 'building', 'spending', 'funding', 'training', 'warning', 'ruling', 'polling', 'reporting']);

/**
 * The subject of the main clause after the quotation opening at `offset`, in its paragraph:
 * `Calling it "…" the archbishop said` → the archbishop.
 */
function subjectAfter(view: View, offset: number): Ref | null {
  const toks = view.toks;
  const q = quotationAt(view, offset);
  if (!q) return null;
  let from = tokenAt(view, q.end);
  for (let v = from; v < toks.length && v - from <= MAX_FRAME_LOOKBACK_TOKENS; v++) {
    const t = toks[v]!;
    if (view.text.slice(toks[v - 1]!.end, t.start).includes('\n') || /^[.!?;]$/.test(t.word)) return null;
    if (t.word === ',') from = v + 1;
    if (quotationAt(view, t.start)) return null;
    if (verbAt(view, v) && v > from) return speakerOfRegion(view, from, v - 1, false, true);
  }
  return null;
}

/** "… by saying "…"": a gerund of saying after "by" frames the quotation that follows. */
export function bySaying(view: View, i: number): string | undefined {
  const t = view.toks[i];
  const prev = view.toks[i - 1];
  if (!t || !prev || prev.lower !== 'by' || !t.lower.endsWith('ing') || t.word !== t.lower) return undefined;
  return VERB_LEMMAS.get(t.lower);
}

/** True when the verb at v is a passive participle ("it was reported", "was told by"). */
export function isPassive(view: View, v: number): boolean {
  let j = v - 1;
  while (j >= 0 && view.toks[j]!.lower.endsWith('ly') && view.toks[j]!.lower.length > 3) j--;
  const aux = view.toks[j];
  return aux !== undefined && PASSIVE_AUX.has(aux.lower) && !view.toks[v]!.lower.endsWith('ing');
}

/** "a pattern described by Marine Bulletin as …": a participle with its agent right after a common noun. */
function reducedPassive(view: View, v: number): boolean {
  const prev = view.toks[v - 1];
  return /(?:ed|en)$/.test(view.toks[v]!.lower) && view.toks[v + 1]?.lower === 'by' && prev !== undefined && LOWER_WORD.test(prev.word) &&
    !PRONOUNS[prev.lower] && !PASSIVE_AUX.has(prev.lower) && !prev.lower.endsWith('ly');
}

/**
 * The agent of a passive verb of saying or describing in tokens a..b ("were described by Johnson
 * as …"), who is also the subject of a participle after the clause (", saying …"); null if none.
 */
function passiveAgentIn(view: View, a: number, b: number): Ref | null {
  for (let k = a + 1; k < b; k++) {
    if (VERB_LEMMAS.has(view.toks[k]!.lower) && view.toks[k + 1]?.lower === 'by' && isPassive(view, k)) return agentAfter(view, k);
  }
  return null;
}

/** The agent of a passive verb ("told by X"), read up to punctuation or a quotation. */
function agentAfter(view: View, v: number): Ref | null {
  const toks = view.toks;
  // "was told by X", "was described as "…" by the police": the agent within a few words, a
  // quotation counting as one.
  for (let k = v + 1, n = 0; n < 8 && k < toks.length && toks[k]!.sentence === toks[v]!.sentence; k++, n++) {
    const quoted = quotationAt(view, toks[k]!.start);
    if (quoted) {
      k = tokenAt(view, quoted.end) - 1;
      continue;
    }
    if (toks[k]!.lower !== 'by') continue;
    let e = k + 1;
    while (e < toks.length && e < k + 12 && !PUNCT.test(toks[e]!.word) && !QUOTE_MARK.test(toks[e]!.word) && toks[e]!.lower !== 'of' && toks[e]!.lower !== 'that') e++;
    return speakerOfRegion(view, k + 1, e - 1);
  }
  return null;
}

/** A lower-case word that cannot be inside a subject read backwards: a verb or a subordinator. */
function endsSubject(t: { word: string; lower: string }): boolean {
  if (t.word !== t.lower) return false;
  return FINITE_CUES.has(t.lower) || VERB_LEMMAS.has(t.lower) || SUBORDINATORS.has(t.lower) || (/[^e]ed$/.test(t.lower) && t.lower.length > 4);
}

/** Start of the clause whose subject ends at token j: back to a comma, clause word or the floor. */
const MODALS = /^(?:would|will|could|can|should|shall|may|might|must)$/;
/**
 * "A BGM leader close to Mr. Basumatary, who spoke on condition of anonymity, said": an indefinite
 * subject from token s whose relative clause (from "who" at w to token e) keeps it unnamed; the
 * person named inside the subject is not the speaker.
 */
function unnamedWho(view: View, s: number, w: number, e: number): boolean {
  const toks = view.toks;
  return toks[w]?.lower === 'who' && /^(?:a|an|one|another)$/.test(toks[s]?.lower ?? '') && ANONYMITY.test(view.text.slice(toks[w]!.start, toks[e]!.start));
}

/** Modals that put a report inside another in the future or the conditional ("would respond", "will say"). */
export const FUTURE_MODALS = /^(?:would|will|could|might|may)$/;

/** Forms of be, have and get: a participle after one is a verb, not an adjective ("was reached by"). */
const AUXILIARY = /^(?:is|are|was|were|be|been|being|am|has|have|had|having|get|gets|got|it|he|she|they|we|i|you)$/;

function regionStart(view: View, j: number, floor: number): number {
  const toks = view.toks;
  let i = j;
  let depth = 0;
  let nick: number | undefined;
  while (i > floor && j - i < MAX_SUBJECT_TOKENS) {
    const prev = toks[i - 1]!;
    if (prev.word === ')') depth++;
    else if (prev.word === '(') depth = Math.max(0, depth - 1);
    // "and" joins two subjects ("Durbin and Schiff said") unless a comma makes it join clauses.
    else if (prev.lower === 'and' && toks[i - 2]?.word !== ',') { /* part of the subject */ }
    // "Kyriakos Mitsotakis speaking to the Atlantic Council think tank called …": the participle
    // phrase sits between the subject and its verb.
    else if (depth === 0 && /^(?:speaking|talking|writing)$/.test(prev.lower) && UPPER_START.test(toks[i - 2]?.word ?? '') && toks[i - 2]!.sentence === prev.sentence) { /* part of the subject */ }
    // "The Austin, Texas-based company": a comma between a city and its state in a compound.
    else if (depth === 0 && prev.word === ',' && placesAround(view, i - 1)) { /* part of the subject */ }
    // "The Ministry of Trade, Industry and Fisheries said", "Kestrel–Maréchal said": a comma or dash inside a name.
    else if (depth === 0 && (prev.word === ',' || prev.word === '–') && insideMention(view, prev.start)) { /* part of the subject */ }
    // "Britain, France and Germany said": a comma in a list of names ending in "and" a name.
    else if (depth === 0 && prev.word === ',' && listComma(view, i - 1, j)) { /* part of the subject */ }
    // "Ruth Adebayo-Klein, D-Minn., and Thomas Varner said": commas around a lawmaker's party and state.
    else if (depth === 0 && prev.word === ',' && partyComma(view, i - 1)) { /* part of the subject */ }
    else if (depth === 0 && prev.lower === 'and' && partyComma(view, i - 2)) { /* part of the subject */ }
    // "A retired RAF engineer said", "the injured driver said": a participle after an article is an adjective.
    else if (depth === 0 && /^(?:a|an|the)$/.test(toks[i - 2]?.lower ?? '') && /ed$/.test(prev.lower) && prev.word === prev.lower) { /* part of the subject */ }
    // "The London-based company said": a participle joined by a hyphen is an adjective.
    else if (toks[i - 2]?.word === '-' && toks[i - 2]!.end === prev.start) { /* part of the subject */ }
    // "The decree signed by the Pope read", "Residents reached by AFP said": a participle and its agent after a noun.
    else if (depth === 0 && toks[i]!.lower === 'by' && /(?:ed|en)$/.test(prev.lower) && prev.word === prev.lower && !VERB_LEMMAS.has(prev.lower) && LETTER_START.test(toks[i - 2]?.word ?? '') && !AUXILIARY.test(toks[i - 2]!.lower) && toks[i - 2]!.sentence === prev.sentence) { /* part of the subject */ }
    // "The governor of the central Brazilian state of Goiás said": a noun before "of", after a determiner or a name, is no verb.
    else if (depth === 0 && toks[i]!.lower === 'of' && prev.word === prev.lower && (DETERMINERS.has(toks[i - 2]?.lower ?? '') || UPPER_START.test(toks[i - 2]?.word ?? '')) && toks[i - 2]!.sentence === prev.sentence) { /* part of the subject */ }
    // "The National Farmers’ Union": an apostrophe glued to a plural is a possessive, not a quotation mark.
    // "the farmers’ association has said", "The Court of Auditors’ report, published in February, said": so is one before the subject's last noun, when no quotation closes there.
    else if (depth === 0 && /^['’]$/.test(prev.word) && toks[i - 2]?.end === prev.start && /s$/.test(toks[i - 2]!.word) && (UPPER_START.test(toks[i]!.word) || (i === j && (toks[i + 1]?.word !== ',' || DOCUMENT_NOUNS.test(toks[i]!.lower)) && !quotationAt(view, prev.start)))) { /* part of the subject */ }
    // 'Commodore Renato "Atoy" Villaflor said': past a nickname in quotation marks inside a person's name.
    else if (depth === 0 && QUOTE_MARK.test(prev.word) && (nick = nicknameOpening(view, i)) !== undefined) {
      i = nick;
      continue;
    }
    else if (depth === 0 && (prev.word === ',' || CLAUSE_BREAKS.has(prev.lower) || QUOTE_MARK.test(prev.word) || (endsSubject(prev) && (!VERB_LEMMAS.has(prev.lower) || verbAt(view, i - 1) !== undefined)))) break;
    if (depth === 0 && quotationAt(view, prev.start)) break;
    // "an email in which the rapper wrote": the relative clause has its own subject.
    if (depth === 0 && /^(?:which|whom)$/.test(prev.lower) && PREPOSITIONS.has(toks[i - 2]?.lower ?? '')) break;
    i--;
  }
  // "collapsed in the early hours and the airline warned": a phrase opened by a preposition is no
  // subject; the subject is what follows its "and".
  if (PREPOSITIONS.has(toks[i]?.word ?? '')) {
    for (let k = j; k > i; k--) if (toks[k]!.lower === 'and' && !insideMention(view, toks[k]!.start)) return k + 1;
  }
  return i;
}

/** A nickname in quotation marks right before token i, after a person's name ('Renato "Atoy" '). */
const NICKNAME_BEFORE = new RegExp(`${NICKNAME} $`, 'u');

/** The token of the opening mark of a nickname between a person's name and a capitalised token i, or undefined. */
function nicknameOpening(view: View, i: number): number | undefined {
  if (!UPPER_START.test(view.toks[i]!.word)) return undefined;
  const at = view.toks[i]!.start;
  const m = NICKNAME_BEFORE.exec(view.text.slice(Math.max(0, at - 24), at));
  if (!m) return undefined;
  const open = at - m[0].length;
  const person = view.mentions[lowerBound(view.mentions, open - 1) - 1];
  if (!person || person.end !== open - 1 || typeOf(view, person.entity) !== 'PERSON') return undefined;
  return tokenAt(view, open);
}

/** True when the comma at token c sits between two names of a list that "and" and a name close before token j. */
function listComma(view: View, c: number, j: number): boolean {
  const toks = view.toks;
  const before = view.mentions[lowerBound(view.mentions, toks[c]!.start) - 1];
  const after = view.mentions[lowerBound(view.mentions, toks[c + 1]?.start ?? Infinity)];
  if (!before || before.end !== toks[c - 1]?.end || !after || after.start !== toks[c + 1]!.start) return false;
  for (let k = c + 1; k < j; k++) {
    if (toks[k]!.lower === 'and') {
      const next = view.mentions[lowerBound(view.mentions, toks[k + 1]?.start ?? Infinity)];
      return next !== undefined && next.start === toks[k + 1]!.start;
    }
  }
  return false;
}

/**
 * The speaker of the reporting verb at token v: the phrase before it, past auxiliaries and
 * adverbs; the antecedent of "who"/"which"; around an apposition ("Pelosi, the Speaker, said");
 * the main clause's subject for a participle (", saying"); the agent of a passive ("was told by
 * X"), or null for a passive without one ("it was reported").
 */
/** The speaker of the nearest reporting verb before token v in its sentence, or of the clause. */
export function earlierSpeaker(view: View, v: number, floor: number): Ref | null {
  for (let u = v - 1; u >= floor && v - u <= MAX_FRAME_LOOKBACK_TOKENS; u--) {
    // "She was asked whether …, and replied that …": a passive's agent does not go on speaking; its subject does.
    if (quotationAt(view, view.toks[u]!.start) || !verbAt(view, u) || modifiesNoun(view, u) || isPassive(view, u)) continue;
    const s = subjectOf(view, u, floor);
    // "accused the government of … while AGOA lapsed last year, and said": not the subject of a clause a conjunction opens.
    if (s.speaker && CLAUSE_CONJUNCTIONS.test(view.toks[s.first - 1]?.word ?? '')) continue;
    if (s.speaker || !s.inherits) return s.speaker;
  }
  const start = mainClauseStart(view, v - 1, floor);
  return subordinateSubject(view, start, v - 1) ?? mainSubject(view, start, v - 1);
}

/** Words that open a report's content rather than name its speaker ("said that …", "said the company …"). */
const CONTENT_OPENERS = /^(?:that|the|a|an|its|his|her|their|it|he|she|they|there|this|these|those)$/;
/** The nearest verb of saying at or before token i (from `floor`) in an active frame, outside quotations; -1 if none. */
function reportBefore(view: View, i: number, floor: number): number {
  for (let u = i; u > floor && i - u <= MAX_FRAME_LOOKBACK_TOKENS; u--) {
    // Inflected ("said", "warns"): not a bare form inside the content ("demanded that X explain the rise, calling …").
    const lemma = view.toks[u]!.word === view.toks[u]!.lower ? verbAt(view, u) : undefined;
    if (lemma && lemma !== view.toks[u]!.lower && !quotationAt(view, view.toks[u]!.start) && !modifiesNoun(view, u) && !isPassive(view, u)) return u;
  }
  return -1;
}

/** Heads of a main clause that cannot speak, whose "… and said" belongs to a clause after them ("Shares in X plunged after the company …"). */
const NO_AGENT = /^(?:shares|stocks|stock|prices|price|sales|profits|revenue|bonds|yields|markets|index|currency)$/;

/** Conjunctions that open a clause with its own subject ("… fell after the company booked … and said"). */
const CLAUSE_CONJUNCTIONS = /^(?:after|before|when|because|since|while|although|though|once)$/;

/**
 * "Shares in X plunged after the company booked a provision and said …": the subject of the last
 * clause opened by a conjunction in tokens a..b, where a body or a person opens it and a past
 * tense follows; else null.
 */
function subordinateSubject(view: View, a: number, b: number): Ref | null {
  const toks = view.toks;
  for (let c = b - 2; c > a; c--) {
    if (!CLAUSE_CONJUNCTIONS.test(toks[c]!.lower) || toks[c]!.word !== toks[c]!.lower) continue;
    // Only where the main clause is about what cannot speak ("Shares in X plunged after …").
    if (!toks.slice(a, c).some((t) => NO_AGENT.test(t.lower))) return null;
    let e = c + 1;
    while (e < b && e <= c + 6 && !/(?:ed|ook|aid|old|ote)$/.test(toks[e]!.word)) e++;
    if (e >= b || e === c + 1 || !LOWER_START.test(toks[e]!.word)) return null;
    return mainSubject(view, c + 1, e - 1);
  }
  return null;
}

/** The token after "according to" in tokens s..k ("according to CNN who …": CNN), else s. */
function pastAccordingTo(view: View, s: number, k: number): number {
  for (let i = k - 1; i >= s; i--) if (view.toks[i]!.lower === 'according' && view.toks[i + 1]!.lower === 'to') return i + 2;
  return s;
}

/** A participle after a noun and before a preposition ("a video message posted to Twitter"): no frame. */
function modifiesNoun(view: View, u: number): boolean {
  const prev = view.toks[u - 1];
  const next = view.toks[u + 1];
  return prev !== undefined && next !== undefined && /(?:ed|en)$/.test(view.toks[u]!.lower) && /^(?:to|on|by|in|at|via|from)$/.test(next.lower) &&
    LOWER_WORD.test(prev.word) && !prev.lower.endsWith('ly') && !PRONOUNS[prev.lower] && !BETWEEN_SPEAKER_AND_VERB.has(prev.lower) && !CLAUSE_BREAKS.has(prev.lower);
}

/** The subject of the verb at v, no further back than floor: its speaker and first token; remembered, unless the answer read the speakers noted so far. */
export function subjectOf(view: View, v: number, floor: number): Subject {
  let known = subjectsRead.get(view);
  if (!known) subjectsRead.set(view, (known = new Map()));
  const key = `${v},${floor}`;
  const remembered = known.get(key);
  if (remembered) return remembered;
  const reads = view.speakerReads;
  const found = readSubject(view, v, floor);
  if (view.speakerReads === reads) known.set(key, found);
  return found;
}
type Subject = { speaker: Ref | null; first: number; inherits?: boolean };
const subjectsRead = new WeakMap<View, Map<string, Subject>>();

function readSubject(view: View, v: number, floor: number): Subject {
  const toks = view.toks;
  // "Han was quoted as saying": the subject said it.
  const passiveQuoted = /^(?:quoted|cited)$/.test(toks[v]!.lower) && toks[v + 1]?.lower === 'as';
  if (isPassive(view, v) && !passiveQuoted) return { speaker: agentAfter(view, v), first: v };
  const quoted = quotedAs(view, v, floor);
  if (quoted) return quoted;
  // `Kurfi, who described the governor as "…," said`: the name before the relative clause.
  const who = relativeBeforeQuotation(view, v);
  if (who > floor + 1) return { speaker: mainSubject(view, floor, who - 2), first: floor };
  let j = v - 1;
  // "went on to say", "continued to insist": the subject is before the first verb.
  if (toks[j]?.lower === 'to') {
    if (toks[j - 1]?.lower === 'on' && /^(?:went|goes|go|going)$/.test(toks[j - 2]?.lower ?? '')) j -= 3;
    else if (/^(?:continued|continues|went|sought|tried|wanted|appeared|seemed)$/.test(toks[j - 1]?.lower ?? '')) j -= 2;
  }
  for (let k = -1; k !== j; ) {
    k = j;
    while (j >= floor && (BETWEEN_SPEAKER_AND_VERB.has(toks[j]!.lower) || (toks[j]!.word.endsWith('ly') && toks[j]!.word.length > 3 && LOWER_START.test(toks[j]!.word) && !LY_NOUNS.test(toks[j]!.word)))) j--;
    j = pastTimeAdjunct(view, j, floor);
  }
  // "The party, in a statement signed by its publicity secretary, Comrade X, in Ilorin, said", "the
  // deputy governor, through his press secretary, said": the subject comes before the statement or the aide.
  if (toks[j]?.word === ',') {
    for (let c = j - 2; c > floor && j - c <= MAX_THROUGH_TOKENS; c--) {
      if (toks[c]!.word !== ',') continue;
      const w = toks[c + 1]!.lower;
      if ((w === 'in' && /^(?:a|an|the|his|her|its|their)$/.test(toks[c + 2]?.lower ?? '') && STATEMENT_NOUNS.test(toks[c + 3]?.lower ?? '')) || w === 'through') {
        j = c - 1;
        break;
      }
    }
  }
  // "The four members -- Hayoung, Seeun, Nari and Ji-an -- had argued": the people a plural head lists, jointly.
  if (j > floor && /^(?:,|-|--|—|–)$/.test(toks[j]?.word ?? '')) {
    const s = Math.max(floor, view.sentenceTokens[toks[j]!.sentence]?.first ?? floor);
    const listed = listedMembers(view, s, j);
    if (listed) return { speaker: listed, first: s };
    // "another Ahmed — Ahmed Rasheed Didi, a 47-year-old boat captain who … — said": the person named first between the dashes.
    if (DASH.test(toks[j]!.word)) {
      let d = j - 1;
      while (d > s && !DASH.test(toks[d]!.word)) d--;
      const named = d > s && d < j - 1 ? view.mentions[lowerBound(view.mentions, toks[d + 1]!.start)] : undefined;
      if (named && named.start === toks[d + 1]!.start && typeOf(view, named.entity) === 'PERSON' && (toks[tokenAt(view, named.end)]?.word === ',' || DASH.test(toks[tokenAt(view, named.end)]?.word ?? ''))) return { speaker: speakerOfRegion(view, d + 1, tokenAt(view, named.end) - 1), first: s };
    }
  }
  // "Defense Minister X, who flew to the regional capital, Cúcuta, on Saturday, said": a person's
  // relative clause, closed by a comma before the verb, may hold commas of its own; the subject
  // is the person before ", who".
  if (toks.slice(j, v).some((x) => x.word === ',')) {
    for (let c = j - 1; c > floor && j - c <= MAX_THROUGH_TOKENS; c--) {
      if (/^[.;:!?"“”]$/.test(toks[c]!.word)) break;
      if (toks[c]!.word !== ',' || toks[c + 1]!.lower !== 'who') continue;
      // "A BGM leader close to Mr. Basumatary, who spoke on condition of anonymity, said": someone unnamed.
      const s = regionStart(view, c - 1, floor);
      if (unnamedWho(view, s, c + 1, v)) return { speaker: null, first: s };
      // "A Calder first officer based in Denver, who asked not to be identified, said": the sentence opens with the unnamed head.
      if (s > floor && unnamedWho(view, floor, c + 1, v) && !mentionsIn(view, toks[floor]!.start, toks[c]!.start).some((m) => typeOf(view, m.entity) === 'PERSON')) return { speaker: null, first: floor };
      // "A retired man in his 70s, who gave only his surname, Okada, said": the name the clause gives.
      const given = toks[j]!.word === ',' ? personMentionEndingAt(view, toks[j - 1]!.end) : undefined;
      if (given && /\b(?:name|surname|names)\s*,?\s*$/.test(view.text.slice(toks[c + 1]!.start, given.start))) return { speaker: refOf(view, given.entity), first: s };
      if (personMentionEndingAt(view, toks[c - 1]!.end)) j = c - 1;
      break;
    }
  }
  // "Jenn St-Onge (Nancy Drew, Jem and the Misfits) told": a list in brackets glosses the
  // subject ("Disease Control and Research (IEDCR) reported" keeps its acronym).
  if (toks[j]?.word === ')') {
    let k = j - 1;
    let list = false;
    for (; k > floor && j - k < MAX_SUBJECT_TOKENS && toks[k]!.word !== '(' && toks[k]!.word !== ')'; k--) list ||= toks[k]!.word === ',';
    if (list && toks[k]?.word === '(' && k > floor) j = k - 1;
  }
  // "… a school bus driver from Jackson, Miss., said": the state after a town is part of the place.
  if (toks[j]?.word === ',') {
    const c = stateBefore(view, j - 1);
    if (c > floor) j = c;
  }
  if (j < floor) return { speaker: null, first: v };
  const t = toks[j]!;
  // "The Summit Taxpayers Council, a conservative group that has argued": the body the description is apposed to.
  if (t.lower === 'that' && ORG_NOUNS.has(toks[j - 1]?.lower ?? '')) {
    let s = j - 1;
    while (s > floor && s >= j - 4 && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[s - 1]!.word) && !ARTICLES.has(toks[s - 1]!.lower)) s--;
    const body = ARTICLES.has(toks[s - 1]?.lower ?? '') && toks[s - 2]?.word === ',' ? mentionEndingAt(view, toks[s - 3]?.end ?? -1) : undefined;
    if (body && typeOf(view, body.entity) === 'ORG') return { speaker: refOf(view, body.entity), first: tokenAt(view, body.start) };
  }
  // "WHO" in capitals is the World Health Organization, not the pronoun.
  if ((t.lower === 'who' && t.word !== 'WHO') || t.lower === 'which') {
    // The antecedent ends right before the relative pronoun ("Toronto Police, which said …").
    let k = j - 1;
    if (toks[k]?.word === ',') k--;
    // "Margaret, 68, from Leeds, who …", "Suzanne and Marc Tremblay of Gatineau, Que., who …": skip the home town.
    k = pastHomeTown(view, k, floor);
    // "Thomas Gray, 24, who …": skip the age.
    k = pastAge(toks, k);
    if (k < floor) return { speaker: null, first: j };
    let s = pastAccordingTo(view, regionStart(view, k, floor), k);
    // "…, led by Spain's Banco Meridional, which said", "on a flight operated by Falcon Air Cargo,
    // which said": the antecedent is the agent.
    for (let p = k - 2; p >= s; p--) {
      if (toks[p + 1]!.lower === 'by' && toks[p]!.word === toks[p]!.lower && /(?:ed|led|en)$/.test(toks[p]!.word)) {
        s = p + 2;
        break;
      }
    }
    // "the home of Prime Minister Tuilaepa, who told …": "who" is the person named right before it.
    const person = t.lower === 'who' ? personMentionEndingAt(view, toks[k]!.end) : undefined;
    let speaker = speakerOfRegion(view, person ? tokenAt(view, person.start) : s, k, person !== undefined, true);
    // "… is working with the Seychelles Financial Services Authority, which said": the body named right before it.
    const body = !speaker && t.lower === 'which' ? mentionEndingAt(view, toks[k]!.end) : undefined;
    if (body && (typeOf(view, body.entity) === 'ORG' || body.entity.type === 'ORG')) speaker = refOf(view, body.entity);
    // "said Pape Thiam, a 23-year-old law student who said …": a description in apposition to a person.
    // "Sen. Curtis Vandermolen, a Springfield Republican, who said …": the person, not the description read as a name.
    const described = (!speaker || !speaker.entity) && t.lower === 'who' && ARTICLES.has(toks[s]?.lower ?? '') && toks[s - 1]?.word === ',' && s - 2 >= floor ? personMentionEndingAt(view, toks[s - 2]!.end) : undefined;
    if (described) return { speaker: speakerOfRegion(view, tokenAt(view, described.start), s - 2, true, true), first: s };
    return { speaker, first: s };
  }
  if (t.lower === 'and' || t.lower === 'but' || t.lower === 'or') return { speaker: null, first: j, inherits: true };
  // "… issued a statement at his club outside Washington saying, …": the participle's subject is
  // the clause's, unless "with X saying".
  // `"…," further remarking, "…"`: right after a quotation, whoever spoke it.
  if (toks[v]!.lower.endsWith('ing') && QUOTE_MARK.test(t.word) && quotationAt(view, t.start)) {
    return { speaker: quoteSpeakerAt(view, j), first: j, inherits: true };
  }
  // "… two days after the embassy issued a statement saying …": who issued the statement, in whatever clause.
  if (toks[v]!.lower.endsWith('ing') && STATEMENT_NOUNS.test(t.lower) && /^(?:a|an|the)$/.test(toks[j - 1]?.lower ?? '') && /^(?:issued|released|published|posted|sent)$/.test(toks[j - 2]?.lower ?? '') && j - 3 > floor) {
    const issuer = subjectOf(view, j - 2, floor);
    if (issuer.speaker) return { speaker: issuer.speaker, first: issuer.first, inherits: true };
  }
  if (toks[v]!.lower.endsWith('ing') && t.word !== ',' && !PRONOUNS[t.lower]) {
    // "…, with oil-producing states blocking a vote and Pacific island nations accusing them of …": the second subject after "with".
    for (let w = j; w > floor && j - w < MAX_SUBJECT_TOKENS && toks[w]!.word !== ','; w--) {
      if (toks[w]!.lower !== 'with') continue;
      const from = withSubjectStart(view, w, v);
      if (from > w + 1) return { speaker: speakerOfRegion(view, from, j), first: from };
      break;
    }
    const s0 = regionStart(view, j, floor);
    // "… and Ross Spano of Florida calling the process "…"": a person, or a person "of" a place, right before the participle is its subject.
    const endsPerson = personEndingAt(view, t.end) || personOfBefore(view, j);
    if (toks[s0 - 1]?.lower !== 'with' && s0 > floor && !endsPerson) {
      const start = mainClauseStart(view, j, floor);
      return { speaker: mainSubject(view, start, j), first: j, inherits: true };
    }
  }
  if (t.word === ',') {
    // "with its senior vice-president, Shahriar Alam Dipu, saying": the name after "with".
    const apposed = toks[v]!.lower.endsWith('ing') ? withSubject(view, v) : undefined;
    if (apposed) return apposed;
    // ", saying …" / ", adding …": the main clause's subject.
    if (toks[v]!.lower.endsWith('ing')) {
      // "…, he said, adding that …": the frame right before the comma.
      // Not "she wrote in a later post, adding": a bare form after a determiner is a noun.
      // "…, the United Nations said on Friday, warning that": past a time adjunct.
      const u = pastTimeAdjunct(view, j - 1, floor);
      const lemma = verbAt(view, u);
      const noun = lemma === toks[u]?.lower && (DETERMINERS.has(toks[u - 1]?.lower ?? '') || DETERMINERS.has(toks[u - 2]?.lower ?? ''));
      if (lemma && !noun && u > floor) return { speaker: subjectOf(view, u, floor).speaker, first: j, inherits: true };
      // "X said the company remains committed to the route, adding that …": the reporter goes on.
      const reporter = reportBefore(view, j - 1, floor);
      const reporting = reporter >= 0 && CONTENT_OPENERS.test(toks[reporter + 1]?.lower ?? '') && !personMentionEndingAt(view, toks[j - 1]!.end) ? subjectOf(view, reporter, floor).speaker : null;
      if (reporting) return { speaker: reporting, first: j, inherits: true };
      const start = mainClauseStart(view, j, floor);
      let speaker = start <= j - 1 ? passiveAgentIn(view, start, j - 1) ?? mainSubject(view, start, j - 1) : null;
      // "One of the trustees, the historian Rukmini Desai, resigned, saying …": the person the past tense before the comma has as subject, in a clause with no other.
      const main = !speaker && u > floor && /^\p{Ll}+ed$/u.test(toks[u]!.word) ? subjectOf(view, u, floor) : undefined;
      const person = main?.speaker?.entity ? view.entityById.get(main.speaker.entity) : undefined;
      if (person && typeOf(view, person) === 'PERSON' && !toks.slice(start, u).some((x) => SUBORDINATORS.has(x.lower) || CLAUSE_WORDS.test(x.lower))) speaker = main!.speaker;
      if (!speaker) speaker = quoteSpeakerAt(view, j - 1);
      return { speaker, first: j, inherits: true };
    }
    // "Nancy Pelosi, the Speaker of the House, said": the name before or inside the apposition.
    let k = j - 1;
    while (k > floor && toks[k]!.word !== ',' && j - k < MAX_SUBJECT_TOKENS) k--;
    k = pastPartyState(view, k, floor);
    // "… director of exhibits at the University of Arkansas, Fayetteville, said": a place after an
    // institution or place qualifies it; "…, Director of the study, and Chairman of the Centre,
    // says": a second role continues the first. The apposition goes on to the comma before.
    if (k > floor && toks[k]!.word === ',' && (placeQualifier(view, k, j) || (toks[k + 1]?.lower === 'and' && ROLE_WORDS.has(toks[k + 2]?.lower ?? '')))) {
      const end = k;
      k--;
      while (k > floor && toks[k]!.word !== ',' && end - k < MAX_SUBJECT_TOKENS) k--;
    }
    k = pastListInRelative(toks, k, j, floor);
    // "Megan Price, 45, who lives nearby, said", "Sarah Pemberton, 41, from Aldbridge, said": a
    // relative clause or a home town (and an age) after the subject.
    // "One trader, who gave his name only as Kiprono, said": the name the article gives.
    // "Another user, a nurse from Glasgow who asked to be identified only as Aileen, said": inside an apposition too.
    let w = k + 1;
    while (w < j - 1 && w - k <= MAX_SUBJECT_TOKENS && toks[w]!.lower !== 'who' && toks[w]!.word !== ',') w++;
    const given = k > floor && toks[w]?.lower === 'who' ? givenName(view, w + 1, j - 1) : null;
    if (given) return { speaker: given, first: k };
    if (k > floor && toks[k]!.word === ',' && /^(?:who|whose|whom|from)$/.test(toks[k + 1]?.word ?? '')) {
      // "the town of Hallbury, whose town manager, Gregory Tate, said": the person named in the relative clause.
      const apposed = toks[k + 1]!.word === 'whose' ? personMentionEndingAt(view, toks[j - 1]!.end) : undefined;
      if (apposed && toks[tokenAt(view, apposed.start) - 1]?.word === ',' && tokenAt(view, apposed.start) - 1 > k + 2) return { speaker: speakerOfRegion(view, tokenAt(view, apposed.start), j - 1), first: tokenAt(view, apposed.start) };
      let e = pastHomeTown(view, k - 1, floor);
      e = pastAge(toks, e);
      e = pastPartyState(view, e + 1, floor) - 1;
      const s = regionStart(view, e, floor);
      // "Ruth Anstey, the MP for Wexcombe, who joined …, wrote": a description in apposition to a person before it.
      // "Rebecca Sowande, 34, a teacher from Tulsa, Oklahoma, who …": past an age.
      const aged = pastAge(toks, s - 2);
      // "Nikos Petrides, Cyprus's transport minister, who …": a role with its owner, too.
      const head = toks[s - 1]?.word === ',' && aged > floor && (ARTICLES.has(toks[s]!.lower) || (ROLE_WORDS.has(toks[e]!.lower) && LOWER_START.test(toks[e]!.word))) ? personMentionEndingAt(view, toks[aged]!.end) : undefined;
      if (head) return { speaker: speakerOfRegion(view, tokenAt(view, head.start), s - 2), first: tokenAt(view, head.start) };
      return { speaker: speakerOfRegion(view, s, e, false, true), first: s };
    }
    if (k > floor && toks[k]!.word === ',') {
      let s = regionStart(view, k - 1, floor);
      // "Anderson Cooper, of CNN, one of her sons, stated": past a phrase that opens with "of".
      if (/^(?:of|from|at)$/.test(toks[s]!.lower) && toks[s - 1]?.word === ',' && s - 1 > floor) {
        k = s - 1;
        s = regionStart(view, k - 1, floor);
      }
      // "The complaint, filed Tuesday in Hartford Superior Court by United Nurses of Connecticut, says": who filed it.
      const issued = s + 1 <= k - 1 && k - 1 - s <= MAX_DOCUMENT_MODIFIERS ? documentIssuedBy(view, s, j - 1) : undefined;
      if (issued !== undefined) return { speaker: issued, first: s };
      // The apposition names the speaker only when it is a noun phrase, not "speaking to X".
      const np = !NOT_NOUN_PHRASE.test(toks[k + 1]!.lower) || UPPER_START.test(toks[k + 1]!.word);
      // "…, Nana Osei Kwabena Agyemang III, has warned": past a form of address before the name.
      let named = k + 1;
      while (named < j - 2 && UPPER_START.test(toks[named]!.word) && ROLE_WORDS.has(toks[named]!.lower)) named++;
      const startsWithName = np && personStartingAt(view, toks[named]!.start);
      const inside = np ? speakerOfRegion(view, k + 1, j - 1, true, true) : null;
      if (startsWithName && inside) return { speaker: inside, first: s };
      // "Anouk Brouwer, migration spokeswoman for the junior partner, the Social Liberal Party,
      // posted": a person's name heading a chain of appositions; not before two people named as the subject.
      const head = toks[s - 1]?.word === ',' && s - 1 > floor && mentionsIn(view, toks[s]!.start, toks[k - 1]!.end).filter((m) => typeOf(view, m.entity) === 'PERSON').length < 2 ? personMentionEndingAt(view, toks[s - 2]!.end) : undefined;
      if (head && !startsWithName) return { speaker: speakerOfRegion(view, tokenAt(view, head.start), s - 2), first: tokenAt(view, head.start) };
      // "The UN refugee agency, UNHCR, said": a body's name after its description in lower case.
      // "Pellucid's plan administrator, Stonebridge Recovery Partners, said": a body holding another's role.
      const owned = toks.slice(s, k).some((x) => /^['’]s$/.test(x.word) || /^(?:its|their)$/.test(x.lower));
      const body = np && LOWER_START.test(toks[k - 1]!.word) && !PERSON_NOUNS.has(toks[k - 1]!.lower) && (!ROLE_WORDS.has(toks[k - 1]!.lower) || owned) ? namedBodyBetween(view, k + 1, j - 1) : undefined;
      if (body) return { speaker: body, first: s };
      const person = speakerOfRegion(view, s, k - 1, true, true);
      // "France, the former colonial power, said": a country or body heads an apposition that names nobody.
      if (!person && inside && !mentionsIn(view, toks[k + 1]!.start, toks[j - 1]!.end).length) {
        const named = speakerOfRegion(view, s, k - 1, false, true);
        const entity = named?.entity ? view.entityById.get(named.entity) : undefined;
        if (entity && typeOf(view, entity) !== 'PERSON') return { speaker: named, first: s };
      }
      // "One news site, Znak.com, claims": a body named in the apposition of an unnamed head.
      const speaker = person ?? inside ?? speakerOfRegion(view, s, k - 1, false, true) ?? (np ? speakerOfRegion(view, k + 1, j - 1, false, true) : null);
      return { speaker, first: s };
    }
    return { speaker: speakerOfRegion(view, regionStart(view, j - 1, floor), j - 1, false, true), first: j };
  }
  // "LONDON (Reuters) - Aldane said": past a wire dateline.
  const s = pastWireCredit(toks, datelineEnd(view, regionStart(view, j, floor), j), j);
  // "Shopper Nadia Kourakis, 34, of Parramatta said": a home town (and an age) after the person.
  if (/^(?:of|from)$/.test(toks[s]?.lower ?? '') && toks[s - 1]?.word === ',') {
    const e = pastAge(toks, s - 2);
    const person = e > floor ? personMentionEndingAt(view, toks[e]!.end) : undefined;
    if (person) return { speaker: speakerOfRegion(view, tokenAt(view, person.start), e), first: tokenAt(view, person.start) };
  }
  if (PRONOUNS[t.lower] && (s === j || !LOWER_START.test(toks[j - 1]?.word ?? ''))) {
    // "Asked whether Mr Mac Giolla Bhríde's position was secure, he replied": not someone the question names.
    const opening = view.sentenceTokens[t.sentence]?.first ?? j;
    const asked = toks[j - 1]?.word === ',' && /^(?:asked|pressed|questioned)$/.test(toks[opening]!.lower) && opening < j - 1;
    return { speaker: pronounSpeaker(view, t.word, asked ? toks[opening]!.start : t.start), first: j };
  }
  return { speaker: speakerOfRegion(view, s, j, false, true), first: s };
}

/** "May 6 (Reuters) - The governor …": the token after a wire credit's dash inside tokens s..j, else s. */
function pastWireCredit(toks: View['toks'], s: number, j: number): number {
  for (let k = j - 1; k > s; k--) if (/^[-–—]$/.test(toks[k]!.word) && toks[k - 1]!.word === ')') return k + 1;
  return s;
}

/**
 * "the commission, which advises Cambodia, Laos, Thailand and Vietnam, said": the comma before
 * "which"/"who" or an apposition ("a carrier that …") when the commas after it only separate the
 * names of a list or go on with "and" a verb; else `k`.
 */
function pastListInRelative(toks: View['toks'], k: number, j: number, floor: number): number {
  const listItem = (a: number, b: number) => b - a >= 0 && b - a < 4 && toks.slice(a, b + 1).every((t) => UPPER_START.test(t.word) || t.lower === 'and');
  // "Moira Galbraith, whose mother, Agnes, has lived there for years, said": a name in apposition inside the relative clause.
  if (toks[k]?.word === ',' && LOWER_START.test(toks[k + 1]?.word ?? '')) {
    let r = k - 1;
    while (r > floor && toks[r]!.word !== ',' && k - r < MAX_SUBJECT_TOKENS) r--;
    let w = r - 1;
    while (w > floor && toks[w]!.word !== ',' && r - w < MAX_SUBJECT_TOKENS) w--;
    if (toks[r]?.word === ',' && listItem(r + 1, k - 1) && toks[w]?.word === ',' && /^(?:who|whose)$/.test(toks[w + 1]!.lower)) return w;
  }
  // "…, which is based in Columbus, Ohio, and operates 212 terminals, said": the relative clause goes on after "and".
  const goesOn = (a: number) => /^(?:and|or)$/.test(toks[a]?.lower ?? '') && LOWER_START.test(toks[a + 1]?.word ?? '') && !PRONOUNS[toks[a + 1]!.lower];
  // "Prairie Central, a regional carrier that runs … across Nebraska, Kansas and Iowa, said": a description in apposition.
  // Not "a member of the assembly, Hon. Kehinde Adeosun, claimed": the apposition must end a list ("and").
  const opens = (a: number, list: boolean) => /^(?:who|which|whose)$/.test(toks[a]!.lower) || (list && /^(?:a|an)$/.test(toks[a]!.lower) && LOWER_START.test(toks[a + 1]?.word ?? ''));
  let c = k;
  let end = j;
  let list = false;
  while (c > floor && toks[c]!.word === ',' && (listItem(c + 1, end - 1) || (end === j && goesOn(c + 1)))) {
    let r = c - 1;
    while (r > floor && toks[r]!.word !== ',' && c - r < MAX_SUBJECT_TOKENS) r--;
    if (toks[r]?.word !== ',') break;
    list ||= toks.slice(c + 1, end).some((t) => t.lower === 'and');
    if (opens(r + 1, list)) return r;
    end = c;
    c = r;
  }
  return k;
}

const PLACES: ReadonlySet<EntityType> = new Set(['GPE', 'LOC']);
const BODIES_AND_PLACES: ReadonlySet<EntityType> = new Set(['ORG', 'GPE', 'LOC']);

/**
 * True when the tokens between the commas at `comma` and `end` are one place named right after an
 * organisation or place ("University of Arkansas, Fayetteville"). Read from the document's entities:
 * places are no speakers, so the view's mentions leave them out.
 */
/** The organisation whose mention is exactly tokens [a, b], maybe with a short name in brackets after it, if one is. */
function namedBodyBetween(view: View, a: number, b: number): Ref | undefined {
  // "Servicios Hidráulicos Metropolitanos (SHM)": past a short name in brackets.
  if (view.toks[b]!.word === ')' && view.toks[b - 2]?.word === '(' && b - 3 >= a) b -= 3;
  // "The fourth party, the Hungarian Civic Alliance, said": past the article.
  if (view.toks[a]!.lower === 'the' && a < b) a++;
  const m = view.mentions[lowerBound(view.mentions, view.toks[a]!.start)];
  // "The Portuguese operator, Redes Energéticas Lusitanas (REL), noted": a name the entity stage did not find, as written.
  if (!mentionsIn(view, view.toks[a]!.start, view.toks[b]!.end).length && writtenName(view, a, b)) return { name: view.text.slice(view.toks[a]!.start, view.toks[b]!.end) };
  if (!m || m.start !== view.toks[a]!.start || m.end !== view.toks[b]!.end || typeOf(view, m.entity) !== 'ORG') return undefined;
  return speakerOfRegion(view, a, b) ?? undefined;
}

/** Lower-case words inside a name written in a Romance language ("Redes Energéticas de Portugal"). */
const NAME_JOINERS = /^(?:de|del|da|do|dos|das|di|du|des|la|le|y|e|of|and|for)$/;

/** True when tokens a..b read as a name: two capitalised words or more, with joiners between. */
function writtenName(view: View, a: number, b: number): boolean {
  const toks = view.toks.slice(a, b + 1);
  return toks.filter((t) => UPPER_START.test(t.word)).length >= 2 && UPPER_START.test(toks[0]!.word) && UPPER_START.test(toks[toks.length - 1]!.word) && toks.every((t) => UPPER_START.test(t.word) || NAME_JOINERS.test(t.word) || t.word === '-');
}

/** True when the comma at token `comma` stands between a city and its state in a compound ("Austin, Texas-based"). */
function placesAround(view: View, comma: number): boolean {
  const toks = view.toks;
  const before = toks[comma - 1]?.end;
  const after = toks[comma + 1]?.start;
  const place = (test: (m: { start: number; end: number }) => boolean) => view.doc.entities.some((e) => PLACES.has(typeOf(view, e)) && e.mentions.some(test));
  const hyphen = toks[comma + 2];
  return before !== undefined && after !== undefined && hyphen?.word === '-' && hyphen.start === toks[comma + 1]!.end && place((m) => m.end === before) && place((m) => m.start === after);
}

function placeQualifier(view: View, comma: number, end: number): boolean {
  const toks = view.toks;
  if (comma < 1 || comma + 1 >= end) return false;
  const from = toks[comma + 1]!.start;
  const to = toks[end - 1]!.end;
  const before = toks[comma - 1]!.end;
  const typed = (types: ReadonlySet<EntityType>, test: (m: { start: number; end: number }) => boolean) =>
    view.doc.entities.some((e) => types.has(typeOf(view, e)) && e.mentions.some(test));
  return typed(PLACES, (m) => m.start === from && m.end === to) && typed(BODIES_AND_PLACES, (m) => m.end === before);
}

/** True when the few tokens ending at j read "PERSON of X" ("Ross Spano of Florida"), X capitalised. */
function personOfBefore(view: View, j: number): boolean {
  const toks = view.toks;
  for (let k = j - 1; k >= 1 && j - k <= 3; k--) {
    if (toks[k]!.lower === 'of') return personEndingAt(view, toks[k - 1]!.end) && UPPER_START.test(toks[k + 1]!.word);
  }
  return false;
}

/** Verbs that relay someone's words with "as saying" ("quoted X as saying"). */
const RELAYING = /^(?:quoted|quotes|quoting|cited|cites|citing)$/;

/**
 * `Politico quoted Tim Manning, formerly …, as saying "…"`: the one quoted is the speaker of a
 * participle after "as". Undefined when the verb at v is not in such a frame.
 */
function quotedAs(view: View, v: number, floor: number): { speaker: Ref | null; first: number } | undefined {
  const toks = view.toks;
  if (toks[v - 1]?.lower !== 'as' || !toks[v]!.lower.endsWith('ing')) return undefined;
  for (let k = v - 2; k >= floor && v - k <= MAX_SUBJECT_TOKENS; k--) {
    if (quotationAt(view, toks[k]!.start) || /^[.;:]$/.test(toks[k]!.word)) return undefined;
    if (RELAYING.test(toks[k]!.lower) && toks[k]!.word === toks[k]!.lower) {
      if (k + 1 > v - 2) return undefined;
      // "quoted X, the UAE's deputy interior minister, as saying": the name before the apposition.
      let e = k + 1;
      while (e < v - 2 && toks[e]!.word !== ',') e++;
      const named = e < v - 2 && e > k + 1 ? speakerOfRegion(view, k + 1, e - 1, true) : null;
      return { speaker: named ?? speakerOfRegion(view, k + 1, v - 2), first: k + 1 };
    }
  }
  return undefined;
}

/** A day, month or period named after "on", "in", "last", "this" ("on Sunday", "last week"). */
const TIME_NOUN = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|morning|afternoon|evening|night|week|weekend|month|year)$/;

/**
 * The token before a time adjunct ending at token j ("X, on Sunday, told", "X on Monday
 * morning said"): the subject comes before it. j itself when there is none.
 */
function pastTimeAdjunct(view: View, j: number, floor: number): number {
  const toks = view.toks;
  let k = j;
  if (toks[k]?.word === ',') k--;
  let n = 0;
  while (k >= floor && n < 3 && (TIME_NOUN.test(toks[k]!.word) || NUMBER.test(toks[k]!.word))) {
    k--;
    n++;
  }
  if (n === 0 || k < floor || !/^(?:on|in|last|this|late|early)$/.test(toks[k]!.lower)) return j;
  k--;
  // Set off by commas on both sides, or by none ("X, who …, in 2017, responded": not the subject's).
  if (toks[j]?.word !== ',') return k;
  return toks[k]?.word === ',' ? k - 1 : j;
}

/** The recorded speaker of the quotation whose closing mark is token k (null if none). */
function quoteSpeakerAt(view: View, k: number): Ref | null {
  const t = view.toks[k];
  if (!t || !QUOTE_MARK.test(t.word)) return null;
  const q = quotationAt(view, t.start);
  if (!q) return null;
  const speakers = speakersOf(view);
  const s = speakers.find((r) => r.start <= q.start && q.start <= r.end) ?? speakers.find((r) => r.end >= q.end - 1 && r.start <= q.end);
  return s?.ref ?? null;
}

/** Start of the main clause before a participle at comma j: the sentence start or after ";"/":". */
function mainClauseStart(view: View, j: number, floor: number): number {
  let i = j;
  floor = Math.max(floor, j - MAX_FRAME_LOOKBACK_TOKENS);
  for (;;) {
    if (i <= floor || /^[;:]$/.test(view.toks[i - 1]!.word)) break;
    const q = quotationAt(view, view.toks[i - 1]!.start);
    if (q) {
      // A quoted fragment inside the clause ("gave its "deepest sympathies" and said") is passed.
      const first = tokenAt(view, q.start);
      if (first <= floor || view.text.slice(q.start, q.end).split(/\s+/).length >= 4) break;
      i = first;
      continue;
    }
    i--;
  }
  return i;
}

/** Nouns ending in -ing that name a kind of business before its name ("rating agency Austral Ratings", "mining group X"). */
const ING_NOUNS = new Set(['rating', 'ratings', 'mining', 'shipping', 'banking', 'holding', 'clothing', 'publishing', 'trading', 'building', 'housing', 'consulting', 'engineering', 'lending', 'polling', 'gaming', 'recording', 'broadcasting', 'printing', 'processing', 'clearing']);

/** True when token i is a lower-case noun before a person's name ("physician" in "Presidential physician Sean Conley"), not a verb. */
function nounBeforeName(view: View, i: number): boolean {
  const toks = view.toks;
  // Up to three nouns before the name ("logistics group Aldane", "rival carmaker Toyota").
  for (let k = i; k < i + MAX_NOUNS_BEFORE_NAME; k++) {
    const t = toks[k]!;
    const next = toks[k + 1];
    if (!LOWER_WORD.test(t.word) || FINITE_CUES.has(t.lower) || VERB_LEMMAS.has(t.lower) || (/(?:ed|ing)$/.test(t.lower) && !ING_NOUNS.has(t.lower)) || SUBORDINATORS.has(t.lower) || PREPOSITION_LIKE.has(t.lower) || DETERMINERS.has(t.lower)) return false;
    if (!next || next.sentence !== t.sentence) return false;
    // The noun right before the name is singular ("group Aldane"; "carriers lists Saha" is a verb).
    if (personStartingAt(view, next.start) || organisationStartingAt(view, next.start)) return !/[^s]s$/.test(t.lower);
  }
  return false;
}
const MAX_NOUNS_BEFORE_NAME = 3;

/** True when an organisation's mention starts at `start`. */
function organisationStartingAt(view: View, start: number): boolean {
  const m = view.mentions[lowerBound(view.mentions, start)];
  return m !== undefined && m.start === start && typeOf(view, m.entity) === 'ORG';
}
/** Words before a name that open a phrase, not a noun ("after", "with", "said"). */
const PREPOSITION_LIKE = new Set([...NOUN_BEFORE, 'to', 'with', 'against', 'than', 'told', 'said', 'met', 'says']);

/** The last token of "government of Guam" from the noun at token h: its "of" and a name, if any, within b. */
function ofNameEnd(view: View, h: number, b: number): number {
  const toks = view.toks;
  const n = toks[h + 2]?.lower === 'the' ? h + 3 : h + 2;
  if (!/^(?:of|for)$/.test(toks[h + 1]?.lower ?? '') || n > b || !UPPER_START.test(toks[n]!.word)) return h;
  let e = n;
  // "Centers for Medicare & Medicaid Services": small words inside the name; "Guinea's Ministry of Justice": a possessive before it.
  while (e < b && (UPPER_START.test(toks[e + 1]!.word) || (/^(?:&|and|for|of|'s|’s)$/.test(toks[e + 1]!.lower) && e + 1 < b && UPPER_START.test(toks[e + 2]!.word)))) e++;
  return e;
}

/** Words that qualify a title rather than end it ("the former …", "the deputy …"). */
const TITLE_MODIFIERS = /^(?:former|deputy|acting|interim|senior|assistant|associate|regional|vice|chief|general|state|federal|national)$/;

/** Most tokens of an introductory phrase opened by a preposition or a participle. */
const MAX_INTRODUCTION_TOKENS = 20;

/** Most introductory phrases passed before a clause's subject. */
const MAX_INTRODUCTIONS = 3;

/**
 * Index past the introductory phrase opening at token s, up to its comma ("On Monday, ",
 * "A month later, "); s itself when there is none or nothing would be left up to b.
 */
function pastIntroduction(view: View, s: number, b: number): number {
  const toks = view.toks;
  let next = s;
  const dateline = datelineEnd(view, s, b);
  if (dateline > s) return dateline;
  if (INTRODUCERS.has(toks[s]!.lower) || participleOpening(view, s)) {
    for (let k = s; k < Math.min(b, s + 8); k++) if (toks[k]!.word === ',') next = k + 1;
    // "In a video posted on his social media accounts later in the day, the governor …": a longer
    // phrase, up to its first comma.
    for (let k = s + 8; next === s && k < Math.min(b, s + MAX_INTRODUCTION_TOKENS); k++) if (toks[k]!.word === ',') next = k + 1;
  } else {
    for (let k = s + 1; k < Math.min(b, s + 4); k++) {
      if (TIME_PHRASE_END.test(toks[k]!.lower) && toks[k + 1]!.word === ',') {
        next = k + 2;
        break;
      }
    }
  }
  return next > b ? s : next;
}

/** "Underwhelmed with her role, she …": a clause opened by a participle, not a name. */
function participleOpening(view: View, s: number): boolean {
  const t = view.toks[s]!;
  return /^\p{Lu}\p{Ll}{4,}(?:ed|ing)$/u.test(t.word) && LOWER_START.test(view.toks[s + 1]?.word ?? '') && view.mentions[lowerBound(view.mentions, t.start)]?.start !== t.start;
}

/** The subject at the start of a clause: a leading pronoun, or the first named speaker in it. */
export function mainSubject(view: View, a: number, b: number): Ref | null {
  const toks = view.toks;
  // Skip introductory phrases ("On Monday, …", "A month later, during the debate, …").
  let s = a;
  for (let n = 0; n < MAX_INTRODUCTIONS; n++) {
    const next = pastIntroduction(view, s, b);
    if (next === s) break;
    s = next;
  }
  // "Her publicist, Dana Pryor, declined …", "Loopline's chief privacy officer, Marcus Feeney, went
  // further": the person named in apposition to a possessive's noun.
  const owner = view.mentions[lowerBound(view.mentions, toks[s]!.start)];
  // "The company's co-founder and chief executive, Corbin Ashgrove, …" too.
  const nounOwner = toks[s]!.lower === 'the' && LOWER_START.test(toks[s + 1]?.word ?? '') && /^['’]s$/.test(toks[s + 2]?.word ?? '') ? s + 2 : -1;
  const possessive = /^(?:her|his|its|their)$/.test(toks[s]!.lower) ? s : owner && owner.start === toks[s]!.start && /^['’]s$/.test(toks[tokenAt(view, owner.end)]?.word ?? '') ? tokenAt(view, owner.end) : nounOwner;
  if (possessive >= 0 && LOWER_START.test(toks[possessive + 1]?.word ?? '')) {
    let k = possessive + 1;
    while (k < b && k < possessive + 8 && (LOWER_START.test(toks[k]!.word) || /^[-‑]$/.test(toks[k]!.word))) k++;
    // "His colleague, ECB board member Ana Lucía Ferreiro, struck …": a role may precede the name.
    let c = k + 1;
    while (toks[k]?.word === ',' && c < b && c <= k + 10 && toks[c]!.word !== ',') c++;
    const m = toks[c]?.word === ',' && c > k + 1 ? personMentionEndingAt(view, toks[c - 1]!.end) : undefined;
    if (m && m.start >= toks[k + 1]!.start) return speakerOfRegion(view, tokenAt(view, m.start), c - 1);
  }
  // "her family said": the people around someone speak for themselves, not for her.
  if (/^(?:her|his|their)$/.test(toks[s]!.lower) && RELATIVES.test(toks[s + 1]?.lower ?? '')) return speakerOfRegion(view, s, s + 1);
  if (PRONOUNS[toks[s]!.lower]) return pronounSpeaker(view, toks[s]!.word, toks[s]!.start);
  // "The plaintiffs — goalkeeper A, rower B and pitcher C — are seeking …": the people listed, jointly.
  const listed = listedSubject(view, s, b);
  if (listed) return listed;
  // The subject ends at the first lower-case verb-like word after a name.
  let e = s;
  // "Baloch and Waseem's mother": a possessive takes its noun into the subject.
  // "Seo Dong-hyun": a lower-case part joined by a hyphen is still the name.
  while (e < b && (!LOWER_START.test(toks[e + 1]!.word) || (toks[e + 1]!.start === toks[e]!.end && /^[-‑]$/.test(toks[e]!.word) && UPPER_START.test(toks[e - 1]?.word ?? '')) || DETERMINERS.has(toks[e + 1]!.lower) || /^(?:of|for|and|the|at|from|in|de|al)$/.test(toks[e + 1]!.lower) || toks[e + 1]!.word === ',' || (/^['’]s$/.test(toks[e]!.word) && !VERB_LEMMAS.has(toks[e + 1]!.lower)) || INSTITUTION_HEADS.has(`${toks[e]!.lower} ${toks[e + 1]!.lower}`) || nounBeforeName(view, e + 1))) e++;
  // "Sweden's justice minister on Monday defended": a possessive's role words.
  if (e > s && /^['’]s$/.test(toks[e - 1]!.word)) while (e < b && ROLE_WORDS.has(toks[e + 1]!.lower) && LOWER_START.test(toks[e + 1]!.word)) e++;
  // "The team's lead driver Luca Baroni posted": a possessive's noun for a person, then the person's name.
  const own = /^['’]s$/.test(toks[e]?.word ?? '') ? e : possessive > s && /^['’]s$/.test(toks[possessive]!.word) ? possessive : -1;
  if (own >= 0) {
    let k = own + 1;
    while (k < b && k <= own + 3 && LOWER_START.test(toks[k]!.word)) k++;
    const named = k > own + 1 && k <= b && (PERSON_NOUNS.has(toks[k - 1]!.lower) || ROLE_WORDS.has(toks[k - 1]!.lower)) ? view.mentions[lowerBound(view.mentions, toks[k]!.start)] : undefined;
    if (named && named.start === toks[k]!.start && named.end <= toks[b]!.end && typeOf(view, named.entity) === 'PERSON') return speakerOfRegion(view, k, tokenAt(view, named.end) - 1);
  }
  // "Federal prosecutors in Manhattan charged …": the noun after an adjective of office.
  if (e === s && e < b && /^(?:Federal|State)$/.test(toks[s]!.word) && /^(?:prosecutors|prosecution)$/.test(toks[s + 1]!.lower)) e++;
  // "Two U.S. senators demanded …": a count takes its plural noun into the subject.
  if (e < b && e > s && COUNTED.test(toks[s]!.lower) && /^\p{Ll}{3,}s$/u.test(toks[e + 1]!.word)) e++;
  // "The embassy declined …": a determiner takes its noun into the subject.
  if (e === s && e < b && /^(?:the|this|that)$/.test(toks[s]!.lower) && ORG_NOUNS.has(toks[s + 1]!.lower)) e = ofNameEnd(view, s + 1, b);
  // "The statement named the dead soldiers …, and said": a document as the subject.
  if (e === s && e < b && /^(?:the|this|that)$/.test(toks[s]!.lower) && DOCUMENT_NOUNS.test(toks[s + 1]!.lower)) e = s + 1;
  // "A spokesperson for the Centers for Medicare & Medicaid Services declined …": the body spoken for.
  if (e === s && e < b && /^(?:a|an|the)$/.test(toks[s]!.lower) && /^spokes(?:person|man|woman)$/.test(toks[s + 1]!.lower)) e = ofNameEnd(view, s + 1, b);
  // "The singer shared …", "The 36-year-old striker scored …", "The 26-year-old had …": a noun
  // for a person, or an age, ends the subject.
  if (/^(?:the|a|an)$/.test(toks[s]!.lower)) {
    for (let k = s + 1; k <= Math.min(b, s + 6) && !verbAt(view, k); k++) {
      const age = toks[k]!.lower === 'old' && toks[k - 1]?.word === '-' && toks[k - 2]?.lower === 'year';
      // "the governor went further": a title in lower case ends the subject too.
      // Not the small words inside titles ("of" in "Chief of Staff").
      const role = ROLE_WORDS.has(toks[k]!.word) && !TITLE_MODIFIERS.test(toks[k]!.word) && !PREPOSITIONS.has(toks[k]!.word) && !DETERMINERS.has(toks[k]!.word) && toks[k]!.word !== 'and';
      if (PERSON_NOUNS.has(toks[k]!.lower) || age || role) e = Math.max(e, k);
      if (PERSON_NOUNS.has(toks[k]!.lower)) break;
    }
  }
  const found = speakerOfRegion(view, s, Math.min(b, e));
  if (found) return found;
  // "One of these groups, the Syrian Democratic Forces (SDF), opposed …": the name in the
  // apposition after an unnamed head.
  for (let k = s + 1; k <= Math.min(b, s + 8); k++) {
    if (toks[k]!.word !== ',') continue;
    let n = k + 1;
    if (toks[n]?.lower === 'the') n++;
    const m = toks[n] ? view.mentions[lowerBound(view.mentions, toks[n]!.start)] : undefined;
    if (!m || m.start !== toks[n]!.start) return null;
    let after = tokenAt(view, m.end);
    if (toks[after]?.word === '(' && toks[after + 2]?.word === ')') after += 3;
    return toks[after]?.word === ',' ? speakerOfRegion(view, k + 1, after - 1) : null;
  }
  return null;
}

/**
 * Attribution right after a quotation closing at `offset`, in the same paragraph:
 * `"…," X said` / `"…," said X` / `"…" according to X`.
 */
export function frameAfter(view: View, offset: number, quoteEndsSentence: boolean): Frame | undefined {
  const toks = view.toks;
  let i = tokenAt(view, offset);
  if (view.text.slice(offset, toks[i]?.start ?? offset).includes('\n')) return undefined;
  // A period, semicolon or colon after the closing mark ends the sentence: what follows is new.
  if (i < toks.length && /^[.!?;:]$/.test(toks[i]!.word)) return undefined;
  while (i < toks.length && PUNCT.test(toks[i]!.word) && toks[i]!.word !== '—') i++;
  const first = toks[i];
  if (!first || view.text.slice(offset, first.start).includes('\n')) return undefined;
  // `"…" — as X put it —`, `"…," as X put it.`
  const asPut = asPutIt(view, /^[—–]$/.test(first.word) ? i + 1 : i);
  if (asPut) return asPut;
  // `"…," the party said`: after a comma a determiner opens the speaker's noun phrase.
  const closed = view.text.slice(Math.max(0, offset - 3), offset);
  const afterComma = COMMA_BEFORE_MARK.test(closed) || toks[i - 1]?.word === ',' || (ASKED_BEFORE_MARK.test(closed) && !quoteEndsSentence);
  // A participle opens a clause ("…," saying …); "Acting U.S. Attorney X", "Managing Director X" open a subject.
  const titled = UPPER_START.test(first.word) && UPPER_START.test(toks[i + 1]?.word ?? '');
  // "managing partner Anjali Varadan said": a participle in a role before a name.
  if ((NOT_ATTRIBUTION.has(first.word) && !(afterComma && ARTICLES.has(first.word))) || (first.word.endsWith('ing') && first.lower !== 'according' && !titled && !roleThenPerson(view, i + 1))) return undefined;
  const closing = toks[tokenAt(view, offset - 1)];
  if (closing && first.sentence !== closing.sentence && UPPER_START.test(first.word)) quoteEndsSentence = true;
  // according to X
  if (first.lower === 'according' && toks[i + 1]?.lower === 'to') {
    const e = phraseEnd(view, i + 2);
    return { speaker: accordingTo(view, i + 2, e), verb: 'according to', verbTok: i, first: i + 2, end: frameEnd(view, e) };
  }
  // said X
  const lemma = verbAt(view, i);
  if (lemma && !quoteEndsSentence) {
    const e = phraseEnd(view, i + 1);
    // `X, who described him as "…," said the party would …`: a clause after the verb is what X said, no inverted subject.
    if (e > i + 1 && clauseAfterVerb(toks, i + 1, e)) return undefined;
    if (e > i + 1) {
      let speaker = speakerOfRegion(view, i + 1, e - 1);
      // "said University of California, San Diego's chancellor, Pradeep Khosla.": the person
      // named in the apposition that ends the sentence.
      if (toks[e]?.word === ',' && (!speaker?.entity || typeOf(view, view.entityById.get(speaker.entity)!) !== 'PERSON')) {
        let s = e;
        while (s < toks.length && s - e < MAX_FRAME_TOKENS && toks[s]!.sentence === toks[i]!.sentence && !/^[.!?;:"“”]$/.test(toks[s]!.word) && !quotationAt(view, toks[s]!.start)) s++;
        if (SENTENCE_END.test(toks[s]?.word ?? '')) speaker = speakerOfRegion(view, e + 1, s - 1, true, true) ?? speaker;
      }
      return { speaker, verb: lemma, verbTok: i, first: i + 1, end: frameEnd(view, inversionEnd(view, i, e)) };
    }
  }
  // X said: the phrase before the verb opens like a subject (a name, a pronoun, a determiner, a
  // count of people, "one of the sources", an ordinal: "1st Fleet Command's … head Arba Agung told").
  // "al-Subaie said": a name may open with a lower-case particle.
  // "van Ommeren told", "van der Merwe said": particles before a surname the view reads without them.
  let named = i;
  while (named < i + 3 && NAME_PARTICLES.test(toks[named]?.word ?? '')) named++;
  const particleName = personStartingAt(view, first.start) || (named > i && personStartingAt(view, toks[named]?.start ?? -1));
  // "co-founder and chief executive Adrian Vollrath wrote": where the person's name starts after role words, read once.
  let roleStart: number | undefined;
  const personAfterRole = () => (roleStart ??= rolePersonStart(view, i));
  if (!UPPER_START.test(first.word) && !PRONOUNS[first.lower] && !DETERMINERS.has(first.lower) && !COUNTED.test(first.lower) && !/^\d+(?:st|nd|rd|th)$/.test(first.word) && !particleName && personAfterRole() < 0) return undefined;
  for (let v = i + 1; v < toks.length && v <= i + MAX_VERB_AFTER_TOKENS; v++) {
    const t = toks[v]!;
    if (/^[.!?;:"“”«»]$/.test(t.word) || quotationAt(view, t.start) || view.text.slice(toks[v - 1]!.end, t.start).includes('\n')) break;
    // `"…," X, a former deputy who left Russia in 2014, told …`: a relative clause inside an apposition.
    if ((t.word === 'who' || t.word === 'whose') && toks.slice(i + 1, v).some((x) => x.word === ',')) {
      let c = v + 1;
      while (c < toks.length && c <= i + MAX_VERB_AFTER_TOKENS && toks[c]!.word !== ',' && !/^[.!?;:"“”]$/.test(toks[c]!.word)) c++;
      if (toks[c]?.word === ',') {
        v = c;
        continue;
      }
    }
    if (CLAUSE_OPENERS.has(t.word) && !joinsSpeakers(view, v) && !joinsRoles(view, i, v) && !(t.word === 'and' && v < personAfterRole())) break;
    const l = verbAt(view, v);
    if (!l) continue;
    // After a quotation ending its sentence, "X said" must also end soon ("… ." Trump said.).
    if (quoteEndsSentence) {
      const after = phraseEnd(view, v + 1);
      if ((after - v > 4 || !SENTENCE_END.test(toks[after]?.word ?? '.')) && !attributionOnly(view, v)) return undefined;
    }
    const subj = subjectOf(view, v, i);
    const e = phraseEnd(view, v + 1);
    return { speaker: subj.speaker, verb: l, verbTok: v, first: i, end: frameEnd(view, clauseEnd(view, e)) };
  }
  return undefined;
}

/** Most words between "with" and its participle ("with some local press claiming"). */
const MAX_WITH_SUBJECT_TOKENS = 7;
/** Most tokens of a name in commas after the subject ("with the minister, Joanna Prentice, declaring"). */
const MAX_APPOSED_NAME_TOKENS = 6;

/**
 * `…, with some local press claiming …`: the index of a reporting participle whose subject
 * follows "with" at token w (an absolute clause, a report of its own); undefined if none.
 */
export function withReporting(view: View, w: number): number | undefined {
  const toks = view.toks;
  if (w < 0) return undefined;
  let limit = w + MAX_WITH_SUBJECT_TOKENS;
  for (let k = w + 2; k <= limit && k < toks.length; k++) {
    const t = toks[k]!;
    // "with the Minister for Aged Care, Joanna Prentice, declaring": past a name in apposition.
    const next = t.word === ',' ? view.mentions[lowerBound(view.mentions, toks[k + 1]?.start ?? -1)] : undefined;
    const named = next && next.start === toks[k + 1]!.start && typeOf(view, next.entity) === 'PERSON' ? next : undefined;
    const close = named ? lowerBound(toks, named.end) : -1;
    if (named && toks[close]?.word === ',' && close - k <= MAX_APPOSED_NAME_TOKENS) {
      limit = close + 2;
      k = close;
      continue;
    }
    if (t.sentence !== toks[w]!.sentence || CLAUSE_PUNCTUATION.test(t.word)) return undefined;
    if (t.word === t.lower && t.lower.endsWith('ing') && INDIRECT_LEMMAS.has(VERB_LEMMAS.get(t.lower) ?? '')) return k;
  }
  return undefined;
}

/** `…, with some local press claiming …`: the subject after "with" of the participle at v; undefined if it has none. */
export function withSubject(view: View, v: number): { speaker: Ref | null; first: number } | undefined {
  for (let w = v - 2; w >= v - MAX_WITH_SUBJECT_TOKENS - MAX_APPOSED_NAME_TOKENS && w >= 0; w--) {
    if (view.toks[w]!.lower !== 'with') continue;
    if (withReporting(view, w) !== v) return undefined;
    const from = withSubjectStart(view, w, v);
    return { speaker: speakerOfRegion(view, from, v - 1), first: from };
  }
  return undefined;
}

/**
 * The first token of the subject of the participle at v after "with" at w: past "and" after an
 * earlier participle ("with oil-producing states blocking a vote and Pacific island nations accusing").
 */
export function withSubjectStart(view: View, w: number, v: number): number {
  let from = w + 1;
  let participle = false;
  for (let k = w + 1; k < v; k++) {
    const t = view.toks[k]!;
    if (t.word === t.lower && t.lower.length > 4 && t.lower.endsWith('ing') && view.toks[k - 1]!.word !== '-') participle = true;
    else if (participle && t.lower === 'and') from = k + 1;
  }
  return from;
}

/**
 * Lower-case words of a role, then a person's name (`"…," federation president Janice Ross wrote`,
 * "co-founder and chief executive Adrian Vollrath wrote").
 */
function roleThenPerson(view: View, i: number): boolean {
  return rolePersonStart(view, i) >= 0;
}

/** The token where the person's name starts after the role words from token i, or -1 (see roleThenPerson). */
function rolePersonStart(view: View, i: number): number {
  let limit = i + 3;
  for (let k = i; k < limit && k < view.toks.length; k++) {
    const t = view.toks[k]!;
    // "co-founder": a hyphen inside a word.
    if (t.word === '-' && k > i && view.toks[k - 1]!.end === t.start && view.toks[k + 1]?.start === t.end) {
      limit++;
      continue;
    }
    if (t.lower === 'and' && k > i && ROLE_WORDS.has(view.toks[k - 1]!.lower)) {
      limit = Math.min(k + 4, i + MAX_ROLE_TOKENS);
      continue;
    }
    if (!LOWER_START.test(t.word) || verbAt(view, k)) break;
    // "spokesman Rear Admiral Noel Bacani": past a capitalised title.
    let n = k + 1;
    while (n < k + 4 && UPPER_START.test(view.toks[n]?.word ?? '') && ROLE_WORDS.has(view.toks[n]!.lower)) n++;
    const m = view.mentions[lowerBound(view.mentions, view.toks[n]?.start ?? Infinity)];
    // "bureau senior meteorologist Hamish Corrigan": a noun for what a person does, by its ending too.
    if (m && m.start === view.toks[n]!.start && typeOf(view, m.entity) === 'PERSON') return ROLE_WORDS.has(t.lower) || PERSON_NOUNS.has(t.lower) || /\p{Ll}{3}(?:ist|ologist|ian|er|or)$/u.test(t.lower) ? n : -1;
  }
  return -1;
}
/** Most tokens of two roles joined by "and" before a name. */
const MAX_ROLE_TOKENS = 7;

/** "gave his name only as Kiprono", "asked to be identified only as Maria" in tokens [a, b]: the name. */
function givenName(view: View, a: number, b: number): Ref | null {
  const clause = view.text.slice(view.toks[a]?.start ?? 0, view.toks[b]?.end ?? 0);
  // "who spoke to the Post by phone and asked to be identified only as Jay": the last of two predicates.
  const and = clause.lastIndexOf(' and ');
  const m = GIVEN_AS.exec(clause) ?? (and >= 0 ? GIVEN_AS.exec(clause.slice(and + 5)) : null);
  return m ? { name: (m[1] ?? m[2] ?? m[3])! } : null;
}
const GIVEN_AS = /^(?:gave|give|gives)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)$|^(?:gave|give|gives)\s+only\s+(?:his|her|their)\s+first\s+name,\s+(\p{Lu}[\p{L}'’-]+)$|^asked\s+to\s+be\s+identified\s+(?:only\s+)?(?:as|by)\s+(?:his|her|their\s+first\s+name,?\s+)?(\p{Lu}[\p{L}'’-]+)$/u;

/** US states and Canadian provinces as AP style abbreviates them after a town ("Jackson, Miss.", "Gatineau, Que."). */
const STATE_ABBREVIATION = /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo|Que|Ont|Man|Sask|Alta|Nfld)$/;
const DOTTED_STATE = /^(?:N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|R\.I|S\.C|S\.D|W\.Va|B\.C|N\.S|N\.B|P\.E\.I)\.$/;

/** Index of the comma before a state abbreviation ending at token k (", Miss." or ", N.Y."), else -1. */
function stateBefore(view: View, k: number): number {
  const toks = view.toks;
  if (toks[k]?.word === '.' && STATE_ABBREVIATION.test(toks[k - 1]?.word ?? '') && toks[k - 2]?.word === ',' && UPPER_START.test(toks[k - 3]?.word ?? '')) return k - 2;
  if (DOTTED_STATE.test(toks[k]?.word ?? '') && toks[k - 1]?.word === ',' && UPPER_START.test(toks[k - 2]?.word ?? '')) return k - 1;
  return -1;
}

/** Token e, or the token before ", 34," when e is an age after a comma ("Thomas Gray, 24"). */
const pastAge = (toks: View['toks'], e: number): number => (NUMBER.test(toks[e]?.word ?? '') && toks[e - 1]?.word === ',' ? e - 2 : e);

/** "Tulsa, Oklahoma": the comma before a state or country written out after a town ending at token k, else -1. */
function placeBefore(view: View, k: number): number {
  const toks = view.toks;
  const place = mentionEndingAt(view, toks[k]?.end ?? -1);
  const p = place ? lowerBound(toks, place.start) : -1;
  const town = p > 1 && toks[p - 1]!.word === ',' && UPPER_START.test(toks[p - 2]!.word);
  return place && town && typeOf(view, place.entity) === 'GPE' ? p - 1 : -1;
}

/** The token before a home town ending at k (", from Leeds", " of Gatineau, Que."), else k. */
function pastHomeTown(view: View, k: number, floor: number): number {
  const toks = view.toks;
  const abbreviated = stateBefore(view, k);
  const state = abbreviated > 0 ? abbreviated : placeBefore(view, k);
  const town = state > floor ? state - 1 : k;
  let f = town;
  while (f > floor && town - f < 3 && UPPER_START.test(toks[f]!.word)) f--;
  if (f === town || !/^(?:from|of|in)$/.test(toks[f]!.lower) || f - 1 <= floor) return k;
  // Not a body's own name ("a spokeswoman for the Ministry of Basic Education, who").
  if (insideMention(view, toks[f]!.start)) return k;
  // "a sharp response from Janelle Pruitt, who": a person's name is no home town.
  const person = personMentionEndingAt(view, toks[town]!.end);
  if (person && /\s/.test(view.text.slice(person.start, person.end)) && !PERSON_NOUNS.has(toks[f - 1]!.lower)) return k;
  // "of" after a name or a comma ("Marc Tremblay of Gatineau"), not "the home of Prime Minister Tuilaepa".
  if (toks[f]!.lower === 'of' && toks[f - 1]!.word !== ',' && !UPPER_START.test(toks[f - 1]!.word)) return k;
  // "a pharmacist in Leicester, England": "in" after a noun for a person, with the state written out.
  if (toks[f]!.lower === 'in' && (state <= floor || !PERSON_NOUNS.has(toks[f - 1]!.lower))) return k;
  return toks[f - 1]!.word === ',' ? f - 2 : f - 1;
}

/** True when the comma at token c opens or closes a lawmaker's party and state after a name (", D-Minn.,"). */
function partyComma(view: View, c: number): boolean {
  const toks = view.toks;
  if (toks[c]?.word !== ',') return false;
  const tag = (a: number, b: number) => b > a && PARTY_STATE.test(view.text.slice(toks[a]!.start, toks[b]!.end));
  for (let d = 2; d <= 5; d++) {
    if (toks[c + d]?.word === ',' && tag(c + 1, c + d - 1) && personMentionEndingAt(view, toks[c - 1]?.end ?? -1)) return true;
    if (toks[c - d]?.word === ',' && tag(c - d + 1, c - 1) && personMentionEndingAt(view, toks[c - d - 1]?.end ?? -1)) return true;
  }
  return false;
}

/** The comma before ", R-Iowa," when the comma at k closes a lawmaker's party and state, else k. */
function pastPartyState(view: View, k: number, floor: number): number {
  const toks = view.toks;
  if (toks[k]?.word !== ',') return k;
  let c = k - 1;
  while (c > floor && k - c <= 6 && toks[c]!.word !== ',') c--;
  return toks[c]?.word === ',' && c < k - 1 && PARTY_STATE.test(view.text.slice(toks[c + 1]!.start, toks[k - 1]!.end)) ? c : k;
}

/** Words that count unnamed people opening a speaker phrase ("one of the sources", "two officials", "another"). */
const COUNTED = /^(?:one|two|three|four|five|some|several|many|another|both|most)$/;

/** `"…," Nick Clegg and Jennifer Newstead said`: an "and" between two names joins two speakers. */
function joinsSpeakers(view: View, v: number): boolean {
  const toks = view.toks;
  if (toks[v]!.word !== 'and' || !toks[v - 1] || !toks[v + 1]) return false;
  const before = view.mentions[lowerBound(view.mentions, toks[v - 1]!.end) - 1];
  const after = view.mentions[lowerBound(view.mentions, toks[v + 1]!.start)];
  return before?.end === toks[v - 1]!.end && after?.start === toks[v + 1]!.start;
}

/**
 * "X, the team's founder and general manager, said": "and" at token v joins two roles inside an
 * apposition opened by a comma after token i and closed by a comma a few words on.
 */
function joinsRoles(view: View, i: number, v: number): boolean {
  const toks = view.toks;
  if (toks[v]!.word !== 'and' || !toks.slice(i + 1, v).some((t) => t.word === ',')) return false;
  for (let c = v + 1; c <= v + 4 && c < toks.length; c++) {
    const t = toks[c]!;
    if (t.word === ',') return c > v + 1;
    if (!LOWER_START.test(t.word) || PRONOUNS[t.lower] || verbAt(view, c)) return false;
  }
  return false;
}

/** Most tokens between "as" and "put it" ("as the Supreme Court decision put it"). */
const MAX_AS_PUT_TOKENS = 10;

/** `as X put it` from token i ("as" at i): X frames the quotation next to it; undefined when there is no such phrase. */
function asPutIt(view: View, i: number): Frame | undefined {
  const toks = view.toks;
  if (toks[i]?.lower !== 'as') return undefined;
  for (let p = i + 2; p <= i + MAX_AS_PUT_TOKENS && p + 1 < toks.length; p++) {
    const t = toks[p]!;
    if (t.sentence !== toks[i]!.sentence || /^[.!?;:]$/.test(t.word) || QUOTE_MARK.test(t.word)) return undefined;
    if (t.lower === 'put' && toks[p + 1]!.lower === 'it') return { speaker: speakerOfRegion(view, i + 1, p - 1), verb: 'say', verbTok: p, first: i + 1, end: frameEnd(view, p + 2) };
  }
  return undefined;
}

/** Relative pronouns that open a clause about a person ("…, who helped …"). */
const RELATIVE_ON_PERSON = /^(?:who|whose)$/;

/**
 * Where an inverted frame (`said his father, Abdullah Kurdi, after the ceremony.`) ends: the end of
 * its sentence when only an apposition, adjuncts or a relative clause on the speaker (`said Paul
 * Oakes, who helped …`) follow the speaker, so a quotation after it continues the same one; else
 * the end of the speaker's clause.
 */
function inversionEnd(view: View, v: number, e: number): number {
  const toks = view.toks;
  if (toks[e]?.word !== ',') return clauseEnd(view, e);
  // "said Paul Oakes, who helped …": a relative clause on the speaker only describes them.
  const describesSpeaker = RELATIVE_ON_PERSON.test(toks[e + 1]?.lower ?? '');
  let k = e;
  while (k < toks.length && k - e < MAX_FRAME_TOKENS && toks[k]!.sentence === toks[v]!.sentence && !SENTENCE_END.test(toks[k]!.word)) {
    if (QUOTE_MARK.test(toks[k]!.word) || quotationAt(view, toks[k]!.start) || /^[;:]$/.test(toks[k]!.word)) return clauseEnd(view, e);
    if (!describesSpeaker && (verbAt(view, k) || FINITE_CUES.has(toks[k]!.lower) || CLAUSE_OPENERS.has(toks[k]!.lower))) return clauseEnd(view, e);
    k++;
  }
  return SENTENCE_END.test(toks[k]?.word ?? '') ? k : clauseEnd(view, e);
}

/**
 * True when the words after a verb to the end of its sentence are adjuncts only ("… told the
 * world on Thursday via Twitter."): no clause of their own, so the sentence only attributes.
 */
function attributionOnly(view: View, v: number): boolean {
  const toks = view.toks;
  for (let k = v + 1; k < toks.length && k <= v + MAX_FRAME_TOKENS; k++) {
    const t = toks[k]!;
    if (t.sentence !== toks[v]!.sentence) return true;
    if (SENTENCE_END.test(t.word)) return true;
    if (quotationAt(view, t.start) || QUOTE_MARK.test(t.word) || /^[,;:]$/.test(t.word)) return false;
    if (t.lower === 'that' || FINITE_CUES.has(t.lower) || VERB_LEMMAS.has(t.lower) || PRONOUNS[t.lower]) return false;
    if (t.word === t.lower && /(?:[^e]ed|s)$/.test(t.lower) && t.lower.length > 3 && !/(?:ss|us|is)$/.test(t.lower)) return false;
  }
  return false;
}

/** Index just past a phrase starting at i: up to punctuation, a quotation or a paragraph break. */
function phraseEnd(view: View, i: number): number {
  const toks = view.toks;
  let e = i;
  while (e < toks.length && e - i < MAX_FRAME_TOKENS && !PUNCT.test(toks[e]!.word) && !QUOTE_MARK.test(toks[e]!.word) && !quotationAt(view, toks[e]!.start)) {
    if (e > i && view.text.slice(toks[e - 1]!.end, toks[e]!.start).includes('\n')) break;
    e++;
  }
  return e;
}

/** The speaker of "according to" tokens [i, e): the phrase, or the name in apposition after it. */
function accordingTo(view: View, i: number, e: number): Ref | null {
  return namedAfter(view, i, e)?.ref ?? speakerOfRegion(view, i, e - 1);
}

/**
 * The name in apposition after a phrase in lower case, tokens [i, e) then a comma, up to the end
 * of the sentence or another comma ("according to the agency, AFAD."), and the token after it.
 */
export function namedAfter(view: View, i: number, e: number): { ref: Ref | null; end: number } | undefined {
  const toks = view.toks;
  if (toks[e]?.word !== ',' || !toks[e + 1] || e - i < 2 || !DETERMINERS.has(toks[i]!.lower) || !toks.slice(i + 1, e).every((t) => LOWER_START.test(t.word))) return undefined;
  // "a brigade spokeswoman, Maj. Erin Castellanos": past a rank or title.
  let n = e + 1;
  while (n < e + 4 && UPPER_START.test(toks[n]?.word ?? '') && ROLE_WORDS.has(toks[n]!.lower.replace(/\.$/, ''))) n++;
  const m = view.mentions[lowerBound(view.mentions, toks[n]?.start ?? Infinity)];
  if (m && m.start === toks[n]!.start) {
    const after = tokenAt(view, m.end);
    return /^[.,;]$/.test(toks[after]?.word ?? '') ? { ref: speakerOfRegion(view, n, after - 1), end: after } : undefined;
  }
  // A name the entity stage does not know ("AFAD").
  let k = e + 1;
  while (k < e + 5 && UPPER_START.test(toks[k]?.word ?? '')) k++;
  return k > e + 1 && /^[.;]$/.test(toks[k]?.word ?? '') ? { ref: { name: view.text.slice(toks[e + 1]!.start, toks[k - 1]!.end) }, end: k } : undefined;
}

/** Index of the punctuation that ends the attribution's clause (past brackets), within reach. */
function clauseEnd(view: View, e: number): number {
  const toks = view.toks;
  let k = e;
  while (k < toks.length && k - e < MAX_FRAME_TOKENS && !CLAUSE_PUNCTUATION.test(toks[k]!.word) && !QUOTE_MARK.test(toks[k]!.word) && !quotationAt(view, toks[k]!.start)) {
    if (k > e && view.text.slice(toks[k - 1]!.end, toks[k]!.start).includes('\n')) return e;
    k++;
  }
  return k < toks.length && CLAUSE_PUNCTUATION.test(toks[k]!.word) ? k : e;
}

/** Offset where a frame ends: after the punctuation that closes it, if any. */
function frameEnd(view: View, e: number): number {
  const t = view.toks[e];
  if (t && /^[,.;:]$/.test(t.word)) return t.end;
  return view.toks[e - 1]?.end ?? 0;
}

/** Verbs of saying that need "that" for a clause but frame a quotation after adjuncts ("posted on Twitter, "…""). */
const SAYING_THAT_ONLY = new Set(['post', 'add', 'answer', 'counter', 'echo']);

/**
 * True when the verb at v is one of SAYING_THAT_ONLY and only prepositional adjuncts stand
 * between it and a comma or colon right before the quotation at token q ("posting at 12:54 am on
 * Twitter, "…"", "added in a statement: "…"").
 */
function adjunctsThenQuotation(view: View, v: number, q: number): boolean {
  const toks = view.toks;
  if (!SAYING_THAT_ONLY.has(VERB_LEMMAS.get(toks[v]!.lower) ?? '') || !ADJUNCT_PREPOSITIONS.has(toks[v + 1]?.lower ?? '')) return false;
  if (!/^[,:]$/.test(toks[q - 1]?.word ?? '')) return false;
  for (let k = v + 2; k < q - 1; k++) if (verbAt(view, k) || toks[k]!.lower === 'that' || QUOTE_MARK.test(toks[k]!.word)) return false;
  return true;
}

/** A capitalised past tense opening a sentence ("Remarked", "Added", "Said"). */
const OPENING_PAST = /^\p{Lu}\p{Ll}+(?:ed|said|wrote|told)$/u;

/**
 * `Remarked scientist Anna Berg, "…"`, `Added the mayor: "…"`: a past tense of saying opens the
 * sentence, its speaker follows, and a comma or colon leads into the quotation at token q.
 */
function invertedOpening(view: View, v: number, q: number): Omit<Frame, 'end'> | undefined {
  const toks = view.toks;
  const t = toks[v]!;
  const lemma = OPENING_PAST.test(t.word) ? VERB_LEMMAS.get(t.lower) : undefined;
  if (!lemma) return undefined;
  const mark = QUOTE_MARK.test(toks[q - 1]?.word ?? '') ? q - 1 : q;
  // Not "Asked whether the split helped the Kremlin, …": a question asked, not who was asked.
  if (!/^[,:]$/.test(toks[mark - 1]?.word ?? '') || mark - 2 <= v || /^(?:whether|if|about|what|how|why|when|where|who|to)$/.test(toks[v + 1]!.lower)) return undefined;
  for (let k = v + 1; k < mark - 1; k++) if (CLAUSE_PUNCTUATION.test(toks[k]!.word) || verbAt(view, k)) return undefined;
  return { speaker: speakerOfRegion(view, v + 1, mark - 2), verb: lemma, verbTok: v, first: v };
}

/**
 * Attribution before a quotation opening at `offset`, in its sentence: the nearest reporting
 * verb to the left outside other quotations (`X said: "…"`, `X called it "…"`, `X said the plan
 * was "…"`), or `according to X, "…"`.
 */
/** Auxiliaries that open a clause's predicate (not "do", a particle in "Maria do Carmo"). */
const PREDICATE_AUXILIARY = /^(?:would|will|had|has|have|was|were|is|are|could|should|must|can|may|might)$/;

/** True when tokens [from, to) hold an auxiliary before any relative pronoun or comma: a clause, not a speaker. */
function clauseAfterVerb(toks: View['toks'], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (/^(?:who|whose|which|that|,)$/.test(toks[k]!.lower)) return false;
    if (PREDICATE_AUXILIARY.test(toks[k]!.word)) return true;
  }
  return false;
}

/**
 * `X, who described him as "…," said`: the index of "who" (or "which") opening the relative clause
 * that ends in the quotation closed right before the verb at v; -1 otherwise.
 */
export function relativeBeforeQuotation(view: View, v: number): number {
  const toks = view.toks;
  const q = /^["”»’']$/.test(toks[v - 1]?.word ?? '') ? quotationAt(view, toks[v - 1]!.start) : undefined;
  if (!q) return -1;
  let k = lowerBound(toks, q.start) - 1;
  while (k > 0 && toks[k]!.sentence === toks[v]!.sentence && !/^(?:who|which)$/.test(toks[k]!.lower) && v - k < MAX_SUBJECT_TOKENS * 3) k--;
  return /^(?:who|which)$/.test(toks[k]?.lower ?? '') && toks[k - 1]?.word === ',' && toks[k]!.sentence === toks[v]!.sentence ? k : -1;
}

/**
 * The first token of the subject when the verb at v has a pronoun, a plural, a person's name or
 * (after a comma) a described noun as its subject right after a relative pronoun ("which she said",
 * "prices that officials said", "a line which Park said", ", which the mayor’s office says").
 */
export function relativeFrame(view: View, v: number): number | undefined {
  const toks = view.toks;
  const subject = toks[v - 1];
  if (!subject) return undefined;
  const person = UPPER_START.test(subject.word) ? personMentionEndingAt(view, subject.end) : undefined;
  let before = person ? tokenAt(view, person.start) - 1 : v - 2;
  // "in what Interior Minister Valon Berisha said was": past the title before the name.
  if (person) for (let k = before; k > before - 4 && k > 0 && UPPER_START.test(toks[k]!.word) && ROLE_WORDS.has(toks[k]!.lower); k--) if (/^(?:which|what|who|that)$/.test(toks[k - 1]!.lower)) before = k - 1;
  if ((/^(?:he|she|they|it|we|i)$/.test(subject.lower) || /^\p{Ll}{3,}s$/u.test(subject.word) || person !== undefined) && /^(?:which|what|who|that)$/.test(toks[before]?.lower ?? '')) return before + 1;
  // "a move it says was meant to …": a relative clause without its pronoun, the verb's clause lacking its subject.
  const noun = toks[v - 2];
  if (/^(?:he|she|they|it)$/.test(subject.lower) && noun && /^\p{Ll}{3,}$/u.test(noun.word) && !VERB_LEMMAS.has(noun.lower) && /^(?:a|an|the|this|that)$/.test(toks[v - 3]?.lower ?? '') && /^(?:was|is|were|are|had|has|would|will)$/.test(toks[v + 1]?.lower ?? '')) return v - 1;
  for (let k = v - 2; k >= v - 6 && k > 0; k--) {
    if (/^(?:which|what|that)$/.test(toks[k]!.lower)) return /^(?:the|its|his|her|their)$/.test(toks[k + 1]!.lower) && toks[k - 1]?.word === ',' ? k + 1 : undefined;
    if (!/^[\p{L}'’]+$/u.test(toks[k]!.word)) return undefined;
  }
  return undefined;
}

/** True when "nobody" or "no one" (and auxiliaries) comes right before the verb at v: a report nobody made. */
export function nobodyBefore(toks: View['toks'], v: number, floor: number): boolean {
  let n = v - 1;
  while (n > floor && /^(?:has|have|had|was|were|is|ever|yet|would|could|will|can)$/.test(toks[n]!.lower)) n--;
  return toks[n]?.lower === 'nobody' || (toks[n]?.lower === 'one' && toks[n - 1]?.lower === 'no');
}

export function frameBefore(view: View, offset: number, floor: number): Frame | undefined {
  const toks = view.toks;
  const q = tokenAt(view, offset);
  for (let v = q - 1; v >= floor && q - v <= MAX_FRAME_LOOKBACK_TOKENS; v--) {
    const t = toks[v]!;
    if (quotationAt(view, t.start)) continue;
    if (t.word === '—' || t.word === '–') {
      // "X commented — which the BBC noted as unusual — "…"": skip the aside.
      let k = v - 1;
      while (k > floor && toks[k]!.word !== t.word) k--;
      if (k > floor) v = k;
      continue;
    }
    if (t.lower === 'according' && toks[v + 1]?.lower === 'to') {
      const e = Math.min(phraseEnd(view, v + 2), q);
      return { speaker: accordingTo(view, v + 2, e), verb: 'according to', verbTok: v, first: v, end: offset };
    }
    // "in the words of the Crown prosecutor, Mark Tedeschi, QC, "…"": the person named there.
    if (t.lower === 'words' && toks[v - 1]?.lower === 'the' && toks[v - 2]?.lower === 'in' && toks[v + 1]?.lower === 'of') {
      let e = q - 1;
      while (e > v + 2 && /^[,:]$/.test(toks[e]!.word)) e--;
      return { speaker: speakerOfRegion(view, v + 2, e), verb: 'say', verbTok: v, first: v - 2, end: offset };
    }
    const lemma = verbAt(view, v);
    if (!lemma && v === floor) {
      const inverted = invertedOpening(view, v, q);
      if (inverted) return { ...inverted, end: offset };
    }
    if (!lemma && v === floor) {
      // "Calling it a "culture of death" the archbishop said …": a participle opening the
      // sentence has the subject of the clause after the quotation.
      const opening = OPENING_PARTICIPLE.test(t.word) ? VERB_LEMMAS.get(t.lower) : undefined;
      if (opening) {
        const after = subjectAfter(view, offset);
        if (after) return { speaker: after, verb: opening, verbTok: v, first: v, end: offset };
      }
    }
    if (!lemma) {
      const gerund = bySaying(view, v);
      if (gerund && v === q - 1) {
        const start = mainClauseStart(view, v - 1, floor);
        return { speaker: mainSubject(view, start, v - 2), verb: gerund, verbTok: v, first: start, end: offset };
      }
      continue;
    }
    // ", which the mayor’s office says could open in October, would be run under the city’s "…" program":
    // a relative frame's content ends at the comma after which the main clause's verb resumes.
    if (relativeFrame(view, v) !== undefined && toks.slice(v + 1, q).some((x, k) => x.word === ',' && FINITE_CUES.has(toks[v + 2 + k]?.lower ?? '') && !quotationAt(view, x.start))) continue;
    // "nobody had told her …, and that the offers were "…"": a report nobody made is no frame (rules §3.5).
    if (nobodyBefore(toks, v, floor)) continue;
    // "should accept the outcome and "move on"": a verb that reports only with "that" is no frame here.
    if (THAT_ONLY.has(lemma) && toks[v + 1]?.lower !== 'that' && (THING_OBJECT.has(lemma) || !QUOTE_MARK.test(toks[v + 1]?.word ?? '')) && toks[v + 1]?.word !== ':' && toks[v + 1]?.word !== ',' && !adjunctsThenQuotation(view, v, q)) continue;
    // "would continue "far-seas training"": after a modal, a verb that does not report speech is no frame.
    if (MODALS.test(toks[v - 1]?.lower ?? '') && !INDIRECT_LEMMAS.has(lemma)) continue;
    if (v + 1 < q && modalWithObject(view, v, lemma)) continue;
    // "it had been told of a breach and was "making enquiries"": a passive in another clause of the subject's is no frame.
    if (/^(?:been|being|was|were)$/.test(toks[v - 1]?.lower ?? '') && toks.slice(v + 1, q).some((x) => x.lower === 'and')) continue;
    if (reducedPassive(view, v)) return { speaker: agentAfter(view, v), verb: lemma, verbTok: v, first: v, end: offset };
    // `in what Interior Minister X said was "…"`: the relative clause's own subject.
    const relative = PRONOUNS[toks[v - 1]!.lower] || !/^[\p{L}'’]/u.test(toks[v - 1]!.word) ? undefined : relativeFrame(view, v);
    if (relative !== undefined) return { speaker: speakerOfRegion(view, relative, v - 1), verb: lemma, verbTok: v, first: relative, end: offset };
    const subj = subjectOf(view, v, floor);
    // "said Denmark and Greenland would respond "together"": a speech act still to come inside another report is the reporter's.
    if (FUTURE_MODALS.test(toks[v - 1]?.lower ?? '') && subj.first > floor) {
      const outer = frameBefore(view, toks[subj.first]!.start, floor);
      if (outer && outer.verbTok < subj.first && !outer.inherits) return { ...outer, end: offset };
    }
    let speaker = subj.speaker;
    if (subj.inherits && !speaker && v > floor) speaker = frameBefore(view, toks[v]!.start, floor)?.speaker ?? mainSubject(view, mainClauseStart(view, v - 1, floor), v - 1);
    return { speaker, verb: lemma, verbTok: v, first: subj.first, end: offset, inherits: subj.inherits };
  }
  return undefined;
}
