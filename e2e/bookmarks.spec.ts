/**
 * Bookmarks that survive: offline reloads, export and import into another profile, a broken
 * import, another tab, and a new corpus version that drops or renames what they point at.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { startStaticServer } from '../scripts/static-server';
import { readBuiltCorpus, type BuiltCorpusFiles } from './support/built-corpus';
import { waitForOfflineReady } from './support/pwa';
import {
  bookmarkOpenTalk,
  listedBookmarkTitles,
  openApp,
  talkBookmarkButton,
} from './support/reader';
import type { TalkRecord } from '../src/shared/types';

const corpus = readBuiltCorpus('dist');
const talkPath = (talk: TalkRecord) =>
  `/events/${talk.id.split('/').map(encodeURIComponent).join('/')}/`;
/** Talks of different events, so grouping and snapshots are exercised. */
const [first, second] = corpus.events.map((e) => corpus.talks.find((t) => t.eventId === e.id)!);

test('a bookmark survives an offline reload, on the talk and on the bookmarks page', async ({
  page,
  context,
}) => {
  await openApp(page, talkPath(first!));
  await waitForOfflineReady(page);
  await bookmarkOpenTalk(page);

  await context.setOffline(true);
  await page.reload();
  await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
  await expect(talkBookmarkButton(page)).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('link', { name: 'Bookmarks', exact: true }).click();
  await expect(page.getByRole('link', { name: first!.title })).toBeVisible();
  expect(await listedBookmarkTitles(page)).toEqual([first!.title]);
});

test('export, then import into a fresh profile: the same bookmarks and notes', async ({
  page,
  browser,
}) => {
  for (const talk of [first!, second!]) {
    await openApp(page, talkPath(talk));
    await bookmarkOpenTalk(page);
  }
  await openApp(page, '/bookmarks/');
  const note = page.getByLabel(`Note on ${first!.title}`);
  await note.fill('Ask about the benchmark — и про GC');
  await note.blur();
  await expect(page.getByText('Note saved')).toBeVisible();
  const titles = await listedBookmarkTitles(page);
  expect(titles).toEqual([second!.title, first!.title]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export bookmarks' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(await readFile(file, 'utf8')) as { bookmarks: unknown[] };
  expect(exported).toMatchObject({ app: 'talkshelf', kind: 'bookmarks', version: 1 });
  expect(exported.bookmarks).toHaveLength(2);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other, '/bookmarks/');
  await expect(other.getByText('No bookmarks yet')).toBeVisible();
  await other.locator('[data-testid="import-bookmarks"]').setInputFiles(file);
  await expect(
    other.getByRole('status').filter({ hasText: 'Imported: 2 bookmarks added' }),
  ).toBeVisible();
  expect(await listedBookmarkTitles(other)).toEqual(titles);
  await expect(other.getByLabel(`Note on ${first!.title}`)).toHaveValue(
    'Ask about the benchmark — и про GC',
  );
  await openApp(other, talkPath(second!));
  await expect(talkBookmarkButton(other)).toHaveAttribute('aria-pressed', 'true');
  await fresh.close();
});

test('a broken or foreign import file is refused with a reason and changes nothing', async ({
  page,
}) => {
  await openApp(page, talkPath(first!));
  await bookmarkOpenTalk(page);
  await openApp(page, '/bookmarks/');
  await expect(page.locator('.ts-my-bookmarks')).toContainText(first!.title);
  const before = await listedBookmarkTitles(page);
  const input = page.locator('[data-testid="import-bookmarks"]');
  const cases: [string, string, RegExp][] = [
    ['broken.json', '{"app": "talkshelf", "kind": "bookm', /not valid JSON/],
    [
      'other.json',
      JSON.stringify({ app: 'pocket', kind: 'bookmarks', version: 1, bookmarks: [] }),
      /not a Talkshelf/,
    ],
    [
      'half-bad.json',
      JSON.stringify({
        app: 'talkshelf',
        kind: 'bookmarks',
        version: 1,
        bookmarks: [
          {
            talkId: second!.id,
            eventId: second!.eventId,
            talkTitle: 'x',
            eventTitle: 'y',
            note: '',
            createdAt: 1,
            updatedAt: 1,
          },
          {
            talkId: 'nope',
            eventId: 'nope',
            talkTitle: 'x',
            eventTitle: 'y',
            note: '',
            createdAt: 1,
            updatedAt: 1,
          },
        ],
      }),
      /Bookmark 2 is invalid/,
    ],
  ];
  for (const [name, text, reason] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Import refused');
    await expect(alert).toContainText(reason);
    expect(await listedBookmarkTitles(page)).toEqual(before);
  }
  await page.reload();
  // the list appears once the app (and its bookmarks chunk) has taken over the reloaded page
  await expect.poll(() => listedBookmarkTitles(page)).toEqual(before);
});

test('bookmarking in one tab shows in another tab of the same profile without a reload', async ({
  context,
}) => {
  const talkTab = await context.newPage();
  const listTab = await context.newPage();
  await openApp(listTab, '/bookmarks/');
  await expect(listTab.getByText('No bookmarks yet')).toBeVisible();
  await openApp(talkTab, talkPath(first!));
  const twin = await context.newPage();
  await openApp(twin, talkPath(first!));

  await bookmarkOpenTalk(talkTab);
  await expect(listTab.getByRole('link', { name: first!.title })).toBeVisible();
  await expect(talkBookmarkButton(twin)).toHaveAttribute('aria-pressed', 'true');

  await talkBookmarkButton(twin).click();
  await expect(talkBookmarkButton(talkTab)).toHaveAttribute('aria-pressed', 'false');
  await expect(listTab.getByText('No bookmarks yet')).toBeVisible();
});

/** The first talk of the event whose source file is `source`, in `files`. */
function talkFromSource(files: BuiltCorpusFiles, source: RegExp) {
  const event = files.events.find((e) => source.test(e.source));
  return event && files.talks.find((t) => t.eventId === event.id);
}

test("a new corpus version drops a bookmarked talk and renames another's event: both bookmarks remain, the dropped one marked gone", async ({
  page,
}) => {
  const next = readBuiltCorpus('dist-next');
  const dropped = talkFromSource(corpus, /^004/)!;
  const renamed = talkFromSource(corpus, /^003/)!;
  const renamedNext = talkFromSource(next, /^003/)!;
  expect(next.talks.some((t) => t.id === dropped.id)).toBe(false);
  const oldEvent = corpus.events.find((e) => e.id === renamed.eventId)!;
  const newEvent = next.events.find((e) => e.id === renamedNext.eventId)!;
  expect(newEvent.title).not.toBe(oldEvent.title);
  // The event's id follows its title, so the bookmark has to move to the talk's new id.
  expect(renamedNext.id).not.toBe(renamed.id);

  const server = await startStaticServer('dist');
  try {
    await openApp(page, `${server.url}${talkPath(dropped)}`);
    await waitForOfflineReady(page);
    await bookmarkOpenTalk(page);
    await openApp(page, `${server.url}${talkPath(renamed)}`);
    await bookmarkOpenTalk(page);

    server.setRoot('dist-next');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await page.evaluate(() => Object.assign(window, { __beforeUpdate: true }));
    await page.getByRole('button', { name: 'Update now' }).click({ timeout: 20_000 });
    // Applying the update reloads the page: wait for the new document before navigating.
    await page.waitForFunction(() => !('__beforeUpdate' in window), undefined, { timeout: 20_000 });
    await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
    await openApp(page, `${server.url}/bookmarks/`);

    const gone = page.locator('.ts-bookmark-item', { hasText: dropped.title });
    await expect(gone.getByText('No longer in the collection')).toBeVisible({ timeout: 20_000 });
    await expect(
      gone.getByRole('button', { name: `Remove bookmark: ${dropped.title}` }),
    ).toBeVisible();
    const kept = page.locator('.ts-bookmark-item', { hasText: renamed.title });
    await expect(kept.getByRole('link', { name: renamedNext.title })).toHaveAttribute(
      'href',
      talkPath(renamedNext),
    );
    await expect(kept).toContainText(newEvent.title);
    await expect(kept.getByText('No longer in the collection')).toHaveCount(0);

    await openApp(page, `${server.url}${talkPath(renamedNext)}`);
    await expect(talkBookmarkButton(page)).toHaveAttribute('aria-pressed', 'true');
  } finally {
    await server.close();
  }
});

test('a shared list link shows its talks, flags unknown ones, and adds them to my bookmarks', async ({
  page,
}) => {
  await openApp(page, talkPath(first!));
  await bookmarkOpenTalk(page);
  await openApp(page, talkPath(second!));
  await bookmarkOpenTalk(page);
  await openApp(page, '/bookmarks/');
  await page.getByRole('button', { name: /Share a link to these 2 talks/ }).click();
  const link = await page.getByLabel('Link to the list').inputValue();
  expect(link).toContain('/bookmarks/?shared=');

  const friend = await page.context().browser()!.newContext();
  const other = await friend.newPage();
  await openApp(other, `${new URL(link).pathname}${new URL(link).search},gone-event/old-talk`);
  const shared = other.getByRole('region', { name: /Shared with you/ });
  await expect(shared.getByRole('link', { name: first!.title })).toBeVisible();
  await expect(shared.getByRole('link', { name: second!.title })).toBeVisible();
  await expect(shared.locator('li', { hasText: 'gone-event/old-talk' })).toContainText(
    'Not available',
  );
  await shared.getByRole('button', { name: 'Add all to my bookmarks' }).click();
  await expect(shared.getByText('Added 2 to your bookmarks.')).toBeVisible();
  expect((await listedBookmarkTitles(other)).sort()).toEqual([first!.title, second!.title].sort());
  await friend.close();
});

test('keys: b toggles the bookmark, ? opens the help sheet, Esc closes it and gives focus back', async ({
  page,
}) => {
  await openApp(page, talkPath(first!));
  const button = talkBookmarkButton(page);
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await page.locator('main h1').click();
  await page.keyboard.press('b');
  await expect(button).toHaveAttribute('aria-pressed', 'true');

  await button.focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('b'); // no shortcut fires under the sheet
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-pressed', 'true');

  // Typing in a field never triggers shortcuts: the letters land in the field.
  const search = page.locator('[data-shortcut="search"]');
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await page.keyboard.type('bjk');
  await expect(search).toHaveValue('bjk');
});
