/**
 * Remembers how far a talk was read: restores the window scroll once the talk has rendered, then
 * records progress while the reader scrolls (throttled) and when the page is hidden or left.
 */
import { useEffect } from 'preact/hooks';
import { getPosition, savePosition } from '../../data/positions';
import { talkUrl } from '../../shared/urls';
import { useBase } from '../base';
import { scrollOffsetFor, type Measured } from './scroll-progress';
import { measureTalkBody, talkBody } from './talk-body';

const SAVE_EVERY_MS = 1000;
/** Positions at the very top or the very end are not worth jumping to. */
const RESTORE_MIN = 0.01;
const RESTORE_MAX = 0.99;
/** Input that means the reader is scrolling by hand. */
const HAND_EVENTS = ['wheel', 'touchmove', 'keydown'] as const;

/** True when the whole talk body shows in the window at the top of the page: read on sight. */
function fitsInWindow(): boolean {
  const body = talkBody();
  if (!body) return false;
  const rect = body.getBoundingClientRect();
  return rect.top + window.scrollY + rect.height <= window.innerHeight;
}

function restore(progress: number): void {
  const body = talkBody();
  if (!body) return;
  const rect = body.getBoundingClientRect();
  const top = rect.top + window.scrollY;
  window.scrollTo({
    top: scrollOffsetFor(progress, top, rect.height, window.innerHeight),
    behavior: 'instant',
  });
}

/** Restores the talk's saved scroll position once `ready`, then records progress while reading. */
export function useReadingPosition(talkId: string, ready: boolean): void {
  const base = useBase();
  useEffect(() => {
    if (!ready || typeof window === 'undefined') return;
    // Scroll events while another URL is current belong to that page (history restoring its
    // scroll before this talk unmounts): only this talk's own URL may record its place.
    const ownPath = decodeURI(talkUrl(base, talkId));
    const isCurrent = () => decodeURI(location.pathname) === ownPath;
    let active = true;
    let tracking = false;
    let latest: Measured | undefined;
    let dirty = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A reader who already scrolled by hand before we were ready is not yanked back.
    let movedByHand = false;
    // Scroll left over from the previous page is already there now; the reader's own comes later.
    const startY = Math.round(window.scrollY);
    const onHand = () => {
      movedByHand = true;
    };

    // Saves the last measured position; never re-measures, because on unmount the DOM may
    // already show the next talk.
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      if (!dirty || !latest) return;
      dirty = false;
      savePosition(talkId, latest.progress, latest.reachedEnd).catch(() => undefined);
    };
    const record = () => {
      if (!tracking || !isCurrent()) return;
      const measured = measureTalkBody();
      if (!measured) return;
      latest = measured;
      dirty = true;
      timer ??= setTimeout(flush, SAVE_EVERY_MS);
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };

    getPosition(talkId)
      .catch(() => undefined)
      .then((saved) => {
        if (!active) return;
        // A link to a heading (#anchor) or to search matches (?hl=) wins over the remembered position.
        const linked = !!location.hash || new URLSearchParams(location.search).has('hl');
        const restoreTo =
          saved && !linked && saved.progress > RESTORE_MIN && saved.progress < RESTORE_MAX
            ? saved.progress
            : undefined;
        requestAnimationFrame(() => {
          if (!active) return;
          if (restoreTo !== undefined && !movedByHand) restore(restoreTo);
          tracking = true;
          // Record where the reader is now only when they moved since we mounted (by hand, or
          // the page scrolled), or when the talk fits in the window (read as soon as shown).
          // Otherwise the window may still hold the previous talk's scroll (a move between
          // talks renders before the page returns to the top), which is not this talk's place.
          const now = isCurrent() ? measureTalkBody() : undefined;
          const moved = movedByHand || Math.round(window.scrollY) !== startY;
          const changed =
            now &&
            (moved || fitsInWindow()) &&
            (now.reachedEnd !== (saved?.finished ?? false) ||
              Math.abs(now.progress - (saved?.progress ?? 0)) > 0.005);
          if (changed) {
            latest = now;
            dirty = true;
            flush();
          }
        });
      });

    window.addEventListener('scroll', record, { passive: true });
    for (const type of HAND_EVENTS)
      window.addEventListener(type, onHand, { passive: true, once: true });
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      active = false;
      flush();
      window.removeEventListener('scroll', record);
      for (const type of HAND_EVENTS) window.removeEventListener(type, onHand);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [talkId, ready, base]);
}
