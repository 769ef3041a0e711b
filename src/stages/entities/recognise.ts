import { CAPITAL_START } from '../../text/rules.js';
import type { EntityType, Offsets } from '../../model/doc.js';
import type { Kb, KbEntry } from '../../kb/types.js';
import { findRuns, isAcronym } from './candidates.js';
import { bySurname } from '../../kb/surnames.js';
import { isListedPlace } from '../../kb/petrarch-index.js';
import { isGivenName } from '../../lexicon/names.js';
import { STORMS } from '../../lexicon/words.js';
import { descriptorBefore } from './ner/consistency.js';
import { longFormStart } from './spelled.js';
import { ADDRESS_FORM, COMPANY_WORDS, ONE_WORD_TITLES, TITLE_RANKS, ORG_HEADS, PARTY_STATE, PERSON_NOUNS, PLACE_HEADS, TITLES, TITLES_BY_FIRST_WORD } from '../../lexicon/titles.js';

/** Words after a surname that say it names a leader ("the Biden administration"). */
/** Heads of bodies named by a list of portfolios ("Ministry of Trade, Industry and Fisheries"). */
const PORTFOLIO_HEADS = new Set(['ministry', 'department', 'agency', 'office', 'secretariat', 'commission', 'committee', 'directorate', 'bureau', 'council', 'minister', 'secretary',
  'ministerio', 'ministère', 'ministero', 'ministério', 'ministerium', 'secretaría', 'consejería']);
/** "of" and "and" in the names of ministries, in English and Romance languages ("Ministerio de Agricultura, Pesca y Alimentación"). */
const PORTFOLIO_OF = /^(?:of|for|de|di|du|des|da|do|für)$/;
const PORTFOLIO_AND = /^(?:and|y|e|et|und)$/;
/** Most portfolios listed after "Ministry of" ("Trade, Industry and Fisheries"). */
const MAX_PORTFOLIOS = 4;

/** Capitalised words that name a national body before its country ("Statistics Canada", "Sport England"). */
/** Heads of a body's name that may follow its parent's possessive ("… Department's Office of …", "… Ministry's Bureau of …"). */
const OWNED_BODY_HEADS = new Set(['Office', 'Bureau', 'Department', 'Directorate', 'Division', 'Administration', 'Agency', 'Institute', 'Commission', 'Board', 'Council', 'Service', 'Centre', 'Center', 'Committee']);
const BODY_BEFORE_PLACE = new Set([
  'Statistics', 'Transport', 'Health', 'Parks', 'Sport', 'Tourism', 'Fisheries', 'Elections', 'Heritage', 'Water', 'Hydro', 'Air',
  'Team', 'Cricket', 'Rugby', 'Football', 'Athletics', 'Swimming', 'Cycling', 'Tennis', 'Golf', 'Netball', 'Hockey', 'Basketball',
  'Rail', 'Invest', 'Export', 'Visit', 'Historic', 'Natural', 'Medicines',
]);

/** UCI divisions written before a cycling team's name ("ProTeam Sereno–Vitalis"). */
const TEAM_DIVISIONS = /^(?:ProTeam|WorldTeam|WorldTour)$/;
/** A US judicial district ("Southern District of New York", "District of Delaware"). */
const JUDICIAL_DISTRICT = /^(?:(?:Northern|Southern|Eastern|Western|Middle|Central) )?District of \p{Lu}/u;
/** What follows a shop's or firm's possessive name but never a person's possessive ("Halbrook's said", "Bramwell's, the chain,"). */
const SHOP_NAME_NEXT = /^(?:said|says|has said|told|declined|added|announced|confirmed|insisted|denied|is cutting|will cut|, (?:the|a|an|which|\p{Lu}\S*['’]s) (?:\S+ ){0,3}(?:chain|supermarket|retailer|grocer|company|group|firm|brand|store|business|discounter|bank|lender))\b/u;
/** Compass words that close a constituency's or region's name ("Galway West", "Dublin Central"). */
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'central', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Small words inside a person's name ("Francisco da Cruz Ximenes", "Ludwig van Beethoven"). */
const NAME_PARTICLES = new Set(['da', 'de', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'bin', 'binti', 'al', 'el']);
/** Articles, prepositions and possessives that open a sentence before a name ("A Nationalist Party motion", "Outside Dunmore's store", "Its Center for …"). */
const OPENING_WORDS = new Set(['a', 'an', 'outside', 'inside', 'across', 'behind', 'beyond', 'beside', 'alongside', 'near', 'despite', 'unlike', 'amid', 'during', 'following', 'throughout', 'within', 'without', 'among', 'against', 'towards', 'toward', 'upon', 'its', 'their', 'our']);
/** Words after a name that make it a person's or a place's, not a people's ("Karen said", "Shan and"). */
const NOT_GROUP_NOUNS = /^(?:said|says|told|added|asked|was|is|has|had|have|will|would|could|can|who|and|or|of|in|on|at|to|for|from|with|state|states|region|province|hills|township|division)$/;
/** Prepositions that put a name somewhere ("in Kachin", "across Shan"). */
const PLACE_PREPOSITIONS = new Set(['in', 'into', 'across', 'from', 'to', 'near', 'through', 'throughout', 'at', 'of', 'around', 'outside', 'inside']);
/** Words before a demonym that make it an adjective ("an Omani official", "two Kuwaiti diplomats"). */
const ARTICLES = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'several', 'some', 'many', 'other', 'another', 'senior', 'former']);
const PERSON_AFTER = /^\s+(?:administration|government|cabinet|presidency|campaign|era)\b|^['’]s\s+(?:office|government|administration|cabinet)\b/;

const CAPITALISED = CAPITAL_START;
/** A diplomatic mission's kind ending a name, after at least one word: "the Chinese Embassy". */
const MISSION_END = /\s(?:embassy|consulate(?:\s+general)?|high\s+commission)$/i;
/** Ranks written in capitals before a name in South Asian and African police and politics ("SP", "DSP", "MPA"). */
const RANK_BEFORE_NAME = /^(?:SP|DSP|ASP|SSP|CP|ACP|DCP|IGP|DIG|AIG|SHO|MPA|MNA)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u;
/** A prefix joined to a name by a hyphen ("Ex-Heliotrope", "anti-Trump"); not a group's own name ("Ex-Muslims of North America", "Pan-Pacific Boxing Council"). */
const NAME_PREFIX = /^(?!Pan[-‑])(?:ex|anti|pro|non|post|pre|neo|pan)[-‑](?=\p{Lu}\p{L}*[^s\P{L}](?:\s|$))/iu;
/** Lower-case words after which an organisation's span may go on as a longer KB name. */
const KB_NAME_CONNECTORS = new Set(['in', 'of', 'for', 'on']);

/** Tokens in the longest title. */
const LONGEST_TITLE = Math.max(...[...TITLES_BY_FIRST_WORD.values()].flatMap((seqs) => seqs.map((seq) => seq.length)));
/** Longest span of tokens tried as one KB name or title. */
const MAX_PHRASE_TOKENS = 6;

/** Titles of several words ("superintendent of police"), as written in lower case. */
const TITLE_SET = new Set(TITLES.filter((t) => t.includes(' ')));

/** Sports whose national governing bodies are named after them ("New Zealand Cricket", "Rugby Australia"). */
const SPORTS = new Set(['cricket', 'rugby', 'football', 'athletics', 'netball', 'hockey', 'tennis', 'swimming', 'cycling', 'rowing', 'golf', 'basketball', 'baseball', 'volleyball', 'boxing', 'sailing', 'gymnastics', 'triathlon']);

/** Words of an institution's name that no person's name holds ("Royal Academy of …", "Florida Division of …"). */
const INSTITUTION_WORDS = /^(?:Royal|National|Federal|State|Academy|Division|Directorate|Bureau|Board|Service|Unit|Centre|Center|Society|Trust|Foundation|Museum|Library|Gallery|Church|Cathedral|Club|Team|League|House|Hall|Friends|Sisters|Brothers|Order)$/;

/** Plural nouns for the people of a body, before "of" and its name ("Shareholders of Daito Holdings"). */
const MEMBERS_OF = /^(?:Shareholders|Employees|Members|Workers|Residents|Staff|Investors|Customers|Supporters|Fans|Students|Parents|Officials|Leaders|Directors|Executives|Lawyers|Doctors|Nurses|Teachers)$/;
/** Kinds of place named with "of" before the name ("the state of Goiás"). */
const PLACE_KINDS = new Set(['state', 'province', 'region', 'county', 'city', 'town', 'village', 'district', 'municipality', 'prefecture', 'island', 'canton', 'department', 'governorate']);
/** Words that open the name of a house of worship ("Masjid al-Noor", "Jamia Masjid Bilal"). */
const WORSHIP_PLACES = new Set(['masjid', 'jamia', 'gurdwara', 'mandir', 'basilica', 'cathedral', 'mosque', 'synagogue', 'monastery', 'abbey', 'priory']);
/** Nouns for what a company does, written before its name ("promoter Redline Live", "retailer Greenway"). */
const CATEGORY_NOUNS = new Set([
  'promoter', 'broadcaster', 'retailer', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'insurer', 'lender', 'regulator',
  'publisher', 'streamer', 'miner', 'brewer', 'conglomerate', 'startup', 'distributor', 'supplier', 'manufacturer', 'broker',
  'airline', 'grocer', 'supermarket', 'bookmaker', 'shipper', 'rival', 'competitor', 'developer', 'operator', 'carrier',
]);
/** Longer runs of unknown capitalised words are headlines or shouting, not names. */
const MAX_NAME_TOKENS = 7;

/** Words of rank written before a title ("Shadow treasurer", "Acting chairman"). */
const RANKS = new Set(['shadow', 'deputy', 'acting', 'former', 'interim', 'outgoing', 'assistant', 'vice']);

/** Prefixes of ships' names, which are often a person's ("USS Ronald Reagan"). */
const SHIP_PREFIXES = new Set(['USS', 'HMS', 'MV', 'RMS', 'SS', 'HMAS', 'HMCS', 'HMNZS', 'INS', 'USNS', 'MS', 'MY', 'RV', 'FV', 'SY', 'CGC', 'USCGC']);

/** A name found in the text, before mentions are grouped into entities. */
export interface Found extends Offsets {
  text: string;
  type: EntityType;
  entry?: KbEntry;
  /** Set when the words were a demonym ("French") rather than the name. */
  demonym?: boolean;
  role?: { title: string; affiliation?: Found };
  rule: string;
  /** Set when the statistical model typed the name. */
  model?: boolean;
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
 * With `tagged` (the NER model's spans), the model's spans and types stand (the KB links them,
 * see `withModel`), capitalised words the model does not call a name are dropped, and titles and
 * KB names outside the model's spans are kept.
 */
export function recognise(region: Region, kb: Kb, tagged?: readonly Tagged[]): Found[] {
  const { text, tokens } = region;
  // Each token's text and its lower case, sliced once, when first needed.
  const words: (string | undefined)[] = new Array<string | undefined>(tokens.length);
  const lowered: (string | undefined)[] = new Array<string | undefined>(tokens.length);
  const word = (i: number): string => (words[i] ??= text.slice(tokens[i]!.start, tokens[i]!.end));
  const lower = (i: number): string => (lowered[i] ??= word(i).toLowerCase());
  const lowercaseSeen = lowercaseForms();
  // Names of two words joined by an en dash read as one ("Veldhoven–Maes"), for their later mentions.
  const dashNames = new Set<string>();
  // Words found after a capitalised word somewhere in the text (see familyName).
  const familyNames = new Map<string, boolean>();
  const sentenceStarts = new Set(region.sentences.map((r) => r.first));
  const sortedTagged = tagged ? [...tagged].sort((a, b) => a.start - b.start) : undefined;
  let nextTagged = 0;
  const found: Found[] = [];
  // Tokens inside a model span: there the model's names stand, so no KB name is looked up.
  const covered = new Uint8Array(tagged ? tokens.length : 0);
  for (const s of region.sentences) {
    const pieces: Piece[] = [];
    let inSentence: Tagged[] | undefined;
    if (sortedTagged) {
      const from = tokens[s.first]!.start;
      const to = tokens[s.last]!.end;
      while (nextTagged < sortedTagged.length && sortedTagged[nextTagged]!.start < from) nextTagged++;
      inSentence = [];
      for (let k = nextTagged; k < sortedTagged.length && sortedTagged[k]!.start < to; k++) {
        const t = sortedTagged[k]!;
        if (t.end > to) continue;
        inSentence.push(t);
        const r = tokenRange(t);
        if (r) covered.fill(1, r.first, r.last + 1);
      }
    }
    const runs = findRuns(text, tokens, s.first, s.last, lowercaseSeen, word);
    let cursor = s.first;
    for (const run of runs) {
      pieces.push(...titlesBetween(cursor, run.first - 1));
      pieces.push(...segmentRun(run.first, run.last));
      cursor = run.last + 1;
    }
    if (inSentence) pieces.splice(0, pieces.length, ...withModel(pieces, inSentence, s.first, s.last));
    found.push(...chain(pieces));
  }
  // "Disney+", "Corvid+": a plus sign glued to the end of a name is part of it, and names a
  // service (of Disney: not Disney itself), never a person. "Ex-Heliotrope", "anti-Trump": the
  // prefix is not part of the name.
  for (const f of found) {
    const prefix = NAME_PREFIX.exec(f.text);
    if (prefix) {
      f.start += prefix[0].length;
      f.text = f.text.slice(prefix[0].length);
    }
    // "SP Oluwaseun Adekanye", "DSP Rana Iqbal": a police or assembly rank in capitals opens a
    // person's name, which the model may have read as an organisation.
    const rank = RANK_BEFORE_NAME.exec(f.text);
    if (rank && f.type !== 'PERSON' && !f.entry) {
      f.start += rank[0].length;
      f.text = f.text.slice(rank[0].length);
      f.type = 'PERSON';
    }
    // "M. Venkateshwarlu": an initial before a name makes it a person's (not a list's "A. Inca").
    const initial = /[ ,(“"](\p{Lu}\. )$/u.exec(text.slice(Math.max(0, f.start - 4), f.start));
    if (initial && f.type !== 'PERSON' && !f.entry && !f.text.includes(' ')) {
      f.start -= initial[1]!.length;
      f.text = initial[1]! + f.text;
      f.type = 'PERSON';
    }
    if (text[f.end] === '+' && !/[\p{L}\p{N}+]/u.test(text[f.end + 1] ?? '')) {
      f.end += 1;
      f.text += '+';
      delete f.entry;
      if (f.type === 'PERSON') f.type = 'ORG';
    }
  }
  return found;

  /**
   * The lower-case words that are also written capitalised in the text (findRuns asks only about
   * those: is a capitalised sentence start a word seen in lower case elsewhere?). A lower-case
   * token is read only when its first letter and length match a capitalised word's.
   */
  function lowercaseForms(): Set<string> {
    const capitalised = new Set<string>();
    const shapes = new Set<number>();
    const shape = (first: number, length: number) => first * 64 + Math.min(length, 63);
    for (let i = 0; i < tokens.length; i++) {
      const c = text.charCodeAt(tokens[i]!.start);
      if ((c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(word(i)))) {
        capitalised.add(lower(i));
        shapes.add(shape(lower(i).charCodeAt(0), lower(i).length));
      }
    }
    const seen = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      const { start, end } = tokens[i]!;
      const c = text.charCodeAt(start);
      if (!((c >= 97 && c <= 122) || c > 127) || !shapes.has(shape(c, end - start))) continue;
      if (c > 127 && !/^\p{Ll}/u.test(word(i))) continue;
      if (capitalised.has(word(i))) seen.add(word(i));
    }
    return seen;
  }

  function titleAt(i: number, last: number): number {
    for (const seq of TITLES_BY_FIRST_WORD.get(lower(i)) ?? []) {
      const j = i + seq.length - 1;
      if (j > last) continue;
      let ok = true;
      for (let k = 0; k < seq.length && ok; k++) ok = lower(i + k) === seq[k];
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
    // Only titles that end right before the run count: they start at most LONGEST_TITLE tokens back.
    for (let i = Math.max(from, to - LONGEST_TITLE + 1); i <= to; i++) {
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
      if (covered[i]) {
        // The model's name: not part of an unknown chunk nor of a title after it ("U.S. Special Envoy").
        flush(i - 1);
        i++;
        continue;
      }
      let matched: Piece | undefined;
      // Inside an unknown name only a longer KB name may start ("Word Word Steve Witkoff").
      const shortest = unknown < 0 ? i : i + 1;
      let longest = Math.min(last, i + MAX_PHRASE_TOKENS - 1);
      for (let k = i; k <= longest; k++) if (covered[k]) longest = k - 1;
      {
        for (let j = longest; j >= shortest; j--) {
          const phrase = text.slice(tokens[i]!.start, tokens[j]!.end);
          const entry = pickEntry(kb, kb.lookup(phrase));
          // "Israeli Prime Minister Benjamin Netanyahu" as one KB name would hide the title: split it.
          if (entry && entry.type === 'PERSON' && hasInnerTitle(i, j)) continue;
          // A one-word person ("Albert") is never the start of a longer name ("Albert Muchanga").
          if (entry && entry.type === 'PERSON' && j === i && i < last) continue;
          // A people ("Catholic", "Baloch") only confirms a name the model found: alone it is often an adjective or a surname.
          if (entry?.type === 'NORP' && entry.id.startsWith('group:')) continue;
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
    const first = tokenStartingAt(span.start);
    if (first < 0) return undefined;
    let last = first;
    while (last < tokens.length && tokens[last]!.end < span.end) last++;
    return last < tokens.length && tokens[last]!.end === span.end ? { first, last } : undefined;
  }

  /** Index of the token starting at `offset` (binary search: tokens are in order), or -1. */
  function tokenStartingAt(offset: number): number {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = tokens[mid]!.start;
      if (start === offset) return mid;
      if (start < offset) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * Reconciles rule pieces with the model's spans (see `recognise`). The model decides where names
   * are and what type they are; the KB only links them. A model span keeps its boundaries and type
   * and is linked when its whole text is a KB name of a compatible type. Rule pieces that overlap
   * no model span survive only as titles and KB names (not bare demonyms, unless they are the
   * affiliation of a title). One exception to the model's boundaries: a PERSON span that starts
   * with a KB place or organisation ("NASA Bill Ingalls") is split there, unless that first word is
   * a given name ("Jordan Peterson").
   */
  function withModel(pieces: Piece[], spans: readonly Tagged[], first: number, last: number): Piece[] {
    let ranges = spans.flatMap((t) => {
      const r = tokenRange(t);
      return r ? [{ ...r, type: t.type }] : [];
    });
    // "the pro-Kremlin Telegram channel": a name after "pro-" or "anti-" is a modifier, not the start of a longer name.
    for (const r of ranges) {
      if (r.last > r.first && r.first >= 2 && word(r.first - 1) === '-' && /^(?:pro|anti)$/i.test(word(r.first - 2)) && tokens[r.first - 2]!.end === tokens[r.first - 1]!.start && tokens[r.first - 1]!.end === tokens[r.first]!.start) r.first++;
    }
    // "Direction générale de l’aviation civile (DGAC)": a name the acronym after it spells out, in any language.
    for (let i = Math.max(1, first); i + 2 <= last; i++) {
      if (word(i) !== '(' || word(i + 2) !== ')' || !isAcronym(word(i + 1))) continue;
      const start = longFormStart(text, tokens[i - 1]!.end, word(i + 1));
      const from = start === undefined ? -1 : tokenStartingAt(start);
      if (from < 0 || i - 1 - from < 2) continue;
      ranges = ranges.filter((o) => o.last < from || o.first > i - 1);
      ranges.push({ first: from, last: i - 1, type: 'ORG' });
      ranges.sort((a, b) => a.first - b.first);
    }
    // "Zac, 15, from Ballarat, said": a given name alone before an age in commas is a person.
    for (let i = first; i + 3 <= last; i++) {
      if (!/^\p{Lu}\p{Ll}+$/u.test(word(i)) || word(i + 1) !== ',' || !/^\d{1,2}$/.test(word(i + 2)) || word(i + 3) !== ',' || !isGivenName(lower(i))) continue;
      if (i > 0 && /^\p{Lu}/u.test(word(i - 1))) continue;
      const at = ranges.find((o) => o.first <= i && i <= o.last);
      if (at && (at.type === 'PERSON' || at.first !== i || at.last !== i)) continue;
      ranges = ranges.filter((o) => o !== at);
      ranges.push({ first: i, last: i, type: 'PERSON' });
      ranges.sort((a, b) => a.first - b.first);
    }
    // "the Italian ProTeam Sereno–Vitalis": a cycling team's division (and nationality) before its name is no part of it.
    for (const r of ranges) {
      if (r.last - r.first < 1 || !(TEAM_DIVISIONS.test(word(r.first)) || TEAM_DIVISIONS.test(word(r.first + 1)))) continue;
      const k = r.first + (kb.lookup(word(r.first)).some((e) => e.demonyms?.includes(word(r.first))) ? 1 : 0);
      if (k < r.last && TEAM_DIVISIONS.test(word(k))) r.first = k + 1;
    }
    // "Kestrel–Maréchal", "Sereno–Vitalis": two unknown one-word names joined by an en dash are one
    // team or firm; not "Israel–Hamas" or "Paris–Roubaix", where a side is a known name, nor "the
    // Carroll–Patel ticket", two people. Once joined, the name is joined wherever it is written again.
    const glued = (k: number) => tokens[k - 1]!.end === tokens[k]!.start && tokens[k + 1]?.start === tokens[k]!.end;
    const known = (k: number) => kb.lookup(word(k)).length > 0;
    for (const r of [...ranges]) {
      const dash = r.last + 1;
      if (!ranges.includes(r) || r.first !== r.last || dash + 1 >= tokens.length || word(dash) !== '–' || !glued(dash) || !CAPITALISED.test(word(dash + 1))) continue;
      const next = ranges.find((o) => o.first === dash + 1);
      if (next && next.last > next.first) continue;
      const name = `${word(r.last)}–${word(dash + 1)}`;
      if (!dashNames.has(name) && (known(r.last) || known(dash + 1) || (r.type === 'PERSON' && next?.type === 'PERSON'))) continue;
      dashNames.add(name);
      r.last = dash + 1;
      r.type = 'ORG';
      if (next) ranges = ranges.filter((o) => o !== next);
    }
    // "Veldhoven–Maes said" with only "Maes" tagged: the word before the dash joins.
    for (const r of ranges) {
      const dash = r.first - 1;
      if (r.first !== r.last || dash < 1 || word(dash) !== '–' || !glued(dash) || !CAPITALISED.test(word(dash - 1)) || ranges.some((o) => o.last === dash - 1)) continue;
      const name = `${word(dash - 1)}–${word(r.first)}`;
      if (!dashNames.has(name) && (known(dash - 1) || known(r.first))) continue;
      dashNames.add(name);
      r.first = dash - 1;
      r.type = 'ORG';
    }
    // "Shareholders of Daito Holdings" read as one body: the people of a body are not part of its name.
    for (const r of ranges) {
      if (r.type !== 'ORG' || r.last - r.first < 2 || !MEMBERS_OF.test(word(r.first)) || lower(r.first + 1) !== 'of') continue;
      const skip = lower(r.first + 2) === 'the' ? 3 : 2;
      if (r.first + skip <= r.last) r.first += skip;
    }
    // An organisation's span that stops short of its KB name ("Organization for Security and Co-operation",
    // tagged without "in Europe") runs on to the end of that name.
    for (const r of ranges) {
      const last = longerKbName(r);
      if (last === r.last) continue;
      ranges = ranges.filter((o) => o === r || o.last < r.first || o.first > last);
      r.last = last;
    }
    // "Lloyd's of London" tagged "Lloyd" and "London", "Servant of the People" tagged "Servant" and
    // "People party", "Pakistan Tehreek-i-Insaf" tagged "Pakistan Tehreek": a curated organisation's
    // name written out over the model's spans.
    for (const r of ranges) {
      // Not a country's possessive ("Egypt's Foreign Ministry" is the Foreign Ministry).
      if (!ranges.includes(r) || r.last + 2 >= tokens.length || !/^(?:['’]s|of|for|and|&|-)$/.test(lower(r.last + 1)) || (/^['’]s$/.test(word(r.last + 1)) && (r.type === 'GPE' || r.type === 'LOC'))) continue;
      for (let j = Math.min(r.last + 4, tokens.length - 1); j >= r.last + 2; j--) {
        const longer = text.slice(tokens[r.first]!.start, tokens[j]!.end);
        // Ending in a capitalised word: not "Netanyahu's office", the office of a person named.
        if (!CAPITALISED.test(word(j)) || !kb.lookup(longer).some((e) => e.type === 'ORG' && !e.id.startsWith('petr:') && writtenAs(e, longer))) continue;
        ranges = ranges.filter((o) => o === r || o.last < r.first || o.first > j);
        r.last = j;
        r.type = 'ORG';
        break;
      }
    }
    // "An Garda Síochána" tagged without "An": a capitalised word before the span that makes it a KB name joins it.
    for (const r of ranges) {
      const k = r.first - 1;
      if (k < 0 || !CAPITALISED.test(word(k)) || text.slice(tokens[k]!.end, tokens[r.first]!.start) !== ' ' || ranges.some((o) => o.last === k)) continue;
      const longer = text.slice(tokens[k]!.start, tokens[r.last]!.end);
      // Not a demonym or a name of its own ("Egyptian Foreign Ministry" is the Foreign Ministry).
      if (word(k) !== 'The' && !kb.lookup(word(k)).length && kb.lookup(longer).some((e) => writtenAs(e, longer))) r.first = k;
    }
    // "Ministry of Housing, Communities and Local Government": a portfolio list after "of"/"for" is the body's name.
    for (const r of ranges) {
      if (r.type !== 'ORG') continue;
      const last = portfolioListEnd(r);
      if (last === r.last) continue;
      ranges = ranges.filter((o) => o === r || o.last < r.first || o.first > last);
      r.last = last;
    }
    // "Ridley Quinn Resources", "Dorsey Whitlock Inc.", "Sable Lithium plc": a company word right after a name the model closed before it.
    // "Vestas A/S": a form written with a slash is three glued tokens; "Norsk Fisk ASA": a form the model tagged alone joins the name.
    const formEnd = (i: number): number => {
      if (i + 2 < tokens.length && word(i + 1) === '/' && tokens[i]!.end === tokens[i + 1]!.start && tokens[i + 1]!.end === tokens[i + 2]!.start) return COMPANY_WORDS.has(`${lower(i)}/${lower(i + 2)}`) ? i + 2 : -1;
      return COMPANY_WORDS.has(lower(i)) ? i : -1;
    };
    for (const r of ranges) {
      if (!ranges.includes(r)) continue;
      const next = r.last + 1;
      const end = next < tokens.length && (/^\p{Lu}/u.test(word(next)) || /^(?:plc|ltd)$/.test(word(next))) ? formEnd(next) : -1;
      if (end < 0 || text.slice(tokens[r.last]!.end, tokens[next]!.start) !== ' ') continue;
      const alone = ranges.find((o) => o.first === next);
      if (alone && !(alone.last === end && alone.type === 'ORG')) continue;
      if (alone) ranges = ranges.filter((o) => o !== alone);
      r.last = end;
      r.type = 'ORG';
    }
    // "Red Cedar Property Group of Minneapolis", "Valle Dorado Foods of Fresno": "of" and a city after a company's name say where it is.
    ranges = ranges.flatMap((r) => {
      if (r.type !== 'ORG') return [r];
      for (let k = r.first + 1; k < r.last; k++) {
        if (lower(k) !== 'of' || !(COMPANY_WORDS.has(lower(k - 1)) || lower(k - 1) === 'group')) continue;
        const place = text.slice(tokens[k + 1]!.start, tokens[r.last]!.end);
        if (kb.lookup(place).some((e) => e.type === 'GPE') && !kb.lookup(text.slice(tokens[r.first]!.start, tokens[r.last]!.end)).length) return [{ ...r, last: k - 1 }, { ...r, first: k + 1, type: 'GPE' as const }];
        break;
      }
      return [r];
    });
    // "Spain's Iker Arrieta of Cantábrico Energía": a person's full name, then "of" and the team or firm.
    ranges = ranges.flatMap((r) => {
      if (r.type === 'PERSON' || r.type === 'GPE' || r.type === 'LOC') return [r];
      const k = r.first + 2 <= r.last - 2 && lower(r.first + 2) === 'of' ? r.first + 2 : r.first + 3 <= r.last - 2 && lower(r.first + 3) === 'of' ? r.first + 3 : -1;
      if (k < 0 || !isGivenName(lower(r.first)) || !/^\p{Lu}\p{Ll}/u.test(word(k - 1)) || !/^\p{Lu}/u.test(word(k + 1))) return [r];
      // Not "Florida Division of Emergency Management", "General Directorate of Public Security".
      const named = tokens.slice(r.first, k).map((t) => text.slice(t.start, t.end));
      if (named.some((w) => ORG_HEADS.has(w.toLowerCase()) || INSTITUTION_WORDS.test(w) || ONE_WORD_TITLES.has(w) || kb.lookup(w).some((e) => e.type !== 'PERSON'))) return [r];
      return [{ ...r, last: k - 1, type: 'PERSON' as const }, { ...r, first: k + 1, type: 'ORG' as const }];
    });
    // "The Treasury Department's Office of Foreign Assets Control": a body inside another's possessive is its own name.
    ranges = ranges.flatMap((r) => {
      if (r.type !== 'ORG') return [r];
      for (let k = r.first + 1; k < r.last - 1; k++) {
        if (/^['’]s$/.test(word(k)) && OWNED_BODY_HEADS.has(word(k + 1)) && word(k + 2) === 'of') return [{ ...r, last: k - 1 }, { ...r, first: k + 1 }];
      }
      return [r];
    });
    // "U.S. Attorney's Office for the Southern District of New York": a federal office or court and its judicial district.
    for (const r of ranges) {
      if (r.type !== 'ORG' || r.last + 3 >= tokens.length || !/^(?:Office|Court)$/.test(word(r.last)) || lower(r.last + 1) !== 'for' || lower(r.last + 2) !== 'the') continue;
      const district = ranges.find((o) => o.first === r.last + 3 && JUDICIAL_DISTRICT.test(text.slice(tokens[o.first]!.start, tokens[o.last]!.end)));
      if (!district) continue;
      r.last = district.last;
      ranges = ranges.filter((o) => o !== district);
    }
    // "Statistics Canada", "Transport Canada", "Air Canada": a body's word before a place the model tagged.
    for (const r of ranges) {
      if ((r.type === 'GPE' || r.type === 'LOC') && r.first > 0 && BODY_BEFORE_PLACE.has(word(r.first - 1)) && !ranges.some((o) => o.last === r.first - 1)) {
        r.first--;
        r.type = 'ORG';
      }
    }
    ranges = ranges.filter((r) => {
      const words = text.slice(tokens[r.first]!.start, tokens[r.last]!.end);
      // "Tom Molomby, SC, said": a barrister's rank after a name is no place.
      if (/^(?:QC|KC|SC)$/.test(words) && /\p{L}, $/u.test(text.slice(Math.max(0, tokens[r.first]!.start - 3), tokens[r.first]!.start))) return false;
      // "Sen. Martha Lindqvist, D-Minn.": a party and a state after a lawmaker's name are no name.
      if (PARTY_STATE.test(words) || (/[\s,(][DRI]-$/.test(text.slice(tokens[r.first]!.start - 3, tokens[r.first]!.start)) && PARTY_STATE.test(`D-${words}`))) return false;
      // "Superintendent of Police (SP) Alok Kumar Tiwari": a title the model read as an organisation;
      // "the Taoiseach said": a title alone names nobody.
      const alone = r.first === r.last && r.first > 0 && lower(r.first - 1) === 'the' && r.type === 'ORG';
      return !((r.type === 'ORG' && r.first < r.last && TITLE_SET.has(words.toLowerCase())) || (alone && ONE_WORD_TITLES.has(words.toLowerCase())));
    });
    const out: Piece[] = [];
    const overlaps = (p: { first: number; last: number }) => ranges.some((r) => r.first <= p.last && p.first <= r.last);
    for (const [k, p] of pieces.entries()) {
      if (overlaps(p)) continue;
      // "Brightwell Software will cut …": a name ending in a company word that the model left out.
      // "Italian defence group Castelmonte Difesa": a name right after a common noun for a company.
      if (p.kind === 'name' && p.last > p.first && (COMPANY_WORDS.has(lower(p.last)) || descriptorBefore(text, tokens, tokens[p.first]!)) && !kb.lookup(text.slice(tokens[p.first]!.start, tokens[p.last]!.end)).length) out.push({ ...p, type: 'ORG' });
      if (p.kind === 'name') continue;
      // An adjective of nationality ("Afghan team") is a name only where the model says so ("the
      // Afghans"), or as the affiliation of a title ("British Prime Minister").
      const next = pieces[k + 1];
      const affiliation = next?.kind === 'title' && next.first === p.last + 1;
      if (p.kind === 'kb' && p.demonym && !affiliation) continue;
      out.push(p);
    }
    for (const r of ranges) out.push(...modelPieces(givenNameBefore(r, pieces), r.last, r.type));
    return out.sort((a, b) => a.first - b.first);
  }

  /** The last token of ", Communities and Local Government" after an ORG span ending in "of"/"for" and a capitalised word; r.last when none. */
  function portfolioListEnd(r: { first: number; last: number }): number {
    if (r.last + 1 >= tokens.length) return r.last;
    const of = [r.last - 1, r.last - 2].find((k) => k > r.first && PORTFOLIO_OF.test(lower(k)));
    // "Ministry of Culture and National Heritage": one portfolio after "and", not a body of its own ("and FBI").
    if (of !== undefined && PORTFOLIO_HEADS.has(lower(of - 1)) && PORTFOLIO_AND.test(lower(r.last + 1))) {
      let n = 0;
      while (n < 3 && r.last + 2 + n < tokens.length && /^\p{Lu}\p{Ll}/u.test(word(r.last + 2 + n)) && !TITLE_SET.has(lower(r.last + 2 + n))) n++;
      const next = r.last + 2 + n;
      const words = n ? text.slice(tokens[r.last + 2]!.start, tokens[next - 1]!.end) : '';
      if (n && !kb.lookup(words).length && !(next < tokens.length && (/^\p{Lu}/u.test(word(next)) || /^(?:of|for)$/.test(lower(next))))) return next - 1;
    }
    if (of === undefined || !PORTFOLIO_HEADS.has(lower(of - 1)) || word(r.last + 1) !== ',') return r.last;
    const capital = (i: number) => i < tokens.length && /^\p{Lu}/u.test(word(i)) && !TITLE_SET.has(lower(i)) && !kb.lookup(word(i)).some((e) => e.type === 'GPE');
    let i = r.last + 1;
    for (let items = 0; items < MAX_PORTFOLIOS; items++) {
      if (word(i) === ',') i++;
      const joined = PORTFOLIO_AND.test(lower(i));
      if (joined) i++;
      // "Agriculture, Food and the Marine", "Climate Change, Energy, the Environment and Water".
      if (lower(i) === 'the' && capital(i + 1)) i++;
      let n = 0;
      while (capital(i + n) && n < 3) n++;
      if (n === 0) return r.last;
      i += n;
      // The last portfolio ends the name ("and Fisheries said"), not another body ("and County of Maui").
      if (joined) return capital(i) || /^(?:of|for)$/.test(lower(i)) ? r.last : i - 1;
      if (word(i) !== ',' && !PORTFOLIO_AND.test(lower(i))) return r.last;
    }
    return r.last;
  }

  /**
   * The last token of a KB organisation's name that starts with ORG span r's words and goes on
   * with a lower-case connector and up to two capitalised words ("… in Europe"); r.last when none.
   */
  function longerKbName(r: { first: number; last: number; type: EntityType }): number {
    if (r.type !== 'ORG' || r.last + 1 >= tokens.length || !KB_NAME_CONNECTORS.has(word(r.last + 1))) return r.last;
    for (let j = Math.min(r.last + 5, tokens.length - 1); j > r.last + 1; j--) {
      if (!CAPITALISED.test(word(j))) continue;
      if (kb.lookup(text.slice(tokens[r.first]!.start, tokens[j]!.end)).some((e) => e.type === 'ORG')) return j;
    }
    return r.last;
  }

  /**
   * Where a one-word PERSON span starts: one word earlier when the rules read a capitalised word
   * right before it as part of the same name ("Voter Kitty Mak" tagged "Mak": "Kitty Mak").
   */
  function givenNameBefore(r: { first: number; last: number; type: EntityType }, pieces: readonly Piece[]): number {
    const k = r.first - 1;
    if (r.type !== 'PERSON' || r.first !== r.last || k < 0) return r.first;
    const inName = pieces.some((p) => p.kind === 'name' && p.last === k);
    const spaced = tokens[k]!.end + 1 === tokens[r.first]!.start && text[tokens[k]!.end] === ' ';
    return inName && spaced && CAPITALISED.test(word(k)) && !isAcronym(word(k)) ? k : r.first;
  }

  /**
   * True when the word at i, a people's name the model read as `type`, names the people: before a
   * lower-case noun ("Karen fighters", not "Karen said"); read as a place, also not before a
   * place's kind ("Kachin rebels", not "Kachin state") nor after a preposition ("in Kachin").
   * Alone ("a Christian", "the Maori") it stays a person, as GUM annotates it, and so does a
   * family name the article gives someone.
   */
  function groupWordAt(i: number, type: EntityType): boolean {
    const next = i + 1 < tokens.length && /^\p{Ll}+$/u.test(word(i + 1)) ? lower(i + 1) : '';
    if (next === '' || NOT_GROUP_NOUNS.test(next)) return false;
    // "Qandeel Baloch … Baloch ran away": a family name in the article.
    if (type === 'PERSON') return !familyName(word(i));
    return (type === 'LOC' || type === 'GPE') && !PLACE_KINDS.has(next) && !(i > 0 && PLACE_PREPOSITIONS.has(lower(i - 1)));
  }

  /** True when `name` follows a capitalised word somewhere in the text ("Qandeel Baloch"); one search per word. */
  function familyName(name: string): boolean {
    let found = familyNames.get(name);
    if (found === undefined) familyNames.set(name, (found = new RegExp(`\\p{Lu}\\p{Ll}+ ${name}\\b`, 'u').test(text)));
    return found;
  }

  /** One model span as pieces: linked to the KB where its text is a KB name of a fitting type. */
  function modelPieces(first: number, last: number, type: EntityType): Piece[] {
    // "Halbrook's said", "Bramwell's, the second-largest chain,": a possessive before a verb or an apposition names a shop or firm.
    if ((type === 'PERSON' || type === 'ORG') && last + 2 < tokens.length && /^['’]s$/.test(word(last + 1)) && tokens[last]!.end === tokens[last + 1]!.start && SHOP_NAME_NEXT.test(text.slice(tokens[last + 2]!.start, tokens[Math.min(last + 12, tokens.length - 1)]!.end))) return modelPieces(first, last + 1, 'ORG');
    // "Masjid al-Noor", "Gurdwara Sahib": a house of worship named by its kind first is no person.
    if (type === 'PERSON' && first < last && WORSHIP_PLACES.has(lower(first))) type = 'ORG';
    // "the state of Goiás", "the province of Cabo Delgado" read as a person: a place.
    if (type === 'PERSON' && first > 1 && lower(first - 1) === 'of' && PLACE_KINDS.has(lower(first - 2))) type = 'GPE';
    // "Hurricane Marisol", "Typhoon Haiyan", "Storm Isolde": a storm is no body, person or place.
    if (first < last && STORMS.has(lower(first))) type = 'OTHER';
    // "US Consulate General", "the Chinese Embassy", "Royal Thai Embassy" read as a thing or a place: a mission is a body (as GUM annotates "go to the Cuban Consulate").
    if ((type === 'OTHER' || type === 'LOC') && MISSION_END.test(text.slice(tokens[first]!.end, tokens[last]!.end))) type = 'ORG';
    // A word capitalised only to open the sentence is not part of the name: a preposition or possessive
    // ("Outside Dunmore's store", "Its Center for …"), or before a body a noun for what it does
    // ("Promoter Redline Live said", "Retailer Greenway Grocers").
    if (first < last && sentenceStarts.has(first) && (OPENING_WORDS.has(lower(first)) || (type === 'ORG' && CATEGORY_NOUNS.has(lower(first))))) return modelPieces(first + 1, last, type);
    // "New Zealand Cricket", "Cricket Australia": a place and a sport name a sport's governing body.
    if ((type === 'LOC' || type === 'GPE') && first < last && (SPORTS.has(lower(last)) || SPORTS.has(lower(first)))) type = 'ORG';
    // "Councilwoman Janelle Pruitt", "Sr. Francisco da Cruz Ximenes" read as a body: a title, then a
    // given name and a surname of one or two words (with a family particle between).
    if ((type === 'ORG' || type === 'OTHER') && last - first >= 2) {
      const t = titleAt(first, last - 2);
      const name = t >= 0 ? tokens.slice(t + 1, last + 1).map((x) => text.slice(x.start, x.end)) : [];
      const words = name.filter((w, i) => !(i > 0 && i < name.length - 1 && NAME_PARTICLES.has(w)));
      if (t >= 0 && last - t >= 2 && words.length <= 3 && isGivenName(lower(t + 1)) && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ORG_HEADS.has(w.toLowerCase()) && !PLACE_HEADS.has(w.toLowerCase()))) return [{ first, last: t, kind: 'title' }, ...modelPieces(t + 1, last, 'PERSON')];
    }
    // "Perry County Coroner Hollis Brashear", "Bank of America Chief Executive Brian Moynihan": a place
    // or body, a title and a person's name (two or three words) read as one name.
    if ((type === 'ORG' || type === 'LOC' || type === 'GPE') && last - first >= 3) {
      for (let k = first + 1; k <= last - 2; k++) {
        const t = titleAt(k, last - 2);
        // The name: a given name or an initial ("District Collector S. Vaidehi"), then a surname.
        if (t < 0 || last - t < 2 || last - t > 3 || !CAPITALISED.test(word(t + 1)) || !(isGivenName(lower(t + 1)) || /^\p{Lu}\.$/u.test(word(t + 1)))) continue;
        // "District Collector S. Vaidehi": one word of rank or area before the title belongs to it.
        if (k - 1 === first && TITLE_RANKS.has(lower(first))) return [{ first, last: t, kind: 'title' }, ...modelPieces(t + 1, last, 'PERSON')];
        return [...modelPieces(first, k - 1, type), { first: k, last: t, kind: 'title' }, ...modelPieces(t + 1, last, 'PERSON')];
      }
    }
    // "TMO Lachlan Pryce" read as one name of another kind: an unknown acronym, a given name and a
    // surname (not a ship's prefix: "USS Ronald Reagan", "MV Alan Kurdi").
    if (type !== 'PERSON' && last - first === 2 && isAcronym(word(first)) && !SHIP_PREFIXES.has(word(first)) && isGivenName(lower(first + 1)) && !kb.lookup(word(first)).length && !kb.lookup(text.slice(tokens[first]!.start, tokens[last]!.end)).length) {
      return [{ first, last: first, kind: 'title' }, ...modelPieces(first + 1, last, 'PERSON')];
    }
    if (type === 'PERSON' && first < last) {
      // "Cllr Pádraig Mac Mathúna", "Miss Kowal", "Sprinter Adjei": a title or a noun for what
      // the person does that the model took into the name.
      // "Porter Tomasz Nowak": a job that is also a given name is the job before a given name and a surname.
      const job = PERSON_NOUNS.has(lower(first)) && (!isGivenName(lower(first)) || (last - first >= 2 && isGivenName(lower(first + 1))));
      // "TMO Lachlan Pryce": an acronym the KB does not know, before a given name and a surname, is a title (not "NASA Bill Ingalls").
      const acronym = isAcronym(word(first)) && last - first >= 2 && isGivenName(lower(first + 1)) && !kb.lookup(word(first)).length;
      // "Dr Kgosi Molefe": a one-word title after a form of address is the given name.
      const titled = titleAt(first, last - 1);
      const addressed = first > 0 && ADDRESS_FORM.test(lower(first - 1)) && titled === first;
      const title = word(first) === 'Miss' || job || acronym ? first : addressed ? -1 : titled;
      if (title >= 0 && CAPITALISED.test(word(title + 1))) return [{ first, last: title, kind: 'title' }, ...modelPieces(title + 1, last, 'PERSON')];
      // "Likud MK Dan Levi", "Maoist Centre Chairman Lok Bahadur Shahi": a party, a title in capitals
      // or capitalised before a given name, then a name of two words or more.
      for (let j = first + 1; j <= last - 2; j++) {
        // Not inside a person's own name ("Gregory “Lord Sagacious” Mohammed"): the words before are a body's.
        if (j === first + 1 && isGivenName(lower(first))) break;
        if (!/^\p{L}/u.test(word(j - 1))) break;
        const t = CAPITALISED.test(word(j)) ? titleAt(j, last - 1) : -1;
        // A title in capitals before a name of two words ("MK Dan Levi"), a capitalised one before two more ("Chairman Lok Bahadur Shahi").
        // "City Clerk Rosalind Petrakis": one word of rank or area before the title belongs to it.
        const rank = j - 1 === first && TITLE_RANKS.has(lower(first));
        if (t < 0 || !CAPITALISED.test(word(t + 1)) || last - t < (rank || /^\p{Lu}{2,4}$/u.test(word(j)) ? 2 : 3)) continue;
        if (rank) return [{ first, last: t, kind: 'title' }, ...modelPieces(t + 1, last, 'PERSON')];
        return [...modelPieces(first, j - 1, 'ORG'), { first: j, last: t, kind: 'title' }, ...modelPieces(t + 1, last, 'PERSON')];
      }
      // "NASA Bill Ingalls", "United States Hamdullah Mohib": a credit or affiliation before a name.
      for (let j = Math.min(last - 1, first + MAX_PHRASE_TOKENS - 1); j >= first; j--) {
        if (!/^\p{Lu}/u.test(word(j + 1))) continue;
        const entry = pickEntry(kb, kb.lookup(text.slice(tokens[first]!.start, tokens[j]!.end)));
        if (!entry || entry.type === 'PERSON' || (j === first && !isAcronym(word(first)) && entry.type !== 'GPE')) continue;
        // "Altaf Hussain Memon": an organisation's name leaves a person's name of two words at least ("NASA Bill Ingalls").
        // "Gao Wenjun": a one-word place before one word is a two-word name ("Gao" is a town in Mali and a family name).
        if ((entry.type !== 'GPE' || j === first) && last - j < 2) continue;
        // "TD for Galway West Cathal Mac Donncha": a place and a compass word (a constituency) before a given name and a surname.
        if (j === first && entry.type === 'GPE' && COMPASS_WORDS.has(lower(first + 1)) && last - first >= 3 && CAPITALISED.test(word(first + 2))) return [{ first, last: first + 1, kind: 'name', type: 'GPE' }, ...modelPieces(first + 2, last, 'PERSON')];
        // "Jordan Peterson", "Sydney Carter": a place that is also a given name opens the person's
        // name; so does a one-word alias that is not the place's own name ("Sian", an old spelling
        // of Xi'an, in "Sian Pritchard").
        if (j === first && (isGivenName(lower(first)) || (!isAcronym(word(first)) && (lower(first) !== entry.name.toLowerCase() || isListedPlace(entry))))) continue;
        return [
          { first, last: j, kind: 'kb', entry, type: entry.type },
          ...modelPieces(j + 1, last, 'PERSON'),
        ];
      }
    }
    const phrase = text.slice(tokens[first]!.start, tokens[last]!.end);
    // "An Omani official": a demonym after an article qualifies what follows, whatever type the model gave it.
    const entries = kb.lookup(phrase);
    const adjective = first === last && first > 0 && ARTICLES.has(lower(first - 1)) && first + 1 < tokens.length && /^\p{Ll}+$/u.test(word(first + 1)) && !/^speak/.test(lower(first + 1)) ? entries.find((e) => e.demonyms?.some((d) => d.toLowerCase() === phrase.toLowerCase())) : undefined;
    if (adjective) return [{ first, last, kind: 'kb', entry: pickEntry(kb, [adjective]) ?? adjective, demonym: true, type: 'NORP' }];
    const entry = entries.find((e) => fits(type, e.type));
    // "a Karen armed group", "Kachin rebels" read as a person or a place: a people the KB knows.
    if (!entry && first === last && entries.length > 0 && entries.every((e) => e.type === 'NORP') && groupWordAt(first, type)) return [{ first, last, kind: 'kb', entry: entries[0]!, demonym: false, type: 'NORP' }];
    if (!entry) {
      // "a Hezbollah commander" read as a person, "Multinational Security Support Mission" as a thing (not an acronym: "PCA"): a name every curated entry calls an organisation is one.
      const curated = entries.filter((e) => !e.id.startsWith('petr:'));
      // "Ofwat" read as a thing: a one-word name written exactly as a curated organisation's.
      const body = (type === 'PERSON' || (type === 'OTHER' && (first < last || (!isAcronym(word(first)) && curated.some((e) => writtenAs(e, phrase)))))) && curated.length > 0 && curated.every((e) => e.type === 'ORG') ? curated[0] : undefined;
      return body ? [{ first, last, kind: 'kb', entry: body, demonym: false, type: 'ORG' }] : [{ first, last, kind: 'name', type }];
    }
    const picked = pickEntry(kb, [entry]) ?? entry;
    const demonym = picked.demonyms?.some((d) => d.toLowerCase() === phrase.toLowerCase()) ?? false;
    return [{ first, last, kind: 'kb', entry: picked, demonym, type: type === 'LOC' && picked.type === 'GPE' ? 'GPE' : type }];
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
      // "Superintendent of Police (SP) Alok Kumar Tiwari", "Deputy Commissioner of Police (Cyber Crime) K. Srujana Reddy": the title's initials or unit in brackets go with it.
      if (title && word(title.piece.last + 1) === '(' && p.first === title.piece.last + 2 && word(p.last + 1) === ')' && p.type !== 'PERSON') {
        title = { ...title, piece: { ...title.piece, last: p.last + 1 } };
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
        // The model's type stands; without it, a name after a title is a person unless the KB knows it.
        if (!p.type) f.type = p.kind === 'kb' && f.type !== 'PERSON' ? f.type : 'PERSON';
        if (f.type === 'PERSON') {
          // "Shadow treasurer Nicole Ambrose": a rank word before a lower-case title belongs to it.
          const from = title.piece.first > 0 && RANKS.has(lower(title.piece.first - 1)) && /^\p{Ll}/u.test(word(title.piece.first)) ? title.piece.first - 1 : title.piece.first;
          f.role = { title: text.slice(tokens[from]!.start, tokens[title.piece.last]!.end).replace(/\s*\([^()]*\)$/, ''), affiliation: title.affiliation };
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
    const found = toFoundUntagged(p);
    if (p.type) found.model = true;
    return found;
  }

  function toFoundUntagged(p: Piece): Found {
    const start = tokens[p.first]!.start;
    const end = tokens[p.last]!.end;
    const surface = text.slice(start, end);
    if (p.kind === 'kb') {
      return {
        start, end, text: surface, entry: p.entry, demonym: p.demonym,
        type: p.demonym ? 'NORP' : (p.type ?? p.entry!.type), rule: p.demonym ? 'kb-demonym' : p.type ? 'model-kb' : 'kb-name',
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

/** Whether a KB entry of type `kb` may stand behind a name the model typed `model`. */
/** True when `text` is an entry's name or one of its aliases exactly as written (not a looser KB match). */
function writtenAs(entry: KbEntry, text: string): boolean {
  return entry.name === text || entry.aliases.includes(text);
}

function fits(model: EntityType, kb: EntityType): boolean {
  switch (model) {
    case 'PERSON': return kb === 'PERSON';
    case 'ORG': return kb === 'ORG' || kb === 'GPE'; // a country for its team or government
    case 'GPE':
    case 'LOC': return kb === 'GPE' || kb === 'LOC';
    case 'NORP': return kb === 'NORP' || kb === 'GPE';
    case 'OTHER': return kb === 'OTHER';
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
