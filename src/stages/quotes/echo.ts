import type { Quote, Ref } from '../../model/doc.js';
import { ROLE_WORDS } from './person.js';
import { refOf } from './speaker.js';
import { mentionsIn, typeOf, type View } from './view.js';

/** Fewest words of a quotation that, repeated inside another, show it is the same words. */
const MIN_ECHO_WORDS = 4;

/**
 * A direct quotation with no attribution whose words someone says elsewhere in the article (a
 * headline `'He knows every word': …`, a pull quote) is theirs.
 */
export function echoSpeakers(direct: Quote[]): void {
  if (!direct.some((q) => !q.speaker && q.rule === 'quotation')) return;
  const padded = direct.map(words);
  direct.forEach((q, i) => {
    if (q.speaker || q.rule !== 'quotation' || padded[i]!.trim().split(' ').length < MIN_ECHO_WORDS) return;
    const source = direct.find((r, j) => j !== i && r.speaker && padded[j]!.includes(padded[i]!));
    if (source) Object.assign(q, { speaker: source.speaker, rule: 'quotation-repeated' });
  });
}

/** A quote's words in lower case, padded with spaces so that whole words match. */
function words(q: Quote): string {
  return ` ${q.text.toLowerCase().replace(/[’]/g, "'").replace(NOT_WORD, ' ').trim()} `;
}
const NOT_WORD = /[^\p{L}\p{N}']+/gu;

/** Closing marks and a colon after a headline's quotation (`'…': Bhandari rejects …`). */
const COLON_AFTER = /^[\p{Pf}\p{Pe}"'»]*\s*:\s*/u;

/**
 * Quotes in the headline (the text before the first blank line). A quotation before a colon is
 * the person's or organisation's named right after it (`'Not one rupee misused': Bhandari
 * rejects …`); one with no speaker, or given to a body or place before a role word ("Nexora
 * chief says …", "UN torture expert says …"), is the speaker's whom the body quotes with those
 * words, however few; reported speech there is the speaker's of a quotation inside it.
 */
export function headlineSpeakers(view: View, all: Quote[]): void {
  const end = view.text.indexOf('\n\n');
  if (end < 0 || !all.some((q) => q.end <= end)) return;
  const body = all.filter((q) => q.start > end && q.speaker);
  let bodyWords: string[] | undefined;
  const echo = (q: Quote): Ref | null => {
    bodyWords ??= body.map(words);
    const own = words(q);
    return body[bodyWords.findIndex((w) => w.includes(own))]?.speaker ?? null;
  };
  for (const q of all) {
    if (q.end > end || q.kind !== 'direct') continue;
    // "Pellucid customers to get 61 cents: ‘That’s a second robbery’": after a colon the body's speaker of those words.
    const speaker = q.speaker ? (describedBy(view, q.speaker, end) || q.rule === 'quotation-colon' ? echo(q) : null) : (namedAfter(view, q) ?? echo(q));
    if (speaker) Object.assign(q, { speaker, rule: 'headline' });
  }
  for (const q of all) {
    if (q.end > end || q.kind === 'direct' || (q.speaker && !describedBy(view, q.speaker, end))) continue;
    const inner = all.find((r) => r.kind === 'direct' && r.rule === 'headline' && q.start <= r.start && r.end <= q.end);
    if (inner) Object.assign(q, { speaker: inner.speaker, rule: 'headline' });
  }
}

/** The person or organisation named right after the quotation and a colon. */
function namedAfter(view: View, q: Quote): Ref | null {
  const colon = COLON_AFTER.exec(view.text.slice(q.end, q.end + 8));
  if (!colon || !colon[0].includes(':')) return null;
  const at = q.end + colon[0].length;
  const m = mentionsIn(view, at, at + 200)[0];
  const type = m && m.start === at ? typeOf(view, m.entity) : undefined;
  return m && (type === 'PERSON' || type === 'ORG') ? refOf(view, m.entity) : null;
}

/** One or two lower-case words after a name. */
const ROLE_AFTER = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u;

/** True when the speaker, no person, is named in the headline before a role word ("Nexora chief", "UN torture expert"). */
function describedBy(view: View, speaker: Ref, end: number): boolean {
  const entity = speaker.entity ? view.entityById.get(speaker.entity) : undefined;
  if (!entity || typeOf(view, entity) === 'PERSON') return false;
  return mentionsIn(view, 0, end).some((m) => {
    if (m.entity !== entity) return false;
    const after = ROLE_AFTER.exec(view.text.slice(m.end, m.end + 40));
    return after !== null && (ROLE_WORDS.has(after[1]!) || (after[2] !== undefined && ROLE_WORDS.has(after[2])));
  });
}
