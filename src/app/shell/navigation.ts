/** What happens around a client-side navigation: scroll, focus on the new heading, title. */
import type { RouterOnChangeArgs } from 'preact-router';
import { bookmarksUrl, searchUrl } from '../../shared/urls';
import { pageMeta } from '../page-meta';
import { checkOfflineFiles } from '../sw-bridge';

let popped = false;

/** Notes back/forward navigations (so their scroll is left to the browser); call once at start. */
export function watchHistory(): void {
  addEventListener('popstate', () => (popped = true));
}

/** The Router's onChange: after a navigation (not the first render), scroll up and focus the h1. */
export function onRouteChange(base: string, { url, previous }: RouterOnChangeArgs): void {
  const path = url.split(/[?#]/)[0];
  // Pages owned elsewhere get their title here; data pages set theirs once loaded.
  if (path === searchUrl(base)) document.title = pageMeta({ kind: 'search' }, base).title;
  if (path === bookmarksUrl(base)) document.title = pageMeta({ kind: 'bookmarks' }, base).title;
  if (previous === undefined || previous === url) return;
  const wasPopped = popped;
  popped = false;
  // Only the query changed (search as you type, filters): same page, keep scroll and focus.
  if (previous.split(/[?#]/)[0] === path) return;
  void checkOfflineFiles(); // a new page: are its offline files still there?
  if (!wasPopped) scrollTo(0, 0);
  // The reader is typing (e.g. the header search field led here): leave the caret where it is.
  if (document.activeElement?.matches(EDITING)) return;
  focusHeading();
}

const EDITING =
  'input:not([type=checkbox]):not([type=radio]):not([type=button]), textarea, [contenteditable=""], [contenteditable="true"]';

/** Focuses the new page's h1 once it has rendered (skipping loading placeholders), for screen readers. */
function focusHeading(): void {
  let frames = 0;
  const attempt = () => {
    const heading = document.querySelector<HTMLElement>('main h1:not([data-loading])');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    } else if (++frames < 180) {
      requestAnimationFrame(attempt);
    }
  };
  requestAnimationFrame(attempt);
}
