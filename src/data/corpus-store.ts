/**
 * Read access to events and talks for every page. Reads come from IndexedDB; while a corpus is
 * still downloading, or when storage is unusable, they come from the corpus held in memory.
 */
import type { IDBPDatabase } from 'idb';
import type { CorpusMeta, TalkshelfDB } from '../shared/db-schema';
import type { EventRecord, TalkRecord } from '../shared/types';
import { getDB } from './db';
import {
  corpusState,
  nextCorpusChange,
  reportCorpusDamage,
  type MemoryCorpus,
} from './corpus-state';
import { checkEvent, checkTalk } from './record-check';

/** Thrown when there is no corpus to read: nothing stored and the network failed. */
export class CorpusUnavailable extends Error {
  constructor() {
    super('The talks could not be loaded. Check the connection and reload.');
    this.name = 'CorpusUnavailable';
  }
}

type Db = IDBPDatabase<TalkshelfDB>;
/** A memory read: `{ value }` when answered, `undefined` while the talks it needs are still arriving. */
type MemoryRead<T> = (memory: MemoryCorpus) => { value: T } | undefined;

async function read<T>(fromMemory: MemoryRead<T>, fromDb: (db: Db) => Promise<T>): Promise<T> {
  for (;;) {
    const seen = corpusState();
    const { status, memory } = seen;
    if (memory) {
      const answer = fromMemory(memory);
      if (answer) return answer.value;
    } else if (status === 'failed') {
      throw new CorpusUnavailable();
    } else if (status === 'stored' || status === 'idle' || seen.storedReadable) {
      // While loading, the stores are read only once the loader found them intact; a first
      // load or a damaged store waits for the download instead.
      const db = await getDB().catch(() => undefined);
      if (db) return fromDb(db);
      if (status !== 'loading') throw new CorpusUnavailable();
    }
    // The state may have moved on while IndexedDB answered: look again rather than miss it.
    if (corpusState() === seen) await nextCorpusChange();
  }
}

/** Stored records as valid ones: a record that cannot be read is left out and the corpus marked for repair. */
function checked<T>(records: unknown[], check: (value: unknown) => T | undefined): T[] {
  const out: T[] = [];
  for (const record of records) {
    const valid = check(record);
    if (valid) out.push(valid);
  }
  if (out.length < records.length) reportCorpusDamage();
  return out;
}

const one = <T>(record: unknown, check: (value: unknown) => T | undefined): T | undefined =>
  record === undefined ? undefined : checked([record], check)[0];

/** Newest first, undated last, then by title: the order of the home page. */
export function byDateDesc(a: EventRecord, b: EventRecord): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? 1 : -1;
  }
  // plain comparison: sorting 35,000 events must not pay for collation (the home page re-sorts)
  return a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
}

const talksIn = (memory: MemoryCorpus, ids: string[]) => {
  const talks = ids.map((id) => memory.talks.get(id));
  if (!memory.complete && talks.some((talk) => !talk)) return undefined;
  return { value: talks.filter((talk): talk is TalkRecord => !!talk) };
};

/** Resolves to every event, newest first (undated last). */
export function listEvents(): Promise<EventRecord[]> {
  return read(
    (memory) => ({ value: [...memory.manifest.events].sort(byDateDesc) }),
    async (db) => checked(await db.getAll('events'), checkEvent).sort(byDateDesc),
  );
}

/** Resolves to one event, or undefined when no event has that id. */
export function getEvent(id: string): Promise<EventRecord | undefined> {
  return read(
    (memory) => ({ value: memory.manifest.events.find((event) => event.id === id) }),
    async (db) => one(await db.get('events', id), checkEvent),
  );
}

/** Resolves to one talk, or undefined when no talk has that id. */
export function getTalk(id: string): Promise<TalkRecord | undefined> {
  return read(
    (memory) => {
      const talk = memory.talks.get(id);
      return talk || memory.complete ? { value: talk } : undefined;
    },
    async (db) => one(await db.get('talks', id), checkTalk),
  );
}

/** Resolves to the talks with these ids that exist, in the order asked. */
export function getTalks(ids: string[]): Promise<TalkRecord[]> {
  return read(
    (memory) => talksIn(memory, ids),
    async (db) => {
      const tx = db.transaction('talks');
      const talks = await Promise.all(ids.map((id) => tx.store.get(id)));
      return checked(
        talks.filter((talk) => talk !== undefined),
        checkTalk,
      );
    },
  );
}

/** Resolves to an event's talks in document order; empty for an unknown event. */
export function getTalksOfEvent(eventId: string): Promise<TalkRecord[]> {
  return read(
    (memory) => {
      const event = memory.manifest.events.find((candidate) => candidate.id === eventId);
      return event ? talksIn(memory, event.talkIds) : { value: [] };
    },
    async (db) =>
      checked(await db.getAllFromIndex('talks', 'byEvent', eventId), checkTalk).sort(
        (a, b) => a.index - b.index,
      ),
  );
}

/** Resolves to the version, build date and counts of the corpus being read. */
export function getCorpusMeta(): Promise<Omit<CorpusMeta, 'loadedAt'> | undefined> {
  return read(
    ({ manifest }) => ({
      value: {
        version: manifest.version,
        builtAt: manifest.builtAt,
        eventCount: manifest.events.length,
        talkCount: manifest.talkCount,
      },
    }),
    (db) => db.get('corpusMeta', 'current'),
  );
}
