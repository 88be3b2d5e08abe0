/**
 * The offline copy of a library too big to save without asking (dist-large/, 1.3 MB gzip, built
 * with a 0.5 MB threshold): a first visit fetches only what its page needs; "Make available
 * offline" stores everything, resumes after a lost connection without fetching a file twice, and
 * then every talk and the search read offline; single events can be kept and removed; an update
 * adding one document (dist-large-next/) fetches only the files it changed, search index included;
 * offline without a copy, the home list says which rows wait for the network.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../scripts/static-server';
import { fileFor } from '../src/data/corpus-files';
import { ADDED_TITLE } from './global-setup';
import { probeTalk, readBuiltCorpus } from './support/built-corpus';
import { waitForController } from './support/pwa';
import { bookmarkOpenTalk, countOnScreen, openApp } from './support/reader';

const DIR = 'dist-large';
const corpus = readBuiltCorpus(DIR);
const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE });

let server: StaticServer;
test.beforeEach(async () => {
  server = await startStaticServer(DIR);
});
test.afterEach(async () => {
  await server.close();
});

/** Gzip bytes of the corpus files (`/data/…`) the server answered, as a compressing server would send them. */
const dataRequests = () =>
  server.served.filter((r) => r.path.startsWith('/data/') && r.status === 200);
const gzipBytes = (paths: string[]) =>
  paths.reduce((sum, p) => sum + gzipSync(readFileSync(path.join(DIR, p))).length, 0);

/** A talk of an event with several talks, so its event page and talk page differ. */
const sharedTalk = probeTalk(
  corpus,
  corpus.talks.find((t) => {
    const event = corpus.events.find((e) => e.id === t.eventId)!;
    return !event.single && event.talkIds.length > 2 && t.index === 1;
  })!,
);

async function aboutStatus(page: Page) {
  return page.locator('.offline-status').getAttribute('data-phase');
}

test('a first visit to a shared talk reads it at once and fetches under 300 KB gzip of data', async ({
  page,
}) => {
  await page.goto(`${server.url}${sharedTalk.path}`);
  await expect(page.getByText(sharedTalk.snippet).first()).toBeVisible(); // the prerendered page
  await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
  await waitForController(page);
  await expect(page.locator('.pwa-offer')).toBeVisible();
  await page.waitForTimeout(1500); // nothing else starts by itself
  await expect(page.locator('main h1')).toHaveText(sharedTalk.talk.title);

  const fetched = dataRequests().map((r) => r.path);
  const talkFiles = fetched.filter((p) => p.startsWith('/data/talks.'));
  expect(talkFiles).toHaveLength(1); // the file holding this talk, and no other
  expect(fetched.filter((p) => p.startsWith('/data/search/'))).toEqual([]);
  const bytes = gzipBytes(fetched);
  console.log(`first visit: ${fetched.length} data files, ${Math.round(bytes / 1024)} KB gzip`);
  expect(bytes).toBeLessThan(300 * 1024);
});

/** Opens talks of several files offline, and a search. */
async function readsOffline(page: Page, context: BrowserContext) {
  await context.setOffline(true);
  const byFile = new Map(corpus.talks.map((t) => [t.eventId.slice(0, 3), t]));
  for (const talk of [...byFile.values()].slice(0, 6)) {
    const probe = probeTalk(corpus, talk);
    await page.goto(`${server.url}${probe.path}`);
    await expect(page.locator('main h1')).toHaveText(talk.title);
  }
  await page.goto(`${server.url}/search/?q=kubernetes`);
  await expect(page.locator('.search-result').first()).toBeVisible();
  await context.setOffline(false);
}

test('"Make available offline" saves everything, resumes after a lost connection without fetching a file twice', async ({
  page,
  context,
}) => {
  await openApp(page, `${server.url}/about/`);
  await waitForController(page);
  await expect(page.locator('.offline-status')).toHaveAttribute('data-phase', 'none');
  const total = corpus.manifest.talkFiles.length;
  server.setDataDelay(150); // a slow network, so the cut lands half-way
  await page.getByRole('button', { name: /Make available offline/ }).click();
  await expect(page.locator('.corpus-progress')).toContainText(/of 4,098 talks|talks/);
  await expect
    .poll(() => dataRequests().filter((r) => r.path.startsWith('/data/talks.')).length, {
      timeout: 30_000,
      intervals: [50],
    })
    .toBeGreaterThanOrEqual(total / 2);
  await context.setOffline(true);
  const atCut = dataRequests().filter((r) => r.path.startsWith('/data/talks.')).length;
  expect(atCut).toBeLessThan(total);
  await expect(page.locator('.offline-status')).toHaveAttribute('data-phase', 'paused');

  server.setDataDelay(0);
  await context.setOffline(false); // the page hears `online` and goes on
  await expect(page.locator('.offline-status')).toHaveAttribute('data-phase', 'complete', {
    timeout: 30_000,
  });
  const served = dataRequests().map((r) => r.path);
  const twice = served.filter((p, n) => served.indexOf(p) !== n);
  expect(twice).toEqual([]);
  const listed = [
    ...corpus.manifest.eventFiles.map((f) => `/${f.url}`),
    ...corpus.manifest.talkFiles.map((f) => `/${f.url}`),
    ...corpus.manifest.search.files.map((f) => `/${f}`),
    ...(corpus.manifest.home?.files ?? []).map((f) => `/${f}`),
  ];
  expect(listed.filter((p) => !served.includes(p))).toEqual([]);
  // Fetched once: the whole copy costs the corpus's own size (plus its small manifest).
  const corpusGzip = gzipBytes(listed);
  expect(gzipBytes(served)).toBeLessThan(corpusGzip * 1.1);

  await readsOffline(page, context);
  // The copy survives a reload, whole, with nothing fetched again.
  const before = dataRequests().length;
  await openApp(page, `${server.url}/about/`);
  await expect(page.locator('.offline-status')).toHaveAttribute('data-phase', 'complete');
  expect(
    dataRequests()
      .slice(before)
      .filter((r) => !r.path.startsWith('/data/corpus.')),
  ).toEqual([]);
  expect(await aboutStatus(page)).toBe('complete');

  // Removing it keeps nothing but the reader's own: a talk not opened is no longer offline.
  await page.getByRole('button', { name: 'Remove offline copy' }).click();
  await expect(page.locator('.offline-status')).toHaveAttribute('data-phase', 'none');
  await context.setOffline(true);
  await page.goto(`${server.url}${sharedTalk.path}`);
  await expect(page.locator('main')).toContainText(/not saved on this device/);
});

test('one event kept offline reads offline, shows in the About page with its size, and can be removed', async ({
  page,
  context,
}) => {
  await openApp(page, `${server.url}/events/${sharedTalk.event.id}/`);
  await waitForController(page);
  const keep = page.getByRole('button', { name: 'Keep offline' });
  await keep.click();
  await expect(page.getByRole('button', { name: /Kept offline/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await context.setOffline(true);
  for (const id of sharedTalk.event.talkIds) {
    const talk = corpus.talks.find((t) => t.id === id)!;
    await page.goto(`${server.url}${probeTalk(corpus, talk).path}`);
    await expect(page.locator('main h1')).toHaveText(talk.title);
  }
  // A talk of another file, never fetched: not on this device.
  const keptFile = fileFor(corpus.manifest.talkFiles, sharedTalk.event.id);
  const other = corpus.talks.find(
    (t) => fileFor(corpus.manifest.talkFiles, t.eventId) !== keptFile,
  )!;
  await page.goto(`${server.url}${probeTalk(corpus, other).path}`);
  await expect(page.locator('main')).toContainText(/not saved on this device/);

  await page.goto(`${server.url}/about/`);
  const kept = page.locator('.kept-events li');
  await expect(kept).toHaveCount(1);
  await expect(kept).toContainText(sharedTalk.event.title);
  await expect(kept).toContainText(/KB|MB/);
  await kept.getByRole('button', { name: /Stop keeping/ }).click();
  await expect(kept).toHaveCount(0);
  // Its talks left IndexedDB (the browser's own HTTP cache may still hold the file it fetched).
  const stored = await page.evaluate(
    (eventId) =>
      new Promise<number>((done) => {
        const open = indexedDB.open('talkshelf');
        open.onsuccess = () => {
          const request = open.result
            .transaction('talks')
            .objectStore('talks')
            .index('byEvent')
            .count(eventId);
          request.onsuccess = () => done(request.result);
        };
      }),
    sharedTalk.event.id,
  );
  expect(stored).toBe(0);
});

test('offline without a copy, the home says which rows wait for the network, and fills them once back', async ({
  page,
  context,
}) => {
  await openApp(page, `${server.url}/`);
  await waitForController(page);
  await openApp(page, `${server.url}/`); // through the worker: the list's head and first rows kept
  await context.setOffline(true);
  // setOffline does not cut the worker's own fetches: abort them too
  await context.route('**/*', (route) => route.abort());
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const waiting = page.getByText('Not saved on this device: listed once back online.');
  await expect.poll(() => waiting.count()).toBeGreaterThan(4);
  expect(await countOnScreen(page, '.event-card h3 a')).toBe(0);
  await context.unroute('**/*');
  await context.setOffline(false); // the page hears `online` and asks again
  await expect(waiting).toHaveCount(0);
  await expect.poll(() => countOnScreen(page, '.event-card h3 a')).toBeGreaterThan(4);
});

test('an update adding one document fetches only the files it changed, the search index included', async ({
  page,
  context,
}) => {
  const next = readBuiltCorpus('dist-large-next');
  await openApp(page, `${server.url}/about/`);
  await waitForController(page);
  await page.getByRole('button', { name: /Make available offline/ }).click();
  await expect(page.locator('.offline-status')).toHaveAttribute('data-phase', 'complete', {
    timeout: 30_000,
  });
  await page.goto(`${server.url}${sharedTalk.path}`);
  await bookmarkOpenTalk(page);

  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  const before = server.served.length;
  server.setRoot('dist-large-next');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect(page.getByText('Update available')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Update now' }).click();
  await page.waitForFunction(() => !('__sameDocument' in window), undefined, { timeout: 20_000 });
  // In the app (no reload, which would cut the update short): the About page says when it is done.
  await page.getByRole('link', { name: 'About', exact: true }).click();
  await expect(page.locator('.offline-status')).toHaveAttribute('data-phase', 'complete', {
    timeout: 30_000,
  });

  // Only files the old version did not have, each once, far under 5% of the corpus.
  const old = new Set([
    ...corpus.manifest.eventFiles.map((f) => `/${f.url}`),
    ...corpus.manifest.talkFiles.map((f) => `/${f.url}`),
    ...corpus.manifest.search.files.map((f) => `/${f}`),
    ...(corpus.manifest.home?.files ?? []).map((f) => `/${f}`),
  ]);
  const fetched = server.served
    .slice(before)
    .filter((r) => /^\/data\/(events|talks|search\/|home\/)/.test(r.path) && r.status === 200)
    .map((r) => r.path);
  expect(fetched.filter((p) => old.has(p))).toEqual([]);
  expect(new Set(fetched).size).toBe(fetched.length);
  const searchFetched = fetched.filter((p) => p.startsWith('/data/search/'));
  expect(searchFetched.length).toBeGreaterThan(0);
  expect(searchFetched.length).toBeLessThan(next.manifest.search.files.length / 3);
  const nextGzip =
    [...next.manifest.eventFiles, ...next.manifest.talkFiles].reduce((n, f) => n + f.gzip, 0) +
    next.manifest.search.gzip +
    (next.manifest.home?.gzip ?? 0);
  const nextDir = 'dist-large-next';
  const fetchedGzip = fetched.reduce(
    (sum, p) => sum + gzipSync(readFileSync(path.join(nextDir, p))).length,
    0,
  );
  console.log(`update: ${fetched.length} files, ${Math.round(fetchedGzip / 1024)} KB gzip`);
  // Exactly what changed: every new file, nothing else. (Its share is about one segment of the
  // index: under 5% from 3,500 documents, test/build/emit-corpus.test.ts and the bench; this
  // corpus of 1,500 short ones has eight segments.)
  const nextFiles = [
    ...next.manifest.eventFiles.map((f) => `/${f.url}`),
    ...next.manifest.talkFiles.map((f) => `/${f.url}`),
    ...next.manifest.search.files.map((f) => `/${f}`),
    ...(next.manifest.home?.files ?? []).map((f) => `/${f}`),
  ];
  expect(fetched.sort()).toEqual(nextFiles.filter((p) => !old.has(p)).sort());
  expect(fetchedGzip).toBeLessThan(nextGzip * 0.1);

  // Offline, the new document is found and read, and the bookmark made before is still there.
  await context.setOffline(true);
  await page.goto(`${server.url}/search/?q=quasar+telemetry`);
  await page.locator('.search-result a').first().click();
  await expect(page.locator('main h1')).toHaveText(ADDED_TITLE);
  await page.goto(`${server.url}/bookmarks/`);
  await expect(page.locator('.ts-my-bookmarks')).toContainText(sharedTalk.talk.title);
});
