import type { Doc, Offsets, Quote } from '../../model/doc.js';
import { overlaps } from '../../model/span.js';
import { speakerOf } from './attribution.js';
import { mentionAt, resolvePronoun, refOf, type MentionIndex } from './speaker.js';
import { BETWEEN_SPEAKER_AND_VERB, PRONOUNS, REPORTING_VERBS, THAT_ONLY } from './verbs.js';

/** Most tokens between a reporting verb and "that" ("told reporters on Monday that"). */
const MAX_TOKENS_BEFORE_THAT = 5;
/** Reported content shorter than this many words is not a statement. */
const MIN_CONTENT_WORDS = 3;

interface Tok extends Offsets {
  word: string;
  lower: string;
}

/**
 * Reported speech in one sentence: "X said (that) …", "X has maintained that …",
 * "according to X, …", "…, according to X." The span is the reported content.
 */
export function findIndirect(doc: Readonly<Doc>, index: MentionIndex, sentence: Offsets, tokens: readonly Tok[], direct: readonly Offsets[]): Quote[] {
  const out: Quote[] = [];
  const inDirect = (o: Offsets) => direct.some((d) => overlaps(d, o));
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v]!;
    if (inDirect(t)) continue;
    if (t.lower === 'according' && tokens[v + 1]?.lower === 'to') {
      const q = accordingTo(doc, index, sentence, tokens, v);
      if (q && !inDirect(q)) out.push(q);
      continue;
    }
    const lemma = t.word === t.lower ? REPORTING_VERBS.get(t.lower) : undefined;
    if (!lemma) continue;
    // The speaker: the phrase ending just before the verb, past auxiliaries and adverbs.
    let s = v - 1;
    while (s >= 0 && (BETWEEN_SPEAKER_AND_VERB.has(tokens[s]!.lower) || /ly$/.test(tokens[s]!.lower))) s--;
    if (s < 0) continue;
    const subject = tokens[s]!;
    let speaker = null;
    if (tokens[s + 1]?.lower === 'who' || tokens[s + 1]?.lower === 'which') {
      const antecedent = mentionBefore(index, tokens[s + 1]!.start, sentence.start);
      speaker = antecedent ? refOf(antecedent) : null;
    } else if (PRONOUNS[subject.lower]) {
      const e = resolvePronoun(index, subject.word, subject.start);
      speaker = e ? refOf(e) : null;
    } else {
      const e = mentionAt(index, { start: Math.max(sentence.start, subject.start - 200), end: subject.end });
      const last = e && e.mentions.some((m) => m.end === subject.end || m.end === subject.end - 2);
      speaker = last ? refOf(e) : null;
      if (!speaker && /^\p{Ll}/u.test(subject.word)) speaker = speakerOf(doc, index, phraseEndingAt(tokens, s));
    }
    if (!speaker) continue;
    // The content: after "that", or straight after the verb for verbs that take a bare clause.
    let c = v + 1;
    let sawThat = false;
    for (let k = v + 1; k <= Math.min(tokens.length - 1, v + MAX_TOKENS_BEFORE_THAT); k++) {
      if (tokens[k]!.lower === 'that') {
        c = k + 1;
        sawThat = true;
        break;
      }
      if (/^[,.;:"“”]$/.test(tokens[k]!.word)) break;
    }
    if (!sawThat && (THAT_ONLY.has(lemma) || !tokens[c] || /^[,.;:"“”(]$/.test(tokens[c]!.word) || tokens[c]!.lower === 'to')) continue;
    const content = contentFrom(doc, tokens, c, sentence);
    if (!content || inDirect(content)) continue;
    out.push({ kind: 'indirect', ...content, verb: lemma, speaker, rule: sawThat ? 'verb-that' : 'verb-clause' });
  }
  return out;
}

function mentionBefore(index: MentionIndex, offset: number, floor: number) {
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i]!;
    if (m.end <= offset && m.start >= floor && (m.entity.type === 'PERSON' || m.entity.type === 'ORG' || m.entity.type === 'GPE')) return m.entity;
  }
  return undefined;
}

/** "the spokesperson", "officials", "a senior official": lower-case words ending at token s. */
function phraseEndingAt(tokens: readonly Tok[], s: number): Offsets {
  let b = s;
  while (b > 0 && b > s - 3 && /^\p{Ll}/u.test(tokens[b - 1]!.word)) b--;
  return { start: tokens[b]!.start, end: tokens[s]!.end };
}

/** Content from token c to the sentence end, without the final period; undefined when too short. */
function contentFrom(doc: Readonly<Doc>, tokens: readonly Tok[], c: number, sentence: Offsets): (Offsets & { text: string }) | undefined {
  if (c >= tokens.length) return undefined;
  const start = tokens[c]!.start;
  let end = sentence.end;
  const tail = doc.text.slice(start, end);
  const trimmed = tail.replace(/[\s.!?]+$/, '');
  end = start + trimmed.length;
  if (trimmed.split(/\s+/).length < MIN_CONTENT_WORDS) return undefined;
  return { start, end, text: doc.text.slice(start, end) };
}

function accordingTo(doc: Readonly<Doc>, index: MentionIndex, sentence: Offsets, tokens: readonly Tok[], v: number): Quote | undefined {
  // The source: up to the next comma or the sentence end.
  let e = v + 2;
  while (e < tokens.length && !/^[,.;]$/.test(tokens[e]!.word)) e++;
  if (e === v + 2) return undefined;
  const phrase = { start: tokens[v + 2]!.start, end: tokens[e - 1]!.end };
  const speaker = speakerOf(doc, index, phrase) ?? { name: doc.text.slice(phrase.start, phrase.end) };
  const content =
    v === 0 || tokens[0]!.start === tokens[v]!.start
      ? e < tokens.length ? contentFrom(doc, tokens, e + 1, sentence) : undefined
      : { start: tokens[0]!.start, end: tokens[v - 1]!.word === ',' ? tokens[v - 2]!.end : tokens[v - 1]!.end };
  if (!content || content.end <= content.start) return undefined;
  return { kind: 'indirect', start: content.start, end: content.end, text: doc.text.slice(content.start, content.end), verb: 'according to', speaker, rule: 'according-to' };
}
