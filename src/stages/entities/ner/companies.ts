/**
 * Bodies the model reads as a person or a place because it has never seen the name ("Corvane said
 * it now expects revenue …", "Tidewell, a startup that …"): a short name that the document treats
 * as a company, a club or an institution somewhere, and never as a person (no title, no given
 * name before it), is an organisation in every mention.
 */
import { COMPANY_OPENERS, COMPANY_WORDS } from '../../../lexicon/titles.js';
import { isGivenName } from '../../../lexicon/names.js';
import { COMMON_WORDS, DATE_WORDS } from '../../../lexicon/words.js';
import { initials } from '../../../text/initials.js';
import type { NerSpan } from './model.js';

/** Words after the name that only a company or a club has: its shares, a spokesperson, an apposition naming its kind. */
const BODY_AFTER = new RegExp(
  String.raw`^(?:['’]s?)? (?:shares|stock|share price|shareholders|investors|subscribers|spokes(?:person|man|woman)|subsidiary|parent company|annual report|Inc\b|Ltd\b|plc\b|LLC\b)` +
    String.raw`|^, (?:a|an|the) (?:[\p{L}-]+ ){0,3}(?:company|firm|startup|start-up|maker|manufacturer|retailer|lender|insurer|operator|developer|provider|supplier|chain|producer|(?<!mail |letter )carrier|airline|charity|nonprofit|non-profit|publisher|broadcaster|newspaper|club|side|consultancy|distributor|brand|bank|brokerage|agency)\b(?! (?:said|says|added|told|warned|reported|announced))` +
    String.raw`|^, one of (?:the |[\p{L}'’]+ )(?:[\p{L}-]+ ){0,3}(?:companies|firms|groups|makers|manufacturers|retailers|lenders|banks|insurers|airlines|carriers|operators|developers|housebuilders|builders|producers|chains|brands|publishers|broadcasters|clubs|charities|suppliers|miners)\b`,
  'u',
);
/** Last words that only a firm's name has (not a product's: "Google Analytics", "Open Education Resources"). */
const FIRM_ENDINGS = /^(?:Holdings|Partners|Ratings|Promotions|Securities|Investments|Ventures|Bancorp|Realty|Shipping|Logistics|Inc\.?|Ltd\.?|plc|PLC|LLC|Corp\.?|Co\.?)$/;
/** "Athens-based ", "Oslo-based ": a place and "-based" right before a name make it a body's. */
const BASED_BEFORE = /\p{Lu}[\p{L}.]*[-‑]based $/u;
/** Words before the name that only a company or a club takes ("shares in", "a spokesperson for", "the company"). */
const BODY_BEFORE = /(?:\b[Ss]hares (?:in|of)|\bstake in|\bspokes(?:person|man|woman) for|\b(?:company|firm|startup|retailer|lender|rival|club|charity|broadcaster|newspaper)) $/u;
/** Words after a name that a body has and a person does not, though a place may ("Corvane's chief executive", "Alpenflug said its crew", "Polar Link, which flies"). */
const STAFF_AFTER = /^(?:['’]s?)? (?:executives|employees|staff|customers|headquarters|website|board|chief executive|CEO|revenue|profits?|earnings)\b|^ (?:said|says|added|announced|confirmed) its\b|^, which (?!one\b|ones\b|of\b|way\b|is\b|are\b)/u;
/** Words after a name typed a place that only a body says ("Banco Meridional, which said it would", "Delorme said its"). */
const SPEAKS_AFTER = /^(?:, which)? (?:said|says|announced|reported|confirmed) (?:it|its)\b/u;
/**
 * A body's kind and the words that give its name before it ("a criminal group calling itself", "the
 * gang, which calls itself", "a start-up called"; not "The company named Keiichi Mori as …").
 */
const BODY_KINDS = String.raw`(?:group|gang|organi[sz]ation|outfit|collective|movement|militia|network|cartel|faction|company|firm|start-?up|charity|band)`;
const BODY_CALLED_BEFORE = new RegExp(String.raw`\b${BODY_KINDS}(?:,? (?:which|that) calls itself|,? calling itself) $|\b(?:a|an) (?:[\p{Ll}-]+ ){0,3}${BODY_KINDS} (?:called|named|known as) $`, 'u');
/** The words BODY_CALLED_BEFORE ends in, looked for once per document. */
const CALLS = / (?:calls itself|calling itself|called|named|known as) /;
/** An acronym in brackets right after a name. */
const ACRONYM_AFTER = /^ \((\p{Lu}{2,8})\)/u;
/** A preposition of place right before a name ("moved to Carverton", "children of Carverton"). */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|to|from|at|near|of|into|outside|across|around)\s$/;
/** True when the text writes `name` before a company's word ("Kostaras Shipping"), though the model did not tag it so. */
function namesCompany(text: string, name: string): boolean {
  if (/\s/.test(name)) return false;
  for (let i = text.indexOf(`${name} `); i >= 0; i = text.indexOf(`${name} `, i + 1)) {
    const next = /^\p{Lu}\p{L}*\.?/u.exec(text.slice(i + name.length + 1, i + name.length + 30));
    const word = next?.[0].toLowerCase() ?? '';
    if (next && (COMPANY_WORDS.has(word) || COMPANY_WORDS.has(word.replace(/\.$/, ''))) && !/[\p{L}]/u.test(text[i - 1] ?? '')) return true;
  }
  return false;
}

/** "moved to Carverton", "children of Carverton"; not "managing director of Kostaras", a post at a body. */
function placeAfterPreposition(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return PLACE_PREPOSITION_BEFORE.test(before) && !POST_OF_BEFORE.test(before);
}
/** A post or a name, then "of" ("managing director of ", "Eleni Vardakis of "). */
const POST_OF_BEFORE = /(?:\b(?:director|executive|chairman|chair|president|founder|owner|head|spokesman|spokeswoman|spokesperson|manager|officer|partner)|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+),? of $/u;
/** A title or honorific right before the name: a person. */
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Rev|Judge|Justice|Senator|Sen|Rep|Gov|President|Minister|Chancellor|Mayor|Coach|Captain|Capt|General|Gen|Colonel|Col)\.? $/u;

/**
 * A body's kind as the head of an apposition right after its name ("Enagás, the Spanish grid
 * operator,", "Abarona, a Belarusian human rights group that"): no person is called so. The kind
 * ends the phrase (not "the union's president", "a retired mail carrier", "a partner at the agency").
 */
const APPOSITION_BODY = new RegExp(
  String.raw`^, (?:a|an|the) (?:(?!(?:of|at|for|with|in|on|by|from|to|and|or|the|a|an)\b)[\p{L}-]+ ){0,4}` +
    String.raw`(?:company|firm|startup|start-up|retailer|lender|insurer|chain|airline|charity|nonprofit|non-profit|broadcaster|consultancy|bank|brokerage|agency|group|utility|conglomerate|regulator|watchdog|union|manufacturer|carmaker|maker|operator|miner|platform|marketplace|exchange|website)` +
    String.raw`(?=,| (?:that|which|whose|based|representing|(?:on|in|through|for|with|at) which)\b)`,
  'u',
);
/** One to three capitalised words opening a sentence, right before an apposition: a name the model may have left untagged. */
const OPENING_NAME = /(?:^|[.!?]["”’]?[ \t]+|\n)(\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,2})$/u;
/** The start of an apposition after a name. */
const APPOSITION_START = /, (?:a|an|the) /g;

/** Names that open a sentence before a body's apposition and that the model did not tag, as ORG spans (sorted into `spans`). */
function untaggedBodies(text: string, spans: NerSpan[]): NerSpan[] {
  let added: NerSpan[] | undefined;
  for (const a of text.matchAll(APPOSITION_START)) {
    const end = a.index!;
    if (!APPOSITION_BODY.test(text.slice(end, end + 100))) continue;
    const m = OPENING_NAME.exec(text.slice(Math.max(0, end - 60), end));
    if (!m) continue;
    const name = m[1]!;
    const start = end - name.length;
    if (name.split(' ').some((w) => COMMON_WORDS.has(w.toLowerCase()) || DATE_WORDS.has(w.toLowerCase()) || /ly$/.test(w))) continue;
    if (spans.some((s) => s.start < end && s.end > start)) continue;
    (added ??= []).push({ start, end, type: 'ORG', confidence: 0.5 });
  }
  return added ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/** The spans with each short name treated as a body somewhere in the document typed ORG throughout. */
export function companiesByContext(text: string, tagged: NerSpan[]): NerSpan[] {
  const byName = new Map<string, NerSpan[]>();
  let bodies: Set<string> | undefined;
  const calls = CALLS.test(text);
  const spans = untaggedBodies(text, tagged);
  for (const span of spans) {
    // "a criminal group calling itself Silent Ledger": the name is the body's wherever it is written.
    if (calls && BODY_CALLED_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))) (bodies ??= new Set()).add(text.slice(span.start, span.end));
    if (span.type !== 'PERSON' && span.type !== 'LOC' && span.type !== 'OTHER') continue;
    const name = text.slice(span.start, span.end);
    // "Abarona, a Belarusian human rights group that …": its kind in apposition (not after a given name: "Grace Adeyemi, a …").
    if (!(span.type === 'PERSON' && isGivenName(name.split(' ')[0]!.toLowerCase())) && APPOSITION_BODY.test(text.slice(span.end, span.end + 100))) {
      (bodies ??= new Set()).add(name);
      continue;
    }
    // A work, event or product read by the model ("Scrivio") is a body only by the words after it (BODY_AFTER).
    if (span.type === 'OTHER') {
      if (!/\s/.test(name) && BODY_AFTER.test(text.slice(span.end, span.end + 80))) (bodies ??= new Set()).add(name);
      // "Calloway Ratings", "Loxley Fight Promotions": a name ending in a company's word.
      else if ((/\s/.test(name) && FIRM_ENDINGS.test(name.slice(name.lastIndexOf(' ') + 1))) || BASED_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start))) span.type = 'ORG';
      continue;
    }
    // "Azienda Milanese Mobilità Urbana (AMMU)": a name followed by its initials in brackets is a body's.
    const bracketed = ACRONYM_AFTER.exec(text.slice(span.end, span.end + 12))?.[1];
    if (COMPANY_OPENERS.test(name) || (bracketed && bracketed.length >= 3 && bracketed === initials(name))) span.type = 'ORG';
    if (span.type === 'ORG') continue;
    // "Eline Vang of Skagerak Fonds", "the operator, Frøy Sjøfarm,": two words with no given name first, where only a body stands.
    if (span.type === 'PERSON' && /^\S+ \S+$/.test(name) && !isGivenName(name.slice(0, name.indexOf(' ')).toLowerCase()) && bodyPlace(text, span)) {
      (bodies ??= new Set()).add(name);
      continue;
    }
    if (span.type === 'PERSON' ? /\s/.test(name) : name.split(' ').length > 3) continue;
    const list = byName.get(name);
    if (list) list.push(span);
    else byName.set(name, [span]);
  }
  if (bodies) for (const span of spans) if (bodies.has(text.slice(span.start, span.end))) span.type = 'ORG';
  if (byName.size === 0) return spans;
  // Names that end a longer person's name ("Maria Corvane"), open it as a given name, or follow a title are people.
  const people = new Set<string>();
  for (const span of spans) {
    if (span.type !== 'PERSON') continue;
    const name = text.slice(span.start, span.end);
    const space = name.lastIndexOf(' ');
    if (space > 0) {
      people.add(name.slice(space + 1));
      if (isGivenName(name.slice(0, space).toLowerCase())) people.add(name.slice(0, space));
    } else if (TITLE_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start))) people.add(name);
  }
  // "Meridian" of "Meridian Pictures": the first word of a company's name is the company; "Almarza"
  // of "Deportivo Almarza": the word after an opener.
  const companyHeads = new Set<string>();
  for (const span of spans) {
    const name = text.slice(span.start, span.end);
    const space = name.indexOf(' ');
    if (span.type === 'ORG' && space > 0 && COMPANY_WORDS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase())) companyHeads.add(name.slice(0, space));
    if (span.type === 'ORG' && space > 0 && name.indexOf(' ', space + 1) < 0 && COMPANY_OPENERS.test(name)) companyHeads.add(name.slice(space + 1));
  }
  for (const [name, list] of byName) {
    const company = companyHeads.has(name) || namesCompany(text, name);
    if (people.has(name) || (!company && list.some((s) => s.type !== list[0]!.type))) continue;
    // Not a town a company is named after ("moved to Carverton" beside "Carverton Foods").
    // Not a given name ("Rocky" beside "Rocky 101 LLC").
    if (company && !isGivenName(name.toLowerCase()) && !list.some((s) => s.type === 'LOC' && placeAfterPreposition(text, s.start))) {
      for (const s of list) s.type = 'ORG';
      continue;
    }
    const body = list.some((s) => BODY_AFTER.test(text.slice(s.end, s.end + 80)) || BODY_BEFORE.test(text.slice(Math.max(0, s.start - 30), s.start)) || groupVerb(text, s) ||
      (s.type === 'PERSON' && STAFF_AFTER.test(text.slice(s.end, s.end + 30))) || (s.type === 'LOC' && SPEAKS_AFTER.test(text.slice(s.end, s.end + 30)) && !PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, s.start - 10), s.start))));
    if (body) for (const s of list) s.type = 'ORG';
  }
  return spans;
}

/** Kinds of business no person is called ("the operator", "Norway's largest lender"). */
const KINDS = 'company|firm|operator|group|lender|insurer|bank|retailer|fund';
/** A body's kind in apposition before a name ("the operator, ", "The second company, "). */
const KIND_BEFORE = new RegExp(String.raw`(?<!\b(?:for|of|at|with|by) )\b(?:the|The|a|A|[\p{L}-]+['’]s) (?:[\p{L}-]+ ){0,2}(?:${KINDS}|developer|supplier)s?, $`, 'u');
/** Its kind in apposition after a name, with a place's possessive ("Norwegian Air, Norway's largest carrier,"). */
const KIND_AFTER = new RegExp(String.raw`^, \p{Lu}[\p{L}.]*['’]s (?:[\p{L}-]+ ){0,3}(?:${KINDS}|carrier|airline|carmaker|manufacturer)\b`, 'u');

/** Where only a body stands: after a person and "of", after its kind in apposition, before its shares or staff. */
function bodyPlace(text: string, span: NerSpan): boolean {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const after = text.slice(span.end, span.end + 80);
  if (TITLE_BEFORE.test(before) || /^\p{Lu}\./u.test(text.slice(span.start, span.end))) return false;
  return /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ of $/u.test(before) || KIND_BEFORE.test(before) || KIND_AFTER.test(after) || BODY_BEFORE.test(before) || STAFF_AFTER.test(after);
}

/**
 * "Glass Harbor are getting back together": a singular name as the subject of a plural verb is a
 * band, a club or a company (British usage), where the name opens the sentence; not "Smith and
 * Jones are", "the Rockies are", "parts of Abaco are", "does Rubenwardy have".
 */
function groupVerb(text: string, span: NerSpan): boolean {
  return /^ (?:are|were|have) (?!been\b)\p{Ll}/u.test(text.slice(span.end, span.end + 20)) && !/s$/.test(text.slice(span.start, span.end)) &&
    /(?:^|[.!?]["”’]?\s+|\n)(?:The )?$/.test(text.slice(Math.max(0, span.start - 8), span.start));
}
