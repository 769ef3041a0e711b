/**
 * One-sense-per-document pass over the tagger's output (news names repeat): every mention with
 * the same surface string gets that string's majority type (votes weighted by confidence), and
 * unlabelled repeats of a tagged name, or of a tagged person's family name, are labelled too.
 */
import type { EntityType } from '../../../model/doc.js';
import { marginToConfidence } from './confidence.js';
import type { NerSpan, Offsets } from './model.js';

/** Confidence given to spans added by this pass, times the best confidence of their source. */
const PROPAGATED_CONFIDENCE = 0.8;
/** Spans below this confidence (a margin of 0, see marginToConfidence) do not vote or propagate. */
const MIN_VOTE_CONFIDENCE = marginToConfidence(0);

const UPPER_START = /^\p{Lu}/u;
/** One capitalised word ending in a plural -s. */
const PLURAL_WORD = /^\p{Lu}\p{Ll}+[^s]s$/u;

export function documentConsistency(text: string, tokens: readonly Offsets[], spans: NerSpan[]): NerSpan[] {
  if (spans.length === 0) return spans;
  const votes = new Map<string, Map<EntityType, number>>();
  const best = new Map<string, number>();
  const vote = (key: string, type: EntityType, w: number) => {
    let v = votes.get(key);
    if (!v) votes.set(key, (v = new Map()));
    v.set(type, (v.get(type) ?? 0) + w);
    best.set(key, Math.max(best.get(key) ?? 0, w));
  };
  const generic = (t: EntityType): EntityType => (t === 'GPE' ? 'LOC' : t);
  const gpe = new Set<string>();
  for (const s of spans) {
    if (s.confidence < MIN_VOTE_CONFIDENCE) continue;
    const key = text.slice(s.start, s.end);
    vote(key, generic(s.type), s.confidence);
    if (s.type === 'GPE') gpe.add(key);
  }
  const majority = new Map<string, EntityType>();
  for (const [key, v] of votes) {
    let top: EntityType = 'OTHER';
    let w = -1;
    for (const [t, x] of v) if (x > w) [top, w] = [t, x];
    majority.set(key, top === 'LOC' && gpe.has(key) ? 'GPE' : top);
  }
  // Family names of tagged persons ("Andy Warhol" → "Warhol"), unless the word is itself a name with another type.
  const family = new Map<string, number>();
  for (const s of spans) {
    if (s.type !== 'PERSON' || s.confidence < MIN_VOTE_CONFIDENCE) continue;
    const name = text.slice(s.start, s.end);
    const last = name.slice(name.lastIndexOf(' ') + 1);
    if (last !== name && UPPER_START.test(last) && last.length > 1 && !majority.has(last)) family.set(last, s.confidence);
  }
  // A plural of a word the document names as something else is a common noun, not a person
  // ("Polaroids" beside the "Polaroid" camera); a tagged person's family name ("Waters") stays.
  const things = new Set<string>();
  for (const [key, type] of majority) {
    if (type !== 'PERSON' || !PLURAL_WORD.test(key) || family.has(key)) continue;
    const singular = majority.get(key.slice(0, -1));
    if (singular && singular !== 'PERSON') things.add(key);
  }
  for (const key of things) majority.delete(key);
  const out: NerSpan[] = [];
  for (const s of spans) {
    const key = text.slice(s.start, s.end);
    if (things.has(key)) continue;
    const m = majority.get(key);
    out.push(m && generic(m) !== generic(s.type) ? { ...s, type: m } : s);
  }
  // Unlabelled repeats: single tokens only when capitalised in the text, multi-token names anywhere.
  const firstWord = new Map<string, string[]>();
  for (const key of [...majority.keys(), ...family.keys()]) {
    if (!UPPER_START.test(key)) continue;
    const head = key.split(/[\s]/, 1)[0]!;
    const list = firstWord.get(head) ?? [];
    list.push(key);
    firstWord.set(head, list);
  }
  const covered = (start: number, end: number, from: number) => {
    for (let k = from; k < out.length && out[k]!.start < end; k++) if (out[k]!.end > start) return true;
    return false;
  };
  const added: NerSpan[] = [];
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (next < out.length && out[next]!.end <= t.start) next++;
    // Every key starts with a capital: skip tokens that start with another ASCII character unread.
    const c = text.charCodeAt(t.start);
    if (c < 128 && (c < 65 || c > 90)) continue;
    const candidates = firstWord.get(text.slice(t.start, t.end));
    if (!candidates) continue;
    let match: { end: number; key: string; last: number } | undefined;
    for (const key of candidates) {
      const end = t.start + key.length;
      if (text.slice(t.start, end) !== key) continue;
      let last = i;
      while (last + 1 < tokens.length && tokens[last + 1]!.end <= end) last++;
      if (tokens[last]!.end !== end) continue;
      if (!match || end > match.end) match = { end, key, last };
    }
    if (!match || covered(t.start, match.end, next)) continue;
    const type = majority.get(match.key) ?? 'PERSON';
    const conf = (majority.has(match.key) ? best.get(match.key)! : family.get(match.key)!) * PROPAGATED_CONFIDENCE;
    added.push({ start: t.start, end: match.end, type, confidence: conf });
    i = match.last;
  }
  if (added.length === 0) return out;
  return [...out, ...added].sort((a, b) => a.start - b.start);
}
