/** Reading comfort: settings apply at once, survive an offline reload, and paint dark from the first frame. */
import { expect, test } from '@playwright/test';
import { TEXT_SIZES } from '../src/shared/types';
import { waitForOfflineReady } from './support/pwa';
import { openApp } from './support/reader';

const DARK_BG = 'rgb(20, 22, 27)'; // --bg of the dark theme, #14161b

test('dark theme and the largest text are kept offline, with no flash of the light theme', async ({
  page,
  context,
}) => {
  // Records what the page looks like in its very first frame and at DOMContentLoaded.
  await context.addInitScript(() => {
    const seen: Record<string, unknown> = {};
    Object.assign(window, { __firstLook: seen });
    requestAnimationFrame(() => {
      seen.frameTheme = document.documentElement.getAttribute('data-theme');
      seen.frameBg = document.body ? getComputedStyle(document.body).backgroundColor : null;
    });
    document.addEventListener('DOMContentLoaded', () => {
      const root = getComputedStyle(document.documentElement);
      seen.theme = document.documentElement.getAttribute('data-theme');
      seen.bg = getComputedStyle(document.body).backgroundColor;
      seen.scale = root.getPropertyValue('--text-scale').trim();
      seen.fontSize = root.fontSize;
    });
  });

  await openApp(page, '/about/');
  await waitForOfflineReady(page);
  const baseFont = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.getByRole('radio', { name: 'Largest' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .toBe(DARK_BG);
  const largest = String(TEXT_SIZES.at(-1));
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize))
    .toBe(`${parseFloat(baseFont) * Number(largest)}px`);

  await context.setOffline(true);
  await page.reload();
  const look = (await page.evaluate(
    () => (window as unknown as { __firstLook: object }).__firstLook,
  )) as Record<string, string | null>;
  expect(look.theme).toBe('dark');
  expect(look.bg).toBe(DARK_BG);
  expect(look.scale).toBe(largest);
  expect(look.fontSize).toBe(`${parseFloat(baseFont) * Number(largest)}px`);
  if (look.frameTheme !== undefined) expect(look.frameTheme).toBe('dark');
  if (look.frameBg) expect(look.frameBg).toBe(DARK_BG);

  await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Largest' })).toBeChecked();
});
