/** The reader's place in a talk: restored on return, offered on the home page, and "Read" once finished. */
import { expect, test, type Page } from '@playwright/test';
import { probeLongTalks, readBuiltCorpus } from './support/built-corpus';
import { openApp } from './support/reader';

const corpus = readBuiltCorpus('dist');
// A long talk with a neighbour in its event, so there is "another talk" one click away.
const long = probeLongTalks(corpus).find((probe) => probe.event.talkIds.length > 1)!;

const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));

test('scroll halfway through a long talk, open another, come back: the position is restored', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await openApp(page, long.path);
  await expect(page.locator('main h1')).toHaveText(long.talk.title);
  const half = await page.evaluate(() => {
    const top = Math.round((document.documentElement.scrollHeight - window.innerHeight) / 2);
    window.scrollTo(0, top);
    return top;
  });
  expect(half).toBeGreaterThan(700);
  // Saving is throttled; give it time to land before leaving.
  await page.waitForTimeout(1500);

  const other = page.locator('[data-shortcut="next"], [data-shortcut="prev"]').first();
  const otherTitle = (await other.innerText()).replace(/^(Next|Previous)\s*/, '');
  // Go there by keyboard: a click would first scroll the link (at the end) into view, moving the
  // reader's place before they leave.
  await page.keyboard.press((await other.getAttribute('data-shortcut')) === 'next' ? 'j' : 'k');
  await expect(page.locator('main h1')).toHaveText(otherTitle);

  await page.goBack();
  await expect(page.locator('main h1')).toHaveText(long.talk.title);
  await expect.poll(() => scrollY(page)).toBeGreaterThan(half - 80);
  expect(Math.abs((await scrollY(page)) - half)).toBeLessThan(80);

  // A fresh load (not the browser's own history restoration) goes back there too.
  await openApp(page, '/');
  const card = page.getByRole('region', { name: 'Continue reading' });
  await expect(card.getByRole('link', { name: long.talk.title })).toBeVisible();
  await card.getByRole('link', { name: long.talk.title }).click();
  await expect(page.locator('main h1')).toHaveText(long.talk.title);
  await expect.poll(() => scrollY(page)).toBeGreaterThan(half - 80);
});

test('a talk read to the end is marked as read in its event and leaves "Continue reading"', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await openApp(page, long.path);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await page.waitForTimeout(1500);
  await openApp(page, '/');
  await expect(page.getByRole('region', { name: 'Continue reading' })).toBeVisible();

  await openApp(page, long.path);
  // The reader finds their place again, then reads on to the end.
  await expect.poll(() => scrollY(page)).toBeGreaterThan(700);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(1500);
  await openApp(page, `/events/${encodeURIComponent(long.event.id)}/`);
  const item = page.locator('li', { has: page.getByRole('link', { name: long.talk.title }) });
  await expect(item.locator('[data-read-mark]')).toHaveText(/Read$/);
  await openApp(page, '/');
  await expect(page.getByRole('region', { name: 'Continue reading' })).toHaveCount(0);
});
