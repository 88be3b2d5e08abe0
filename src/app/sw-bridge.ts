/**
 * The page's only link to the service worker (through workbox-window): registers it under the
 * base path and tells subscribers when the app first became ready offline and when a new version
 * waits. An update is applied only when the reader asks, keeping their place across the reload.
 */
import { Workbox } from 'workbox-window';
import { CHECK_PRECACHE, type PrecacheStatus } from '../shared/sw-protocol';
import { rememberScroll } from './pwa/keep-scroll';

/** What the worker has told the page so far. */
export interface WorkerState {
  /** The worker activated for the first time: the app shell now opens offline. */
  offlineReady: boolean;
  /** A new version is installed and waits for the reader's go-ahead. */
  updateWaiting: boolean;
  /** Files for offline reading the browser removed and that could not be fetched again yet. */
  offlineFilesMissing: number;
  /** The reader closed the "ready to read offline" notice. */
  readyDismissed?: boolean;
}

let state: WorkerState = { offlineReady: false, updateWaiting: false, offlineFilesMissing: 0 };
const listeners = new Set<(state: WorkerState) => void>();
let workbox: Workbox | undefined;

function update(patch: Partial<WorkerState>) {
  state = { ...state, ...patch };
  for (const listener of listeners) listener(state);
}

/** Calls `listener` now and on every change; returns the unsubscribe function. */
export function onWorkerState(listener: (state: WorkerState) => void): () => void {
  listeners.add(listener);
  listener(state);
  return () => listeners.delete(listener);
}

/** Registers `${base}sw.js` once, in production builds in browsers that have service workers. */
export function startServiceWorker(): void {
  if (workbox || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  workbox = new Workbox(`${base}sw.js`, { scope: base });
  workbox.addEventListener('activated', (event) => {
    if (!event.isUpdate) update({ offlineReady: true });
  });
  workbox.addEventListener('waiting', () => update({ updateWaiting: true }));
  workbox
    .register()
    .then(() => {
      // A worker already in control may have lost cached files (the browser evicts them while the
      // app sleeps): check now, when the app comes back to the front, and when the network returns.
      if (navigator.serviceWorker.controller) void checkOfflineFiles();
      window.addEventListener('online', () => void checkOfflineFiles());
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') void checkOfflineFiles();
      });
    })
    .catch((error: unknown) => console.warn('Service worker not registered', error));
}

let checking: Promise<void> | undefined;
let checkAgain = false;

/**
 * Asks the worker to fetch again any offline file the browser removed, and keeps how many are
 * still missing (the reader is told). Called on start, on return to the app, when the network
 * returns and on every page change. One check runs at a time; a call during it runs one more
 * after it, so an answer from before the network returned never has the last word.
 */
export function checkOfflineFiles(): Promise<void> {
  if (!workbox || !navigator.serviceWorker.controller) return Promise.resolve();
  if (checking) {
    checkAgain = true;
    return checking;
  }
  const wb = workbox;
  checking = (async () => {
    do {
      checkAgain = false;
      try {
        const status = (await wb.messageSW({ type: CHECK_PRECACHE })) as PrecacheStatus | undefined;
        if (status) update({ offlineFilesMissing: status.stillMissing });
        retryWhileMissing(status?.stillMissing ?? 0);
      } catch {
        // no worker to answer: nothing was stored to lose
      }
    } while (checkAgain);
    checking = undefined;
  })();
  return checking;
}

/** Checks again after a while, at most a few times. */
const RETRY_MS = 2000;
const RETRIES = 5;
let retries = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Files still missing while the browser says it is online (a connection just back often fails
 * its first requests): asks again a few times, so the reader is not left with the notice.
 */
function retryWhileMissing(stillMissing: number): void {
  if (stillMissing === 0 || !navigator.onLine) {
    retries = 0;
    return;
  }
  if (retryTimer || retries >= RETRIES) return;
  retries++;
  retryTimer = setTimeout(() => {
    retryTimer = undefined;
    void checkOfflineFiles();
  }, RETRY_MS);
}

/** Applies the waiting version: the new worker takes control, then the page reloads in place. */
export function applyUpdate(): void {
  const wb = workbox;
  if (!wb) return;
  wb.addEventListener('controlling', () => {
    rememberScroll();
    window.location.reload();
  });
  // Posts { type: SKIP_WAITING } to the waiting worker, which then calls skipWaiting().
  wb.messageSkipWaiting();
  update({ updateWaiting: false });
}

/** Hides the "ready offline" notice once the reader has seen it. */
export function dismissOfflineReady(): void {
  update({ readyDismissed: true });
}
