/** When to show the "Add to Home Screen" hint: iOS Safari has no install prompt of its own. */

const DISMISSED_KEY = 'talkshelf:ios-install-hint-dismissed';

/** Returns true on an iPhone or iPad in Safari, not yet running as an installed app. */
export function isIosSafariBrowser(nav: Navigator, standaloneMedia: boolean): boolean {
  const ios =
    /iphone|ipad|ipod/i.test(nav.userAgent) ||
    // iPadOS reports itself as a Mac, but Macs have no touch screen.
    (/macintosh/i.test(nav.userAgent) && nav.maxTouchPoints > 1);
  const otherBrowser = /crios|fxios|edgios|opios/i.test(nav.userAgent);
  const standalone = (nav as Navigator & { standalone?: boolean }).standalone === true;
  return ios && !otherBrowser && !standalone && !standaloneMedia;
}

/** Returns true when the reader has not dismissed the hint on this device. */
export function iosHintWanted(): boolean {
  try {
    return localStorage.getItem(DISMISSED_KEY) !== '1';
  } catch {
    return true;
  }
}

/** Remembers on this device that the reader dismissed the hint. */
export function dismissIosHint(): void {
  try {
    localStorage.setItem(DISMISSED_KEY, '1');
  } catch {
    // Storage refused: the hint is hidden for this visit only.
  }
}
