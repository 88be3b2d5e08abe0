/** The routes fetched as chunks of their own: search, bookmarks and about. */
import { bookmarksUrl, searchUrl, aboutUrl } from '../../shared/urls';
import { lazyView } from './lazy-view';

/** `/search/`. */
export const SearchRoute = lazyView(() => import('../search/SearchPage').then((m) => m.SearchPage));
/** `/bookmarks/`. */
export const BookmarksRoute = lazyView(() =>
  import('../bookmarks/BookmarksPage').then((m) => m.BookmarksPage),
);
/** `/about/`. */
export const AboutRoute = lazyView(() => import('./AboutRoute').then((m) => m.AboutRoute));

/** Fetches the chunk of the lazy route at `path`, if it is one; resolves when it is ready. */
export function preloadRoute(path: string, base: string): Promise<void> {
  if (path === searchUrl(base)) return SearchRoute.preload();
  if (path === bookmarksUrl(base)) return BookmarksRoute.preload();
  if (path === aboutUrl(base)) return AboutRoute.preload();
  return Promise.resolve();
}
