/**
 * Read access to events and talks for every page. A record is read from IndexedDB when this
 * device stores it; otherwise its file is fetched (and kept in memory a while). Offline, a record
 * that is not stored gives NotOnDevice, so the page can say so.
 */
import type { IDBPDatabase } from 'idb';
import type { CorpusMeta, TalkshelfDB } from '../shared/db-schema';
import type { CorpusFile, CorpusManifest, EventRecord, TalkRecord } from '../shared/types';
import { getDB } from './db';
import { corpusState, nextCorpusChange, reportCorpusDamage } from './corpus-state';
import {
  eventIdOfTalk,
  FETCHES_AT_ONCE,
  fileFor,
  FileUnavailable,
  readRecords,
  settleInPool,
} from './corpus-files';
import { checkEvent, checkTalk, droppedParts } from './record-check';

/** Thrown when there is no corpus to read: nothing stored and the network failed. */
export class CorpusUnavailable extends Error {
  constructor() {
    super('The talks could not be loaded. Check the connection and reload.');
    this.name = 'CorpusUnavailable';
  }
}

/** Thrown when a record is not stored on this device and cannot be fetched (offline). */
export class NotOnDevice extends CorpusUnavailable {
  constructor() {
    super();
    this.message =
      'This page is not saved on this device, and there is no connection. It opens once you are back online; keep talks offline from the About page.';
    this.name = 'NotOnDevice';
  }
}

type Db = IDBPDatabase<TalkshelfDB>;

/** Resolves to the manifest reads follow, waiting for the loader; rejects when there is none. */
export async function currentManifest(): Promise<CorpusManifest> {
  for (;;) {
    const { status, manifest } = corpusState();
    if (manifest) return manifest;
    if (status === 'failed') throw new CorpusUnavailable();
    await nextCorpusChange();
  }
}

const database = (): Promise<Db | undefined> => getDB().catch(() => undefined);

let storedUrls: { db: Db; revision: number; at: number; urls: Promise<Set<string>> } | undefined;

/** How long the stored files, once read, are trusted (another tab may change them). */
const STORED_FILES_TTL_MS = 5000;

/**
 * Whether `file` is stored whole in IndexedDB. The stored files are read once per corpus
 * revision (every removal in this tab bumps it) and a few seconds: a file stored since reads as
 * missing, which only costs a fetch, and a read never pays an IndexedDB request per file.
 */
async function isStored(db: Db | undefined, file: CorpusFile): Promise<boolean> {
  if (!db) return false;
  const { revision } = corpusState();
  const now = Date.now();
  if (
    storedUrls?.db !== db ||
    storedUrls.revision !== revision ||
    now - storedUrls.at > STORED_FILES_TTL_MS
  ) {
    const urls = db.getAllKeys('files').then(
      (keys) => new Set(keys),
      () => new Set<string>(),
    );
    storedUrls = { db, revision, at: now, urls };
  }
  return (await storedUrls.urls).has(file.url);
}

/** A file's records from the network; offline, NotOnDevice. */
async function fetched<T>(
  file: CorpusFile,
  check: (value: unknown) => T | undefined,
): Promise<T[]> {
  try {
    return await readRecords(file.url, check);
  } catch (error) {
    if (error instanceof FileUnavailable) throw new NotOnDevice();
    throw error;
  }
}

/**
 * Records as valid ones: an invalid stored record is left out, a damaged one repaired, and the
 * corpus marked for repair either way (it is fetched again, so the damaged text comes back).
 */
function checked<T>(records: unknown[], check: (value: unknown) => T | undefined): T[] {
  const out: T[] = [];
  const droppedBefore = droppedParts();
  for (const record of records) {
    const valid = check(record);
    if (valid) out.push(valid);
  }
  if (out.length < records.length || droppedParts() !== droppedBefore) reportCorpusDamage();
  return out;
}

async function readDb<T>(db: Db | undefined, read: (db: Db) => Promise<T>): Promise<T | undefined> {
  if (!db) return undefined;
  try {
    return await read(db);
  } catch {
    return undefined; // storage failed under us: the network answers instead
  }
}

/** Newest first, undated last, then by title: the order of the home page. */
export function byDateDesc(a: EventRecord, b: EventRecord): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? 1 : -1;
  }
  // plain comparison: sorting 35,000 events (the search filters do) must not pay for collation
  return a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
}

/**
 * Every event, in no particular order (the home page and the search filters sort them their own
 * way: sorting 35,000 events twice costs a phone a sixth of a second). Offline with only some
 * events stored, it lists those (the ones kept on this device).
 */
export async function allEvents(): Promise<EventRecord[]> {
  const { eventFiles } = await currentManifest();
  const db = await database();
  // The stores may change between knowing which files are stored and reading them (a repair
  // empties them): read again then, or an emptied store would pass for an empty library.
  let storedFlags: boolean[] = [];
  let stored: EventRecord[] = [];
  for (let tries = 0; tries < 3; tries++) {
    const { revision } = corpusState();
    storedFlags = await Promise.all(eventFiles.map((file) => isStored(db, file)));
    stored = (await readDb(db, storedEvents)) ?? [];
    if (corpusState().revision === revision) break;
  }
  if (storedFlags.every(Boolean)) return stored;
  const byId = new Map(stored.map((event) => [event.id, event]));
  const missing = eventFiles.filter((_, n) => !storedFlags[n]);
  const results = await settleInPool(missing, FETCHES_AT_ONCE, (file) => fetched(file, checkEvent));
  let gotAny = false;
  for (const result of results) {
    if (result.status !== 'fulfilled') continue;
    gotAny = true;
    for (const event of result.value) byId.set(event.id, event);
  }
  if (!gotAny && byId.size === 0 && missing.length > 0) throw new NotOnDevice();
  return [...byId.values()];
}

/** Events read and checked per batch: each batch is a task of its own, never one long one. */
const EVENT_BATCH = 2000;

/** Every stored event, checked, read in batches (35,000 at once block a phone for a second). */
async function storedEvents(db: Db): Promise<EventRecord[]> {
  const out: EventRecord[] = [];
  let after: IDBKeyRange | undefined;
  for (;;) {
    const batch = await db.getAll('events', after, EVENT_BATCH);
    for (const event of checked(batch, checkEvent)) out.push(event);
    if (batch.length < EVENT_BATCH) return out;
    after = IDBKeyRange.lowerBound((batch[batch.length - 1] as { id: string }).id, true);
  }
}

/** Resolves to one event, or undefined when no event has that id. */
export async function getEvent(id: string): Promise<EventRecord | undefined> {
  return (await getEvents([id]))[0];
}

/** Resolves to the events with these ids that exist, in the order asked. */
export async function getEvents(ids: string[]): Promise<EventRecord[]> {
  const { eventFiles } = await currentManifest();
  return recordsById('events', eventFiles, ids, (id) => id, checkEvent);
}

/** Resolves to one talk, or undefined when no talk has that id. */
export async function getTalk(id: string): Promise<TalkRecord | undefined> {
  return (await getTalks([id]))[0];
}

/** Resolves to the talks with these ids that exist, in the order asked. */
export async function getTalks(ids: string[]): Promise<TalkRecord[]> {
  const { talkFiles } = await currentManifest();
  return recordsById('talks', talkFiles, ids, eventIdOfTalk, checkTalk);
}

/**
 * Records by id, in the order asked: from IndexedDB, and the rest from the files that hold them
 * (fetched, never stored here). Whether a file is stored is asked before the records are read,
 * so a file stored in between holds them.
 */
async function recordsById<T extends { id: string }>(
  store: 'events' | 'talks',
  files: readonly CorpusFile[],
  ids: string[],
  eventIdOf: (id: string) => string,
  check: (value: unknown) => T | undefined,
): Promise<T[]> {
  if (ids.length === 0) return [];
  const db = await database();
  const candidates = new Map<string, CorpusFile>();
  for (const id of ids) {
    const file = fileFor(files, eventIdOf(id));
    if (file) candidates.set(file.url, file);
  }
  const holding = [...candidates.values()];
  const flags = await Promise.all(holding.map((file) => isStored(db, file)));
  const stored = await readDb(db, async (d) => {
    const tx = d.transaction(store);
    return Promise.all(ids.map((id) => tx.store.get(id)));
  });
  const found = new Map<string, T>();
  for (const record of checked(stored?.filter((r) => r !== undefined) ?? [], check)) {
    found.set(record.id, record);
  }
  const missing = new Set(ids.filter((id) => !found.has(id)).map(eventIdOf));
  const wanted = new Set(ids);
  // A record missing from a file stored whole does not exist, unless the files changed under a
  // stale view of them (another tab removed the copy): asked of the network, and when that
  // fails, taken as absent.
  const toFetch = holding.flatMap((file, n) =>
    holdsAny(files, file, missing) ? [{ file, stored: flags[n] }] : [],
  );
  const results = await Promise.all(
    toFetch.map(({ file, stored }) =>
      fetched(file, check).catch((error: unknown) => {
        if (stored) return [];
        throw error;
      }),
    ),
  );
  for (const records of results) {
    for (const record of records) if (wanted.has(record.id)) found.set(record.id, record);
  }
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** Whether `file` holds the records of any of `eventIds`. */
function holdsAny(files: readonly CorpusFile[], file: CorpusFile, eventIds: Set<string>): boolean {
  for (const eventId of eventIds) if (fileFor(files, eventId) === file) return true;
  return false;
}

/** Resolves to an event's talks in document order; empty for an unknown event. */
export async function getTalksOfEvent(eventId: string): Promise<TalkRecord[]> {
  const { talkFiles } = await currentManifest();
  const db = await database();
  const file = fileFor(talkFiles, eventId);
  const fileStored = !!file && (await isStored(db, file));
  const byIndex = (a: TalkRecord, b: TalkRecord) => a.index - b.index;
  const stored = checked(
    (await readDb(db, (d) => d.getAllFromIndex('talks', 'byEvent', eventId))) ?? [],
    checkTalk,
  ).sort(byIndex);
  if (!file || fileStored) return stored;
  try {
    return (await fetched(file, checkTalk)).filter((t) => t.eventId === eventId).sort(byIndex);
  } catch (error) {
    // Offline: the talks kept on this device (bookmarked ones, say) still show.
    if (error instanceof NotOnDevice && stored.length > 0) return stored;
    throw error;
  }
}

/** Resolves to the version, build date and counts of the corpus being read. */
export async function getCorpusMeta(): Promise<Omit<CorpusMeta, 'loadedAt' | 'manifest'>> {
  const current = await currentManifest();
  return {
    version: current.version,
    builtAt: current.builtAt,
    eventCount: current.eventCount,
    talkCount: current.talkCount,
  };
}
