/** What happens around a client-side navigation: scroll, focus on the new heading, title. */
import type { RouterOnChangeArgs } from 'preact-router';
import { bookmarksUrl, searchUrl } from '../../shared/urls';
import { pageMeta } from '../page-meta';

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
  if (!popped) scrollTo(0, 0);
  popped = false;
  focusHeading();
}

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
