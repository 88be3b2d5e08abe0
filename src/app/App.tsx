/** The running app: the page frame, the routes under the base path, and the global notices. */
import Router from 'preact-router';
import { KeyboardShortcuts } from './keyboard/KeyboardShortcuts';
import { BASE, BaseContext } from './base';
import { EventRoute, HomeRoute, TalkRoute } from './routes/DataRoutes';
import { AboutRoute, BookmarksRoute, SearchRoute } from './routes/lazy-routes';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { Layout } from './shell/Layout';
import { onRouteChange } from './shell/navigation';
import { Notices } from './shell/Notices';

/** The whole app; its first render matches the prerendered page for the same URL. */
export function App() {
  return (
    <BaseContext.Provider value={BASE}>
      <Layout>
        <Router onChange={(change) => onRouteChange(BASE, change)}>
          <HomeRoute path={BASE} />
          <EventRoute path={`${BASE}events/:event/`} />
          <TalkRoute path={`${BASE}events/:event/:talk/`} />
          <SearchRoute path={`${BASE}search/`} />
          <BookmarksRoute path={`${BASE}bookmarks/`} />
          <AboutRoute path={`${BASE}about/`} />
          <NotFoundRoute default />
        </Router>
      </Layout>
      <Notices />
      <KeyboardShortcuts />
    </BaseContext.Provider>
  );
}
