/** Browser-side helpers the PWA specs share. */
import { expect, type Page } from '@playwright/test';

/** Resolves once a service worker controls `page` (it claims clients on first activation). */
export async function waitForController(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
    timeout: 20_000,
  });
}

/** Resolves once the worker has precached everything and the page says so. */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await waitForController(page);
  await expect(page.getByText('Ready to read offline')).toBeVisible({ timeout: 20_000 });
}
