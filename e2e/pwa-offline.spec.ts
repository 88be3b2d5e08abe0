/**
 * Offline reading, proven on a plain static server that is then shut down: the default corpus is
 * small, so it is saved whole by itself: a talk never opened and a search work offline in the
 * same browser, and in a persistent profile after the browser restarts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { startStaticServer } from '../scripts/static-server';
import { probeLongTalks, readBuiltCorpus } from './support/built-corpus';
import { waitForOfflineReady } from './support/pwa';

const corpus = readBuiltCorpus('dist');
const probes = probeLongTalks(corpus);

test('a talk never opened shows its text offline once the worker controls the page', async ({
  browser,
}) => {
  const server = await startStaticServer('dist');
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await waitForOfflineReady(page);

  await server.close(); // the network is really gone: nothing answers on that port any more
  await context.setOffline(true);
  await expect(page.getByText(/Offline/).first()).toBeVisible();

  const probe = probes[0];
  await page.goto(`${server.url}${probe.path}`);
  await expect(page.locator('h1')).toContainText(probe.talk.title);
  await expect(page.getByText(probe.snippet).first()).toBeVisible();

  // Search too: the index was saved with the talks, with no action from the reader.
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(probe.talk.title)}`);
  await expect(page.locator('.search-result__title').first()).toHaveText(probe.talk.title);
  await context.close();
});

test('after the browser is closed and started again offline, the app opens and reads', async () => {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'talkshelf-profile-'));
  const server = await startStaticServer('dist');
  const launch = (offline: boolean) =>
    chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      offline,
    });
  try {
    const online = await launch(false);
    const first = online.pages()[0] ?? (await online.newPage());
    await first.goto(`${server.url}/`);
    await waitForOfflineReady(first);
    await online.close();
    await server.close();

    const offline = await launch(true);
    const page = offline.pages()[0] ?? (await offline.newPage());
    await page.goto(`${server.url}/`);
    const event = corpus.events[0];
    await expect(page.getByRole('link', { name: event.title }).first()).toBeVisible();

    const probe = probes[1] ?? probes[0];
    await page.goto(`${server.url}${probe.path}`);
    await expect(page.locator('h1')).toContainText(probe.talk.title);
    await expect(page.getByText(probe.snippet).first()).toBeVisible();
    await offline.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
