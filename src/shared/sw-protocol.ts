/** The protocol between the service worker and its page bridge: message names, the shell path, version-tied cache names. */

/** The message a page posts to make a waiting worker take over (workbox-window's messageSkipWaiting sends it). */
export const SKIP_WAITING = 'SKIP_WAITING';

/** The message a page posts (with a reply port) to have the worker check its precache and fill what is missing. */
export const CHECK_PRECACHE = 'CHECK_PRECACHE';

/** The worker's reply to CHECK_PRECACHE: how many precached files were missing, and how many are still. */
export interface PrecacheStatus {
  /** Files of this version's precache that were not in the cache. */
  missing: number;
  /** Files still missing after trying to fetch them again (offline, or the server failed). */
  stillMissing: number;
}

/** The precached app shell, relative to the worker's scope. */
export const SHELL_PATH = 'shell.html';

/** Returns a short, stable hash of the precache manifest: it changes whenever any precached file does. */
export function precacheVersion(
  entries: ReadonlyArray<{ url: string; revision?: string | null } | string>,
): string {
  let hash = 0x811c9dc5;
  for (const entry of entries) {
    const key = typeof entry === 'string' ? entry : `${entry.url}#${entry.revision ?? ''}`;
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x0a, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Returns the runtime cache name for prerendered pages of one precache version. */
export const pagesCacheName = (version: string): string => `talkshelf-pages-${version}`;

/** The cache that holds the search index's and the home catalogue's files: filled by the offline copy and by the worker as pages need them. */
export const SEARCH_CACHE = 'talkshelf-search';
