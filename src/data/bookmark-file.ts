/**
 * The bookmarks export file: how it is written and how an imported one is checked. Checking is
 * strict and total, so a bad file is refused with a reason before anything is stored.
 */
import type { Bookmark } from '../shared/types';
import { NOTE_MAX_LENGTH } from './bookmarks';

/** Largest import accepted, in bytes. */
export const MAX_IMPORT_BYTES = 1_000_000;
/** Most bookmarks one file may hold. */
export const MAX_IMPORT_BOOKMARKS = 5_000;
/** Format version written by this app; files with another version are refused. */
export const BOOKMARK_FILE_VERSION = 1;

const MAX_ID_LENGTH = 300;
const MAX_TITLE_LENGTH = 500;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The JSON document an export holds. */
export interface BookmarkFile {
  app: 'talkshelf';
  kind: 'bookmarks';
  version: typeof BOOKMARK_FILE_VERSION;
  exportedAt: string;
  bookmarks: Bookmark[];
}

/** The export file's text for `bookmarks`. */
export function serializeBookmarks(bookmarks: readonly Bookmark[], now = new Date()): string {
  const file: BookmarkFile = {
    app: 'talkshelf',
    kind: 'bookmarks',
    version: BOOKMARK_FILE_VERSION,
    exportedAt: now.toISOString(),
    bookmarks: [...bookmarks],
  };
  return JSON.stringify(file, null, 2);
}

/** A file name for an export made on `now`'s day. */
export function exportFileName(now = new Date()): string {
  return `talkshelf-bookmarks-${now.toISOString().slice(0, 10)}.json`;
}

/** The outcome of reading an import: the bookmarks, or why the file was refused. */
export type ParsedBookmarkFile =
  { ok: true; bookmarks: Bookmark[] } | { ok: false; reason: string };

/** Reads an import file's text (of `byteSize` bytes on disk) into bookmarks, or a reason to refuse it. */
export function parseBookmarkFile(text: string, byteSize = text.length): ParsedBookmarkFile {
  if (byteSize > MAX_IMPORT_BYTES) {
    return refuse(`The file is too large (over ${MAX_IMPORT_BYTES / 1_000_000} MB).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('The file is not valid JSON.');
  }
  if (!isObject(data)) return refuse('The file does not hold a bookmarks export.');
  if (data.app !== 'talkshelf' || data.kind !== 'bookmarks') {
    return refuse('This is not a Talkshelf bookmarks file.');
  }
  if (data.version !== BOOKMARK_FILE_VERSION) {
    return refuse(
      `This bookmarks file has version ${String(data.version)}, which this app cannot read.`,
    );
  }
  if (!Array.isArray(data.bookmarks)) return refuse('The file has no list of bookmarks.');
  if (data.bookmarks.length > MAX_IMPORT_BOOKMARKS) {
    return refuse(`The file holds more than ${MAX_IMPORT_BOOKMARKS} bookmarks.`);
  }
  const bookmarks: Bookmark[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of data.bookmarks.entries()) {
    const problem = entryProblem(entry);
    if (problem) return refuse(`Bookmark ${index + 1} is invalid: ${problem}.`);
    const bookmark = toBookmark(entry as Record<string, unknown>);
    if (seen.has(bookmark.talkId)) {
      return refuse(`Bookmark ${index + 1} repeats the talk ${bookmark.talkId}.`);
    }
    seen.add(bookmark.talkId);
    bookmarks.push(bookmark);
  }
  return { ok: true, bookmarks };
}

function refuse(reason: string): ParsedBookmarkFile {
  return { ok: false, reason };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entryProblem(entry: unknown): string | undefined {
  if (!isObject(entry)) return 'not an object';
  const talkId = entry.talkId;
  if (typeof talkId !== 'string' || !/^[^/\s]+\/[^/\s]+$/.test(talkId)) {
    return 'talkId must look like "event/talk"';
  }
  if (talkId.length > MAX_ID_LENGTH) return 'talkId is too long';
  if (typeof entry.eventId !== 'string' || entry.eventId !== talkId.split('/')[0]) {
    return 'eventId must be the first part of talkId';
  }
  for (const field of ['talkTitle', 'eventTitle'] as const) {
    const value = entry[field];
    if (typeof value !== 'string') return `${field} must be text`;
    if (value.length > MAX_TITLE_LENGTH) return `${field} is too long`;
  }
  if (
    entry.eventDate !== undefined &&
    (typeof entry.eventDate !== 'string' || !DATE.test(entry.eventDate))
  ) {
    return 'eventDate must be a date like 2024-05-31';
  }
  const note = entry.note ?? '';
  if (typeof note !== 'string') return 'note must be text';
  if (note.length > NOTE_MAX_LENGTH) return `note is longer than ${NOTE_MAX_LENGTH} characters`;
  for (const field of ['createdAt', 'updatedAt'] as const) {
    const value = entry[field];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      return `${field} must be a time stamp`;
    }
  }
  return undefined;
}

// Copies only the known fields, so nothing unexpected from the file reaches the database.
function toBookmark(entry: Record<string, unknown>): Bookmark {
  const bookmark: Bookmark = {
    talkId: entry.talkId as string,
    eventId: entry.eventId as string,
    talkTitle: entry.talkTitle as string,
    eventTitle: entry.eventTitle as string,
    note: (entry.note as string | undefined) ?? '',
    createdAt: entry.createdAt as number,
    updatedAt: entry.updatedAt as number,
  };
  if (typeof entry.eventDate === 'string') bookmark.eventDate = entry.eventDate;
  return bookmark;
}
