/**
 * Runs one piece of reader-data work against IndexedDB and routes any failure to
 * reportStorageProblem exactly once, so the UI can say why a bookmark or setting was not saved.
 */
import type { IDBPDatabase } from 'idb';
import type { TalkshelfDB } from '../shared/db-schema';
import { getDB, reportStorageProblem, StorageProblem } from './db';

/** The open database, as the reader-data modules use it. */
export type ReaderDB = IDBPDatabase<TalkshelfDB>;

/** Resolves to `work`'s result; rejects with a StorageProblem that the UI has already been told about. */
export async function withReaderStore<T>(work: (db: ReaderDB) => Promise<T>): Promise<T> {
  try {
    return await work(await getDB());
  } catch (error) {
    // getDB reports its own failures; report everything else here, once.
    if (error instanceof StorageProblem) throw error;
    throw reportStorageProblem(error);
  }
}
