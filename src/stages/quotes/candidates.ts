/**
 * Speaker candidates for the ranker (see ranker.ts, docs/quotes.md): for one quote, the rules'
 * choice, entity mentions and pronouns near the quote and its frame, the previous quote's speaker
 * and null, each described by sparse binary features.
 */
import type { Entity, Quote, Ref } from '../../model/doc.js';
import { DETERMINERS, PREPOSITIONS, PRONOUNS, VERB_LEMMAS, type PronounKind } from './verbs.js';
import { genderOf, pronounSpeaker, refOf, speakerOfRegion } from './speaker.js';
import { lowerBound, quotationAt, rememberedFor, typeOf, type MentionRef, type Tok, type View } from './view.js';

export interface Candidate {
  /** Who would speak; null for "nobody named". */
  ref: Ref | null;
  features: string[];
}

/** Sentences looked at before the quote's first sentence and after its last. */
const SENTENCES_BEFORE = 2;
const SENTENCES_AFTER = 1;
/** A reporting verb farther than this many tokens from the quote is not its frame's. */
const MAX_VERB_TOKENS = 30;
/** Most entities taken as candidates on each side of the quote, nearest first. */
const MAX_MENTIONS = { before: 4, after: 3, inside: 2 };
/** A pronoun farther than this many tokens from the quote is not a candidate. */
const MAX_PRONOUN_TOKENS = 25;

const featureNames = new Map<string, Map<string | number, string>>();
/** Prefixes of features joined with the kind of quote. */
const KIND = { direct: 'direct|', indirect: 'indirect|' } as const;
const PRONOUN_KIND = { direct: 'pro|direct|', indirect: 'pro|indirect|' } as const;
/** Prefixes of features by side of the quote. */
const DIST = { before: 'dist=before:', after: 'dist=after:', inside: 'dist=inside:' } as const;
const SENT = { before: 'sent=before:', after: 'sent=after:', inside: 'sent=inside:' } as const;
const RANK = { before: 'rank=before:', after: 'rank=after:', inside: 'rank=inside:' } as const;
/** A feature's name, `prefix` + `value`, made once: features are looked up by name for each candidate of each quote. */
function feat(prefix: string, value: string | number): string {
  let byValue = featureNames.get(prefix);
  if (!byValue) featureNames.set(prefix, (byValue = new Map()));
  let name = byValue.get(value);
  if (name === undefined) {
    name = `${prefix}${value}`;
    if (byValue.size < 10_000) byValue.set(value, name);
  }
  return name;
}

/** A bucket for a non-negative count. */
export function bucket(n: number): string {
  return n <= 1 ? String(n) : n <= 3 ? '2-3' : n <= 7 ? '4-7' : n <= 15 ? '8-15' : n <= 31 ? '16-31' : '32+';
}

/** Where a phrase at [start, end) stands from the quote: before, after or inside (an interrupting frame). */
function side(q: Quote, start: number, end: number): 'before' | 'after' | 'inside' {
  return end <= q.start ? 'before' : start >= q.end ? 'after' : 'inside';
}

/** Sentence index of the token at or after `offset`. */
function sentenceAt(view: View, offset: number): number {
  return view.toks[Math.min(lowerBound(view.toks, offset), view.toks.length - 1)]?.sentence ?? 0;
}

/**
 * Features of a phrase (tokens a..b) as a speaker of quote q: side and distance, sentence and
 * paragraph, punctuation between it and the quote, and the words around it (contextFeatures).
 */
function positionFeatures(view: View, q: Quote, a: number, b: number): string[] {
  const toks = view.toks;
  const start = toks[a]!.start;
  const end = toks[b]!.end;
  const where = side(q, start, end);
  const qa = lowerBound(toks, q.start);
  const qb = lowerBound(toks, q.end) - 1;
  const dist = where === 'before' ? qa - b - 1 : where === 'after' ? a - qb - 1 : 0;
  const sent = toks[a]!.sentence;
  const sentDist = where === 'before' ? sentenceAt(view, q.start) - sent : where === 'after' ? sent - sentenceAt(view, q.end - 1) : 0;
  const gapText = where === 'before' ? view.text.slice(end, q.start) : where === 'after' ? view.text.slice(q.end, start) : '';
  const f = [feat('side=', where), feat(DIST[where], bucket(dist)), feat(SENT[where], Math.min(sentDist, 3))];
  if (!gapText.includes('\n')) f.push('samePara');
  f.push(...contextFeatures(view, a, b));
  if (where !== 'inside') {
    if (gapText.includes(':')) f.push(feat('colon=', where));
    if (QUOTE_MARKS.test(gapText)) f.push(feat('quoteMark=', where));
    if (gapText.length < 8 && ADJACENT.test(gapText)) f.push(feat('adjacent=', where));
  }
  return f;
}
const QUOTE_MARKS = /["“”«»]/;
const ADJACENT = /^\s*[,—–-]?\s*["“”«»]?\s*$/;

const contexts = new WeakMap<View, Map<number, string[]>>();
/**
 * The words around a phrase (tokens a..b), once per phrase and document: a reporting verb after it
 * or before it, "by", "according to", a preposition, a possessive, a lower-case noun it qualifies.
 */
function contextFeatures(view: View, a: number, b: number): string[] {
  return rememberedFor(contexts, view, a * 1e7 + b, () => {
    const toks = view.toks;
    const sent = toks[a]!.sentence;
    const next = toks[b + 1];
    const prev = toks[a - 1];
    const prev2 = toks[a - 2];
    const f: string[] = [];
    if (next && next.sentence === sent && VERB_LEMMAS.has(next.lower) && next.word === next.lower) f.push('verbAfter');
    else if (next && next.sentence === sent && next.word === ',') f.push('commaAfter');
    else if (next && /^['’]s?$/.test(next.word)) f.push('possessive');
    else if (next && next.sentence === sent && LOWER_NOUN.test(next.word) && !VERB_LEMMAS.has(next.lower) && !BETWEEN.test(next.lower) && !PREPOSITIONS.has(next.lower) && !RELATIVE.test(next.lower) && !DETERMINERS.has(next.lower) && next.lower !== 'and') f.push('modifier');
    if (prev && prev.sentence === sent) {
      if (VERB_LEMMAS.has(prev.lower) && prev.word === prev.lower) f.push('verbBefore');
      else if (prev.lower === 'by') f.push('byAgent');
      else if (prev.lower === 'to' && prev2?.lower === 'according') f.push('accordingTo');
      else if (PREPOSITIONS.has(prev.lower)) f.push('prepBefore');
      else if (prev.word === ',') f.push('commaBefore');
      else if (prev.lower === 'the' && prev2 && VERB_LEMMAS.has(prev2.lower)) f.push('verbBefore');
    } else f.push('opensSentence');
    for (let k = b + 1; k <= b + 4 && toks[k]?.sentence === sent; k++) {
      if (VERB_LEMMAS.has(toks[k]!.lower) && toks[k]!.word === toks[k]!.lower) {
        if (k > b + 1) f.push('verbSoon');
        break;
      }
    }
    return f;
  });
}

/**
 * The token of the quote's reporting verb: the nearest token in the window, outside quotation
 * marks and reported content, whose lemma is the quote's verb; undefined when there is none.
 */
function frameVerb(view: View, q: Quote, a: number, b: number): number | undefined {
  if (!q.verb) return undefined;
  const word = q.verb === 'according to' ? 'according' : undefined;
  const qa = lowerBound(view.toks, q.start);
  const qb = lowerBound(view.toks, q.end) - 1;
  let best: number | undefined;
  let bestDist = Infinity;
  const last = Math.min(b, qb + MAX_VERB_TOKENS);
  for (let k = Math.max(a, qa - MAX_VERB_TOKENS); k <= last; k++) {
    if (q.kind === 'indirect' && k === qa) k = qb + 1;
    if (k > last) break;
    const t = view.toks[k]!;
    if (word ? t.lower !== word : VERB_LEMMAS.get(t.lower) !== q.verb || t.word !== t.lower) continue;
    if (quotationAt(view, t.start) || (q.kind === 'indirect' && k >= qa && k <= qb)) continue;
    const d = k < qa ? qa - k : k > qb ? k - qb : 0;
    if (d < bestDist) [best, bestDist] = [k, d];
  }
  return best;
}

/** Features of a phrase (tokens a..b) by where it stands from the reporting verb at token v. */
function verbFeatures(view: View, v: number | undefined, a: number, b: number): string[] {
  if (v === undefined) return ['verb:none'];
  const toks = view.toks;
  if (toks[a]!.sentence !== toks[v]!.sentence) return ['verb:otherSentence'];
  const f = ['verb:sameSentence'];
  if (b < v) {
    f.push(feat('verb:before=', bucket(v - b - 1)), feat('verb:gap=', gapKind(view, b + 1, v - 1)));
  } else if (a > v) {
    f.push(feat('verb:after=', bucket(a - v - 1)));
    let k = v + 1;
    while (k < a && /^(?:the|a|an|to|by|,)$/.test(toks[k]!.lower)) k++;
    if (k === a) f.push('verb:afterAdjacent');
  }
  return f;
}

/** Words that may stand between a subject and its verb ("has also said", "later told"). */
const BETWEEN = /^(?:has|have|had|is|was|were|will|would|also|then|later|again|did|does|do|not|once|further|previously|earlier|already|repeatedly|\p{Ll}+ly)$/u;
/** Relative pronouns. */
const RELATIVE = /^(?:who|which|that|whose|whom)$/;

/**
 * What stands between a subject candidate and its verb (tokens a..b): nothing, auxiliaries and
 * adverbs, an apposition in commas, a relative clause, a lower-case noun (the name only qualifies
 * it: "FSB sources said"), or other words.
 */
function gapKind(view: View, a: number, b: number): string {
  const toks = view.toks;
  if (a > b) return 'none';
  let aux = true;
  for (let k = a; k <= b; k++) aux &&= BETWEEN.test(toks[k]!.lower);
  if (aux) return 'aux';
  if (toks[a]!.word === ',' && toks[b]!.word === ',') return RELATIVE.test(toks[a + 1]?.lower ?? '') ? 'relativeInCommas' : 'apposition';
  if (RELATIVE.test(toks[a]!.lower)) return 'relative';
  if (/^['’]s?$/.test(toks[a]!.word)) return 'possessive';
  if (LOWER_NOUN.test(toks[a]!.word) && !VERB_LEMMAS.has(toks[a]!.lower)) return 'lowerWord';
  if (toks[a]!.word === '(') return 'bracket';
  return PREPOSITIONS.has(toks[a]!.lower) ? 'preposition' : 'other';
}
const LOWER_NOUN = /^\p{Ll}{2,}$/u;

/** The frame's subject slot: the token right before the verb (past auxiliaries and adverbs), its shape, and the shape right after the verb. */
interface Slots {
  subject: number;
  left: string;
  right: string;
}

function frameSlots(view: View, v: number): Slots {
  const toks = view.toks;
  let k = v - 1;
  while (k >= 0 && BETWEEN.test(toks[k]!.lower) && toks[k]!.sentence === toks[v]!.sentence) k--;
  const shape = (t: Tok | undefined) =>
    !t || t.sentence !== toks[v]!.sentence ? 'edge' : isPronoun(t.lower) ? 'pronoun' : /^\p{Lu}/u.test(t.word) ? 'capital' : LOWER_NOUN.test(t.word) ? (/s$/.test(t.lower) ? 'lowerPlural' : 'lower') : 'punct';
  return { subject: k, left: shape(toks[k]), right: shape(toks[v + 1]) };
}

/** How the frame's slots are filled, for the null candidate. */
function frameFeatures(slots: Slots | undefined): string[] {
  return slots ? [feat('null|left=', slots.left), feat('null|right=', slots.right)] : ['null|verb:none'];
}

/**
 * Whether a phrase (tokens a..b) fills the verb's subject slot, how that slot is filled, and
 * when it holds a pronoun, whether the candidate entity agrees with it.
 */
function slotFeatures(view: View, slots: Slots | undefined, a: number, b: number, entity?: Entity): string[] {
  if (!slots) return [];
  const { subject, left } = slots;
  const f = [feat(`slot=${left}|`, a <= subject && subject <= b ? 'this' : 'other')];
  if (left === 'pronoun' && entity) f.push(feat('agree=', agreement(view, PRONOUNS[view.toks[subject]!.lower]!, entity)));
  return f;
}

/** Whether an entity can be what a pronoun of this kind refers to: yes, maybe (gender unknown) or no. */
function agreement(view: View, kind: PronounKind, entity: Entity): 'yes' | 'maybe' | 'no' {
  const type = typeOf(view, entity);
  if (kind === 'male' || kind === 'female') {
    if (type !== 'PERSON') return 'no';
    const g = genderOf(view, entity);
    return g === kind ? 'yes' : g === null ? 'maybe' : 'no';
  }
  return type === 'PERSON' ? 'no' : type === 'ORG' || type === 'NORP' ? 'yes' : 'maybe';
}

/** The name of the rule that found the quote, for features. */
function ruleOf(q: Quote): string {
  return q.rule ?? 'none';
}

/** A key that says two refs are one speaker. */
function keyOf(ref: Ref): string {
  return ref.entity ? `e:${ref.entity}` : `n:${ref.name.toLowerCase()}`;
}

/** Tokens of the window: from two sentences before the quote to one after. */
function windowOf(view: View, q: Quote): { a: number; b: number } {
  const first = Math.max(0, sentenceAt(view, q.start) - SENTENCES_BEFORE);
  const last = Math.min(view.sentenceTokens.length - 1, sentenceAt(view, q.end - 1) + SENTENCES_AFTER);
  return { a: view.sentenceTokens[first]?.first ?? 0, b: (view.sentenceTokens[last]?.end ?? view.toks.length) - 1 };
}

/** Candidate mentions: speaker-type mentions in the window, outside quotation marks and reported content. */
function windowMentions(view: View, q: Quote, a: number, b: number): MentionRef[] {
  const out: MentionRef[] = [];
  if (!view.toks[a] || !view.toks[b]) return out;
  const from = view.toks[a]!.start;
  const to = view.toks[b]!.end;
  for (let i = lowerBound(view.mentions, from); i < view.mentions.length && view.mentions[i]!.start < to; i++) {
    const m = view.mentions[i]!;
    if (quotationAt(view, m.start)) continue;
    if (q.kind === 'indirect' && m.start >= q.start && m.end <= q.end) continue;
    out.push(m);
  }
  return out;
}

class Builder {
  readonly list: Candidate[] = [];
  private readonly byKey = new Map<string, Candidate>();

  /**
   * Adds a candidate, or its features to the one already there for the same speaker. Each source
   * (the rules, a mention, a pronoun, a phrase) adds features of its own, so none repeats.
   */
  add(ref: Ref, features: string[]): Candidate {
    const key = keyOf(ref);
    const c = this.byKey.get(key);
    if (!c) {
      const made = { ref, features };
      this.byKey.set(key, made);
      this.list.push(made);
      return made;
    }
    for (const f of features) c.features.push(f);
    return c;
  }

  has(ref: Ref): boolean {
    return this.byKey.has(keyOf(ref));
  }
}

/**
 * Candidates for quote q, the rules' choice first (null first when the rules found nobody).
 * `previous` is the speaker the rules gave the quote before.
 */
export function speakerCandidates(view: View, q: Quote, previous: Ref | null): Candidate[] {
  const kind = q.kind;
  const rule = ruleOf(q);
  const built = new Builder();
  const rules = q.speaker;
  let ruled: Candidate | undefined;
  // Candidates a pronoun in the frame's subject cannot refer to.
  const disagreeing = new Set<Candidate>();
  if (rules) {
    const f = ['rules', feat('rules|rule=', rule), feat('rules|kind=', kind)];
    f.push(rules.entity ? 'rules|entity' : 'rules|name');
    if (rules.name.includes(' and ')) f.push('rules|joint');
    ruled = built.add(rules, f);
  }
  const { a, b } = windowOf(view, q);
  const v = frameVerb(view, q, a, b);
  const slots = v === undefined ? undefined : frameSlots(view, v);
  const mentions = windowMentions(view, q, a, b);
  if (rules && !rules.entity) locateRules(view, q, v, slots, a, b, built, rules);
  const ranks = { before: 0, after: 0, inside: 0 };
  // Nearest first on each side: before the quote backwards, then inside and after forwards.
  const ordered = [...mentions.filter((m) => m.end <= q.start).reverse(), ...mentions.filter((m) => m.end > q.start)];
  const seen = new Set<Entity>();
  const taken = new Set<string>();
  for (const m of ordered) {
    if (seen.has(m.entity)) continue;
    seen.add(m.entity);
    const ma = lowerBound(view.toks, m.start);
    const mb = lowerBound(view.toks, m.end) - 1;
    if (mb < ma) continue;
    const where = side(q, m.start, m.end);
    if (ranks[where] >= MAX_MENTIONS[where] && rules?.entity !== m.entity.id) continue;
    const rank = ++ranks[where];
    const type = typeOf(view, m.entity);
    const ref = rules?.entity === m.entity.id ? rules : rememberedFor(entityRefs, view, m.entity, () => refOf(view, m.entity));
    if (taken.has(keyOf(ref))) continue;
    taken.add(keyOf(ref));
    const slot = slotFeatures(view, slots, ma, mb, m.entity);
    const pos = [...positionFeatures(view, q, ma, mb), ...verbFeatures(view, v, ma, mb), ...slot];
    const f = ['mention', feat('type=', type), feat(RANK[where], Math.min(rank, 3)), ...pos, ...pos.map((x) => feat(KIND[kind], x)), feat(`type=${type}|`, pos[0]!)];
    if (rules && !rules.entity && rules.name.includes(view.text.slice(m.start, m.end))) f.push('inRulesName');
    if (!built.has(ref) && rules?.entity && rules.entity !== m.entity.id) f.push('rulesOther');
    f.push(feat('mentions=', bucket(m.entity.mentions.length)));
    const c = built.add(ref, f);
    if (slot.includes('agree=no')) disagreeing.add(c);
  }
  addPronouns(view, q, a, b, v, slots, built);
  // Phrases the rules' reader names when the rules found nobody ("the company said").
  if (v !== undefined && !rules) addRegions(view, q, v, built);
  if (previous) built.add(previous, ['previous', feat('previous|kind=', kind)]);
  // A frame whose subject is a pronoun ("…," she said) is not spoken by someone it cannot refer to.
  const list = built.list.filter((c) => c === ruled || !disagreeing.has(c));
  for (const c of list) {
    if (c !== ruled) c.features.push(rules ? 'notRules' : 'notRules|rulesNull', feat('notRules|rule=', rule));
  }
  const nulls = ['null', feat('null|kind=', kind), feat('null|rule=', rule), rules ? 'null|rulesNamed' : 'null|rulesNull', feat('null|candidates=', bucket(list.length))];
  if (q.verb) nulls.push(feat('null|verb=', q.verb));
  nulls.push(...frameFeatures(slots));
  if (rules) list.push({ ref: null, features: nulls });
  else list.unshift({ ref: null, features: nulls });
  return list;
}

/** Pronouns in the window near the quote, each as the speaker it resolves to. */
function addPronouns(view: View, q: Quote, a: number, b: number, v: number | undefined, slots: Slots | undefined, built: Builder): void {
  const qa = lowerBound(view.toks, q.start);
  const qb = lowerBound(view.toks, q.end) - 1;
  const last = Math.min(b, qb + MAX_PRONOUN_TOKENS);
  // One pronoun per speaker: the first found.
  const done = new Set<string>();
  for (let k = Math.max(a, qa - MAX_PRONOUN_TOKENS); k <= last; k++) {
    // Reported content holds no frame.
    if (q.kind === 'indirect' && k === qa) k = qb + 1;
    if (k > last) break;
    const t = view.toks[k];
    if (!t || !isPronoun(t.lower) || quotationAt(view, t.start)) continue;
    const ref = rememberedFor(pronounRefs, view, t.start, () => pronounSpeaker(view, t.word, t.start));
    if (!ref || done.has(keyOf(ref))) continue;
    done.add(keyOf(ref));
    const pos = [...positionFeatures(view, q, k, k), ...verbFeatures(view, v, k, k), ...slotFeatures(view, slots, k, k)];
    built.add(ref, ['pronoun', feat('pronoun=', t.lower), ...pos.map((x) => feat('pro|', x)), ...pos.map((x) => feat(PRONOUN_KIND[q.kind], x))]);
  }
}

/** The rules' speaker named only in the text: described where its name is written nearest the quote. */
function locateRules(view: View, q: Quote, v: number | undefined, slots: Slots | undefined, a: number, b: number, built: Builder, rules: Ref): void {
  const from = view.toks[a]?.start ?? 0;
  const to = view.toks[b]?.end ?? view.text.length;
  let at = -1;
  for (let i = view.text.indexOf(rules.name, from); i >= 0 && i < to; i = view.text.indexOf(rules.name, i + 1)) {
    if (quotationAt(view, i) || (q.kind === 'indirect' && i >= q.start && i < q.end)) continue;
    if (at < 0 || Math.abs(i - q.start) < Math.abs(at - q.start)) at = i;
  }
  if (at < 0) {
    built.add(rules, ['rules|unlocated']);
    return;
  }
  const ra = lowerBound(view.toks, at);
  const rb = lowerBound(view.toks, at + rules.name.length) - 1;
  if (rb < ra) return;
  const pos = [...positionFeatures(view, q, ra, rb), ...verbFeatures(view, v, ra, rb), ...slotFeatures(view, slots, ra, rb)];
  built.add(rules, ['written', ...pos, ...pos.map((x) => feat(KIND[q.kind], x))]);
}

/** True for a personal pronoun that can frame a quote ("he", "they"). */
function isPronoun(word: string): boolean {
  return PRONOUN_WORDS.has(word);
}
const PRONOUN_WORDS: ReadonlySet<string> = new Set(Object.keys(PRONOUNS));

/** Speakers of pronouns and phrases, once per document (quotes near each other share them). */
const pronounRefs = new WeakMap<View, Map<number, Ref | null>>();
const entityRefs = new WeakMap<View, Map<Entity, Ref>>();
const regionRefs = new WeakMap<View, Map<string, Ref | null>>();

/** Words that end the phrase of a subject or of an inverted speaker. */
const PHRASE_BREAK = /^(?:[,;:.!?"“”«»()—–]|that)$/;

/**
 * The speakers the rules' phrase reader finds in the verb's subject (back to a break) and, for an
 * inverted frame ("…, said the spokesperson"), after the verb (to a break): nominal heads ("the
 * company") and names the entity stage missed become candidates too.
 */
function addRegions(view: View, q: Quote, v: number, built: Builder): void {
  const toks = view.toks;
  const sentence = toks[v]!.sentence;
  let s = v - 1;
  while (s >= 0 && toks[s]!.sentence === sentence && !PHRASE_BREAK.test(toks[s]!.word) && v - s <= 12) s--;
  if (s + 1 <= v - 1 && !named(view, v - 1)) addRegion(view, q, v, s + 1, v - 1, 'region=subject', built);
  let e = v + 1;
  while (toks[e] && toks[e]!.sentence === sentence && !PHRASE_BREAK.test(toks[e]!.word) && e - v <= 12) e++;
  if (v + 1 <= e - 1 && !quotationAt(view, toks[v + 1]!.start) && !named(view, v + 1)) addRegion(view, q, v, v + 1, e - 1, 'region=after', built);
}

/** True when token k is a pronoun or inside an entity's mention (a candidate already). */
function named(view: View, k: number): boolean {
  const t = view.toks[k]!;
  if (isPronoun(t.lower)) return true;
  const m = view.mentions[lowerBound(view.mentions, t.start + 1) - 1];
  return m !== undefined && m.start <= t.start && t.end <= m.end;
}

function addRegion(view: View, q: Quote, v: number, a: number, b: number, name: string, built: Builder): void {
  if (q.kind === 'indirect' && view.toks[a]!.start >= q.start && view.toks[b]!.end <= q.end) return;
  const ref = rememberedFor(regionRefs, view, `${a}:${b}`, () => speakerOfRegion(view, a, b, false, true));
  if (!ref) return;
  built.add(ref, [name, feat(`${name}|`, q.kind), ...(ref.entity ? [] : [`${name}|noEntity`]), feat(`${name}|gap=`, bucket(name === 'region=subject' ? v - b - 1 : a - v - 1))]);
}
