/**
 * Dates in feeds: RFC 822/1123 in RSS `pubDate`, RFC 3339 / W3C-DTF in Atom and `dc:date`, and the
 * usual mistakes (ISO in pubDate, full month names, no seconds, `+02:00` offsets, 2-digit years).
 * Never uses `Date.parse` on free text: its guesses (local time for zone-less strings) would
 * differ between machines. A date without a zone is read as UTC.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};

/** Zone names seen in feeds, as minutes east of UTC. Unknown names count as UTC. */
const ZONE_OFFSETS_MIN: Readonly<Record<string, number>> = {
  z: 0, ut: 0, utc: 0, gmt: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  akst: -540, akdt: -480, hst: -600,
  wet: 0, west: 60, bst: 60, cet: 60, cest: 120, met: 60, mest: 120, eet: 120, eest: 180,
  msk: 180, ist: 330, jst: 540, kst: 540, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
};

/** Two-digit years below this are 20xx, others 19xx (RFC 2822 section 4.3 rule of thumb). */
const MAX_TWO_DIGIT_YEAR_2000S = 49;

const RFC3339 =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[Tt ]+(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;

const RFC822 =
  /^(?:[A-Za-z]+\.?,?\s*)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,})\.?,?[\s-]+(\d{2,4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(.*)$/;

/** Feed date text → ISO 8601 in UTC (`2003-06-10T04:00:00.000Z`), or null when unreadable. */
export function parseFeedDate(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const value = text.trim().replace(/\s+/g, ' ');
  if (value === '') return null;
  const ms = parseRfc3339(value) ?? parseRfc822(value);
  return ms === null ? null : new Date(ms).toISOString();
}

function parseRfc3339(value: string): number | null {
  const m = RFC3339.exec(value);
  if (m === null) return null;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', fraction = '', zone = 'Z'] = m;
  const offset = zoneOffset(zone);
  if (offset === null) return null;
  const millis = Math.round(Number(`0.${fraction || '0'}`) * 1000);
  return build(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), millis, offset);
}

function parseRfc822(value: string): number | null {
  const m = RFC822.exec(value);
  if (m === null) return null;
  const [, day = '', monthName = '', yearText = '', hour = '00', minute = '00', second = '00', zone = ''] = m;
  const month = MONTHS[monthName.slice(0, 3).toLowerCase()];
  if (month === undefined) return null;
  let year = Number(yearText);
  if (yearText.length === 2) year += year <= MAX_TWO_DIGIT_YEAR_2000S ? 2000 : 1900;
  else if (yearText.length !== 4) return null;
  const offset = zoneOffset(zone.trim() || 'Z');
  if (offset === null) return null;
  return build(year, month, Number(day), Number(hour), Number(minute), Number(second), 0, offset);
}

/** `Z`, `GMT`, `+0200`, `-05:00`, `+02`, `GMT+2`, a zone name (unknown names → UTC); null when malformed. */
function zoneOffset(zone: string): number | null {
  const text = zone.replace(/^\(|\)$/g, '').trim();
  const numeric = /^(?:(?:GMT|UTC|UT)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(text);
  if (numeric !== null) {
    const [, sign, hours = '0', minutes = '0'] = numeric;
    if (Number(hours) > 14 || Number(minutes) > 59) return null;
    return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  }
  const word = /^([A-Za-z]{1,5})\b/.exec(text);
  if (word?.[1] !== undefined) return ZONE_OFFSETS_MIN[word[1].toLowerCase()] ?? 0;
  return null;
}

function build(year: number, month: number, day: number, hour: number, minute: number, second: number, millis: number, offsetMin: number): number | null {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return null;
  const utc = Date.UTC(year, month, day, hour, minute, Math.min(second, 59), millis);
  const check = new Date(Date.UTC(year, month, day));
  if (check.getUTCMonth() !== month || check.getUTCDate() !== day) return null;
  if (year < 100) return null;
  return utc - offsetMin * 60_000;
}
