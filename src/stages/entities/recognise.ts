import type { EntityType, Offsets } from '../../model/doc.js';
import type { Kb, KbEntry } from '../../kb/types.js';
import { findRuns, isAcronym } from './candidates.js';
import { bySurname } from '../../kb/surnames.js';
import { ORG_HEADS, PLACE_HEADS, TITLES_BY_FIRST_WORD } from '../../lexicon/titles.js';

/** Words after a surname that say it names a leader ("the Biden administration"). */
const PERSON_AFTER = /^\s+(?:administration|government|cabinet|presidency|campaign|era)\b|^['’]s\s+(?:office|government|administration|cabinet)\b/;

/** Longest span of tokens tried as one KB name or title. */
const MAX_PHRASE_TOKENS = 6;
/** Longer runs of unknown capitalised words are headlines or shouting, not names. */
const MAX_NAME_TOKENS = 7;

/** A name found in the text, before mentions are grouped into entities. */
export interface Found extends Offsets {
  text: string;
  type: EntityType;
  entry?: KbEntry;
  /** Set when the words were a demonym ("French") rather than the name. */
  demonym?: boolean;
  role?: { title: string; affiliation?: Found };
  rule: string;
}

interface Piece {
  first: number;
  last: number;
  kind: 'title' | 'kb' | 'name';
  entry?: KbEntry;
  demonym?: boolean;
  /** The statistical model's type for a name piece. */
  type?: EntityType;
}

/** A span the statistical model found, in character offsets. */
export interface Tagged extends Offsets {
  type: EntityType;
}

export interface Region {
  text: string;
  tokens: readonly Offsets[];
  sentences: readonly { first: number; last: number }[];
}

/**
 * Names in a text region, typed and, where the KB knows them, linked; titles attached as roles.
 * With `tagged` (the NER model's spans), capitalised words the model does not call a name are
 * dropped, names take the model's type, and names the capitalisation rules missed are added.
 */
export function recognise(region: Region, kb: Kb, tagged?: readonly Tagged[]): Found[] {
  const { text, tokens } = region;
  const word = (i: number) => text.slice(tokens[i]!.start, tokens[i]!.end);
  const lowercaseSeen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const w = word(i);
    if (/^\p{Ll}/u.test(w)) lowercaseSeen.add(w);
  }
  const found: Found[] = [];
  for (const s of region.sentences) {
    const pieces: Piece[] = [];
    const runs = findRuns(text, tokens, s.first, s.last, lowercaseSeen);
    let cursor = s.first;
    for (const run of runs) {
      pieces.push(...titlesBetween(cursor, run.first - 1));
      pieces.push(...segmentRun(run.first, run.last));
      cursor = run.last + 1;
    }
    if (tagged) {
      const inSentence = tagged.filter((t) => t.start >= tokens[s.first]!.start && t.end <= tokens[s.last]!.end);
      pieces.splice(0, pieces.length, ...withModel(pieces, inSentence));
    }
    found.push(...chain(pieces));
  }
  return found;

  function titleAt(i: number, last: number): number {
    for (const seq of TITLES_BY_FIRST_WORD.get(word(i).toLowerCase()) ?? []) {
      const j = i + seq.length - 1;
      if (j > last) continue;
      let ok = true;
      for (let k = 0; k < seq.length && ok; k++) ok = word(i + k).toLowerCase() === seq[k];
      if (ok) return j;
    }
    return -1;
  }

  function hasInnerTitle(i: number, j: number): boolean {
    for (let k = i; k <= j; k++) if (titleAt(k, j) >= 0) return true;
    return false;
  }

  /** Lower-case titles outside runs ("spokesperson" in "State Department spokesperson Tommy Pigott"). */
  function titlesBetween(from: number, to: number): Piece[] {
    const out: Piece[] = [];
    for (let i = from; i <= to; i++) {
      const j = titleAt(i, to);
      if (j >= 0 && j === to) out.push({ first: i, last: j, kind: 'title' });
    }
    return out;
  }

  /** Splits a run into titles, KB names (longest first) and unknown names. */
  function segmentRun(first: number, last: number): Piece[] {
    const out: Piece[] = [];
    let unknown = -1;
    const flush = (end: number) => {
      if (unknown >= 0 && end - unknown < MAX_NAME_TOKENS) out.push({ first: unknown, last: end, kind: 'name' });
      unknown = -1;
    };
    for (let i = first; i <= last; ) {
      const t = titleAt(i, last);
      if (t >= 0 && (unknown < 0 || t < last)) {
        // Unknown words before a title that a name follows are part of the title
        // ("Deputy Emergency Situations Minister Alexander Chupriyan").
        out.push({ first: unknown < 0 ? i : unknown, last: t, kind: 'title' });
        unknown = -1;
        i = t + 1;
        continue;
      }
      let matched: Piece | undefined;
      // Inside an unknown name only a longer KB name may start ("Word Word Steve Witkoff").
      const shortest = unknown < 0 ? i : i + 1;
      {
        for (let j = Math.min(last, i + MAX_PHRASE_TOKENS - 1); j >= shortest; j--) {
          const phrase = text.slice(tokens[i]!.start, tokens[j]!.end);
          const entry = pickEntry(kb, kb.lookup(phrase));
          // "Israeli Prime Minister Benjamin Netanyahu" as one KB name would hide the title: split it.
          if (entry && entry.type === 'PERSON' && hasInnerTitle(i, j)) continue;
          // A one-word person ("Albert") is never the start of a longer name ("Albert Muchanga").
          if (entry && entry.type === 'PERSON' && j === i && i < last) continue;
          if (entry) {
            const demonym = entry.demonyms?.some((d) => d.toLowerCase() === phrase.toLowerCase()) ?? false;
            matched = { first: i, last: j, kind: 'kb', entry, demonym };
            break;
          }
        }
      }
      if (matched) {
        flush(i - 1);
        out.push(matched);
        i = matched.last + 1;
      } else {
        if (unknown < 0) unknown = i;
        i++;
      }
    }
    flush(last);
    return out;
  }

  /** Token index range of a character span, or undefined when it does not align. */
  function tokenRange(span: Offsets): { first: number; last: number } | undefined {
    let first = -1;
    let last = -1;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.start === span.start) first = i;
      if (tokens[i]!.end === span.end) {
        last = i;
        break;
      }
    }
    return first >= 0 && last >= first ? { first, last } : undefined;
  }

  /** Reconciles rule pieces with the model's spans (see `recognise`). KB names and titles stay. */
  function withModel(pieces: Piece[], spans: readonly Tagged[]): Piece[] {
    const ranges = spans.flatMap((t) => {
      const r = tokenRange(t);
      return r ? [{ ...r, type: t.type }] : [];
    });
    const out: Piece[] = [];
    for (const [k, p] of pieces.entries()) {
      const overlapping = ranges.filter((r) => r.first <= p.last && p.first <= r.last);
      // An adjective of nationality ("Afghan team") is a name only where the model says so ("the
      // Afghans"), or as the affiliation of a title ("British Prime Minister").
      const next = pieces[k + 1];
      const affiliation = next?.kind === 'title' && next.first === p.last + 1;
      if (p.kind === 'kb' && p.demonym && overlapping.length === 0 && !affiliation) continue;
      if (p.kind !== 'name') {
        out.push(p);
        continue;
      }
      // An unknown capitalised chunk keeps only what the model calls a name inside it.
      for (const r of ranges) {
        if (r.last < p.first || r.first > p.last) continue;
        out.push({ first: Math.max(p.first, r.first), last: Math.min(p.last, r.last), kind: 'name', type: r.type });
      }
    }
    // Names the rules did not see at all (a sentence's first word, lower-case spellings).
    for (const r of ranges) {
      if (out.some((p) => p.first <= r.last && r.first <= p.last)) continue;
      if (pieces.some((p) => p.first <= r.last && r.first <= p.last)) continue;
      out.push({ first: r.first, last: r.last, kind: 'name', type: r.type });
    }
    return out.sort((a, b) => a.first - b.first);
  }

  /** Pieces in order → names, with "affiliation title name" chains turned into roles. */
  function chain(pieces: Piece[]): Found[] {
    const out: Found[] = [];
    let previous: { found: Found; piece: Piece } | undefined;
    let title: { piece: Piece; affiliation?: Found } | undefined;
    for (const p of pieces) {
      const adjacent = (q: { last: number } | undefined) => q !== undefined && q.last + 1 === p.first;
      if (p.kind === 'title') {
        const affiliation = previous && adjacent(previous.piece) && previous.found.type !== 'PERSON' ? previous.found : undefined;
        if (affiliation && affiliation.demonym) out.splice(out.indexOf(affiliation), 1);
        title = { piece: p, affiliation };
        previous = undefined;
        continue;
      }
      const f = toFound(p);
      // A lone surname links to the one KB person of that name when something says it is a person:
      // a title before it, "administration" after it, or the model's PERSON tag.
      const personCue = (title && adjacent(title.piece)) || PERSON_AFTER.test(text.slice(f.end, f.end + 16)) || p.type === 'PERSON';
      if (!f.entry && p.first === p.last && personCue) {
        const entry = bySurname(kb, f.text);
        if (entry) Object.assign(f, { entry, type: 'PERSON', rule: 'kb-surname' });
      }
      if (title && adjacent(title.piece)) {
        f.type = p.kind === 'kb' && f.type !== 'PERSON' ? f.type : 'PERSON';
        if (f.type === 'PERSON') {
          f.role = { title: text.slice(tokens[title.piece.first]!.start, tokens[title.piece.last]!.end), affiliation: title.affiliation };
          f.rule = 'title-name';
        }
      }
      title = undefined;
      out.push(f);
      previous = { found: f, piece: p };
    }
    return out;
  }

  function toFound(p: Piece): Found {
    const start = tokens[p.first]!.start;
    const end = tokens[p.last]!.end;
    const surface = text.slice(start, end);
    if (p.kind === 'kb') {
      return {
        start, end, text: surface, entry: p.entry, demonym: p.demonym,
        type: p.demonym ? 'NORP' : p.entry!.type, rule: p.demonym ? 'kb-demonym' : 'kb-name',
      };
    }
    return { start, end, text: surface, type: guessType(p), rule: 'capitalised' };
  }

  function guessType(p: Piece): EntityType {
    if (p.type) return p.type;
    const lastWord = word(p.last).toLowerCase();
    if (ORG_HEADS.has(lastWord)) return 'ORG';
    if (PLACE_HEADS.has(lastWord)) return 'LOC';
    if (p.first === p.last) return isAcronym(word(p.first)) ? 'ORG' : 'OTHER';
    let words = 0;
    for (let i = p.first; i <= p.last; i++) if (/^\p{Lu}/u.test(word(i))) words++;
    return words <= 4 ? 'PERSON' : 'OTHER';
  }
}

/**
 * The first curated entry wins (KB lookups list curated entries before imported ones); a person
 * found only under an imported spelling ("Erdoğan") is replaced by the curated entry of that name.
 */
function pickEntry(kb: Kb, entries: readonly KbEntry[]): KbEntry | undefined {
  const entry = entries[0];
  if (!entry || !entry.id.startsWith('petr:')) return entry;
  return kb.lookup(entry.name).find((e) => e.type === entry.type && !e.id.startsWith('petr:')) ?? entry;
}
