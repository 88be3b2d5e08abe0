// The index cut by document into segments: the same answers as one index, one shard per segment
// per word, and files that depend only on their own segment's documents.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/build/search-index';
import { planSegments, type SegmentOptions } from '../../src/build/search-segments';
import { openSearchEngine } from '../../src/search/engine';
import { docTalkId, type SearchManifest, type SearchRoot } from '../../src/search/index-format';
import type { EventRecord, TalkRecord } from '../../src/shared/types';
import { FIXTURE_QUERIES, fixtureEvents, fixtureTalks } from './fixture';
import { openInMemory } from './open-engine';

/** Segments of one event each: the fixture's three events make three. */
const TINY: SegmentOptions = { singleBelow: 0, minWeight: 1, target: 1000 };

async function open(events: EventRecord[], talks: TalkRecord[], segmenting?: SegmentOptions) {
  const opened = await openInMemory(events, talks, undefined, undefined, segmenting);
  const entry = JSON.parse(opened.built.files.at(-1)!.source) as SearchRoot | SearchManifest;
  return { ...opened, entry };
}

describe('search index segments', () => {
  it('keeps a small corpus one segment, its manifest the entry point', async () => {
    const { entry } = await open(fixtureEvents, fixtureTalks);
    expect(entry.format).toBe(2);
    expect(planSegments(fixtureTalks)).toEqual([fixtureTalks]);
  });

  it('lists the segments in a root, every file it names emitted, every talk in one segment', async () => {
    const { entry, files, engine } = await open(fixtureEvents, fixtureTalks, TINY);
    expect(entry.format).toBe(3);
    const root = entry as SearchRoot;
    expect(root.segments).toHaveLength(fixtureEvents.length);
    expect(files.has(root.lexicon)).toBe(true);
    const segments = root.segments.map((path) => JSON.parse(files.get(path)!) as SearchManifest);
    for (const segment of segments)
      for (const [, path] of segment.shards) expect(files.has(path)).toBe(true);
    const segmentTalks = planSegments(fixtureTalks, TINY);
    expect(
      segmentTalks
        .flat()
        .map((t) => t.id)
        .sort(),
    ).toEqual(fixtureTalks.map((t) => t.id).sort());
    // Whole events: no event in two segments.
    const eventSegments = segmentTalks.map((talks) => new Set(talks.map((t) => t.eventId)));
    for (const [n, a] of eventSegments.entries())
      for (const b of eventSegments.slice(n + 1)) for (const id of a) expect(b.has(id)).toBe(false);
    expect(engine.manifest.docs).toHaveLength(fixtureTalks.length);
  });

  it('answers as one index does: the same talks in the same order', async () => {
    const one = await open(fixtureEvents, fixtureTalks);
    const many = await open(fixtureEvents, fixtureTalks, TINY);
    for (const text of [...FIXTURE_QUERIES, 'deploymen']) {
      const a = await one.engine.search({ text });
      const b = await many.engine.search({ text });
      expect(a.hits.length, text).toBeGreaterThan(0);
      expect(
        b.hits.map((h) => h.talkId),
        text,
      ).toEqual(a.hits.map((h) => h.talkId));
      expect(b.corrected, text).toBe(a.corrected);
    }
    const filters = { year: '2020' };
    const filtered = await many.engine.search({ text: 'kubernetes', filters });
    expect(filtered.hits.length).toBeGreaterThan(0);
    expect(filtered.hits.every((h) => h.talkId.startsWith('kubecon-2020/'))).toBe(true);
    expect(filtered.hits.map((h) => h.talkId)).toEqual(
      (await one.engine.search({ text: 'kubernetes', filters })).hits.map((h) => h.talkId),
    );
  });

  it('scales each segment to the corpus idf: a word in one segment weighs as in one index', async () => {
    // "skaffold" is in one talk: in a segment of few talks its own idf would be far lower.
    const one = await open(fixtureEvents, fixtureTalks);
    const many = await open(fixtureEvents, fixtureTalks, TINY);
    const [a] = (await one.engine.search({ text: 'skaffold ' })).hits;
    const [b] = (await many.engine.search({ text: 'skaffold ' })).hits;
    expect(b!.talkId).toBe(a!.talkId);
    expect(Math.abs(b!.score / a!.score - 1)).toBeLessThan(0.08); // 0.19 unscaled
  });

  it('a segment whose shard fails loses its matches, and does not make a word look rare in the others', async () => {
    const all = await open(fixtureEvents, fixtureTalks, TINY);
    const built = all.built;
    const files = new Map(built.files.map((f) => [f.fileName, f.source]));
    const root = JSON.parse(built.files.at(-1)!.source) as SearchRoot;
    const first = JSON.parse(files.get(root.segments[0]!)!) as SearchManifest;
    const failing = new Set(first.shards.map(([, path]) => path));
    const engine = await openSearchEngine(built.manifestFileName, async (path) => {
      if (failing.has(path)) throw new Error('offline');
      return JSON.parse(files.get(path)!);
    });
    const whole = await all.engine.search({ text: 'kubernetes ' });
    const partial = await engine.search({ text: 'kubernetes ' });
    const lost = new Set(first.docs.map((row) => docTalkId(first, row)));
    expect(partial.hits.map((h) => h.talkId)).toEqual(
      whole.hits.map((h) => h.talkId).filter((id) => !lost.has(id)),
    );
    // The word's count in the segments that answered stands for the corpus in proportion: with
    // segments of one event each the estimate is rough (1.8x here), where leaving the failed
    // segment's count out made the word look rare (2.6x).
    for (const hit of partial.hits) {
      const same = whole.hits.find((h) => h.talkId === hit.talkId)!;
      expect(hit.score / same.score).toBeLessThan(2);
    }
  });

  it('reads one shard per segment for a word, and the segment manifests once', async () => {
    const { engine, fetched, entry } = await open(fixtureEvents, fixtureTalks, TINY);
    const segments = (entry as SearchRoot).segments.length;
    expect(fetched).toHaveLength(1 + segments);
    await engine.search({ text: 'vitess ' });
    expect(fetched.length - 1 - segments).toBeLessThanOrEqual(segments);
  });

  it('loads ahead, for the first letter of a word, the shards its search then reads', async () => {
    const { engine, fetched, entry } = await open(fixtureEvents, fixtureTalks, TINY);
    const opened = fetched.length;
    await engine.warm('Vi');
    const warmed = fetched.slice(opened);
    expect(warmed.length).toBeGreaterThan(0);
    expect(warmed.length).toBeLessThanOrEqual((entry as SearchRoot).segments.length * 3);
    const hits = (await engine.search({ text: 'vit' })).hits.map((h) => h.talkId);
    expect(hits.length).toBeGreaterThan(0);
    // every shard the search needed was already in memory (the lexicon aside)
    expect(fetched.slice(opened + warmed.length).filter((p) => !/lexicon/.test(p))).toEqual([]);
    await engine.warm('');
    await engine.warm('vitess vi');
  });

  it('writes the same segment files whatever the order of the input', () => {
    const names = (talks: TalkRecord[]) =>
      buildSearchIndex(fixtureEvents, talks, undefined, TINY)
        .files.map((f) => f.fileName)
        .filter((name) => !/\/(root|lexicon)\./.test(name))
        .sort();
    expect(names([...fixtureTalks].reverse())).toEqual(names(fixtureTalks));
  });
});
