/**
 * An event's date when its metadata gives none: from its title ("April 3 2015", "7 декабря 2017",
 * "2017年12月7日", "3 mars 2015"), its file name or folders (`2017-12-07`, `20171207`,
 * `2016-11/nov-29.md`), or a date line near the top of its text. Only full calendar dates count.
 */
import * as chrono from 'chrono-node';
import { isoDate } from '../dates';

type Parse = (text: string, ref: Date) => chrono.ParsedResult[];
const strict =
  (locale: { strict: chrono.Chrono }): Parse =>
  (text, ref) =>
    locale.strict.parse(text, ref);
const PARSERS: Parse[] = [
  chrono.en,
  chrono.ru,
  chrono.fr,
  chrono.de,
  chrono.es,
  chrono.pt,
  chrono.zh,
  chrono.ja,
  chrono.nl,
  chrono.it,
].map(strict);
/** Day-first readers first: `08/03/2006` is the 8th of March outside the US (only certain dates are kept, so casual parsing is safe). */
const DAY_FIRST: Parse[] = [
  (text, ref) => chrono.en.GB.parse(text, ref),
  ...PARSERS.slice(1),
  PARSERS[0],
];

const NON_ENGLISH_WORDS =
  /(?:^|[\s,.;:()])(?:de|del|la|el|los|las|le|les|des|du|der|die|das|und|von|vom|mit|für|pour|avec|sur|que|para|por|con|una|un|il|di|da|em|в|и|на|с|по|для)(?=[\s,.;:()]|$)/giu;
const ENGLISH_WORDS =
  /(?:^|[\s,.;:()])(?:the|and|of|to|in|for|with|on|at|is|from|by)(?=[\s,.;:()]|$)/giu;

/** Whether a text reads as written outside the US (more French, Spanish, German or Russian function words than English): dates are then day-first. */
export function prefersDayFirst(text: string): boolean {
  const sample = text.slice(0, 3000);
  return (
    (sample.match(NON_ENGLISH_WORDS)?.length ?? 0) > (sample.match(ENGLISH_WORDS)?.length ?? 0)
  );
}
const MONTH_NAMES = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
/** Something a date could be written with: numbers joined by a separator, a day mark, or a month's name in a language chrono reads. */
const DATE_LIKE = new RegExp(
  [
    String.raw`\d{1,4}\s*[-/.年月]\s*\d{1,2}|\d{1,2}\s*[日号]`,
    String.raw`\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b`,
    String.raw`\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b`,
    String.raw`\b(?:januar|februar|märz|april|juni|juli|oktober|dezember)\b`,
    String.raw`\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b`,
    String.raw`\b(?:gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro)\b`,
    String.raw`(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)`,
  ].join('|'),
  'iu',
);
const YEAR = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/;

/** The first full date (year, month and day all written) in `text`, in any language chrono reads; else undefined. */
export function dateInText(
  text: string,
  dayFirst = false,
  yearOfPath?: number,
): string | undefined {
  const sample = text.slice(0, 400);
  // every full date chrono reads writes its year (or takes it from the path): else no date, and no cost
  if (!yearOfPath && !/(?:^|\D)(?:19|20)\d{2}(?!\d)|\d{2}年|'\d{2}\b/.test(sample))
    return undefined;
  if (!DATE_LIKE.test(sample)) return undefined;
  for (const parser of dayFirst ? DAY_FIRST : PARSERS) {
    let results: chrono.ParsedResult[];
    try {
      results = parser(sample, new Date(Date.UTC(2000, 0, 1)));
    } catch {
      continue;
    }
    for (const r of results) {
      const s = r.start;
      if (!s.isCertain('month') || !s.isCertain('day')) continue;
      if (!s.isCertain('year') && !yearOfPath) continue;
      const year = s.isCertain('year') ? s.get('year')! : yearOfPath!;
      if (year < 1980 || year > 2100) continue;
      const iso = isoDate(year, s.get('month')!, s.get('day')!);
      if (iso) return iso;
    }
  }
  return undefined;
}

const FULL_DATE = /(?:^|[^\d])((?:19|20)\d{2})[-_./]?(\d{2})[-_./]?(\d{2})(?!\d)/;
const SPACED_DATE = /(?:^|[^\d])((?:19|20)\d{2})[-_./](\d{1,2})[-_./](\d{1,2})(?!\d)/;
const YEAR_MONTH = /(?:^|[^\d])((?:19|20)\d{2})[-_./](\d{2})(?![-_./]?\d)/;

/** The year a path's folders give ("Reuniones/2010/reunion43.rst"), for dates written without one. */
export function yearInPath(path: string): number | undefined {
  const folders = path.split('/').slice(0, -1);
  for (const part of folders.reverse()) {
    const m = /^((?:19|20)\d{2})$/.exec(part);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** The date a path gives: a full date in the file name, else in a folder, else a folder's year-month with the name's day. */
export function dateInPath(path: string): string | undefined {
  const parts = path.split('/');
  const name = parts[parts.length - 1].replace(/\.[^.]+$/, '');
  const folders = parts.slice(0, -1);
  for (const part of [name, ...folders.reverse()]) {
    for (const re of [SPACED_DATE, FULL_DATE]) {
      const m = re.exec(part);
      if (m) {
        const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
        if (iso) return iso;
      }
    }
  }
  // "keynotes_dec_11_18.md": a month name, the day and a two-digit year
  const short =
    /(?:^|[-_ ])(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*[-_ ](\d{1,2})[-_ ](\d{2})(?!\d)/i.exec(
      name,
    );
  if (short) {
    const month = MONTH_NAMES.indexOf(short[1].slice(0, 3).toLowerCase()) + 1;
    const iso = isoDate(2000 + Number(short[3]), month, Number(short[2]));
    if (iso) return iso;
  }
  // "2016-11/nov-29.md", "2015/february-03.md": the folder's year, the name's month and day
  const year = YEAR.exec(path)?.[1];
  if (!year) return undefined;
  const words = name.replace(/[-_]+/g, ' ');
  const yearMonth = YEAR_MONTH.exec(path);
  if (yearMonth && /^\d{1,2}$/.test(words.trim()))
    return isoDate(Number(yearMonth[1]), Number(yearMonth[2]), Number(words));
  // "2017/CG-07-06.md": the folder's year, the name's month and day
  const monthDay = /(?:^|\D)(\d{1,2})[-_.](\d{1,2})(?!\d)/.exec(name);
  if (monthDay && !name.includes(year)) {
    const iso = isoDate(Number(year), Number(monthDay[1]), Number(monthDay[2]));
    if (iso) return iso;
  }
  return dateInText(words.includes(year) ? words : `${words} ${year}`);
}
