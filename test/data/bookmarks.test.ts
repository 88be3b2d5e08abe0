import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addBookmark,
  getBookmark,
  listBookmarkedIds,
  listBookmarks,
  mergeBookmarks,
  NOTE_MAX_LENGTH,
  removeBookmark,
  setBookmarkNote,
  toggleBookmark,
} from '../../src/data/bookmarks';
import { onReaderDataChange } from '../../src/data/change-channel';
import { getDB, onStorageProblem, type StorageProblem } from '../../src/data/db';
import { freshDatabase, makeEvent, makeTalk } from './support/fixtures';

const event = makeEvent('devoxx-2024', 'Devoxx 2024');
const talkA = makeTalk('devoxx-2024', 'a', 'Alpha');
const talkB = makeTalk('devoxx-2024', 'b', 'Beta');

beforeEach(async () => {
  vi.useRealTimers();
  await freshDatabase();
});

describe('bookmarks', () => {
  it('adds a bookmark with a snapshot of the titles and lists newest first', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1000);
    await addBookmark(talkA, event);
    vi.setSystemTime(2000);
    await addBookmark(talkB, event);
    const list = await listBookmarks();
    expect(list.map((b) => b.talkId)).toEqual(['devoxx-2024/b', 'devoxx-2024/a']);
    expect(list[1]).toMatchObject({
      eventId: 'devoxx-2024',
      talkTitle: 'Alpha',
      eventTitle: 'Devoxx 2024',
      eventDate: '2024-05-01',
      note: '',
      createdAt: 1000,
    });
    expect(await listBookmarkedIds()).toEqual(new Set(['devoxx-2024/a', 'devoxx-2024/b']));
  });

  it('adding twice keeps the first bookmark and its note', async () => {
    await addBookmark(talkA, event);
    await setBookmarkNote(talkA.id, 'watch again');
    await addBookmark(talkA, event);
    expect((await listBookmarks()).length).toBe(1);
    expect((await getBookmark(talkA.id))?.note).toBe('watch again');
  });

  it('toggles on and off and removes', async () => {
    expect(await toggleBookmark(talkA, event)).toBe(true);
    expect(await getBookmark(talkA.id)).toBeDefined();
    expect(await toggleBookmark(talkA, event)).toBe(false);
    expect(await getBookmark(talkA.id)).toBeUndefined();
    await addBookmark(talkB, event);
    await removeBookmark(talkB.id);
    expect(await listBookmarks()).toEqual([]);
  });

  it('cuts notes to the maximum length and ignores notes of missing bookmarks', async () => {
    await addBookmark(talkA, event);
    const saved = await setBookmarkNote(talkA.id, 'x'.repeat(NOTE_MAX_LENGTH + 50));
    expect(saved?.note.length).toBe(NOTE_MAX_LENGTH);
    expect(await setBookmarkNote('nope/nothing', 'hello')).toBeUndefined();
    expect(await getBookmark('nope/nothing')).toBeUndefined();
  });

  it('announces every change to listeners', async () => {
    const topics: string[] = [];
    const stop = onReaderDataChange((topic) => topics.push(topic));
    await toggleBookmark(talkA, event);
    await setBookmarkNote(talkA.id, 'n');
    await removeBookmark(talkA.id);
    stop();
    expect(topics).toEqual(['bookmarks', 'bookmarks', 'bookmarks']);
  });

  it('merges a batch in one transaction and counts added and updated', async () => {
    await addBookmark(talkA, event);
    const stored = (await getBookmark(talkA.id))!;
    const count = await mergeBookmarks([
      { ...stored, note: 'from the other phone', updatedAt: stored.updatedAt + 10 },
      { ...stored, talkId: talkB.id, talkTitle: 'Beta' },
    ]);
    expect(count).toEqual({ added: 1, updated: 1 });
    expect((await getBookmark(talkA.id))?.note).toBe('from the other phone');
    expect(await mergeBookmarks([{ ...stored, talkId: talkB.id, talkTitle: 'Beta' }])).toEqual({
      added: 0,
      updated: 0,
    });
  });

  it('reports a full disk and keeps what was already saved', async () => {
    await addBookmark(talkA, event);
    const db = await getDB();
    const problems: StorageProblem[] = [];
    const stop = onStorageProblem((p) => problems.push(p));
    const original = db.transaction.bind(db);
    const spy = vi.spyOn(db, 'transaction').mockImplementation(((
      ...args: Parameters<typeof original>
    ) => {
      const tx = original(...args);
      // the disk is full: every write in this transaction is refused
      const objectStore = tx.objectStore.bind(tx);
      Object.assign(tx, {
        objectStore: (name: Parameters<typeof objectStore>[0]) =>
          Object.assign(objectStore(name), {
            put: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
          }),
      });
      return tx;
    }) as typeof db.transaction);
    await expect(toggleBookmark(talkB, event)).rejects.toMatchObject({ problem: 'quota' });
    spy.mockRestore();
    stop();
    expect(problems.map((p) => p.problem)).toEqual(['quota']);
    expect((await listBookmarks()).map((b) => b.talkId)).toEqual([talkA.id]);
  });
});
