/**
 * The reader's bookmarks: a snapshot of each talk's titles plus a short note, kept in their own
 * store so a corpus update never touches them. Every write announces itself to the other tabs.
 */
import type { Bookmark, EventRecord, TalkRecord } from '../shared/types';
import { mergeBookmark } from './bookmark-merge';
import { announceChange } from './change-channel';
import { repairBookmark } from './record-check';
import { withReaderStore } from './reader-store';

/** Longest personal note kept, in characters (UTF-16 units, as the textarea counts them). */
export const NOTE_MAX_LENGTH = 500;

/** A new bookmark for `talk`, with its titles and date captured now. */
export function bookmarkFor(talk: TalkRecord, event: EventRecord, now = Date.now()): Bookmark {
  const bookmark: Bookmark = {
    talkId: talk.id,
    eventId: event.id,
    talkTitle: talk.title,
    eventTitle: event.title,
    note: '',
    createdAt: now,
    updatedAt: now,
  };
  if (event.date) bookmark.eventDate = event.date;
  return bookmark;
}

/** Every bookmark, newest first: the bookmarks page and the search filter use it. */
export function listBookmarks(): Promise<Bookmark[]> {
  return withReaderStore(async (db) => {
    // Every record, repaired for display: a damaged one is missing from the byCreated index.
    const all = (await db.getAll('bookmarks')).map((raw) => repairBookmark(raw));
    return all.sort((a, b) => b.createdAt - a.createdAt);
  });
}

/** The ids of every bookmarked talk, for toggles in long lists. */
export function listBookmarkedIds(): Promise<Set<string>> {
  return withReaderStore(async (db) => new Set((await db.getAllKeys('bookmarks')).map(String)));
}

/** The bookmark of one talk, or undefined. */
export function getBookmark(talkId: string): Promise<Bookmark | undefined> {
  return withReaderStore(async (db) => {
    const raw = await db.get('bookmarks', talkId);
    return raw === undefined ? undefined : repairBookmark(raw);
  });
}

/** Bookmarks `talk` (a no-op when it already is); resolves to the stored bookmark. */
export async function addBookmark(talk: TalkRecord, event: EventRecord): Promise<Bookmark> {
  const stored = await withReaderStore(async (db) => {
    // A bookmarked talk is always kept on the device: it is stored with its bookmark.
    const tx = db.transaction(['bookmarks', 'talks', 'events'], 'readwrite');
    const store = tx.objectStore('bookmarks');
    const existing = await store.get(talk.id);
    const bookmark = existing ?? bookmarkFor(talk, event);
    if (!existing) await store.put(bookmark);
    await tx.objectStore('talks').put(talk);
    if (!(await tx.objectStore('events').getKey(event.id))) {
      await tx.objectStore('events').put(event);
    }
    await tx.done;
    return bookmark;
  });
  announceChange('bookmarks');
  return stored;
}

/** Removes the bookmark of `talkId`, if any. */
export async function removeBookmark(talkId: string): Promise<void> {
  await withReaderStore((db) => db.delete('bookmarks', talkId));
  announceChange('bookmarks');
}

/** Flips the bookmark of `talk`; resolves to whether it is bookmarked now. */
export async function toggleBookmark(talk: TalkRecord, event: EventRecord): Promise<boolean> {
  const nowBookmarked = await withReaderStore(async (db) => {
    const tx = db.transaction(['bookmarks', 'talks', 'events'], 'readwrite');
    const store = tx.objectStore('bookmarks');
    const existing = await store.get(talk.id);
    if (existing) await store.delete(talk.id);
    else {
      await store.put(bookmarkFor(talk, event));
      await tx.objectStore('talks').put(talk);
      if (!(await tx.objectStore('events').getKey(event.id))) {
        await tx.objectStore('events').put(event);
      }
    }
    await tx.done;
    return !existing;
  });
  announceChange('bookmarks');
  return nowBookmarked;
}

/** Saves the note of a bookmark, cut to NOTE_MAX_LENGTH; resolves to the bookmark, or undefined if it is gone. */
export async function setBookmarkNote(talkId: string, note: string): Promise<Bookmark | undefined> {
  const clipped = note.slice(0, NOTE_MAX_LENGTH);
  const saved = await withReaderStore(async (db) => {
    const tx = db.transaction('bookmarks', 'readwrite');
    const existing = await tx.store.get(talkId);
    if (!existing || existing.note === clipped) return existing;
    const updated = { ...existing, note: clipped, updatedAt: Date.now() };
    await tx.store.put(updated);
    await tx.done;
    return updated;
  });
  announceChange('bookmarks');
  return saved;
}

/** How an import or "add all" changed the bookmarks. */
export interface MergeCount {
  added: number;
  updated: number;
}

/** Merges bookmarks (an import, a shared list) in one transaction: all or nothing. */
export async function mergeBookmarks(incoming: readonly Bookmark[]): Promise<MergeCount> {
  const count = await withReaderStore(async (db) => {
    const tx = db.transaction('bookmarks', 'readwrite');
    const result: MergeCount = { added: 0, updated: 0 };
    for (const candidate of incoming) {
      const existing = await tx.store.get(candidate.talkId);
      const merged = mergeBookmark(existing, candidate);
      if (!merged) continue;
      await tx.store.put(merged);
      if (existing) result.updated++;
      else result.added++;
    }
    await tx.done;
    return result;
  });
  if (count.added || count.updated) announceChange('bookmarks');
  return count;
}
