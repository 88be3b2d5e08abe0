/**
 * The library at scale, on a phone: a generated corpus of 1,500 documents (dist-large/, built by
 * the global setup). The home page is grouped, bounded in DOM size, sortable and filterable from
 * the URL, with a jump to any year; back returns to the place; a single-talk event opens its
 * talk; long talks have contents; a search result opens at its highlighted match; every result is
 * reachable; no page scrolls sideways at 320 px; missing talks offer their closest titles.
 */
import { severeViolations } from './support/axe';
import { expect, test, type Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../scripts/static-server';
import { readBuiltCorpus } from './support/built-corpus';
import { countOnScreen } from './support/reader';

const corpus = readBuiltCorpus('dist-large');
const PHONE = { width: 390, height: 844 };

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer('dist-large');
});
test.afterAll(async () => {
  await server.close();
});
test.use({ viewport: PHONE });

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
}

const domNodes = (page: Page) => page.evaluate(() => document.querySelectorAll('*').length);
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('home: grouped by month, bounded in DOM size, with a jump to any year', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await open(page, '/');
  await expect(page.locator('.event-group').first()).toContainText(/\w+ 20\d\d/);
  expect(await domNodes(page)).toBeLessThan(1500);
  await page.mouse.wheel(0, 20_000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(10_000);
  expect(await domNodes(page)).toBeLessThan(1500);
  // rows at the end filled from the catalogue, and no event file read to list them
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.locator('.event-card--pending')).toHaveCount(0);
  await expect.poll(() => countOnScreen(page, '.event-card h3 a')).toBeGreaterThan(4);
  // the first file of summaries, then the one holding the last rows
  expect(asked.filter((path) => path.includes('/data/home/events.')).length).toBeGreaterThan(1);
  expect(asked.filter((path) => path.includes('/data/events.'))).toEqual([]);

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('.home-jumps').getByRole('link', { name: '2015', exact: true }).click();
  const heading = page.locator('.event-group', { hasText: /2015/ }).first();
  await expect(heading).toBeInViewport();
  // right under the sticky header, the year's first month
  expect((await heading.boundingBox())!.y).toBeLessThan(200);
});

test('home: sort and filters live in the URL; a series of episodes sorts naturally', async ({
  page,
}) => {
  await open(page, '/');
  await page.getByText('Sort and filter').click();
  await page.getByLabel('Kind').selectOption('podcast');
  await expect(page).toHaveURL(/\?kind=podcast$/);
  const titles = page.locator('.event-card h3');
  await expect(titles.first()).toHaveText('Founders Talk 1');
  await expect(titles.nth(1)).toHaveText('Founders Talk 2');
  await page.getByLabel('Order').selectOption('title');
  await expect(page).toHaveURL(/\?sort=title&kind=podcast$/);

  await open(page, '/?year=2014&sort=oldest');
  const dates = await page
    .locator('.event-card time')
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
  expect(dates.length).toBeGreaterThan(3);
  expect(dates.every((d) => d?.startsWith('2014'))).toBe(true);
  expect(dates).toEqual([...dates].sort());
});

test('home: back from an event returns to the same place in the list', async ({ page }) => {
  await open(page, '/');
  await page.mouse.wheel(0, 6000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(5000);
  await page.waitForTimeout(300);
  // a card in the middle of the screen
  const at = await page.evaluate(() =>
    [...document.querySelectorAll('.event-card a')].findIndex((a) => {
      const box = a.getBoundingClientRect();
      return box.top > innerHeight / 3 && box.bottom < innerHeight;
    }),
  );
  const card = page.locator('.event-card a').nth(at);
  const title = await card.textContent();
  const before = await page.evaluate(() => window.scrollY);
  await card.click();
  await expect(page.locator('main h1')).toHaveText(title!);
  await page.goBack();
  await expect
    .poll(() => page.evaluate((y) => Math.abs(window.scrollY - y), before))
    .toBeLessThan(50);
  // the card followed is on screen again
  const onScreen = await page.evaluate(
    (text) =>
      [...document.querySelectorAll('.event-card a')].some((a) => {
        const box = a.getBoundingClientRect();
        return a.textContent === text && box.top >= 0 && box.bottom <= innerHeight;
      }),
    title,
  );
  expect(onScreen).toBe(true);
});

test('an event of one talk opens the talk; a long talk has contents that link to its headings', async ({
  page,
}) => {
  const single = corpus.events.find((e) => e.single && e.source.startsWith('blog/'))!;
  await open(page, `/events/${single.id}/`);
  await expect(page).toHaveURL(
    new RegExp(`/events/${single.id}/${single.talkIds[0]!.split('/')[1]}/$`),
  );

  const long = corpus.talks
    .filter((t) => t.blocks.filter((b) => b.kind === 'heading').length >= 3)
    .sort((a, b) => b.readingMinutes - a.readingMinutes)[0]!;
  await open(page, `/events/${long.id}/`);
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await contents.getByText(/Contents/).click();
  const entry = contents.getByRole('link').nth(2);
  const target = await entry.getAttribute('href');
  await entry.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target!)).toBeInViewport();
  // the reading bar: progress, time left, and a way back to the top
  await expect(page.locator('.reading-bar')).toContainText(/min left|Read to the end/);
  await page.locator('.reading-bar').getByRole('button', { name: 'Top' }).click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
});

test('a search result opens the talk at its first match, marked, with a way to the next', async ({
  page,
}) => {
  await open(page, '/search/?q=replication%20kafka');
  const first = page.locator('.search-result__title a').first();
  await first.click();
  await expect(page).toHaveURL(/\?hl=/);
  const bar = page.locator('.reading-bar__matches');
  await expect(bar).toContainText(/^1 of \d+/);
  const marked = () => page.evaluate(() => CSS.highlights.get('talkshelf-match')?.size ?? 0);
  expect(await marked()).toBeGreaterThan(1);
  const current = () =>
    page.evaluate(() => {
      const range = [...(CSS.highlights.get('talkshelf-current') ?? [])][0] as Range | undefined;
      const rect = range?.getBoundingClientRect();
      return rect ? { top: rect.top, text: range!.toString() } : undefined;
    });
  await expect.poll(async () => (await current())?.text ?? '').toMatch(/replication|kafka/i);
  const one = await current();
  expect(one!.top).toBeGreaterThan(0);
  expect(one!.top).toBeLessThan(PHONE.height);
  await bar.getByRole('button', { name: 'Next match' }).click();
  await expect(bar).toContainText(/^2 of/);
  await bar.getByRole('button', { name: 'Stop highlighting' }).click();
  await expect(page).not.toHaveURL(/hl=/);
  expect(await marked()).toBe(0);
});

test('every result is reachable, and back returns to the longer list', async ({ page }) => {
  await open(page, '/search/?q=kubernetes');
  await expect(page.locator('.search-count')).toContainText(/Showing the best 20 of/);
  await page.getByRole('button', { name: /Show 20 more/ }).click();
  await expect(page).toHaveURL(/more=1/);
  await expect(page.locator('.search-count')).toContainText(/Showing the best 40 of/);
  // Result #31, by its link (far pages become spacers, so positions among drawn ones shift).
  const href = await page.locator('.search-result__title a').nth(30).getAttribute('href');
  const result = page.locator(`.search-result__title a[href="${href}"]`);
  await result.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(1000);
  await result.click();
  await expect(page).toHaveURL(/\/events\//);
  await page.goBack();
  await expect(page.locator('.search-count')).toContainText(/Showing the best 40 of/);
  // back at result #31, not at the top of the list
  await expect
    .poll(() => page.evaluate((y) => Math.abs(window.scrollY - y), before))
    .toBeLessThan(50);
  await expect(result).toBeInViewport();
});

test('typing: the results of each keystroke end complete, each with its snippet', async ({
  page,
}) => {
  await open(page, '/search/?q=kubernetes');
  await expect(page.locator('.search-result')).toHaveCount(20);
  const field = page.locator('input[data-shortcut="search"]');
  await field.fill('');
  // new results replace those shown: the first few are painted first, the rest right after
  await field.pressSequentially('cluster upgrade', { delay: 60 });
  await expect(page.locator('.search-page')).toHaveAttribute('data-results-for', 'cluster upgrade');
  await expect(page.locator('.search-result')).toHaveCount(20);
  await expect(page.locator('.search-result__snippet')).toHaveCount(20);
  const titles = await page.locator('.search-result__title a').allTextContents();
  expect(new Set(titles).size).toBe(20);
});

test('two hundred results loaded keep the DOM small, the page as tall, and scroll back into view', async ({
  page,
}) => {
  await open(page, '/search/?q=kubernetes&more=9');
  await expect(page.locator('.search-count')).toContainText(/Showing the best 200 of/);
  const nodes = () => domNodes(page);
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  await expect.poll(nodes).toBeLessThan(1500);
  const tall = await height();
  expect(tall).toBeGreaterThan(200 * 100); // every result takes its place
  const drawn = page.locator('.search-result');
  expect(await drawn.count()).toBeLessThan(100);

  // To the end: the last results are drawn there, and the first ones are not any more.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.getByRole('button', { name: /Show 20 more/ })).toBeInViewport();
  await expect(drawn.last()).toBeInViewport();
  expect(await nodes()).toBeLessThan(1500);
  expect(await height()).toBe(tall);
  // And back to the top: the first result again.
  const firstDrawnAtTheEnd = await drawn.first().locator('h2').textContent();
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(drawn.first()).toBeInViewport();
  expect(await drawn.first().locator('h2').textContent()).not.toBe(firstDrawnAtTheEnd);
  expect(await nodes()).toBeLessThan(1500);
});

test('no page scrolls sideways at 320 px, whatever its titles hold', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const long = corpus.events.find((e) => /^(Supercalifragilistic){4}/.test(e.title))!;
  const talk = corpus.talks.find((t) => t.eventId === long.id)!;
  for (const path of [
    '/',
    '/?sort=title',
    `/events/${long.id}/`,
    `/events/${talk.id}/`,
    `/search/?q=${long.title.slice(0, 40)}`,
    '/bookmarks/',
    '/about/',
  ]) {
    await open(page, path);
    await page.waitForTimeout(200);
    expect({ path, sideways: await sideways(page) }).toEqual({ path, sideways: 0 });
  }
});

test('a missing talk offers its event and its closest titles', async ({ page }) => {
  const event = corpus.events.find((e) => !e.single && e.talkIds.length > 3)!;
  const talk = corpus.talks.find((t) => t.id === event.talkIds[2])!;
  await open(page, `/events/${event.id}/${talk.slug}-2019/`);
  await expect(page.locator('main h1')).toHaveText('Talk not found');
  await expect(page.locator('main').getByRole('link', { name: event.title })).toBeVisible();
  await expect(page.locator('main .links').first().getByRole('link').first()).toHaveText(
    talk.title,
  );
});

test('notices stay inside a 320 px window and never cover the controls at the end of a talk', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const event = corpus.events.find((e) => !e.single && e.talkIds.length > 3)!;
  await open(page, `/events/${event.talkIds[1]}/`);
  const inside = async () => {
    const boxes = await page
      .locator('.notices .pwa-notice, .notices .notice, .corpus-progress')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(320);
      expect(box.bottom).toBeLessThanOrEqual(640);
    }
  };
  // The library is too big to save without asking: the first visit offers it, then its
  // progress and "Ready to read offline" follow.
  await expect(page.locator('.pwa-offer')).toBeVisible({ timeout: 30_000 });
  await inside();
  await page.getByRole('button', { name: 'Save offline' }).click();
  await expect(page.getByText('Ready to read offline')).toBeVisible({ timeout: 30_000 });
  await inside();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  for (const link of await page.locator('.talk-nav a').all()) {
    const box = (await link.boundingBox())!;
    const onTop = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.closest('a')?.className ?? '',
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    expect(onTop).toMatch(/talk-nav/);
  }
});

test('no serious or critical accessibility violations on the large library', async ({ page }) => {
  const long = corpus.talks
    .filter((t) => t.blocks.filter((b) => b.kind === 'heading').length >= 3)
    .sort((a, b) => b.readingMinutes - a.readingMinutes)[0]!;
  const checks: Array<[string, (() => Promise<void>)?]> = [
    ['/', () => page.getByText('Sort and filter').click()],
    [`/events/${long.id}/`, () => page.mouse.wheel(0, 800)],
    ['/search/?q=replicaton%20kafka'],
    [`/events/${long.id}/?hl=kafka`],
    [`/events/${long.eventId}/no-such-talk/`],
  ];
  for (const [path, act] of checks) {
    await open(page, path);
    // The first page of a fresh profile shows the first-visit notices: check them too, once settled.
    if (path === '/') await expect(page.locator('.pwa-offer')).toBeVisible({ timeout: 30_000 });
    await act?.();
    await page.waitForTimeout(300);
    const severe = await severeViolations(page, path);
    expect(severe).toEqual([]);
  }
});
