/**
 * Dates that news tells relative to its publication day ("on Thursday", "yesterday", "last
 * week") or in part ("on July 24"), resolved to ISO days against the article's `published`.
 */

const DAY_MS = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const FUTURE = /\b(?:will|would|shall|is to|are to|plans? to|scheduled|expected|next|upcoming|due)\b/i;

export interface ResolvedDate {
  /** First day, ISO. */
  date: string;
  /** Precision of the phrase: a day, or a week or month the phrase names. */
  precision: 'day' | 'week' | 'month';
  /** The phrase as written, with its offsets in the searched text. */
  text: string;
  start: number;
  end: number;
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

const PHRASE = new RegExp(
  `\\b(?:(yesterday|today|tonight|tomorrow)|(last|next|this) (week|month)|earlier this (week|month)|(?:on |last |this |next )?(${WEEKDAYS.join('|')})` +
    `|(?:on )?(${MONTHS.join('|')}) (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?|(?:on )?(\\d{1,2}) (${MONTHS.join('|')})(?: (\\d{4}))?)\\b`,
  'gi',
);

/**
 * The date phrases in `text` resolved against the publication day. A bare weekday is the latest
 * such day on or before publication, unless the sentence speaks of the future; a day and month
 * without a year take the publication year (or the next one when the sentence is about the future
 * and the day has passed).
 */
export function resolveDates(text: string, published: string): ResolvedDate[] {
  const base = Date.parse(published.slice(0, 10));
  if (Number.isNaN(base)) return [];
  const future = FUTURE.test(text);
  const out: ResolvedDate[] = [];
  for (const m of text.matchAll(PHRASE)) {
    const [whole, deictic, which, unit, earlierUnit, weekday, month1, day1, year1, day2, month2, year2] = m;
    let date: string | undefined;
    let precision: ResolvedDate['precision'] = 'day';
    if (deictic) {
      const shift = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 }[deictic.toLowerCase() as 'today'];
      date = iso(base + shift * DAY_MS);
    } else if (which || earlierUnit) {
      const u = (unit ?? earlierUnit)!.toLowerCase();
      const w = (which ?? 'this').toLowerCase();
      const d = new Date(base);
      if (u === 'week') {
        const monday = base - ((d.getUTCDay() + 6) % 7) * DAY_MS;
        date = iso(monday + (w === 'last' ? -7 : w === 'next' ? 7 : 0) * DAY_MS);
        precision = 'week';
      } else {
        const shift = w === 'last' ? -1 : w === 'next' ? 1 : 0;
        date = iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + shift, 1));
        precision = 'month';
      }
    } else if (weekday) {
      const target = WEEKDAYS.indexOf(weekday.toLowerCase());
      const today = new Date(base).getUTCDay();
      const forward = /^next /i.test(whole) || (future && !/^last /i.test(whole));
      const delta = forward ? (target - today + 7) % 7 || 7 : -((today - target + 7) % 7);
      date = iso(base + delta * DAY_MS);
    } else {
      const month = MONTHS.indexOf((month1 ?? month2)!.toLowerCase());
      const day = Number(day1 ?? day2);
      const given = year1 ?? year2;
      let year = given ? Number(given) : new Date(base).getUTCFullYear();
      if (!given && future && Date.UTC(year, month, day) < base) year++;
      const t = Date.UTC(year, month, day);
      if (new Date(t).getUTCDate() !== day) continue;
      date = iso(t);
    }
    out.push({ date, precision, text: whole, start: m.index, end: m.index + whole.length });
  }
  return out;
}
