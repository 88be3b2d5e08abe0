/**
 * Damage done behind the app's back is survived and repaired: broken records written straight
 * into IndexedDB, and offline files the browser removed while the reader was offline.
 */
import { expect, test, type Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../scripts/static-server';
import { probeLongTalks, probeTalk, readBuiltCorpus } from './support/built-corpus';
import { waitForOfflineReady } from './support/pwa';
import { openApp } from './support/reader';

const corpus = readBuiltCorpus('dist');
const [talk, other] = probeLongTalks(corpus);
const firstEvent = corpus.events[0]!;

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer('dist');
});
test.afterAll(async () => {
  await server.close();
});

/** Resolves once the stored corpus is whole again (no repair pending, every file stored). */
async function repaired(page: Page): Promise<void> {
  const files = corpus.manifest.eventFiles.length + corpus.manifest.talkFiles.length;
  await page.waitForFunction(
    (count) =>
      new Promise((done) => {
        const request = indexedDB.open('talkshelf');
        request.onsuccess = () => {
          const tx = request.result.transaction(['files', 'corpusMeta']);
          const stored = tx.objectStore('files').count();
          const meta = tx.objectStore('corpusMeta').get('current');
          tx.oncomplete = () => {
            request.result.close();
            done(stored.result === count && !!meta.result && !meta.result.damaged);
          };
        };
      }),
    files,
  );
}

/** Runs `change` on the app's open database in the page (raw IndexedDB, no validation). */
async function damage(page: Page, change: string): Promise<void> {
  await page.evaluate(
    (code) =>
      new Promise<void>((done, fail) => {
        const request = indexedDB.open('talkshelf');
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['events', 'talks', 'positions'], 'readwrite');
          new Function('tx', code)(tx);
          tx.oncomplete = () => {
            db.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    change,
  );
}

test('broken records written into IndexedDB never break a page, and the corpus repairs itself', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page, `${server.url}/`);
  await expect(page.locator('main')).toContainText(firstEvent.title);
  await page.waitForFunction(
    () =>
      new Promise((done) => {
        const request = indexedDB.open('talkshelf');
        request.onsuccess = () => {
          const count = request.result.transaction('talks').objectStore('talks').count();
          count.onsuccess = () => done(count.result > 0);
        };
      }),
  );

  await damage(
    page,
    `
    tx.objectStore('events').put({ id: 'broken-event' });
    tx.objectStore('talks').put({ ...${JSON.stringify(talk.talk)}, blocks: [{ kind: 'list', items: 'no' }, { kind: 'paragraph', content: [{ kind: 'strong' }] }, 7] });
    tx.objectStore('positions').put({ talkId: 42 });
  `,
  );
  await page.reload();
  await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
  await expect(page.locator('main')).toContainText(firstEvent.title);
  await openApp(page, `${server.url}${talk.path}`);
  await expect(page.locator('main h1')).toHaveText(talk.talk.title);

  // the damaged talk was fetched again: its own text is back
  await page.reload();
  await expect(page.getByText(talk.snippet).first()).toBeVisible();

  // An emptied events store under a valid version marker is reloaded from the network.
  await damage(page, `tx.objectStore('events').clear();`);
  await openApp(page, `${server.url}/`);
  await expect(page.locator('main')).toContainText(firstEvent.title);
  await expect(page.getByText('No events yet')).toHaveCount(0);
  await repaired(page); // before the next damage, which the repair would otherwise overwrite

  // Quotes nested 500 deep render, cut to the renderer's depth, with their words.
  await damage(
    page,
    `
    let deep = { kind: 'paragraph', content: [{ kind: 'text', text: 'the bottom of the well' }] };
    for (let i = 0; i < 500; i++) deep = { kind: 'quote', blocks: [deep] };
    tx.objectStore('talks').put({ ...${JSON.stringify(other!.talk)}, blocks: [deep] });
  `,
  );
  await openApp(page, `${server.url}${other!.path}`);
  await expect(page.getByText('the bottom of the well')).toBeAttached();
  expect(await page.locator('main blockquote').count()).toBeLessThanOrEqual(64);
  expect(errors).toEqual([]);
});

test('offline files removed while offline are said, then fetched again when the network returns', async ({
  page,
  context,
}) => {
  await openApp(page, `${server.url}/`);
  await waitForOfflineReady(page);
  const precached = () =>
    page.evaluate(async () => {
      const names = await caches.keys();
      const name = names.find((n) => n.includes('precache'));
      return name ? (await (await caches.open(name)).keys()).length : 0;
    });
  const before = await precached();
  expect(before).toBeGreaterThan(5);

  await context.setOffline(true);
  // setOffline does not cut the worker's own fetches: abort them too
  await context.route('**/*', (route) => route.abort());
  await page.evaluate(async () => {
    for (const name of await caches.keys()) await caches.delete(name);
  });
  await page.getByRole('link', { name: 'About' }).click();
  await expect(page.locator('.pwa-missing')).toContainText(/removed/);

  await context.unroute('**/*');
  await context.setOffline(false);
  await expect(page.locator('.pwa-missing')).toHaveCount(0);
  await expect.poll(precached).toBe(before);

  // A talk never opened reads offline again.
  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort());
  const never = probeTalk(corpus, other!.talk);
  await page.goto(`${server.url}${never.path}`);
  await expect(page.locator('main h1')).toHaveText(never.talk.title);
  await context.unroute('**/*');
  await context.setOffline(false);
});
