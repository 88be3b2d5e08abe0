/** The search page's state as it lives in the URL: `?q=…&event=…&year=…&lang=…&bookmarked=1&exact=1`. */
import type { SearchFilters } from '../../shared/search-types';
import type { Language } from '../../shared/types';
import { searchUrl } from '../../shared/urls';

/** What the search page shows: the text and its filters. */
export interface SearchParams {
  q: string;
  event?: string;
  year?: string;
  lang?: Language;
  bookmarked?: boolean;
  /** Search the words as typed, correcting none ("search instead for …"). */
  exact?: boolean;
  /** How many more pages of results were asked for (`more=2`: 60 results shown). */
  more?: number;
}

/** Results per page. */
export const RESULTS_PAGE = 20;

const LANGUAGES: readonly string[] = ['en', 'ru', 'zh', 'ja', 'und'];

/** The search params of a URL (path and query, or a full URL); unknown values are dropped. */
export function parseSearchParams(url: string): SearchParams {
  const query = new URLSearchParams(
    url.includes('?') ? url.slice(url.indexOf('?') + 1).split('#')[0] : '',
  );
  const lang = query.get('lang') ?? '';
  const year = query.get('year') ?? '';
  return {
    q: query.get('q') ?? '',
    event: query.get('event') || undefined,
    year: /^\d{4}$/.test(year) ? year : undefined,
    lang: LANGUAGES.includes(lang) ? (lang as Language) : undefined,
    bookmarked: query.get('bookmarked') === '1' || undefined,
    exact: query.get('exact') === '1' || undefined,
    more: /^[1-9]\d?$/.test(query.get('more') ?? '') ? Number(query.get('more')) : undefined,
  };
}

/** The search page URL for these params (built on the shared `searchUrl`). */
export function searchParamsUrl(base: string, p: SearchParams): string {
  const url = searchUrl(base, p.q);
  const extra = new URLSearchParams();
  if (p.event) extra.set('event', p.event);
  if (p.year) extra.set('year', p.year);
  if (p.lang) extra.set('lang', p.lang);
  if (p.bookmarked) extra.set('bookmarked', '1');
  if (p.exact) extra.set('exact', '1');
  if (p.more) extra.set('more', String(p.more));
  const rest = extra.toString();
  if (!rest) return url;
  return `${url}${url.includes('?') ? '&' : '?'}${rest}`;
}

/** True when any filter is set. */
export function hasFilters(p: SearchParams): boolean {
  return !!(p.event || p.year || p.lang || p.bookmarked);
}

/** The engine filters for these params (`onlyTalkIds` is added by the caller for bookmarked-only). */
export function toFilters(p: SearchParams): SearchFilters {
  return { eventId: p.event, year: p.year, language: p.lang };
}
