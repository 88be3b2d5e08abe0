/** Shared links work for someone who never visited: every talk is a static page that reads without JavaScript. */
import { expect, test } from '@playwright/test';
import { talkUrl } from '../src/shared/urls';
import { probeLongTalks, readBuiltCorpus } from './support/built-corpus';

const corpus = readBuiltCorpus('dist');
const probe = probeLongTalks(corpus).at(-1)!;

test('a talk page fetched without JavaScript holds the title, the text and preview tags', async ({
  browser,
  request,
}) => {
  const response = await request.get(probe.path);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/html');

  const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(probe.path);
  await expect(page.locator('h1')).toContainText(probe.talk.title);
  await expect(page.getByText(probe.snippet).first()).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(escapeRegExp(probe.talk.title)));

  const head = page.locator('head');
  // This build has no TALKSHELF_SITE_URL: no canonical or og:url, which must be absolute (the
  // sub-path build, which has one, checks them).
  await expect(head.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(head.locator('meta[property="og:url"]')).toHaveCount(0);
  await expect(head.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    new RegExp(escapeRegExp(probe.talk.title)),
  );
  await expect(head.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);
  await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');

  // The event page links to every one of its talks, also without JavaScript.
  await page.goto(probe.path.replace(/[^/]+\/$/, ''));
  for (const id of probe.event.talkIds) {
    await expect(page.locator(`a[href="${talkUrl('/', id)}"]`).first()).toBeVisible();
  }
  await context.close();
});

test('an unknown path gets the prerendered 404 page with status 404', async ({ request }) => {
  const response = await request.get('/events/no-such-event/no-such-talk/');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('<meta name="robots" content="noindex">');
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
