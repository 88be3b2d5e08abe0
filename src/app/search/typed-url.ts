/**
 * The search address being typed, ahead of the browser's. Each keystroke shows its results at
 * once, but the address is written only when typing pauses (as InstantSearch's router does with
 * its write delay), when the field is left or submitted, or before a click: a same-document
 * navigation per keystroke made Chromium fetch and decode the favicon again and re-render the
 * whole app (about a third of a keystroke's time on a phone), and Safari allows a page only 100
 * history writes in 30 seconds.
 */
import { useEffect, useState } from 'preact/hooks';
import { getCurrentUrl, route } from 'preact-router';

/** Typing that pauses this long writes the address. */
const WRITE_DELAY_MS = 400;

/**
 * A search URL typed over the router's URL `over` (the browser's address then being `at`); `push`
 * when it starts a new history entry.
 */
interface Typed {
  url: string;
  over: string;
  at: string;
  push: boolean;
}

let typed: Typed | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function changed() {
  for (const listener of listeners) listener();
}

/**
 * Shows `url` instead of the router's URL `over` now, and writes it after a pause. `push`: the
 * first keystroke of a burst, whose address is a new history entry (kept for the burst's later ones).
 */
export function typeUrl(url: string, over: string, push: boolean): void {
  const at = getCurrentUrl();
  const pushing = typed?.at === at ? typed.push : false;
  typed = { url, over, at, push: push || pushing };
  clearTimeout(timer);
  timer = setTimeout(writeTypedUrl, WRITE_DELAY_MS);
  changed();
}

/**
 * Writes the typed address now, if any. Dropped instead when the address moved meanwhile (back,
 * a link): the typing belonged to a page that is no longer shown.
 */
export function writeTypedUrl(): void {
  clearTimeout(timer);
  const pending = typed;
  typed = undefined;
  if (!pending) return;
  if (pending.at === getCurrentUrl() && pending.url !== pending.over) {
    route(pending.url, !pending.push);
  } else {
    changed(); // the page shows the address again
  }
}

/** The URL a page at `routerUrl` shows: the one typed over it, if any, else `routerUrl`. */
export function shownUrl(routerUrl: string): string {
  return typed && typed.over === routerUrl ? typed.url : routerUrl;
}

/** `shownUrl(routerUrl)`, rendering again as typing changes it. */
export function useShownUrl(routerUrl: string): string {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((n) => n + 1);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return shownUrl(routerUrl);
}

/** Writes a typed address before anything else can act on the page's URL; call once at start. */
export function watchTypedUrl(): void {
  // Capture: before the router follows a link, the page it leaves gets its address.
  addEventListener('click', writeTypedUrl, true);
  addEventListener('pagehide', writeTypedUrl);
  // Back or forward: the typing belonged to the page left.
  addEventListener('popstate', () => {
    clearTimeout(timer);
    typed = undefined;
  });
  addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') writeTypedUrl();
  });
}
