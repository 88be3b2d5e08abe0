// Reading in the production build: lists, talk pages, navigation, focus, 404, sharing, accessibility.
import { severeViolations } from './support/axe';
import { expect, test, type Page } from '@playwright/test';
import { readBuiltCorpus } from './support/built-corpus';
import type { Block, TalkRecord } from '../src/shared/types';

const corpus = readBuiltCorpus('dist');
const eventOf = (talk: TalkRecord) => corpus.events.find((e) => e.id === talk.eventId)!;
const talkPath = (talk: TalkRecord) =>
  `/events/${talk.id.split('/').map(encodeURIComponent).join('/')}/`;

const hasNestedList = (blocks: Block[]): boolean =>
  blocks.some(
    (b) =>
      (b.kind === 'list' && b.items.some((item) => item.some((inner) => inner.kind === 'list'))) ||
      (b.kind === 'quote' && hasNestedList(b.blocks)),
  );
/** A talk with a nested list and an external link, in the middle of an event of 3+ talks. */
const richTalk =
  corpus.talks.find(
    (t) =>
      hasNestedList(t.blocks) &&
      t.links.length > 0 &&
      t.index > 0 &&
      t.index < eventOf(t).talkIds.length - 1,
  ) ?? corpus.talks.find((t) => hasNestedList(t.blocks) && t.links.length > 0)!;

/** Opens a URL and waits until the app has taken over the prerendered page. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
}

async function expectFocusedHeading(page: Page, text: string | RegExp) {
  const h1 = page.locator('main h1');
  await expect(h1).toHaveText(text);
  await expect(h1).toBeFocused();
}

test('home lists events newest first with dates and talk counts', async ({ page }) => {
  await open(page, '/');
  const cards = page.locator('.event-card');
  await expect(cards).toHaveCount(corpus.events.length);
  const dates = await cards.evaluateAll((els) =>
    els.map((el) => el.querySelector('time')?.getAttribute('datetime') ?? null),
  );
  const dated = dates.filter((d): d is string => d !== null);
  expect(dated).toEqual([...dated].sort().reverse());
  expect(dates.slice(0, dated.length)).toEqual(dated); // undated events come last
  const first = corpus.events.find((e) => e.date === dated[0])!;
  await expect(cards.first()).toContainText(`${first.talkIds.length} talk`);
});

test('an event lists its talks; a talk shows title, speakers, nested lists and safe links', async ({
  page,
}) => {
  const event = eventOf(richTalk);
  await open(page, '/');
  await page.getByRole('link', { name: event.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${encodeURIComponent(event.id)}/$`));
  await expectFocusedHeading(page, event.title);
  await expect(page.locator('.talk-item')).toHaveCount(event.talkIds.length);
  await expect(page).toHaveTitle(`${event.title} · Talkshelf`);

  await page.locator('.talk-item a', { hasText: richTalk.title }).first().click();
  await expectFocusedHeading(page, richTalk.title);
  for (const speaker of richTalk.speakers)
    await expect(page.locator('.speakers')).toContainText(speaker.name);
  await expect(page.locator('.talk-body li > ul, .talk-body li > ol').first()).toBeAttached();
  const link = page.locator(`.talk-body a[href="${new URL(richTalk.links[0]!).href}"]`).first();
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page.locator('.talk-body a:not([href^="http"]):not([href^="mailto:"])')).toHaveCount(
    0,
  );
  await expect(page.locator('.talk .meta')).toContainText(`${richTalk.readingMinutes} min read`);
});

test('previous/next talk links, and back/forward through them', async ({ page }) => {
  const event = eventOf(richTalk);
  const at = event.talkIds.indexOf(richTalk.id);
  const next = corpus.talks.find((t) => t.id === event.talkIds[at + 1]);
  const prev = corpus.talks.find((t) => t.id === event.talkIds[at - 1]);
  expect(next ?? prev, 'the corpus needs an event with two talks').toBeDefined();
  await open(page, talkPath(richTalk));
  const neighbour = (next ?? prev)!;
  await page.locator(`[data-shortcut="${next ? 'next' : 'prev'}"]`).click();
  await expect(page).toHaveURL(new RegExp(`${talkPath(neighbour)}$`));
  await expectFocusedHeading(page, neighbour.title);
  await page.goBack();
  await expectFocusedHeading(page, richTalk.title);
  await page.goForward();
  await expectFocusedHeading(page, neighbour.title);
  await page.getByRole('link', { name: 'Talkshelf', exact: true }).click();
  await expectFocusedHeading(page, 'Talks and notes');
  await page.goBack();
  await expect(page.locator('main h1')).toHaveText(neighbour.title);
});

test('unknown paths get a real 404 page with ways back', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
  await expect(page.locator('main h1')).toHaveText('Page not found');
  await expect(page).toHaveTitle(/Page not found/);
  await page.getByRole('link', { name: 'Search the talks' }).click();
  await expect(page).toHaveURL(/\/search\/$/);

  // A talk renamed under a known event: the event, and the talks closest to the address.
  const event = eventOf(richTalk);
  await open(page, `/events/${encodeURIComponent(event.id)}/${richTalk.slug}-old/`);
  await expect(page.locator('main h1')).toHaveText('Talk not found');
  await expect(page.locator('main').getByRole('link', { name: event.title })).toBeVisible();
  await page.locator('main').getByRole('link', { name: richTalk.title }).first().click();
  await expectFocusedHeading(page, richTalk.title);

  // An unknown event: a search for the words of its address.
  await open(page, '/events/dotscale-observability-2099/');
  await expect(page.locator('main h1')).toHaveText('Event not found');
  await page.getByRole('link', { name: /Search for “dotscale observability 2099”/ }).click();
  await expect(page).toHaveURL(/\/search\/\?q=dotscale(\+|%20)observability(\+|%20)2099$/);
});

test('Share copies the link and says so where the Web Share API is missing', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
  });
  await open(page, talkPath(richTalk));
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no serious or critical accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const pages = ['/', `/events/${encodeURIComponent(richTalk.eventId)}/`, talkPath(richTalk)];
    for (const url of [...pages, '/search/', '/bookmarks/', '/about/']) {
      await open(page, url);
      await expect(page.locator('main h1')).not.toHaveText('Loading…');
      // The first page of a fresh profile shows the first-visit notice: check it too, once shown.
      if (url === pages[0]) await expect(page.getByText(/Ready to read offline/)).toBeVisible();
      const severe = await severeViolations(page, url);
      expect(severe).toEqual([]);
    }
  });
}
