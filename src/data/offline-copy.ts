/**
 * The offline copy: downloading the whole corpus on purpose (or by itself while it is small),
 * one file per transaction so that a lost connection, a closed tab or a reload resumes where it
 * stopped; keeping single events and bookmarked talks; removing the copy. Talks and events go to
 * IndexedDB, the search index's files to the Cache API (the search worker fetches them by URL).
 */
import type { IDBPDatabase } from 'idb';
import { isKeptEvent, KEEP_ALL, KEEP_NONE, type TalkshelfDB } from '../shared/db-schema';
import { SEARCH_CACHE } from '../shared/sw-protocol';
import type { CorpusFile, CorpusManifest, EventRecord, TalkRecord } from '../shared/types';
import { getDB, reportStorageProblem } from './db';
import { bumpCorpusRevision, corpusState } from './corpus-state';
import {
  allInPool,
  corpusBase,
  eventIdOfTalk,
  FETCHES_AT_ONCE,
  fileFor,
  FileUnavailable,
  fetchFileToStore,
  readRecords,
  storedFileOf,
} from './corpus-files';
import { checkEvent, checkTalk } from './record-check';
import { requestPersistence } from './storage';

type Db = IDBPDatabase<TalkshelfDB>;

/** Set by the build from TALKSHELF_AUTO_OFFLINE_MB (vite.config.ts); absent in tests and the prerender. */
declare const __TALKSHELF_AUTO_OFFLINE_BYTES__: number | undefined;

/** A corpus at most this big (gzip, everything) is kept offline by itself on a first visit. */
export const AUTO_OFFLINE_BYTES =
  typeof __TALKSHELF_AUTO_OFFLINE_BYTES__ === 'number'
    ? __TALKSHELF_AUTO_OFFLINE_BYTES__
    : 5 * 1024 * 1024;

/** Where the offline copy stands. Bytes are gzip bytes, as the network carries them. */
export interface OfflineCopyState {
  /** `none`: not asked for; `downloading`; `paused` (see `reason`); `complete`. */
  phase: 'none' | 'downloading' | 'paused' | 'complete';
  reason?: 'offline' | 'quota' | 'failed';
  storedBytes: number;
  totalBytes: number;
  /** Of those, the search index's. */
  indexStoredBytes: number;
  indexTotalBytes: number;
  storedTalks: number;
  totalTalks: number;
  /** The copy was completed during this session (the "ready" notice shows then). */
  completedNow: boolean;
  /** The reader removed the copy: it never starts by itself again. */
  declined: boolean;
  /** The figures were read from storage (until then they are zeros, not facts). */
  measured: boolean;
}

let state: OfflineCopyState = {
  phase: 'none',
  storedBytes: 0,
  totalBytes: 0,
  indexStoredBytes: 0,
  indexTotalBytes: 0,
  storedTalks: 0,
  totalTalks: 0,
  completedNow: false,
  declined: false,
  measured: false,
};
const listeners = new Set<(state: OfflineCopyState) => void>();

function update(change: Partial<OfflineCopyState>): void {
  state = { ...state, ...change };
  for (const listener of [...listeners]) listener(state);
}

/** Calls `listener` now and on every change; returns an unsubscribe. */
export function onOfflineCopy(listener: (state: OfflineCopyState) => void): () => void {
  listeners.add(listener);
  listener(state);
  return () => listeners.delete(listener);
}

/** The current state of the offline copy. */
export function offlineCopyState(): OfflineCopyState {
  return state;
}

/** Everything a full copy fetches, in gzip bytes. */
export function corpusDownloadBytes(manifest: CorpusManifest): number {
  const sum = (files: CorpusFile[]) => files.reduce((total, file) => total + file.gzip, 0);
  return (
    sum(manifest.eventFiles) +
    sum(manifest.talkFiles) +
    manifest.search.gzip +
    (manifest.home?.gzip ?? 0)
  );
}

/**
 * The files kept in the Cache API rather than IndexedDB (fetched by URL: the search worker's
 * index, the home page's catalogue), each group with its gzip bytes.
 */
function cachedGroups(manifest: CorpusManifest): Array<{ files: string[]; gzip: number }> {
  return manifest.home ? [manifest.search, manifest.home] : [manifest.search];
}

interface NetworkInformationLike {
  saveData?: boolean;
  metered?: boolean;
  type?: string;
}

/** Whether the browser says data is scarce (Save-Data, a metered or cellular connection). */
export function dataIsScarce(): boolean {
  if (typeof navigator === 'undefined') return false;
  const connection = (navigator as Navigator & { connection?: NetworkInformationLike }).connection;
  return (
    !!connection &&
    (!!connection.saveData || !!connection.metered || connection.type === 'cellular')
  );
}

/** Reads what is stored and goes on with (or starts) the full copy when it is wanted. */
export async function resumeOfflineCopy(db: Db, manifest: CorpusManifest): Promise<void> {
  await pruneFileCache(manifest).catch(() => undefined);
  const kept = new Set(await db.getAllKeys('kept'));
  update({ declined: kept.has(KEEP_NONE) });
  const complete = await measure(db, manifest);
  // Whole already (what a returning reader meets): nothing to look at twice.
  if (kept.has(KEEP_ALL)) return complete ? undefined : run(db, manifest);
  const small = corpusDownloadBytes(manifest) <= AUTO_OFFLINE_BYTES;
  if (small && !kept.has(KEEP_NONE) && !dataIsScarce()) {
    await db.put('kept', { id: KEEP_ALL, keptAt: Date.now() });
    return run(db, manifest);
  }
  await restoreKept(db, manifest).catch(() => undefined); // offline: the next start tries again
}

/**
 * Stores again the kept events' and bookmarked talks' records that are missing (a repaired
 * store, or bookmarks made before talks were kept with them), from the few files holding them.
 */
async function restoreKept(db: Db, manifest: CorpusManifest): Promise<void> {
  const [keptIds, bookmarkIds] = await Promise.all([
    db.getAllKeys('kept'),
    db.getAllKeys('bookmarks'),
  ]);
  const events = keptIds.filter(isKeptEvent);
  // One read transaction, every lookup at once: this runs at each start.
  const tx = db.transaction('talks');
  const [talkKeys, eventCounts] = await Promise.all([
    Promise.all(bookmarkIds.map((id) => tx.store.getKey(id))),
    Promise.all(events.map((id) => tx.store.index('byEvent').count(id))),
  ]);
  const talkIds = bookmarkIds.filter((_, n) => talkKeys[n] === undefined);
  const eventIds = events.filter((_, n) => eventCounts[n] === 0);
  if (talkIds.length === 0 && eventIds.length === 0) return;
  const wantedEvents = new Set([...eventIds, ...talkIds.map(eventIdOfTalk)]);
  const talkFiles = new Set(
    [...wantedEvents].flatMap((id) => fileFor(manifest.talkFiles, id) ?? []),
  );
  const eventFiles = new Set(
    [...wantedEvents].flatMap((id) => fileFor(manifest.eventFiles, id) ?? []),
  );
  const talks = (
    await allInPool([...talkFiles], FETCHES_AT_ONCE, (f) =>
      readRecords(f.url, checkTalk, { toStore: true }),
    )
  )
    .flat()
    .filter((talk) => eventIds.includes(talk.eventId) || talkIds.includes(talk.id));
  const eventRecords = (
    await allInPool([...eventFiles], FETCHES_AT_ONCE, (f) =>
      readRecords(f.url, checkEvent, { toStore: true }),
    )
  )
    .flat()
    .filter((event) => wantedEvents.has(event.id));
  const write = db.transaction(['events', 'talks'], 'readwrite');
  await Promise.all([
    ...talks.map((talk) => write.objectStore('talks').put(talk)),
    ...eventRecords.map((event) => write.objectStore('events').put(event)),
    write.done,
  ]);
  bumpCorpusRevision();
}

/** Says that a new version's files are being fetched for the kept copy (its progress shows; "ready" follows). */
export function markUpdateDownloading(totalBytes: number): void {
  update({ phase: 'downloading', reason: undefined, totalBytes });
}

/** Says that fetching or storing a new version failed: paused, never left "downloading". */
export function markUpdateFailed(error: unknown): void {
  if (state.phase !== 'downloading') return;
  update({ phase: 'paused', reason: pauseReason(error), measured: true });
}

/** Why a download stopped: no connection, a full disk, or anything else (the server failed). */
function pauseReason(error: unknown): OfflineCopyState['reason'] {
  if (error instanceof FileUnavailable) return error.offline ? 'offline' : 'failed';
  return error instanceof Error && error.name === 'QuotaExceededError' ? 'quota' : 'failed';
}

/** Starts (or resumes) the full offline copy because the reader asked. */
export async function startOfflineCopy(): Promise<void> {
  const manifest = corpusState().manifest;
  const db = await getDB().catch(() => undefined);
  if (!db || !manifest) return;
  try {
    const tx = db.transaction('kept', 'readwrite');
    await Promise.all([
      tx.store.delete(KEEP_NONE),
      tx.store.put({ id: KEEP_ALL, keptAt: Date.now() }),
      tx.done,
    ]);
  } catch (error) {
    reportStorageProblem(error);
    return;
  }
  update({ declined: false });
  return run(db, manifest);
}

/**
 * Starts the full copy for a reason other than the reader's explicit ask (the app was installed,
 * a talk bookmarked), unless the reader removed the copy before or data is scarce.
 */
export function offerOfflineCopy(): void {
  if (state.declined || state.phase !== 'none' || dataIsScarce()) return;
  void startOfflineCopy();
}

let running: { version: string; done: Promise<void> } | undefined;
/** The `online` listener of a paused download, removed when the copy is removed. */
let resumeWhenOnline: (() => void) | undefined;

/**
 * Downloads every file not stored yet, two at a time, each stored in its own transaction. One
 * download runs at a time; one asked for another version starts when the running one stops.
 */
function run(db: Db, manifest: CorpusManifest): Promise<void> {
  if (running?.version === manifest.version) return running.done;
  const before = running?.done ?? Promise.resolve();
  const done = before
    .then(() => download(db, manifest))
    .finally(() => {
      if (running?.done === done) running = undefined;
    });
  running = { version: manifest.version, done };
  return done;
}

function stopWaitingForOnline(): void {
  if (resumeWhenOnline && typeof window !== 'undefined') {
    window.removeEventListener('online', resumeWhenOnline);
  }
  resumeWhenOnline = undefined;
}

async function download(db: Db, manifest: CorpusManifest): Promise<void> {
  const stored = new Set(await db.getAllKeys('files'));
  const queue = [
    ...manifest.eventFiles.map((file) => ({ file, kind: 'events' as const })),
    ...manifest.talkFiles.map((file) => ({ file, kind: 'talks' as const })),
  ].filter(({ file }) => !stored.has(file.url));
  const cachedMissing = (await cachedFilesStored(manifest)).some(
    (count, n) => count < cachedGroups(manifest)[n].files.length,
  );
  if (queue.length === 0 && !cachedMissing) {
    await measure(db, manifest);
    return;
  }
  update({ phase: 'downloading', reason: undefined });
  void requestPersistence();
  // A file that cannot be fetched is left for the next try while the others go on; a storage
  // failure (a full disk) stops everything.
  let failure: unknown;
  let stop = false;
  const worker = async () => {
    for (let next = queue.shift(); next && !stop; next = queue.shift()) {
      const { file, kind } = next;
      try {
        if (!(await storeFile(db, manifest, file, kind))) {
          // The copy was removed, or a new version replaced the corpus being saved (its own
          // start goes on): stop here.
          stop = true;
          return;
        }
        update({
          storedBytes: state.storedBytes + file.gzip,
          storedTalks: state.storedTalks + (kind === 'talks' ? file.count : 0),
        });
      } catch (error) {
        failure ??= error;
        if (!(error instanceof FileUnavailable)) stop = true;
      }
    }
  };
  await Promise.all([worker(), worker()]);
  if (stop && !failure) {
    update({ phase: 'none' });
    await measure(db, manifest);
    return;
  }
  if (!failure) failure = await storeCachedFiles(manifest).catch((error: unknown) => error);
  if (failure) return pause(db, manifest, failure);
  await measure(db, manifest);
  bumpCorpusRevision();
}

/** Stops the download for now: waits for the network when it was lost; says so when the disk is full. */
function pause(db: Db, manifest: CorpusManifest, error: unknown): void {
  bumpCorpusRevision();
  if (error instanceof FileUnavailable) {
    // No connection: it goes on by itself when the connection returns. A server error waits
    // for the reader's "Try again" (or the next start).
    update({ phase: 'paused', reason: pauseReason(error) });
    if (!error.offline || typeof window === 'undefined') return;
    stopWaitingForOnline();
    resumeWhenOnline = () => {
      stopWaitingForOnline();
      void run(db, manifest);
    };
    window.addEventListener('online', resumeWhenOnline);
    return;
  }
  const problem = reportStorageProblem(error);
  update({ phase: 'paused', reason: problem.problem === 'quota' ? 'quota' : 'failed' });
}

/**
 * Fetches one file and stores its records and its `files` entry together; false, storing
 * nothing, when the version moved on or the copy was removed meanwhile.
 */
async function storeFile(
  db: Db,
  manifest: CorpusManifest,
  file: CorpusFile,
  kind: 'events' | 'talks',
): Promise<boolean> {
  const fetched = await fetchFileToStore(file, kind);
  const tx = db.transaction([kind, 'files', 'corpusMeta', 'kept'], 'readwrite');
  const meta = await tx.objectStore('corpusMeta').get('current');
  const wanted = (await tx.objectStore('kept').getKey(KEEP_ALL)) !== undefined;
  if (meta?.version !== manifest.version || !wanted) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return false;
  }
  const store = tx.objectStore(kind);
  await Promise.all([
    ...fetched.records.map((record) => store.put(record as EventRecord & TalkRecord)),
    tx.objectStore('files').put(storedFileOf(fetched)),
    tx.done,
  ]);
  return true;
}

/** Cached files fetched at once: a large index is a thousand small files. */
const CACHED_FETCHES = 4;

/**
 * Puts every search index and home catalogue file in their cache, skipping those already there;
 * the first failure stops it (nothing more is fetched).
 */
async function storeCachedFiles(manifest: CorpusManifest): Promise<void> {
  if (typeof caches === 'undefined') return;
  const cache = await caches.open(SEARCH_CACHE);
  const sizes = new Map<string, { each: number; index: boolean }>();
  for (const group of cachedGroups(manifest)) {
    const each = group.gzip / Math.max(group.files.length, 1);
    for (const url of group.files) sizes.set(url, { each, index: group === manifest.search });
  }
  await allInPool([...sizes.keys()], CACHED_FETCHES, async (url) => {
    const absolute = corpusBase() + url;
    if (await cache.match(absolute)) return;
    let response: Response;
    try {
      response = await fetch(absolute, { cache: 'no-store' });
    } catch (error) {
      throw new FileUnavailable(url, { cause: error });
    }
    if (!response.ok) throw new FileUnavailable(url, { cause: response.status });
    await cache.put(absolute, response);
    // counted once, when stored here (measure counted those already in the cache)
    const { each, index } = sizes.get(url)!;
    update({
      storedBytes: state.storedBytes + each,
      indexStoredBytes: state.indexStoredBytes + (index ? each : 0),
    });
  });
}

/** Sets the figures from what is stored; resolves to whether every file (and the index) is. */
async function measure(db: Db, manifest: CorpusManifest): Promise<boolean> {
  const stored = new Set(await db.getAllKeys('files'));
  const bytesOf = (files: CorpusFile[]) =>
    files.reduce((sum, file) => sum + (stored.has(file.url) ? file.gzip : 0), 0);
  const storedTalks = manifest.talkFiles.reduce(
    (sum, file) => sum + (stored.has(file.url) ? file.count : 0),
    0,
  );
  const groups = cachedGroups(manifest);
  const counts = await cachedFilesStored(manifest);
  const [indexStoredBytes = 0, homeStoredBytes = 0] = groups.map(
    (group, n) => (group.gzip * counts[n]) / Math.max(group.files.length, 1),
  );
  const files = [...manifest.eventFiles, ...manifest.talkFiles];
  const complete =
    files.every((file) => stored.has(file.url)) &&
    groups.every((group, n) => counts[n] === group.files.length);
  const kept = (await db.getKey('kept', KEEP_ALL)) !== undefined;
  // Kept but not whole: a download under way or paused says so itself; otherwise none runs yet.
  const running = state.phase === 'downloading' || state.phase === 'paused';
  update({
    measured: true,
    storedBytes:
      bytesOf(manifest.eventFiles) +
      bytesOf(manifest.talkFiles) +
      indexStoredBytes +
      homeStoredBytes,
    indexStoredBytes,
    indexTotalBytes: manifest.search.gzip,
    storedTalks,
    totalBytes: corpusDownloadBytes(manifest),
    totalTalks: manifest.talkCount,
    phase: kept && complete ? 'complete' : kept && running ? state.phase : 'none',
    completedNow: state.completedNow || (complete && state.phase === 'downloading'),
  });
  return complete;
}

/** Drops cached files the current manifest no longer lists (left by an earlier version). */
async function pruneFileCache(manifest: CorpusManifest): Promise<void> {
  if (typeof caches === 'undefined') return;
  const cache = await caches.open(SEARCH_CACHE);
  const listed = new Set(
    cachedGroups(manifest).flatMap((group) =>
      group.files.map((url) => new URL(corpusBase() + url, location.href).pathname),
    ),
  );
  for (const request of await cache.keys()) {
    if (!listed.has(new URL(request.url).pathname)) await cache.delete(request);
  }
}

/** How many files of each of cachedGroups are in the cache. */
async function cachedFilesStored(manifest: CorpusManifest): Promise<number[]> {
  const groups = cachedGroups(manifest);
  if (typeof caches === 'undefined') return groups.map((group) => group.files.length);
  const cache = await caches.open(SEARCH_CACHE);
  const keys = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  return groups.map(
    (group) =>
      group.files.filter((url) => keys.has(new URL(corpusBase() + url, location.href).pathname))
        .length,
  );
}

/**
 * Removes the offline copy: every stored event and talk except bookmarked talks (always kept)
 * and kept events, and the search index files; it never starts by itself again.
 */
export async function removeOfflineCopy(): Promise<void> {
  const db = await getDB();
  const tx = db.transaction(['events', 'talks', 'files', 'kept', 'bookmarks'], 'readwrite');
  const keptEvents = new Set((await tx.objectStore('kept').getAllKeys()).filter(isKeptEvent));
  const bookmarked = new Set(await tx.objectStore('bookmarks').getAllKeys());
  const talks = tx.objectStore('talks');
  const events = tx.objectStore('events');
  const keepEvents = new Set(keptEvents);
  const writes: Promise<unknown>[] = [];
  for (const id of await talks.getAllKeys()) {
    const eventId = id.slice(0, id.indexOf('/'));
    if (bookmarked.has(id) || keptEvents.has(eventId)) keepEvents.add(eventId);
    else writes.push(talks.delete(id));
  }
  for (const id of await events.getAllKeys())
    if (!keepEvents.has(id)) writes.push(events.delete(id));
  writes.push(
    tx.objectStore('files').clear(),
    tx.objectStore('kept').delete(KEEP_ALL),
    tx.objectStore('kept').put({ id: KEEP_NONE, keptAt: Date.now() }),
  );
  await Promise.all([...writes, tx.done]);
  stopWaitingForOnline();
  bumpCorpusRevision(); // reads stop trusting the stored files they knew of
  if (typeof caches !== 'undefined') await caches.delete(SEARCH_CACHE);
  update({ phase: 'none', declined: true, completedNow: false, reason: undefined });
  const manifest = corpusState().manifest;
  if (manifest) await measure(db, manifest);
  bumpCorpusRevision();
}

/** An event kept on this device, with the bytes its talks take. */
export interface KeptEvent {
  event: EventRecord;
  bytes: number;
  keptAt: number;
}

/**
 * Keeps one event's talks on this device (the whole corpus need not be): fetches its talk file
 * and stores the event and its talks. Rejects when offline or storage fails.
 */
export async function keepEvent(eventId: string): Promise<void> {
  const manifest = corpusState().manifest;
  if (!manifest) throw new FileUnavailable('corpus');
  const db = await getDB();
  const [events, talks] = await Promise.all([
    recordsOf(manifest.eventFiles, eventId, checkEvent),
    recordsOf(manifest.talkFiles, eventId, checkTalk),
  ]);
  const event = events.find((candidate) => candidate.id === eventId);
  if (!event) throw new FileUnavailable(eventId);
  const tx = db.transaction(['events', 'talks', 'kept'], 'readwrite');
  await Promise.all([
    tx.objectStore('events').put(event),
    ...talks
      .filter((talk) => talk.eventId === eventId)
      .map((talk) => tx.objectStore('talks').put(talk)),
    tx.objectStore('kept').put({ id: eventId, keptAt: Date.now() }),
    tx.done,
  ]);
  bumpCorpusRevision();
}

/** Stops keeping one event: its talks go unless the whole corpus is kept or a talk is bookmarked. */
export async function releaseEvent(eventId: string): Promise<void> {
  const db = await getDB();
  const tx = db.transaction(['events', 'talks', 'kept', 'bookmarks'], 'readwrite');
  const keepAll = (await tx.objectStore('kept').getKey(KEEP_ALL)) !== undefined;
  const writes: Promise<unknown>[] = [tx.objectStore('kept').delete(eventId)];
  if (!keepAll) {
    const talks = tx.objectStore('talks');
    const bookmarked = new Set(await tx.objectStore('bookmarks').getAllKeys());
    let keepsEvent = false;
    for (const id of await talks.index('byEvent').getAllKeys(eventId)) {
      if (bookmarked.has(id)) keepsEvent = true;
      else writes.push(talks.delete(id));
    }
    if (!keepsEvent) writes.push(tx.objectStore('events').delete(eventId));
  }
  await Promise.all([...writes, tx.done]);
  bumpCorpusRevision();
}

/** The events the reader keeps offline one by one, newest kept first, with their size. */
export async function listKeptEvents(): Promise<KeptEvent[]> {
  const db = await getDB();
  const kept = (await db.getAll('kept')).filter((k) => isKeptEvent(k.id));
  const out: KeptEvent[] = [];
  for (const { id, keptAt } of kept) {
    const event = checkEvent(await db.get('events', id));
    if (!event) continue;
    const talks = await db.getAllFromIndex('talks', 'byEvent', id);
    const bytes = talks.reduce((sum, talk) => sum + JSON.stringify(talk).length, 0);
    out.push({ event, bytes, keptAt });
  }
  return out.sort((a, b) => b.keptAt - a.keptAt);
}

/** Whether the reader keeps this event offline (by itself, not as part of the whole corpus). */
export async function isEventKept(eventId: string): Promise<boolean> {
  const db = await getDB().catch(() => undefined);
  return !!db && (await db.getKey('kept', eventId).catch(() => undefined)) !== undefined;
}

/** Stores a bookmarked talk and its event, so the bookmark opens offline whatever else is kept. */
export async function keepTalk(talk: TalkRecord, event: EventRecord): Promise<void> {
  const db = await getDB();
  const tx = db.transaction(['events', 'talks'], 'readwrite');
  await Promise.all([
    tx.objectStore('talks').put(talk),
    tx.objectStore('events').put(event),
    tx.done,
  ]);
}

/** The checked records of the file of `files` holding `eventId`, fetched to be stored. */
async function recordsOf<T>(
  files: CorpusFile[],
  eventId: string,
  check: (value: unknown) => T | undefined,
): Promise<T[]> {
  const file = fileFor(files, eventId);
  return file ? readRecords(file.url, check, { toStore: true }) : [];
}
