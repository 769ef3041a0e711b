/** Time buckets for the timeline chart: days for short spans, weeks or months for longer ones. */
export type Grain = 'day' | 'week' | 'month';

export interface DayCount {
  /** YYYY-MM-DD, or "undated". */
  date: string;
  events: number;
  /** Events per quad class 1–4. */
  quads: number[];
}

export interface Bucket {
  /** Day (YYYY-MM-DD), the Monday of a week, YYYY-MM, or "undated". */
  key: string;
  /** For headings: "on 2019-01-22", "in the week of 2019-01-21", "in 2019-01", "without a date". */
  label: string;
  /** Start in ms (UTC); NaN when undated. */
  start: number;
  events: number;
  quads: number[];
}

const DAY_MS = 86_400_000;
/** Longest span drawn day by day, and week by week (in days); longer spans go by month. */
export const MAX_DAYS_BY_DAY = 92;
export const MAX_DAYS_BY_WEEK = 800;

export function grainFor(days: readonly DayCount[]): Grain {
  const times = days.filter((d) => d.date !== 'undated').map((d) => Date.parse(`${d.date}T00:00:00Z`));
  if (times.length === 0) return 'day';
  const span = (Math.max(...times) - Math.min(...times)) / DAY_MS;
  return span <= MAX_DAYS_BY_DAY ? 'day' : span <= MAX_DAYS_BY_WEEK ? 'week' : 'month';
}

/** The bucket of a day ("undated" stays undated). */
export function bucketKey(date: string, grain: Grain): string {
  if (date === 'undated' || !/^\d{4}-\d{2}-\d{2}/.test(date)) return 'undated';
  const day = date.slice(0, 10);
  if (grain === 'day') return day;
  if (grain === 'month') return day.slice(0, 7);
  const t = Date.parse(`${day}T00:00:00Z`);
  const monday = t - ((new Date(t).getUTCDay() + 6) % 7) * DAY_MS;
  return new Date(monday).toISOString().slice(0, 10);
}

function labelOf(key: string, grain: Grain): string {
  if (key === 'undated') return 'without a date';
  return grain === 'day' ? `on ${key}` : grain === 'week' ? `in the week of ${key}` : `in ${key}`;
}

/** Day counts → buckets in time order, undated last. */
export function bucketize(days: readonly DayCount[], grain: Grain): Bucket[] {
  const buckets = new Map<string, Bucket>();
  for (const d of days) {
    const key = bucketKey(d.date, grain);
    let b = buckets.get(key);
    if (!b) {
      const start = key === 'undated' ? Number.NaN : Date.parse(`${grain === 'month' ? `${key}-01` : key}T00:00:00Z`);
      buckets.set(key, (b = { key, label: labelOf(key, grain), start, events: 0, quads: [0, 0, 0, 0] }));
    }
    b.events += d.events;
    d.quads.forEach((n, q) => (b.quads[q] = (b.quads[q] ?? 0) + n));
  }
  return [...buckets.values()].sort((a, b) => (Number.isNaN(a.start) ? 1 : Number.isNaN(b.start) ? -1 : a.start - b.start));
}
