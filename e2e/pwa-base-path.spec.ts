/** Hosting under a sub-path (as on GitHub Pages): links, manifest scope, worker scope and offline reading follow the base. */
import { expect, test } from '@playwright/test';
import { startStaticServer } from '../scripts/static-server';
import { probeLongTalks, readBuiltCorpus } from './support/built-corpus';
import { waitForOfflineReady } from './support/pwa';
import { SITE_URL } from './global-setup';

const BASE = '/talkshelf/';
const corpus = readBuiltCorpus(`dist-base${BASE}`);
const [deepLink, neverOpened] = probeLongTalks(corpus, BASE);

test('the /talkshelf/ build serves deep links, scopes the manifest and worker, and reads offline', async ({
  page,
  request,
}) => {
  const server = await startStaticServer('dist-base');
  try {
    await page.goto(`${server.url}${deepLink.path}`);
    await expect(page.locator('h1')).toContainText(deepLink.talk.title);
    // Built with TALKSHELF_SITE_URL: shared links carry absolute canonical and preview URLs.
    const absolute = `${SITE_URL}${deepLink.path}`;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', absolute);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', absolute);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      'content',
      `${SITE_URL}${BASE}icons/icon-512.png`,
    );

    const hrefs = await page
      .locator('a[href^="/"], link[href^="/"], script[src^="/"]')
      .evaluateAll((nodes) =>
        nodes.map((n) => n.getAttribute('href') ?? n.getAttribute('src') ?? ''),
      );
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((href) => !href.startsWith(BASE))).toEqual([]);

    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifestUrl = new URL(manifestHref!, page.url());
    const manifest = (await (await request.get(manifestUrl.href)).json()) as {
      start_url: string;
      scope: string;
    };
    expect(new URL(manifest.scope, manifestUrl).pathname).toBe(BASE);
    expect(new URL(manifest.start_url, manifestUrl).pathname).toBe(BASE);

    await waitForOfflineReady(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe(BASE);

    await server.close();
    await page.context().setOffline(true);
    await page.goto(`${server.url}${neverOpened.path}`);
    await expect(page.locator('h1')).toContainText(neverOpened.talk.title);
    await expect(page.getByText(neverOpened.snippet).first()).toBeVisible();
  } finally {
    await server.close();
  }
});
