/**
 * Event lexicon: PETRARCH2's CAMEO verb dictionary and agent nouns (built by build-lexicon.ts into
 * data/events/), plus a small curated layer (core-verbs.ts, agents-extra) for the verbs news
 * uses most, whose PETRARCH isolated codes are null or rely on a full parser's verb nesting.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AgentLexicon, LexMeaning, VerbLexicon } from './build-lexicon.js';
import { CORE_VERBS, EXTRA_AGENTS, type VerbKind } from './core-verbs.js';
import { inflect } from './build-lexicon.js';
import { PREPOSITIONS, wordBits } from './words.js';

const DATA_DIR = fileURLToPath(new URL('../../../data/events/', import.meta.url));

/** One surface form of a verb ("cut off", "agreed") and what it codes. */
export interface VerbEntry {
  words: string[];
  lemma: string;
  /** PETRARCH meaning (pattern block), when the form is in PETRARCH's dictionary. */
  meaning?: number;
  /** CAMEO code when the verb stands alone; null = no event by itself. */
  code: string | null;
  kind?: VerbKind;
  /** Curated: codes only without a direct object ("students demonstrated", not "demonstrated a commitment"). */
  intransitive?: boolean;
  /** Curated: the code when a person or group is the direct object. */
  actorObject?: string;
  /** From the curated layer (core-verbs.ts). */
  curated?: boolean;
  /** Curated: the code applies only when one of these words follows within the object window. */
  objects?: ReadonlyMap<string, string>;
  /** Form is a base form (needs an auxiliary, "to" or a subject right before it to be a verb). */
  base: boolean;
  /** Form ends in -ing / -ed / -s (for part-of-speech guesses). */
  suffix: '' | 'ing' | 'ed' | 's';
}

export interface Pattern {
  pre: ReadonlySet<string>[];
  post: ReadonlySet<string>[];
  code: string | null;
  passive?: string | null;
  /** Terms before and after the verb: of the patterns that match, the one with most terms wins. */
  score: number;
  /** A lone preposition after the verb ("- * (TO)"): too weak a cue to code by. */
  weak: boolean;
  /** Per term, the `wordBits` of its words: a term can only match a window whose bits it shares. */
  preBits: number[];
  postBits: number[];
}

export interface EventLexicon {
  /** First word → entries starting with it, longest first. */
  verbs: ReadonlyMap<string, VerbEntry[]>;
  /** Per verb meaning, most terms first (stable: among equals, the file's order). */
  patterns: ReadonlyArray<readonly Pattern[]>;
  meanings: readonly Pick<LexMeaning, 'name' | 'code'>[];
  /** First word → agent phrases starting with it ([words, sector]), longest first. */
  agents: ReadonlyMap<string, [string[], string][]>;
  /** First word → agent phrases of two words or more (their words are never verbs). */
  multiAgents: ReadonlyMap<string, string[][]>;
}

function suffixOf(form: string): VerbEntry['suffix'] {
  const last = form.split(' ')[0]!;
  if (/ing$/.test(last)) return 'ing';
  if (/(?:ed|en|wn|rn|ught|ept|ent|id|ew|old|ook|uck|ung|ot|ade|one)$/.test(last) && last.length > 3) return 'ed';
  if (/[^s]s$/.test(last)) return 's';
  return '';
}

/** Parses the built JSON files and merges the curated layer. */
export function buildEventLexicon(verbsJson: VerbLexicon, agentsJson: AgentLexicon): EventLexicon {
  const verbs = new Map<string, VerbEntry[]>();
  const add = (e: VerbEntry) => {
    const key = e.words[0]!;
    const list = verbs.get(key) ?? [];
    const same = list.findIndex((x) => x.words.join(' ') === e.words.join(' '));
    if (same >= 0) list[same] = { ...list[same]!, ...e, meaning: e.meaning ?? list[same]!.meaning };
    else list.push(e);
    verbs.set(key, list);
  };
  for (const [form, meaning, code] of verbsJson.forms) {
    if (!/^[a-z][a-z'-]*(?: [a-z][a-z'-]*)*$/.test(form)) continue;
    const words = form.split(' ');
    add({ words, lemma: verbsJson.meanings[meaning]!.name.toLowerCase(), meaning, code, base: false, suffix: suffixOf(form) });
  }
  // Curated verbs override PETRARCH's isolated codes and add what it lacks; keep its patterns.
  for (const v of CORE_VERBS) {
    const [head, ...rest] = v.lemma.split(' ');
    const forms = v.forms ?? inflect(head!);
    for (const f of forms) {
      const words = [...f.split(' '), ...rest];
      const known = verbs.get(words[0]!)?.find((x) => x.words.join(' ') === words.join(' '));
      add({
        words,
        lemma: v.lemma,
        ...(known?.meaning !== undefined ? { meaning: known.meaning } : {}),
        code: v.code,
        ...(v.kind ? { kind: v.kind } : {}),
        ...(v.intransitive ? { intransitive: true } : {}),
        curated: true,
        ...(v.actorObject ? { actorObject: v.actorObject } : {}),
        ...(v.objects ? { objects: new Map(Object.entries(v.objects).flatMap(([code, ws]) => ws.map((w) => [w, code] as [string, string]))) } : {}),
        base: false,
        suffix: f === head ? '' : /ing$/.test(f) ? 'ing' : f === `${head}s` || f === `${head}es` || f === `${head!.slice(0, -1)}ies` ? 's' : 'ed',
      });
    }
  }
  // PETRARCH multi-word forms of a curated verb ("met with", "asked for", "fought back") are that
  // verb: its part of speech, and its code when both agree on the CAMEO root (the isolated code of
  // a PETRARCH form alone never codes, see codeOf)
  for (const list of verbs.values()) {
    const single = list.find((e) => e.curated && e.words.length === 1);
    if (!single) continue;
    for (const e of list) {
      if (e.curated || e.words.length === 1) continue;
      e.suffix = single.suffix;
      // "going to attack": the multi-word form shapes the clause as its verb does
      if (single.kind && !e.kind) {
        e.kind = single.kind;
        e.lemma = single.lemma;
      }
      if (e.code && single.code && e.code.slice(0, 2) === single.code.slice(0, 2)) {
        e.code = single.code;
        e.curated = true;
        e.lemma = single.lemma;
      }
    }
  }
  for (const list of verbs.values()) {
    list.sort((a, b) => b.words.length - a.words.length);
    for (const e of list) e.base = e.suffix === '';
  }
  const synsets = new Map<string, Set<string>>();
  for (const [name, members] of Object.entries(verbsJson.synsets)) synsets.set(name, new Set(members));
  const term = (t: string): Set<string> => synsets.get(t) ?? (t.startsWith('&') ? synsets.get(`${t}_`) ?? new Set([t]) : new Set([t]));
  const patterns = verbsJson.meanings.map((m) =>
    m.patterns
      .map((p): Pattern => {
        const post = p.post.map(term);
        const weak = p.pre.length === 0 && post.length === 1 && [...post[0]!].every((w) => PREPOSITIONS.has(w));
        const pre = p.pre.map(term);
        const bits = (terms: Set<string>[]) => terms.map((t) => wordBits([...t]));
        return { pre, post, code: p.code, ...(p.passive !== undefined ? { passive: p.passive } : {}), score: pre.length + post.length, weak, preBits: bits(pre), postBits: bits(post) };
      })
      .sort((a, b) => b.score - a.score),
  );
  const agents = new Map<string, [string[], string][]>();
  const addAgent = (phrase: string, sector: string) => {
    const words = phrase.split(' ');
    const list = agents.get(words[0]!) ?? [];
    const same = list.findIndex((x) => x[0].join(' ') === phrase);
    if (same >= 0) list[same] = [words, sector];
    else list.push([words, sector]);
    agents.set(words[0]!, list);
  };
  for (const [phrase, sector] of agentsJson.agents) addAgent(phrase, sector);
  for (const [phrase, sector] of EXTRA_AGENTS) {
    addAgent(phrase, sector);
    const last = phrase.split(' ').at(-1)!;
    if (!/s$/.test(last)) addAgent(phrase.replace(/\S+$/, /[^aeiou]y$/.test(last) ? `${last.slice(0, -1)}ies` : `${last}s`), sector);
  }
  const multiAgents = new Map<string, string[][]>();
  for (const [first, list] of agents) {
    list.sort((a, b) => b[0].length - a[0].length);
    const multi = list.filter((a) => a[0].length > 1).map((a) => a[0]);
    if (multi.length) multiAgents.set(first, multi);
  }
  return { verbs, patterns, meanings: verbsJson.meanings.map((m) => ({ name: m.name, code: m.code })), agents, multiAgents };
}


/** Reads the lexicon from data/events/ (once per analyzer: the caller keeps it). */
export function loadEventLexicon(): EventLexicon {
  return buildEventLexicon(
    JSON.parse(readFileSync(`${DATA_DIR}verbs.json`, 'utf8')) as VerbLexicon,
    JSON.parse(readFileSync(`${DATA_DIR}agents.json`, 'utf8')) as AgentLexicon,
  );
}
