/** The arithmetic between a window scroll offset and reading progress through a talk's body. */

/** Progress through the body and whether its end has come into view. */
export interface Measured {
  progress: number;
  reachedEnd: boolean;
}

// A pixel or two of rounding must not keep a talk from counting as read.
const END_SLACK_PX = 4;

/**
 * How far the body (at `bodyTop`, `bodyHeight` page pixels) is read with the window scrolled to
 * `scrollY`: 0 while its top is at or below the top of the window, 1 once its end is in view.
 */
export function measureProgress(
  bodyTop: number,
  bodyHeight: number,
  scrollY: number,
  viewportHeight: number,
): Measured {
  const reachedEnd = scrollY + viewportHeight >= bodyTop + bodyHeight - END_SLACK_PX;
  const scrollable = bodyHeight - viewportHeight;
  if (scrollable <= 0 || reachedEnd) return { progress: reachedEnd ? 1 : 0, reachedEnd };
  const progress = Math.min(1, Math.max(0, (scrollY - bodyTop) / scrollable));
  return { progress, reachedEnd };
}

/** The window scroll offset that shows `progress` of the body: the inverse of measureProgress. */
export function scrollOffsetFor(
  progress: number,
  bodyTop: number,
  bodyHeight: number,
  viewportHeight: number,
): number {
  return Math.max(0, bodyTop + progress * Math.max(0, bodyHeight - viewportHeight));
}
