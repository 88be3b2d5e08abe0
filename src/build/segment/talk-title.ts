/** A talk's title as a reader names it: without numbering, timestamps, durations or wrapping quotes. */

/** Timestamps that open a podcast topic: `00:12:34`, `[@12:34]`, `(12:34)`, `**[00:00](#t=00:00)**`, `12:34 -`. */
export const LEADING_TIMESTAMP =
  /^[\s*_]*(?:\[@?|\(|\[\[)?\s*@?(\d{1,2}:\d{2}(?::\d{2})?)\s*(?:\]\([^)]*\)|\]\]?|\))?[\s*_]*(?:[-–—:|.]\s*)?/u;

/** A timestamp at the end of a topic line: `Topic - *00:12:39*.` */
export const TRAILING_TIMESTAMP =
  /\s*[-–—(]?\s*[*_]*\(?\s*(\d{1,2}:\d{2}(?::\d{2})?)\s*~?\s*\)?[*_]*\.?\s*$/u;

const NUMBERING =
  /^\s*(?:(?:talk|session|item|topic|part|topic no\.?)\s*#?\d{1,3}\s*[:.)-]\s*|#?\d{1,3}(?:\.\d{1,2})*[.)]\s+|\[\d{1,3}\]\s*|[A-Z][.)]\s+|\d{1,2}\s+(?=\p{Lu})|(?:主题|议题|话题|分享|第)[一二三四五六七八九十\d]+(?:个)?[主题]*\s*[:：、.]\s*)/iu;
const ANGLE_DURATION = /^\s*<\s*~?\d{1,3}(?:\s*-\s*\d{1,3})?\s*(?:min(?:ute)?s?|m)\.?\s*>\s*/iu;
const DURATION =
  /\s*[[(（]\s*(?:~?\d{1,3}\s*(?:-\s*\d{1,3}\s*)?(?:min(?:ute)?s?|m|mins\.?|分钟?|мин\.?))\s*[\])）]\s*/giu;
const WRAPPING_QUOTES = /^["“”«»'‘’「『《]\s*(.+?)\s*["“”«»'‘’」』》]$/u;

/** The text without the timestamp it ends with (`Topic - *00:12:39*.`); cheap when it holds none. */
export function withoutTrailingTimestamp(text: string): string {
  // the end-anchored pattern rescans from every position: run it only where a time can be
  return /\d:\d\d/.test(text) ? text.replace(TRAILING_TIMESTAMP, '') : text;
}

/** Whether a line ends with a timestamp. */
export function endsWithTimestamp(line: string): boolean {
  return /\d:\d\d/.test(line) && TRAILING_TIMESTAMP.test(line);
}

/** The timestamp a line opens with, or undefined. */
export function leadingTimestamp(text: string): string | undefined {
  const match = LEADING_TIMESTAMP.exec(text);
  return match ? match[1] : undefined;
}

/** A heading's or item's text cleaned into a talk title (see the module comment). */
export function cleanTalkTitle(raw: string): string {
  let clean = cleaned.get(raw);
  if (clean === undefined) {
    // segmentation asks about one heading several times: each is cleaned once
    if (cleaned.size > 20_000) cleaned.clear();
    clean = cleanOnce(raw);
    cleaned.set(raw, clean);
  }
  return clean;
}

const cleaned = new Map<string, string>();

function cleanOnce(raw: string): string {
  let title = raw.replace(/\s+/g, ' ').trim();
  title = title.replace(LEADING_TIMESTAMP, (m, time: string | undefined) => (time ? '' : m));
  // a task-list box ("[ ] Knative", "[x] Done") is not part of the title
  title = title.replace(/^\[[ xX]\]\s+/, '');
  title = withoutTrailingTimestamp(title.replace(ANGLE_DURATION, ''));
  for (let i = 0; i < 2; i++) title = title.replace(NUMBERING, '');
  title = title.replace(DURATION, ' ').trim();
  title = title.replace(/^[*_]+|[*_]+$/g, '').trim();
  title = title.replace(/^[-–—:•·|]+\s*/u, '').replace(/\s*[-–—:|]+$/u, '');
  const quoted = WRAPPING_QUOTES.exec(title);
  if (quoted) title = quoted[1];
  return title.trim();
}
