/**
 * A headline written in title case as the first line of the text ("Meridian Pictures Pushes
 * Korvath's 'The Salt Road' to 2027"): every word is capitalised, so the model reads verbs and
 * nouns as parts of names ("Pushes Korvath"). A name there that the body does not write, but whose
 * last words it does, is cut to those words; else one that goes on past the head of a body's name
 * ("Interior Ministry Defends …") is cut after it.
 */
import { titleCaseHeadlineEnd } from '../../text/headline.js';
import { ORG_HEADS } from '../../lexicon/titles.js';
import type { Found } from './recognise.js';

/** The names found, with those in a title-case headline cut to what the body writes. */
export function trimHeadlineNames<T extends Found>(text: string, found: T[]): T[] {
  const end = titleCaseHeadlineEnd(text);
  if (end < 0) return found;
  const body = new Set(found.filter((f) => f.start > end).map((f) => f.text));
  const out: T[] = [];
  for (const f of found) {
    if (f.start > end || f.entry || body.has(f.text)) {
      out.push(f);
      continue;
    }
    // The longest run of the name's last words that the body writes ("Korvath" of "Pushes Korvath").
    const words = [...f.text.matchAll(/\S+/g)];
    const k = words.findIndex((w, i) => i > 0 && body.has(f.text.slice(w.index)));
    if (k > 0) {
      out.push({ ...f, start: f.start + words[k]!.index!, text: f.text.slice(words[k]!.index) });
      continue;
    }
    // Else up to the first head of a body's name after its first word ("Interior Ministry" of "Interior Ministry Defends Quake Rebuilding Pace").
    const head = words.findIndex((w, i) => i > 0 && i < words.length - 1 && ORG_HEADS.has(w[0].toLowerCase()));
    const cut = head > 0 ? words[head]!.index! + words[head]![0].length : 0;
    out.push(head > 0 ? { ...f, type: 'ORG', text: f.text.slice(0, cut), end: f.start + cut } : f);
  }
  return out;
}
