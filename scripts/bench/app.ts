/**
 * App figures for `npm run bench`, in headless Chromium against a production build on the plain
 * static server: the shell's size, first-visit timings and a warm offline deep-link open.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { startStaticServer } from '../static-server';
import { median, percentile } from './stats';

/** Gzipped bytes of the JavaScript and CSS the shell loads up front (entry, its preloads, styles). */
export function shellBytes(distDir: string): { js: number; css: number } {
  const html = readFileSync(path.join(distDir, 'shell.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.(js|css))"/g)];
  let js = 0;
  let css = 0;
  for (const [, ref, ext] of refs) {
    const file = path.join(distDir, ref.replace(/^(\.\/|\/[^/]*?\/?)(?=assets\/)/, ''));
    const size = gzipSync(readFileSync(file)).length;
    if (ext === 'js') js += size;
    else css += size;
  }
  return { js, css };
}

/** First-visit and warm offline timings for one build, medians over `runs`. */
export async function benchApp(distDir: string, talkPath: string, runs = 7) {
  const server = await startStaticServer(distDir);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const firstList: number[] = [];
  const firstStored: number[] = [];
  const warmOffline: number[] = [];
  try {
    for (let run = 0; run < Math.max(3, Math.ceil(runs / 2)); run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(`${server.url}/`);
      await page.locator('main a[href*="/events/"]').first().waitFor();
      firstList.push(Date.now() - started);
      await waitForCorpusStored(context);
      firstStored.push(Date.now() - started);
      await context.close();
    }

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await waitForCorpusStored(context);
    await context.setOffline(true);
    await context.route('**/*', (route) =>
      route.request().serviceWorker() ? route.abort() : route.fallback(),
    );
    for (let run = 0; run < runs; run++) {
      const tab = await context.newPage();
      const started = Date.now();
      await tab.goto(`${server.url}${talkPath}`);
      await tab.locator('#app[data-ready] main h1').waitFor();
      warmOffline.push(Date.now() - started);
      await tab.close();
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    firstListMs: median(firstList),
    firstStoredMs: median(firstStored),
    warmOfflineMs: median(warmOffline),
    warmOfflineP95Ms: percentile(warmOffline, 95),
  };
}

async function waitForCorpusStored(context: BrowserContext): Promise<void> {
  const page = context.pages()[0];
  // Polled with evaluate, which awaits the check's promise (waitForFunction would take the
  // promise itself as a truthy answer).
  const stored = () =>
    page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('talkshelf');
          open.onerror = () => resolve(false);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('files')) return resolve(false);
            // Stored whole: every event and talk file of the stored version's manifest.
            const tx = db.transaction(['corpusMeta', 'files']);
            const get = tx.objectStore('corpusMeta').get('current');
            const count = tx.objectStore('files').count();
            tx.oncomplete = () => {
              db.close();
              const manifest = get.result?.manifest as
                { eventFiles: unknown[]; talkFiles: unknown[] } | undefined;
              resolve(
                !!manifest &&
                  count.result === manifest.eventFiles.length + manifest.talkFiles.length,
              );
            };
            tx.onerror = () => resolve(false);
          };
        }),
    );
  const deadline = Date.now() + 120_000;
  while (!(await stored())) {
    if (Date.now() > deadline) throw new Error('The corpus was not stored within 2 minutes');
    await page.waitForTimeout(100);
  }
}
