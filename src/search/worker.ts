/** The search worker: runs the engine off the main thread, fetching index files by URL. */
import { openSearchEngine } from './engine';
import type { SearchEngine } from './engine';
import type { FromWorker, ToWorker } from './worker-protocol';
import { SEARCH_CACHE } from '../shared/sw-protocol';

interface WorkerScope {
  addEventListener(type: 'message', fn: (event: MessageEvent<ToWorker>) => void): void;
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as WorkerScope;
let manifestUrl = '';
let engine: Promise<SearchEngine> | null = null;

/**
 * The index file at `url` as the service worker would serve it (cache first), read here straight
 * from its cache when held there: through the service worker each file costs a round trip of its
 * own, and a two-letter prefix reads 50 shards at 35,000 documents (3–5 times slower at 4× CPU).
 */
async function cached(url: string): Promise<Response | undefined> {
  if (typeof caches === 'undefined') return undefined;
  return caches.match(url, { cacheName: SEARCH_CACHE }).catch(() => undefined);
}

async function loadJson(url: string): Promise<unknown> {
  const response = (await cached(url)) ?? (await fetch(url));
  if (!response.ok) throw new Error(`${response.status} for ${url}`);
  return response.json();
}

function getEngine(): Promise<SearchEngine> {
  if (!engine) {
    // Index paths are relative to the app's base, two folders above the manifest (data/search/).
    const base = new URL('../../', manifestUrl);
    engine = openSearchEngine(manifestUrl, (path) => loadJson(new URL(path, base).href));
    engine.catch(() => (engine = null)); // retry on the next search
  }
  return engine;
}

scope.addEventListener('message', (event) => {
  const msg = event.data;
  if (msg.type === 'init') {
    manifestUrl = msg.manifestUrl;
    getEngine().catch(() => undefined);
    return;
  }
  if (msg.type === 'warm') {
    getEngine()
      .then((e) => e.warm(msg.text))
      .catch(() => undefined); // only a head start: the search itself reports failures
    return;
  }
  getEngine()
    .then((e) => e.search(msg.req))
    .then(
      (res) => scope.postMessage({ type: 'result', id: msg.id, res }),
      (err: unknown) =>
        scope.postMessage({
          type: 'error',
          id: msg.id,
          message: err instanceof Error ? err.message : String(err),
        }),
    );
});
