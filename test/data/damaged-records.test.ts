import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDB } from '../../src/data/db';
import { freshDatabase } from './support/fixtures';
import { loadCorpus } from '../../src/data/corpus-loader';
import { onCorpusDamage, resetCorpusState } from '../../src/data/corpus-state';
import {
  getEvent,
  getTalk,
  getTalksOfEvent,
  allEvents,
  byDateDesc,
} from '../../src/data/corpus-store';
import { listBookmarks, listBookmarkedIds } from '../../src/data/bookmarks';
import { listFinishedIds, listUnfinished } from '../../src/data/positions';
import { checkBlocks, checkInlines, MAX_RENDER_DEPTH } from '../../src/data/record-check';
import { inlineText } from '../../src/shared/blocks-text';
import { corpusFiles, event, fakeFetch, talk } from './corpus-fixture';

const x = [talk('x', 'a', 0), talk('x', 'b', 1)];
const y = [talk('y', 'c', 0)];
const v1 = corpusFiles('v1', [event('x', '2019-05-01', x), event('y', '2024-02-02', y)], [x, y]);
const renamedTalk = talk('x2', 'a', 0);
const v2 = corpusFiles(
  'v2',
  [{ ...event('x2', '2019-05-01', [renamedTalk]), source: 'x.md' }],
  [[renamedTalk]],
);

async function load(corpus: typeof v1, requested: string[] = [], options = {}) {
  await loadCorpus(
    {
      base: '/base/',
      manifestUrl: corpus.manifestUrl,
      version: corpus.manifest.version,
      fetch: fakeFetch(corpus.files, requested),
    },
    options,
  );
}

// Writes a record as anything else could have: no validation, any shape.
async function writeRaw(store: string, value: unknown, key?: IDBValidKey): Promise<void> {
  const db = await getDB();
  const tx = (db as unknown as IDBPRaw).transaction(store, 'readwrite');
  await tx.objectStore(store).put(value, key);
  await tx.done;
}
interface IDBPRaw {
  transaction(
    store: string,
    mode: 'readwrite',
  ): {
    objectStore(name: string): { put(v: unknown, k?: IDBValidKey): Promise<unknown> };
    done: Promise<void>;
  };
}

beforeEach(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  await freshDatabase();
  resetCorpusState();
  await load(v1);
});

describe('damaged corpus records', () => {
  it('leaves out an event without fields, lists the rest, and asks for a repair', async () => {
    const damage = vi.fn();
    const off = onCorpusDamage(damage);
    await writeRaw('events', { id: 'broken' });
    const events = (await allEvents()).sort(byDateDesc);
    off();
    expect(events.map((e) => e.id)).toEqual(['y', 'x']);
    expect(damage).toHaveBeenCalled();
    expect(await getEvent('broken')).toBeUndefined();
  });

  it('repairs a talk with malformed blocks into renderable ones, and asks for a repair', async () => {
    const damage = vi.fn();
    const off = onCorpusDamage(damage);
    await writeRaw('talks', {
      ...x[0],
      blocks: [
        { kind: 'paragraph', content: 'not an array' },
        { kind: 'list', items: [[{ kind: 'paragraph', content: [{ kind: 'text', text: 'ok' }] }]] },
        { kind: 'script', text: 'alert(1)' },
        null,
        { kind: 'heading', level: 9, content: [{ kind: 'strong' }] },
      ],
    });
    const read = await getTalk('x/a');
    expect(read?.blocks).toEqual([
      { kind: 'paragraph', content: [] },
      {
        kind: 'list',
        ordered: false,
        items: [[{ kind: 'paragraph', content: [{ kind: 'text', text: 'ok' }] }]],
      },
      { kind: 'heading', level: 2, content: [{ kind: 'strong', children: [] }] },
    ]);
    // its lost blocks come back only from the network: the copy is fetched again
    expect(damage).toHaveBeenCalled();
    off();
    expect((await getTalksOfEvent('x')).map((t) => t.id)).toEqual(['x/a', 'x/b']);
  });

  it('asks for no repair when every record reads whole', async () => {
    const damage = vi.fn();
    const off = onCorpusDamage(damage);
    expect((await getTalksOfEvent('x')).map((t) => t.id)).toEqual(['x/a', 'x/b']);
    expect((await allEvents()).length).toBe(2);
    off();
    expect(damage).not.toHaveBeenCalled();
  });

  it('flattens blocks nested deeper than the renderer allows, keeping their text', async () => {
    let deep: unknown = { kind: 'paragraph', content: [{ kind: 'text', text: 'bottom' }] };
    for (let i = 0; i < 200; i++) deep = { kind: 'quote', blocks: [deep] };
    await writeRaw('talks', { ...x[0], blocks: [deep] });
    const read = await getTalk('x/a');
    let depth = 0;
    let block = read!.blocks[0]!;
    while (block.kind === 'quote') {
      depth++;
      block = block.blocks[0]!;
    }
    expect(depth).toBeLessThanOrEqual(64);
    expect(block).toEqual({ kind: 'paragraph', content: [{ kind: 'text', text: 'bottom' }] });
  });

  it('fetches the corpus again when a store does not match its version marker', async () => {
    const db = await getDB();
    await db.clear('events');
    const requested: string[] = [];
    await load(v1, requested);
    expect(requested).toContain('/base/corpus/manifest-v1.json');
    expect((await allEvents()).sort(byDateDesc).map((e) => e.id)).toEqual(['y', 'x']);
  });

  it('a read made while a damaged store is being replaced waits for the fetched corpus', async () => {
    const db = await getDB();
    await db.clear('events');
    resetCorpusState();
    const loading = load(v1);
    const events = (await allEvents()).sort(byDateDesc); // asked at once, as the first page does
    await loading;
    expect(events.map((e) => e.id)).toEqual(['y', 'x']);
  });

  it('a repair fetches and stores the same version again', async () => {
    await writeRaw('talks', { id: 'x/a' }); // no title: unreadable
    // Meanwhile the unreadable record is read from the network.
    expect((await getTalk('x/a'))?.title).toBe(x[0]!.title);
    const requested: string[] = [];
    await load(v1, requested, { repair: true });
    expect(requested.length).toBeGreaterThan(0);
    expect((await getTalk('x/a'))?.title).toBe(x[0]!.title);
  });
});

describe("the reader's damaged records", () => {
  it('never let a malformed position block an update; bookmarks are repaired, never dropped', async () => {
    await writeRaw('positions', { talkId: 42 });
    await writeRaw('positions', { talkId: 'x/b', progress: 'far' });
    await writeRaw('positions', { talkId: 'x/a', progress: 0.5, finished: false, updatedAt: 5 });
    await writeRaw('bookmarks', { talkId: 7 });
    await writeRaw('bookmarks', {
      talkId: 'x/a',
      eventId: 'x',
      talkTitle: 'A',
      eventTitle: 'X',
      note: 'mine',
      createdAt: 3,
      updatedAt: 3,
    });

    await load(v2);
    const db = await getDB();
    expect((await db.get('corpusMeta', 'current'))?.version).toBe('v2');
    // the renamed event's bookmark and position followed it
    const bookmarks = await listBookmarks();
    expect(bookmarks.map((b) => b.talkId).sort()).toEqual(['7', 'x2/a']);
    expect(bookmarks.find((b) => b.talkId === 'x2/a')?.note).toBe('mine');
    expect(await listBookmarkedIds()).toEqual(new Set(['7', 'x2/a']));
    expect((await listUnfinished()).map((p) => p.talkId)).toEqual(['x2/a']);
    expect(await db.getAllKeys('positions')).toEqual(['x2/a']);
  });

  it('lists a bookmark missing its dates, repaired for display', async () => {
    await writeRaw('bookmarks', { talkId: 'x/a', note: 5 });
    const [bookmark] = await listBookmarks();
    expect(bookmark).toMatchObject({ talkId: 'x/a', eventId: 'x', talkTitle: 'x/a', note: '' });
    expect(Number.isFinite(bookmark!.createdAt)).toBe(true);
  });

  it('skips malformed positions when listing', async () => {
    await writeRaw('positions', { talkId: 'x/a', progress: 1, finished: true, updatedAt: 1 });
    await writeRaw('positions', { talkId: 'x/b', progress: null, finished: true });
    expect(await listFinishedIds()).toEqual(new Set(['x/a']));
  });
});

describe('checkBlocks and checkInlines', () => {
  it('cut any depth to the renderer limit without recursing through it', () => {
    let blocks: unknown = { kind: 'paragraph', content: [{ kind: 'text', text: 'end' }] };
    for (let i = 0; i < 100_000; i++) blocks = { kind: 'list', ordered: false, items: [[blocks]] };
    let inlines: unknown = { kind: 'text', text: 'deep' };
    for (let i = 0; i < 100_000; i++) inlines = { kind: 'strong', children: [inlines] };

    const [list] = checkBlocks([blocks]);
    let depth = 0;
    let block = list!;
    while (block.kind === 'list') {
      depth++;
      block = block.items[0]![0]!;
    }
    expect(depth).toBe(MAX_RENDER_DEPTH);
    expect(block).toEqual({ kind: 'paragraph', content: [{ kind: 'text', text: 'end' }] });

    const [strong] = checkInlines([inlines]);
    expect(inlineText([strong!])).toBe('deep');
  });
});
