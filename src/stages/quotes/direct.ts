import type { Offsets, Quote } from '../../model/doc.js';
import { frameAfter, frameBefore, mainSubject, subjectOf, verbAt, type Frame } from './frames.js';
import { pronounSpeaker, speakerOfRegion } from './speaker.js';
import type { Quoted } from './marks.js';
import { MAX_TITLE_WORDS, MIN_SPEECH_WORDS } from './thresholds.js';
import { lowerBound, mentionsIn, noteSpeaker, tokenAt, typeOf, type View } from './view.js';
import { HAS_LETTER, LOWER_START } from './letters.js';

/** A word of a title or a name: capitalised, a number, a hashtag or a handle. */
const TITLE_WORD_START = /^[\p{Lu}\p{N}#@]/u;
/** Lower-case words follow. */
const LOWER_NEXT = /^\s*\p{Ll}/u;
/** Opens like a sentence: a capital or an editorial bracket. */
const SENTENCE_START = /^[\p{Lu}\[]/u;

/** Words right before a quotation that make it a name, title or term rather than speech. */
const TERM_BEFORE =
  /(?:\b(?:so-called|nicknamed|dubbed|titled|entitled|named|called|known\s+as|billed\s+as|the\s+(?:words?|terms?|phrases?|hashtags?|slogans?|labels?|motto|names?|headlines?|titles?|acronym|category))|\b(?:hashtag|slogan|motto|word|words|term|terms|phrase|label|code-?named?))\s*[,:]?\s*$/i;
/** "what he called "…"", "in what Berisha termed "…"": someone's words for a thing, not its name. */
const WHAT_CALLED = /\bwhat\s+(?:[\p{L}'’.-]+\s+){1,4}?(?:called|termed|branded|labell?ed)\s*$/iu;
/** Kinds of thing whose name may follow in quotation marks (capitalised): `the film "Jaws"`, not `the operation "demonstrates …"`. */
const KIND_BEFORE =
  /\b(?:film|book|song|album|movie|documentary|novel|play|poem|series|show|programme|program|headline|campaign|operation|project|initiative|exhibition|magazine|newspaper|website|group|organisation|organization|charity|party|company|brand|ship|vessel)\s*[,:]?\s*$/i;

/** An object that carries words, then "saying"/"reading" right before the quotation. */
const WRITTEN_ON = /\b(?:banners?|signs?|placards?|posters?|t-shirts?|shirts?|flags?|graffiti|billboards?|stickers?)\b[^.!?"“”\n]{0,40}\b(?:saying|reading|read|reads)\s*[:,]?\s*$/i;

/** Small words that stay lower case inside a title ("Have No Fear", "Bank of England"). */
const TITLE_SMALL = /^(?:of|the|a|an|and|or|for|in|on|at|to|by|with|de|la|le|du|von|van|der|al|el|vs\.?|&|-|–)$/i;

/** True when the quoted words read as a name or a title of a work: short, capitalised, no end mark. */
export function looksLikeName(inner: string): boolean {
  const words = inner.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
  if (/[.!?,;:…]$/.test(inner)) return false;
  return words.every((w) => TITLE_WORD_START.test(w) || TITLE_SMALL.test(w)) && TITLE_WORD_START.test(words[0]!);
}

/**
 * True when the words between quotation marks opening at `start` are a name or title, also one
 * after a determiner with the sentence's comma inside the marks ("signed by its “Central Command,”").
 */
export function nameInMarks(view: View, start: number, words: string): boolean {
  return looksLikeName(words) || (words.endsWith(',') && looksLikeName(words.slice(0, -1)) && MODIFIER_DETERMINERS.test(view.toks[tokenAt(view, start) - 1]?.word ?? ''));
}

/** True when the words in quotation marks opening at `start` are a name, a title or a term by what comes before them ("a report titled "…"", `the film "Jaws"`). */
export function nameOrTerm(view: View, start: number, words: string): boolean {
  const before = view.text.slice(Math.max(0, start - 40), start);
  return nameInMarks(view, start, words) || (TERM_BEFORE.test(before) && !WHAT_CALLED.test(before)) || (KIND_BEFORE.test(before) && !/^\p{Ll}/u.test(words));
}

interface Piece {
  q: Quoted;
  inner: Offsets;
  frame?: Frame;
  /** The frame came after the quotation (it can join a following part). */
  after: boolean;
  sentence: number;
}

function wordsOf(text: string, r: Offsets): number {
  return text.slice(r.start, r.end).split(/\s+/).filter(Boolean).length;
}

function trimmed(text: string, r: Offsets): Offsets {
  let s = r.start;
  let e = r.end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

function sentenceIndex(view: View, offset: number): number {
  return Math.max(0, lowerBound(view.doc.sentences, offset + 1) - 1);
}

/**
 * Direct quotations with their speakers. Steps, in order:
 * 1. find quotation marks (marks.ts) and drop names, titles and terms;
 * 2. attribution right after the closing mark, else before the opening one in its sentence;
 *    a short quotation (a fragment) is kept only when one of them is found;
 * 3. join a quotation interrupted by its attribution (`"A," he said, "B."`) into one;
 * 4. a quotation without attribution takes the speaker of a sentence ending in a colon just
 *    before it, or of the quotation it directly follows (a speech over several paragraphs).
 */
export function findDirect(view: View): Quote[] {
  const text = view.text;
  const pieces: Piece[] = [];
  for (const c of candidatesOf(view)) {
    // A frame found without reading who spoke before stays the same on the second pass.
    if (!c.framed || c.readSpeakers) {
      const reads = view.speakerReads;
      Object.assign(c, attribution(view, c), { framed: true });
      c.readSpeakers = view.speakerReads !== reads;
    }
    if (!c.frame && (c.count < MIN_SPEECH_WORDS || modifiesNoun(view, c.q))) continue;
    pieces.push({ q: c.q, inner: c.inner, frame: c.frame, after: c.after, sentence: c.sentence });
  }

  const out: Quote[] = [];
  let previous: { quote: Quote; end: number } | undefined;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    let inner = p.inner;
    let frame = p.frame;
    let end = p.after && frame ? Math.max(frame.end, p.q.end) : p.q.end;
    // "A," he said, "B": the parts and the attribution between them are one quotation.
    for (let cur = p; cur.after && cur.frame && cur.frame.verb !== 'according to'; ) {
      const next = pieces[i + 1];
      // The frame ends in punctuation ("he said, "…") or is short ("tweeted Johnson"); not "the MRC said its units had acted "…"".
      if (!next || !/^[ \t]*$/.test(text.slice(cur.frame.end, next.q.start))) break;
      const gap = text.slice(cur.q.end, next.q.start);
      if (!/[,:;.!?—–-]\s*$/.test(gap) && gap.trim().split(/\s+/).length > 3) break;
      inner = { start: inner.start, end: next.inner.end };
      end = next.after && next.frame ? Math.max(next.frame.end, next.q.end) : next.q.end;
      frame = frame?.speaker ? frame : next.frame ?? frame;
      i++;
      cur = next;
    }
    let rule = frame ? (p.after ? 'quotation-after' : 'quotation-before') : 'quotation';
    let speaker = frame?.speaker ?? null;
    let verb = frame?.verb;
    // "A," said Kipchoge after the run. "B.": the next sentence goes on with the same quotation (rules §2.4).
    if (!frame && previous && continuesFrame(view, previous, p)) {
      const q = previous.quote;
      q.end = inner.end;
      q.text = text.slice(q.start, q.end);
      previous.end = p.q.end;
      continue;
    }
    if (!frame) {
      const intro = colonIntroduction(view, p.q.start, wordsOf(text, p.inner) >= MIN_SPEECH_WORDS && SENTENCE_START.test(text.slice(p.inner.start, p.inner.start + 1)));
      if (intro) {
        speaker = intro.speaker;
        verb = intro.verb;
        rule = 'quotation-colon';
      } else if (previous && (/^\s*$/.test(text.slice(previous.end, p.q.start)) || continuesParagraph(view, previous, p))) {
        speaker = previous.quote.speaker;
        verb = previous.quote.verb;
        rule = 'quotation-continued';
      } else {
        const opens = wordsOf(text, p.inner) >= MIN_SPEECH_WORDS && SENTENCE_START.test(text.slice(p.inner.start, p.inner.start + 1));
        const before = opens ? subjectBefore(view, p.q.start, p.inner.start) : null;
        speaker = before ?? subjectAround(view, p.q.start);
        if (speaker) {
          verb = 'say';
          rule = before ? 'quotation-subject' : 'quotation-in-clause';
        }
      }
    }
    const quote: Quote = { kind: 'direct', start: inner.start, end: inner.end, text: text.slice(inner.start, inner.end), speaker, rule };
    if (speaker && frame) noteSpeaker(view, view.toks[frame.first]?.start ?? p.q.start, end, speaker);
    // A speaker introduced by a colon sentence spoke last too ("The Department issued a statement: "…" They also said …").
    else if (speaker && rule === 'quotation-colon') noteSpeaker(view, p.q.start, end, speaker);
    if (verb) quote.verb = verb;
    out.push(quote);
    previous = { quote, end };
  }
  return out;
}

/**
 * Short quotations with no frame of their own inside reported speech (`The developer's liquidity
 * had "deteriorated sharply", the agency said`): the words of whoever reports it (rules §2.6).
 * Those findDirect left out, each with the report's speaker and verb.
 */
export function fragmentsIn(view: View, reports: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const c of candidatesOf(view)) {
    if (c.frame || c.count >= MIN_SPEECH_WORDS || modifiesNoun(view, c.q)) continue;
    // Content outside the marks: a report that is only the quotation is the direct quote itself.
    const report = reports.find((r) => r.start < c.q.start && c.q.end <= r.end);
    if (!report) continue;
    const quote: Quote = { kind: 'direct', start: c.inner.start, end: c.inner.end, text: view.text.slice(c.inner.start, c.inner.end), speaker: report.speaker, rule: 'quotation-in-report' };
    if (report.verb) quote.verb = report.verb;
    out.push(quote);
  }
  return out;
}

/**
 * `"…," said Ana Morales, 34, who escaped through a window. "I thought I was going to die."`: a
 * quotation that opens the sentence right after a quotation attributed after it, in the same
 * paragraph, goes on with the same speaker.
 */
function continuesFrame(view: View, previous: { quote: Quote; end: number }, p: Piece): boolean {
  const s = sentenceIndex(view, p.q.start);
  const sentence = view.doc.sentences[s];
  return previous.quote.rule === 'quotation-after' && previous.quote.speaker !== null && sentence !== undefined && sentence.start === p.q.start &&
    sentenceIndex(view, Math.max(previous.quote.start, previous.end - 1)) === s - 1 && !view.text.slice(previous.end, p.q.start).includes('\n');
}

/**
 * `"…," Rennie said on the ice, still holding her brush.` then a paragraph that is a quotation
 * with no frame: the same person goes on speaking.
 */
function continuesParagraph(view: View, previous: { quote: Quote; end: number }, p: Piece): boolean {
  const between = view.text.slice(previous.end, p.q.start);
  if (previous.quote.rule !== 'quotation-after' || !previous.quote.speaker || !PARAGRAPH_TAIL.test(between)) return false;
  const next = view.text.indexOf('\n', p.q.end);
  return next < 0 ? p.q.end >= view.text.trimEnd().length - 1 : /^\s*$/.test(view.text.slice(p.q.end, next)) && !mentionsIn(view, previous.end, p.q.start).length;
}
/** The rest of a paragraph after a frame (no other sentence), then the paragraph break. */
const PARAGRAPH_TAIL = /^[^\n.!?]{0,80}[.!?]?\s*\n\s*$/;

/** Determiners before a quotation used as a modifier ("the "one country, two systems" model"). */
const MODIFIER_DETERMINERS = /^(?:the|a|an|its|their|his|her|this|that)$/i;
/** A lower-case noun right after a closing mark (not a word that opens a clause or phrase). */
const NOUN_AFTER = /^\s+(\p{Ll}+)\b/u;

/**
 * True when a quotation stands between a determiner and a lower-case noun, as a name or label
 * modifying it (`the "one country, two systems" model`): nobody's speech when nobody is said to
 * have said it.
 */
function modifiesNoun(view: View, q: Quoted): boolean {
  const before = view.toks[tokenAt(view, q.start) - 1];
  const noun = NOUN_AFTER.exec(view.text.slice(q.end, q.end + 30))?.[1];
  return before !== undefined && MODIFIER_DETERMINERS.test(before.word) && noun !== undefined && !NOT_A_NOUN.has(noun) && !verbAt(view, tokenAt(view, q.end));
}
/** Words after a quotation that go on the sentence rather than name a noun. */
const NOT_A_NOUN = new Set(['and', 'or', 'but', 'as', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'said', 'says', 'he', 'she', 'it', 'they', 'we', 'which', 'who', 'that', 'to', 'of', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'after', 'before', 'because', 'when', 'while', 'if', 'than', 'the', 'a', 'an']);

/** A quotation that may be speech, with its attribution once found. */
interface Candidate {
  q: Quoted;
  inner: Offsets;
  words: string;
  count: number;
  sentence: number;
  framed: boolean;
  frame: Frame | undefined;
  after: boolean;
  /** Finding the frame read the speakers recorded so far (so it is found again on the next pass). */
  readSpeakers: boolean;
}

const candidates = new WeakMap<View, Candidate[]>();

/** The document's quotations that are not names, titles, terms, signs or glosses, found once per view. */
function candidatesOf(view: View): Candidate[] {
  let out = candidates.get(view);
  if (out) return out;
  const text = view.text;
  out = [];
  for (const q of view.quoted) {
    const inner = trimmed(text, q.inner);
    const words = text.slice(inner.start, inner.end);
    if (!HAS_LETTER.test(words)) continue;
    if (nameOrTerm(view, q.start, words)) continue;
    // Words on a sign or banner ("a banner … saying "united in diversity"") are nobody's speech.
    if (WRITTEN_ON.test(text.slice(Math.max(0, q.start - 60), q.start))) continue;
    // A gloss in brackets ("Brexit ("British exit")") is a term, not speech.
    if (text[q.start - 1] === '(' && text[q.end] === ')' && words.split(/\s+/).length <= MAX_TITLE_WORDS) continue;
    const count = words.split(/\s+/).length;
    out.push({ q, inner, words, count, sentence: sentenceIndex(view, q.start), framed: false, frame: undefined, after: false, readSpeakers: false });
  }
  candidates.set(view, out);
  return out;
}

/** The attribution of a quotation: right after its closing mark, else before it in its sentence. */
function attribution(view: View, c: Candidate): { frame: Frame | undefined; after: boolean } {
  const { q, words } = c;
  const floor = view.sentenceTokens[c.sentence]?.first ?? 0;
  // "…?" wrote Cattelan: a question or exclamation mark does not end the sentence before its frame.
  const endsSentence = /[.…]$/.test(words) || (/[!?]$/.test(words) && !LOWER_NEXT.test(view.text.slice(q.end, q.end + 3)));
  let frame = frameAfter(view, q.end, endsSentence);
  // `X called it "…", according to NBC`: the speaker is X; the outlet only reports it.
  if (frame?.verb === 'according to') {
    const before = frameBefore(view, q.start, floor);
    if (before?.speaker) frame = before;
  }
  // `X said: "…." Y has called …`: the frame before the colon, even with a speaker not found.
  const colon = /:\s*$/.test(view.text.slice(Math.max(0, q.start - 3), q.start));
  if (frame && endsSentence && colon) frame = frameBefore(view, q.start, floor) ?? frame;
  // `X dismissed it as "desperate." Both camps claim a majority.`: a frame in the quotation's own
  // sentence before one read from the next sentence.
  if (frame && endsSentence && !colon && view.toks[frame.verbTok]!.sentence > view.toks[tokenAt(view, q.start)]!.sentence) {
    const before = frameBefore(view, q.start, floor);
    if (before?.speaker) frame = before;
  }
  const after = frame !== undefined && frame.verbTok > tokenAt(view, q.start);
  frame ??= frameBefore(view, q.start, floor);
  // "X told Discover Magazine the frequency … suggested some pattern: "…"": before a colon, a
  // frame with no speaker inside what an earlier frame of the sentence reports gives way to it.
  if (colon && !after && frame && !frame.speaker && frame.first > floor) {
    const outer = frameBefore(view, view.toks[frame.first]!.start, floor);
    if (outer?.speaker) frame = outer;
  }
  return { frame, after };
}

/**
 * `Comic artist Jenn St-Onge told of …. "In my first stint, …"`: a quotation that opens a
 * sentence with no attribution of its own is the subject's of the sentence before it, in the same
 * paragraph, when that subject is a person (named, or "he"/"she" among its first words).
 */
function subjectBefore(view: View, open: number, inner: number): Quote['speaker'] {
  const s = sentenceIndex(view, inner);
  const sentence = view.doc.sentences[s];
  const before = view.doc.sentences[s - 1];
  if (!sentence || !before || !(sentence.start >= open || /^\s*$/.test(view.text.slice(sentence.start, open))) || view.text.slice(before.start, open).includes('\n')) return null;
  const span = view.sentenceTokens[s - 1];
  return span ? personSubject(view, span.first, span.end) : null;
}

/**
 * `He has based his campaign on the pledge to begin "dissolving the federal government …"`: a
 * quotation inside a sentence with no attribution is the sentence's subject's, when that subject
 * is a person (named, or "he"/"she" among its first words) and stands before the quotation.
 */
function subjectAround(view: View, open: number): Quote['speaker'] {
  const span = view.sentenceTokens[sentenceIndex(view, open)];
  if (!span) return null;
  const at = tokenAt(view, open);
  // "…, with which Time credits an individual as having done "…"": a relative clause has its own subject.
  if (view.toks.slice(span.first, at).some((t) => RELATIVE.test(t.lower))) return null;
  return personSubject(view, span.first, at);
}
const RELATIVE = /^(?:which|who|whom|whose)$/;

/** The subject of the clause in tokens [first, end) when it is a person, else null. */
function personSubject(view: View, first: number, end: number): Quote['speaker'] {
  if (end - first < 3) return null;
  // "Why did she so badly want to attend? "It's Warhol."": a "he" or "she" as that subject.
  const pronoun = view.toks.slice(first, Math.min(end, first + 3)).find((t) => t.lower === 'he' || t.lower === 'she');
  const speaker = mainSubject(view, first, end - 1) ?? (pronoun ? pronounSpeaker(view, pronoun.word, pronoun.start) : null);
  const entity = speaker?.entity ? view.entityById.get(speaker.entity) : undefined;
  return entity && typeOf(view, entity) === 'PERSON' ? speaker : null;
}

/** Words for what someone issues, which come "from" them ("a statement from the king"). */
const ISSUED_NOUN = /^(?:statement|message|letter|announcement|note|release|decree|proclamation)$/;

/** The speaker of "… statement from X" ending the clause [floor, colon), or null. */
function authorBefore(view: View, floor: number, colon: number): Quote['speaker'] {
  for (let k = colon - 2; k > floor; k--) {
    if (view.toks[k]!.lower === 'from' && ISSUED_NOUN.test(view.toks[k - 1]!.lower)) return speakerOfRegion(view, k + 1, colon - 1);
  }
  return null;
}

/**
 * A sentence ending in a colon right before the quotation (`X spoke of the plan: "…"`, also in
 * the paragraph before): its reporting verb's subject, else the first speaker named in it.
 */
/** Labels of web pages before a colon: what follows is another story, a caption or a credit. */
const PAGE_LABEL = /^\s*(?:related stor(?:y|ies)|read more|read also|also read|more on this story|more from|recommended|most read|trending|watch|listen|video|photo|image|picture|caption|advertisement|see also|live|latest|key points|sign up|share)\s*$/i;

function colonIntroduction(view: View, open: number, clauseLength: boolean): { speaker: Quote['speaker']; verb: string } | undefined {
  const text = view.text;
  let k = open - 1;
  while (k >= 0 && /\s/.test(text[k]!)) k--;
  // `X defended his decision, "…"`: a comma introduces a quotation of a sentence or more too.
  const comma = k >= 0 && text[k] === ',' && clauseLength;
  if (k < 0 || (text[k] !== ':' && !comma)) return undefined;
  const sentence = sentenceIndex(view, k);
  const floor = view.sentenceTokens[sentence]?.first ?? 0;
  const colon = tokenAt(view, k);
  // "Related Story: ‘It’s like an oven’", "Read more: …": a web page's label introduces another story's headline.
  if (PAGE_LABEL.test(text.slice(view.toks[floor]?.start ?? 0, k))) return undefined;
  if (comma) {
    // Only a main clause with a verb and a named subject ("Trump, also on Twitter, defended …").
    if (colon - floor < 3 || !view.toks.slice(floor, colon).some((t) => t.word === t.lower && HAS_LETTER.test(t.word) && t.lower.length > 3 && /(?:ed|s)$/.test(t.lower))) return undefined;
    const speaker = mainSubject(view, floor, colon - 1);
    return speaker ? { speaker, verb: 'say' } : undefined;
  }
  const frame = frameBefore(view, k, floor);
  if (frame) return { speaker: frame.speaker, verb: frame.verb };
  // "The palace issued the following statement from the king:": who the statement is from.
  const author = authorBefore(view, floor, colon);
  if (author) return { speaker: author, verb: 'say' };
  // "In a statement …, the Department of Defense justified the strike … :": the clause's subject.
  const main = mainSubject(view, floor, colon - 1);
  if (main) return { speaker: main, verb: 'say' };
  // No reporting verb ("Trump's statement read:" has one; "X spoke of …:" may not): the clause's subject.
  for (let v = floor; v < colon; v++) {
    if (LOWER_START.test(view.toks[v]!.word) && v > floor && !verbAt(view, v)) {
      const subject = subjectOf(view, v, floor);
      if (subject.speaker) return { speaker: subject.speaker, verb: 'say' };
      break;
    }
  }
  return undefined;
}
