import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Kb } from '../kb/types.js';

/**
 * Given names that tell a person's gender, for "he"/"she" when the knowledge base does not know
 * the person. Common names across the languages of international news; names used for both
 * genders are left out. The KB's people add their own first names (see `kbNames`).
 */
const MALE = `aaron abdul abdullah abraham adam adrian ahmad ahmed alan albert alejandro alex alexander alexei alfred ali
andre andrea_m andreas andrew andrei andrzej angelo anthony antoine antonio anwar arnold arthur ashraf ben benjamin bernard
bill bob boris brad brandon brian bruce carl carlos charles charlie chris christian christopher chuck colin craig dan
daniel danny david dennis dick dmitry donald doug douglas edward elon emmanuel eric erik ernesto evan fernando francis
francisco frank franz fred frederick gabriel gary george gerald gerhard giovanni giuseppe glenn gordon graham greg
gregory guillermo gustavo hans harold harry hassan hector henry howard hugo hussein ian ibrahim igor ivan jack jacob
jacques james jamie_m jan jason javier jean jeff jeffrey jeremy jerry jim jimmy joe joel johan john jon jonathan jorge
jose josef joseph josh joshua juan julian justin karl keith ken kenneth kevin khalid kim_m klaus kurt larry lars lee_m
leon leonardo louis luis luke malcolm marc marco marcus mario mark martin matt matthew max michael miguel mike mikhail
mohamed mohammad mohammed muhammad nathan neil nicholas nick nicolas nikolai noah oleg oliver omar oscar pablo patrick
paul pedro peter philip philippe pierre piotr rafael ralph ramon randy raul ray raymond ricardo richard rick robert roberto
roger ronald roy russell ryan salman sam samuel scott sean sergei sergey simon stefan stephen steve steven stuart sven
thomas tim timothy todd tom tommy tony victor vincent vladimir walter wayne william xavier yuri yusuf
zoltan ted greg dick chuck matt mike josh jim`;
const FEMALE = `abigail ada adriana agnes aisha alexandra alice alicia alison amanda amelia amy ana anastasia andrea angela
angelica angelina anita ann anna anne annie antonia barbara beatrice betty beverly brenda bridget carla carmen carol
caroline carolyn carrie catherine cecilia charlotte cheryl christina christine cindy claire clara claudia cynthia daniela
deborah debra denise diana diane donna doris dorothy edith elena elisabeth elizabeth ella ellen emily emma erica erin
esther eva evelyn fatima fiona frances gabriela gloria grace hannah heather heidi helen helena hillary ines irene iris
isabel isabella jacqueline jane janet janice jennifer jessica jill joan joanna josephine joyce judith judy julia julie
karen katarzyna katherine kathleen kathryn katie kelly kristen laura lauren linda lisa liz lucia lucy lynn madeleine
margaret maria marie marina marion marjorie martha mary maureen megan melanie melissa michelle monica nadia nancy natalia
natalie nicole nina olga pamela patricia paula pauline rachel rebecca rita rosa rose ruth sabrina sally samantha sandra
sara sarah sharon sheila shirley silvia sofia sonia sophia sophie stephanie susan suzanne svetlana sylvia tamara tanya
teresa theresa tina valentina valerie vanessa veronica victoria virginia yulia yvette yvonne zoe`;

const BUILT_IN: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...MALE.split(/\s+/).filter((w) => w && !w.includes('_')).map((w) => [w, 'male'] as const),
  ...FEMALE.split(/\s+/).filter(Boolean).map((w) => [w, 'female'] as const),
]);

const fromKb = new WeakMap<Kb, ReadonlyMap<string, 'male' | 'female' | 'both'>>();

/**
 * First name → gender: the built-in list plus the first names of the KB's people with a known
 * gender (a name held by both genders there is dropped). Computed once per KB.
 */
function kbNames(kb: Kb): ReadonlyMap<string, 'male' | 'female' | 'both'> {
  let names = fromKb.get(kb);
  if (!names) {
    const map = new Map<string, 'male' | 'female' | 'both'>();
    for (const entry of kb.entries()) {
      if (entry.type !== 'PERSON' || !entry.gender) continue;
      const first = entry.name.split(/\s+/)[0]!.toLowerCase();
      if (first.length < 3 || entry.name.split(/\s+/).length < 2) continue;
      const had = map.get(first);
      map.set(first, had && had !== entry.gender ? 'both' : entry.gender);
    }
    names = map;
    fromKb.set(kb, names);
  }
  return names;
}

/** Gender told by a person's first name, if the name is known to be used for one gender. */
export function genderOfFirstName(name: string, kb?: Kb): 'male' | 'female' | undefined {
  const first = name.toLowerCase();
  const known = kb ? kbNames(kb).get(first) : undefined;
  if (known === 'both') return undefined;
  return known ?? BUILT_IN.get(first);
}

/**
 * The gender a given name tells for "he"/"she": the names above, else the longer list of names
 * given to one gender (the names of babies in the US and of every faker locale). Not for telling
 * whether a word is a given name: the list holds words that are also place and common nouns.
 */
export function genderOfGivenName(name: string, kb?: Kb): 'male' | 'female' | undefined {
  const lower = name.toLowerCase();
  // "Siobhán" is listed as "siobhan".
  return genderOfFirstName(name, kb) ?? listed(lower) ?? listed(lower.normalize('NFD').replace(/\p{M}/gu, ''));
}

let shipped: ReadonlyMap<string, 'male' | 'female'> | undefined;

/** The gender of a name in data/lexicon/given-name-genders.txt.gz ("name m|f" a line; see scripts/build-names.ts), read once. */
function listed(name: string): 'male' | 'female' | undefined {
  shipped ??= new Map(
    gunzipSync(readFileSync(new URL('../../data/lexicon/given-name-genders.txt.gz', import.meta.url)))
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, -2), l.endsWith(' f') ? 'female' : 'male'] as const),
  );
  return shipped.get(name);
}
