// The index's table of short prefixes: a prefix whose kept terms sit in fewer shards than all its
// terms is listed, and the engine then loads only those shards and answers exactly as without it.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/build/search-index';
import type { SegmentOptions } from '../../src/build/search-segments';
import { openSearchEngine } from '../../src/search/engine';
import { MAX_EXPANSIONS } from '../../src/search/expansion';
import type { SearchRoot } from '../../src/search/index-format';
import type { Block, EventRecord, TalkRecord } from '../../src/shared/types';

const SYLLABLES = ['ba', 'de', 'fi', 'go', 'ku', 'la', 'me', 'ni', 'po', 'ru'];
const word = (stem: string, k: number) =>
  `${stem}${SYLLABLES[Math.floor(k / 10)]}${SYLLABLES[k % 10]}`;
// 30 frequent "coa…" words (the kth in 60 - k talks) and 10 rare "coz…" ones (one talk each), so
// "co" has more terms than a search keeps; "ki…" words are few, and all kept.
const TALKS = 60;
const frequent = Array.from({ length: 30 }, (_, k) => word('coa', k));
const rare = Array.from({ length: 10 }, (_, k) => word('coz', k));
const few = Array.from({ length: 3 }, (_, k) => word('ki', k));

const para = (text: string): Block => ({ kind: 'paragraph', content: [{ kind: 'text', text }] });
const talks: TalkRecord[] = Array.from({ length: TALKS }, (_, t) => {
  const eventId = `event-${Math.floor(t / 20)}`;
  const words = [
    ...frequent.filter((_, k) => t < TALKS - k),
    ...rare.filter((_, k) => k === t % rare.length && t < rare.length),
    ...few.filter((_, k) => t % few.length === k),
  ];
  return {
    id: `${eventId}/talk-${t}`,
    slug: `talk-${t}`,
    eventId,
    index: t % 20,
    title: `Talk ${t}`,
    speakers: [],
    language: 'en',
    readingMinutes: 1,
    links: [],
    blocks: [para(words.join(' '))],
  };
});
const events: EventRecord[] = [0, 1, 2].map((n) => ({
  id: `event-${n}`,
  title: `Event ${n}`,
  date: `2024-0${n + 1}-01`,
  tags: [],
  kind: 'conference',
  description: [],
  source: `event-${n}.md`,
  talkIds: talks.filter((t) => t.eventId === `event-${n}`).map((t) => t.id),
  languages: [],
}));
/** One segment per event, and shards of a few terms each. */
const SEGMENTS: SegmentOptions = { singleBelow: 0, minWeight: 1, target: 1000 };
const build = (shardBytes: number) => {
  const built = buildSearchIndex(events, talks, { shardBytes }, SEGMENTS);
  const files = new Map(built.files.map((f) => [f.fileName, f.source]));
  return { built, files, root: JSON.parse(files.get(built.manifestFileName)!) as SearchRoot };
};
const { built, files, root } = build(600);

/** An engine over the index, with or without its prefix table, and the shards it fetched. */
async function open(withTable: boolean, { built, files } = build(600)) {
  const fetched: string[] = [];
  const engine = await openSearchEngine(built.manifestFileName, async (path) => {
    if (path.includes('/s-')) fetched.push(path);
    const json = JSON.parse(files.get(path)!) as Partial<SearchRoot>;
    if (path === built.manifestFileName && !withTable) delete json.prefixes;
    return json;
  });
  return { engine, fetched };
}

describe('prefix table', () => {
  it('lists a short prefix whose terms are cut, with the most frequent terms kept', () => {
    expect(root.format).toBe(3);
    const listed = root.prefixes?.co;
    expect(listed).toHaveLength(MAX_EXPANSIONS);
    expect(new Set(listed)).toEqual(
      new Set(frequent.slice(0, MAX_EXPANSIONS).map((w) => w.replace(/e$/, ''))),
    );
    // "ki" keeps all its terms: nothing to save, not listed.
    expect(root.prefixes?.ki).toBeUndefined();
  });

  it('answers a listed prefix as the engine without the table, loading fewer shards', async () => {
    const listed = await open(true);
    const plain = await open(false);
    for (const text of ['co', 'coa', 'ki co', 'co ki', 'c']) {
      expect(await listed.engine.search({ text, limit: 100 }), text).toEqual(
        await plain.engine.search({ text, limit: 100 }),
      );
    }
    const first = (fetched: string[]) => new Set(fetched).size;
    const a = await open(true);
    const b = await open(false);
    await a.engine.search({ text: 'co' });
    await b.engine.search({ text: 'co' });
    expect(first(a.fetched)).toBeLessThan(first(b.fetched));
  });

  it('warms a first letter with every shard of its words, not only the listed ones', async () => {
    // Shards of a few more terms: "c…" fills few enough per segment to be warmed.
    const index = build(1600);
    expect(index.root.prefixes?.c).toBeDefined();
    const { engine, fetched } = await open(true, index);
    await engine.warm('c');
    const warmed = new Set(fetched).size;
    expect(warmed).toBeGreaterThan(0);
    // The rare "coz…" words sit in shards the table's "c" and "co" do not list.
    await engine.search({ text: 'coz' });
    expect(new Set(fetched).size).toBe(warmed);
  });

  it('ignores a malformed table entry, answering as without it', async () => {
    const damaged = new Map(files);
    damaged.set(
      built.manifestFileName,
      JSON.stringify({ ...root, prefixes: { co: ['zz'], constructor: 5, ki: 'x' } }),
    );
    const engine = await openSearchEngine(built.manifestFileName, async (path) =>
      JSON.parse(damaged.get(path)!),
    );
    const { engine: plain } = await open(false);
    for (const text of ['co', 'ki', 'constructor'])
      expect(await engine.search({ text }), text).toEqual(await plain.search({ text }));
  });
});
