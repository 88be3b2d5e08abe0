/** Helpers the specs share: opening the app, bookmarking, what lies on screen. */
import { expect, type Page } from '@playwright/test';

/** Opens `url` and waits until the app has taken over the prerendered page. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
}

/** The full-size bookmark button of the open talk page. */
export const talkBookmarkButton = (page: Page) => page.locator('[data-shortcut="bookmark"]');

/** Bookmarks the open talk page and waits until the button says so. */
export async function bookmarkOpenTalk(page: Page): Promise<void> {
  const button = talkBookmarkButton(page);
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/** The titles listed on the bookmarks page (the reader's own list), in order. */
export async function listedBookmarkTitles(page: Page): Promise<string[]> {
  const list = page.locator('.ts-my-bookmarks .ts-bookmark-item__title');
  return list.allInnerTexts();
}

/** How many elements matching `selector`, holding text, lie wholly inside the window. */
export function countOnScreen(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].filter((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight && !!element.textContent;
      }).length,
    selector,
  );
}
