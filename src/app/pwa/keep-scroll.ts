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
 * Scrolls back to a position saved before an update reload, once the page is tall enough to hold
 * it (the talk renders after IndexedDB answers); gives up after `timeoutMs`. Returns whether one was saved.
 */
export function restoreScroll(timeoutMs = 3000): boolean {
  let saved: string | null = null;
  try {
    saved = sessionStorage.getItem(key());
    sessionStorage.removeItem(key());
  } catch {
    return false;
  }
  const y = Number(saved);
  if (!saved || !Number.isFinite(y)) return false;
  const until = performance.now() + timeoutMs;
  const attempt = () => {
    const reachable = document.documentElement.scrollHeight - window.innerHeight >= y;
    if (reachable || performance.now() > until) window.scrollTo(0, y);
    else requestAnimationFrame(attempt);
  };
  attempt();
  return true;
}
