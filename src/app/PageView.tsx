/** Picks the pure view for a page: shared by the prerender and the running app's routes. */
import { BookmarksPage } from './bookmarks/BookmarksPage';
import { SearchPage } from './search/SearchPage';
import type { StaticPage } from './page-meta';
import { AboutView } from './views/AboutView';
import { DataView } from './views/DataView';
import { NotFoundView } from './views/NotFoundView';

/** The page's content (what goes inside `<main>`). */
export function PageView({ page }: { page: StaticPage }) {
  switch (page.kind) {
    case 'home':
    case 'event':
    case 'talk':
      return <DataView page={page} />;
    case 'about':
      return <AboutView />;
    case 'search':
      return <SearchPage />;
    case 'bookmarks':
      return <BookmarksPage />;
    case 'notFound':
      return <NotFoundView />;
  }
}
