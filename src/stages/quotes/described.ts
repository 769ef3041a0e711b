import type { Entity, EntityType } from '../../model/doc.js';
import { ORG_NOUNS } from './verbs.js';

/** Nouns for a kind of body that a description gives a name ("Hollow Choir, a ransomware group"). */
export const BODY_KINDS: ReadonlySet<string> = new Set([
  ...ORG_NOUNS,
  'gang', 'contractor', 'supplier', 'distributor', 'provider', 'developer', 'hospital', 'trust', 'outfit',
  'collective', 'forum', 'coalition', 'alliance', 'syndicate', 'cartel', 'consortium', 'watchdog', 'lobby',
  'tank', 'body', 'agency', 'foundation', 'campaign', 'nonprofit', 'ngo', 'brand', 'chain', 'business', 'promoter',
  'bookmaker', 'brokerage', 'account', 'page', 'channel', 'auditor', 'adviser', 'advisor', 'underwriter', 'exchange',
]);

/** Kinds of body that never describe a person ("operator", "council", "office" may: "a machine operator", "Solicitor for the council Brendan Foley"). */
const GATHERINGS: ReadonlySet<string> = new Set([
  'group', 'gang', 'company', 'firm', 'charity', 'union', 'organisation', 'organization', 'agency', 'collective', 'coalition',
  'alliance', 'syndicate', 'cartel', 'consortium', 'startup', 'nonprofit', 'foundation', 'association', 'federation',
  'party', 'movement', 'militia', 'club', 'band', 'outfit', 'chain', 'broadcaster', 'newspaper', 'website', 'watchdog',
]);

/** A body named and described: `noun` is the kind the description gives it, `at` where the description is. */
export interface BodyDescription {
  entity: Entity;
  noun: string;
  at: number;
}

/** "X, a (Melbourne) (security) firm" + what may follow the noun: the end of the phrase or a clause about it. */
const AFTER = /^,\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,4}?)(\p{Ll}+)(?=[,.;:)—–]|\s+(?:that|which|based|whose|founded|run|owned|backed|linked|known|set|formed|headquartered|representing|with|in|from|of|and|for|behind)\b)/u;
/** "a group known as X", "A criminal group calling itself X": the description right before the name. */
const BEFORE_NAMING = /\b(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,3}?)(\p{Ll}+)\s+(?:calling itself|calling themselves|known as|called|named|dubbed|going by)\s+$/iu;
/** How BEFORE_NAMING ends (a cheap test first: most names follow no such words). */
const NAMING_END = /(?:itself|themselves|as|called|named|dubbed|by)\s+$/i;
/** "the contractor X", "the threat intelligence firm X", "the German-Italian group X", "founder of collapsed exchange X": lower-case (or paired demonym) words and the noun right before the name. */
const BEFORE = /\b(?:[Tt]he|[Aa]n?|of(?!\s+(?:the|a|an)\s))\s+((?:(?:\p{Ll}[\p{Ll}-]*|\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+)\s+){0,3}?)(\p{Ll}+)\s+$|\b(?:[Ii]ts|[Tt]heir)\s+()(\p{Ll}+),\s+$/u;
/** Words that make the noun a modifier of someone, not the head ("a company director" ends in no body noun; "of" after "member"). */
const OF_NOUNS = new Set(['group', 'coalition', 'alliance', 'network', 'association', 'union', 'federation', 'consortium', 'collective', 'syndicate']);

/**
 * Bodies the article describes by kind where it names them, in text order: "Hollow Choir, a
 * ransomware group", "A ransomware gang known as Greyfin", "the contractor Carrow Facilities
 * Services". People are left out: "Dean Carmody, the union's secretary" describes no body.
 */
export function bodyDescriptions(text: string, entities: readonly Entity[], types: ReadonlyMap<Entity, EntityType>, personName: (name: string) => boolean): BodyDescription[] {
  const out: BodyDescription[] = [];
  for (const entity of entities) {
    const type = types.get(entity) ?? entity.type;
    // "the company Smith founded"; "Nhem Sophy, a sewing machine operator": only nouns no person goes by describe a name read as a person's.
    if (type === 'GPE' || type === 'NORP' || personName(entity.name)) continue;
    const kinds = type === 'PERSON' ? GATHERINGS : BODY_KINDS;
    for (const m of entity.mentions) {
      if (m.field) continue;
      const after = AFTER.exec(text.slice(m.end, m.end + 80));
      if (after && fits(kinds, after[1]!, after[2]!, text.slice(m.end + after[0].length, m.end + after[0].length + 40))) out.push({ entity, noun: after[2]!, at: m.end });
      const window = text.slice(Math.max(0, m.start - 70), m.start);
      const before = (NAMING_END.test(window.slice(-24)) ? BEFORE_NAMING.exec(window) : null) ?? BEFORE.exec(window);
      // "its auditor, Tanner Rhodes & Co,": the possessive's noun in apposition.
      const [modifiers, noun] = before?.[2] ? [before[1]!, before[2]] : [before?.[3] ?? '', before?.[4] ?? ''];
      if (before && fits(kinds, modifiers, noun, '')) out.push({ entity, noun, at: m.start - before[0].length });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

const FUNCTION_WORDS = new Set(['of', 'for', 'at', 'in', 'on', 'with', 'the', 'a', 'an', 'and', 'or', 'to', 'from', 'by', 'its', 'their', 'his', 'her']);

/** Plural nouns of members after "a group of" that make it a body ("a coalition of youth groups"). */
const MEMBERS = /^\s+of\s+(?:[\p{Ll}-]+\s+)?(?:groups|organi[sz]ations|companies|charities|unions|activists|campaigners|investors|businesses|firms|associations|clubs|parties|lawyers|doctors|nurses|scientists|residents|parents|families|workers|employers|retailers|producers|farmers|hackers|veterans|churches|councils|states|countries|nations)\b/u;

/** True when `noun` heads the description: a body's kind, not followed by "of" unless a gathering of members ("a coalition of youth groups"). */
function fits(kinds: ReadonlySet<string>, modifiers: string, noun: string, next: string): boolean {
  if (!kinds.has(noun)) return false;
  if (/^\s*of\b/.test(next) && !(OF_NOUNS.has(noun) && MEMBERS.test(next))) return false;
  // "a member of the group", "a spokesman for the firm" describe someone else; possessives name another owner.
  return !/['’]s?\s/.test(modifiers) && !modifiers.split(/\s+/).some((w) => FUNCTION_WORDS.has(w.toLowerCase()));
}

/** The body described last as `noun` before `offset` ("the group" after "Hollow Choir, a ransomware group"), if that is `within` characters before. */
export function describedBefore(descriptions: readonly BodyDescription[], noun: string, offset: number, within: number): Entity | undefined {
  for (let i = descriptions.length - 1; i >= 0; i--) {
    const d = descriptions[i]!;
    if (d.at < offset && sameKind(d.noun, noun)) return offset - d.at <= within ? d.entity : undefined;
  }
  return undefined;
}

/** Nouns a writer uses for one body in turn ("a ransomware gang" … "the group"; "a security firm" … "the company"). */
const KINDS: readonly ReadonlySet<string>[] = [
  new Set(['group', 'gang', 'outfit', 'collective', 'coalition', 'alliance', 'syndicate', 'cartel', 'movement', 'militia', 'network', 'organisation', 'organization', 'charity', 'lobby', 'forum', 'nonprofit', 'campaign']),
  new Set(['company', 'firm', 'business', 'startup', 'bookmaker', 'brokerage', 'maker', 'manufacturer', 'provider', 'developer', 'supplier', 'contractor', 'distributor', 'retailer', 'operator', 'carrier', 'airline', 'insurer', 'lender', 'chain', 'brand', 'publisher', 'studio', 'label', 'platform', 'processor', 'chipmaker', 'carmaker', 'automaker', 'utility']),
  new Set(['bank', 'lender']),
];

function sameKind(described: string, noun: string): boolean {
  return described === noun || KINDS.some((kind) => kind.has(described) && kind.has(noun));
}

/** The body described as `noun` first after `offset` and within `within` characters ("…, the charity said. The ship, run by the group SeaBridge Rescue, …"). */
export function describedAfter(descriptions: readonly BodyDescription[], noun: string, offset: number, within: number): Entity | undefined {
  const d = descriptions.find((x) => x.at > offset && sameKind(x.noun, noun));
  return d && d.at - offset <= within ? d.entity : undefined;
}
