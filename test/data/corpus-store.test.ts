import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDB, getDB } from '../../src/data/db';
import { loadCorpus } from '../../src/data/corpus-loader';
import { resetCorpusState, updateCorpusState } from '../../src/data/corpus-state';
import {
  CorpusUnavailable,
  NotOnDevice,
  getCorpusMeta,
  getEvent,
  getTalk,
  getTalks,
  getTalksOfEvent,
  allEvents,
  byDateDesc,
} from '../../src/data/corpus-store';
import { DB_NAME } from '../../src/shared/db-schema';
import { addBookmark } from '../../src/data/bookmarks';
import { configureCorpusFiles } from '../../src/data/corpus-files';
import { keepEvent, listKeptEvents, releaseEvent } from '../../src/data/offline-copy';
import { corpusFiles, event, fakeFetch, talk } from './corpus-fixture';

const x = [talk('x', 'b', 1), talk('x', 'a', 0)];
const y = [talk('y', 'c', 0)];
const z = [talk('z', 'd', 0)];
const corpus = corpusFiles(
  'v1',
  [event('x', '2019-05-01', x), event('z', undefined, z), event('y', '2024-02-02', y)],
  [x, [...y, ...z]],
);
const source = { base: '/base/', manifestUrl: corpus.manifestUrl, version: 'v1' };

beforeEach(async () => {
  await closeDB();
  await new Promise((done) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = done;
  });
  resetCorpusState();
});

describe('corpus store reading IndexedDB', () => {
  beforeEach(() => loadCorpus({ ...source, fetch: fakeFetch(corpus.files) }));

  it('lists events newest first with undated events last', async () => {
    expect((await allEvents()).sort(byDateDesc).map((e) => e.id)).toEqual(['y', 'x', 'z']);
  });

  it('gets events and talks by id, undefined when unknown', async () => {
    expect((await getEvent('x'))?.talkIds).toEqual(['x/b', 'x/a']);
    expect((await getTalk('y/c'))?.title).toBe('c');
    expect(await getTalk('y/nope')).toBeUndefined();
    expect(await getEvent('nope')).toBeUndefined();
  });

  it('gets several talks in the order asked, skipping unknown ids', async () => {
    expect((await getTalks(['z/d', 'gone', 'x/a'])).map((t) => t.id)).toEqual(['z/d', 'x/a']);
  });

  it("gets an event's talks in document order", async () => {
    expect((await getTalksOfEvent('x')).map((t) => t.slug)).toEqual(['a', 'b']);
    expect(await getTalksOfEvent('nope')).toEqual([]);
  });

  it('reads from IndexedDB, not memory, once stored', async () => {
    const db = await getDB();
    await db.put('talks', { ...talk('x', 'a', 0), title: 'edited in the database' });
    expect((await getTalk('x/a'))?.title).toBe('edited in the database');
    expect(await getCorpusMeta()).toMatchObject({ version: 'v1', eventCount: 3, talkCount: 4 });
  });
});

describe('corpus store while loading or without storage', () => {
  it('answers a read made before the download finished', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowFetch: typeof fetch = async (input) => {
      if (String(input).includes('talks')) await gate;
      return fakeFetch(corpus.files)(input);
    };
    const loading = loadCorpus({ ...source, fetch: slowFetch });
    const pending = getTalk('z/d');
    const events = (await allEvents()).sort(byDateDesc); // answered from the manifest, before any talk arrived
    expect(events).toHaveLength(3);
    release();
    expect((await pending)?.title).toBe('d');
    await loading;
  });

  it('reads from the network when IndexedDB is refused', async () => {
    await closeDB();
    vi.stubGlobal('indexedDB', undefined);
    try {
      await loadCorpus({ ...source, fetch: fakeFetch(corpus.files) });
      expect((await getTalksOfEvent('x')).map((t) => t.id)).toEqual(['x/a', 'x/b']);
      expect((await getEvent('y'))?.title).toBe('y');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('offline, reads what the device keeps and says NotOnDevice for the rest', async () => {
    const big = corpusFiles(
      'big',
      [event('x', '2019-05-01', x), event('z', undefined, z), event('y', '2024-02-02', y)],
      [x, y, z],
      { gzip: 3_000_000 },
    );
    await loadCorpus({
      ...source,
      manifestUrl: big.manifestUrl,
      version: 'big',
      fetch: fakeFetch(big.files),
    });
    await keepEvent('y');
    await addBookmark(z[0]!, (await getEvent('z'))!);
    configureCorpusFiles({ base: '/base/', fetch: () => Promise.reject(new TypeError('offline')) });

    expect((await getTalk('y/c'))?.title).toBe('c');
    expect((await getTalk('z/d'))?.title).toBe('d');
    await expect(getTalk('x/a')).rejects.toBeInstanceOf(NotOnDevice);
    expect((await allEvents()).sort(byDateDesc).map((e) => e.id)).toEqual(['y', 'z']);
    expect((await listKeptEvents()).map((k) => k.event.id)).toEqual(['y']);

    await releaseEvent('y');
    await expect(getTalk('y/c')).rejects.toBeInstanceOf(NotOnDevice);
    expect((await getTalk('z/d'))?.title).toBe('d'); // bookmarked: always kept
  });

  it('rejects with CorpusUnavailable when nothing could be loaded', async () => {
    updateCorpusState({ status: 'failed' });
    await expect(getTalk('x/a')).rejects.toBeInstanceOf(CorpusUnavailable);
  });
});
