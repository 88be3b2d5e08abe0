/**
 * Opens the Talkshelf database once per page, runs versioned upgrades, and turns every way
 * IndexedDB can fail (blocked upgrade, full disk, refused in private mode) into a StorageProblem
 * the UI can show. Components never import idb: they call the domain modules beside this one.
 */
import { deleteDB, openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, STORE_NAMES, type TalkshelfDB } from '../shared/db-schema';

/** Why storage is unavailable or degraded, in words a reader can act on. */
export type StorageProblemKind =
  'blocked' | 'quota' | 'unavailable' | 'version' | 'damaged' | 'unknown';

/** A storage failure classified for the UI. */
export class StorageProblem extends Error {
  constructor(
    readonly problem: StorageProblemKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageProblem';
  }
}

/** The reader-facing sentence for each kind of storage problem. */
export const STORAGE_PROBLEM_TEXT: Record<StorageProblemKind, string> = {
  blocked:
    'Talkshelf was updated, but another open tab still uses the old version. Close the other Talkshelf tabs to finish the update.',
  quota:
    'The device is out of storage space, so Talkshelf could not save everything. Free some space; reading still works online.',
  unavailable:
    'This browser does not let Talkshelf store data (private browsing?). Reading works online, but bookmarks and offline reading are off.',
  version:
    'A newer version of Talkshelf stored data in this browser. Reload this page to use it; until then, reading works online.',
  damaged:
    "Talkshelf's local storage is damaged, so it reads from the network and cannot keep new bookmarks. Your saved bookmarks were left untouched.",
  unknown: 'Talkshelf could not use its local storage. Reading works online.',
};

/** Classifies any error thrown by IndexedDB or idb into a StorageProblem. */
export function toStorageProblem(error: unknown): StorageProblem {
  if (error instanceof StorageProblem) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const kind: StorageProblemKind =
    name === 'QuotaExceededError'
      ? 'quota'
      : name === 'VersionError'
        ? 'version'
        : name === 'InvalidStateError' || name === 'SecurityError' || name === 'NotFoundError'
          ? 'unavailable'
          : 'unknown';
  return new StorageProblem(kind, STORAGE_PROBLEM_TEXT[kind], { cause: error });
}

type Listener = (problem: StorageProblem) => void;
const listeners = new Set<Listener>();
let latest: StorageProblem | undefined;

/** The last storage problem reported (until storage became usable again): a notice mounted late still shows it. */
export function latestStorageProblem(): StorageProblem | undefined {
  return latest;
}

/** Subscribes to storage problems reported anywhere in the data layer; returns an unsubscribe. */
export function onStorageProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells the UI about a storage problem; returns it, for rethrowing. */
export function reportStorageProblem(error: unknown): StorageProblem {
  const problem = toStorageProblem(error);
  latest = problem;
  for (const listener of listeners) listener(problem);
  return problem;
}

let dbPromise: Promise<IDBPDatabase<TalkshelfDB>> | undefined;
const readyListeners = new Set<() => void>();

/** Subscribes to storage becoming usable after a blocked upgrade went through; returns an unsubscribe. */
export function onStorageReady(listener: () => void): () => void {
  readyListeners.add(listener);
  return () => readyListeners.delete(listener);
}

/**
 * Resolves to the open database, opening and upgrading it on first use; rejects with a
 * StorageProblem. An upgrade blocked by another tab rejects at once (so pages read from the
 * network) and goes on waiting: when the other tab closes, the database opens and
 * `onStorageReady` listeners are told.
 */
export function getDB(): Promise<IDBPDatabase<TalkshelfDB>> {
  dbPromise ??= new Promise((resolve, reject) => {
    let blocked = false;
    const onBlocked = () => {
      if (blocked) return;
      blocked = true;
      reject(reportStorageProblem(new StorageProblem('blocked', STORAGE_PROBLEM_TEXT.blocked)));
    };
    // `indexedDB.open` may throw at once (SecurityError in a denied context): a rejection, never a throw
    Promise.resolve()
      .then(() => openChecked(onBlocked))
      .then(
        (db) => {
          if (!blocked) return resolve(db);
          dbPromise = Promise.resolve(db);
          latest = undefined;
          for (const listener of [...readyListeners]) listener();
        },
        (error: unknown) => {
          dbPromise = undefined; // let a later call retry
          if (!blocked) reject(reportStorageProblem(error));
        },
      );
  });
  dbPromise.catch(() => undefined); // callers handle it; the shared promise itself is never left unhandled
  return dbPromise;
}

/** Opens the database, and rebuilds it when its stores are missing and it holds none of the reader's data. */
async function openChecked(onBlocked: () => void): Promise<IDBPDatabase<TalkshelfDB>> {
  const db = await open(onBlocked);
  if (STORE_NAMES.every((name) => db.objectStoreNames.contains(name))) return db;
  const readerStores = (['bookmarks', 'positions', 'settings', 'kept'] as const).filter((name) =>
    db.objectStoreNames.contains(name),
  );
  const counts = await Promise.all(readerStores.map((name) => db.count(name)));
  db.close();
  if (counts.some((count) => count > 0)) {
    throw new StorageProblem('damaged', STORAGE_PROBLEM_TEXT.damaged);
  }
  await deleteDB(DB_NAME, { blocked: onBlocked });
  const fresh = await open(onBlocked);
  if (STORE_NAMES.every((name) => fresh.objectStoreNames.contains(name))) return fresh;
  fresh.close();
  throw new StorageProblem('damaged', STORAGE_PROBLEM_TEXT.damaged);
}

function open(onBlocked: () => void): Promise<IDBPDatabase<TalkshelfDB>> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(new StorageProblem('unavailable', STORAGE_PROBLEM_TEXT.unavailable));
  }
  return openDB<TalkshelfDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      // One step per version; each runs once, in order, inside the upgrade transaction.
      if (oldVersion < 1) {
        db.createObjectStore('events', { keyPath: 'id' }).createIndex('byDate', 'date');
        db.createObjectStore('talks', { keyPath: 'id' }).createIndex('byEvent', 'eventId');
        db.createObjectStore('corpusMeta');
        const bookmarks = db.createObjectStore('bookmarks', { keyPath: 'talkId' });
        bookmarks.createIndex('byCreated', 'createdAt');
        bookmarks.createIndex('byEvent', 'eventId');
        db.createObjectStore('positions', { keyPath: 'talkId' }).createIndex(
          'byUpdated',
          'updatedAt',
        );
        db.createObjectStore('settings');
      }
      if (oldVersion < 2) {
        // Corpus files stored whole, and what the reader keeps offline. A corpus of version 1
        // has no file records: it is dropped and fetched again (reader stores untouched).
        db.createObjectStore('files', { keyPath: 'url' });
        db.createObjectStore('kept', { keyPath: 'id' });
        if (oldVersion >= 1) {
          for (const name of ['events', 'talks', 'corpusMeta'] as const) {
            if (db.objectStoreNames.contains(name)) void transaction.objectStore(name).clear();
          }
        }
      }
    },
    blocked: onBlocked,
    blocking() {
      // A newer version wants to upgrade: step aside so the other tab is not blocked.
      void dbPromise?.then(
        (db) => db.close(),
        () => undefined,
      );
      dbPromise = undefined;
      reportStorageProblem(new StorageProblem('version', STORAGE_PROBLEM_TEXT.version));
    },
    terminated() {
      dbPromise = undefined;
    },
  });
}

/** Closes the database if open (tests, and before a page replaces its worker). */
export async function closeDB(): Promise<void> {
  const pending = dbPromise;
  dbPromise = undefined;
  if (pending) (await pending.catch(() => undefined))?.close();
}
