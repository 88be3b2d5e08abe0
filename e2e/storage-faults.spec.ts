/**
 * Storage faults are survived and said: where `indexedDB.open` throws at once (as Chromium does in
 * denied contexts such as a sandboxed frame), where IndexedDB is missing, newer, damaged or its
 * upgrade is blocked by another tab, every route still reads from the network, the page says why,
 * nothing waits forever and no error goes uncaught. Damaged records and caches removed behind the
 * app's back are repaired.
 */
import { expect, test, type Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../scripts/static-server';
import { probeLongTalks, readBuiltCorpus } from './support/built-corpus';
import { bookmarkOpenTalk, openApp } from './support/reader';
import { DB_VERSION } from '../src/shared/db-schema';

const corpus = readBuiltCorpus('dist');
const talk = probeLongTalks(corpus)[0]!;
const TALK = talk.path;

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer('dist');
});
test.afterAll(async () => {
  await server.close();
});

test('indexedDB.open throwing at once: pages read from the network with a notice, nothing uncaught', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    indexedDB.open = () => {
      throw new DOMException('denied', 'SecurityError');
    };
  });
  for (const path of [
    '/',
    '/events/dotscale-2018/',
    '/events/dotscale-2018/observability-tips-for-haproxy/',
  ]) {
    await page.goto(`${server.url}${path}`);
    await expect(page.locator('#app[data-ready]')).toBeAttached();
    await expect(page.locator('main h1')).not.toHaveText('Could not load the talks');
    await expect(page.locator('main h1')).not.toHaveText(/Loading/);
  }
  await expect(page.locator('main h1')).toHaveText(/HAProxy/i);
  await expect(page.locator('.storage-notice')).toContainText(/store data/);
  expect(errors).toEqual([]);
});

/** Runs `script` in a page of the app's origin before the app ever opened its database there. */
async function beforeTheApp(page: Page, script: () => Promise<unknown>): Promise<void> {
  await page.goto(`${server.url}/manifest.webmanifest`); // the origin, without the app
  await page.evaluate(script);
}

for (const [name, setUp, message] of [
  [
    'missing',
    (page: Page) =>
      page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined })),
    /store data/,
  ],
  [
    'at a newer version',
    (page: Page) =>
      beforeTheApp(
        page,
        () =>
          new Promise((done) => {
            const request = indexedDB.open('talkshelf', 99);
            request.onsuccess = () => done(request.result.close());
          }),
      ),
    /newer version/,
  ],
  [
    'damaged, holding a bookmark',
    (page: Page) =>
      beforeTheApp(
        page,
        () =>
          new Promise((done) => {
            const request = indexedDB.open('talkshelf', 1);
            request.onupgradeneeded = () =>
              request.result
                .createObjectStore('bookmarks', { keyPath: 'talkId' })
                .put({ talkId: 'x/y', note: 'mine' });
            request.onsuccess = () => done(request.result.close());
          }),
      ),
    /damaged/,
  ],
] as const) {
  test(`IndexedDB ${name}: every route reads from the network and the bookmarks page says why`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await setUp(page);
    await openApp(page, `${server.url}${TALK}`);
    await expect(page.locator('main h1')).toHaveText(talk.talk.title);
    await expect(page.locator('.storage-notice')).toContainText(message);
    await openApp(page, `${server.url}/`);
    await expect(page.locator('main h1')).not.toHaveText(/Loading|Could not/);
    await openApp(page, `${server.url}/bookmarks/`);
    await expect(page.getByText(/Bookmarks are not available/)).toContainText(message);
    await expect(page.getByText('Loading your bookmarks…')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('a database without stores and without reader data is rebuilt: bookmarks work', async ({
  page,
}) => {
  await beforeTheApp(
    page,
    () =>
      new Promise((done) => {
        const request = indexedDB.open('talkshelf', 1);
        request.onsuccess = () => done(request.result.close());
      }),
  );
  await openApp(page, `${server.url}${TALK}`);
  await bookmarkOpenTalk(page);
  await openApp(page, `${server.url}/bookmarks/`);
  await expect(page.locator('.ts-my-bookmarks')).toContainText(talk.talk.title);
  await expect(page.locator('.storage-notice')).toHaveCount(0);
});

test('an upgrade blocked by another tab is said, pages still read, and it goes through when the tab closes', async ({
  context,
}) => {
  const oldTab = await context.newPage();
  await openApp(oldTab, `${server.url}/`);
  // The old tab holds a connection that ignores requests to close, as an old release would.
  await oldTab.evaluate(
    () =>
      new Promise<void>((done) => {
        const request = indexedDB.open('talkshelf');
        request.onsuccess = () => {
          Object.assign(window, { __held: request.result });
          done();
        };
      }),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // This tab runs a release one schema version ahead.
  await page.addInitScript(() => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (name: string, version?: number) {
      return open.call(this, name, name === 'talkshelf' && version ? version + 1 : version);
    };
  });
  await openApp(page, `${server.url}${TALK}`);
  await expect(page.locator('main h1')).toHaveText(talk.talk.title);
  await expect(page.locator('.storage-notice')).toContainText(/Close the other Talkshelf tabs/);

  await oldTab.close();
  await expect(page.locator('.storage-notice')).toHaveCount(0);
  await bookmarkOpenTalk(page);
  await page.goto(`${server.url}/bookmarks/`);
  await expect(page.locator('.ts-my-bookmarks')).toContainText(talk.talk.title);
  expect(
    await page.evaluate(
      () =>
        new Promise((done) => {
          const request = indexedDB.open('talkshelf');
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction('talks');
            const count = tx.objectStore('talks').count();
            count.onsuccess = () => done([db.version, count.result]);
          };
        }),
    ),
  ).toEqual([DB_VERSION + 1, corpus.talks.length]);
  expect(errors).toEqual([]);
});
