/**
 * The entry: starts bringing the corpus into IndexedDB, loads the current URL's page, then renders
 * the app over the prerendered HTML (same markup, so nothing flashes).
 */
import { render } from 'preact';
import { corpusManifestUrl, corpusVersion } from 'virtual:talkshelf-corpus';
import { loadCorpus } from '../data/corpus-loader';
import { onCorpusDamage } from '../data/corpus-state';
import { wellFormedUrl } from '../shared/safe-url';
import { App } from './App';
import { BASE } from './base';
import { preloadRoute } from './routes/lazy-routes';
import { keyForUrl, loadPage } from './routes/route-data';
import { watchHistory } from './shell/navigation';
import { watchTypedUrl } from './search/typed-url';
import './styles/base.css';
import './styles/shell.css';
import './styles/pages.css';
import './styles/prose.css';
// The lazy routes' styles ship with the shell, so their prerendered pages are styled at once.
import './bookmarks/bookmarks.css';
import './search/search.css';
import './settings/settings.css';

/** How long the prerendered page may stay static while its data loads, before the app shows its own loading state. */
const TAKEOVER_WAIT_MS = 4000;

// a malformed escape in the address (`?q=%`, `%ED%A0%80`) is literal text: fix the URL before the router decodes it
const here = `${location.pathname}${location.search}${location.hash}`;
const safe = wellFormedUrl(here);
if (safe !== here) history.replaceState(history.state, '', safe);

const corpus = { base: BASE, manifestUrl: corpusManifestUrl, version: corpusVersion };
void loadCorpus(corpus);
// A stored record that cannot be read: fetch the corpus again, once a session.
const offDamage = onCorpusDamage(() => {
  offDamage();
  void loadCorpus(corpus, { repair: true });
});
watchHistory();
watchTypedUrl();

const key = keyForUrl(location.pathname, BASE);
const ready = Promise.all([
  key ? loadPage(key).catch(() => undefined) : undefined,
  preloadRoute(location.pathname, BASE).catch(() => undefined),
]);
const timeout = new Promise((resolve) => setTimeout(resolve, TAKEOVER_WAIT_MS));

void Promise.race([ready, timeout]).then(() => {
  const root = document.getElementById('app');
  if (!root) return;
  render(<App />, root);
  root.dataset.ready = ''; // the app has taken over: tests and styles can tell
});
