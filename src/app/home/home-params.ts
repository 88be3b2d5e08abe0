/** The home page's state as it lives in the URL: `/?sort=oldest&kind=podcast&tag=go&year=2019`. */
import type { EventKind } from '../../shared/types';

/** How the home page orders events. */
export type HomeSort = 'newest' | 'oldest' | 'title';

/** What the home page shows: its order and filters. */
export interface HomeParams {
  sort: HomeSort;
  kind?: EventKind;
  tag?: string;
  /** Four digits, or `undated`. */
  year?: string;
}

const SORTS: readonly HomeSort[] = ['newest', 'oldest', 'title'];
const KINDS: readonly EventKind[] = ['conference', 'podcast', 'meetup', 'blog', 'notes'];

/** The home params of a URL (path and query); unknown values fall back to the defaults. */
export function parseHomeParams(url: string): HomeParams {
  const query = new URLSearchParams(
    url.includes('?') ? url.slice(url.indexOf('?') + 1).split('#')[0] : '',
  );
  const sort = query.get('sort') ?? '';
  const kind = query.get('kind') ?? '';
  const year = query.get('year') ?? '';
  return {
    sort: SORTS.includes(sort as HomeSort) ? (sort as HomeSort) : 'newest',
    kind: KINDS.includes(kind as EventKind) ? (kind as EventKind) : undefined,
    tag: query.get('tag') || undefined,
    year: /^\d{4}$/.test(year) || year === 'undated' ? year : undefined,
  };
}

/** The home URL for these params (defaults left out, so the plain home is `base`). */
export function homeParamsUrl(base: string, p: HomeParams): string {
  const query = new URLSearchParams();
  if (p.sort !== 'newest') query.set('sort', p.sort);
  if (p.kind) query.set('kind', p.kind);
  if (p.tag) query.set('tag', p.tag);
  if (p.year) query.set('year', p.year);
  const rest = query.toString();
  return rest ? `${base}?${rest}` : base;
}

/** True when any filter narrows the list. */
export function homeFiltered(p: HomeParams): boolean {
  return !!(p.kind || p.tag || p.year);
}

/** True for the home list in its default order with nothing filtered: the one the build makes. */
export function isDefaultHome(p: HomeParams): boolean {
  return p.sort === 'newest' && !homeFiltered(p);
}
