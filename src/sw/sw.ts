/**
 * The service worker: precaches the app shell and the whole corpus (injected by the build), answers
 * navigations network-first with a short timeout and falls back to the precached shell, so any
 * route, even a talk never opened, works offline. A new version waits until the page asks it to
 * take over (SKIP_WAITING), so a reader is never reloaded mid-talk.
 */
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { SKIP_WAITING, SHELL_PATH, pagesCacheName, precacheVersion } from '../shared/sw-protocol';

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

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === SKIP_WAITING) void self.skipWaiting();
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
