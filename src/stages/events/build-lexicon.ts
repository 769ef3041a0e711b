/**
 * Builds the compact verb and agent lexicons under data/events/ from PETRARCH2's dictionaries
 * (MIT, Open Event Data Alliance): `CAMEO.2.0.txt` (verb blocks, synonym sets, patterns) and
 * `Phoenix.agents.txt` (role nouns → sector codes). Run from the repository root:
 *
 *   node --import tsx src/stages/events/build-lexicon.ts [../shared/reference/petrarch]
 *
 * Output (deterministic, sorted):
 *   data/events/verbs.json   { synsets, meanings: [{name, code, patterns}], forms: [[form, meaning, code]] }
 *   data/events/agents.json  { agents: [[phrase, sector]] }
 *   data/events/LICENSE.petrarch (copied)
 *
 * Pattern terms: a lower-case word, or `&NAME` for a synonym set. Noun phrases `{A B HEAD}` and
 * prepositional phrases `(PREP NOUN)` are flattened into their words in order; `^`, `$`, `+`, `%`
 * (PETRARCH/TABARI slot markers) are dropped. Codes: `[A]`, `[A:P]` (active:passive), `[:P]`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LexPattern {
  pre: string[];
  post: string[];
  /** Active-voice code; null for `[---]` and passive-only patterns. */
  code: string | null;
  /** Passive-voice code when the pattern gives one. */
  passive?: string | null;
}

export interface LexMeaning {
  name: string;
  code: string | null;
  patterns: LexPattern[];
}

export interface VerbLexicon {
  synsets: Record<string, string[]>;
  meanings: LexMeaning[];
  /** [surface form (lower case, words joined by one space), meaning index, isolated-verb code or null]. */
  forms: [string, number, string | null][];
}

export interface AgentLexicon {
  /** [phrase (lower case), sector code(s), e.g. "GOV" or "GOVMED"]. */
  agents: [string, string][];
}

/** `[---]` → null, `[190]` → "190", `[042:043]` → {active, passive}. */
export function parseCode(raw: string): { code: string | null; passive?: string | null } {
  const inner = raw.replace(/[[\]\s]/g, '');
  const norm = (c: string | undefined) => (c && /^\d{2,4}$/.test(c) ? c : null);
  if (inner.includes(':')) {
    const [a, p] = inner.split(':');
    return { code: norm(a), passive: norm(p) };
  }
  return { code: norm(inner) };
}

/** Regular inflections of an English verb (PETRARCH-style, plus consonant doubling as an extra form). */
export function inflect(verb: string): string[] {
  const v = verb.toLowerCase();
  const out = new Set([v]);
  if (/[^aeiou]y$/.test(v)) {
    out.add(`${v.slice(0, -1)}ies`).add(`${v.slice(0, -1)}ied`).add(`${v}ing`);
  } else if (/e$/.test(v)) {
    out.add(`${v}s`).add(`${v}d`).add(/(ee|ye|oe)$/.test(v) ? `${v}ing` : `${v.slice(0, -1)}ing`);
  } else {
    out.add(/(s|sh|ch|x|z)$/.test(v) ? `${v}es` : `${v}s`).add(`${v}ed`).add(`${v}ing`);
    // "ban" → "banned", "commit" → "committed": short consonant-vowel-consonant endings double.
    if (/[^aeiou][aeiou][bdglmnprt]$/.test(v) && !/(en|er|on|it)$/.test(v.slice(-2)) || /^(?:commit|submit|admit|permit|regret|rebut|omit|compel|expel|repel|propel|control|patrol)$/.test(v)) {
      const d = v + v.at(-1);
      out.add(`${d}ed`).add(`${d}ing`);
    }
  }
  return [...out];
}

/** The words of a dictionary phrase: `SET_UP` → ["set", "up"]; `+` head markers removed. */
function words(phrase: string): string[] {
  return phrase
    .replace(/\+/g, '')
    .split(/[_\s]+/)
    .map((w) => w.toLowerCase())
    .filter(Boolean);
}

/** Surface forms of one verb line (without its code). */
export function verbForms(line: string): string[] {
  const braces = /\{([^}]*)\}/.exec(line);
  const head = line.replace(/\{[^}]*\}/, '').trim().split(/\s+/)[0] ?? '';
  if (!head) return [];
  const forms = new Set<string>([words(head).join(' ')]);
  if (braces) {
    for (const f of braces[1]!.trim().split(/\s+/).filter(Boolean)) forms.add(words(f).join(' '));
    return [...forms];
  }
  const parts = head.split('_');
  const at = Math.max(0, parts.findIndex((p) => p.startsWith('+')));
  for (const inflected of inflect(parts[at]!.replace(/^\+/, ''))) {
    const copy = parts.map((p) => p.replace(/^\+/, '').toLowerCase());
    copy[at] = inflected;
    forms.add(copy.filter(Boolean).join(' '));
  }
  return [...forms];
}

/** Pattern text (between `-` and `[`) → pre-verb and post-verb terms. */
export function patternTerms(text: string): { pre: string[]; post: string[] } | null {
  const tokens = text.replace(/[{}()]/g, ' ').split(/\s+/).filter(Boolean);
  const star = tokens.indexOf('*');
  if (star < 0) return null;
  const term = (t: string) => (t.startsWith('&') ? t.replace(/_$/, '') : t.toLowerCase().replace(/_$/, '').replace(/_/g, ' '));
  const keep = (t: string) => !['^', '$', '+', '%'].includes(t) && !/^[$+%]/.test(t);
  const split = (ts: string[]) => ts.filter(keep).flatMap((t) => (t.startsWith('&') ? [term(t)] : term(t).split(' ')));
  return { pre: split(tokens.slice(0, star)), post: split(tokens.slice(star + 1)) };
}

export function parseVerbDictionary(text: string): VerbLexicon {
  const synsets: Record<string, string[]> = {};
  const meanings: LexMeaning[] = [];
  const forms = new Map<string, [string, number, string | null]>();
  let section: 'header' | 'synsets' | 'verbs' = 'header';
  let synset: string | null = null;
  let meaning: LexMeaning | null = null;
  for (const rawLine of text.split('\n')) {
    if (/^#+\s*SYNONYM SETS/.test(rawLine)) {
      section = 'synsets';
      continue;
    }
    if (/^#+\s*VERB PATTERNS/.test(rawLine)) {
      section = 'verbs';
      continue;
    }
    const line = rawLine.replace(/#.*$/, '').trim();
    if (!line || section === 'header') continue;
    if (section === 'synsets') {
      if (line.startsWith('&')) {
        synset = line.replace(/_$/, '');
        synsets[synset] = [];
      } else if (line.startsWith('+') && synset) {
        const member = line.slice(1);
        const phrase = words(member).join(' ');
        const list = synsets[synset]!;
        list.push(phrase);
        if (!member.endsWith('_') && !synset.endsWith('_')) {
          const last = phrase.split(' ').at(-1)!;
          const plural = /[^aeiou]y$/.test(last) ? `${last.slice(0, -1)}ies` : /s$/.test(last) ? `${last}es` : `${last}s`;
          list.push(phrase.replace(/\S+$/, plural));
        }
      }
      continue;
    }
    if (line.startsWith('~')) continue; // transformations: handled by the stage's own nesting rules
    if (line.startsWith('---')) {
      const m = /^---\s+(\S+)\s+(\[[^\]]*\])/.exec(line);
      if (!m) continue;
      meaning = { name: m[1]!, code: parseCode(m[2]!).code, patterns: [] };
      meanings.push(meaning);
      continue;
    }
    if (!meaning) continue;
    const index = meanings.length - 1;
    if (line.startsWith('-')) {
      const m = /^-\s*(.*?)\s*(\[[^\]]*\])\s*$/.exec(line);
      if (!m) continue;
      const terms = patternTerms(m[1]!);
      if (!terms) continue;
      const code = parseCode(m[2]!);
      const pattern: LexPattern = { ...terms, code: code.code };
      if (code.passive !== undefined) pattern.passive = code.passive;
      meaning.patterns.push(pattern);
      continue;
    }
    const codeMatch = /\[([^\]]*)\]\s*$/.exec(line);
    const own = codeMatch ? parseCode(codeMatch[0]).code : meaning.code;
    for (const form of verbForms(line.replace(/\[[^\]]*\]\s*$/, ''))) {
      if (!forms.has(form)) forms.set(form, [form, index, own]);
    }
  }
  return { synsets, meanings, forms: [...forms.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) };
}

/** Agents: `PHRASE [~GOV]`, `PHRASE {PLURAL} [~MIL]`, `PHRASE {} [~COP]`, `X!SET!Y [~AGR]`. */
export function parseAgentDictionary(text: string): AgentLexicon {
  const sets = new Map<string, string[]>();
  const agents = new Map<string, string>();
  const add = (phrase: string, code: string) => {
    const key = words(phrase).join(' ');
    if (key && !agents.has(key)) agents.set(key, code);
  };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/#.*$/, '').trim();
    if (!line) continue;
    const set = /^!(\w+)!\s*=\s*(.*)$/.exec(line);
    if (set) {
      sets.set(set[1]!, set[2]!.split(',').map((s) => s.trim()).filter(Boolean));
      continue;
    }
    const m = /^(.*?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]/.exec(line);
    if (!m) continue;
    const code = m[3]!.trim();
    if (!code.startsWith('~')) continue; // "IGO~" prefix codes: organisations, not sectors
    const sector = code.slice(1).replace(/[^A-Z]/g, '');
    if (!/^(?:[A-Z]{3})+$/.test(sector)) continue;
    const phrase = m[1]!.trim();
    const sub = /!(\w+)!/.exec(phrase);
    if (sub) {
      for (const item of sets.get(sub[1]!) ?? []) add(phrase.replace(sub[0], item), sector);
      continue;
    }
    add(phrase, sector);
    if (m[2] !== undefined) {
      if (m[2].trim()) add(m[2].trim(), sector);
    } else {
      const w = words(phrase);
      const last = w.at(-1)!;
      const plural = /[^aeiou]y$/.test(last) ? `${last.slice(0, -1)}ies` : /s$/.test(last) ? `${last}es` : `${last}s`;
      add([...w.slice(0, -1), plural].join(' '), sector);
    }
  }
  return { agents: [...agents.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) };
}

function main(): void {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const from = process.argv[2] ?? join(root, '../shared/reference/petrarch');
  const out = join(root, 'data/events');
  mkdirSync(out, { recursive: true });
  const verbs = parseVerbDictionary(readFileSync(join(from, 'CAMEO.2.0.txt'), 'utf8'));
  const agents = parseAgentDictionary(readFileSync(join(from, 'Phoenix.agents.txt'), 'utf8'));
  const header = 'Derived from PETRARCH2 dictionaries (https://github.com/openeventdata/petrarch2), MIT License, see LICENSE.petrarch';
  writeFileSync(join(out, 'verbs.json'), `${JSON.stringify({ about: header, ...verbs })}\n`);
  writeFileSync(join(out, 'agents.json'), `${JSON.stringify({ about: header, ...agents })}\n`);
  writeFileSync(join(out, 'LICENSE.petrarch'), readFileSync(join(from, 'LICENSE')));
  const patterns = verbs.meanings.reduce((n, m) => n + m.patterns.length, 0);
  process.stdout.write(
    `verbs.json: ${verbs.meanings.length} meanings, ${verbs.forms.length} forms, ${patterns} patterns, ${Object.keys(verbs.synsets).length} synsets\n` +
      `agents.json: ${agents.agents.length} agent phrases\n`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
