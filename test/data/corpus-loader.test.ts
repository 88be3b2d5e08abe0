import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDB, getDB, onStorageProblem } from '../../src/data/db';
import { loadCorpus } from '../../src/data/corpus-loader';
import { corpusState, resetCorpusState } from '../../src/data/corpus-state';
import { getTalk } from '../../src/data/corpus-store';
import {
  keepEvent,
  offlineCopyState,
  removeOfflineCopy,
  startOfflineCopy,
} from '../../src/data/offline-copy';
import { DB_NAME, KEEP_ALL } from '../../src/shared/db-schema';
import { corpusFiles, event, fakeFetch, talk } from './corpus-fixture';

const a1 = talk('a', 'one', 0);
const a2 = talk('a', 'two', 1);
const b1 = talk('b', 'only', 0);
const c1 = talk('c', 'third', 0);
const v1 = corpusFiles(
  'v1',
  [event('a', '2020-01-01', [a1, a2]), event('b', '2021-01-01', [b1]), event('c', undefined, [c1])],
  [[a1, a2], [b1], [c1]],
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

/** Stores a bookmark of `talkId` (titled by its slug and event id) with `note`, as a reader would. */
async function putBookmark(db: Awaited<ReturnType<typeof getDB>>, talkId: string, note: string) {
  const [eventId, slug] = talkId.split('/') as [string, string];
  await db.put('bookmarks', {
    talkId,
    eventId,
    talkTitle: slug,
    eventTitle: eventId,
    note,
    createdAt: 1,
    updatedAt: 1,
  });
}

/** Stores v1, then a bookmark (with a note) and a reading position on its talk `a/one`. */
async function loadV1WithReaderData() {
  await load(v1);
  const db = await getDB();
  await putBookmark(db, 'a/one', 'keep me');
  await db.put('positions', { talkId: 'a/one', progress: 0.5, finished: false, updatedAt: 1 });
  return db;
}

/** Too big to save by itself, each event in a file of its own (so files change one by one). */
const EACH_EVENT_BIG = { gzip: 3_000_000, eventFiles: 'each' } as const;

/**
 * Stores v1 as a big library with event `kept` kept offline and a bookmark (noted "mine") on
 * `b/only`, its records stored by a second start, as a reader without the whole copy has them.
 */
async function loadBigWithReaderData(kept: string) {
  const big = corpusFiles('big', v1.events, [[a1, a2], [b1], [c1]], EACH_EVENT_BIG);
  await load(big);
  await keepEvent(kept);
  const db = await getDB();
  await putBookmark(db, 'b/only', 'mine');
  await load(big); // stores the bookmarked talk and its event
  return { big, db };
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
  it('stores a small corpus whole on the first visit, each file once', async () => {
    const requested: string[] = [];
    await load(v1, requested);
    expect(requested.sort()).toEqual(
      [v1.manifestUrl, ...v1.manifest.eventFiles, ...v1.manifest.talkFiles]
        .map((file) => `/base/${typeof file === 'string' ? file : file.url}`)
        .sort(),
    );
    const db = await getDB();
    expect((await db.getAllKeys('talks')).sort()).toEqual(['a/one', 'a/two', 'b/only', 'c/third']);
    expect(await db.count('events')).toBe(3);
    expect(await db.count('files')).toBe(4);
    expect(await db.get('corpusMeta', 'current')).toMatchObject({ version: 'v1', talkCount: 4 });
    expect(corpusState()).toMatchObject({ status: 'ready' });
    expect(offlineCopyState()).toMatchObject({ phase: 'complete', storedTalks: 4, totalTalks: 4 });
  });

  it('fetches nothing when the stored version is current and whole', async () => {
    await load(v1);
    const requested: string[] = [];
    await load(v1, requested);
    expect(requested).toEqual([]);
    expect(corpusState().manifest?.version).toBe('v1');
  });

  it('resumes an interrupted download with the files still missing, never one twice', async () => {
    const lost = v1.manifest.talkFiles[1]!.url;
    const cut: typeof fetch = (input, init) =>
      String(input).endsWith(lost)
        ? Promise.reject(new TypeError('connection lost'))
        : fakeFetch(v1.files)(input, init);
    await loadCorpus({ base: '/base/', manifestUrl: v1.manifestUrl, version: 'v1', fetch: cut });
    expect(offlineCopyState()).toMatchObject({
      phase: 'paused',
      reason: 'offline',
      storedTalks: 3,
    });
    const db = await getDB();
    expect(await db.get('talks', 'a/one')).toBeDefined(); // stored talks read offline meanwhile

    const requested: string[] = [];
    await load(v1, requested);
    expect(requested).toEqual([`/base/${lost}`]);
    expect(offlineCopyState()).toMatchObject({ phase: 'complete', storedTalks: 4 });
  });

  it('fetches only the files a new version changed', async () => {
    await load(v1);
    const b2 = { ...b1, title: 'only, retitled' };
    const next = corpusFiles(
      'v1b',
      [
        event('a', '2020-01-01', [a1, a2]),
        event('b', '2021-01-01', [b2]),
        event('c', undefined, [c1]),
      ],
      [[a1, a2], [b2], [c1]],
    );
    const requested: string[] = [];
    await load(next, requested);
    const changedTalks = next.manifest.talkFiles.find((file) => file.first === 'b')!.url;
    // The events did not change (only a talk title did): their file is not fetched again.
    expect(next.manifest.eventFiles[0]!.url).toBe(v1.manifest.eventFiles[0]!.url);
    expect(requested.sort()).toEqual(
      [next.manifestUrl, changedTalks].map((u) => `/base/${u}`).sort(),
    );
    const db = await getDB();
    expect((await db.get('talks', 'b/only'))?.title).toBe('only, retitled');
    expect(await db.count('talks')).toBe(4);
    expect(await db.count('files')).toBe(4);
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
    const sameFile = { ...v2.events[0]!, source: 'a.md' };
    const v2Renamed = corpusFiles('v2r', [sameFile], [[renamed]]);
    await load(v2Renamed);
    expect(await db.get('bookmarks', 'a/one')).toBeUndefined();
    expect(await db.get('bookmarks', 'a2/one')).toMatchObject({ note: 'keep me', eventId: 'a2' });
    expect(await db.get('positions', 'a2/one')).toMatchObject({ progress: 0.5 });
  });

  it('keeps reading the stored corpus when the network fails', async () => {
    await load(v1);
    await loadCorpus({
      base: '/base/',
      manifestUrl: v2.manifestUrl,
      version: 'v2',
      fetch: () => Promise.reject(new TypeError('offline')),
    });
    expect(corpusState()).toMatchObject({ status: 'ready', manifest: { version: 'v1' } });
    expect((await getTalk('b/only'))?.title).toBe('only');
    expect((await (await getDB()).get('corpusMeta', 'current'))?.version).toBe('v1');
  });

  it('reports the problem and reads from the network when IndexedDB is refused', async () => {
    await closeDB();
    vi.stubGlobal('indexedDB', undefined);
    const problems: string[] = [];
    const off = onStorageProblem((problem) => problems.push(problem.problem));
    await load(v1);
    off();
    expect(problems).toContain('unavailable');
    expect(corpusState().status).toBe('ready');
    expect((await getTalk('b/only'))?.title).toBe('only');
  });

  it('survives indexedDB.open throwing at once (a denied context): reported, read from the network, nothing uncaught', async () => {
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
    expect(problems).toContain('unavailable');
    expect((await getTalk('a/two'))?.title).toBe('two');
    vi.unstubAllGlobals();
  });

  it('stops on a full disk with a message, keeping what was stored readable', async () => {
    await load(v1);
    const db = await getDB();
    // Drop one file and fill the disk before it can be stored again.
    const lost = v1.manifest.talkFiles[0]!;
    await db.delete('files', lost.url);
    await db.delete('talks', 'a/one');
    await db.delete('talks', 'a/two');
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const problems: string[] = [];
    const off = onStorageProblem((problem) => problems.push(problem.problem));
    resetCorpusState();
    await load(v1);
    off();
    put.mockRestore();
    expect(problems).toEqual(['quota']);
    expect(offlineCopyState()).toMatchObject({ phase: 'paused', reason: 'quota' });
    expect(await db.count('talks')).toBe(2);
    expect((await getTalk('b/only'))?.title).toBe('only');
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
    expect(await db.count('talks')).toBe(4);
    expect(corpusState().manifest?.version).toBe('v1');
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

  it('asks before saving a big corpus, and stores nothing until then', async () => {
    const big = corpusFiles('big', v1.events, [[a1, a2], [b1], [c1]], { gzip: 3_000_000 });
    const requested: string[] = [];
    await load(big, requested);
    expect(requested).toEqual([`/base/${big.manifestUrl}`]);
    const db = await getDB();
    expect(await db.count('talks')).toBe(0);
    expect(await db.getKey('kept', KEEP_ALL)).toBeUndefined();
    expect(offlineCopyState()).toMatchObject({ phase: 'none', totalBytes: 12_000_000 });
    // Reads fetch what they need meanwhile.
    expect((await getTalk('c/third'))?.title).toBe('third');
  });

  it('stores again, on the next start, a bookmarked talk or kept event whose records are missing', async () => {
    const big = corpusFiles('big', v1.events, [[a1, a2], [b1], [c1]], { gzip: 3_000_000 });
    await load(big);
    const db = await getDB();
    // As left by an older release, or a repaired store: the bookmark and the keep, no records.
    await putBookmark(db, 'b/only', '');
    await db.put('kept', { id: 'a', keptAt: 1 });
    const requested: string[] = [];
    await load(big, requested);
    expect((await db.getAllKeys('talks')).sort()).toEqual(['a/one', 'a/two', 'b/only']);
    expect((await db.getAllKeys('events')).sort()).toEqual(['a', 'b']);
    expect(requested.filter((url) => url.includes('talks-'))).toHaveLength(2);
  });

  it('a new version fetches, for a reader with a kept event and a bookmark, only the files it changed', async () => {
    const { big, db } = await loadBigWithReaderData('a');
    expect(await db.getAllKeys('talks')).toEqual(['a/one', 'a/two', 'b/only']);

    // `c` changes and `d` is new; `a` and `b` keep their files.
    const c2 = talk('c', 'third', 0, 'third, revised');
    const d1 = talk('d', 'new', 0);
    const events = [
      v1.events[0]!,
      v1.events[1]!,
      event('c', undefined, [c2]),
      event('d', '2022-01-01', [d1]),
    ];
    const next = corpusFiles('big2', events, [[a1, a2], [b1], [c2], [d1]], EACH_EVENT_BIG);
    const requested: string[] = [];
    await load(next, requested);
    const fetched = requested.map((url) => url.replace('/base/', '')).sort();
    const changed = [...next.manifest.eventFiles, ...next.manifest.talkFiles]
      .map((f) => f.url)
      .filter(
        (url) =>
          ![...big.manifest.eventFiles, ...big.manifest.talkFiles].some((f) => f.url === url),
      );
    // The manifest and the changed event files; no talk file (the reader's did not change).
    expect(fetched).toEqual(
      [next.manifestUrl, ...changed.filter((url) => url.includes('events-'))].sort(),
    );
    expect(await db.getAllKeys('talks')).toEqual(['a/one', 'a/two', 'b/only']);
    expect(await db.getAllKeys('events')).toEqual(['a', 'b']);
    expect(await db.getAllKeys('kept')).toEqual(['a']);
    expect(await db.get('bookmarks', 'b/only')).toMatchObject({ note: 'mine' });
    expect((await getTalk('b/only'))?.title).toBe('only');
  });

  it('a renamed or deleted event alone in its file is not taken for its unchanged neighbour', async () => {
    const { db } = await loadBigWithReaderData('b');
    expect(await db.getAllKeys('talks')).toEqual(['b/only']);

    // `b` becomes `zz-b` (same source file): its file is gone, `a`'s (before it) is unchanged.
    const moved = talk('zz-b', 'only', 0);
    const renamed = corpusFiles(
      'big2',
      [v1.events[0]!, { ...event('zz-b', '2021-01-01', [moved]), source: 'b.md' }, v1.events[2]!],
      [[a1, a2], [moved], [c1]],
      EACH_EVENT_BIG,
    );
    await load(renamed);
    expect(await db.getAllKeys('kept')).toEqual(['zz-b']);
    expect(await db.getAllKeys('events')).toEqual(['zz-b']);
    expect(await db.getAllKeys('talks')).toEqual(['zz-b/only']);
    expect(await db.get('bookmarks', 'zz-b/only')).toMatchObject({ note: 'mine' });

    // Then `zz-b` is deleted: its records go, the bookmark stays (marked gone by its page).
    const deleted = corpusFiles(
      'big3',
      [v1.events[0]!, v1.events[2]!],
      [[a1, a2], [c1]],
      EACH_EVENT_BIG,
    );
    await load(deleted);
    expect(await db.getAllKeys('events')).toEqual([]);
    expect(await db.getAllKeys('talks')).toEqual([]);
    expect(await db.get('bookmarks', 'zz-b/only')).toMatchObject({ note: 'mine' });
  });

  it('a copy removed while it downloads stores nothing more', async () => {
    const big = corpusFiles('big', v1.events, [[a1, a2], [b1], [c1]], { gzip: 3_000_000 });
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: typeof fetch = async (input, init) => {
      if (String(input).includes('talks-')) await gate;
      return fakeFetch(big.files)(input, init);
    };
    await loadCorpus({ base: '/base/', manifestUrl: big.manifestUrl, version: 'big', fetch: slow });
    const copying = startOfflineCopy();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await removeOfflineCopy();
    release();
    await copying;
    const db = await getDB();
    expect(await db.count('talks')).toBe(0);
    expect(await db.count('files')).toBe(0);
    expect(offlineCopyState()).toMatchObject({ phase: 'none', declined: true });
  });

  it('follows a renamed event: its keep moves, and its bookmarked talk is stored under the new id', async () => {
    const big = corpusFiles('big', v1.events, [[a1, a2], [b1], [c1]], { gzip: 3_000_000 });
    await load(big);
    await keepEvent('a');
    const db = await getDB();
    await putBookmark(db, 'a/one', 'mine');
    // `a` becomes `zz-a` (same source file): its id now sorts after every other event.
    const moved = [talk('zz-a', 'one', 0), talk('zz-a', 'two', 1)];
    const next = corpusFiles(
      'big2',
      [{ ...event('zz-a', '2020-01-01', moved), source: 'a.md' }, v1.events[1]!, v1.events[2]!],
      [moved, [b1], [c1]],
      { gzip: 3_000_000 },
    );
    await load(next);
    expect(await db.getAllKeys('kept')).toEqual(['zz-a']);
    expect((await db.getAllKeys('talks')).sort()).toEqual(['zz-a/one', 'zz-a/two']);
    expect(await db.get('bookmarks', 'zz-a/one')).toMatchObject({ note: 'mine', eventId: 'zz-a' });
  });

  it('a repair asked for offline keeps the copy, and happens at the next start online', async () => {
    await load(v1);
    const offline = () => Promise.reject(new TypeError('offline'));
    await loadCorpus(
      { base: '/base/', manifestUrl: v1.manifestUrl, version: 'v1', fetch: offline },
      { repair: true },
    );
    const db = await getDB();
    expect(await db.count('talks')).toBe(4); // kept: offline, the damaged copy beats none
    expect((await db.get('corpusMeta', 'current'))?.damaged).toBe(true);

    const requested: string[] = [];
    await load(v1, requested);
    expect(requested.some((url) => url.includes('talks-'))).toBe(true);
    expect((await db.get('corpusMeta', 'current'))?.damaged).toBeUndefined();
    expect(await db.count('talks')).toBe(4);
  });
});
