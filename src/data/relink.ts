/**
 * After a new corpus version replaced events and talks, keeps the reader's bookmarks and reading
 * positions pointing at their talks. A talk whose id vanished but whose source file and slug
 * survive (the event was renamed) moves to its new id; a talk that is really gone keeps its
 * bookmark, which the bookmarks page then marks as no longer in the collection.
 */
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { TalkshelfDB } from '../shared/db-schema';
import type { Bookmark, EventRecord, ReadingPosition, TalkRecord } from '../shared/types';
import { mergeBookmark } from './bookmark-merge';
import { announceChange } from './change-channel';
import { bookmarkIsWhole, checkPosition, repairBookmark } from './record-check';
import { withReaderStore } from './reader-store';

/** What a relink changed. */
export interface RelinkReport {
  /** Bookmarks moved to a new talk id. */
  moved: number;
  /** Bookmarks whose snapshot of titles or date was refreshed in place. */
  refreshed: number;
  /** Positions moved to a new talk id. */
  movedPositions: number;
  /** Damaged bookmarks repaired in place (a bookmark is never dropped). */
  repaired: number;
  /** Damaged positions dropped (a position is cheap to lose; a broken one must never block an update). */
  droppedPositions: number;
}

/** The slug part of a talk id (`eventId/slug`). */
export function talkSlugOf(talkId: string): string {
  return talkId.slice(talkId.indexOf('/') + 1);
}

/**
 * Builds a function from an old talk id to its id in the new corpus, or undefined when the talk
 * is gone: same source file as the old event, same slug, and the talk must exist now.
 */
export function makeRelinker(
  previousEvents: readonly EventRecord[],
  currentEvents: readonly EventRecord[],
  currentTalkIds: ReadonlySet<string>,
): (talkId: string, eventId: string) => string | undefined {
  const previousSource = new Map(previousEvents.map((e) => [e.id, e.source]));
  const currentBySource = new Map(currentEvents.map((e) => [e.source, e]));
  return (talkId, eventId) => {
    if (currentTalkIds.has(talkId)) return talkId;
    const source = previousSource.get(eventId);
    const event = source === undefined ? undefined : currentBySource.get(source);
    if (!event) return undefined;
    const candidate = `${event.id}/${talkSlugOf(talkId)}`;
    return currentTalkIds.has(candidate) ? candidate : undefined;
  };
}

/** The bookmarks and positions stores of a readwrite transaction, whatever else it covers. */
export interface ReaderStores {
  bookmarks: IDBPObjectStore<
    TalkshelfDB,
    ArrayLike<StoreNames<TalkshelfDB>>,
    'bookmarks',
    'readwrite'
  >;
  positions: IDBPObjectStore<
    TalkshelfDB,
    ArrayLike<StoreNames<TalkshelfDB>>,
    'positions',
    'readwrite'
  >;
}

/**
 * Points bookmarks and reading positions whose talk id vanished at the same talk under its new
 * id (same source file, same talk slug), e.g. when an event was renamed, and refreshes bookmark
 * snapshots. Runs inside the caller's transaction, so the corpus loader commits a new corpus and
 * the relinked reader data together: an interrupted load can never leave bookmarks behind.
 * `talkIds` are the talks that exist now (by default, the ones `currentEvents` list).
 */
export async function relinkReaderData(
  stores: ReaderStores,
  previousEvents: readonly EventRecord[],
  currentEvents: readonly EventRecord[],
  talkOf: (id: string) => Promise<TalkRecord | undefined>,
  talkIds: ReadonlySet<string> = new Set(currentEvents.flatMap((event) => event.talkIds)),
): Promise<RelinkReport> {
  const relink = makeRelinker(previousEvents, currentEvents, talkIds);
  const eventById = new Map(currentEvents.map((e) => [e.id, e]));
  const result: RelinkReport = {
    moved: 0,
    refreshed: 0,
    movedPositions: 0,
    repaired: 0,
    droppedPositions: 0,
  };

  const { bookmarks, positions } = stores;
  for (const raw of await bookmarks.getAll()) {
    const bookmark = repairBookmark(raw);
    if (!bookmarkIsWhole(raw, bookmark)) {
      await bookmarks.delete(keyOf(raw));
      await bookmarks.put(
        mergeBookmark(await bookmarks.get(bookmark.talkId), bookmark) ?? bookmark,
      );
      result.repaired++;
    }
    const newId = relink(bookmark.talkId, bookmark.eventId);
    if (!newId) continue; // really gone: keep the snapshot as it is
    const talk = await talkOf(newId);
    const event = talk && eventById.get(talk.eventId);
    if (!talk || !event) continue;
    const refreshed = refreshSnapshot(bookmark, talk, event);
    if (newId !== bookmark.talkId) {
      await bookmarks.delete(bookmark.talkId);
      const merged = mergeBookmark(await bookmarks.get(newId), refreshed);
      if (merged) await bookmarks.put(merged);
      result.moved++;
    } else if (refreshed !== bookmark) {
      await bookmarks.put(refreshed);
      result.refreshed++;
    }
  }

  for (const raw of await positions.getAll()) {
    const position = checkPosition(raw);
    if (!position) {
      await positions.delete(keyOf(raw));
      result.droppedPositions++;
      continue;
    }
    const eventId = position.talkId.split('/')[0] ?? '';
    const newId = relink(position.talkId, eventId);
    if (!newId || newId === position.talkId) continue;
    await positions.delete(position.talkId);
    const existing = await positions.get(newId);
    await positions.put(newerPosition(existing, { ...position, talkId: newId }));
    result.movedPositions++;
  }
  return result;
}

/** Tells open pages (this tab and others) what a relink changed. */
export function announceRelink(report: RelinkReport): void {
  if (report.moved || report.refreshed || report.repaired) announceChange('bookmarks');
  if (report.movedPositions || report.droppedPositions) announceChange('positions');
}

/**
 * Relinks against the corpus stored now, given the events stored before it was replaced; for a
 * corpus written by other means than the loader (which relinks inside its own transaction).
 */
export async function relinkAfterCorpusUpdate(
  previousEvents: EventRecord[],
): Promise<RelinkReport> {
  const report = await withReaderStore(async (db) => {
    const tx = db.transaction(['events', 'talks', 'bookmarks', 'positions'], 'readwrite');
    const events = await tx.objectStore('events').getAll();
    const talks = tx.objectStore('talks');
    const talkIds = new Set(await talks.getAllKeys());
    const result = await relinkReaderData(
      { bookmarks: tx.objectStore('bookmarks'), positions: tx.objectStore('positions') },
      previousEvents,
      events,
      (id) => talks.get(id),
      talkIds,
    );
    await tx.done;
    return result;
  });
  announceRelink(report);
  return report;
}

// The key of a stored record, whatever else it holds: both reader stores are keyed by `talkId`.
function keyOf(record: unknown): string {
  return (record as { talkId: IDBValidKey }).talkId as string;
}

// The bookmark with the talk's current id and titles; the same object when nothing changed.
function refreshSnapshot(bookmark: Bookmark, talk: TalkRecord, event: EventRecord): Bookmark {
  const same =
    bookmark.talkId === talk.id &&
    bookmark.eventId === event.id &&
    bookmark.talkTitle === talk.title &&
    bookmark.eventTitle === event.title &&
    bookmark.eventDate === event.date;
  if (same) return bookmark;
  const next: Bookmark = {
    ...bookmark,
    talkId: talk.id,
    eventId: event.id,
    talkTitle: talk.title,
    eventTitle: event.title,
  };
  if (event.date) next.eventDate = event.date;
  else delete next.eventDate;
  return next;
}

function newerPosition(a: ReadingPosition | undefined, b: ReadingPosition): ReadingPosition {
  if (!a) return b;
  const newer = a.updatedAt >= b.updatedAt ? a : b;
  return { ...newer, finished: a.finished || b.finished };
}
