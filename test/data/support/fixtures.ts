// Small corpus records and a fresh fake IndexedDB for data-layer tests.
import { IDBFactory } from 'fake-indexeddb';
import { closeDB } from '../../../src/data/db';
import type { EventRecord, TalkRecord } from '../../../src/shared/types';

/** An event with the given id, title and source file. */
export function makeEvent(id: string, title = `Event ${id}`, source = `${id}.md`): EventRecord {
  return {
    id,
    title,
    date: '2024-05-01',
    tags: [],
    kind: 'conference',
    description: [],
    source,
    talkIds: [],
    languages: ['en'],
  };
}

/** A talk `slug` of `eventId`. */
export function makeTalk(eventId: string, slug: string, title = `Talk ${slug}`): TalkRecord {
  return {
    id: `${eventId}/${slug}`,
    slug,
    eventId,
    index: 0,
    title,
    speakers: [],
    language: 'en',
    readingMinutes: 1,
    links: [],
    blocks: [],
  };
}

/** Closes the database and swaps in an empty IndexedDB, so each test starts from nothing. */
export async function freshDatabase(): Promise<void> {
  await closeDB();
  globalThis.indexedDB = new IDBFactory();
}
