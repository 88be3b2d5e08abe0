/**
 * The IndexedDB schema, typed for idb. The corpus stores (`events`, `talks`, `files`,
 * `corpusMeta`) follow the corpus: a new version replaces the files that changed, in one
 * transaction. Every other store belongs to the reader and a corpus update never touches it.
 */
import type { DBSchema } from 'idb';
import type {
  Bookmark,
  CorpusManifest,
  EventRecord,
  ReadingPosition,
  Settings,
  TalkRecord,
} from './types';

/** Database name; one per origin and base path. */
export const DB_NAME = 'talkshelf';

/** Bump with a new step in src/data/db.ts whenever a store or index changes. */
export const DB_VERSION = 2;

/** What `corpusMeta` holds under the key `current`: the version whose files are stored. */
export interface CorpusMeta {
  version: string;
  builtAt: string;
  loadedAt: number;
  eventCount: number;
  talkCount: number;
  /** That version's manifest: offline, it says where every record lives and what is missing. */
  manifest: CorpusManifest;
  /** A record could not be read: the copy is fetched again at the next chance (kept until then). */
  damaged?: true;
}

/** A corpus file stored whole: every record it holds is in `events` or `talks`. */
export interface StoredFile {
  url: string;
  kind: 'events' | 'talks';
  /** Ids of its records, to drop them when a new version no longer has the file. */
  ids: string[];
  /** Its size on the wire (gzip) and as JSON, for progress and the storage figures. */
  gzip: number;
  bytes: number;
}

/** What the reader asked to keep offline: the whole corpus (`id` `*`) or one event (its id). */
export interface KeptRecord {
  id: string;
  keptAt: number;
}

/** The `kept` id that stands for the whole corpus. */
export const KEEP_ALL = '*';

/** The `kept` id that says the reader removed the offline copy: it never starts again by itself. */
export const KEEP_NONE = '-';

/** Whether a `kept` id stands for one event kept offline (not for the whole corpus or its removal). */
export const isKeptEvent = (id: string): boolean => id !== KEEP_ALL && id !== KEEP_NONE;

/** The name of every store, for checking that an opened database has them all. */
export const STORE_NAMES = [
  'events',
  'talks',
  'corpusMeta',
  'files',
  'kept',
  'bookmarks',
  'positions',
  'settings',
] as const;

/** Every store, its keys, values and indexes. */
export interface TalkshelfDB extends DBSchema {
  events: { key: string; value: EventRecord; indexes: { byDate: string } };
  talks: { key: string; value: TalkRecord; indexes: { byEvent: string } };
  corpusMeta: { key: 'current'; value: CorpusMeta };
  files: { key: string; value: StoredFile };
  kept: { key: string; value: KeptRecord };
  bookmarks: { key: string; value: Bookmark; indexes: { byCreated: number; byEvent: string } };
  positions: { key: string; value: ReadingPosition; indexes: { byUpdated: number } };
  settings: { key: 'current'; value: Settings };
}
