/** Keeping the reader's scroll position across the reload that applies an app update. */

const key = () => `talkshelf:scroll:${location.pathname}${location.search}`;

/** Saves the current scroll position for this URL in sessionStorage (this tab only). */
export function rememberScroll(): void {
  try {
    sessionStorage.setItem(key(), String(Math.round(window.scrollY)));
  } catch {
    // Storage refused (private mode): the reload still happens, only the position is lost.
  }
}

/**
 * Scrolls back to a position saved before an update reload. The talk renders after IndexedDB
 * answers and the parts below it later still, so the page may reach its full height only after
 * a while (longer on a slow phone): until the reader scrolls by hand, or `settleMs` passes, the
 * position is applied again whenever the page grows. Returns whether one was saved.
 */
export function restoreScroll(settleMs = 10_000): boolean {
  let saved: string | null = null;
  try {
    saved = sessionStorage.getItem(key());
    sessionStorage.removeItem(key());
  } catch {
    return false;
  }
  const y = Number(saved);
  if (!saved || !Number.isFinite(y)) return false;
  const byHand = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  let done = false;
  const stop = () => {
    done = true;
    observer?.disconnect();
    for (const type of byHand) removeEventListener(type, stop);
  };
  const apply = () => {
    if (done) return;
    window.scrollTo(0, y);
    if (Math.round(window.scrollY) === Math.round(y)) stop(); // reached: the page is tall enough
  };
  const observer =
    typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => apply());
  observer?.observe(document.documentElement);
  for (const type of byHand) addEventListener(type, stop, { passive: true });
  setTimeout(stop, settleMs);
  apply();
  return true;
}
