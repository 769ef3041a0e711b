/**
 * Organisation names the model cuts in two: it often closes "Andy Warhol Foundation" before "for
 * the Visual Arts" and types the rest as another name, reads "Avon and Somerset Police" as a
 * place and a force, tags only "Office" in "the Hollis County Sheriff's Office", and cuts
 * "Shivneri Bank Depositors' Association" at the plural possessive and "José Aparecido dos Santos"
 * at the particle.
 */
import type { NerSpan } from './model.js';
import { isGivenName, MOHAMMAD_SHORT, MOHAMMAD_SHORT_FORMS, NICKNAME, NICKNAME_OPEN, PATRONYMIC_WORDS } from '../../../lexicon/names.js';
import { TITLE_RANKS, TITLES_BY_FIRST_WORD } from '../../../lexicon/titles.js';
import { DATE_WORDS } from '../../../lexicon/words.js';
import { initials } from '../../../text/initials.js';
import { DEMONYMS, OTHER_HEADS, ORG_SUFFIXES, PLACE_SUFFIXES } from './lexicon.js';
import { ESTATE_HEADS } from './venues.js';

/** Words that end an organisation's or a place's name. */
const HEAD_WORDS = new Set([...ORG_SUFFIXES, ...PLACE_SUFFIXES]);

const FOR_THE = /^ for (?:the )?$/;

/** Particles between the parts of one person's name. */
const NAME_PARTICLES = /^ (?:(?:da|de|do|dos|das|del|della|di|du|van|von|zu|der|den|ter|['’]t|bin|binti|bint|anak|ibn|al|el|la|le|við|í|á|oglu|oğlu|qizi|qızı|kyzy|uulu) )+$/;

/** Plural nouns of people that open a name with a possessive ("Depositors' Association", "Teachers' Union"), not a name's own plural ("United Nations'"). */
const PEOPLE_PLURAL = /^(?:\p{Lu}\p{Ll}+(?:ers|ors|ants|ents|ists|ians|ans|ses|ees|ves|zens)|Women|Men|People|Children)$/u;

/** Heads of an office named after its holder ("Sheriff's Office", "Attorney General's Department"). */
const OFFICE_HEADS = /^(?:Office|Department|Bureau)$/;
/** Up to five capitalised words or dotted initials ("U.S."; not an article, not across a sentence's end) and a possessive, right before an office head. */
const HOLDER_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])((?!(?:The|A|An)\s)(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}[\p{L}-]*)(?:\s+(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}[\p{L}-]*)){0,4})['’]s\s+$/u;

/** A head that names what the following name is of, after a lower-case word ("the Cathedral of St Oswin", "the University of Leeds"). */
const HEAD_OF_BEFORE = /(?:^|[\s(][\p{Ll}\d,;:()"“”'‘’-]*\s)((?:Cathedral|Church|Basilica|Abbey|Priory|Chapel|Mosque|Temple|Synagogue|Museum|University|College|Institute|Hospital|Academy|Ministry|Department|Embassy|Diocese|Archdiocese|Parish) of )$/u;

/** A campaign's verb written before its name ("Save Victoria Park Alliance", "Stop the Tunnel Coalition"). */
const CAMPAIGN_VERB_BEFORE = /(?:Save|Stop|Protect|Defend|Keep) $/;

/** "of" in French, Spanish and Italian names of bodies ("… de la Gironde", "… del Ebro", "… di Milano"). */
const ROMANCE_OF = /^ (?:de la|de l['’]|du|des|de|del|de los|de las|della|dello|degli|di|do|da|dos|das) ?$/;

/** A ministry or a minister named for what it looks after ("Ministry of Fisheries", "Minister for Health"). */
const PORTFOLIO_HEAD = /^(?:the )?(?:Ministry|Minister|Department|Secretary) (?:of|for) \p{Lu}/u;
/** "and" or "and the" between two portfolios. */
const PORTFOLIO_AND = /^ and (?:the )?$/;

/** A preposition before a name: "in London and Thames Valley Police" names a place, then a force. */
/** Heads of an inquiry's name that "into" and its subject may follow ("Royal Commission into …"). */
const INQUIRY_HEADS = /^(?:Commission|Inquiry|Enquiry)$/;
/** " into" and a capitalised subject, with small words inside ("into Aged Care Quality and Safety"). */
const INTO_NAME = /^ into (?:the )?\p{Lu}[\p{L}'’-]*(?: (?:(?:and|of|the|in|for|&) )?\p{Lu}[\p{L}'’-]*)*/u;
/** An international body's post abroad, as the model tags it ("EU Office", "OSCE Mission", "UN Delegation"). */
const POSTED_BODY = /^\p{Lu}{2,5} (?:Office|Delegation|Mission|Representation)$/u;
const PREPOSITION_BEFORE = /\b(?:in|at|from|to|for|near|across|between|with|by|on)\s+$/i;

/**
 * The spans with each "ORG for (the) NAME" pair joined into one organisation, and each "WORD and
 * NAME ORG-WORD" ("Avon and Somerset Police", which the model reads as a place and a force).
 */
/** `kept` stretched over `other` (the two next to each other), with the lower confidence of the two. */
const through = (kept: NerSpan, other: NerSpan): NerSpan => ({ ...kept, start: Math.min(kept.start, other.start), end: Math.max(kept.end, other.end), confidence: Math.min(kept.confidence, other.confidence) });

export function joinOrganisationTails(text: string, spans: NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const span of spans) {
    const previous = out[out.length - 1];
    // Already inside a name extended below ("Employers' Forum").
    if (previous && span.start < previous.end) continue;
    // Not a number ("Al Rimal Cement Co. for 4.1 billion riyals").
    if (previous && previous.type === 'ORG' && span.type !== 'PERSON' && FOR_THE.test(text.slice(previous.end, span.start)) && ORG_SUFFIXES.has(lastWord(text, previous).toLowerCase()) && /^\p{Lu}/u.test(text[span.start]!)) {
      out[out.length - 1] = through(previous, span);
      continue;
    }
    // "Songwriters and Composers Rights Society": a plural of people read as a people goes too.
    if (previous && previous.type !== 'ORG' && (previous.type !== 'NORP' || PEOPLE_PLURAL.test(text.slice(previous.start, previous.end))) && span.type === 'ORG' && text.slice(previous.end, span.start) === ' and ' && !/\s/.test(text.slice(previous.start, previous.end)) &&
      words(text, span).length <= 3 && ORG_SUFFIXES.has(lastWord(text, span).toLowerCase()) && !PREPOSITION_BEFORE.test(text.slice(Math.max(0, previous.start - 12), previous.start))) {
      out[out.length - 1] = through(span, previous);
      continue;
    }
    // "National Air and Space Museum": a first part with no head word, "and", a name with one.
    // "Aged Care Quality" (read as a thing) + "and" + "Safety Commission".
    if (previous && (previous.type === 'ORG' || previous.type === 'LOC' || previous.type === 'OTHER') && (span.type === 'ORG' || span.type === 'LOC') && text.slice(previous.end, span.start) === ' and ' &&
      (words(text, previous).length === 2 || (words(text, previous).length === 3 && previous.type !== 'LOC')) && words(text, span).length <= 3 && !words(text, previous).some((w) => HEAD_WORDS.has(w.toLowerCase())) && HEAD_WORDS.has(lastWord(text, span).toLowerCase()) &&
      !PREPOSITION_BEFORE.test(text.slice(Math.max(0, previous.start - 12), previous.start))) {
      out[out.length - 1] = through(span, previous);
      continue;
    }
    // "Ministry of Fisheries" + "and the" + "Blue Economy": a ministry of two portfolios, the second with no head word of its own.
    if (previous && previous.type === 'ORG' && span.type !== 'PERSON' && span.type !== 'GPE' && PORTFOLIO_AND.test(text.slice(previous.end, span.start)) && PORTFOLIO_HEAD.test(text.slice(previous.start, previous.end)) &&
      words(text, span).length <= 3 && !words(text, span).some((w) => HEAD_WORDS.has(w.toLowerCase()))) {
      out[out.length - 1] = through(previous, span);
      continue;
    }
    // "Central Bank of the Republic" + "Turkey": a body named after a state's official form, then the state.
    if (previous && previous.type === 'ORG' && (span.type === 'GPE' || span.type === 'LOC') && text.slice(previous.end, span.start) === ' of ' && /^(?:Republic|Kingdom|Federation|Principality|Sultanate|Emirate)$/.test(lastWord(text, previous))) {
      out[out.length - 1] = through(previous, span);
      continue;
    }
    // "EU Office" + "in" + "Kosovo", "OSCE Mission" + "to" + "Serbia": an international body's post named with where it serves.
    if (previous && (previous.type === 'ORG' || previous.type === 'OTHER') && (span.type === 'GPE' || span.type === 'LOC') && / (?:in|to) $/.test(text.slice(previous.end, span.start)) && span.start - previous.end === 4 && POSTED_BODY.test(text.slice(previous.start, previous.end))) {
      out[out.length - 1] = { ...through(previous, span), type: 'ORG' };
      continue;
    }
    // "Brisbane" + "2032" + "Organising Committee": a games' place and year open its organisers' name.
    if (previous && (previous.type === 'GPE' || previous.type === 'LOC') && span.type === 'ORG' && /^ (?:19|20)\d\d $/.test(text.slice(previous.end, span.start))) {
      out[out.length - 1] = through(span, previous);
      continue;
    }
    // "Save" + "Victoria Park Alliance": a campaign's verb opens its name.
    const campaign = span.type === 'ORG' ? CAMPAIGN_VERB_BEFORE.exec(text.slice(Math.max(0, span.start - 8), span.start)) : null;
    if (campaign) span.start -= campaign[0].length;
    // "Chambre d'agriculture" + "Gironde": a Romance body's name goes on with "de la" and the place it serves.
    if (previous && previous.type === 'ORG' && (span.type === 'GPE' || span.type === 'LOC') && ROMANCE_OF.test(text.slice(previous.end, span.start))) {
      out[out.length - 1] = through(previous, span);
      continue;
    }
    // "Ernesto “El Tano” Pizarro" tagged "Ernesto “El Tano" and "Pizarro": a given name, a nickname and a family name.
    if (previous && previous.type === 'PERSON' && span.start - previous.end <= 2 && NICKNAMED.test(text.slice(previous.start, span.end))) {
      out[out.length - 1] = through(previous, span);
      continue;
    }
    // "José Aparecido dos Santos", "Rafael van der Vaart": a lower-case particle inside one person's name.
    if (previous && previous.type === 'PERSON' && span.type === 'PERSON' && NAME_PARTICLES.test(text.slice(previous.end, span.start))) {
      out[out.length - 1] = through(previous, span);
      continue;
    }
    // "Pieter-Jan ter Laak", "Filipa Morais do Carmo" with "Laak", "Carmo" read as a body or a place: a particle after a given name opens a family name of one word.
    if (previous && previous.type === 'PERSON' && span.type !== 'PERSON' && words(text, span).length === 1 && FAMILY_PARTICLES.test(text.slice(previous.end, span.start))) {
      out[out.length - 1] = through(previous, span);
      continue;
    }
    // "Oriol Bertran i Soler", "José Ortega y Gasset": Catalan and Spanish join two family names with "i" or "y".
    if (previous && previous.type === 'PERSON' && span.type === 'PERSON' && / [iy] $/.test(text.slice(previous.end, span.start)) && span.start - previous.end === 3 && words(text, previous).length >= 2 && words(text, span).length === 1) {
      out[out.length - 1] = through(previous, span);
      continue;
    }
    // "Harcourt" + "Students' Union": a name and a name opening with a plural possessive.
    if (previous && previous.type !== 'PERSON' && span.type !== 'PERSON' && text.slice(previous.end, span.start) === ' ' && PLURAL_OWNER_START.test(text.slice(span.start, span.end))) {
      out[out.length - 1] = { ...through(previous, span), type: 'ORG' };
      continue;
    }
    // "Shivneri Bank Depositors' Association", "Food and Allied Workers' Union" (the head read as a place): a plural possessive inside one name.
    // "Mineworkers’ Solidarity Union": the plural may be read as a thing.
    if (previous && previous.type !== 'PERSON' && previous.type !== 'GPE' && (span.type === 'ORG' || span.type === 'LOC') && possessiveAfter(text.slice(previous.end, span.start), lastWord(text, previous)) && (previous.type === 'ORG' || POSSESSIVE_HEADS.has(lastWord(text, span).toLowerCase()))) {
      out[out.length - 1] = { ...through(previous, span), type: 'ORG' };
      continue;
    }
    if (span.type === 'ORG' && OFFICE_HEADS.test(text.slice(span.start, span.end))) {
      const holder = HOLDER_BEFORE.exec(text.slice(Math.max(0, span.start - 80), span.start));
      if (holder) {
        const start = span.start - holder[0].length + holder[0].indexOf(holder[1]!);
        while (out.length && out[out.length - 1]!.start >= start) out.pop();
        if (!out.length || out[out.length - 1]!.end <= start) {
          out.push({ ...span, start });
          continue;
        }
      }
    }
    // "Royal Commission" + "into Aged Care Quality and Safety": an inquiry named with what it looks into.
    const into = span.type === 'ORG' && INQUIRY_HEADS.test(lastWord(text, span)) ? INTO_NAME.exec(text.slice(span.end, span.end + 120)) : null;
    if (into) {
      out.push({ ...span, end: span.end + into[0].length });
      continue;
    }
    // "Likud party", "ACT-Wazalendo party": the kind in lower case after a party's own name is no part of it (not "Communist party").
    const kind = span.type === 'ORG' ? / (party|movement)$/.exec(text.slice(span.start, span.end)) : null;
    if (kind && !PARTY_ADJECTIVES.test(text.slice(span.start, span.end - kind[0].length).split(' ').pop()!)) span.end -= kind[0].length;
    // "Arktisk Fiber AS", "Vestas A/S": a company's legal form written after the name the model tagged.
    const form = span.type !== 'GPE' ? COMPANY_FORM_AFTER.exec(text.slice(span.end, span.end + 6)) : null;
    if (form) {
      out.push({ ...span, end: span.end + form[0].length, type: 'ORG' });
      continue;
    }
    // "Scottish Council Employers' Forum" tagged without its head: the head word after the possessive.
    const owner = lastWord(text, span);
    const head = (span.type === 'ORG' || span.type === 'LOC') && PEOPLE_PLURAL.test(owner) ? HEAD_AFTER_POSSESSIVE.exec(text.slice(span.end, span.end + 20)) : null;
    out.push(head && possessiveAfter(head[1]!, owner) && POSSESSIVE_HEADS.has(head[2]!.toLowerCase()) ? { ...span, end: span.end + head[0].length, type: 'ORG' } : span);
  }
  return out;
}

/** A company's legal form after its name, as written ("AS", "A/S", "GmbH", Icelandic "hf."); not a longer word. */
const COMPANY_FORM_AFTER = /^ (?:AS|ASA|A\/S|ApS|AB|SE|SA|NV|BV|AG|GmbH|SpA|Oyj|Oy|KG|e?hf\.)(?![\p{L}\/])/u;

/** Heads of organisations named after the people they gather ("Teachers' Forum", "Workers' Union"). */
const POSSESSIVE_HEADS = new Set([...ORG_SUFFIXES, 'forum', 'guild', 'collective', 'scheme', 'network']);

/** A possessive's ending, a space and a capitalised word ("' Forum", "'s Court"; which ending fits the owner is `possessiveAfter`'s). */
const HEAD_AFTER_POSSESSIVE = /^(['’]s? )(\p{Lu}\p{Ll}+)(?![\p{L}'’-])/u;
/** Plurals without an s, whose possessive is "'s" ("People's Court", "Women's Network"). */
const IRREGULAR_PLURAL = /^(?:Women|Men|People|Children)$/;

/** True when `gap` is the possessive of the plural `word` and a space ("Depositors' ", "People's "). */
function possessiveAfter(gap: string, word: string): boolean {
  return PEOPLE_PLURAL.test(word) && (IRREGULAR_PLURAL.test(word) ? /^['’]s $/ : /^['’] $/).test(gap);
}

/** A given name, a nickname in quotation marks and a family name ("Ernesto “El Tano” Pizarro"). */
const NICKNAMED = new RegExp(String.raw`^\p{Lu}\p{Ll}+ ${NICKNAME} \p{Lu}[\p{L}'’-]+$`, 'u');
/** A given name and a nickname in quotation marks right before a family name ("Dean ‘Tank’ "). */
const NICKNAME_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])((\p{Lu}\p{Ll}+) ${NICKNAME} )$`, 'u');
/** Dutch, German and Portuguese particles before a family name ("ter", "van der", "von", "zu", "van 't", "do", "dos"). */
const FAMILY_PARTICLES = /^ (?:(?:van|von|der|den|ter|ten|te|zu|zur|zum|vom|['’]t|do|dos) )+$/;

/**
 * A given name before a family name's particles: a listed one ("Annelie van der Merwe"), or a
 * capitalised word ending in a vowel that is no title or date word ("Raimunda dos Santos Ferreira").
 */
function givenBeforeParticle(word: string): boolean {
  const lower = word.toLowerCase();
  return isGivenName(lower) || (/^\p{Lu}\p{Ll}+[aeiouãõ]$/u.test(word) && !TITLES_BY_FIRST_WORD.has(lower) && !DATE_WORDS.has(lower));
}

/** Particles before a family name, and a given name before them ("Annelie van der Merwe"). */
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'dos', 'das', 'du', 'ter', 'ten', 'við', "'t", '’t']);
const PARTICLES_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:(\\p{Lu}\\p{Ll}+) )?((?:(?:${[...PARTICLES].join('|')}) )+)$`, 'u');
/** Capitalised words and a plural possessive before an organisation's head ("Harcourt Students' Union", "Rural Women's Network"). */
const PLURAL_OWNER_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])((?!(?:The|A|An) )(?:\p{Lu}[\p{L}-]* ){0,3}(?:\p{Lu}\p{Ll}+s['’]|(?:Women|Men|Children|People)['’]s) )$/u;
/** A name opening with a plural possessive ("Students' Union"), and capitalised words before one (not an article). */
const PLURAL_OWNER_START = /^\p{Lu}\p{Ll}+s['’] \p{Lu}/u;
const CAPITALISED_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])((?!(?:The|A|An) )(?:\p{Lu}[\p{L}-]* ){1,3})$/u;
/** Capitalised words, each followed by a comma, after "the" or "a" ("The Meteorology, ", "a Foreign, "). */
const FIELDS_BEFORE = /(?:^|(?:^|[^\p{L}])(?:The|the|An?|an?) |['’]s )((?:\p{Lu}\p{Ll}+, ){1,4})$/u;
/** Adjectives of parties and movements ("Democratic", "Socialist"). */
const PARTY_ADJECTIVES = /^(?:Democratic|Republican|Socialist|Liberal|Conservative|Labour|Green|Communist|National|Christian|Social|Progressive|Popular)$/;
/** Capitalised words ending in "and" after "the" (maybe "the ruling") or a possessive ("the Nursing and ", "the Hampshire and ", "the ruling Justice and "). */
const PARTNER_BEFORE = /(?:^|(?:^|[^\p{L}])(?:The|the)(?: (?:ruling|opposition|governing|main|rival|centrist|conservative|liberal|leftist|rightwing|right-wing|left-wing|nationalist|regional|national|local|state))? |['’]s )((?:\p{Lu}\p{Ll}+, ){0,3}\p{Lu}\p{Ll}+ (?:and|&) )$/u;

/** The short forms of Mohammad written before a name ("Md", "Md.", "Mohd"). */
const MOHAMMAD_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}.])(${MOHAMMAD_SHORT_FORMS} )$`, 'u');

/** A compass word before a name ("East Wessex Hospitals NHS Foundation Trust"). */
const COMPASS = new Set(['North', 'South', 'East', 'West', 'Central', 'Northern', 'Southern', 'Eastern', 'Western', 'Greater']);
const COMPASS_BEFORE = new RegExp(`(?:^|[^\\p{L}])((?:${[...COMPASS].join('|')}) )$`, 'u');

/**
 * Starts the model left out: the particles and given name of a family name ("Annelie van der
 * Merwe" tagged "Merwe"), the owner of a one-word organisation head ("Harcourt Students' Union"
 * tagged "Union" or "Students' Union"), a compass word ("East Wessex …").
 */
export function extendNameStarts(text: string, spans: NerSpan[]): NerSpan[] {
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    // Every start added here follows a space; the word before it is tested first, as the patterns
    // below, anchored at the end of 60 characters, cost far more than most spans need.
    const previous = wordBefore(text, span.start);
    if (previous === null) continue;
    const bare = previous.replace(/^\P{L}+/u, '');
    const previousEnd = i > 0 ? spans[i - 1]!.end : 0;
    const before = text.slice(Math.max(previousEnd, span.start - 60), span.start);
    const name = text.slice(span.start, span.end);
    // "Dean ‘Tank’ Holloway" tagged "Holloway" (or "Ernesto", "El Tano" and "Pizarro"): a given name and
    // a nickname in quotation marks before it; what the model tagged inside them goes.
    // The family name may be read as anything ("Leandro "Dodong" Escalante" tagged a place).
    const nick = QUOTE_MARKS.has(previous.slice(-1)) ? NICKNAME_BEFORE.exec(text.slice(Math.max(0, span.start - 60), span.start)) : null;
    // The given name may be one the list lacks, tagged as a name of any type ("Wiphawee ‘Ploy’ Siriwattana").
    const given = nick && i > 0 && spans[i - 1]!.start === span.start - nick[1]!.length && spans[i - 1]!.end === spans[i - 1]!.start + nick[2]!.length;
    if (nick && (isGivenName(nick[2]!.toLowerCase()) || given) && !/\s/.test(text.slice(span.start, span.end))) {
      span.start -= nick[1]!.length;
      span.type = 'PERSON';
      while (i > 0 && spans[i - 1]!.start >= span.start) spans.splice(--i, 1);
      continue;
    }
    // "Friederike von Bülow-Rantzau" with only "Bülow-Rantzau" tagged, as a place: a known given name and a particle before a name make it a person's.
    if (span.type !== 'PERSON' && (bare === 'von' || bare === 'van' || bare === 'zu') && !/\s/.test(name)) {
      const m = PARTICLES_BEFORE.exec(before);
      if (m?.[1] && isGivenName(m[1].toLowerCase()) && (i === 0 || previousEnd <= span.start - m[0].length)) {
        span.start -= m[2]!.length + m[1].length + 1;
        span.type = 'PERSON';
        continue;
      }
    }
    if (span.type === 'PERSON') {
      // "Md Sanowar Jahan Bhuiyan": the written short form of Mohammad opens the name.
      const md = MOHAMMAD_SHORT.test(bare) ? MOHAMMAD_BEFORE.exec(before) : null;
      if (md) span.start -= md[1]!.length;
      const m = PARTICLES.has(bare) ? PARTICLES_BEFORE.exec(before) : null;
      const start = m ? span.start - m[2]!.length - (m[1] && givenBeforeParticle(m[1]) ? m[1].length + 1 : 0) : span.start;
      // A name right before is joined to this one later ("José Aparecido" + "dos Santos", see joinOrganisationTails).
      if (i === 0 || /\S/.test(text.slice(previousEnd, start))) span.start = start;
      // "Andrés Salas Bustamante" tagged "Salas Bustamante": a given name right before two family names.
      const given = start === span.start && /\s/.test(name) && !isGivenName(firstWord(text, span).toLowerCase()) ? GIVEN_BEFORE.exec(before) : null;
      // Not a title that is also a given name ("General Suleiman al-Amr").
      if (given && isGivenName(given[1]!.toLowerCase()) && !TITLES_BY_FIRST_WORD.has(given[1]!.toLowerCase()) && (i === 0 || previousEnd < span.start - given[1]!.length - 1)) span.start -= given[1]!.length + 1;
      // "Mayen Garang Athian" tagged a place ("Mayen") and a person: a one-word place right before a
      // person's name of two words or more, not after a preposition ("Mayor of London Sadiq Khan"), is the person's given name.
      const place = i > 0 ? spans[i - 1]! : undefined;
      if (place && (place.type === 'LOC' || place.type === 'GPE') && place.end === span.start - 1 && text[place.end] === ' ' && /\s/.test(name) && /^\p{Lu}\p{Ll}+$/u.test(text.slice(place.start, place.end)) && !PREPOSITION_BEFORE.test(text.slice(Math.max(0, place.start - 12), place.start)) && !/\bof\s+$/i.test(text.slice(Math.max(0, place.start - 4), place.start))) {
        span.start = place.start;
        spans.splice(--i, 1);
        continue;
      }
      // "Senior adviser Per Ivar Lunde", "the committee's chair, Per Ivar Hågensen" tagged "Ivar …": a first given name after a lower-case word.
      const pair = start === span.start && !given && /^\S+ \S+$/.test(name) && isGivenName(firstWord(text, span).toLowerCase()) ? GIVEN_PAIR_BEFORE.exec(before) : null;
      if (pair && isGivenName(pair[1]!.toLowerCase()) && !TITLES_BY_FIRST_WORD.has(pair[1]!.toLowerCase()) && !DATE_WORDS.has(pair[1]!.toLowerCase()) && !RELIGIOUS_ADDRESS.test(pair[1]!) && (i === 0 || previousEnd < span.start - pair[1]!.length - 1)) span.start -= pair[1]!.length + 1;
      continue;
    }
    if (span.type !== 'ORG' && span.type !== 'LOC') continue;
    // "The Meteorology, Climatology and Geophysics Agency": a list of fields before the one the model tagged.
    // "the Nursing and Midwifery Workers' Union", "the Hampshire and Isle of Wight Fire and Rescue Service": a name and "and" before a body the model tagged.
    const window = text.slice(Math.max(0, span.start - 60), span.start);
    const fields = span.type === 'ORG' && /\s(?:and|&)\s/.test(name) ? FIELDS_BEFORE.exec(window) : span.type === 'ORG' && /\s/.test(name) && ORG_SUFFIXES.has(lastWord(text, span).toLowerCase()) ? PARTNER_BEFORE.exec(window) : null;
    // Not an adjective of party or nation ("the Democratic and Republican Party").
    const adjective = fields !== null && fields[1]!.split(/[\s,]+/).some((w) => DEMONYMS.has(w.toLowerCase()) || PARTY_ADJECTIVES.test(w));
    if (fields && !adjective && !(i > 0 && spans[i - 1]!.type === 'NORP' && spans[i - 1]!.end > span.start - fields[1]!.length)) {
      span.start -= fields[1]!.length;
      while (i > 0 && spans[i - 1]!.end > span.start) spans.splice(--i, 1);
      continue;
    }
    // "the Cathedral of St Oswin" tagged "St Oswin": a capitalised head and "of" before the name.
    const headOf = bare === 'of' ? HEAD_OF_BEFORE.exec(before) : null;
    if (headOf) {
      span.start -= headOf[1]!.length;
      if (ORG_SUFFIXES.has(headOf[1]!.split(' ')[0]!.toLowerCase())) span.type = 'ORG';
      continue;
    }
    const possessive = /['’]s?$/.test(previous);
    const owner = possessive && (span.type === 'ORG' || (!/\s/.test(name) && ORG_SUFFIXES.has(name.toLowerCase()))) ? PLURAL_OWNER_BEFORE.exec(before) : null;
    if (owner) {
      span.start -= owner[1]!.length;
      span.type = 'ORG';
      continue;
    }
    // "Harcourt Students' Union" tagged from "Students'": the capitalised words before it.
    const named = PLURAL_OWNER_START.test(name) ? CAPITALISED_BEFORE.exec(before) : null;
    const head = named ?? (COMPASS.has(bare) ? COMPASS_BEFORE.exec(before) : null);
    if (head) span.start -= head[1]!.length;
  }
  return spans;
}

const QUOTE_MARKS = new Set(['"', '”', '’', "'"]);

/** The characters between the space right before `start` and the whitespace before them; null when no space is right before. */
function wordBefore(text: string, start: number): string | null {
  if (start < 2 || text[start - 1] !== ' ') return null;
  let k = start - 2;
  while (k >= 0 && !/\s/.test(text[k]!)) k--;
  return text.slice(k + 1, start - 1);
}

function words(text: string, span: NerSpan): string[] {
  return text.slice(span.start, span.end).split(/\s+/);
}

function lastWord(text: string, span: NerSpan): string {
  const all = words(text, span);
  return all[all.length - 1]!;
}

/** A hyphen and a syllable of a given name after it ("-young", "-hyun", "-ming"), not a suffix ("-wing", "-backed"). */
const SYLLABLE_TAIL = /^[-‑](\p{Ll}{2,5})(?![\p{L}‑-])/u;
/** A short family name and one syllable of a given name ("Han Jae", "Bae Ji"), before the given name's second syllable. */
const KOREAN_HALF = /^\p{Lu}\p{Ll}{1,3} \p{Lu}\p{Ll}{1,4}$/u;
const SUFFIX_TAIL = /(?:^(?:w|go|be|do)ing|ed|er|like|style|based|born|era|led|run|free|wide)$/;
/** A hyphen and a capitalised given name after a given name ("Marie-Lourdes"). */
const GIVEN_TAIL = /^[-‑](\p{Lu}\p{Ll}+)(?![\p{L}‑-])/u;
/** A capitalised hyphenated word after a name ("Saint-Fleur"), not followed by another hyphen. */
const BARRELLED_AFTER = /^ \p{Lu}\p{Ll}+[-‑]\p{Lu}\p{Ll}+(?![\p{L}‑-])/u;
/** An East Asian given name with its hyphen ("Dong-hyun", "Eun-young"). */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+[-‑]\p{Ll}+$/u;
/** A short capitalised family name right before it ("Seo ", "Cha "). */
const FAMILY_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}{1,3}) $/u;

/**
 * A person's name cut inside a hyphenated word: "Cha Eun-young" tagged "Cha Eun", "Marie-Lourdes
 * Saint-Fleur" tagged "Marie", "Seo Dong-hyun" tagged "Dong-hyun". Names joined by a hyphen
 * ("Biden-Harris") and words made from a name ("Trump-loving") are left as they are.
 */
/** A capitalised word glued by a hyphen to the start of a name, after a space ("Per-" of "Per-Anders"). */
const GIVEN_PART_BEFORE = /(?:^|\s)(\p{Lu}\p{Ll}{1,7})[-‑]$/u;

/** First halves of compound adjectives of nationality ("Franco-German"), some of them given names too. */
/** One capitalised word and a space right before a span, after no other word ("Andrés " in `," Andrés Salas Bustamante`). */
const GIVEN_BEFORE = /(?:^|[^\p{L}\p{N}'’.,-]\s?|[.,]\s)(\p{Lu}\p{Ll}+) $/u;
/** A lower-case word (and a comma), then one capitalised word and a space right before a span ("adviser Per ", "chair, Per "). */
const GIVEN_PAIR_BEFORE = /(?:^|\s)\p{Ll}+,? (\p{Lu}\p{Ll}+) $/u;
/** Religious forms of address that are given names too ("Sister Beatriz Olarte"). */
const RELIGIOUS_ADDRESS = /^(?:Sister|Brother|Father|Mother)$/;
/** A given name, a space and a capitalised word with a hyphen right before a span ("Édouard Saint-"). */
const BARREL_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)[-‑]$/u;
/** A capitalised prefix and a tight hyphen right before a span ("Inter-", "Trans-"). */
/** Japanese syllables ("ya", "ten", "do"): not an English word such as "set". */
const JAPANESE_SYLLABLES = /^(?:[kgsztdnhbpmyrwjf]?[aeiou]|n)+$/;
/** An acronym and a hyphen glued before a word ("ACT-"), not after a letter. */
const ACRONYM_BEFORE = /(?:^|[^\p{L}\p{N}-])(\p{Lu}{2,5}[-‑])$/u;
const PREFIX_BEFORE = /(?:^|[^\p{L}])((?:Inter|Intra|Trans|Multi|Pan|Cross|Prosecutor|Attorney|Auditor|Solicitor|Surveyor|Procurator|Accountant|Postmaster)[-‑])$/u;
const COMBINING_FORMS = /^(?:Franco|Anglo|Sino|Indo|Afro|Euro|Russo|Italo|Greco|Austro|Judeo|Irano|Turko|Hispano|Luso|Nordo)$/;

/** True when `name` occurs at least twice in the text. */
const writtenTwice = (text: string, name: string): boolean => {
  const at = text.indexOf(name);
  return at >= 0 && text.indexOf(name, at + name.length) >= 0;
};

/** True when every time the document writes `word` as a word, `tail` follows it. */
function onlyBefore(text: string, word: string, tail: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const whole = !/\p{L}/u.test(text[at - 1] ?? ' ') && !/\p{L}/u.test(text[at + word.length] ?? ' ');
    if (whole && !text.startsWith(tail, at + word.length)) return false;
  }
  return true;
}

const firstWord = (text: string, span: NerSpan): string => /^[\p{L}'’]+/u.exec(text.slice(span.start, span.end))?.[0] ?? '';

export function joinHyphenatedNames(text: string, spans: NerSpan[]): NerSpan[] {
  // "Halperin-Stern said" tagged "Halperin" and "Stern": one double-barrelled name the document writes more than once,
  // and its first part never alone (not a ticket of two people, "Biden-Harris").
  for (let i = 0; i + 1 < spans.length; i++) {
    const [a, b] = [spans[i]!, spans[i + 1]!];
    if (a.type === 'PERSON' && b.type === 'PERSON' && b.start === a.end + 1 && /[-‑]/.test(text[a.end]!) && !/\s/.test(text.slice(a.start, b.end)) && writtenTwice(text, text.slice(a.start, b.end)) && onlyBefore(text, text.slice(a.start, a.end), text.slice(a.end, b.end))) {
      a.end = b.end;
      spans.splice(i + 1, 1);
    }
  }
  spans.forEach((span, i) => {
    // "ACT-Wazalendo" tagged "Wazalendo": an acronym glued before one word makes a body's name.
    const acronym = span.type !== 'GPE' ? ACRONYM_BEFORE.exec(text.slice(Math.max(spans[i - 1]?.end ?? 0, span.start - 8), span.start)) : null;
    if (acronym) {
      span.start -= acronym[1]!.length;
      span.type = 'ORG';
      return;
    }
    if (span.type !== 'PERSON') {
      // "Tanaka-ya" tagged "Tanaka": a shop's syllable glued after one word.
      const tail = !/\s/.test(text.slice(span.start, span.end)) ? SYLLABLE_TAIL.exec(text.slice(span.end, span.end + 7)) : null;
      if (tail && tail[1]!.length <= 3 && !SUFFIX_TAIL.test(tail[1]!) && JAPANESE_SYLLABLES.test(tail[1]!)) span.end += tail[0].length;
      // "Han Jae-sung" tagged "Han Jae" as a body: a Korean family name, a given name's first syllable, and its second.
      const korean = KOREAN_HALF.test(text.slice(span.start, span.end)) ? SYLLABLE_TAIL.exec(text.slice(span.end, span.end + 7)) : null;
      if (korean && !SUFFIX_TAIL.test(korean[1]!)) {
        span.end += korean[0].length;
        span.type = 'PERSON';
        return;
      }
      // "Raymond Cardinal-Ahenakew" tagged "Ahenakew" as a body: a given name and a first barrel make a person.
      const barrel = !/\s/.test(text.slice(span.start, span.end)) ? BARREL_BEFORE.exec(text.slice(Math.max(spans[i - 1]?.end ?? 0, span.start - 40), span.start)) : null;
      if (barrel && isGivenName(barrel[1]!.toLowerCase()) && !COMBINING_FORMS.test(barrel[2]!)) {
        span.start -= barrel[1]!.length + barrel[2]!.length + 2;
        span.type = 'PERSON';
      }
      // "Inter-Services Public Relations", "Prosecutor-General's Office" tagged without "Inter-", "Prosecutor-": a prefix the body's name opens with.
      const prefix = span.type === 'ORG' ? PREFIX_BEFORE.exec(text.slice(Math.max(spans[i - 1]?.end ?? 0, span.start - 16), span.start)) : null;
      if (prefix) span.start -= prefix[1]!.length;
      return;
    }
    const next = spans[i + 1]?.start ?? text.length;
    const after = text.slice(span.end, Math.min(next, span.end + 40));
    const last = lastWord(text, span);
    const syllable = SYLLABLE_TAIL.exec(after);
    const given = GIVEN_TAIL.exec(after);
    if (syllable && last.length <= 5 && !SUFFIX_TAIL.test(syllable[1]!)) span.end += syllable[0].length;
    else if (given && !/\s/.test(text.slice(span.start, span.end)) && isGivenName(last.toLowerCase())) span.end += given[0].length;
    // "Raymond Oyelaran-Price" tagged "Raymond Oyelaran": the second half of a double-barrelled family name.
    else if (given && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(text.slice(span.start, span.end)) && isGivenName(firstWord(text, span).toLowerCase())) span.end += given[0].length;
    // "Okonkwo-Bright" tagged "Okonkwo": a double-barrelled name the document writes more than once.
    else if (given && writtenTwice(text, `${last}${given[0]}`)) span.end += given[0].length;
    // "Marie-Lourdes Saint-Fleur": a double-barrelled family name after a hyphenated given name.
    const barrelled = BARRELLED_AFTER.exec(text.slice(span.end, Math.min(next, span.end + 40)));
    if (barrelled && /^\p{Lu}\p{Ll}+[-‑]\p{Lu}\p{Ll}+$/u.test(text.slice(span.start, span.end))) span.end += barrelled[0].length;
    const previousEnd = spans[i - 1]?.end ?? 0;
    const family = HYPHENATED_GIVEN.test(text.slice(span.start, span.end)) ? FAMILY_BEFORE.exec(text.slice(Math.max(previousEnd, span.start - 6), span.start)) : null;
    if (family) span.start -= family[1]!.length + 1;
    // "Per-Anders Nyqvist" tagged "Anders Nyqvist": the first part of a hyphenated given name.
    // "Per-Olov Näslund" tagged "Olov Näslund": a given name before the hyphen is enough when the span has two words.
    const part = !family && (isGivenName(firstWord(text, span).toLowerCase()) || /\s/.test(text.slice(span.start, span.end))) ? GIVEN_PART_BEFORE.exec(text.slice(Math.max(previousEnd, span.start - 12), span.start)) : null;
    const joined = part && isGivenName(part[1]!.toLowerCase()) && !COMBINING_FORMS.test(part[1]!);
    if (joined) span.start -= part[1]!.length + 1;
    // "Édouard Saint-Fleur" tagged "Fleur": the first part of a double-barrelled family name, and the given name before it.
    const barrel = !family && !joined && !/\s/.test(text.slice(span.start, span.end)) ? BARREL_BEFORE.exec(text.slice(Math.max(previousEnd, span.start - 40), span.start)) : null;
    if (barrel && isGivenName(barrel[1]!.toLowerCase()) && !COMBINING_FORMS.test(barrel[2]!)) span.start -= barrel[1]!.length + barrel[2]!.length + 2;
  });
  return spans;
}

/** Capitalised words after a name, the last one ending a work's, event's or prize's name. */
const NAMED_AFTER = /^(?: \p{Lu}[\p{L}'’-]*){1,4}/u;
/** Programmes and honours named after a person ("Andy Warhol Photographic Legacy Program", "Nobel Peace Prize"); not days ("Martin Luther King Jr. Day" is a date). */
const PROGRAMME_HEADS = new Set([...[...OTHER_HEADS].filter((w) => !/^(?:day|eve|week|era|age)$/.test(w)), 'program', 'programme', 'fellowship', 'fellowships', 'scholarship', 'scholarships', 'lecture', 'lectures']);

/**
 * A person's name that opens a programme's, prize's or event's name the model left untagged
 * ("the Andy Warhol Photographic Legacy Program" tagged "Andy Warhol"): the whole name, OTHER.
 */
export function personNamedWorks(text: string, spans: NerSpan[]): NerSpan[] {
  spans.forEach((span, i) => {
    if (span.type !== 'PERSON') return;
    const next = spans[i + 1]?.start ?? text.length;
    const run = NAMED_AFTER.exec(text.slice(span.end, Math.min(next, span.end + 80)));
    if (!run) return;
    const words = run[0].trim().split(' ');
    // The run ends at the last word that heads such a name.
    let k = words.length - 1;
    while (k >= 0 && !PROGRAMME_HEADS.has(words[k]!.toLowerCase())) k--;
    if (k < 0) return;
    // The run is single spaces and words: a space, then the words up to the head.
    span.end += 1 + words.slice(0, k + 1).join(' ').length;
    span.type = 'OTHER';
  });
  return spans;
}

/**
 * "the Sams" after "Thomas Sam" and "Manju Sam": a family named by the plural of a person's family
 * name is a group of people (NORP, as GUM types it), whatever the model read it as.
 */
export function familiesByName(text: string, spans: NerSpan[]): NerSpan[] {
  const families = new Set<string>();
  for (const s of spans) if (s.type === 'PERSON' && /\s/.test(text.slice(s.start, s.end))) families.add(`${lastWord(text, s)}s`);
  if (families.size === 0) return spans;
  for (const s of spans) {
    if (s.type !== 'PERSON' && families.has(text.slice(s.start, s.end)) && /\bthe $/i.test(text.slice(Math.max(0, s.start - 4), s.start))) s.type = 'NORP';
  }
  return spans;
}

/**
 * "Its leader, Guadalupe Cárdenas del Toro, told" tagged a place, then "Cárdenas said" tagged a
 * person: a name that opens with a given name and goes on with a family name the document gives a
 * person is that person's (a place's name only: "the Andy Warhol Foundation" stays a body).
 */
/** First words of places named after people ("Port Elizabeth", "Lake Victoria", "San Martín"). */
const PLACE_OPENERS = /^(?:Port|Fort|Lake|Mount|Mt|Cape|San|Santa|Santo|São|Saint|St|Sainte|Ste|New|North|South|East|West|Upper|Lower|Great|Little|Camp|Glen|Point)\.?$/;

export function peopleByFamilyName(text: string, spans: NerSpan[]): NerSpan[] {
  const people = new Set<string>();
  for (const s of spans) if (s.type === 'PERSON' && !/\s/.test(text.slice(s.start, s.end))) people.add(text.slice(s.start, s.end));
  if (people.size === 0) return spans;
  for (const s of spans) {
    if (s.type !== 'LOC' && s.type !== 'GPE') continue;
    const words = text.slice(s.start, s.end).split(' ');
    if (words.length < 2 || words.length > 5 || PLACE_OPENERS.test(words[0]!)) continue;
    // "Saif Rashid al-Kaabi" … "al-Kaabi said": a given name not on the list, three names ending in the person's family name (not "Boulangerie Marceau").
    // Not an estate ("Quang Chau Industrial Park" beside a Mr Park).
    if (ESTATE_HEADS.test(` ${words.join(' ')}`)) continue;
    if ((words.slice(1).some((w) => people.has(w)) && isGivenName(words[0]!.toLowerCase())) || (words.length >= 3 && people.has(words[words.length - 1]!))) s.type = 'PERSON';
  }
  return spans;
}

/** A connector and a number closing a span ("Al Rimal Cement Co. for 4.1" of "… for 4.1 billion riyals"). */
const NUMBER_TAIL = /\s+(?:for|of|and|at|in|by|to)\s+[\p{N}$£€¥]/u;

/** A possessive determiner opening a sentence before a body's name ("Its Ministry of …", "Their Foreign Ministry"; not "My Little Pony"). */
const POSSESSIVE_OPENER = /^(?:Its|His|Her|Their|Our|My|Your) (?=\p{Lu})/u;

/** Lower-case conjunctions that open a clause, never inside a name ("… Court if Starline …"). */
const CLAUSE_WORD = /\s(?:if|when|whenever|while|unless|because|although|whether|until)\s/;

/** Spans cut before a connector followed by a number (a name does not go on into an amount) or a conjunction, and after an opening possessive; a numbered division ("Ward 12") dropped. */
export function trimNumberTails(text: string, spans: NerSpan[]): NerSpan[] {
  for (const span of spans) {
    const m = NUMBER_TAIL.exec(text.slice(span.start, span.end));
    if (m && m.index > 0) span.end = span.start + m.index;
    // "the Seoul Central District Court if Starline did not respond": a name ends before a conjunction.
    const clause = span.type !== 'OTHER' ? CLAUSE_WORD.exec(text.slice(span.start, span.end)) : null;
    if (clause) span.end = span.start + clause.index;
    const opener = span.type === 'ORG' ? POSSESSIVE_OPENER.exec(text.slice(span.start, span.end)) : null;
    if (opener) span.start += opener[0].length;
  }
  // "Ward 12 councillor": a numbered division of a city is no name.
  return spans.filter((span) => !(NUMBERED_DIVISION.test(text.slice(span.start, span.end)) && /^ \d/.test(text.slice(span.end, span.end + 2))));
}

/** Divisions of a city or district written with their number after them ("Ward 12", "Precinct 4"). */
const NUMBERED_DIVISION = /^(?:Ward|Precinct|Zone|Sector|District|Block|Area|Phase|Section|Unit|Region)$/;

/** A person's span that ends inside a nickname it opened ('Ma. Teresa "Tess'), and the rest of the name after it. */
const OPEN_NICKNAME = new RegExp(String.raw`\s${NICKNAME_OPEN}$`, 'u');
const NICKNAME_REST = /^["”’'] \p{Lu}[\p{L}'’-]+/u;

/**
 * 'Ma. Teresa "Tess" Dimaculangan' tagged 'Ma. Teresa "Tess' and "Dimaculangan": a person's span
 * that stops inside the nickname it opened goes on over the family name (any span there goes).
 */
export function closeNicknames(text: string, spans: NerSpan[]): NerSpan[] {
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    // 'manager "Big Sal" Moretti' tagged 'Sal" Moretti': the nickname's tail is no part of the name.
    const tail = span.type === 'PERSON' ? STRAY_CLOSE.exec(text.slice(span.start, span.end)) : null;
    if (tail) span.start += tail[0].length;
    // 'Salvatore "Big Sal" Moretti' tagged "Salvatore" and "Moretti": one name with a nickname inside.
    const next = spans[i + 1];
    if (span.type === 'PERSON' && next?.type === 'PERSON' && NICKNAME_BETWEEN.test(text.slice(span.end, next.start)) && isGivenName(text.slice(span.start, span.end).toLowerCase())) {
      span.end = next.end;
      spans.splice(i + 1, 1);
    }
    if (span.type !== 'PERSON' || !OPEN_NICKNAME.test(text.slice(span.start, span.end))) continue;
    const rest = NICKNAME_REST.exec(text.slice(span.end, span.end + 40));
    if (!rest) continue;
    span.end += rest[0].length;
    while (i + 1 < spans.length && spans[i + 1]!.start < span.end) spans.splice(i + 1, 1);
  }
  return spans;
}

/** The end of a nickname inside a span, with no opening mark before it ('Sal" '). */
const STRAY_CLOSE = /^[^"“”]+["”] +(?=\p{Lu})/u;
/** A nickname in quotation marks between a given name and a family name (' "Big Sal" '). */
const NICKNAME_BETWEEN = /^ ["“][\p{L} .'’-]{1,24}["”] $/u;

/** Words for the people of a city or region, written before a name ("Londoner Kieran Mensah"). */
const RESIDENTS = new Set([
  'londoner', 'parisian', 'berliner', 'muscovite', 'glaswegian', 'mancunian', 'liverpudlian', 'scouser', 'geordie', 'brummie',
  'dubliner', 'texan', 'californian', 'floridian', 'bostonian', 'chicagoan', 'torontonian', 'montrealer', 'quebecer', 'albertan',
  'aucklander', 'sydneysider', 'melburnian', 'queenslander', 'catalan', 'basque', 'bavarian', 'sicilian', 'neapolitan',
]);

/**
 * "Londoner Kieran Mensah", "Briton Kieran Mensah" read as one name: the word for where the person
 * is from is no part of it, when a given name follows; nor in "the British-Swedish Norrsken
 * Minerals", tagged from the second of two peoples' words, is it part of a body's.
 */
export function trimResidents(text: string, spans: NerSpan[]): NerSpan[] {
  for (const span of spans) {
    const first = /^\p{Lu}\p{Ll}+ (?=\p{Lu})/u.exec(text.slice(span.start, span.end))?.[0];
    if (span.type === 'ORG' && first && DEMONYMS.has(first.trim().toLowerCase()) && DEMONYMS.has(/(\p{Lu}\p{Ll}+)-$/u.exec(text.slice(Math.max(0, span.start - 24), span.start))?.[1]!.toLowerCase() ?? '')) span.start += first.length;
    if (span.type !== 'PERSON') continue;
    const m = /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)/u.exec(text.slice(span.start, span.end));
    const resident = m?.[1]!.toLowerCase();
    if (m && (RESIDENTS.has(resident!) || DEMONYMS.has(resident!)) && !isGivenName(resident!) && isGivenName(m[2]!.toLowerCase())) span.start += m[1]!.length + 1;
  }
  return spans;
}

/** An ampersand and one or two capitalised words, maybe a firm's form, after a name ("Baird Kessling & Stroud LLP", "Procter & Gamble"). */
const AMPERSAND_TAIL = /^ & (?:\p{Lu}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*)?(?: (?:LLP|LLC|Co\.|Inc\.|Ltd))?(?![\p{L}\p{N}])/u;

/** An organisation's name goes on over "&" and the words after it (any span they touch goes). */
export function joinAmpersands(text: string, spans: NerSpan[]): NerSpan[] {
  if (!text.includes(' & ')) return spans;
  // Not authors cited ("Baron & Beresford 2014", "Carrano & Biewener's study") nor people listed ("Wyatt & Zach").
  return extendOverTails(spans, (span) => (span.type === 'ORG' ? AMPERSAND_TAIL.exec(text.slice(span.end, span.end + 60)) : null), 'ORG');
}

/** Words after a body's name up to its initials in brackets (" in Lebanon" before " (ABL)"); the initials are group 1. */
const SPELLED_TAIL = /^ (?:in|of|for|on|and|at|to|de|del|des|du|di|da)(?: the)?(?: \p{Lu}[\p{L}'’-]*| (?:of|and|the|for|in|de|la|du|des)){1,6}(?= \((\p{Lu}{2,8})\))/u;

/** "Association of Banks" + "in" + "Lebanon" + "(ABL)": a body's name goes on over the words its initials spell (any span they touch goes). */
export function joinSpelledTails(text: string, spans: NerSpan[]): NerSpan[] {
  if (!text.includes(' (')) return spans;
  return extendOverTails(spans, (span) => {
    if (span.type !== 'ORG') return null;
    const tail = SPELLED_TAIL.exec(text.slice(span.end, span.end + 80));
    return tail && initials(text.slice(span.start, span.end) + tail[0]) === tail[1] ? tail : null;
  });
}

/** Spans lengthened over the text `tailOf` finds right after them; spans inside a tail go. */
function extendOverTails(spans: NerSpan[], tailOf: (span: NerSpan) => RegExpExecArray | null, type?: NerSpan['type']): NerSpan[] {
  const out: NerSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const tail = tailOf(span);
    if (!tail) {
      out.push(span);
      continue;
    }
    const end = span.end + tail[0].length;
    while (i + 1 < spans.length && spans[i + 1]!.start < end) i++;
    out.push({ ...span, end: Math.max(end, spans[i]!.end), type: type ?? span.type });
  }
  return out;
}

/** The rest of a Gaelic patronymic after "Mac"/"Nic" ("Iain Mac a’ Phearsain", "Calum Mac an t-Saoir", Irish "Aoife Nic an tSaoir"). */
const GAELIC_TAIL = /^ (?:a['’]|an t-|an t(?=\p{Lu})|an) ?\p{Lu}[\p{L}'’-]*/u;

/** A person's name ending in "Mac" or "Nic" goes on over "a’", "an" or "an t-" and the family name (any span it touches goes). */
export function joinGaelicPatronymics(text: string, spans: NerSpan[]): NerSpan[] {
  if (!/ (?:Mac|Nic) a/.test(text)) return spans;
  return extendOverTails(spans, (span) => (span.type === 'PERSON' && /(?:^|\s)(?:Mac|Nic)$/.test(text.slice(span.start, span.end)) ? GAELIC_TAIL.exec(text.slice(span.end, span.end + 40)) : null));
}

/** "Hartford Superior Court by United Nurses of Connecticut" read as one name: a body, "by" and the one that acted before it are two. */
export function splitAtBy(text: string, spans: NerSpan[]): NerSpan[] {
  if (!text.includes(' by ')) return spans;
  return spans.flatMap((span) => {
    const m = span.type === 'ORG' ? / by (?=\p{Lu})/u.exec(text.slice(span.start, span.end)) : null;
    const left = m ? text.slice(span.start, span.start + m.index) : '';
    if (!m || !ORG_SUFFIXES.has(left.slice(left.lastIndexOf(' ') + 1).toLowerCase())) return [span];
    const right = span.start + m.index + m[0].length;
    return [{ ...span, end: span.start + m.index }, { ...span, start: right }];
  });
}

/**
 * "Darbhanga District Magistrate Rajeev" + "Ranjan Thakur": a person's name the model cut after the
 * given name, which it joined to the title and the place before. The given name goes back to the
 * person; the title (and its rank) leave the place.
 */
export function titledGivenNames(text: string, spans: NerSpan[]): NerSpan[] {
  let out: NerSpan[] | undefined;
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1]!;
    if (a.type === 'PERSON' || b.type !== 'PERSON' || text.slice(a.end, b.start) !== ' ') continue;
    const words = text.slice(a.start, a.end).split(' ');
    const given = words[words.length - 1]!;
    const title = words[words.length - 2]?.toLowerCase();
    if (!title || !/^\p{Lu}\p{Ll}+$/u.test(given) || !TITLES_BY_FIRST_WORD.get(title)?.some((seq) => seq.length === 1)) continue;
    let keep = words.length - 2;
    if (keep > 0 && /^\p{Lu}/u.test(words[keep - 1]!) && TITLE_RANKS.has(words[keep - 1]!.toLowerCase())) keep--;
    out ??= [...spans];
    out[i + 1] = { ...b, start: a.end - given.length };
    out[i] = { ...a, end: a.start + words.slice(0, keep).join(' ').length };
  }
  return out ? out.filter((s) => s.end > s.start) : spans;
}

/** "son of" and "daughter of" written after a father's name ("Toktogul uulu", "Nurbek kyzy", "Aliyev oglu"). */
const PATRONYMIC_AFTER = new RegExp(`^ ${PATRONYMIC_WORDS}(?![\\p{L}])`, 'u');

/**
 * "Azamat Toktogul uulu", "Aizada Nurbek kyzy": a Kyrgyz or Turkic patronymic word closes a
 * person's name. Run after the document pass, which finds "Nurbek" alone by the name's last word.
 */
export function closePatronymics(text: string, spans: NerSpan[]): NerSpan[] {
  for (const span of spans) {
    const patronymic = span.type === 'PERSON' ? PATRONYMIC_AFTER.exec(text.slice(span.end, span.end + 8)) : null;
    if (patronymic) span.end += patronymic[0].length;
  }
  return spans;
}

/** Bodies named "People's …" ("People's Procuracy", "People's Court", "People's Committee"); not "People's Republic", a state. */
const PEOPLES_BODY = /^(?:Procuracy|Court|Committee|Council|Congress|Assembly|Army|Party|Bank|Police|Daily|Liberation|Front|Movement|Alliance|Union|Militia|Defen[cs]e|Tribunal|Prosecutor|Procuratorate)\b/;
const PEOPLES_BEFORE = /(?:^|[^\p{L}])(People['’]s )$/u;

/**
 * "Ho Chi Minh City" + "People's" + "Procuracy" (read as a person), "People's" + "Court of Ho Chi Minh
 * City": a body named "People's …" opens at "People's", with a place right before it.
 */
export function joinPeoplesBodies(text: string, spans: NerSpan[]): NerSpan[] {
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (!PEOPLES_BODY.test(text.slice(span.start, span.end))) continue;
    const peoples = PEOPLES_BEFORE.exec(text.slice(Math.max(0, span.start - 12), span.start));
    if (!peoples) continue;
    const start = span.start - peoples[1]!.length;
    const before = spans[i - 1];
    if (before && before.type === 'PERSON' && before.end > start) continue;
    span.start = start;
    span.type = 'ORG';
    // "Supreme People" + "'s Procuracy": the name before it took "People" already.
    if (before && (before.end > start || ((before.type === 'GPE' || before.type === 'LOC') && before.end === start - 1 && text[before.end] === ' '))) {
      span.start = before.start;
      spans.splice(--i, 1);
    }
  }
  return spans;
}
