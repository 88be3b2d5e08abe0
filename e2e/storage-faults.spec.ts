/**
 * Storage faults the reader cannot fix are survived and said: where `indexedDB.open` throws at
 * once (as Chromium does in denied contexts such as a sandboxed frame), every route still reads
 * from the network, the storage notice says why nothing is kept, and no error goes uncaught.
 */
import { expect, test } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../scripts/static-server';

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
