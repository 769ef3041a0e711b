/**
 * Date strings → ISO 8601. Keeps the page's own offset (or `Z`) when there is one and the time
 * when there is one; a date alone gives `YYYY-MM-DD`. Returns null for anything not a real date.
 */
import type { Thresholds } from '../thresholds.js';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?';
const TIME = '(?:[\\s,T]+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*(Z|[+-]\\d{2}:?\\d{2}|GMT|UTC)?)?';

const ISO = new RegExp(`(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME}`, 'i');
const SLASHED_YMD = new RegExp(`(\\d{4})/(\\d{1,2})/(\\d{1,2})${TIME}`, 'i');
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})${TIME}`, 'i');
const EPOCH = /^\d{10}(?:\d{3})?$/;
/** 18.11.2019 (day first, as everywhere dots are used) */
const DOTTED_DMY = new RegExp(`\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${TIME}`, 'i');

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function build(
  t: Thresholds,
  y: number,
  mo: number,
  d: number,
  h?: string,
  mi?: string,
  s?: string,
  ampm?: string,
  zone?: string,
): string | null {
  if (!(y >= t.MIN_YEAR && y <= t.MAX_YEAR && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return null;
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCDate() !== d) return null; // 31 February
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || mi === undefined) return day;
  let hour = Number(h);
  if (ampm) {
    const pm = ampm.toLowerCase().startsWith('p');
    if (hour === 12) hour = pm ? 12 : 0;
    else if (pm) hour += 12;
  }
  if (hour > 23 || Number(mi) > 59) return day;
  let offset = '';
  if (zone) {
    const z = zone.toUpperCase();
    if (z === 'Z' || z === 'GMT' || z === 'UTC') offset = 'Z';
    else offset = z.includes(':') ? z : `${z.slice(0, 3)}:${z.slice(3)}`;
  }
  return `${day}T${pad(hour)}:${mi}:${s ?? '00'}${offset}`;
}

export function parseDate(input: string, t: Thresholds): string | null {
  const s = input.trim().slice(0, 200);
  if (s === '') return null;
  if (EPOCH.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const d = new Date(ms);
    const y = d.getUTCFullYear();
    if (y < t.MIN_YEAR || y > t.MAX_YEAR) return null;
    return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  let m = ISO.exec(s) ?? SLASHED_YMD.exec(s);
  if (m) return build(t, Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6], m[7], m[8]);
  m = COMPACT.exec(s);
  if (m) return build(t, Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6]);
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return build(t, Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2]), m[4], m[5], m[6], m[7], m[8]);
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return build(t, Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]), m[4], m[5], m[6], m[7], m[8]);
  m = DOTTED_DMY.exec(s);
  if (m) return build(t, Number(m[3]), Number(m[2]), Number(m[1]), m[4], m[5], m[6], m[7], m[8]);
  return null;
}

/** A /2024/05/17/ (or /2024-05-17/) date in a URL path. */
const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|\.html?|$)/;
/** /2019/nov/18/ */
const URL_MONTH_NAME_DATE = new RegExp(`/((?:19|20)\\d{2})/${MONTH}/(\\d{1,2})(?=[/-]|\\.html?|$)`, 'i');

export function dateFromUrl(url: string, t: Thresholds): string | null {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // not absolute: use as is
  }
  const m = URL_DATE.exec(path);
  if (m) return build(t, Number(m[1]), Number(m[2]), Number(m[3]));
  const n = URL_MONTH_NAME_DATE.exec(path);
  return n ? build(t, Number(n[1]), MONTHS[n[2]!.toLowerCase()]!, Number(n[3])) : null;
}
