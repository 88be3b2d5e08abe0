/** The rule for two bookmarks of the same talk, shared by import, shared lists and relinking. */
import type { Bookmark } from '../shared/types';

/**
 * The bookmark to store when `incoming` meets `existing` (same talk), or undefined when the
 * stored one already says it all: the newer edit wins, a non-empty note is never dropped for an
 * empty one, and the earliest creation date is kept.
 */
export function mergeBookmark(
  existing: Bookmark | undefined,
  incoming: Bookmark,
): Bookmark | undefined {
  if (!existing) return incoming;
  const newer = incoming.updatedAt > existing.updatedAt ? incoming : existing;
  const older = newer === incoming ? existing : incoming;
  const merged: Bookmark = {
    ...newer,
    talkId: existing.talkId,
    note: newer.note || older.note,
    createdAt: Math.min(existing.createdAt, incoming.createdAt),
  };
  return sameBookmark(merged, existing) ? undefined : merged;
}

function sameBookmark(a: Bookmark, b: Bookmark): boolean {
  return (
    a.eventId === b.eventId &&
    a.talkTitle === b.talkTitle &&
    a.eventTitle === b.eventTitle &&
    a.eventDate === b.eventDate &&
    a.note === b.note &&
    a.createdAt === b.createdAt &&
    a.updatedAt === b.updatedAt
  );
}
