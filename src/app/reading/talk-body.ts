/** The talk's body on the page, and how far through it the window is: shared by the saved reading position and the reading bar. */
import { measureProgress, type Measured } from './scroll-progress';

/** The talk page's body (`.talk-body`, or an element marked `data-reading-body`). */
export function talkBody(): Element | null {
  return document.querySelector('[data-reading-body], .talk-body');
}

/** Progress through the talk body at the window's scroll now; undefined when no talk is shown. */
export function measureTalkBody(): Measured | undefined {
  const body = talkBody();
  if (!body) return undefined;
  const rect = body.getBoundingClientRect();
  return measureProgress(
    rect.top + window.scrollY,
    rect.height,
    window.scrollY,
    window.innerHeight,
  );
}
