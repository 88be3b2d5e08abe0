/** `#+DATE:` values as ISO dates: Org timestamps and whatever the shared date helpers understand. */
import { isoDate, normaliseDate } from '../dates';

// `<2015-01-28 Wed>`, `[2015-01-28 Wed 19:00]`, `<2015-01-28 Mi 19:00-21:00 +1w>`, ranges
const TIMESTAMP = /^[<[](\d{4})-(\d{1,2})-(\d{1,2})(?:[ \t][^\]>]*)?[\]>]/;

/** ISO `YYYY-MM-DD` of an Org date value (its first timestamp when it is a range), or undefined. */
export function orgDate(value: string): string | undefined {
  const text = value.trim();
  const stamp = TIMESTAMP.exec(text);
  if (stamp) return isoDate(Number(stamp[1]), Number(stamp[2]), Number(stamp[3]));
  return normaliseDate(text);
}
