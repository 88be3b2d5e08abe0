/**
 * Search as a person types, in the installed app with the network gone: results update letter by
 * letter, the right talk comes first, the URL holds the query, back restores the previous one, and
 * hostile input typed into the real field breaks nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../scripts/static-server';
import { waitForOfflineReady } from './support/pwa';

// Its own server on a free port: other specs may start and stop theirs meanwhile.
let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer('dist');
});
test.afterAll(async () => {
  await server.close();
});

async function openOffline(page: Page): Promise<void> {
  await page.goto(`${server.url}/`);
  await waitForOfflineReady(page);
  await page.context().setOffline(true);
}

/** The uncaught errors of `page` from now on. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

const field = (page: Page) => page.locator('input[data-shortcut="search"]');
const firstResult = (page: Page) => page.locator('.search-result__title a').first();

test('typing letter by letter offline finds the talk, keeps the query in the URL, back restores it', async ({
  page,
}) => {
  const errors = pageErrors(page);
  await openOffline(page);

  await field(page).click();
  await field(page).pressSequentially('h');
  // One letter is not searched: a hint, never "no talks match".
  await expect(page.locator('.search-hint')).toHaveText(/Keep typing/);
  await expect(page.locator('.search-empty')).toHaveCount(0);
  await field(page).pressSequentially('apr', { delay: 60 });
  await expect(page).toHaveURL(/\/search\/\?q=hapr$/);
  await expect(firstResult(page)).toContainText(/HAproxy/i);
  await field(page).pressSequentially('oxy', { delay: 60 });
  await expect(page).toHaveURL(/\/search\/\?q=haproxy$/);
  await expect(firstResult(page)).toContainText('Observability tips for HAproxy');
  await expect(page.locator('.search-result mark').first()).toBeVisible();
  await expect(field(page)).toBeFocused();
  await field(page).press('Enter');

  await field(page).fill('');
  await field(page).pressSequentially('vitess', { delay: 60 });
  await expect(page).toHaveURL(/\?q=vitess$/);
  await expect(firstResult(page)).toContainText('CNCF Project Updates');
  await expect(page.locator('main [role="status"]')).toContainText(/found for vitess/);
  await field(page).press('Enter');

  await page.goBack();
  await expect(page).toHaveURL(/\?q=haproxy$/);
  await expect(field(page)).toHaveValue('haproxy');
  await expect(firstResult(page)).toContainText('Observability tips for HAproxy');

  // A Chinese word, still offline.
  await page.goto(`${server.url}/search/?q=%E7%BD%91%E7%BB%9C`);
  await expect(firstResult(page)).toContainText(/network policy/i);
  expect(errors).toEqual([]);
});

test('typing writes the address once it pauses, and leaving at once still leaves the typed words to go back to', async ({
  page,
}) => {
  const errors = pageErrors(page);
  await page.addInitScript(() => {
    const w = window as unknown as { historyWrites: number };
    w.historyWrites = 0;
    for (const name of ['pushState', 'replaceState'] as const) {
      const write = history[name].bind(history);
      history[name] = (...args: Parameters<History['pushState']>) => {
        w.historyWrites++;
        write(...args);
      };
    }
  });
  await page.goto(`${server.url}/search/`);
  await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
  const writes = () =>
    page.evaluate(() => (window as unknown as { historyWrites: number }).historyWrites);
  const before = await writes();

  // Seven keystrokes in a burst: results as typed, one history entry written after it.
  await field(page).click();
  await field(page).pressSequentially('haproxy', { delay: 30 });
  await expect(firstResult(page)).toContainText('Observability tips for HAproxy');
  await expect(page).toHaveURL(/\/search\/\?q=haproxy$/);
  expect((await writes()) - before).toBeLessThanOrEqual(2);
  await field(page).press('Enter');

  // New words and, before their address can be written, a link: the search page keeps them.
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[data-shortcut="search"]')!;
    input.value = 'vitess';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    document.querySelector<HTMLAnchorElement>('header a[href$="/about/"]')!.click();
  });
  await expect(page).toHaveURL(/\/about\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=vitess$/);
  await expect(firstResult(page)).toContainText('CNCF Project Updates');
  await page.goBack();
  await expect(page).toHaveURL(/\?q=haproxy$/);
  await expect(firstResult(page)).toContainText('Observability tips for HAproxy');
  expect(errors).toEqual([]);
});

test('a misspelt word is corrected and said so, with the way back to the words as typed', async ({
  page,
}) => {
  const errors = pageErrors(page);
  await openOffline(page);
  await field(page).click();
  // "haproxy" typed with its first letters swapped, after a word that matches as typed
  await field(page).pressSequentially('observability ahproxy ', { delay: 40 });
  await expect(page.locator('.search-note')).toContainText(
    'Showing results for observability haproxy; search instead for observability ahproxy',
  );
  await expect(firstResult(page)).toContainText('Observability tips for HAproxy');
  await expect(page.locator('.search-result mark', { hasText: /haproxy/i }).first()).toBeVisible();

  await page.locator('.search-note a').click();
  await expect(page).toHaveURL(/exact=1/);
  await expect(page.locator('.search-note')).toHaveCount(0);
  // as typed, "ahproxy" matches nothing: only "observability" is found and marked
  await expect(page.locator('.search-result mark').first()).toBeVisible();
  await expect(page.locator('.search-result mark', { hasText: /haproxy/i })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('hostile input typed into the real field throws nothing and the page stays usable', async ({
  page,
}) => {
  const errors = pageErrors(page);
  await openOffline(page);
  await page.goto(`${server.url}/search/`);

  const inputs = [
    'foo:',
    'title:',
    '-',
    '+',
    '~',
    '^2',
    '*',
    '<script>alert(1)</script>',
    '🙂'.repeat(200),
  ];
  for (const text of inputs) {
    await field(page).fill('');
    await field(page).pressSequentially(text.slice(0, 40));
    await expect(page.locator('main h1')).toBeVisible();
  }
  await field(page).fill('\u0000\u202e'.repeat(500) + '🙂'.repeat(3000) + '<b>x</b>'.repeat(500));
  await expect(page.locator('main h1')).toBeVisible();
  await field(page).fill('skaffold');
  await expect(firstResult(page)).toContainText(/Istio/);
  expect(errors).toEqual([]);
});

test('a malformed escape in any route or a lone surrogate typed in search is text, never a blank app', async ({
  page,
}) => {
  const errors = pageErrors(page);
  for (const path of [
    '/search/?q=%',
    '/search/?q=%ED%A0%80',
    '/bookmarks/?shared=%',
    '/events/dotscale-2018/observability-tips-for-haproxy/?ref=%',
  ]) {
    await page.goto(`${server.url}${path}`);
    // the app takes over (it never does when the router throws) and the page has its heading
    await expect(page.locator('#app[data-ready]')).toBeAttached();
    await expect(page.locator('main h1')).toBeVisible();
  }
  await page.goto(`${server.url}/search/?q=%`);
  await expect(field(page)).toHaveValue('%');

  // a lone surrogate typed after text: the search keeps answering
  await field(page).fill('');
  await field(page).pressSequentially('kube');
  await field(page).evaluate((el: HTMLInputElement) => {
    el.value += '\uD800';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await field(page).fill('skaffold');
  await expect(firstResult(page)).toContainText(/Istio/);
  expect(errors).toEqual([]);
});
