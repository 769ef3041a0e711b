/**
 * One-sense-per-document pass over the tagger's output (news names repeat): every mention with
 * the same surface string gets that string's majority type (votes weighted by confidence), and
 * unlabelled repeats of a tagged name, or of a tagged person's family name, are labelled too.
 */
import type { EntityType } from '../../../model/doc.js';
import { marginToConfidence } from './confidence.js';
import type { NerSpan, Offsets } from './model.js';
import { firstAtLeast } from '../../../text/search.js';
import { COMPANY_WORDS } from '../../../lexicon/titles.js';

/** Confidence given to spans added by this pass, times the best confidence of their source. */
const PROPAGATED_CONFIDENCE = 0.8;
/** Spans below this confidence (a margin of 0, see marginToConfidence) do not vote or propagate. */
const MIN_VOTE_CONFIDENCE = marginToConfidence(0);

const UPPER_START = /^\p{Lu}/u;
/**
 * Common nouns that say the name next to them is an organisation: "budgeting app Pennywise",
 * "Pennywise, the budgeting app popular with students". Nouns that also name people's jobs
 * (producer, publisher, promoter, broadcaster, operator) are left out.
 */
const ORG_DESCRIPTORS: ReadonlySet<string> = new Set([
  'company', 'firm', 'startup', 'start-up', 'app', 'group', 'conglomerate', 'retailer', 'supermarket', 'chain', 'bank',
  'lender', 'insurer', 'carmaker', 'automaker', 'airline', 'manufacturer', 'network', 'channel', 'newspaper', 'magazine',
  'tabloid', 'website', 'platform', 'provider', 'label', 'agency', 'charity', 'nonprofit', 'non-profit',
  'union', 'party', 'club', 'band', 'studio', 'brand', 'giant', 'consultancy', 'regulator', 'watchdog', 'utility',
  'miner', 'distributor', 'foundation', 'outlet', 'processor', 'chipmaker', 'drugmaker', 'planemaker', 'fintech',
  'exchange', 'issuer', 'custodian', 'brokerage', 'fund',
]);
/** Nouns for places that head an apposition after a place's name ("Dhonveligaa, the uninhabited island across the channel"). */
const PLACE_DESCRIPTORS: ReadonlySet<string> = new Set(['island', 'atoll', 'village', 'town', 'township', 'hamlet', 'district', 'province', 'county', 'municipality', 'valley', 'lake', 'river', 'mountain', 'peninsula', 'neighbourhood', 'neighborhood', 'suburb', 'oasis']);
/** Names that only a company has: a thing's name ending in an airline's or company's form ("Falcon Air Cargo", "Vantor Holdings"). */
const COMPANY_ONLY = /\s(?:Cargo|Airlines|Airways|Holdings|Shipping|Logistics|Mining|Motors|Pharmaceuticals|Petroleum|Inc\.?|Ltd\.?|Corp\.?|LLC|plc|PLC|GmbH|AG)$/;
/** Words that may follow a descriptor in an apposition ("the budgeting app popular with …"). */
const AFTER_DESCRIPTOR = /^(?:[,.;:)]|that|which|whose|where|with|in|of|for|from|based|popular|known|founded|owned|backed|behind|and|best|across|off|near)$/;
/** Most tokens of a place in a compound inside a descriptor ("Cayman Islands-"). */
const MAX_COMPOUND_TOKENS = 4;
/** One capitalised word ending in a plural -s. */
const PLURAL_WORD = /^\p{Lu}\p{Ll}+[^s]s$/u;
/** A short family name and a hyphenated given name of two syllables ("Park Joo-Ho", "Kim Shin-Wook"). */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{1,4} \p{Lu}\p{Ll}{1,4}-\p{Lu}?\p{Ll}{1,4}$/u;

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
  // A name a common noun describes as an organisation, or that ends in a company word, is no
  // person ("budgeting app Pennywise", "Calloway Semiconductor"), and the latter no place ("Andes
  // Capital"); a thing's name ending in a word only companies end in is a company's ("Falcon Air
  // Cargo", not "Google Analytics"); a family name and a hyphenated
  // given name is one ("Park Joo-Ho", read as a park).
  for (const s of spans) {
    const key = text.slice(s.start, s.end);
    const type = majority.get(key) ?? s.type;
    // "Italian defence group Castelmonte Difesa" read as a thing's name is the group.
    // "Dhonveligaa, the uninhabited island across the channel" read as a person is a place.
    if (type === 'PERSON' && apposedNoun(text, tokens, s, PLACE_DESCRIPTORS)) majority.set(key, 'LOC');
    else if ((type === 'PERSON' && (describedAsOrganisation(text, tokens, s) || companyName(text, s) || NO_SURNAME.test(key))) || (type === 'OTHER' && descriptorBefore(text, tokens, s)) || (type === 'LOC' && companyName(text, s)) || (type === 'OTHER' && LEGAL_FORM_LAST.test(text.slice(s.start, s.end))) || (type === 'OTHER' && COMPANY_ONLY.test(key))) majority.set(key, 'ORG');
    else if (HYPHENATED_GIVEN.test(key)) majority.set(key, 'PERSON');
  }
  // "Calloway" after "Calloway Semiconductor": the short form of a company's name is the company,
  // unless a person has it as a family name ("Paul Harvey Pogue, the founder of Pogue Construction").
  const surnames = new Set<string>();
  for (const [key, type] of majority) if (type === 'PERSON' && key.includes(' ')) surnames.add(key.slice(key.lastIndexOf(' ') + 1));
  for (const [key, type] of [...majority]) {
    const space = key.indexOf(' ');
    if (type !== 'ORG' || space < 0 || !key.slice(space + 1).split(' ').every((w) => COMPANY_WORDS.has(w.toLowerCase()))) continue;
    const short = key.slice(0, space);
    if (majority.has(short) && !surnames.has(short)) majority.set(short, 'ORG');
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
    if (!match || covered(t.start, match.end, next) || opensCompanyName(text, tokens, match.last)) continue;
    const type = majority.get(match.key) ?? 'PERSON';
    const conf = (majority.has(match.key) ? best.get(match.key)! : family.get(match.key)!) * PROPAGATED_CONFIDENCE;
    added.push({ start: t.start, end: match.end, type, confidence: conf });
    i = match.last;
  }
  if (added.length === 0) return out;
  return [...out, ...added].sort((a, b) => a.start - b.start);
}

/** True when capitalised words after token `last` end in a company word: "Lullo" opens "Lullo Baby Products" and is not the person "Lullo" tagged later. */
function opensCompanyName(text: string, tokens: readonly Offsets[], last: number): boolean {
  let j = last;
  while (j + 1 < tokens.length && j - last < MAX_NAME_TAIL && text.slice(tokens[j]!.end, tokens[j + 1]!.start) === ' ' && UPPER_START.test(text.slice(tokens[j + 1]!.start, tokens[j + 1]!.end))) j++;
  return j > last && COMPANY_WORDS.has(text.slice(tokens[j]!.start, tokens[j]!.end).toLowerCase());
}
/** Most capitalised words after a name's first that opensCompanyName reads. */
const MAX_NAME_TAIL = 4;

/** A name of two words or more ending in a company's legal form ("Ghana Water Limited"): a thing's name never does ("Google Analytics" may). */
const LEGAL_FORM_LAST = /\s(?:Limited|Ltd\.?|Inc\.?|PLC|plc|LLC|LLP|GmbH|AG|S\.A\.|SA|NV|BV|SpA|Oyj?|ASA|A\/S)$/;

/** True when the span's name has two words or more and ends in a company word ("Heliotrope Mining"). */
function companyName(text: string, s: Offsets): boolean {
  const name = text.slice(s.start, s.end);
  return name.includes(' ') && COMPANY_WORDS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
}

/** A person's name never ends in "Digital" ("Brightmark Digital"), though a product's may ("the Nova Digital"). */
const NO_SURNAME = /\sDigital$/;

/** True when a common noun right before the span names an organisation ("budgeting app Pennywise"). */
export function descriptorBefore(text: string, tokens: readonly Offsets[], s: Offsets): boolean {
  const first = firstAtLeast(tokens, s.start + 1, (t) => t.end);
  // Not "L-band Sensor": the noun is a word of its own.
  return first > 0 && ORG_DESCRIPTORS.has(text.slice(tokens[first - 1]!.start, tokens[first - 1]!.end)) && /^ +$/.test(text.slice(tokens[first - 1]!.end, s.start)) && (first < 2 || tokens[first - 2]!.end < tokens[first - 1]!.start);
}

/** True when a common noun right before the span, or heading an apposition right after it, names an organisation. */
function describedAsOrganisation(text: string, tokens: readonly Offsets[], s: Offsets): boolean {
  return descriptorBefore(text, tokens, s) || apposedNoun(text, tokens, s, ORG_DESCRIPTORS);
}

/** True when an apposition right after the span is headed by one of `nouns` (", the budgeting app …", ", one of the country's largest payment processors"). */
function apposedNoun(text: string, tokens: readonly Offsets[], s: Offsets, nouns: ReadonlySet<string>): boolean {
  const word = (i: number) => (tokens[i] ? text.slice(tokens[i]!.start, tokens[i]!.end) : '');
  const last = firstAtLeast(tokens, s.end + 1, (t) => t.end) - 1;
  if (word(last + 1) !== ',') return false;
  // ", the budgeting app …", ", one of the country's largest payment processors"
  let k = last + 2;
  const one = word(k) === 'one' && word(k + 1) === 'of';
  if (one) k += 2;
  if (!/^(?:the|a|an)$/.test(word(k))) return false;
  // Up to three lower-case words (five after "one of"); a place in a compound before them does
  // not count ("the Cayman Islands-registered cryptocurrency exchange").
  let words = one ? 5 : 3;
  for (const stop = k + words + MAX_COMPOUND_TOKENS; ++k <= stop && words > 0; ) {
    const w = word(k);
    if (/^['’]s$/.test(w)) continue;
    if (UPPER_START.test(w) && /^(?:-|\p{Lu}.*)$/u.test(word(k + 1))) continue;
    if (w === '-' && UPPER_START.test(word(k - 1)) && /^\p{Ll}+ed$/u.test(word(k + 1))) continue;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return false;
    words--;
    const singular = one ? [w.replace(/ies$/, 'y'), w.replace(/s$/, ''), w.replace(/es$/, '')] : [w];
    if (singular.some((x) => nouns.has(x))) return AFTER_DESCRIPTOR.test(word(k + 1));
  }
  return false;
}
