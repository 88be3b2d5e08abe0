/** Following the window's scroll, as the long lists and the reading bar do. */

/** What followWindowScroll gives: `schedule` asks for an update in the next frame; `stop` ends it. */
export interface ScrollFollower {
  schedule: () => void;
  stop: () => void;
}

/** Calls `update` now, then at most once a frame while the window scrolls or resizes. */
export function followWindowScroll(update: () => void): ScrollFollower {
  let frame = 0;
  const schedule = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      update();
    });
  };
  update();
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  const stop = () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('scroll', schedule);
    window.removeEventListener('resize', schedule);
  };
  return { schedule, stop };
}
