/**
 * Headlines written in title case ("Meridian Pictures Pushes Korvath's 'The Salt Road' to 2027")
 * as a text's first line: every word capitalised, so capitalised runs there are no names.
 */

/** Words of four letters or more in a title-case line are at least this share capitalised. */
const MIN_CAPITALISED_SHARE = 0.7;

/** The end of the first line when it is a headline in title case, else -1. */
export function titleCaseHeadlineEnd(text: string): number {
  const end = text.indexOf('\n');
  if (end < 0) return -1;
  const line = text.slice(0, end).trim();
  if (/[.!?]$/.test(line)) return -1;
  const words = line.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+/u, '')).filter((w) => w.length >= 4);
  if (words.length < 3) return -1;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= MIN_CAPITALISED_SHARE ? end : -1;
}
