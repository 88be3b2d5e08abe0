/**
 * Decides which corpus the app reads and brings the device's copy up to it. At start it uses the
 * stored manifest when it is this build's, else fetches the build's one (offline: the stored older
 * one). A new version is applied by difference: only files whose content changed are fetched, and
 * the stores change in one transaction that also relinks bookmarks and positions. What is then
 * downloaded (everything, or only what the reader keeps) is src/data/offline-copy.ts's call.
 */
import type { IDBPDatabase } from 'idb';
import type { CorpusMeta, StoredFile, TalkshelfDB } from '../shared/db-schema';
import { KEEP_ALL, KEEP_NONE } from '../shared/db-schema';
import type { CorpusFile, CorpusManifest, EventRecord, TalkRecord } from '../shared/types';
import { getDB, onStorageReady, reportStorageProblem } from './db';
import { bumpCorpusRevision, updateCorpusState } from './corpus-state';
import {
  configureCorpusFiles,
  eventIdOfTalk,
  fetchJson,
  fileFor,
  readCorpusFile,
} from './corpus-files';
import { announceRelink, relinkReaderData, type RelinkReport } from './relink';
import { checkEvent, checkManifest, checkTalk } from './record-check';
import { corpusDownloadBytes, markUpdateDownloading, resumeOfflineCopy } from './offline-copy';

type Db = IDBPDatabase<TalkshelfDB>;

/** Where this build's corpus lives. URLs are relative to `base`. */
export interface CorpusSource {
  base: string;
  manifestUrl: string;
  version: string;
  fetch?: typeof fetch;
}

/**
 * Resolves once the app knows which corpus it reads (reads wait for that, not for the rest), the
 * stored copy is brought up to it, and the offline copy has run (or paused); never rejects.
 */
export async function loadCorpus(
  source: CorpusSource,
  options: { repair?: boolean } = {},
): Promise<void> {
  configureCorpusFiles({ base: source.base, fetch: source.fetch });
  updateCorpusState({ status: 'loading', error: undefined });
  const db = await getDB().catch(() => undefined);
  let meta = db ? await storedMeta(db) : undefined;
  if (db && meta && !(await storesHoldTheirFiles(db, meta.manifest))) options = { repair: true };
  if (db && options.repair) {
    await clearCorpusStores(db).catch(reportStorageProblem);
    meta = undefined;
  }
  let manifest: CorpusManifest | undefined =
    meta?.version === source.version ? meta.manifest : undefined;
  manifest ??= await fetchJson<unknown>(source.manifestUrl)
    .then(checkManifest)
    .catch(() => undefined);
  manifest ??= meta?.manifest; // offline: the older stored corpus beats none
  if (!manifest) return updateCorpusState({ status: 'failed', error: 'offline' });
  updateCorpusState({ status: 'ready', manifest });

  if (!db) {
    // An upgrade blocked by another tab goes through when that tab closes: store then.
    const off = onStorageReady(() => {
      off();
      void getDB().then(
        (ready) => syncStored(ready, manifest),
        () => undefined,
      );
    });
    return;
  }
  await syncStored(db, manifest);
}

/** Brings the stores to `manifest` (by difference), then lets the offline copy go on. */
async function syncStored(db: Db, manifest: CorpusManifest): Promise<void> {
  try {
    const meta = await storedMeta(db);
    if (!meta) await writeMeta(db, manifest);
    else if (meta.version !== manifest.version) {
      const relinked = await applyNewVersion(db, manifest);
      announceRelink(relinked);
      bumpCorpusRevision();
    }
  } catch (error) {
    console.warn('Talkshelf: the new corpus could not be stored yet', error);
    // Keep reading what is stored, consistently, until the next start tries again.
    const meta = await storedMeta(db);
    if (meta && meta.version !== manifest.version) {
      updateCorpusState({ manifest: meta.manifest });
    }
    if (!(error instanceof Error && error.name === 'FileUnavailable')) {
      reportStorageProblem(error);
    } else if (typeof window !== 'undefined') {
      // The connection dropped mid-update: try again when it is back.
      window.addEventListener(
        'online',
        () => {
          updateCorpusState({ manifest });
          void syncStored(db, manifest);
        },
        { once: true },
      );
    }
    return;
  }
  await resumeOfflineCopy(db, manifest).catch(reportStorageProblem);
}

/**
 * Whether the stores hold at least the records their stored files list (kept events and
 * bookmarked talks may add more); fewer means records were lost: the copy is fetched again.
 */
async function storesHoldTheirFiles(db: Db, manifest: CorpusManifest): Promise<boolean> {
  try {
    // Keys and counts only, with each file's record count from the manifest: this runs at every
    // start, and the files' id lists are large.
    const [stored, events, talks] = await Promise.all([
      db.getAllKeys('files'),
      db.count('events'),
      db.count('talks'),
    ]);
    const urls = new Set(stored);
    const listed = (files: CorpusFile[]) =>
      files.reduce((sum, file) => sum + (urls.has(file.url) ? file.count : 0), 0);
    return events >= listed(manifest.eventFiles) && talks >= listed(manifest.talkFiles);
  } catch {
    return false;
  }
}

/** The stored corpus marker, or undefined when none (or one from before format 2) is stored. */
async function storedMeta(db: Db): Promise<CorpusMeta | undefined> {
  try {
    const meta = await db.get('corpusMeta', 'current');
    const manifest = meta && checkManifest(meta.manifest);
    return meta && manifest ? { ...meta, manifest } : undefined;
  } catch (error) {
    reportStorageProblem(error);
    return undefined;
  }
}

function metaOf(manifest: CorpusManifest): CorpusMeta {
  return {
    version: manifest.version,
    builtAt: manifest.builtAt,
    loadedAt: Date.now(),
    eventCount: manifest.eventCount,
    talkCount: manifest.talkCount,
    manifest,
  };
}

async function writeMeta(db: Db, manifest: CorpusManifest): Promise<void> {
  await db.put('corpusMeta', metaOf(manifest), 'current');
}

/** Empties the corpus stores (a damaged copy is fetched again); the reader's stores stay. */
export async function clearCorpusStores(db: Db): Promise<void> {
  const tx = db.transaction(['events', 'talks', 'files', 'corpusMeta'], 'readwrite');
  await Promise.all([
    tx.objectStore('events').clear(),
    tx.objectStore('talks').clear(),
    tx.objectStore('files').clear(),
    tx.objectStore('corpusMeta').clear(),
    tx.done,
  ]);
  bumpCorpusRevision();
}

/** A fetched file's records, checked. */
type FetchedFile =
  | { file: CorpusFile; kind: 'events'; records: EventRecord[] }
  | { file: CorpusFile; kind: 'talks'; records: TalkRecord[] };

/** Fetches files' records (all or nothing: a failure rejects). */
async function fetchFiles(files: CorpusFile[], kind: 'events' | 'talks'): Promise<FetchedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const raw = await readCorpusFile<unknown>(file.url, { toStore: true });
      return kind === 'events'
        ? { file, kind, records: raw.flatMap((r) => checkEvent(r) ?? []) }
        : { file, kind, records: raw.flatMap((r) => checkTalk(r) ?? []) };
    }),
  );
}

/** The `files` record of a file stored whole. */
export function storedFileOf(fetched: FetchedFile): StoredFile {
  return {
    url: fetched.file.url,
    kind: fetched.kind,
    ids: fetched.records.map((record) => record.id),
    gzip: fetched.file.gzip,
    bytes: fetched.file.bytes,
  };
}

/**
 * Moves the stores from the stored version to `next`, fetching only what it needs first:
 * - with the whole corpus kept, every file of `next` not stored yet (unchanged files stay);
 * - otherwise the events (to follow renames) and the talk files of kept events and bookmarks.
 * One transaction then drops what `next` no longer has, writes the rest, and relinks bookmarks
 * and positions; an interrupted update leaves the old version whole. Resolves to the relink.
 */
export async function applyNewVersion(db: Db, next: CorpusManifest): Promise<RelinkReport> {
  const [storedFiles, keptIds, bookmarkIds, positionCount] = await Promise.all([
    db.getAll('files'),
    db.getAllKeys('kept'),
    db.getAllKeys('bookmarks'),
    db.count('positions'),
  ]);
  const keepAll = keptIds.includes(KEEP_ALL);
  const storedUrls = new Set(storedFiles.map((file) => file.url));
  const nextUrls = new Set([...next.eventFiles, ...next.talkFiles].map((file) => file.url));
  const keptEvents = new Set(keptIds.filter((id) => id !== KEEP_ALL && id !== KEEP_NONE));
  const hasReaderData =
    keepAll || keptEvents.size > 0 || bookmarkIds.length > 0 || positionCount > 0;

  const newEventFiles = hasReaderData ? next.eventFiles.filter((f) => !storedUrls.has(f.url)) : [];
  const talkTargets = keepAll
    ? next.talkFiles.filter((file) => !storedUrls.has(file.url))
    : uniqueFiles(
        [...keptEvents, ...bookmarkIds.map((id) => eventIdOfTalk(String(id)))].flatMap(
          (eventId) => fileFor(next.talkFiles, eventId) ?? [],
        ),
      ).filter((file) => !storedUrls.has(file.url));
  if (keepAll && newEventFiles.length + talkTargets.length > 0) {
    markUpdateDownloading(corpusDownloadBytes(next));
  }
  const [fetchedEvents, fetchedTalks] = await Promise.all([
    fetchFiles(newEventFiles, 'events'),
    fetchFiles(talkTargets, 'talks'),
  ]);
  // Every event of `next`: fetched, or in a stored file that `next` still has.
  const eventIndex = new Map<string, EventRecord>();
  for (const file of fetchedEvents) {
    for (const event of file.records) eventIndex.set(event.id, event as EventRecord);
  }

  const tx = db.transaction(
    ['events', 'talks', 'files', 'corpusMeta', 'bookmarks', 'positions'],
    'readwrite',
  );
  const events = tx.objectStore('events');
  const talks = tx.objectStore('talks');
  const files = tx.objectStore('files');
  const writes: Promise<unknown>[] = [];
  try {
    const previousEvents = (await events.getAll()).flatMap((e) => checkEvent(e) ?? []);
    if (keepAll) {
      // Drop the files `next` no longer has; loose records outside any file go too.
      const keptIdsInFiles = new Set<string>();
      for (const file of storedFiles) {
        if (nextUrls.has(file.url)) for (const id of file.ids) keptIdsInFiles.add(id);
        else writes.push(files.delete(file.url));
      }
      for (const key of await events.getAllKeys()) {
        if (!keptIdsInFiles.has(key)) writes.push(events.delete(key));
      }
      for (const key of await talks.getAllKeys()) {
        if (!keptIdsInFiles.has(key)) writes.push(talks.delete(key));
      }
      for (const fetched of [...fetchedEvents, ...fetchedTalks]) {
        const store = fetched.kind === 'events' ? events : talks;
        for (const record of fetched.records) writes.push(store.put(record as never));
        writes.push(files.put(storedFileOf(fetched)));
      }
      for (const e of previousEvents) if (keptIdsInFiles.has(e.id)) eventIndex.set(e.id, e);
    } else {
      // Only loose records are stored: put back the kept events' and bookmarked talks' new copies.
      writes.push(events.clear(), talks.clear(), files.clear());
      const talkIds = new Set(bookmarkIds.map(String));
      for (const fetched of fetchedTalks) {
        for (const talk of fetched.records as TalkRecord[]) {
          if (keptEvents.has(talk.eventId) || talkIds.has(talk.id)) {
            writes.push(talks.put(talk));
            const event = eventIndex.get(talk.eventId);
            if (event) writes.push(events.put(event));
          }
        }
      }
    }
    writes.push(tx.objectStore('corpusMeta').put(metaOf(next), 'current'));
    const currentEvents = hasReaderData ? [...eventIndex.values()] : [];
    const relinked = relinkReaderData(
      { bookmarks: tx.objectStore('bookmarks'), positions: tx.objectStore('positions') },
      previousEvents,
      currentEvents,
      async (id) => {
        const fromFetched = findTalk(fetchedTalks, id);
        return fromFetched ?? checkTalk(await talks.get(id));
      },
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

function uniqueFiles(files: CorpusFile[]): CorpusFile[] {
  return [...new Map(files.map((file) => [file.url, file])).values()];
}

function findTalk(fetched: FetchedFile[], id: string): TalkRecord | undefined {
  for (const file of fetched) {
    if (file.kind !== 'talks') continue;
    const talk = file.records.find((record) => record.id === id);
    if (talk) return talk;
  }
  return undefined;
}
