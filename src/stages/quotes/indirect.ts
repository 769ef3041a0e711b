import type { Quote, Ref } from '../../model/doc.js';
import { speakerOfRegion } from './speaker.js';
import { earlierSpeaker, isPassive, subjectOf, verbAt } from './frames.js';
import { MAX_CONTENT_TOKENS, MAX_FINITE_SEARCH_TOKENS, MAX_TOKENS_BEFORE_CONTENT, MIN_CONTENT_WORDS, MIN_SPEECH_WORDS } from './thresholds.js';
import {
  ADJUNCT_HEADS, ADJUNCT_PREPOSITIONS, BETWEEN_SPEAKER_AND_VERB, DETERMINERS, FINITE_CUES, HEARER_VERBS, INDIRECT_LEMMAS, PRONOUNS, THAT_ONLY, VERB_LEMMAS,
} from './verbs.js';
import { lowerBound, noteSpeaker, quotationAt, typeOf, type View } from './view.js';

/** Words that negate a reporting verb before it ("did not say", "never claimed"). */
const NEGATIONS = new Set(['not', "n't", '’t', 'never']);

/** Common irregular past tenses: a clause with one has a finite verb. */
const IRREGULAR_PAST = new Set(
  'died fled lied tied went came took made gave got saw left lost won fell hit ran put set kept held led met paid sent spent stood thought told said found felt knew brought bought built began broke caught chose drove flew forgot grew hid hung heard hurt laid lay meant overtook read rode rose sank shot shut sat slept spoke stole struck swore swam threw understood woke wore wrote'.split(' '),
);
/** Reporting verbs whose complement is (almost) always a clause. */
const CLAUSAL = new Set(['say', 'claim', 'insist', 'argue', 'warn', 'suggest', 'contend', 'allege', 'assert', 'predict', 'estimate', 'testify', 'speculate']);

/** Words that cannot open a reported clause ("said of", "said nothing", "told him to"). */
const NOT_CONTENT = /^(?:to|of|about|for|on|with|by|at|from|so|nothing|yes|goodbye|hello|sorry|thanks|something|anything|little|much|more|otherwise|as|than|goodbye|farewell|whether|if|why|how|what|when|where|which|who)$/;
/** Words that end the reported content after a comma (", while …", ", adding …"). */
const CONTENT_BREAK_AFTER_COMMA = /^(?:while|but|although|though|whereas|adding|saying|according|noting|claiming|insisting|citing|arguing|stressing|warning|explaining|as|amid|despite|prompting|sparking|drawing)$/;
/** Adverbs that may sit between a reporting verb and its clause ("said yesterday that"). */
const TIME_ADVERBS = /^(?:yesterday|today|tonight|earlier|later|recently|previously|again|also|then|now|separately|publicly|privately|repeatedly|further|too|instead|however|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

interface Found {
  verbTok: number;
  first: number;
  start: number;
  end: number;
  verb: string;
  speaker: Ref | null;
  inherits?: boolean;
  rule: string;
  /** The content runs forward from the verb (it may be cut by a later frame). */
  forward: boolean;
  dropped?: boolean;
}

/** Content [from, to) tokens → offsets without trailing punctuation; undefined when too short. */
function contentRange(view: View, from: number, to: number): { start: number; end: number } | undefined {
  const toks = view.toks;
  while (from < to && /^[,;:—–-]$/.test(toks[from]!.word)) from++;
  while (to > from && /^[,.;:!?—–-]$/.test(toks[to - 1]!.word)) to--;
  while (to > from && /^(?:and|but|or|which|who|that|while|as|despite|with|after|before|because)$/.test(toks[to - 1]!.lower)) {
    to--;
    while (to > from && /^[,;]$/.test(toks[to - 1]!.word)) to--;
  }
  if (to - from < MIN_CONTENT_WORDS) return undefined;
  let words = 0;
  for (let i = from; i < to; i++) if (/\p{L}|\p{N}/u.test(toks[i]!.word)) words++;
  if (words < MIN_CONTENT_WORDS) return undefined;
  return { start: toks[from]!.start, end: toks[to - 1]!.end };
}

/** Where reported content starting at c ends in the sentence: before ";", a dash, ", while …". */
function contentEnd(view: View, c: number, end: number): number {
  const toks = view.toks;
  end = Math.min(end, c + MAX_CONTENT_TOKENS);
  for (let k = c + 1; k < end; k++) {
    const t = toks[k]!;
    if (quotationAt(view, t.start)) continue;
    if (t.word === ';' || t.word === '—' || t.word === '–') return k;
    if (t.word === ':' && /^["“«‘']$/.test(toks[k + 1]?.word ?? '')) return k;
    if (t.word === ',' && CONTENT_BREAK_AFTER_COMMA.test(toks[k + 1]?.lower ?? '')) return k;
    if (t.word === '-' && view.text[t.start - 1] === ' ' && view.text[t.end] === ' ') return k;
  }
  return end;
}

/** True when tokens from c hold a finite verb soon (a clause, not a noun phrase object). */
function hasFiniteVerb(view: View, c: number, end: number, anywhere = false): boolean {
  const toks = view.toks;
  const limit = Math.min(end, c + (anywhere ? MAX_CONTENT_TOKENS : MAX_FINITE_SEARCH_TOKENS));
  for (let k = c; k < limit; k++) {
    const w = toks[k]!.lower;
    if (quotationAt(view, toks[k]!.start) && k > c) return true;
    // A clause's verb comes before its first comma or infinitive ("his plan to choose …").
    if (!anywhere && (w === ',' || w === 'to' || w === ';' || w === ':')) return false;
    if ((w === "'s" || w === '’s') && k > c && /^(?:he|she|it|that|there|what|who|this|here)$/.test(toks[k - 1]!.lower)) return true;
    if (FINITE_CUES.has(w)) return k > c || !/^(?:has|have|had|is|are|was|were|will|would|can|could|may|might|should|must|do|does|did)$/.test(w);
    if (toks[k + 1]?.lower === 'by') continue;
    if (IRREGULAR_PAST.has(w) && k > c) return true;
    if (k > c && /^\p{Ll}/u.test(toks[k]!.word) && /[^e]ed$|[^aeiou]ied$|eed$|[aeiou]ed$/.test(w) && w.length > 4 && !DETERMINERS.has(toks[k - 1]!.lower)) return true;
    if (k > c && /[^s']s$/.test(w) && /^\p{Ll}/u.test(toks[k]!.word) && (PRONOUNS[toks[k - 1]!.lower] || /^(?:this|that|there|which|who)$/.test(toks[k - 1]!.lower))) return true;
  }
  return false;
}

function wordCount(view: View, r: { start: number; end: number }): number {
  return view.text.slice(r.start, r.end).split(/\s+/).length;
}

/** First token of the clause after a reporting verb at v: past a hearer, adjuncts and "that". */
function contentStart(view: View, v: number, lemma: string, end: number): { c: number; that: boolean } {
  const toks = view.toks;
  let c = v + 1;
  const hearerFollows = lemma === 'tell' || /^(?:him|her|them|us|me|reporters|journalists|lawmakers|parliament|officials|residents|citizens|investigators|the)$/.test(toks[c]?.lower ?? '') && toks.slice(c + 1, c + 4).some((t) => t.lower === 'that');
  if (HEARER_VERBS.has(lemma) && hearerFollows && c < end && toks[c]!.lower !== 'that') {
    // "told reporters", "told the press", "told NPR": the hearer is a name, a pronoun or a short phrase.
    const m = view.mentions[lowerBound(view.mentions, toks[c]!.start)];
    if (m && m.start === toks[c]!.start) c = lowerBound(toks, m.end);
    else if (DETERMINERS.has(toks[c]!.lower)) c += 2;
    else if (/^\p{Ll}/u.test(toks[c]!.word) || /^(?:him|her|them|us|me)$/.test(toks[c]!.lower)) c += 1;
    else if (/^\p{Lu}/u.test(toks[c]!.word)) c += 1;
  }
  for (let n = 0; c < end && n < MAX_TOKENS_BEFORE_CONTENT; n++) {
    const t = toks[c]!;
    if (t.lower === 'that') return { c: c + 1, that: true };
    if (t.word === ',' && toks[c + 1]?.lower === 'that') return { c: c + 2, that: true };
    if (TIME_ADVERBS.test(t.lower) || (/ly$/.test(t.lower) && t.lower.length > 4 && t.word === t.lower)) {
      c++;
      continue;
    }
    if (ADJUNCT_PREPOSITIONS.has(t.lower)) {
      let k = c + 1;
      while (k < end && k <= c + 5 && !ADJUNCT_HEADS.has(toks[k]!.lower)) k++;
      if (k < end && k <= c + 5 && ADJUNCT_HEADS.has(toks[k]!.lower)) {
        c = k + 1;
        // "in an interview with CNN", "on Monday morning"
        while (c < end && (ADJUNCT_HEADS.has(toks[c]!.lower) || /^\p{N}/u.test(toks[c]!.word))) c++;
        if (toks[c]?.word === ',') c++;
        continue;
      }
    }
    break;
  }
  return { c, that: false };
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
      if (t.lower !== 'according' && t.word !== 'Per' && !VERB_LEMMAS.has(t.lower)) continue;
      if (quotationAt(view, t.start)) continue;
      if (t.lower === 'according' && toks[v + 1]?.lower === 'to') {
        const f = accordingTo(view, v, first, end);
        if (f) found.push(f);
        continue;
      }
      // "Per numbers reported by The Associated Press, …" means "according to" (rules §3.2).
      if (t.word === 'Per' && v === first && !/^(?:request|order|orders|instructions?|demand|the)$/.test(toks[v + 1]?.lower ?? '')) {
        const f = accordingTo(view, v, first, end, 1);
        if (f) found.push(f);
        continue;
      }
      const lemma = verbAt(view, v);
      if (!lemma || !INDIRECT_LEMMAS.has(lemma)) continue;
      if (/ing$/.test(t.lower)) {
        let p = v - 1;
        while (p > first && /^(?:further|also|then|later|while|before|after|repeatedly|publicly)$/.test(toks[p]!.lower)) p--;
        const prev = toks[p];
        // "released a statement saying …": the document speaks for whoever issued it.
        const ok = prev && (prev.word === ',' || PRONOUNS[prev.lower] || /^\p{Lu}/u.test(prev.word) || prev.lower === 'with' || /^(?:statement|release|letter|message|notice|announcement|communique|tweet|post)$/.test(prev.lower));
        if (!ok) continue;
      }
      // "did not say he'd ordered it": a report withheld is not reported speech (rules §3.5).
      let n = v - 1;
      while (n > first && BETWEEN_SPEAKER_AND_VERB.has(toks[n]!.lower) && !NEGATIONS.has(toks[n]!.lower)) n--;
      if (NEGATIONS.has(toks[n]?.lower ?? '')) continue;
      // `"…," said X` frames a direct quotation, not reported content.
      const before = toks[v - 1];
      if (!before || v === first || /^[;:(]$/.test(before.word)) continue;
      if (/^["”»’']$/.test(before.word) || (before.word === ',' && quotationAt(view, toks[v - 2]?.start ?? -1))) continue;
      const subject = subjectOf(view, v, first);
      // `"…," Baloch wrote on social media …`: the frame of a direct quotation before it.
      const mark = toks[subject.first - 1];
      if (mark && !subject.inherits && mark.sentence === t.sentence && subject.first - 1 >= first && /^["”»’]$/.test(mark.word) && /[,?!\]]$/.test(view.text.slice(mark.start - 1, mark.start)) && quotationAt(view, mark.start)) continue;
      const passive = isPassive(view, v);
      let { c, that } = contentStart(view, v, lemma, end);
      if (passive && (toks[c]?.lower === 'by' || toks[v + 1]?.lower === 'by')) continue;
      let forward = true;
      let range: { start: number; end: number } | undefined;
      const stop = contentEnd(view, c, end);
      const tc = toks[c];
      const quoteAtStart = tc && quotationAt(view, tc.start);
      // A full quotation right after the verb is direct speech ("tweeted "…" and offered …").
      const directOnly = quoteAtStart && (quoteAtStart.end >= toks[stop - 1]!.start || wordCount(view, quoteAtStart) >= MIN_SPEECH_WORDS);
      // Verbs of saying take a clause; others ("announced", "confirmed") also take a noun phrase, so
      // their bare complement needs a finite verb to count.
      const clausal = CLAUSAL.has(lemma) || (lemma === 'tell' && c > v + 1);
      const opensClause = tc !== undefined && /^(?:\p{Lu}|\p{N}|(?:the|a|an|his|her|their|its|he|she|it|they|we|i|this|there|no|some|all|most|many)$)/u.test(tc.word);
      const bare = tc !== undefined && !THAT_ONLY.has(lemma) && !NOT_CONTENT.test(tc.lower) && !/^[,.;:!?)]$/.test(tc.word) && (hasFiniteVerb(view, c, stop) || (clausal && opensClause));
      if (tc && c < end && !directOnly && (that || bare)) {
        range = contentRange(view, c, stop);
      }
      if (!range) {
        // "…, officials said." / "…, said X.": the clause before the frame.
        const comma = subject.first - 1;
        const tail = c >= stop || /^[.!?]$/.test(toks[c]?.word ?? '.') || (toks[c]?.word === ',' && /ing$/.test(toks[c + 1]?.lower ?? '')) || (stop - c <= 2 && !hasFiniteVerb(view, c, stop));
        // "A, officials said, B.": the frame sits inside the content, which is the whole sentence.
        const inside = toks[c]?.word === ',' && c - v <= 3 && c + 1 < end && !CONTENT_BREAK_AFTER_COMMA.test(toks[c + 1]!.lower) && toks[c + 1]!.lower !== 'that' && !quotationAt(view, toks[c + 1]!.start);
        // "…, which he denied.": a relative clause about a noun phrase, not a frame.
        const relative = /^(?:which|who|whom|that)$/.test(toks[comma + 1]?.lower ?? '');
        if (comma > first && toks[comma]!.word === ',' && (tail || inside) && !subject.inherits && !relative && hasFiniteVerb(view, first, inside ? end : comma, true)) {
          const q = quotationAt(view, toks[first]!.start);
          if (!q || q.end < toks[comma - 1]!.start) range = inside ? contentRange(view, first, Math.min(end, first + MAX_CONTENT_TOKENS)) : contentRange(view, first, comma);
          forward = false;
        } else if (toks[v - 1]?.word === ',' && v - 1 > first && !/ing$/.test(t.lower)) {
          // Inverted: "…, said the minister."
          const q = quotationAt(view, toks[first]!.start);
          let e = v + 1;
          while (e < end && !/^[,.;:!?]$/.test(toks[e]!.word) && !/^["“”«»]$/.test(toks[e]!.word)) e++;
          // "Cherry, who led the petition, said, "…"": no speaker after the verb, so not inverted.
          if (e === v + 1) continue;
          if ((!q || q.end < toks[v - 2]!.start) && hasFiniteVerb(view, first, v - 1, true)) {
            range = contentRange(view, first, v - 1);
            if (range) {
              found.push({ verbTok: v, first: v - 1, ...range, verb: lemma, speaker: speakerOfRegion(view, v + 1, e - 1), rule: 'clause-said-x', forward: false });
            }
          }
          continue;
        }
      }
      if (!range) continue;
      found.push({
        verbTok: v, first: subject.first, ...range, verb: lemma, speaker: subject.speaker, inherits: subject.inherits,
        rule: forward ? (that ? 'verb-that' : 'verb-clause') : 'clause-x-said', forward,
      });
    }
    if (found.length === 0) continue;
    // A later frame inside earlier content ends it ("A, which he said B"), and "but said" inherits.
    for (let i = 0; i < found.length; i++) {
      const f = found[i]!;
      if (f.inherits && !f.speaker) f.speaker = found[i - 1]?.speaker ?? (f.verbTok > first ? earlierSpeaker(view, f.verbTok, first) : null);
      if (!f.forward) continue;
      for (let n = i + 1; n < found.length; n++) {
        const g = found[n]!;
        if (g.verbTok <= f.verbTok) continue;
        const gStart = toks[Math.min(g.first, g.verbTok)]!.start;
        if (gStart >= f.end) break;
        if (gStart > f.start && gStart < f.end) {
          const cut = contentRange(view, lowerBound(toks, f.start), Math.min(g.first, g.verbTok));
          // "X reported its source said …": nothing of X's own is left, the later frame reports it.
          if (cut) f.end = cut.end;
          else f.dropped = true;
          break;
        }
      }
    }
    for (const f of found) {
      if (f.dropped) continue;
      // The same content from two frames: the one that names a speaker.
      if (found.some((g) => g !== f && !g.dropped && g.start === f.start && g.end === f.end && (g.speaker ? 1 : 0) > (f.speaker ? 1 : 0))) continue;
      if (f.speaker) noteSpeaker(view, toks[f.first]?.start ?? f.start, f.end, f.speaker);
      out.push({ kind: 'indirect', start: f.start, end: f.end, text: view.text.slice(f.start, f.end), verb: f.verb, speaker: f.speaker, rule: f.rule });
    }
  }
  return out;
}

/** `According to X, …`, `…, according to X.`, `A, according to X, B.` in the sentence [first, end). */
function accordingTo(view: View, v: number, first: number, end: number, words = 2): Found | undefined {
  const toks = view.toks;
  let e = v + words;
  while (e < end && !/^[,;:.!?—]$/.test(toks[e]!.word) && !quotationAt(view, toks[e]!.start)) e++;
  if (e === v + words) return undefined;
  // "according to Gazeta Wyborcza in March": a time after the source is not part of it.
  let se = e - 1;
  for (let k = v + words + 1; k < e - 1; k++) {
    if (k + 2 === e && /^(?:in|on|last|this|earlier)$/.test(toks[k]!.lower) && /^(?:\p{N}+|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)$/u.test(toks[k + 1]!.word)) {
      se = k - 1;
      break;
    }
  }
  let speaker = speakerOfRegion(view, v + words, se);
  // "According to the El Paso mayor, Dee Margo, …": the name in the apposition.
  if (toks[e]?.word === ',') {
    const m = view.mentions[lowerBound(view.mentions, toks[e + 1]?.start ?? Infinity)];
    const after = m ? lowerBound(toks, m.end) : -1;
    if (m && m.start === toks[e + 1]!.start && toks[after]?.word === ',' && typeOf(view, m.entity) === 'PERSON') {
      speaker = speakerOfRegion(view, e + 1, after - 1);
      e = after;
    }
  }
  const base = { verbTok: v, first: v, verb: 'according to', speaker, rule: 'according-to', forward: false };
  // "According to X, …" (maybe after an introductory adverb: "Longer term, according to X, …").
  let range: { start: number; end: number } | undefined;
  if (v === first) {
    if (toks[e]?.word !== ',') return undefined;
    range = contentRange(view, e + 1, contentEnd(view, e + 1, end));
  } else if (e >= end - 1 || /^[.!?]$/.test(toks[e]!.word)) {
    // "…, according to X."
    const q = quotationAt(view, toks[first]!.start);
    if (q && q.end >= toks[v - 1]!.start) return undefined;
    range = contentRange(view, first, v);
  } else {
    // "A, according to X, B.": the whole sentence.
    range = contentRange(view, first, end);
  }
  if (!range) return undefined;
  const q = quotationAt(view, range.start);
  if (q && q.end >= range.end - 2) return undefined;
  return { ...base, ...range };
}
