/**
 * Clauses of a sentence, by shallow cues: subordinators open adverbial (background) or conditional
 * clauses, relative pronouns open relative clauses, "that" or a reporting verb opens the clause it
 * reports, ", V-ing" opens a participle clause; a comma closes subordinate clauses.
 */
import type { VerbCandidate } from './verbs.js';
import { CONDITIONALS, PREPOSITIONS, RELATIVES, SUBORDINATORS, WEEKDAYS, isAdverb, type Tok } from './words.js';

export type ClauseRole = 'main' | 'complement' | 'content' | 'adverbial' | 'conditional' | 'relative' | 'participle' | 'attribution';

export interface Clause {
  start: number;
  end: number;
  role: ClauseRole;
  /** For complements of reporting verbs: the verb that reports it; for content clauses, the verb that governs it. */
  reporter?: VerbCandidate;
}

/** Reporting verbs whose hearer comes before "that" ("told reporters that", "assured Israel that"). */
const TELL = /^(?:tell|inform|assure|remind|warn|notify)$/;
/** Words between a reporting verb and the "that" of its complement ("said on Monday that", "insisted on its demands that"). */
const MAX_THAT_GAP = 6;

/**
 * Whether "that" follows within a few words after a prepositional or time phrase, no punctuation
 * between ("said on Monday that", "insisted on its demands that"), or after the hearer of "tell"
 * ("told reporters that"): that "that" opens the complement ("said the strike that killed…" is a
 * relative clause inside it).
 */
function thatFollows(toks: readonly Tok[], from: number, objectFirst: boolean): boolean {
  const first = toks[from];
  if (first?.lower === 'that') return true;
  if (!first || !(objectFirst || PREPOSITIONS.has(first.lower) || isAdverb(first) || WEEKDAYS.has(first.lower))) return false;
  for (let k = from; k < toks.length && k - from <= MAX_THAT_GAP; k++) {
    if (toks[k]!.lower === 'that') return true;
    if (/^[,.;:"\u201c\u201d]$/.test(toks[k]!.text)) return false;
  }
  return false;
}

export function findClauses(toks: readonly Tok[], verbs: readonly VerbCandidate[]): { clauses: Clause[]; clauseOf: Int32Array } {
  const verbAt = new Map<number, VerbCandidate>();
  for (const v of verbs) verbAt.set(v.i, v);
  const clauses: Clause[] = [];
  // the role to resume after a comma closes a subordinate clause
  let resume: Omit<Clause, 'start' | 'end'> = { role: 'main' };
  let cur: Clause = { start: 0, end: toks.length, role: 'main' };
  let lastVerb: VerbCandidate | undefined;
  const open = (at: number, c: Omit<Clause, 'start' | 'end'>) => {
    cur.end = at;
    if (cur.end > cur.start) clauses.push(cur);
    cur = { start: at, end: toks.length, ...c };
  };
  const subordinate = (r: ClauseRole) => r === 'adverbial' || r === 'conditional' || r === 'relative' || r === 'participle' || r === 'attribution';
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const v = verbAt.get(k);
    if (t.text === ';') {
      open(k + 1, { role: 'main' });
      resume = { role: 'main' };
      lastVerb = undefined;
      continue;
    }
    if (t.text === ',') {
      const next = verbAt.get(k + 1);
      if (next?.participle) {
        if (!subordinate(cur.role)) resume = { role: cur.role, ...(cur.reporter ? { reporter: cur.reporter } : {}) };
        open(k + 1, { role: 'participle' });
      } else if (toks[k + 1]?.lower === 'according') {
        if (!subordinate(cur.role)) resume = { role: cur.role, ...(cur.reporter ? { reporter: cur.reporter } : {}) };
        open(k + 1, { role: 'attribution' });
      } else if (subordinate(cur.role)) open(k + 1, resume);
      continue;
    }
    if (SUBORDINATORS.has(t.lower) && !(t.lower === 'since' && /^\d/.test(toks[k + 1]?.text ?? ''))) {
      if (!subordinate(cur.role)) resume = { role: cur.role, ...(cur.reporter ? { reporter: cur.reporter } : {}) };
      open(k + 1, { role: CONDITIONALS.has(t.lower) ? 'conditional' : 'adverbial' });
      continue;
    }
    if (RELATIVES.has(t.lower) && k > 0) {
      if (!subordinate(cur.role)) resume = { role: cur.role, ...(cur.reporter ? { reporter: cur.reporter } : {}) };
      open(k + 1, { role: 'relative' });
      continue;
    }
    if (t.lower === 'that' && lastVerb && !subordinate(cur.role) && k - lastVerb.j <= 6) {
      const reporting = lastVerb.entry.kind === 'report';
      open(k + 1, reporting ? { role: 'complement', reporter: lastVerb } : { role: 'content', reporter: lastVerb });
      resume = { role: cur.role, ...(cur.reporter ? { reporter: cur.reporter } : {}) };
      lastVerb = undefined;
      continue;
    }
    if (t.lower === 'that' && k > 0 && !subordinate(cur.role)) {
      if (!subordinate(cur.role)) resume = { role: cur.role, ...(cur.reporter ? { reporter: cur.reporter } : {}) };
      open(k + 1, { role: 'relative' });
      continue;
    }
    if (v) {
      lastVerb = v;
      // "Israel said Hamas fired …": what follows a reporting verb is its complement
      if (v.entry.kind === 'report' && !subordinate(cur.role) && !thatFollows(toks, v.j, TELL.test(v.entry.lemma)) && v.j < toks.length - 1 && !/^[,.;:]$/.test(toks[v.j]?.text ?? '')) {
        open(v.j, { role: 'complement', reporter: v });
        resume = { role: cur.role, reporter: v };
        lastVerb = undefined;
        k = v.j - 1;
      }
    }
  }
  cur.end = toks.length;
  if (cur.end > cur.start) clauses.push(cur);
  const clauseOf = new Int32Array(toks.length).fill(-1);
  clauses.forEach((c, n) => {
    for (let k = c.start; k < c.end; k++) clauseOf[k] = n;
  });
  return { clauses, clauseOf };
}
