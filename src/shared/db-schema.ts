/**
 * The IndexedDB schema, typed for idb. The corpus stores (`events`, `talks`, `corpusMeta`) are
 * replaced wholesale on a new corpus version; every other store belongs to the reader and is
 * never touched by a corpus update.
 */
import type { DBSchema } from 'idb';
import type { Bookmark, EventRecord, ReadingPosition, Settings, TalkRecord } from './types';

/** Database name; one per origin and base path. */
export const DB_NAME = 'talkshelf';

/** Bump with a new step in src/data/db.ts whenever a store or index changes. */
export const DB_VERSION = 1;

/** What `corpusMeta` holds under the key `current`. */
export interface CorpusMeta {
  version: string;
  builtAt: string;
  loadedAt: number;
  eventCount: number;
  talkCount: number;
}

/** The name of every store, for checking that an opened database has them all. */
export const STORE_NAMES = [
  'events',
  'talks',
  'corpusMeta',
  'bookmarks',
  'positions',
  'settings',
] as const;

/** Every store, its keys, values and indexes. */
export interface TalkshelfDB extends DBSchema {
  events: { key: string; value: EventRecord; indexes: { byDate: string } };
  talks: { key: string; value: TalkRecord; indexes: { byEvent: string } };
  corpusMeta: { key: 'current'; value: CorpusMeta };
  bookmarks: { key: string; value: Bookmark; indexes: { byCreated: number; byEvent: string } };
  positions: { key: string; value: ReadingPosition; indexes: { byUpdated: number } };
  settings: { key: 'current'; value: Settings };
}
