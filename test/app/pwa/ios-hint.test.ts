import { describe, expect, it } from 'vitest';
import { isIosSafariBrowser } from '../../../src/app/pwa/ios-hint';

const nav = (userAgent: string, extra: { maxTouchPoints?: number; standalone?: boolean } = {}) =>
  ({
    userAgent,
    maxTouchPoints: extra.maxTouchPoints ?? 0,
    standalone: extra.standalone,
  }) as unknown as Navigator;

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const IPAD_DESKTOP_MODE =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const IPHONE_CHROME =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0 Mobile/15E148 Safari/604.1';
const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36';

describe('isIosSafariBrowser', () => {
  it('is true for Safari on iPhone and on an iPad that reports itself as a Mac', () => {
    expect(isIosSafariBrowser(nav(IPHONE_SAFARI), false)).toBe(true);
    expect(isIosSafariBrowser(nav(IPAD_DESKTOP_MODE, { maxTouchPoints: 5 }), false)).toBe(true);
  });

  it('is false on a real Mac, on Android and in other iOS browsers', () => {
    expect(isIosSafariBrowser(nav(IPAD_DESKTOP_MODE), false)).toBe(false);
    expect(isIosSafariBrowser(nav(ANDROID_CHROME, { maxTouchPoints: 5 }), false)).toBe(false);
    expect(isIosSafariBrowser(nav(IPHONE_CHROME), false)).toBe(false);
  });

  it('is false once the app runs from the home screen', () => {
    expect(isIosSafariBrowser(nav(IPHONE_SAFARI, { standalone: true }), false)).toBe(false);
    expect(isIosSafariBrowser(nav(IPHONE_SAFARI), true)).toBe(false);
  });
});
