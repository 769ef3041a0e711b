import { respelled } from '../../text/spelling.js';
import { initials } from '../../text/initials.js';
import type { Entity, EntityMention, EntityType, Role } from '../../model/doc.js';
import { rolesAt } from '../../kb/roles.js';
import type { Kb, KbEntry, KbRole } from '../../kb/types.js';
import type { Found } from './recognise.js';
import { DATE_WORDS, STORMS } from '../../lexicon/words.js';
import { isGivenName, NICKNAME as QUOTED_NICKNAME, PATRONYMIC_WORDS } from '../../lexicon/names.js';
import { genderOfFirstName } from '../../lexicon/genders.js';
import { COMPANY_OPENERS, COMPANY_WORDS, ONE_WORD_TITLES } from '../../lexicon/titles.js';
import { foreignName, spelledInitials } from './spelled.js';

/** A name found in the body or in the headline. */
export interface Placed extends Found {
  field?: 'title';
}

const TYPE_STRENGTH: Record<EntityType, number> = { PERSON: 3, ORG: 3, GPE: 3, LOC: 2, NORP: 2, OTHER: 1 };

/** A name's key: lower case, no leading "the", no company form at the end ("Quillon Software Inc." is "Quillon Software"). */
const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim().replace(/(?<=\S),? (?:inc|corp|ltd|llc|plc|co|ag|se|nv|gmbh)\.?$/, '');
/** The last word, lower-cased ("" after trailing space). */
function lastWord(s: string): string {
  let k = s.length;
  while (k > 0 && !/\s/.test(s[k - 1]!)) k--;
  return s.slice(k).toLowerCase();
}
/** The family name a person goes by alone, lower-cased: the last word, with the father's name before a Turkic patronymic word ("nurbek kyzy" of "Aizada Nurbek kyzy"). */
function familyKey(name: string): string {
  const last = lastWord(name);
  if (!PATRONYMIC.test(last)) return last;
  return lastWord(name.slice(0, name.length - last.length).trimEnd()) + ' ' + last;
}
const PATRONYMIC = new RegExp(`^${PATRONYMIC_WORDS}$`);

/** The second barrel of a double-barrelled family name, lower-cased ("clarke" of "Mahsa Ebrahimi-Clarke"); not a given name's syllable ("Park Min-seo"). */
function lastBarrel(name: string): string | undefined {
  return /[-‑](\p{Lu}[\p{L}'’]*)$/u.exec(name)?.[1]!.toLowerCase();
}
/** A person's one-word nicknames, written in quotation marks inside the name ("Jacinto “Mau-Kiak” Amaral"), lower case. */
function nicknames(g: Group): string[] {
  if (!isPersonGroup(g)) return [];
  return g.found.flatMap((f) => [...f.text.matchAll(NICKNAME_WORD)].map((m) => m[1]!.toLowerCase()));
}
const NICKNAME_WORD = /\s["“‘']([\p{Lu}][\p{L}'’-]*)["”’']\s/gu;
/** Last words that only companies' names end in. */
const COMPANY_ONLY = /^(?:inc\.?|ltd\.?|plc|llc|corp\.?|co\.|gmbh|holdings|publishing|publishers|studios|interactive|airlines|airways|motors|pharmaceuticals|therapeutics|developments|properties|investments|securities|brokerage|realty)$/;
/** Last words of hospital groups' names, after a name ("Riverbend Health System", "Sutter Health"). */
const HEALTH_BODY = /^\p{Lu}\S* (?:\p{Lu}\S* )?(?:Health(?: System| Services| Network| Partners)?|Healthcare|Health Care|Medical Group)$/u;
/** Last words of the names of parties and associations ("Bharat Rashtra Samithi", "Harbour Residents Association"; not a forum or a council, which may be an event or an order). */
const BODY_TAILS = /^(?:samithi|samiti|sena|morcha|kazhagam|party|association|federation|coalition|alliance|committee|commission|society|institute|foundation|trust|charity)$/;
/** "U.S." / "US" / "USA" written before the rest of a name ("U.S. Geological Survey"). */
const US_PREFIX = /^(?:u\.s\.a?\.?|usa?|united states(?: of america)?)\s+(?=\S)/;
/** A company's legal form written before its name (Indonesian "PT", Russian "PJSC", "OAO"). */
const FORM_BEFORE = /^(?:PT|CV|PJSC|OAO|OOO|ZAO|JSC|SC)\s+(?=\p{Lu})/u;
/** A name without a leading "U.S." ("U.S. Securities and Exchange Commission" → "Securities and Exchange Commission"). */
const withoutUs = (name: string) => name.replace(/^(?:U\.S\.A?\.?|USA?|United States(?: of America)?)\s+(?=\S)/, '');
/**
 * The acronyms a body's name may go by: its initials, without a leading "U.S." ("SEC" for "U.S.
 * Securities and Exchange Commission"), without a last "and …" added to the name later ("CDC"
 * for "Centers for Disease Control and Prevention"), with "US" for a leading "U.S." ("USGS" for "U.S.
 * Geological Survey"), a department's without "Department of" or with "DO" ("HHS", "DOJ"), a
 * company's without its legal form ("JPS" for "Jamaica Public Service Company").
 */
const acronymsOf = (name: string): string[] => {
  const rest = withoutUs(name);
  // "EC" for "Election Commission of India": without the country it serves.
  const out = [initials(name), initials(rest), initials(name.replace(/ and \p{Lu}\p{Ll}+$/u, '')), initials(name.replace(/ of \p{Lu}\p{Ll}+$/u, ''))];
  if (rest !== name) out.push(`US${initials(rest)}`);
  // "SBL" for "PT Sawit Borneo Lestari": without the company's legal form written before its name.
  const form = FORM_BEFORE.exec(name);
  if (form) out.push(initials(name.slice(form[0].length)));
  // "JPS" for "Jamaica Public Service Company": without the company word after its name.
  const company = / (?:Company|Corporation|Limited|Ltd\.?|Inc\.?|Plc|PLC)$/.exec(name);
  if (company) out.push(initials(name.slice(0, company.index)));
  // "DGAC" for "Direction générale de l’aviation civile": every word's letter but the small ones.
  if (foreignName(name)) out.push(spelledInitials(name));
  const department = /^Department of (?=\p{Lu})/u.exec(rest);
  if (department) out.push(initials(rest.slice(department[0].length)), `DO${initials(rest.slice(department[0].length))}`);
  return out;
};

interface Group {
  key: string;
  entry?: KbEntry;
  found: Placed[];
  /** The full name the text spells around a nickname when the model tagged only the given name. */
  named?: string;
}

/**
 * Groups names into entities: one per KB entry, demonyms apart from their country (NORP), a
 * surname or acronym joined to the one full name it can stand for, else one per spelling. `text`
 * is the document's text, where the names were found (read for "X, known as Y").
 */
export function resolveEntities(found: readonly Placed[], date: string | null, kb: Kb, text: string): Entity[] {
  const groups = new Map<string, Group>();
  const add = (key: string, f: Placed, entry?: KbEntry) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, entry, found: [] }));
    g.found.push(f);
    return g;
  };
  // "Progressive Labour Alliance (PLA)": an acronym the article defines for another name than its KB entry's is short here.
  let defined: ReadonlyMap<string, string> | undefined;
  // "Election Commission of India" … "the EC": an acronym of a name the article spells out is that name's, not its KB entry's ("European Commission").
  const spelled = (f: Placed) => found.some((g) => g.text.includes(' ') && g.entry?.id !== f.entry!.id && g.type === f.type && acronymsOf(g.text).includes(f.text) && !kb.lookup(withoutUs(g.text)).some((e) => e.id === f.entry!.id));
  const own = (f: Placed): Placed => (f.entry && !f.demonym && ACRONYM.test(f.text) && (redefines((defined ??= bracketedAcronyms(text)).get(f.text), f.entry) || spelled(f)) ? { ...f, entry: undefined } : f);
  // Full names first, so that surnames and acronyms can join them.
  const full = new Map<Placed, string>();
  const byStart = new Map(found.map((f) => [f.start, f]));
  for (const f of found) {
    const name = nicknamed(f, text) ?? sharedFamilyName(f, byStart, text);
    if (name) full.set(f, name);
  }
  const order = found.map((f) => (full.has(f) ? f : own(f))).sort((a, b) => Number(isShort(a) && !full.has(a)) - Number(isShort(b) && !full.has(b)));
  const moved = new Map<string, Group>();
  let index: Map<string, Group[]> | undefined;
  for (const f of order) {
    if (isDate(f)) continue;
    // Short names come last and never lengthen a group's name: index the full names once.
    if (!index && isShort(f) && !full.has(f)) {
      mergeRespelledNames(groups, moved);
      index = nameIndex(groups);
    }
    // A full name in the document beats the KB for a lone surname ("Bill Brown" … "Brown").
    const joined = index && !full.has(f) ? joinKey(f, index, kb) : undefined;
    if (joined) add(joined, f.rule === 'kb-surname' ? { ...f, entry: undefined } : f);
    else if (f.entry && f.demonym) add(`norp:${f.entry.id}`, f, f.entry);
    else if (f.entry) add(`kb:${f.entry.id}`, f, f.entry);
    else if (full.has(f)) add(`name:${norm(full.get(f)!)}`, f).named = full.get(f);
    else add(`name:${norm(f.text)}`, f);
  }

  if (!index) mergeRespelledNames(groups, moved);
  mergeNameTails(groups, moved);
  mergeKnownAs(groups, moved, text);
  mergeTitleMentions(groups, moved, text);
  mergeBracketed(groups, moved, text);
  mergeApposedAcronyms(groups, moved, text);
  mergeLegalForms(groups, moved);
  mergeShortBodyNames(groups, moved);
  mergeAmpersandInitials(groups, moved);
  mergeCompanyHeads(groups, moved, text);
  mergeUsVariants(groups, moved);
  nameSeatedBodies(groups, found, text);
  const list = [...groups.values()].sort((a, b) => firstOffset(a) - firstOffset(b));
  const idOf = new Map<Group, string>(list.map((g, i) => [g, `e${i + 1}`]));
  const idByKey = new Map<string, string>(list.map((g) => [g.key, idOf.get(g)!]));
  for (const [key, g] of moved) idByKey.set(key, idOf.get(g)!);
  return list.map((g) => toEntity(g, idOf.get(g)!, idByKey, date, kb));
}

/** Heads of bodies named with the place they sit in ("Chinese Embassy", "American Institute", "EU Delegation"). */
const SEATED = /(?:Embassy|Consulate(?: General)?|High Commission|Mission|Delegation|Institute|Chamber of Commerce)$/;

/**
 * "the Chinese Embassy in Manila said … the Chinese Embassy": a mission or body the article seats
 * in a place it names goes by its name with the place ("American Institute in Taiwan"); the
 * mentions stay as tagged.
 */
function nameSeatedBodies(groups: ReadonlyMap<string, Group>, found: readonly Placed[], text: string): void {
  let places: Map<number, Placed> | undefined;
  for (const g of groups.values()) {
    if (g.entry || g.named || typeOf(g) !== 'ORG' || !SEATED.test(bestName(g))) continue;
    places ??= new Map(found.filter((f) => f.type === 'GPE' || f.type === 'LOC').map((f) => [f.start, f]));
    const seat = g.found.map((f) => (text.startsWith(' in ', f.end) ? places!.get(f.end + 4) : undefined)).find(Boolean);
    if (!seat) continue;
    g.named = `${bestName(g)} in ${seat.text}`;
    nameCache.delete(g);
  }
}

/** A nickname in quotation marks and a family name after a given name ('Renato "Atoy" Villaflor'). */
const NICKNAME_AND_FAMILY = new RegExp(String.raw`^ ${QUOTED_NICKNAME} (\p{Lu}\p{Ll}[\p{L}'’-]*)`, 'u');

/**
 * 'Commodore Renato "Atoy" Villaflor' with only "Renato" tagged: the person is Renato Villaflor,
 * whom a later "Villaflor" joins; the mentions stay as tagged.
 */
function nicknamed(f: Placed, text: string): string | undefined {
  if (f.type !== 'PERSON' || f.entry || !/["“‘']/.test(text[f.end + 1] ?? '')) return undefined;
  const m = NICKNAME_AND_FAMILY.exec(text.slice(f.end, f.end + 50));
  return m ? `${f.text} ${m[1]}` : undefined;
}

/**
 * "Sarah and Tom Whitlow": a given name alone, "and", then a given name and a family name is the
 * first person of the family too (Sarah Whitlow), whom a later "Sarah" joins.
 */
function sharedFamilyName(f: Placed, byStart: ReadonlyMap<number, Placed>, text: string): string | undefined {
  if (f.type !== 'PERSON' || f.entry || f.text.includes(' ') || text.slice(f.end, f.end + 5) !== ' and ') return undefined;
  const next = byStart.get(f.end + 5);
  const words = next?.type === 'PERSON' && !next.entry ? next.text.split(' ') : [];
  return words.length === 2 && isGivenName(f.text.toLowerCase()) && isGivenName(words[0]!.toLowerCase()) && !isGivenName(words[1]!.toLowerCase()) ? `${f.text} ${words[1]}` : undefined;
}

/**
 * A date, never an entity: days, months and numbers only, with a number ("March 14"), or not
 * typed a person by the model (a lone "May" may be Theresa May).
 */
function isDate(f: Placed): boolean {
  if (f.entry) return false;
  const words = f.text.split(/\s+/);
  if (!words.every((w) => /^\d/.test(w) || DATE_WORDS.has(w.toLowerCase().replace(/[.,]$/g, '')))) return false;
  return words.some((w) => /^\d/.test(w)) || !(f.model && f.type === 'PERSON');
}

const ACRONYM = /^\p{Lu}{2,6}$/u;

/** Moves group `from` into `into` (its names retyped to `type` when given) and notes where its key went. */
function moveInto(groups: Map<string, Group>, moved: Map<string, Group>, from: Group, into: Group, type?: EntityType): void {
  into.found.push(...(type ? from.found.map((f): Placed => ({ ...f, type })) : from.found));
  groups.delete(from.key);
  moved.set(from.key, into);
}

/**
 * "BEUC, the European Consumer Organisation, said": an acronym (not in the KB) with a body's full
 * name in apposition right after it is that body, whatever language its letters come from. "Gavi,
 * the Vaccine Alliance," is one body too, under the one word it goes by, when the apposition is
 * written nowhere else.
 */
function mergeApposedAcronyms(groups: Map<string, Group>, moved: Map<string, Group>, text: string): void {
  if (!text.includes(', the ')) return;
  const startingAt = new Map<number, Group>();
  for (const g of groups.values()) for (const f of g.found) if (!f.field) startingAt.set(f.start, g);
  for (const g of [...groups.values()]) {
    const name = bestName(g);
    const word = !ACRONYM.test(name) && ONE_NAME_WORD.test(name) && typeOf(g) === 'ORG';
    if (g.entry || !groups.has(g.key) || !(ACRONYM.test(name) || word)) continue;
    for (const f of g.found) {
      if (f.field || text.slice(f.end, f.end + 6) !== ', the ') continue;
      const body = startingAt.get(f.end + 6);
      const end = body?.found.find((x) => x.start === f.end + 6)?.end ?? -1;
      if (!body || body === g || typeOf(body) !== 'ORG' || !bestName(body).includes(' ') || text[end] !== ',' || !groups.has(body.key)) continue;
      if (word) {
        if (body.entry || body.found.some((x) => x.start !== f.end + 6 && !x.field)) continue;
        g.named = name;
        moveInto(groups, moved, body, g);
        break;
      }
      moveInto(groups, moved, g, body, 'ORG');
      break;
    }
  }
}
/** One capitalised word ("Gavi"). */
const ONE_NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/** True when the acronym's letters are, in order, capitals of `before` ("PAGASA" in "Philippine Atmospheric, Geophysical and Astronomical Services Administration"). */
function lettersWritten(acronym: string, before: string): boolean {
  const capitals = before.replace(/[^\p{Lu}]/gu, '');
  let i = 0;
  for (const c of capitals) if (c === acronym[i]) i++;
  return i >= acronym.replace(/[^\p{Lu}]/gu, '').length;
}

/** Acronyms the text defines in brackets after a name ("Progressive Labour Alliance (PLA)"), with the words before each. */
function bracketedAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = text.indexOf(' ('); i >= 0; i = text.indexOf(' (', i + 2)) {
    const acronym = /^\((\p{Lu}{2,6})\)/u.exec(text.slice(i + 1, i + 10))?.[1];
    if (!acronym || out.has(acronym)) continue;
    const before = /[\p{L}'’ -]{3,80}$/u.exec(text.slice(Math.max(0, i - 80), i))?.[0];
    if (before) out.set(acronym, before);
  }
  return out;
}

/** True when the words before an acronym's brackets are not its KB entry's name and could be its long form. */
function redefines(before: string | undefined, entry: KbEntry): boolean {
  if (!before) return false;
  const names = [entry.name, ...entry.aliases];
  return !names.some((n) => before.endsWith(n)) && /\s\p{Lu}/u.test(` ${before}`);
}

function isShort(f: Placed): boolean {
  return (!f.entry || f.rule === 'kb-surname') && (!f.text.includes(' ') || PATRONYMIC_NAME.test(f.text));
}
/** A father's name and a patronymic word, which a person goes by alone ("Nurbek kyzy"). */
const PATRONYMIC_NAME = new RegExp(`^\\S+ ${PATRONYMIC_WORDS}$`);

/** Groups with a name of several words, by the words a short name could match: last word (and its last hyphen part), initials. */
function nameIndex(groups: ReadonlyMap<string, Group>): Map<string, Group[]> {
  const index = new Map<string, Group[]>();
  const add = (key: string, g: Group) => {
    const list = index.get(key);
    if (!list) index.set(key, [g]);
    else if (!list.includes(g)) list.push(g);
  };
  for (const g of groups.values()) {
    const name = bestName(g);
    if (!name.includes(' ')) continue;
    add(`w:${familyKey(name)}`, g);
    const barrel = lastBarrel(name);
    if (barrel) add(`w:${barrel}`, g);
    for (const nick of nicknames(g)) add(`w:${nick}`, g);
    for (const acronym of acronymsOf(name)) add(`i:${acronym}`, g);
    // "FAA" for a "Federal Aviation Administration" that the KB files under another name.
    if (!isPersonGroup(g)) for (const f of g.found) if (f.text !== name && f.text.includes(' ')) add(`i:${initials(f.text)}`, g);
    for (const w of name.toLowerCase().split(/\s+/).slice(0, -1)) add(`a:${w}`, g);
  }
  return index;
}

const isPersonGroup = (g: Group) => typeOf(g) === 'PERSON' || g.found.some((x) => x.type === 'PERSON');

/** The group a lone surname ("Witkoff") or acronym ("WFP") stands for, when exactly one fits. */
function joinKey(f: Placed, index: ReadonlyMap<string, Group[]>, kb: Kb): string | undefined {
  if (!isShort(f)) return undefined;
  const w = f.text.toLowerCase();
  // "Rheinfeld" after "FC Rheinfeld", "Castlemoor" after "Castlemoor Athletic": a club's short name.
  const clubs = new Set([...(index.get(`w:${w}`) ?? []), ...(index.get(`a:${w}`) ?? [])].filter((g) => isClubOf(bestName(g), f.text)));
  if (clubs.size === 1) return [...clubs][0]!.key;
  const candidates = new Set([...(index.get(`w:${w}`) ?? []), ...(index.get(`i:${f.text.replace(/\./g, '')}`) ?? [])]);
  const fits = [...candidates].filter((g) => {
    const name = bestName(g);
    if (!name.includes(' ')) return false;
    if (isPersonGroup(g) || (f.type === 'PERSON' && typeOf(g) === 'OTHER')) return familyKey(name) === w || lastBarrel(name) === w || (isPersonGroup(g) && nicknames(g).includes(w));
    const acronym = f.text.replace(/\./g, '');
    return f.text.length >= 2 && [name, ...g.found.map((x) => x.text)].some((n) => n.includes(' ') && acronymsOf(n).includes(acronym));
  });
  if (fits.length === 0 && (f.type === 'PERSON' || f.type === 'OTHER')) return innerNameKey(w, index) ?? respelledKey(w, index);
  // "Clarke" beside "Daniel Clarke" and "Mahsa Ebrahimi-Clarke": the whole family name before a part of one.
  const whole = fits.filter((g) => familyKey(bestName(g)) === w);
  if (fits.length > 1 && fits.every(isPersonGroup)) return (byHonorific(f, fits, kb) ?? (whole.length === 1 ? whole[0] : firstIntroduced(fits, f.start)))?.key;
  return fits.length === 1 ? fits[0]!.key : undefined;
}

/**
 * "Martin Kowal … his daughter Ellie Kowal … Miss Kowal said": of people who share a surname, the
 * one whose given name fits the honorific's gender, when only one does not contradict it.
 */
function byHonorific(f: Placed, people: readonly Group[], kb: Kb): Group | undefined {
  const honorific = HONORIFICS[f.role?.title.toLowerCase().replace(/\.$/, '') ?? ''];
  if (!honorific) return undefined;
  const fitting = people.filter((g) => genderOfFirstName(bestName(g).split(/\s+/)[0]!, kb) !== (honorific === 'male' ? 'female' : 'male'));
  return fitting.length === 1 ? fitting[0] : undefined;
}
const HONORIFICS: Readonly<Record<string, 'male' | 'female'>> = { mr: 'male', mrs: 'female', ms: 'female', miss: 'female', madam: 'female', mdm: 'female', madame: 'female', mme: 'female' };

/**
 * "Gloria Vanderbilt … her mother Gloria Morgan Vanderbilt … Vanderbilt said": a surname that
 * several people named in full share is the one introduced first (in the title, else earliest
 * in the text), as news writes the others in full; undefined when none is named before it.
 */
function firstIntroduced(people: readonly Group[], at: number): Group | undefined {
  const introduced = (g: Group) => (g.found.some((x) => x.field) ? -1 : firstOffset(g));
  const inTitle = people.filter((g) => introduced(g) === -1);
  if (inTitle.length > 1) return undefined;
  const first = [...people].sort((a, b) => introduced(a) - introduced(b))[0]!;
  return introduced(first) < at ? first : undefined;
}

/**
 * A surname spelled a second way ("Wasif" after "Sally Wasef", one letter apart): the one person
 * it fits. A given name is someone's first name ("William" is not a Williams).
 */
function respelledKey(w: string, index: ReadonlyMap<string, Group[]>): string | undefined {
  if (isGivenName(w)) return undefined;
  let found: Group | undefined;
  for (const [key, groups] of index) {
    if (!key.startsWith('w:') || !respelled(key.slice(2), w)) continue;
    for (const g of groups) {
      if (!isPersonGroup(g) || g === found) continue;
      if (found) return undefined;
      found = g;
    }
  }
  return found?.key;
}

/** A given or middle name alone ("Meerjady" after "Meerjady Sabrina Flora"): the one person whose name has it. */
/** Words that open or close a sports club's name around the place or word it is known by. */
const CLUB_PREFIX = /^(?:FC|SC|CD|EC|AC|AS|SV|VfB|VfL|IL|FK|SK|CF|UD|SD|RC|SS|US|AFC|BK|IF|KV|PSV|TSV|TSG|SpVgg|Real|Sporting|Atlético|Racing|Dynamo|Dinamo|Olympique|Stade)$/;
const CLUB_SUFFIX = /^(?:FC|SC|CF|AFC|United|Athletic|Rovers|Wanderers|Albion|Hotspur|Rangers|Celtic|Argyle|Orient|Thistle|Harriers|Athletico)$/;

/** True when `name` is a club's name made of `short` and one club word ("FC Rheinfeld", "Castlemoor Athletic"). */
function isClubOf(name: string, short: string): boolean {
  const words = name.split(' ');
  return isClubName(name) && (words[0] === short || words[1] === short);
}

/** A name of two words, one a club's prefix or suffix ("FC Rheinfeld", "Castlemoor Athletic"). */
function isClubName(name: string): boolean {
  const words = name.split(' ');
  return words.length === 2 && (CLUB_PREFIX.test(words[0]!) || CLUB_SUFFIX.test(words[1]!));
}

function innerNameKey(w: string, index: ReadonlyMap<string, Group[]>): string | undefined {
  const fits = (index.get(`a:${w}`) ?? []).filter(isPersonGroup);
  return fits.length === 1 ? fits[0]!.key : undefined;
}

/**
 * "La Riva" after "Gloria La Riva", "Luther King" after "Martin Luther King": a name of several
 * words, not in the KB, that ends exactly one longer person's name is that person (whatever type
 * its own mentions were given); a person's name that opens exactly one is too ("Farah Nadia"). Likewise an organisation's name that ends exactly one longer
 * organisation's ("Search and Rescue Agency" after "National Search and Rescue Agency"), and so
 * does a one-word organisation ending exactly one longer one ("the Mariners", "Geelong Mariners").
 */
function mergeNameTails(groups: Map<string, Group>, moved: Map<string, Group>): void {
  // "Van der Wiel" opening a sentence is a family name, not a full name of three words.
  // "Seán Mac Conmara" read once as a thing, then "Mac Conmara" as a person: a family name with a particle ends the person's name.
  const people = [...groups.values()].filter((g) => (typeOf(g) === 'PERSON' || (typeOf(g) === 'OTHER' && !g.entry)) && bestName(g).split(/\s+/).length >= 3 && !FAMILY_PARTICLE_START.test(bestName(g)));
  const bodies = [...groups.values()].filter((g) => typeOf(g) === 'ORG' && bestName(g).includes(' '));
  if (people.length === 0 && bodies.length === 0) return;
  for (const g of [...groups.values()]) {
    if (g.entry || people.includes(g)) continue;
    const name = bestName(g);
    const tail = ` ${name.toLowerCase()}`;
    const endsOne = (list: Group[]) => {
      const fits = list.filter((p) => p !== g && bestName(p).toLowerCase().endsWith(tail) && (typeOf(p) !== 'OTHER' || (typeOf(g) === 'PERSON' && FAMILY_PARTICLE_START.test(name))));
      return fits.length === 1 ? fits[0] : undefined;
    };
    // One word ends an organisation of two or more ("the Mariners" of "Geelong Mariners"), several words one of three or more.
    // "Mohamad Hafiz" after "Mohamad Hafiz Osman", "Farah Nadia" after "Farah Nadia Zulkifli": given names used alone.
    const opensOne = () => {
      const fits = people.filter((p) => p !== g && typeOf(p) === 'PERSON' && bestName(p).toLowerCase().startsWith(`${name.toLowerCase()} `));
      return fits.length === 1 && typeOf(g) === 'PERSON' ? fits[0] : undefined;
    };
    const person = name.includes(' ') ? endsOne(people) ?? opensOne() : undefined;
    const body = person || typeOf(g) !== 'ORG' ? undefined : endsOne(name.includes(' ') ? bodies.filter((b) => bestName(b).split(/\s+/).length >= 3) : bodies);
    const target = person ?? body;
    if (!target) continue;
    moveInto(groups, moved, g, target, person ? 'PERSON' : undefined);
  }
}

/** A capitalised particle opening a family name ("Van der Wiel", "De la Cruz", "Ter Haar", "Mac a’ Phearsain", "Mac Giolla Phádraig"). */
const FAMILY_PARTICLE_START = /^(?:Van|Von|De|Der|Den|Ter|Ten|Da|Dos|Du|Del|Della|Di|La|Le|(?:Mac|Nic) an?['’]?|Mac|Nic|Mhic|Ó|Ní|Uí)\s/;

/** Words between a person's name and the name they go by ("Thanakorn Chaiwattana, known as Pong,"). */
const KNOWN_AS = /^(?:,|\s\() (?:who is |which is |better |also |widely |popularly |locally )?(?:known as|known by (?:his|her|their) nickname|nicknamed|called|dubbed) (?:the )?["“‘']?$/;

/**
 * "Thanakorn Chaiwattana, known as Pong, … Pong said": a one-word name the article gives a person
 * as what they go by is that person; so is any name it gives a body ("The Ombudsman's Office,
 * known as the Defensoría del Pueblo,").
 */
function mergeKnownAs(groups: Map<string, Group>, moved: Map<string, Group>, text: string): void {
  if (!/ (?:known|nicknamed|called|dubbed) /.test(text)) return;
  const groupOf = new Map<Placed, Group>();
  for (const g of groups.values()) for (const f of g.found) groupOf.set(f, g);
  const placed = [...groupOf.keys()].filter((f) => !f.field).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < placed.length; i++) {
    const owner = groupOf.get(placed[i]!)!;
    const alias = groupOf.get(placed[i + 1]!)!;
    // "The Ombudsman's Office, known as the Defensoría del Pueblo,": a body goes by a name of several words too.
    const type = typeOf(owner);
    if (owner === alias || alias.entry || !groups.has(alias.key) || !groups.has(owner.key) || (type !== 'PERSON' && type !== 'ORG') || !bestName(owner).includes(' ')) continue;
    if ((type === 'PERSON' && placed[i + 1]!.text.includes(' ')) || !KNOWN_AS.test(text.slice(placed[i]!.end, placed[i + 1]!.start))) continue;
    moveInto(groups, moved, alias, owner, type);
  }
}

/**
 * "The Tánaiste, Gráinne Ní Shúilleabháin, has said": a title the model tagged as a person is a
 * mention of the person it introduces in apposition, who then holds that role; elsewhere
 * ("Tánaiste says …" in the headline) of the one person written with it so. The mentions stay
 * as tagged; a title also someone's surname ("Jane King … King said") joined that person already.
 */
function mergeTitleMentions(groups: Map<string, Group>, moved: Map<string, Group>, text: string): void {
  const titles = [...groups.values()].filter((g) => !g.entry && typeOf(g) === 'PERSON' && g.found.every((f) => !f.text.includes(' ')) && ONE_WORD_TITLES.has(g.found[0]!.text.toLowerCase()));
  if (!titles.length) return;
  const people = [...groups.values()].filter((g) => typeOf(g) === 'PERSON' && !titles.includes(g));
  for (const t of titles) {
    const holders = new Set<Group>();
    for (const f of t.found) {
      if (f.field) continue;
      const after = /^,\s+/.exec(text.slice(f.end, f.end + 3));
      const at = after ? f.end + after[0].length : -1;
      for (const g of people) {
        const named = g.found.find((x) => x.start === at && !x.field);
        if (!named) continue;
        holders.add(g);
        named.role ??= { title: f.text };
      }
    }
    if (holders.size !== 1) continue;
    const owner = [...holders][0]!;
    moveInto(groups, moved, t, owner);
  }
}

/**
 * "The Instituto para la Defensa de la Vida y el Territorio (Indevit)": a one-word name in
 * brackets right after an organisation's is what the article calls it from then on (acronyms
 * also join by their initials, see `joinKey`); so is a name of several words defined there, in
 * its own language or short ("the Icelandic Meteorological Office (Veðurstofa Íslands)",
 * "Singapore Exchange Regulation (SGX RegCo)"), read as a person's or not, unless a given name
 * opens it.
 */
function mergeBracketed(groups: Map<string, Group>, moved: Map<string, Group>, text: string): void {
  if (!text.includes(' (')) return;
  const groupOf = new Map<Placed, Group>();
  const endingAt = new Map<number, Placed>();
  for (const g of groups.values()) {
    for (const f of g.found) {
      groupOf.set(f, g);
      if (!f.field) endingAt.set(f.end, f);
    }
  }
  for (const [short, alias] of groupOf) {
    if (short.field || text[short.start - 1] !== '(' || text[short.end] !== ')') continue;
    const native = short.text.includes(' ');
    // Defined there: not written before its brackets (but in the headline).
    if (native && (isGivenName(short.text.slice(0, short.text.indexOf(' ')).toLowerCase()) || alias.found.some((f) => !f.field && f.start < short.start && f.start > text.indexOf('\n')))) continue;
    // "Directorate for Investigating Organised Crime and Terrorism (DIICOT)", "People's Voice Party
    // (HSP)": an acronym of the name in its own language, read as a body or a person.
    const acronym = /^[\p{Lu}\p{N}&.-]+$/u.test(short.text);
    // A body's acronym of the capitals written before it joins by its initials (see `joinKey`), past a name the model cut short.
    if (acronym && typeOf(alias) === 'ORG' && lettersWritten(short.text, text.slice(Math.max(0, short.start - 100), short.start))) continue;
    const name = endingAt.get(short.start - 2);
    const body = name && text[name.end] === ' ' ? groupOf.get(name)! : undefined;
    if (!body || body === alias || alias.entry || !groups.has(alias.key) || !groups.has(body.key) || typeOf(body) !== 'ORG' || (acronym || native ? typeOf(alias) !== 'PERSON' && typeOf(alias) !== 'ORG' && !(native && typeOf(alias) === 'OTHER') : typeOf(alias) !== 'ORG' && typeOf(alias) !== 'OTHER')) continue;
    moveInto(groups, moved, alias, body, 'ORG');
  }
}

/** A company's legal form written after its name ("Pte Ltd", "Sdn Bhd", "Co., Ltd.", "Inc."). */
const LEGAL_FORM = /^(?:(?:Pte|Pty|Co)\.?,? Ltd\.?|Sdn\.? Bhd\.?|Ltd\.?|Limited|Inc\.?|PLC|plc|LLC|LLP|Corp\.?|AG|SA|SE|NV|BV|GmbH|AB|ASA|SpA|S\.A\.|e?hf\.|Oy|Oyj|ApS)$/;

/** Words that only end a company's name ("Mining Company", "Corporation", "Pte Ltd"), after its short name. */
function companyTail(rest: string): boolean {
  return LEGAL_FORM.test(rest) || rest.split(' ').every((w) => COMPANY_WORDS.has(w.toLowerCase()) || /^(?:Corporation|Limited|Incorporated|S\.A\.?)$/.test(w));
}

/** "Serra Azul" of "Mineração Serra Azul SA": the name after a company's opening word (`afterOpener`, "Serra Azul SA"), maybe before its legal form. */
function namedAfterOpener(afterOpener: string | undefined, name: string): boolean {
  if (afterOpener === undefined || !afterOpener.startsWith(name)) return false;
  const rest = afterOpener.slice(name.length);
  return rest === '' || (rest[0] === ' ' && LEGAL_FORM.test(rest.slice(1)));
}

/** What "Tech" stands for in a university's short name ("Georgia Tech"). */
const TECH_UNIVERSITY = /^(?:Technological University|Institute of Technology|Technical University|University of Technology)$/;

/**
 * "Zentara Digital" after "Zentara Digital Pte Ltd", "Pampa Roja" beside "Pampa Roja Mining
 * Company": an organisation's name without its legal form or company words is the same company;
 * "Sierra Tech" is "Sierra Technological University".
 */
function mergeLegalForms(groups: Map<string, Group>, moved: Map<string, Group>): void {
  const formal = [...groups.values()].filter((g) => typeOf(g) === 'ORG' && g.found.some((f) => f.text.includes(' ')));
  if (formal.length === 0) return;
  const afterOpeners = formal.map((c) => {
    const opener = COMPANY_OPENERS.exec(bestName(c))?.[0];
    return opener ? bestName(c).slice(opener.length) : undefined;
  });
  for (const g of [...groups.values()]) {
    const name = bestName(g);
    if (g.entry) continue;
    // "Sierra Tech" after "Sierra Technological University": a university's short name.
    const tech = / Tech$/.test(name) ? name.slice(0, -5) : undefined;
    const fits = formal.filter((c, i) => c !== g && groups.has(c.key) && (bestName(c).startsWith(`${tech ?? name} `) ? (tech ? TECH_UNIVERSITY.test(bestName(c).slice(tech.length + 1)) : companyTail(bestName(c).slice(name.length + 1))) : typeOf(g) !== 'LOC' && namedAfterOpener(afterOpeners[i], name)));
    if (fits.length !== 1) continue;
    moveInto(groups, moved, g, fits[0]!);
  }
}

/**
 * "Civil Protection" after "Department of Civil Protection and Emergency Management": two or more
 * capitalised words that follow a public body's kind in its name, up to its end or an "and", are
 * its short name when one body has them; "Interior Ministry" is the "Ministry of (the) Interior",
 * "Foreign Ministry" the "Ministry of Foreign Affairs".
 */
function mergeShortBodyNames(groups: Map<string, Group>, moved: Map<string, Group>): void {
  // Each body's kind and field, read once.
  const bodies = [...groups.values()].flatMap((b) => {
    const m = typeOf(b) === 'ORG' ? BODY_OF.exec(bestName(b)) : null;
    return m ? [{ b, kind: m[1]!, field: m[2]! }] : [];
  });
  if (bodies.length === 0) return;
  for (const g of [...groups.values()]) {
    const name = bestName(g);
    if (g.entry || typeOf(g) !== 'ORG') continue;
    const kindLast = KIND_LAST.exec(name);
    if (!kindLast && !SHORT_BODY_NAME.test(name)) continue;
    const fits = bodies.filter(({ b, kind, field }) => {
      if (b === g || !groups.has(b.key)) return false;
      if (kindLast) return kind === kindLast[2] && (field === kindLast[1] || field === `${kindLast[1]} Affairs`);
      return field.startsWith(name) && (field.length === name.length || field.startsWith(' and ', name.length));
    });
    if (fits.length !== 1) continue;
    moveInto(groups, moved, g, fits[0]!.b);
  }
}
/**
 * "Daehan E&C" after "Daehan Engineering & Construction", "P&G" after "Procter & Gamble": capitals
 * around an ampersand stand for the words around the one in a longer name.
 */
function mergeAmpersandInitials(groups: Map<string, Group>, moved: Map<string, Group>): void {
  const long = [...groups.values()].filter((g) => typeOf(g) === 'ORG' && bestName(g).includes(' & '));
  if (long.length === 0) return;
  for (const g of [...groups.values()]) {
    const name = bestName(g);
    const m = /(?:^|\s)(\p{Lu}+&\p{Lu}+)$/u.exec(name);
    if (!m || g.entry || typeOf(g) === 'PERSON') continue;
    const prefix = name.slice(0, name.length - m[1]!.length);
    const fits = long.filter((b) => b !== g && groups.has(b.key) && bestName(b).startsWith(prefix) && ampersandInitials(bestName(b).slice(prefix.length)) === m[1]);
    if (fits.length !== 1) continue;
    moveInto(groups, moved, g, fits[0]!, 'ORG');
  }
}
/** "E&C" of "Engineering & Construction": each capitalised word's first letter, and the ampersand. */
const ampersandInitials = (words: string): string => words.split(' ').filter((w) => w === '&' || /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

/** A public body named by its kind and field ("Department of Civil Protection and Emergency Management"): the kind is group 1, the field group 2. */
const BODY_OF = /^(?:\p{Lu}\p{L}+ )?(Department|Ministry|Office|Agency|Directorate|Secretariat|Bureau|Authority|Commission) (?:of|for) (?:the )?(.+)$/u;
/** A ministry or department named with its field first ("Interior Ministry", "Foreign Ministry"): the field is group 1, the kind group 2. */
const KIND_LAST = /^(\p{Lu}\p{Ll}+) (Ministry|Department)$/u;
/** Two or more capitalised words ("Civil Protection", "Homeland Security"). */
const SHORT_BODY_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+$/u;

/** Words naming a musical ensemble ("… Philharmonic", "… Symphony Orchestra", "Philharmonie …"). */
const ENSEMBLE_WORDS = /\b(?:Philharmonic|Philharmonia|Philharmonie|Philharmoniker|Orchestra|Orchestre|Orchester|Orquesta|Symphony|Sinfonia|Sinfonietta|Choir|Chorus|Chorale|Ensemble|Quartet)\b/;
const COMPANY_TAILS = /^(?:therapeutics|pharmaceuticals|pharma|rail|railways|trains|buses|biosciences|biotech|semiconductor|semiconductors|systems|software|technologies|tech|labs|ai|media|networks|oncology|diagnostics|genomics|sciences|healthcare|holdings|group|capital|partners|securities|services|solutions|terminals|industries|communications|laboratories|developments|properties|investments|realty|brokerage|devices|electronics|airlines|motors|racing|motorsport|mining|energy|logistics|foods|alimentos|machinery|mineral|minerals|materials|chemicals|steel|cement|shipping|bank|inc\.?|ltd\.?|plc|llc|corp\.?|corporation|ag|sa)$/i;

/**
 * "Veltrane" after "Veltrane Therapeutics": a one-word organisation, not in the KB, that opens
 * exactly one organisation's name ending in a company word is that company; so is a name of
 * several words read as a person's ("Ridley Quinn" after "Ridley Quinn Resources").
 */
/** Last words of streets and estates, whose names businesses take ("Main Street" of "Main Street Diner"). */
const STREET_TAILS = /\s(?:Street|Road|Avenue|Court|Lane|Square|Park|Drive|Way|Place|Hill|Bridge|Row|Estate|Gardens|Close|Crescent|Terrace|Plaza|Boulevard)$/;

/** "Stahlberg sack …", "Stahlberg staff": a one-word name read as a place but never written after a preposition of place. */
const neverPlaced = (g: Group, text: string): boolean => g.found.every((f) => !/\b(?:in|at|near|outside|around|across|inside|within|(?:moved|moving|came|returned|travelled|traveled|back|drove|flew) to)\s+$/i.test(text.slice(Math.max(0, f.start - 16), f.start)));

/** A company's name without an Indonesian or Malaysian legal form before it ("PT Lembah Sera Mineral"). */
const unprefixed = (name: string): string => name.replace(/^(?:PT|Pt|CV|Tbk)\.?\s+/, '');

function mergeCompanyHeads(groups: Map<string, Group>, moved: Map<string, Group>, text: string): void {
  // "Baird Kessling & Stroud": a name joined by "&" is a firm's too.
  // "Brightmark Digital" is a company; "the Nova Digital" may be a product.
  // "Tallis Ridge Machinery" read as a place, "Serra Alta Alimentos" as a person: a company word ends a name of three words or more.
  const companies = [...groups.values()].filter((g) => (typeOf(g) === 'ORG' || typeOf(g) === 'OTHER' || (!g.entry && bestName(g).split(' ').length >= 3 && COMPANY_TAILS.test(lastWord(bestName(g))))) && (COMPANY_TAILS.test(lastWord(bestName(g))) || COMPANY_WORDS.has(lastWord(bestName(g))) || (typeOf(g) === 'ORG' && (bestName(g).includes(' & ') || HEALTH_BODY.test(bestName(g)) || lastWord(bestName(g)) === 'digital'))) && bestName(g).includes(' '));
  if (companies.length === 0) return;
  for (const g of [...groups.values()]) {
    const name = bestName(g);
    // "Ridley Quinn" after "Ridley Quinn Resources", even when read as a person's name; not "Dorsey" of a Ruth Dorsey.
    const surname = (w: string) => [...groups.values()].some((p) => p !== g && typeOf(p) === 'PERSON' && bestName(p).includes(' ') && lastWord(bestName(p)) === w.toLowerCase());
    // "Marsa Crest" read as a place before "Marsa Crest Developments": a name of two words or more.
    const type = typeOf(g);
    // "Celtic Horizon" before "Celtic Horizon Airways": an organisation's name one company word short.
    // "Baird Kessling" before "Baird Kessling & Stroud": the partners' names before the last.
    const head = type === 'ORG' ? !name.includes(' ') || companies.some((c) => c !== g && unprefixed(bestName(c)).startsWith(`${name} `) && /^(?:& )?\S+$/.test(unprefixed(bestName(c)).slice(name.length + 1))) : type === 'PERSON' ? name.includes(' ') || (!isGivenName(name.toLowerCase()) && !surname(name)) : (type === 'LOC' || type === 'OTHER') && (name.includes(' ') || (type === 'LOC' && neverPlaced(g, text))) && !STREET_TAILS.test(name);
    if (g.entry || !head) continue;
    const fits = companies.filter((c) => c !== g && unprefixed(bestName(c)).startsWith(`${name} `) && (name.includes(' ') || unprefixed(bestName(c)).split(/\s+/)[0] === name));
    if (fits.length !== 1) continue;
    moveInto(groups, moved, g, fits[0]!);
  }
}

/**
 * "Kristin Wilkins" after "Kristen Wilkins": a person's full name that the article spells a
 * second way, one word one letter apart (see `respelled`), joins the person named first; only when
 * exactly one earlier person fits, and never a KB person to another.
 */
function mergeRespelledNames(groups: Map<string, Group>, moved: Map<string, Group>): void {
  const people = [...groups.values()].filter((g) => isPersonGroup(g) && bestName(g).includes(' ')).sort((a, b) => firstOffset(a) - firstOffset(b));
  const words = new Map(people.map((g) => [g, bestName(g).toLowerCase().split(/\s+/)]));
  const sameButOne = (a: string[], b: string[]) => {
    const k = a.findIndex((w, i) => w !== b[i]);
    return a.length === b.length && k >= 0 && respelled(a[k]!, b[k]!) && a.every((w, i) => i === k || w === b[i]);
  };
  people.forEach((g, i) => {
    if (g.entry) return;
    const fits = people.slice(0, i).filter((p) => groups.has(p.key) && sameButOne(words.get(p)!, words.get(g)!));
    if (fits.length !== 1) return;
    moveInto(groups, moved, g, fits[0]!);
  });
}

/** A name with "U.S."/"US" spelt out ("united states geological survey"), else undefined. */
function usForm(text: string): string | undefined {
  const n = norm(text);
  return US_PREFIX.test(n) ? n.replace(US_PREFIX, 'united states ') : undefined;
}

/**
 * "U.S. Geological Survey" and "United States Geological Survey": one entity. A group not in
 * the KB joins the group (KB-linked first) with a mention of the same name spelt out.
 */
function mergeUsVariants(groups: Map<string, Group>, moved: Map<string, Group>): void {
  const byForm = new Map<string, Group>();
  const linkedFirst = [...groups.values()].sort((a, b) => Number(!a.entry) - Number(!b.entry));
  for (const g of linkedFirst) {
    const forms = [...new Set(g.found.map((f) => usForm(f.text)).filter((x): x is string => x !== undefined))];
    const target = g.entry ? undefined : forms.map((x) => byForm.get(x)).find((t) => t !== undefined && t !== g);
    if (target) {
      moveInto(groups, moved, g, target);
      continue;
    }
    for (const x of forms) if (!byForm.has(x)) byForm.set(x, g);
  }
}

function firstOffset(g: Group): number {
  const body = g.found.filter((f) => !f.field);
  return body.length ? Math.min(...body.map((f) => f.start)) : Number.MAX_SAFE_INTEGER;
}

/** A group's type and name, kept until the group gains names (groups only ever grow). */
const typeCache = new WeakMap<Group, { size: number; value: EntityType }>();
const nameCache = new WeakMap<Group, { size: number; value: string }>();

function kept<T>(cache: WeakMap<Group, { size: number; value: T }>, g: Group, compute: (g: Group) => T): T {
  const cached = cache.get(g);
  if (cached?.size === g.found.length) return cached.value;
  const value = compute(g);
  cache.set(g, { size: g.found.length, value });
  return value;
}

const bestName = (g: Group): string => kept(nameCache, g, groupName);
const typeOf = (g: Group): EntityType => kept(typeCache, g, groupType);

function groupName(g: Group): string {
  if (g.named) return g.named;
  const curated = g.entry && !g.key.startsWith('norp:');
  if (curated && !g.entry!.id.startsWith('petr:')) return g.entry!.name;
  // "Dean ‘Tank’ Holloway" is Dean Holloway.
  const longest = g.found.reduce((best, f) => (f.text.length > best.length ? f.text : best), '').replace(NICKNAME, ' ');
  return curated && !partOfName(g.entry!, longest) ? g.entry!.name : longest;
}

/** A nickname in quotation marks inside a person's name. */
const NICKNAME = /\s["“‘'][^"“”‘’']{1,20}["”’']\s/;

/**
 * True when the article's name for a PETRARCH entry (the caller checks) is a body of its own that the dictionary files
 * under another ("Federal Aviation Administration" under the Department of Transportation, for
 * its actor code): no word of it is in the entry's name.
 */
function partOfName(entry: KbEntry, written: string): boolean {
  if (!/\s/.test(written)) return false;
  const own = entry.name.toLowerCase().split(/\s+/);
  const words = written.toLowerCase().split(/\s+/);
  // "National Transportation Safety Board" under "United States Department of Transportation": another head word.
  return words.every((w) => !own.includes(w) || NAME_JOINERS.has(w)) || (own.length > 1 && headWord(words) !== headWord(own));
}
/** The word a body's name is built on: the last before "of"/"for" ("Department of State"), else the last. */
function headWord(words: readonly string[]): string {
  const i = words.findIndex((w) => w === 'of' || w === 'for');
  return words[(i > 0 ? i : words.length) - 1]!;
}
const NAME_JOINERS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'al']);

/**
 * The entity's type. With the model: the most frequent type of its mentions the model tagged, ties to the KB
 * entry's type, then to the stronger type; a KB country or city named as a place is a GPE.
 * Without it: the KB entry's type, else the strongest type of its mentions.
 */
function groupType(g: Group): EntityType {
  if (g.key.startsWith('norp:')) return 'NORP';
  if (!g.found.some((f) => f.model)) {
    // Rules and KB only: the KB's type, else the strongest type found.
    if (g.entry) return g.entry.type;
    let best: EntityType = 'OTHER';
    for (const f of g.found) if (TYPE_STRENGTH[f.type] > TYPE_STRENGTH[best]) best = f.type;
    return best;
  }
  // The model's types only: the headline and KB names found by rules alone do not vote.
  const counts = new Map<EntityType, number>();
  for (const f of g.found) if (f.model) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  let best: EntityType | undefined = undefined;
  let bestCount = 0;
  for (const [type, n] of counts) {
    const better = n > bestCount ||
      (n === bestCount && best !== undefined && best !== g.entry?.type && (type === g.entry?.type || TYPE_STRENGTH[type] > TYPE_STRENGTH[best]));
    if (better) [best, bestCount] = [type, n];
  }
  if (!best) return g.entry?.type ?? 'OTHER';
  if (g.entry?.type === 'GPE' && best === 'LOC') return 'GPE';
  // "Celeste Marrow" once, then "Marrow" three times read as a body: the person's full name decides.
  // "Rosa María Cuenca", then "Cuenca" read as the city: two given names and a surname, too; and
  // "Onkemetse Dikgang" introduced first, then "Dikgang" alone read as a place: a person named in full, then by surname.
  const first = g.found.reduce((x, f) => (f.field || (x && x.start <= f.start) ? x : f), undefined as Placed | undefined);
  const introduced = (f: Placed) => f === first && g.found.every((x) => x === f || x.text === f.text.split(' ').pop());
  if (best !== 'PERSON' && !g.entry && g.found.some((f) => f.model && f.type === 'PERSON' && /^\S+ \S+(?: \S+)?$/.test(f.text) && (f.text.split(' ').slice(0, -1).every((w) => isGivenName(w.toLowerCase())) || introduced(f))) && g.found.every((f) => !f.text.includes(' ') || f.type === 'PERSON')) return 'PERSON';
  // "Hurricane Marisol" once, then "Marisol" read as a person or a body: a storm.
  if (!g.entry && STORMS.has(bestName(g).split(' ')[0]!.toLowerCase())) return 'OTHER';
  // "FC Rheinfeld", "Castlemoor Athletic" with their short names read as people's: a club.
  if (best === 'PERSON' && isClubName(bestName(g))) return 'ORG';
  // "Dorsey Whitlock Inc." and its short name "Dorsey Whitlock", which the model reads as a person's.
  // "Tamarugal" read as a place, with "Tamarugal Copper Corporation" once.
  // "Hudson Philharmonic", "Baltische Philharmonie Rostock" read as people or places: an orchestra or a choir.
  if ((best === 'PERSON' || best === 'LOC') && g.found.some((f) => f.text.includes(' ') && (COMPANY_WORDS.has(lastWord(f.text)) || COMPANY_TAILS.test(lastWord(f.text)) || ENSEMBLE_WORDS.test(f.text)))) return 'ORG';
  // "Corvid Publishing", read as a work's name: a word only companies end in makes it one (not "Google Analytics").
  if (best === 'OTHER' && g.found.some((f) => f.text.includes(' ') && (COMPANY_ONLY.test(lastWord(f.text)) || BODY_TAILS.test(lastWord(f.text))))) return 'ORG';
  // "Peloton de Gendarmerie de Haute Montagne" and its "PGHM", the acronym read as a thing: a body.
  if (best === 'OTHER' && g.found.some((f) => ACRONYM.test(f.text)) && g.found.some((f) => foreignName(f.text))) return 'ORG';
  // "Riverbend Health System", "Riverbend Health" read as a place or a person: a hospital group.
  if ((best === 'LOC' || best === 'PERSON') && g.found.some((f) => HEALTH_BODY.test(f.text))) return 'ORG';
  return best;
}

function toEntity(
  g: Group,
  id: string,
  idByKey: ReadonlyMap<string, string>,
  date: string | null,
  kb: Kb,
): Entity {
  const name = bestName(g);
  const mentions: EntityMention[] = g.found
    .map((f) => (f.field ? { start: f.start, end: f.end, text: f.text, field: f.field } : { start: f.start, end: f.end, text: f.text }))
    .sort((a, b) => Number(Boolean(a.field)) - Number(Boolean(b.field)) || a.start - b.start);
  const spellings = new Set<string>();
  for (const m of mentions) if (m.text !== name) spellings.add(m.text);
  if (g.entry && !g.key.startsWith('norp:')) for (const a of g.entry.aliases) if (a !== name) spellings.add(a);
  const entity: Entity = { id, name, type: typeOf(g), aliases: [...spellings], roles: rolesOf(g, idByKey, date, kb), mentions };
  if (g.entry) entity.kb = g.entry.id;
  const code = g.entry && (g.entry.type === 'PERSON' ? heldRoles(g.entry, date).find((r) => r.code)?.code : g.entry.code);
  if (code) entity.code = code;
  return entity;
}

/** Roles stated in the text; where the text gives no affiliation, the KB's role of that title at the date. */
function rolesOf(
  g: Group,
  idByKey: ReadonlyMap<string, string>,
  date: string | null,
  kb: Kb,
): Role[] {
  const roles: Role[] = [];
  const seen = new Set<string>();
  for (const f of g.found) {
    if (!f.role) continue;
    const a = f.role.affiliation;
    let affiliation: Role['affiliation'] | undefined;
    if (a?.entry) {
      const entityId = idByKey.get(`kb:${a.entry.id}`);
      affiliation = { name: a.entry.name, ...(entityId ? { entity: entityId } : {}) };
    } else if (a) {
      const entityId = idByKey.get(`name:${norm(a.text)}`);
      affiliation = { name: a.text, ...(entityId ? { entity: entityId } : {}) };
    } else if (g.entry) {
      const title = f.role.title.toLowerCase();
      // The office the title names: the one held at the date, else the latest of that title.
      const fits = (r: KbRole) => r.title.toLowerCase().includes(title) || title.includes(r.title.toLowerCase());
      const held = heldRoles(g.entry, date).find(fits) ?? g.entry.roles.filter(fits).at(-1);
      const entityId = held && idByKey.get(`kb:${held.affiliation}`);
      if (held) affiliation = { name: kb.get(held.affiliation)?.name ?? held.affiliation, ...(entityId ? { entity: entityId } : {}) };
    }
    const role: Role = { title: f.role.title, affiliation: affiliation ?? { name: '' } };
    const key = `${role.title.toLowerCase()}|${role.affiliation.name}`;
    if (!seen.has(key)) {
      seen.add(key);
      roles.push(role);
    }
  }
  return roles;
}

/** Roles of an entry holding on a day (ISO date; without a date, roles without an end). */
export function heldRoles(entry: KbEntry, date: string | null): KbRole[] {
  return date ? rolesAt(entry, date.slice(0, 10)) : entry.roles.filter((r) => !r.end);
}
