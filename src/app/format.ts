/** Display formats shared by the views; deterministic so Node's prerender and the browser agree. */
import type { Language } from '../shared/types';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
// one formatter: `toLocaleString` makes a new one per call (a search page counts on every keystroke)
const countFormat = new Intl.NumberFormat('en');

/** `2016-03-09` as `Mar 9, 2016`; the input unchanged if it is not a date. */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** The language's English name, or undefined for `und`. */
export function languageName(language: Language): string | undefined {
  return { en: 'English', ru: 'Russian', zh: 'Chinese', ja: 'Japanese', und: undefined }[language];
}

/** The `lang` attribute for text in this language, or undefined when unknown. */
export function langAttribute(language: Language): string | undefined {
  return language === 'und' ? undefined : language;
}

/** `4,098`: a count as the pages write it. */
export function formatCount(count: number): string {
  return countFormat.format(count);
}

/** `1 talk`, `3 talks`, `4,098 talks`: a count with its noun. */
export function plural(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/** A byte count as `12.3 MB`. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

/** The words of `text`, lowercased, accents dropped, split at anything not a letter or digit: for anchors and matching addresses. */
export function plainWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
