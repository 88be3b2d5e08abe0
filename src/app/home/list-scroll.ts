/**
 * Keeps a long list's scroll position in its history entry, so back (or a reload) returns to the
 * same place even though the list is only as tall as it should be once the app drew it: the
 * browser's own restoration runs too early for that. Used by the home list and search results.
 */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

const KEY = 'talkshelfListScroll';
/** Scrolling must pause this long before the position is written (history writes are throttled). */
const SAVE_AFTER_MS = 150;

function rememberListScroll(): void {
  try {
    history.replaceState({ ...(history.state as object | null), [KEY]: Math.round(scrollY) }, '');
  } catch {
    // a browser refusing state changes loses only the position
  }
}

function savedListScroll(): number | undefined {
  const value = (history.state as Record<string, unknown> | null)?.[KEY];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Saves the window's scroll into the current history entry as the reader scrolls, and, once
 * `ready` (the list drawn at its full height), returns to the position saved there, once per mount.
 */
export function useHistoryScroll(ready: boolean): void {
  useEffect(() => {
    let timer = 0;
    const onScroll = () => {
      clearTimeout(timer);
      timer = window.setTimeout(rememberListScroll, SAVE_AFTER_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
    };
  }, []);
  const restored = useRef(false);
  useLayoutEffect(() => {
    if (!ready || restored.current) return;
    restored.current = true;
    const saved = savedListScroll();
    if (saved === undefined) return;
    const restore = () => window.scrollTo({ top: saved, behavior: 'instant' });
    restore();
    // The browser's own restoration, clamped to the shorter page it first saw, may land after ours.
    const frame = requestAnimationFrame(restore);
    return () => cancelAnimationFrame(frame);
  }, [ready]);
}
