/** Picks the pure view for a page: shared by the prerender and the running app's routes. */
import { BookmarksPage } from './bookmarks/BookmarksPage';
import { SearchPage } from './search/SearchPage';
import type { StaticPage } from './page-meta';
import { AboutView } from './views/AboutView';
import { EventView } from './views/EventView';
import { HomeView } from './views/HomeView';
import { NotFoundView } from './views/NotFoundView';
import { TalkView } from './views/TalkView';

/** The page's content (what goes inside `<main>`). */
export function PageView({ page }: { page: StaticPage }) {
  switch (page.kind) {
    case 'home':
      return <HomeView events={page.events} />;
    case 'event':
      return <EventView event={page.event} talks={page.talks} />;
    case 'talk':
      return <TalkView event={page.event} talk={page.talk} prev={page.prev} next={page.next} />;
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
