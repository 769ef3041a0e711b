/**
 * "Mwanaisha, 29, who fled her village, said …", "Roseline, a 41-year-old market vendor, said": a
 * name followed by an age in commas is a person's, news style for people named once. The model misses such names when it has never seen
 * them and they open the sentence; a run of one to three capitalised words before ", 29," that no
 * span covers becomes a person, and so does a span of another type there (not a place: "Gaza, 2023,").
 */
import type { NerSpan } from './model.js';

/** A comma, an age and a comma, or a comma and "a 41-year-old" (found first: cheap). */
const AGE = /, (?:(?:1[89]|[2-9]\d|1\d{2}), |an? (?:1[89]|[2-9]\d|1\d{2})-year-old\b)/g;
/** One to three capitalised words right before the age, not inside a longer word. */
const NAME_BEFORE = /(?<![\p{L}\p{N}'’-])((?:\p{Lu}[\p{Ll}'’-]+ ){0,2}\p{Lu}[\p{Ll}'’-]+)$/u;
/** The description after "a 41-year-old" closes with a comma, as an apposition does ("street vendor whose son …,"), not "man was killed". */
const APPOSITION_CLOSES = /^[^.;,]*,/;
/** Words that open a sentence and are no name ("Yesterday, 40, …" does not occur, but "In 2019, 45, …" might). */
const NOT_NAMES = new Set(['In', 'On', 'At', 'By', 'Since', 'From', 'The', 'A', 'An', 'Of', 'And', 'But', 'Aged', 'Age', 'One', 'Another', 'Both', 'Each', 'Some']);

/** The spans with each unlabelled or non-place name before ", <age>," or ", a <age>-year-old" a person. */
export function agedNames(text: string, spans: NerSpan[]): NerSpan[] {
  if (!text.includes(', ')) return spans;
  const added: NerSpan[] = [];
  for (const age of text.matchAll(AGE)) {
    const from = Math.max(0, age.index! - 60);
    const m = NAME_BEFORE.exec(text.slice(from, age.index));
    if (!m) continue;
    const name = m[1]!;
    if (NOT_NAMES.has(name.split(' ')[0]!)) continue;
    const start = from + m.index;
    const end = age.index!;
    const covering = spans.find((s) => s.start < end && start < s.end);
    if (!covering) added.push({ start, end, type: 'PERSON', confidence: 0.5 });
    // "Yuyun, a 41-year-old street vendor": no place is described by an age, whatever the model read.
    else if (covering.start === start && covering.end === end && covering.type !== 'PERSON' && ((covering.type !== 'GPE' && covering.type !== 'LOC') || (age[0].endsWith('year-old') && APPOSITION_CLOSES.test(text.slice(age.index! + age[0].length, age.index! + age[0].length + 120))))) covering.type = 'PERSON';
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}
