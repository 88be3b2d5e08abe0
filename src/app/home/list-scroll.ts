/**
 * Keeps a long list's scroll position in its history entry, so back (or a reload) returns to the
 * same place even though the list is only as tall as it should be once the app drew it: the
 * browser's own restoration runs too early for that.
 */

const KEY = 'talkshelfListScroll';

/** Saves the window's scroll position into the current history entry. */
export function rememberListScroll(): void {
  try {
    history.replaceState({ ...(history.state as object | null), [KEY]: Math.round(scrollY) }, '');
  } catch {
    // a browser refusing state changes loses only the position
  }
}

/** The position saved in the current history entry (back, forward or reload), if any. */
export function savedListScroll(): number | undefined {
  const value = (history.state as Record<string, unknown> | null)?.[KEY];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
