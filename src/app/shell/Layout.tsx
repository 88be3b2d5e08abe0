/** The frame of every page: skip link, header (name, search, Bookmarks, About) and the main region. */
import type { ComponentChildren } from 'preact';
import { SearchBox } from '../search/SearchBox';
import { aboutUrl, bookmarksUrl, homeUrl } from '../../shared/urls';
import { useBase } from '../base';
import { ReadingBar } from '../talk/ReadingBar';

/** The page frame around `children`, identical in the prerender and the running app. */
export function Layout({ children }: { children: ComponentChildren }) {
  const base = useBase();
  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      {/* the header and the reading bar stay on screen together */}
      <div class="site-top">
        <header class="site-header">
          <a class="brand" href={homeUrl(base)}>
            Talkshelf
          </a>
          <div class="site-search">
            <SearchBox />
          </div>
          <nav class="site-nav" aria-label="Main">
            <a href={bookmarksUrl(base)}>Bookmarks</a>
            <a href={aboutUrl(base)}>About</a>
          </nav>
        </header>
        <ReadingBar />
      </div>
      <main id="main" class="site-main">
        {children}
      </main>
    </div>
  );
}
