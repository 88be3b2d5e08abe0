import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDB, getDB, onStorageProblem } from '../../src/data/db';
import { loadCorpus } from '../../src/data/corpus-loader';
import { corpusState, resetCorpusState } from '../../src/data/corpus-state';
import { DB_NAME } from '../../src/shared/db-schema';
import { corpusFiles, event, fakeFetch, talk } from './corpus-fixture';

const a1 = talk('a', 'one', 0);
const a2 = talk('a', 'two', 1);
const b1 = talk('b', 'only', 0);
const v1 = corpusFiles(
  'v1',
  [event('a', '2020-01-01', [a1, a2]), event('b', '2021-01-01', [b1])],
  [[a1, a2], [b1]],
);
const renamed = talk('a2', 'one', 0);
const v2 = corpusFiles('v2', [event('a2', '2020-01-01', [renamed])], [[renamed]]);

async function load(corpus: typeof v1, requested: string[] = []) {
  await loadCorpus({
    base: '/base/',
    manifestUrl: corpus.manifestUrl,
    version: corpus.manifest.version,
    fetch: fakeFetch(corpus.files, requested),
  });
}

/** Stores v1, then a bookmark (with a note) and a reading position on its talk `a/one`. */
async function loadV1WithReaderData() {
  await load(v1);
  const db = await getDB();
  await db.put('bookmarks', {
    talkId: 'a/one',
    eventId: 'a',
    talkTitle: 'one',
    eventTitle: 'a',
    note: 'keep me',
    createdAt: 1,
    updatedAt: 1,
  });
  await db.put('positions', { talkId: 'a/one', progress: 0.5, finished: false, updatedAt: 1 });
  return db;
}

beforeEach(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  await closeDB();
  await new Promise((done) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = done;
  });
  resetCorpusState();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('loadCorpus', () => {
  it('stores the manifest and every talk chunk on the first visit', async () => {
    const requested: string[] = [];
    await load(v1, requested);
    expect(requested).toEqual([
      '/base/corpus/manifest-v1.json',
      '/base/corpus/talks-v1-0.json',
      '/base/corpus/talks-v1-1.json',
    ]);
    const db = await getDB();
    expect((await db.getAllKeys('talks')).sort()).toEqual(['a/one', 'a/two', 'b/only']);
    expect(await db.count('events')).toBe(2);
    expect(await db.get('corpusMeta', 'current')).toMatchObject({ version: 'v1', talkCount: 3 });
    expect(corpusState()).toMatchObject({ status: 'stored', memory: undefined, chunksLoaded: 2 });
  });

  it('fetches nothing when the stored version is current', async () => {
    await load(v1);
    const requested: string[] = [];
    await load(v1, requested);
    expect(requested).toEqual([]);
    expect(corpusState().status).toBe('stored');
  });

  it('replaces events and talks on a new version, keeping bookmarks, positions and settings', async () => {
    const db = await loadV1WithReaderData();
    await db.put('settings', { theme: 'dark', textSize: 2, lineSpacing: 0 }, 'current');

    await load(v2);
    expect(await db.getAllKeys('talks')).toEqual(['a2/one']);
    expect(await db.getAllKeys('events')).toEqual(['a2']);
    expect((await db.get('corpusMeta', 'current'))?.version).toBe('v2');
    expect((await db.get('bookmarks', 'a/one'))?.note).toBe('keep me');
    expect((await db.get('positions', 'a/one'))?.progress).toBe(0.5);
    expect((await db.get('settings', 'current'))?.theme).toBe('dark');
  });

  it('moves bookmarks and positions of a renamed event as part of storing the new corpus', async () => {
    const db = await loadV1WithReaderData();

    // v2's event `a2` comes from the same file as `a` (renamed): its talk `one` is the same talk.
    const sameFile = { ...v2.manifest.events[0]!, source: 'a.md' };
    const v2Renamed = corpusFiles('v2r', [sameFile], [[renamed]]);
    await load(v2Renamed);
    expect(await db.get('bookmarks', 'a/one')).toBeUndefined();
    expect(await db.get('bookmarks', 'a2/one')).toMatchObject({ note: 'keep me', eventId: 'a2' });
    expect(await db.get('positions', 'a2/one')).toMatchObject({ progress: 0.5 });
  });

  it('keeps the stored corpus when the network fails', async () => {
    await load(v1);
    await loadCorpus({
      base: '/base/',
      manifestUrl: v2.manifestUrl,
      version: 'v2',
      fetch: () => Promise.reject(new TypeError('offline')),
    });
    expect(corpusState().status).toBe('stored');
    expect((await (await getDB()).get('corpusMeta', 'current'))?.version).toBe('v1');
  });

  it('reports the problem and keeps the corpus in memory when IndexedDB is refused', async () => {
    await closeDB();
    vi.stubGlobal('indexedDB', undefined);
    const problems: string[] = [];
    const off = onStorageProblem((problem) => problems.push(problem.problem));
    await load(v1);
    off();
    expect(problems).toContain('unavailable');
    const state = corpusState();
    expect(state.status).toBe('memory');
    expect(state.memory?.talks.get('b/only')?.title).toBe('only');
  });

  it('survives indexedDB.open throwing at once (a denied context): reported, kept in memory, nothing uncaught', async () => {
    await closeDB();
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    const problems: string[] = [];
    const off = onStorageProblem((problem) => problems.push(problem.problem));
    await expect(getDB()).rejects.toMatchObject({ problem: 'unavailable' });
    await load(v1);
    off();
    vi.unstubAllGlobals();
    expect(problems).toContain('unavailable');
    expect(corpusState().status).toBe('memory');
  });

  it('reports a full disk and serves the fetched corpus from memory', async () => {
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const problems: string[] = [];
    const off = onStorageProblem((problem) => problems.push(problem.problem));
    await load(v1);
    off();
    put.mockRestore();
    expect(problems).toEqual(['quota']);
    expect(corpusState().status).toBe('memory');
    expect(corpusState().memory?.talks.size).toBe(3);
    expect(await (await getDB()).get('corpusMeta', 'current')).toBeUndefined();
  });

  it('keeps the old corpus whole when storing a new version fails', async () => {
    await load(v1);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await load(v2);
    vi.mocked(IDBObjectStore.prototype.put).mockRestore();
    const db = await getDB();
    expect((await db.get('corpusMeta', 'current'))?.version).toBe('v1');
    expect(await db.count('talks')).toBe(3);
    expect(corpusState().memory?.manifest.version).toBe('v2');
  });

  it('fails visibly with no network and nothing stored', async () => {
    await loadCorpus({
      base: '/base/',
      manifestUrl: v1.manifestUrl,
      version: 'v1',
      fetch: () => Promise.reject(new TypeError('offline')),
    });
    expect(corpusState().status).toBe('failed');
  });
});
