/**
 * The service worker: precaches the app shell (injected by the build), answers navigations
 * network-first with a short timeout and falls back to the precached shell, which reads the
 * corpus the page stored in IndexedDB, so any stored talk opens offline. Search index and home
 * catalogue files are served from the search cache (filled by the offline copy, or here as pages
 * fetch them). A precache emptied behind its back is filled again when a page asks. A new version
 * waits until the page asks it to take over (SKIP_WAITING), so a reader is never reloaded mid-talk.
 */
import { cacheNames, clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  getCacheKeyForURL,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import {
  CHECK_PRECACHE,
  SEARCH_CACHE,
  SKIP_WAITING,
  SHELL_PATH,
  pagesCacheName,
  precacheVersion,
  type PrecacheStatus,
} from '../shared/sw-protocol';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
};

const manifest = self.__WB_MANIFEST;
const PAGES_CACHE = pagesCacheName(precacheVersion(manifest));

precacheAndRoute(manifest);
cleanupOutdatedCaches();
clientsClaim();

const pages = new NetworkFirst({ cacheName: PAGES_CACHE, networkTimeoutSeconds: 3 });

/** The precached app shell: it renders any route from IndexedDB and the precached corpus. */
const shell = async () => (await matchPrecache(SHELL_PATH)) ?? Response.error();

// Index and home catalogue files are named by their content: one cached copy is good for as long
// as it is listed.
registerRoute(
  ({ url }) =>
    url.origin === self.location.origin &&
    (url.pathname.includes('/data/search/') || url.pathname.includes('/data/home/')),
  new CacheFirst({ cacheName: SEARCH_CACHE }),
);

registerRoute(
  new NavigationRoute(async (options) => {
    // NetworkFirst keeps waiting on a hanging network when nothing is cached; the shell doesn't.
    const giveUp = new Promise<Response>((resolve) => setTimeout(() => resolve(shell()), 4000));
    try {
      return await Promise.race([pages.handle(options), giveUp]);
    } catch {
      return shell(); // offline and never visited
    }
  }),
);

/**
 * Finds precached files the browser (or the reader, clearing site data) removed since install,
 * and fetches them again; the worker's install never runs twice, so nothing else would.
 */
async function refillPrecache(): Promise<PrecacheStatus> {
  const cache = await caches.open(cacheNames.precache);
  const cached = new Set((await cache.keys()).map((request) => request.url));
  const missing = manifest
    .map((entry) => (typeof entry === 'string' ? entry : entry.url))
    .flatMap((url) => {
      const key = getCacheKeyForURL(url);
      return key && !cached.has(new URL(key, self.location.href).href) ? [{ url, key }] : [];
    });
  let stillMissing = 0;
  for (const { url, key } of missing) {
    try {
      const response = await fetch(url, { cache: 'reload' });
      if (!response.ok) throw new Error(`${response.status}`);
      await cache.put(key, response);
    } catch {
      stillMissing++;
    }
  }
  return { missing: missing.length, stillMissing };
}

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const type = (event.data as { type?: string } | null)?.type;
  if (type === SKIP_WAITING) void self.skipWaiting();
  if (type === CHECK_PRECACHE) {
    event.waitUntil(refillPrecache().then((status) => event.ports[0]?.postMessage(status)));
  }
});

self.addEventListener('activate', (event) => {
  // Drop page caches of earlier versions: their prerendered HTML belongs to an older corpus.
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(pagesCacheName('')) && key !== PAGES_CACHE)
            .map((key) => caches.delete(key)),
        ),
      ),
  );
});
