import { describe, expect, it } from 'vitest';
import { measureProgress, scrollOffsetFor } from '../../../src/app/reading/scroll-progress';

// A body 3,000 px tall starting 400 px down the page, in an 800 px window.
const TOP = 400;
const HEIGHT = 3000;
const VIEW = 800;

describe('scroll progress', () => {
  it('is 0 above the body, 1 with its end in view, and linear between', () => {
    expect(measureProgress(TOP, HEIGHT, 0, VIEW)).toEqual({ progress: 0, reachedEnd: false });
    expect(measureProgress(TOP, HEIGHT, TOP + 1100, VIEW)).toEqual({
      progress: 0.5,
      reachedEnd: false,
    });
    expect(measureProgress(TOP, HEIGHT, TOP + 2200, VIEW)).toEqual({
      progress: 1,
      reachedEnd: true,
    });
  });

  it('counts a body shorter than the window as read once shown', () => {
    expect(measureProgress(100, 300, 0, VIEW)).toEqual({ progress: 1, reachedEnd: true });
    expect(measureProgress(900, 300, 0, VIEW)).toEqual({ progress: 0, reachedEnd: false });
  });

  it('inverts: restoring a measured progress scrolls back to the same place', () => {
    for (const scrollY of [TOP + 10, TOP + 733, TOP + 2000]) {
      const { progress } = measureProgress(TOP, HEIGHT, scrollY, VIEW);
      expect(scrollOffsetFor(progress, TOP, HEIGHT, VIEW)).toBeCloseTo(scrollY, 6);
    }
  });
});
