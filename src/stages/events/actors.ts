/**
 * Actor phrases of a sentence: entity mentions, KB names and demonyms ("Hungarian"), and PETRARCH
 * agent nouns ("officials", "troops") grouped into noun phrases with CAMEO-style codes composed as
 * country + sector ("Hungarian and Romanian officials" → HUNGOV, ROUGOV).
 */
import { codeAt } from '../../kb/codes.js';
import { rolesAt } from '../../kb/roles.js';
import { bySurname } from '../../kb/surnames.js';
import type { Kb, KbEntry } from '../../kb/types.js';
import type { Entity } from '../../model/doc.js';
import type { EventLexicon } from './lexicon.js';
import { auxLike } from './syntax.js';
import { CONJUNCTIONS, DETERMINERS, PREPOSITIONS, PUNCT, type Tok } from './words.js';

/** Entity types that can act or be acted on. */
const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
/** Longest gap of modifier words inside one noun phrase ("senior", "junior foreign"). */
const MAX_NP_GAP = 3;

interface Atom {
  i: number;
  j: number;
  code?: string;
  sector?: string;
  entity?: Entity;
  /** A demonym or other modifier ("Hungarian") that takes the head noun's sector. */
  modifier: boolean;
  /** The KB name of a person named by surname only ("Putin" → Vladimir Putin). */
  name?: string;
}

/** An entity mention in the body text, with its entity. */
export interface PlacedMention {
  start: number;
  end: number;
  entity: Entity;
}

/** One actor of a noun phrase (a conjunct). */
export interface Actor {
  i: number;
  j: number;
  name: string;
  code?: string;
  entity?: Entity;
}

export interface ActorGroup {
  i: number;
  j: number;
  actors: Actor[];
}

export interface SentenceActors {
  groups: ActorGroup[];
  /** Token index → group index covering it. */
  at: Int32Array;
}

function kbHit(kb: Kb, name: string): KbEntry | undefined {
  return kb.lookup(name).find((e) => e.code && (e.type === 'GPE' || e.type === 'ORG' || e.type === 'NORP'));
}

/**
 * A linked person the entities stage left uncoded (no role held at the date, or no date): the KB
 * entry's PETRARCH-style dated code at the document date, else its undated code.
 */
function kbCode(kb: Kb, entity: Entity, date: string | null): string | undefined {
  if (entity.type !== 'PERSON' || !entity.kb) return undefined;
  const entry = kb.get(entity.kb);
  if (!entry) return undefined;
  return date ? codeAt(entry, date.slice(0, 10)) : entry.code;
}

/** Month names: capitalised, and some are surnames too ("May"). */
const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * A lone surname the entities stage left unlinked ("Putin met Erdogan", "President Bush"): with a
 * story date, the person of that surname in office then (dated roles and PETRARCH code ranges);
 * else the one curated person with that surname and a role (kb/surnames.ts).
 */
function surnameHit(kb: Kb, t: Tok, date: string | null, titled: boolean): { code: string; name: string } | undefined {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(t.text) || MONTHS.test(t.lower)) return undefined;
  // the person of that surname in office at the story date ("President Bush" in 2008, "Mugabe
  // met"): every KB person of that surname with a dated office then must share one code; a bare
  // surname needs four letters at least ("Kim", "Lee" are too common to guess)
  if (date && (titled || t.text.length >= 4)) {
    const day = date.slice(0, 10);
    const active = (surnames(kb).get(t.lower) ?? []).map((e) => ({ e, code: officeCode(e, day) })).filter((x) => x.code);
    if (active.length > 0 && active.every((x) => x.code === active[0]!.code)) {
      // the curated entry's name when there is one ("Joe Biden", not PETRARCH's "JOE Biden")
      const best = active.find((x) => !x.e.id.startsWith('petr:')) ?? active[0]!;
      const curated = (surnames(kb).get(t.lower) ?? []).find((e) => !e.id.startsWith('petr:') && e.name.toLowerCase() === best.e.name.toLowerCase());
      return { code: best.code!, name: curated?.name ?? best.e.name };
    }
  }
  const entry = bySurname(kb, t.text);
  const code = entry && ((date ? codeAt(entry, date.slice(0, 10)) : undefined) ?? entry.code);
  return entry && code ? { code, name: entry.name } : undefined;
}

/** The code of an office a person holds on a day: a dated role or a dated PETRARCH code range. */
function officeCode(e: KbEntry, day: string): string | undefined {
  const role = rolesAt(e, day).find((r) => r.code) ?? rolesAt(e, day)[0];
  if (role) return role.code ?? e.code;
  return e.codes?.find((c) => (c.start || c.end) && (!c.start || day >= c.start) && (!c.end || day < c.end))?.code;
}

const surnameIndexes = new WeakMap<Kb, Map<string, KbEntry[]>>();

/** People of the KB by the last word of their name (built once per knowledge base). */
function surnames(kb: Kb): Map<string, KbEntry[]> {
  let index = surnameIndexes.get(kb);
  if (!index) {
    index = new Map();
    for (const e of kb.entries()) {
      if (e.type !== 'PERSON') continue;
      const last = e.name.split(/\s+/).pop()!.toLowerCase();
      const list = index.get(last);
      if (list) list.push(e);
      else index.set(last, [e]);
    }
    surnameIndexes.set(kb, index);
  }
  return index;
}

/** A title right before token i ("President", "Prime Minister"): a capitalised agent noun. */
function titled(toks: readonly Tok[], lex: EventLexicon, i: number): boolean {
  const t = toks[i - 1];
  return Boolean(t && /^\p{Lu}\p{Ll}+$/u.test(t.text) && lex.agents.get(t.lower)?.some((a) => a[0].length === 1 && a[1].startsWith('GOV')));
}

/** "pro-Russia rebels", "anti-Israeli protesters": a country after pro-/anti- is not the actor's. */
function stanceBefore(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  if (/^(?:pro|anti)-/i.test(t.text)) return true;
  // "pro - Russia" as three tokens, the mention starting at the name or at the hyphen
  const at = t.text === '-' ? i : i - 1;
  const hyphen = toks[at];
  const stance = toks[at - 1];
  return Boolean(hyphen && stance && hyphen.text === '-' && /^(?:pro|anti)$/i.test(stance.text) && hyphen.start === stance.end);
}

/** Function words that end a noun phrase ("reporters that Israel", "Egypt has Israel"). */
const PHRASE_BREAKS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'than', 'then', 'there', 'here', 'not', 'also', 'said', 'says', 'say']);

function isModifierWord(t: Tok): boolean {
  return /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !PREPOSITIONS.has(t.lower) && !CONJUNCTIONS.has(t.lower) && !/(?:ed|ing)$/.test(t.lower) && t.lower.length > 2 && !PHRASE_BREAKS.has(t.lower) && !auxLike(t);
}

/** Actor groups of one sentence's tokens. `verbAt` marks tokens that are verbs (never inside a phrase). */
export function findActors(
  toks: readonly Tok[],
  mentions: readonly PlacedMention[],
  kb: Kb,
  lex: EventLexicon,
  verbAt: ReadonlySet<number>,
  date: string | null = null,
): SentenceActors {
  const atoms: Atom[] = [];
  const covered = new Uint8Array(toks.length);
  for (const { start, end, entity } of mentions) {
    const i = toks.findIndex((t) => t.start >= start);
    if (i < 0) continue;
    let j = i;
    while (j < toks.length && toks[j]!.end <= end) j++;
    if (j === i || covered[i]) continue;
    // a lone surname left unlinked (typed PERSON without a code, or OTHER)
    if (!entity.code && !entity.kb && (entity.type === 'PERSON' || entity.type === 'OTHER') && j === i + 1 && !verbAt.has(i)) {
      const hit = surnameHit(kb, toks[i]!, date, titled(toks, lex, i));
      if (hit) {
        atoms.push({ i, j, code: hit.code, modifier: false, name: hit.name });
        covered[i] = 1;
        continue;
      }
    }
    if (!ACTOR_TYPES.has(entity.type) && entity.type !== 'OTHER') continue;
    // "Houthi rebels", "Taliban fighters": an uncoded name whose phrase with the next word is a KB name
    const next = toks[j];
    const phrase = !entity.code && next && /^\p{Ll}+$/u.test(next.text) && !verbAt.has(j) ? kbHit(kb, `${toks.slice(i, j).map((t) => t.text).join(' ')} ${next.text}`) : undefined;
    if (phrase) {
      atoms.push({ i, j: j + 1, code: phrase.code!, entity, modifier: false, name: phrase.name });
      for (let k = i; k <= j; k++) covered[k] = 1;
      continue;
    }
    if (!ACTOR_TYPES.has(entity.type)) continue;
    // An uncoded mention with a known name inside ("Senior Hungarian", "Hundreds of UN") is
    // skipped: the KB pass below codes its parts.
    if (!entity.code && toks.slice(i, j).some((t) => /^\p{Lu}/u.test(t.text) && kbHit(kb, t.text))) continue;
    const code = stanceBefore(toks, i) ? undefined : entity.code ?? kbCode(kb, entity, date);
    atoms.push({ i, j, ...(code ? { code } : {}), entity, modifier: entity.type === 'NORP' });
    for (let k = i; k < j; k++) covered[k] = 1;
  }
  for (let i = 0; i < toks.length; i++) {
    if (covered[i] || verbAt.has(i)) continue;
    const t = toks[i]!;
    if (/^\p{Lu}/u.test(t.text) && !PUNCT.test(t.text)) {
      // "Red Sea", and "Houthi rebels": a KB name of two words (the second may be a common noun)
      const two = i + 1 < toks.length && !covered[i + 1] && !verbAt.has(i + 1) && /^\p{L}/u.test(toks[i + 1]!.text) ? kbHit(kb, `${t.text} ${toks[i + 1]!.text}`) : undefined;
      const hit = two ?? kbHit(kb, t.text);
      if (hit && stanceBefore(toks, i)) {
        // "pro-Russia rebels": the stance word is a modifier without a country
        atoms.push({ i, j: i + 1, modifier: true });
        covered[i] = 1;
        continue;
      }
      // a surname right before a verb or a possessive ("Putin met", "Putin's envoy")
      const person = !hit && i > 0 && (verbAt.has(i + 1) || /^['\u2019]s$/.test(toks[i + 1]?.text ?? '')) ? surnameHit(kb, t, date, titled(toks, lex, i)) : undefined;
      if (person) {
        atoms.push({ i, j: i + 1, code: person.code, modifier: false, name: person.name });
        covered[i] = 1;
        continue;
      }
      if (hit) {
        const j = two ? i + 2 : i + 1;
        const name = toks.slice(i, j).map((x) => x.text).join(' ');
        atoms.push({ i, j, code: hit.code!, modifier: name.toLowerCase() !== hit.name.toLowerCase() && !hit.aliases.some((a) => a.toLowerCase() === name.toLowerCase()) });
        for (let k = i; k < j; k++) covered[k] = 1;
        i = j - 1;
        continue;
      }
    }
    for (const [words, sector] of lex.agents.get(t.lower) ?? []) {
      if (i + words.length > toks.length) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = toks[i + k]!.lower === words[k] && !covered[i + k];
      if (!ok) continue;
      // "military aid", "police station": an agent word before a noun is a modifier, not an actor
      const after = toks[i + words.length];
      if (after && /^\p{Ll}[\p{Ll}-]*$/u.test(after.text) && !verbAt.has(i + words.length) && !PREPOSITIONS.has(after.lower) && !CONJUNCTIONS.has(after.lower) && !/(?:ed|ly)$/.test(after.lower) && !['who', 'which', 'that', 'have', 'has', 'had', 'are', 'is', 'were', 'was', 'will', 'would', 'said'].includes(after.lower)) break;
      atoms.push({ i, j: i + words.length, sector: sector.slice(0, 3), modifier: false });
      for (let k = i; k < i + words.length; k++) covered[k] = 1;
      i += words.length - 1;
      break;
    }
  }
  atoms.sort((a, b) => a.i - b.i);
  const groups: ActorGroup[] = [];
  let current: Atom[][] = [];
  let last: Atom | undefined;
  const flush = () => {
    if (current.length) groups.push(compose(current, toks));
    current = [];
  };
  for (const atom of atoms) {
    if (last && atom.i >= last.j) {
      const gap = toks.slice(last.j, atom.i);
      const coord = gap.some((t) => CONJUNCTIONS.has(t.lower) || t.text === ',');
      const joinable =
        gap.length <= MAX_NP_GAP &&
        gap.every((t, k) => DETERMINERS.has(t.lower) || /^\d/.test(t.text) || t.text === '-' || isModifierWord(t) || ((t.lower === 'and' || t.lower === '&' || t.text === ',') && !verbAt.has(last!.j + k)) || /^\p{Lu}/u.test(t.text)) &&
        !gap.some((_, k) => verbAt.has(last!.j + k));
      if (joinable && coord && !gap.some((t) => t.lower === 'or' || t.lower === 'but')) current.push([atom]);
      else if (joinable && !coord) current.at(-1)!.push(atom);
      else {
        flush();
        current.push([atom]);
      }
    } else if (!last) current.push([atom]);
    else current.at(-1)!.push(atom);
    last = atom;
  }
  flush();
  const at = new Int32Array(toks.length).fill(-1);
  groups.forEach((g, n) => {
    for (let k = g.i; k < g.j; k++) at[k] = n;
  });
  return { groups, at };
}

/** Conjuncts of atoms → actors with composed codes; a trailing head's sector spreads to bare demonyms. */
function compose(conjuncts: Atom[][], toks: readonly Tok[]): ActorGroup {
  const sectorOf = (c: Atom[]) => c.filter((a) => a.sector).at(-1)?.sector;
  const shared = sectorOf(conjuncts.at(-1)!);
  const actors = conjuncts.map((c): Actor => {
    const i = c[0]!.i;
    const j = c.at(-1)!.j;
    // the head's code, not a modifier's: "pro-Iranian Hizbollah" is Hizbollah
    const coded = c.find((a) => a.code && !a.modifier) ?? c.find((a) => a.code);
    let sector = sectorOf(c);
    if (!sector && shared && c.every((a) => a.modifier)) sector = shared;
    let code = coded?.code;
    if (code && sector) {
      if (code.length === 3) code += sector;
      else if (/^(?:IGO|NGO)/.test(code) && !code.endsWith(sector)) code += sector;
      // "Hezbollah commander", "Hamas negotiators": an armed group or party keeps its own sector
      else if (code.length >= 6 && !/^(?:IGO|NGO)/.test(code) && !(coded?.entity?.type === 'ORG' && /^(?:REB|OPP|PTY|MIL|INS|SEP|UAF)/.test(code.slice(3, 6))) && c.some((a) => a.entity?.type !== 'PERSON' && a.code)) code = code.slice(0, 3) + sector;
    } else if (!code && sector) code = `---${sector}`;
    const person = c.find((a) => a.entity?.type === 'PERSON') ?? (coded?.entity ? coded : undefined) ?? c.find((a) => a.entity);
    const name = c.find((a) => a.name)?.name ?? person?.entity?.name ?? toks.slice(i, j).map((t) => t.text).join(' ').replace(/ (['\u2019]s)/g, '$1');
    return { i, j, name, ...(code ? { code } : {}), ...(person?.entity ? { entity: person.entity } : {}) };
  });
  return { i: actors[0]!.i, j: actors.at(-1)!.j, actors };
}
