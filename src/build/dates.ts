/** Date normalising shared by the markdown and Blogger readers: every date becomes ISO `YYYY-MM-DD`. */

const ISO_PREFIX = /^(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[T\s])/;
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// "Friday, April 3, 2015", "April 3, 2015", "Apr 3rd, 2015"
const LONG_DATE = /^(?:[A-Za-z]+,\s*)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYY-MM-DD` when year, month and day form a real calendar date, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999)
    return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** ISO date of a front-matter value (Date, `2016-03-09`, `2016-03-09T10:00:00+03:00`, `2016-03-09 10:00`) or undefined. */
export function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    // YAML dates without a zone are UTC midnight: the UTC calendar day is the one written
    return isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  // epoch milliseconds or seconds (podcast feeds): only within 1990..2100
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = value > 1e11 ? value : value * 1000;
    if (ms < 631152000000 || ms > 4102444800000) return undefined;
    return normaliseDate(new Date(ms));
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  // the written calendar day wins over a time zone shift, as an author means it
  const iso = ISO_PREFIX.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return parseLongDate(text);
}

/** ISO date of an English long date such as `Friday, April 3, 2015`, or undefined. */
export function parseLongDate(text: string): string | undefined {
  const match = LONG_DATE.exec(text.trim());
  if (!match) return undefined;
  const name = match[1]!.toLowerCase();
  const month = MONTHS.findIndex((m) => m === name || (name.length >= 3 && m.startsWith(name)));
  if (month < 0) return undefined;
  return isoDate(Number(match[3]), month + 1, Number(match[2]));
}
