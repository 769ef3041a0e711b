import { TITLES } from '../../lexicon/titles.js';
import { genderOfFirstName } from '../../lexicon/genders.js';
import { MOHAMMAD_SHORT } from '../../lexicon/names.js';
import { LOWER_START, UPPER_START } from './letters.js';

/** Lower-case words before a capitalised name. */
const LOWER_WORDS_BEFORE_NAME = /^(?:\p{Ll}+\s+)+(?=\p{Lu})/u;

/** Words of a role written before a person's name ("Emergencies Minister", "County Sheriff"). */
/** Words that are titles only inside an honorific of several words ("Tan Sri", "Datuk Seri", "Toh Puan"). */
const HONORIFIC_PARTS = new Set(['sri', 'seri', 'tan', 'puan', 'toh']);
export const ROLE_WORDS = new Set([
  // Not the inner words of honorifics that are also given names ("Sri" of "Tan Sri", "Sri Wahyuningsih").
  ...TITLES.flatMap((t) => t.split(/\s+/)).filter((w) => w !== '-' && !HONORIFIC_PARTS.has(w)),
  'sheriff', 'counsel', 'superintendent', 'commandant', 'whip', 'scientist', 'co-author', 'author', 'attorney', 'fellow', 'officer',
  'inspector', 'deputy', 'regional', 'assistant', 'associate', 'senior', 'former', 'acting', 'interim', 'vice',
  'researcher', 'analyst', 'lawyer', 'spokesperson', 'leader', 'minority', 'majority', 'state', 'county', 'police',
  'premier', 'candidate', 'nominee', 'executive', 'officer', 'correspondent', 'editor', 'reporter', 'professor',
  'broadcaster', 'journalist', 'protester', 'activist', 'student', 'economist', 'historian', 'expert', 'lead',
  'olympian', 'champion', 'medallist', 'medalist', 'owner', 'owners', 'co-owner', 'co-owners', 'founder', 'co-founder', 'founders', 'proprietor', 'showrunner',
]);
/** Letters after a name that are not part of it ("Kama Melly QC"). */
const POST_NOMINALS = /\s+(?:QC|KC|SC|MP|MEP|MSP|TD|MLA|PhD|OBE|MBE|CBE|KBE|Esq\.?)$/;

/**
 * The name of a person as a speaker: the entity's name without a role written before it or
 * an affiliation after it ("Emergencies Minister Yevgeny Zinichev" → "Yevgeny Zinichev",
 * "Mike Ryan of" → "Mike Ryan"), when the entity stage kept them in the name.
 */
export function personName(name: string): string {
  let out = personNames.get(name);
  if (out === undefined) {
    // Names repeat across calls and documents; the cache is bounded.
    if (personNames.size >= MAX_CACHED_NAMES) personNames.clear();
    personNames.set(name, (out = withoutRole(name)));
  }
  return out;
}

const personNames = new Map<string, string>();
const MAX_CACHED_NAMES = 20_000;

/** Given names that, second in a name of three words or more, are a father's name ("Hibo Ahmed Dirieh", "Abiy Ahmed Ali"). */
export const PATRONYMICS: ReadonlySet<string> = new Set(['ahmed', 'ahmad', 'mohamed', 'mohammed', 'muhammad', 'mohamud', 'mahamat', 'ali', 'hassan', 'hussein', 'omar', 'abdi', 'abdullahi', 'ibrahim', 'yusuf', 'osman', 'ismail', 'musa', 'farah', 'abdirahman', 'abdulkadir']);

/** "al-Shadadi", "bin", "Abu": a particle of an Arabic name. */
const ARABIC_PARTICLE = /^(?:al|el|bin|ibn|bint|abu|ould)(?:-|$)/i;

function withoutRole(name: string): string {
  // "Dean ‘Tank’ Holloway" is Dean Holloway.
  let words = name.replace(POST_NOMINALS, '').replace(LOWER_WORDS_BEFORE_NAME, '').replace(/\s["“‘'][^"“”‘’']{1,20}["”’']\s/, ' ').split(/\s+/);
  const of = words.findIndex((w, i) => i > 0 && /^(?:of|from|at)$/.test(w));
  if (of > 0) words = words.slice(0, of);
  let last = -1;
  for (let i = 0; i < words.length - 1; i++) if (ROLE_WORDS.has(words[i]!.toLowerCase().replace(/\.$/, ''))) last = i;
  if (last >= 0 && words.length - last - 1 >= 1) words = words.slice(last + 1);
  // "for Iran Brian Hook", "London Sadiq Khan": the name starts at a known given name.
  const given = words.findIndex((w, i) => i > 0 && i < words.length - 1 && genderOfFirstName(w) !== undefined);
  // Not "Naif Ahmed al-Shadadi", "Mabkhout Nasser bin Jaber": an Arabic name chains given names.
  const chained = words.some((w) => ARABIC_PARTICLE.test(w));
  // Not "Hibo Ahmed Dirieh": a father's name after one's own, as Somali and Arabic names run.
  const patronymic = given === 1 && words.length >= 3 && PATRONYMICS.has(words[1]!.toLowerCase());
  // Not "Md. Abdul Mannan Sarker": the written short form of Mohammad opens the name.
  if (given > 0 && !chained && !patronymic && !MOHAMMAD_SHORT.test(words[0]!) && (LOWER_START.test(words[0]!) || genderOfFirstName(words[0]!) === undefined)) words = words.slice(given);
  return words.join(' ');
}

/**
 * True when an entity typed otherwise reads as a role and a person's name ("Coast Guard
 * Commandant Admiral Elson Hermogino", "Deputy Emergency Situations Minister Alexander
 * Chupriyan"): a role word followed by at least two capitalised words.
 */
export function looksLikeTitledPerson(name: string): boolean {
  const words = name.split(/\s+/);
  let last = -1;
  for (let i = 0; i < words.length - 1; i++) if (TITLE_WORDS.has(words[i]!.toLowerCase().replace(/\.$/, ''))) last = i;
  return last >= 0 && words.length - last - 1 >= 2 && words.slice(last + 1).every((w) => UPPER_START.test(w));
}

/** Words of the titles list only (a stricter set than ROLE_WORDS). */
const TITLE_WORDS = new Set([
  ...TITLES.flatMap((t) => t.split(/\s+/)), 'sheriff', 'superintendent', 'commandant', 'whip', 'author', 'co-author',
  'researcher', 'scientist', 'analyst', 'lawyer', 'attorney', 'officer', 'broadcaster', 'journalist', 'correspondent',
  'editor', 'reporter', 'protester', 'activist', 'student', 'economist', 'historian', 'expert', 'inspector', 'fellow',
]);
// Words of titles that also open names of organisations ("National Basketball Association").
for (const w of ['state', 'of', 'national', 'security', 'supreme', 'crown', 'high', 'opposition', 'prime', 'general', 'united', 'chief', 'vice', 'under', 'deputy', 'police', 'army', 'head']) TITLE_WORDS.delete(w);


