import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_IMPORT_BYTES,
  parseBookmarkFile,
  serializeBookmarks,
} from '../../src/data/bookmark-file';
import { mergeBookmark } from '../../src/data/bookmark-merge';
import {
  addBookmark,
  listBookmarks,
  mergeBookmarks,
  NOTE_MAX_LENGTH,
  setBookmarkNote,
} from '../../src/data/bookmarks';
import type { Bookmark } from '../../src/shared/types';
import { freshDatabase, makeEvent, makeTalk } from './support/fixtures';

const event = makeEvent('jug-2023', 'JUG 2023');
const talks = ['one', 'two', 'three'].map((slug) => makeTalk('jug-2023', slug, `Talk ${slug}`));

const sample: Bookmark = {
  talkId: 'jug-2023/one',
  eventId: 'jug-2023',
  talkTitle: 'Talk one',
  eventTitle: 'JUG 2023',
  eventDate: '2023-10-02',
  note: 'ask about GC',
  createdAt: 100,
  updatedAt: 200,
};

function fileWith(patch: Record<string, unknown>, entries: unknown[] = [sample]): string {
  return JSON.stringify({
    app: 'talkshelf',
    kind: 'bookmarks',
    version: 1,
    exportedAt: '2024-01-01T00:00:00.000Z',
    bookmarks: entries,
    ...patch,
  });
}

beforeEach(freshDatabase);

describe('bookmark file', () => {
  it('round-trips an export through an import into an empty profile', async () => {
    for (const talk of talks) await addBookmark(talk, event);
    await setBookmarkNote('jug-2023/two', 'Привет, 你好 — notes survive');
    const before = await listBookmarks();
    const text = serializeBookmarks(before);
    expect(JSON.parse(text)).toMatchObject({ app: 'talkshelf', kind: 'bookmarks', version: 1 });

    await freshDatabase();
    const parsed = parseBookmarkFile(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(await mergeBookmarks(parsed.bookmarks)).toEqual({ added: 3, updated: 0 });
    expect(await listBookmarks()).toEqual(before);
    // importing the same file again changes nothing
    expect(await mergeBookmarks(parsed.bookmarks)).toEqual({ added: 0, updated: 0 });
  });

  it('keeps only known fields from an entry', () => {
    const parsed = parseBookmarkFile(fileWith({}, [{ ...sample, extra: '<script>' }]));
    expect(parsed).toEqual({ ok: true, bookmarks: [sample] });
  });

  it('accepts an entry without note or date', () => {
    const { note: _note, eventDate: _date, ...bare } = sample;
    const parsed = parseBookmarkFile(fileWith({}, [bare]));
    expect(parsed).toEqual({ ok: true, bookmarks: [{ ...bare, note: '' }] });
  });

  const invalid: [string, string, RegExp][] = [
    ['broken JSON', '{"app": "talkshelf", ', /not valid JSON/],
    ['an array', '[]', /does not hold/],
    ['another app', fileWith({ app: 'pocket' }), /not a Talkshelf bookmarks file/],
    ['another kind', fileWith({ kind: 'settings' }), /not a Talkshelf bookmarks file/],
    ['a future version', fileWith({ version: 2 }), /version 2/],
    ['no list', fileWith({ bookmarks: 'many' }), /no list/],
    ['an entry that is a string', fileWith({}, ['jug-2023/one']), /Bookmark 1 .*not an object/],
    ['a bad talk id', fileWith({}, [{ ...sample, talkId: 'no-slash' }]), /talkId/],
    ['a mismatched event id', fileWith({}, [{ ...sample, eventId: 'other' }]), /eventId/],
    ['a numeric title', fileWith({}, [{ ...sample, talkTitle: 5 }]), /talkTitle must be text/],
    ['a long title', fileWith({}, [{ ...sample, eventTitle: 'x'.repeat(501) }]), /too long/],
    ['a bad date', fileWith({}, [{ ...sample, eventDate: 'yesterday' }]), /eventDate/],
    [
      'a long note',
      fileWith({}, [{ ...sample, note: 'n'.repeat(NOTE_MAX_LENGTH + 1) }]),
      /note is longer/,
    ],
    ['a string time', fileWith({}, [{ ...sample, createdAt: '100' }]), /createdAt/],
    ['a duplicate', fileWith({}, [sample, sample]), /Bookmark 2 repeats/],
    [
      'a second bad entry',
      fileWith({}, [sample, { ...sample, talkId: 'jug-2023/two', updatedAt: null }]),
      /Bookmark 2 .*updatedAt/,
    ],
  ];

  it.each(invalid)('refuses %s and changes nothing', async (_name, text, reason) => {
    await addBookmark(talks[2]!, event);
    const before = await listBookmarks();
    const parsed = parseBookmarkFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
    expect(await listBookmarks()).toEqual(before);
  });

  it('refuses a file over the size cap before parsing it', () => {
    const parsed = parseBookmarkFile(fileWith({}), MAX_IMPORT_BYTES + 1);
    expect(parsed).toEqual({ ok: false, reason: expect.stringMatching(/too large/) });
  });
});

describe('merge rule', () => {
  it('takes the newer edit but never drops a note for an empty one', () => {
    const newerEmpty = { ...sample, note: '', talkTitle: 'Renamed', updatedAt: 900 };
    expect(mergeBookmark(sample, newerEmpty)).toEqual({
      ...newerEmpty,
      note: 'ask about GC',
    });
  });

  it('keeps the stored bookmark when the incoming one is older, and the earliest creation', () => {
    const older = { ...sample, note: 'old', createdAt: 50, updatedAt: 150 };
    expect(mergeBookmark(sample, older)).toEqual({ ...sample, createdAt: 50 });
    expect(mergeBookmark(sample, { ...sample })).toBeUndefined();
  });

  it('adds a bookmark that was not stored', () => {
    expect(mergeBookmark(undefined, sample)).toBe(sample);
  });
});
