/**
 * Brings the browser's copy of the corpus up to this build's version: when IndexedDB holds another
 * version (or none), fetches the manifest and talk chunks and replaces events, talks and corpusMeta
 * in one transaction, leaving the reader's stores alone. When storage fails, the fetched corpus
 * stays in memory so reading goes on.
 */
import type { IDBPDatabase } from 'idb';
import type { CorpusManifest, TalkRecord } from '../shared/types';
import type { TalkshelfDB } from '../shared/db-schema';
import { getDB, onStorageReady, reportStorageProblem } from './db';
import { corpusState, updateCorpusState, type MemoryCorpus } from './corpus-state';
import { announceRelink, relinkReaderData, type RelinkReport } from './relink';
import { checkEvent } from './record-check';
import { requestPersistence } from './storage';

type Db = IDBPDatabase<TalkshelfDB>;

/** Where this build's corpus lives. URLs are relative to `base`. */
export interface CorpusSource {
  base: string;
  manifestUrl: string;
  version: string;
  fetch?: typeof fetch;
}

/** Resolves once the corpus is readable (stored, in memory, or known to be missing); never rejects. */
export async function loadCorpus(
  source: CorpusSource,
  options: { repair?: boolean } = {},
): Promise<void> {
  updateCorpusState({
    status: 'loading',
    chunksLoaded: 0,
    chunksTotal: 0,
    error: undefined,
    storedReadable: false,
  });
  let db = await getDB().catch(() => undefined);
  let hasStored = false;
  if (db) {
    try {
      const stored = await storedCorpus(db, source.version);
      if (stored === 'current' && !options.repair) return updateCorpusState({ status: 'stored' });
      hasStored = stored !== 'none';
      // A damaged store is read only if the network fails: pages wait for the fetched corpus.
      if (stored === 'damaged' || options.repair) updateCorpusState({ status: 'memory' });
      else if (stored === 'other') updateCorpusState({ storedReadable: true });
    } catch (error) {
      reportStorageProblem(error);
      db = undefined;
    }
  }
  if (!db) updateCorpusState({ status: 'memory' });

  const fetched = await fetchCorpus(source).catch((error: unknown) => {
    console.warn('Talkshelf: could not fetch the corpus', error);
    return undefined;
  });
  if (!fetched?.whole) {
    // Offline or a broken download: an older stored corpus beats a partial one.
    if (hasStored) return updateCorpusState({ status: 'stored', memory: undefined });
    if (!fetched) return updateCorpusState({ status: 'failed', error: 'offline' });
    return updateCorpusState({ status: 'memory' });
  }
  const memory = fetched.memory;
  if (db) return storeCorpus(db, memory);
  updateCorpusState({ status: 'memory' });
  // An upgrade blocked by another tab goes through when that tab closes: store the corpus then.
  const off = onStorageReady(() => {
    off();
    void getDB().then(
      (ready) => storeCorpus(ready, memory),
      () => undefined,
    );
  });
}

/**
 * Whether IndexedDB holds this version (`current`), another one, a damaged one, or none. A store
 * whose record counts differ from its version marker is damaged: fetched again.
 */
async function storedCorpus(
  db: Db,
  version: string,
): Promise<'current' | 'other' | 'damaged' | 'none'> {
  const meta = await db.get('corpusMeta', 'current');
  if (!meta) return 'none';
  const [events, talks] = await Promise.all([db.count('events'), db.count('talks')]);
  if (events !== meta.eventCount || talks !== meta.talkCount) return 'damaged';
  return meta.version === version ? 'current' : 'other';
}

async function storeCorpus(db: Db, memory: MemoryCorpus): Promise<void> {
  try {
    const relinked = await replaceCorpus(db, memory.manifest, [...memory.talks.values()]);
    updateCorpusState({ status: 'stored', memory: undefined });
    announceRelink(relinked);
    void requestPersistence();
  } catch (error) {
    reportStorageProblem(error);
    updateCorpusState({ status: 'memory' });
  }
}

/** Fetches the manifest (published at once) then every chunk; resolves to the memory corpus. */
async function fetchCorpus(
  source: CorpusSource,
): Promise<{ memory: MemoryCorpus; whole: boolean }> {
  const get = source.fetch ?? fetch.bind(globalThis);
  const json = async <T>(url: string): Promise<T> => {
    const response = await get(source.base + url);
    if (!response.ok) throw new Error(`${response.status} for ${url}`);
    return (await response.json()) as T;
  };
  const manifest = await json<CorpusManifest>(source.manifestUrl);
  const memory: MemoryCorpus = { manifest, talks: new Map(), complete: false };
  updateCorpusState({ memory, chunksTotal: manifest.talkChunks.length });
  const results = await Promise.allSettled(
    manifest.talkChunks.map(async (url) => {
      for (const talk of await json<TalkRecord[]>(url)) memory.talks.set(talk.id, talk);
      updateCorpusState({ chunksLoaded: corpusState().chunksLoaded + 1 });
    }),
  );
  // Reads stop waiting for talks now; a partial download is readable but never stored whole.
  memory.complete = true;
  updateCorpusState({ memory });
  return { memory, whole: results.every((result) => result.status === 'fulfilled') };
}

/**
 * Replaces the corpus stores and relinks the reader's bookmarks and positions to the new ids, in
 * one transaction: both commit or neither does. Resolves to what the relink changed. Settings and
 * every bookmark or position whose talk kept its id are left exactly as they were.
 */
export async function replaceCorpus(
  db: IDBPDatabase<TalkshelfDB>,
  manifest: CorpusManifest,
  talks: TalkRecord[],
): Promise<RelinkReport> {
  const tx = db.transaction(
    ['events', 'talks', 'corpusMeta', 'bookmarks', 'positions'],
    'readwrite',
  );
  const events = tx.objectStore('events');
  const talkStore = tx.objectStore('talks');
  const meta = tx.objectStore('corpusMeta');
  const previous = (await events.getAll()).flatMap((event) => checkEvent(event) ?? []);
  // Queue every request without awaiting each: one transaction, no round trips between writes.
  const writes: Promise<unknown>[] = [];
  try {
    writes.push(events.clear(), talkStore.clear(), meta.clear());
    for (const event of manifest.events) writes.push(events.put(event));
    for (const talk of talks) writes.push(talkStore.put(talk));
    writes.push(
      meta.put(
        {
          version: manifest.version,
          builtAt: manifest.builtAt,
          loadedAt: Date.now(),
          eventCount: manifest.events.length,
          talkCount: talks.length,
        },
        'current',
      ),
    );
    const relinked = relinkReaderData(
      { bookmarks: tx.objectStore('bookmarks'), positions: tx.objectStore('positions') },
      previous,
      manifest.events,
      new Map(talks.map((talk) => [talk.id, talk])),
    );
    writes.push(relinked);
    await Promise.all([...writes, tx.done]);
    return await relinked;
  } catch (error) {
    // Never commit the clears without the new corpus: keep the old one whole.
    for (const write of writes) write.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // already aborted by the failing request
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}
