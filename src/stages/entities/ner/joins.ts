/**
 * Organisation names the model cuts in two: it often closes "Andy Warhol Foundation" before "for
 * the Visual Arts" and types the rest as another name, reads "Avon and Somerset Police" as a
 * place and a force, tags only "Office" in "the Hollis County Sheriff's Office", and cuts
 * "Shivneri Bank Depositors' Association" at the plural possessive and "José Aparecido dos Santos"
 * at the particle.
 */
import type { NerSpan } from './model.js';
import { ORG_SUFFIXES } from './lexicon.js';

const FOR_THE = /^ for (?:the )?$/;

/** Particles between the parts of one person's name. */
const NAME_PARTICLES = /^ (?:(?:da|de|do|dos|das|del|della|di|du|van|von|der|den|ter|bin|ibn|al|el|la|le) )+$/;

/** Plural nouns of people that open a name with a possessive ("Depositors' Association", "Teachers' Union"), not a name's own plural ("United Nations'"). */
const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}+(?:ers|ors|ants|ents|ists|ians|ans)$/u;

/** Heads of an office named after its holder ("Sheriff's Office", "Attorney General's Department"). */
const OFFICE_HEADS = /^(?:Office|Department|Bureau)$/;
/** Up to five capitalised words (not an article) and a possessive, right before an office head. */
const HOLDER_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])((?!(?:The|A|An)\s)\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,4})['’]s\s+$/u;

/** A preposition before a name: "in London and Thames Valley Police" names a place, then a force. */
const PREPOSITION_BEFORE = /\b(?:in|at|from|to|for|near|across|between|with|by|on)\s+$/i;

/**
 * The spans with each "ORG for (the) NAME" pair joined into one organisation, and each "WORD and
 * NAME ORG-WORD" ("Avon and Somerset Police", which the model reads as a place and a force).
 */
export function joinOrganisationTails(text: string, spans: NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const span of spans) {
    const previous = out[out.length - 1];
    if (previous && previous.type === 'ORG' && span.type !== 'PERSON' && FOR_THE.test(text.slice(previous.end, span.start)) && ORG_SUFFIXES.has(lastWord(text, previous).toLowerCase())) {
      out[out.length - 1] = { ...previous, end: span.end, confidence: Math.min(previous.confidence, span.confidence) };
      continue;
    }
    if (previous && previous.type !== 'ORG' && span.type === 'ORG' && text.slice(previous.end, span.start) === ' and ' && !/\s/.test(text.slice(previous.start, previous.end)) &&
      words(text, span).length <= 3 && ORG_SUFFIXES.has(lastWord(text, span).toLowerCase()) && !PREPOSITION_BEFORE.test(text.slice(Math.max(0, previous.start - 12), previous.start))) {
      out[out.length - 1] = { ...span, start: previous.start, confidence: Math.min(previous.confidence, span.confidence) };
      continue;
    }
    // "José Aparecido dos Santos", "Rafael van der Vaart": a lower-case particle inside one person's name.
    if (previous && previous.type === 'PERSON' && span.type === 'PERSON' && NAME_PARTICLES.test(text.slice(previous.end, span.start))) {
      out[out.length - 1] = { ...previous, end: span.end, confidence: Math.min(previous.confidence, span.confidence) };
      continue;
    }
    // "Shivneri Bank Depositors' Association": a plural possessive inside one name.
    if (previous && previous.type === 'ORG' && span.type === 'ORG' && /^['’] $/.test(text.slice(previous.end, span.start)) && PEOPLE_PLURAL.test(lastWord(text, previous))) {
      out[out.length - 1] = { ...previous, end: span.end, confidence: Math.min(previous.confidence, span.confidence) };
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
    out.push(span);
  }
  return out;
}

function words(text: string, span: NerSpan): string[] {
  return text.slice(span.start, span.end).split(/\s+/);
}

function lastWord(text: string, span: NerSpan): string {
  const all = words(text, span);
  return all[all.length - 1]!;
}
