/** Install: the manifest's icons and screenshots are real images of the declared sizes, and Chromium finds the app installable. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type APIRequestContext } from '@playwright/test';
import { CHROMIUM_ARGS, PORT } from '../playwright.config';
import { pngSize } from './support/png-size';
import { waitForController } from './support/pwa';

interface ManifestImage {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

async function checkImage(request: APIRequestContext, url: URL, image: ManifestImage) {
  const response = await request.get(url.href);
  expect(response.status(), url.href).toBe(200);
  const body = await response.body();
  if (image.type === 'image/svg+xml') {
    expect(image.sizes).toBe('any');
    expect(body.toString('utf8')).toMatch(/^<svg[\s>]/);
    return;
  }
  expect(image.type).toBe('image/png');
  const { width, height } = pngSize(body);
  expect(`${width}x${height}`, url.href).toBe(image.sizes);
}

test('the manifest declares icons and screenshots that exist at their sizes and types', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href!, page.url());
  const manifest = (await (await request.get(manifestUrl.href)).json()) as {
    icons: ManifestImage[];
    screenshots: (ManifestImage & { form_factor: string })[];
    shortcuts: { url: string }[];
    display: string;
    start_url: string;
    scope: string;
  };
  expect(manifest.display).toBe('standalone');
  expect(new URL(manifest.start_url, manifestUrl).pathname).toBe('/');
  expect(new URL(manifest.scope, manifestUrl).pathname).toBe('/');
  for (const size of ['192x192', '512x512']) {
    for (const purpose of ['any', 'maskable']) {
      expect(manifest.icons.some((i) => i.sizes === size && (i.purpose ?? 'any') === purpose)).toBe(
        true,
      );
    }
  }
  expect(manifest.screenshots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
  for (const image of [...manifest.icons, ...manifest.screenshots]) {
    await checkImage(request, new URL(image.src, manifestUrl), image);
  }
  for (const shortcut of manifest.shortcuts) {
    expect((await request.get(new URL(shortcut.url, manifestUrl).href)).status()).toBe(200);
  }

  const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  const appleIcon = await request.get(new URL(apple!, page.url()).href);
  expect(pngSize(await appleIcon.body())).toEqual({ width: 180, height: 180 });
  await expect(page.locator('meta[name="apple-mobile-web-app-capable"]')).toHaveAttribute(
    'content',
    'yes',
  );
  await expect(page.locator('meta[name="apple-mobile-web-app-title"]')).toHaveAttribute(
    'content',
    'Talkshelf',
  );
});

test('Chromium reports no installability errors once the worker controls the page', async () => {
  // A persistent profile: Chromium never offers to install from an incognito-like context.
  const profile = await mkdtemp(path.join(os.tmpdir(), 'talkshelf-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await waitForController(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});
