import type { Doc, Entity, Offsets, Ref } from '../../model/doc.js';
import { mentionAt, refOf, resolvePronoun, type MentionIndex } from './speaker.js';
import { PRONOUNS, REPORTING_VERBS } from './verbs.js';

/** How far after a closing mark (or before an opening one) attribution is looked for, in characters. */
const MAX_ATTRIBUTION_CHARS = 120;

const VERB = [...REPORTING_VERBS.keys()].sort((a, b) => b.length - a.length).join('|');
/** `, Witkoff stated` / `, he said` / `, the spokesperson added` after a quotation. */
const AFTER_SPEAKER_VERB = new RegExp(`^[\\s,]*((?:[\\p{L}\\p{N}.'’-]+\\s+){0,6}?[\\p{L}\\p{N}.'’-]+)\\s+(?:[\\p{Ll}]+ly\\s+)?(${VERB})\\b`, 'u');
/** `, said Witkoff` / `, said the spokesperson` after a quotation. */
const AFTER_VERB_SPEAKER = new RegExp(`^[\\s,]*(${VERB})\\s+((?:[\\p{L}\\p{N}.'’-]+\\s+){0,6}?[\\p{L}\\p{N}.'’-]+?)\\s*(?=[,.;:]|$)`, 'u');
/** `Witkoff said: "` / `He told reporters, "` before a quotation. */
const BEFORE = new RegExp(`((?:[\\p{L}\\p{N}.'’-]+\\s+){0,6}?[\\p{L}\\p{N}.'’-]+)\\s+(${VERB})(?:\\s+[\\p{Ll}]+){0,2}\\s*[:,]?\\s*$`, 'u');

export interface Attribution {
  speaker: Ref | null;
  verb: string;
  /** Where the attribution ends (for joining a quotation interrupted by it). */
  end: number;
}

/** Who a phrase names: an entity mentioned in it, a pronoun's antecedent, or the phrase itself. */
export function speakerOf(doc: Readonly<Doc>, index: MentionIndex, phrase: Offsets): Ref | null {
  const entity = mentionAt(index, phrase);
  if (entity) return refOf(entity);
  const words = doc.text.slice(phrase.start, phrase.end).trim();
  if (PRONOUNS[words.toLowerCase()]) {
    const antecedent = resolvePronoun(index, words, phrase.start);
    return antecedent ? refOf(antecedent) : null;
  }
  const title = /^the\s+([\p{Ll} -]+)$/u.exec(words)?.[1];
  if (title) {
    const holder = holderOfTitle(doc.entities, title);
    return holder ? refOf(holder) : null;
  }
  // A plain noun phrase ("officials", "a witness") names the speaker without an entity.
  return /^\p{Ll}/u.test(words) || /^(?:A|An|The|Some|Several|Two|Three|Many)\s/.test(words) ? { name: words } : null;
}

/** The one entity with a role of this title ("the envoy"), if exactly one has it. */
function holderOfTitle(entities: readonly Entity[], title: string): Entity | undefined {
  const t = title.toLowerCase();
  const holders = entities.filter((e) => e.roles.some((r) => r.title.toLowerCase().endsWith(t)));
  return holders.length === 1 ? holders[0] : undefined;
}

/** Attribution right after a quotation that ends at `after`. */
export function attributionAfter(doc: Readonly<Doc>, index: MentionIndex, after: number): Attribution | undefined {
  const window = doc.text.slice(after, Math.min(doc.text.length, after + MAX_ATTRIBUTION_CHARS)).split('\n')[0]!;
  let m = AFTER_VERB_SPEAKER.exec(window);
  if (m) {
    const start = after + m.index + m[0].indexOf(m[2]!, m[1]!.length);
    const speaker = speakerOf(doc, index, { start, end: start + m[2]!.length });
    if (speaker) return { speaker, verb: REPORTING_VERBS.get(m[1]!.toLowerCase())!, end: after + m.index + m[0].length };
  }
  m = AFTER_SPEAKER_VERB.exec(window);
  if (m) {
    const start = after + m.index + m[0].indexOf(m[1]!);
    const speaker = speakerOf(doc, index, { start, end: start + m[1]!.length });
    return { speaker, verb: REPORTING_VERBS.get(m[2]!.toLowerCase())!, end: after + m.index + m[0].length };
  }
  return undefined;
}

/** Attribution right before a quotation that starts at `before`, within its sentence. */
export function attributionBefore(doc: Readonly<Doc>, index: MentionIndex, before: number, sentenceStart: number): Attribution | undefined {
  const from = Math.max(sentenceStart, before - MAX_ATTRIBUTION_CHARS);
  const window = doc.text.slice(from, before);
  const m = BEFORE.exec(window);
  if (!m) return undefined;
  const start = from + m.index;
  const speaker = speakerOf(doc, index, { start, end: start + m[1]!.length });
  return { speaker, verb: REPORTING_VERBS.get(m[2]!.toLowerCase())!, end: before };
}
