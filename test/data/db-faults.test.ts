import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  closeDB,
  getDB,
  onStorageProblem,
  onStorageReady,
  StorageProblem,
} from '../../src/data/db';
import { DB_NAME, STORE_NAMES } from '../../src/shared/db-schema';
import { freshDatabase } from './support/fixtures';

// This test file's app is one schema version ahead, so that an open connection at version 2
// blocks its upgrade, as a tab of the previous release would.
vi.mock('../../src/shared/db-schema', async (original) => ({
  ...(await original<typeof import('../../src/shared/db-schema')>()),
  DB_VERSION: 3,
}));

/** Opens the database as foreign code would: at `version`, running `upgrade` if given. */
function rawOpen(version: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

beforeEach(freshDatabase);

describe('getDB', () => {
  it('rebuilds a database that has no stores and holds none of the reader’s data', async () => {
    (await rawOpen(3)).close(); // created at the app's version, with nothing in it
    const db = await getDB();
    expect(STORE_NAMES.every((name) => db.objectStoreNames.contains(name))).toBe(true);
  });

  it('never deletes a damaged database that holds bookmarks: reports it instead', async () => {
    const raw = await rawOpen(3, (db) => db.createObjectStore('bookmarks', { keyPath: 'talkId' }));
    await new Promise((done) => {
      const tx = raw.transaction('bookmarks', 'readwrite');
      tx.objectStore('bookmarks').put({ talkId: 'a/b', note: 'mine' });
      tx.oncomplete = done;
    });
    raw.close();
    const problems: StorageProblem[] = [];
    const off = onStorageProblem((p) => problems.push(p));
    await expect(getDB()).rejects.toMatchObject({ problem: 'damaged' });
    off();
    expect(problems.map((p) => p.problem)).toEqual(['damaged']);
    const again = await rawOpen(3);
    const kept = await new Promise((done) => {
      const request = again.transaction('bookmarks').objectStore('bookmarks').get('a/b');
      request.onsuccess = () => done(request.result);
    });
    again.close();
    expect(kept).toEqual({ talkId: 'a/b', note: 'mine' });
  });

  it('a blocked upgrade rejects at once with a message, then opens when the other tab closes', async () => {
    const oldTab = await rawOpen(2, (db) => db.createObjectStore('events')); // ignores versionchange
    const problems: string[] = [];
    const off = onStorageProblem((p) => problems.push(p.problem));
    await expect(getDB()).rejects.toMatchObject({ problem: 'blocked' });
    expect(problems).toEqual(['blocked']);
    // until then, every caller hears the same rejection and no second open is queued
    await expect(getDB()).rejects.toMatchObject({ problem: 'blocked' });

    const ready = new Promise<void>((done) => onStorageReady(done));
    oldTab.close();
    await ready;
    const db = await getDB();
    expect(db.version).toBe(3);
    expect(STORE_NAMES.every((name) => db.objectStoreNames.contains(name))).toBe(true);
    off();
    await closeDB();
  });
});
