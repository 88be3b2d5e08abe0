/**
 * Updates: a new build with a changed corpus is served while a talk is open; the reader is told,
 * nothing reloads on its own, and applying the update keeps their place and brings the new talks.
 */
import { expect, test, type Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../scripts/static-server';
import { probeLongTalks, probeTalk, readBuiltCorpus } from './support/built-corpus';
import { waitForOfflineReady } from './support/pwa';
import { bookmarkOpenTalk } from './support/reader';

const current = readBuiltCorpus('dist');
const next = readBuiltCorpus('dist-next');
const added = next.events.filter((event) => !current.events.some((old) => old.id === event.id));
// A long talk present in both builds, so the reader's place can be kept across the update.
const reading = probeLongTalks(current).find((probe) =>
  next.talks.some((talk) => talk.id === probe.talk.id),
)!;

/** Opens the long talk on a phone-sized window, once the app is ready offline. */
async function openReading(page: Page, server: StaticServer): Promise<void> {
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto(`${server.url}${reading.path}`);
  await waitForOfflineReady(page);
  await expect(page.getByText(reading.snippet).first()).toBeVisible();
}

/** Serves the next build and waits until the page says "Update available" (marking the document, to tell a reload). */
async function announceNextVersion(page: Page, server: StaticServer): Promise<void> {
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  server.setRoot('dist-next');
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  await expect(page.getByText('Update available')).toBeVisible({ timeout: 20_000 });
}

/** Clicks "Update now" and resolves once the page reloaded. */
async function applyUpdate(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Update now' }).click();
  await page.waitForFunction(() => !('__sameDocument' in window), undefined, { timeout: 20_000 });
}

test('an update applied at the very end of a talk keeps the reader at its very end', async ({
  page,
}) => {
  const server = await startStaticServer('dist');
  try {
    await openReading(page, server);
    const bottom = () =>
      page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    const end = await bottom();
    await page.mouse.move(200, 300);
    for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 400); // by hand, as a reader does
    await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(end);

    await announceNextVersion(page, server);
    await applyUpdate(page);
    await expect(page.getByText(reading.snippet).first()).toBeAttached();
    await page.waitForTimeout(500); // let late content settle before measuring
    // The new version's page may be a little taller or shorter (its neighbours' titles changed):
    // the reader is still at the very end of it.
    expect(end).toBeGreaterThan(1000);
    expect(await page.evaluate(() => Math.round(window.scrollY))).toBe(await bottom());
  } finally {
    await server.close();
  }
});

test('a new version is announced, applied on request, keeps the scroll position and shows the new talk', async ({
  page,
}) => {
  expect(added.length).toBeGreaterThan(0);
  const server = await startStaticServer('dist');
  try {
    await openReading(page, server);
    await bookmarkOpenTalk(page);
    await page.mouse.wheel(0, 900);
    await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBeGreaterThan(600);
    const scrolled = await page.evaluate(() => Math.round(window.scrollY));

    await announceNextVersion(page, server);
    await page.waitForTimeout(1000);
    // Never a silent reload: the same document is still open, at the same place.
    expect(await page.evaluate(() => '__sameDocument' in window)).toBe(true);
    expect(await page.evaluate(() => Math.round(window.scrollY))).toBe(scrolled);

    const beforeUpdate = server.served.length;
    await applyUpdate(page);
    await expect(page.getByText(reading.snippet).first()).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => Math.round(window.scrollY)))
      .toBeGreaterThan(scrolled - 50);

    // The new version is the one installed, its changed files stored (the app says so): offline,
    // the new event and its talk open from the device.
    await expect(page.getByText('Ready to read offline')).toBeVisible({ timeout: 20_000 });
    // By difference: only files the new version changed were fetched, each once.
    const oldFiles = new Set(
      [...current.manifest.eventFiles, ...current.manifest.talkFiles].map((f) => `/${f.url}`),
    );
    const fetched = server.served
      .slice(beforeUpdate)
      .filter((r) => /^\/data\/(events|talks)\./.test(r.path))
      .map((r) => r.path);
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.filter((p) => oldFiles.has(p))).toEqual([]);
    expect(new Set(fetched).size).toBe(fetched.length);
    await server.close();
    await page.context().setOffline(true);
    await page.goto(`${server.url}/`);
    await expect(page.getByRole('link', { name: added[0].title }).first()).toBeVisible();
    const newTalk = probeTalk(
      next,
      next.talks.find((talk) => talk.eventId === added[0].id)!,
    );
    await page.goto(`${server.url}${newTalk.path}`);
    await expect(page.locator('h1')).toContainText(newTalk.talk.title);
    await expect(page.getByText(newTalk.snippet).first()).toBeVisible();
    // The bookmark made before the update is still there.
    await page.goto(`${server.url}/bookmarks/`);
    await expect(page.locator('.ts-my-bookmarks')).toContainText(reading.talk.title);
  } finally {
    await server.close();
  }
});
