/**
 * Decides which corpus the app reads and brings the device's copy up to it. At start it uses the
 * stored manifest when it is this build's, else fetches the build's one (offline: the stored older
 * one). A new version is applied by difference: only files whose content changed are fetched, and
 * the stores change in one transaction that also relinks bookmarks and positions. What is then
 * downloaded (everything, or only what the reader keeps) is src/data/offline-copy.ts's call.
 */
import type { IDBPDatabase } from 'idb';
import type { CorpusMeta, StoredFile, TalkshelfDB } from '../shared/db-schema';
import { isKeptEvent, KEEP_ALL } from '../shared/db-schema';
import type { CorpusFile, CorpusManifest, EventRecord, TalkRecord } from '../shared/types';
import { getDB, onStorageReady, reportStorageProblem } from './db';
import { bumpCorpusRevision, updateCorpusState } from './corpus-state';
import {
  configureCorpusFiles,
  eventIdOfTalk,
  FETCHES_AT_ONCE,
  fetchFileToStore,
  fetchJson,
  fileFor,
  allInPool,
  storedFileOf,
  type FetchedFile,
} from './corpus-files';
import { announceRelink, makeRelinker, relinkReaderData, type RelinkReport } from './relink';
import { checkEvent, checkManifest, checkTalk, repairBookmark } from './record-check';
import {
  corpusDownloadBytes,
  markUpdateDownloading,
  markUpdateFailed,
  resumeOfflineCopy,
} from './offline-copy';

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
  if (db && meta && options.repair && !meta.damaged) {
    // Said at once, so a reload or another page before the repair is done still repairs.
    meta = { ...meta, damaged: true };
    await db.put('corpusMeta', meta, 'current').catch(() => undefined);
  }
  const repair =
    !!db &&
    (!!options.repair ||
      !!meta?.damaged ||
      (!!meta && !(await storesHoldTheirFiles(db, meta.manifest))));
  let manifest: CorpusManifest | undefined =
    meta?.version === source.version && !repair ? meta.manifest : undefined;
  manifest ??= await fetchJson<unknown>(source.manifestUrl)
    .then(checkManifest)
    .catch(() => undefined);
  if (db && repair && manifest) {
    // A damaged copy is dropped only once a manifest is in hand: offline, it is kept and read.
    await clearCorpusStores(db).catch(reportStorageProblem);
    meta = undefined;
  }
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
      const relinked = await applyNewVersion(db, manifest, meta.manifest);
      announceRelink(relinked);
      bumpCorpusRevision();
    }
  } catch (error) {
    console.warn('Talkshelf: the new corpus could not be stored yet', error);
    markUpdateFailed(error);
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

/** Fetches files' records, a few at a time (all or nothing: the first failure rejects). */
function fetchFiles(files: CorpusFile[], kind: 'events' | 'talks'): Promise<FetchedFile[]> {
  return allInPool(files, FETCHES_AT_ONCE, (file) => fetchFileToStore(file, kind));
}

/**
 * Moves the stores from the stored version (`previous`) to `next`, fetching only what it needs:
 * - with the whole corpus kept, the events not stored yet, the talk files that replace stored
 *   ones (their event-id ranges overlap) and those holding kept events and bookmarked talks;
 *   files never stored are left to the offline copy, which goes on after;
 * - otherwise (loose records of kept events and bookmarked talks) the event files `next` changed,
 *   which hold every new or renamed event (a file it shares with `previous` is the same bytes),
 *   and the talk files of kept events and bookmarks that changed or miss one of their records.
 * One transaction then drops what `next` no longer has, writes the rest, moves kept events and
 * relinks bookmarks and positions to renamed events; an interrupted update leaves the old
 * version whole. Resolves to the relink.
 */
export async function applyNewVersion(
  db: Db,
  next: CorpusManifest,
  previous?: CorpusManifest,
): Promise<RelinkReport> {
  const [storedFiles, keptRecords, bookmarks, positionCount] = await Promise.all([
    db.getAll('files'),
    db.getAll('kept'),
    db.getAll('bookmarks'),
    db.count('positions'),
  ]);
  const keepAll = keptRecords.some((k) => k.id === KEEP_ALL);
  const kept = keptRecords.filter((k) => isKeptEvent(k.id));
  const bookmarked = bookmarks.map(repairBookmark);
  const storedUrls = new Set(storedFiles.map((file) => file.url));
  const nextUrls = new Set([...next.eventFiles, ...next.talkFiles].map((file) => file.url));
  const hasReaderData = keepAll || kept.length > 0 || bookmarked.length > 0 || positionCount > 0;
  // Files `next` shares with the stored version: same name, same bytes, so their loose records are current.
  const previousUrls = new Set(
    previous ? [...previous.eventFiles, ...previous.talkFiles].map((file) => file.url) : [],
  );
  const unchanged = (file: CorpusFile | undefined) => !!file && previousUrls.has(file.url);
  /**
   * Whether the records of `eventId` sit in the very same file in both versions (so a loose copy
   * is current). Both lookups, not just `next`'s: a file is found by its first id only, so an
   * event whose own file is gone falls in its neighbour's range.
   */
  const sameFile = (kind: 'eventFiles' | 'talkFiles', eventId: string): boolean => {
    const before = previous && fileFor(previous[kind], eventId);
    return !!before && before.url === fileFor(next[kind], eventId)?.url;
  };

  // Events first: a renamed event's new id says which talk file holds its talks now.
  const eventTargets = !hasReaderData
    ? []
    : keepAll
      ? next.eventFiles.filter((f) => !storedUrls.has(f.url))
      : next.eventFiles.filter((f) => !unchanged(f)); // every new or renamed event is in one
  if (keepAll && eventTargets.length > 0) markUpdateDownloading(corpusDownloadBytes(next));
  const fetchedEvents = await fetchFiles(eventTargets, 'events');
  const eventIndex = new Map<string, EventRecord>();
  for (const file of fetchedEvents) {
    for (const event of file.records) eventIndex.set(event.id, event as EventRecord);
  }
  const storedEvents = (await db.getAll('events')).flatMap((e) => checkEvent(e) ?? []);
  if (keepAll) {
    // Events of stored files `next` still has are current too.
    const retained = new Set(
      storedFiles.filter((f) => f.kind === 'events' && nextUrls.has(f.url)).flatMap((f) => f.ids),
    );
    for (const event of storedEvents) if (retained.has(event.id)) eventIndex.set(event.id, event);
  } else {
    // Loose events of files `next` did not change are current.
    for (const event of storedEvents) {
      if (!eventIndex.has(event.id) && sameFile('eventFiles', event.id))
        eventIndex.set(event.id, event);
    }
  }
  const currentEvents = [...eventIndex.values()];
  const currentBySource = new Map(currentEvents.map((e) => [e.source, e]));
  const previousSource = new Map(storedEvents.map((e) => [e.id, e.source]));
  /** The id an event has in `next` (followed by its source file when renamed), if it still exists. */
  const newEventId = (eventId: string): string | undefined => {
    if (eventIndex.has(eventId)) return eventId;
    const source = previousSource.get(eventId);
    return source === undefined ? undefined : currentBySource.get(source)?.id;
  };
  const keptMoves = kept.flatMap((k) => {
    const id = newEventId(k.id);
    return id ? [{ from: k.id, to: id, keptAt: k.keptAt }] : [];
  });
  const readerEvents = new Set([
    ...keptMoves.map((m) => m.to),
    ...bookmarked.flatMap((b) => newEventId(b.eventId) ?? []),
  ]);
  const holdingReaderData = uniqueFiles(
    [...readerEvents].flatMap((id) => fileFor(next.talkFiles, id) ?? []),
  );
  // Loose mode: stored talks whose file did not change stay; a reader event's file is fetched
  // when its talks moved to another file or one of the reader's talks is not stored.
  const storedTalks = keepAll ? [] : (await db.getAll('talks')).flatMap((t) => checkTalk(t) ?? []);
  const storedTalkIds = new Set(storedTalks.map((talk) => talk.id));
  const readerTalkIds = [
    ...keptMoves.flatMap((move) => eventIndex.get(move.to)?.talkIds ?? []),
    ...bookmarked.map((b) => b.talkId),
  ];
  const missingFrom = new Set(
    readerTalkIds.filter((id) => !storedTalkIds.has(id)).map(eventIdOfTalk),
  );
  const refetch = new Set(
    [...readerEvents]
      .filter((id) => !sameFile('talkFiles', id) || missingFrom.has(id))
      .flatMap((id) => fileFor(next.talkFiles, id)?.url ?? []),
  );
  const talkTargets = keepAll
    ? uniqueFiles([
        ...replacements(storedFiles, previous, next),
        ...holdingReaderData.filter((f) => !storedUrls.has(f.url)),
      ])
    : holdingReaderData.filter((f) => refetch.has(f.url));
  if (keepAll && talkTargets.length > 0) markUpdateDownloading(corpusDownloadBytes(next));
  const fetchedTalks = await fetchFiles(talkTargets, 'talks');

  const tx = db.transaction(
    ['events', 'talks', 'files', 'corpusMeta', 'kept', 'bookmarks', 'positions'],
    'readwrite',
  );
  const events = tx.objectStore('events');
  const talks = tx.objectStore('talks');
  const files = tx.objectStore('files');
  const writes: Promise<unknown>[] = [];
  try {
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
    } else {
      // Only loose records are stored: put back the kept events' and bookmarked talks' new copies.
      writes.push(events.clear(), talks.clear(), files.clear());
      const relink = makeRelinker(storedEvents, currentEvents, talkIdsOf(currentEvents));
      const talkIds = new Set(bookmarked.flatMap((b) => relink(b.talkId, b.eventId) ?? []));
      const keptNow = new Set(keptMoves.map((m) => m.to));
      const refetched = new Set(fetchedTalks.map((fetched) => fetched.file.url));
      const current = [
        ...fetchedTalks.flatMap((fetched) => fetched.records as TalkRecord[]),
        // stored copies from files `next` did not change and that were not fetched again
        ...storedTalks.filter(
          (talk) =>
            sameFile('talkFiles', talk.eventId) &&
            !refetched.has(fileFor(next.talkFiles, talk.eventId)!.url),
        ),
      ];
      for (const talk of current) {
        if (!keptNow.has(talk.eventId) && !talkIds.has(talk.id)) continue;
        writes.push(talks.put(talk));
        const event = eventIndex.get(talk.eventId);
        if (event) writes.push(events.put(event));
      }
      for (const id of keptNow) {
        const event = eventIndex.get(id);
        if (event) writes.push(events.put(event)); // a kept event with no talks keeps its record
      }
    }
    const keptStore = tx.objectStore('kept');
    for (const move of keptMoves) {
      if (move.from === move.to) continue;
      writes.push(keptStore.delete(move.from), keptStore.put({ id: move.to, keptAt: move.keptAt }));
    }
    writes.push(tx.objectStore('corpusMeta').put(metaOf(next), 'current'));
    const relinked = relinkReaderData(
      { bookmarks: tx.objectStore('bookmarks'), positions: tx.objectStore('positions') },
      storedEvents,
      hasReaderData ? currentEvents : [],
      async (id) => findTalk(fetchedTalks, id) ?? checkTalk(await talks.get(id)),
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

/** Every talk id the events list. */
function talkIdsOf(events: readonly EventRecord[]): Set<string> {
  return new Set(events.flatMap((event) => event.talkIds));
}

/**
 * The talk files of `next` that replace stored talk files it no longer has: their event-id ranges
 * overlap. (Without the stored version's manifest, every talk file not stored.)
 */
function replacements(
  stored: StoredFile[],
  previous: CorpusManifest | undefined,
  next: CorpusManifest,
): CorpusFile[] {
  const nextUrls = new Set(next.talkFiles.map((f) => f.url));
  const storedUrls = new Set(stored.map((f) => f.url));
  const fresh = next.talkFiles.filter((f) => !storedUrls.has(f.url));
  if (!previous) return fresh;
  const dropped = rangesOf(previous.talkFiles).filter(
    ([file]) => storedUrls.has(file.url) && !nextUrls.has(file.url),
  );
  return rangesOf(next.talkFiles)
    .filter(([file, from, to]) => {
      if (storedUrls.has(file.url)) return false;
      return dropped.some(([, oldFrom, oldTo]) => from < oldTo && oldFrom < to);
    })
    .map(([file]) => file);
}

/** Each file with the event-id range it covers: from its first id to the next file's. */
function rangesOf(files: CorpusFile[]): Array<[CorpusFile, string, string]> {
  return files.map((file, n) => [file, file.first, files[n + 1]?.first ?? '\uffff']);
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
