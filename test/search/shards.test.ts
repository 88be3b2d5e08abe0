import { describe, expect, it } from 'vitest';
import { buildLunrIndex, buildSearchIndex } from '../../src/build/search-index';
import { indexTerms } from '../../src/search/analyzer';
import { docTalkId } from '../../src/search/index-format';
import type { SearchManifest, SearchShard } from '../../src/search/index-format';
import { FIXTURE_QUERIES, fixtureEvents, fixtureTalks } from './fixture';
import { openInMemory } from './open-engine';

const WHOLE = { shardBytes: Infinity };
const FINE = { shardBytes: 400 };

describe('split search index', () => {
  it('emits hashed files under data/search/ and a manifest that names them all', () => {
    const built = buildSearchIndex(fixtureEvents, fixtureTalks);
    for (const f of built.files)
      expect(f.fileName).toMatch(/^data\/search\/[\w-]+\.[0-9a-f]{8}\.json$/);
    const manifest = JSON.parse(
      built.files.find((f) => f.fileName === built.manifestFileName)!.source,
    ) as SearchManifest;
    const names = new Set(built.files.map((f) => f.fileName));
    for (const [, path] of manifest.shards) expect(names.has(path)).toBe(true);
    expect(manifest.docs).toHaveLength(fixtureTalks.length);
    expect(manifest.docs.map((row) => docTalkId(manifest, row))).toEqual(
      fixtureTalks.map((t) => t.id),
    );
  });

  it('writes talk ids short when they repeat their event id, and any id back exactly', () => {
    const [event] = fixtureEvents;
    const talk = fixtureTalks.find((t) => t.eventId === event.id)!;
    const ids = [
      `${event.id}/${event.id}`,
      `${event.id}/${event.id.slice(0, 3)}`,
      `${event.id}/<2`,
    ];
    const talks = [...ids, `${event.id}/`, 'elsewhere/x'].map((id) => ({ ...talk, id }));
    const built = buildSearchIndex(fixtureEvents, talks);
    const manifest = JSON.parse(built.files.at(-1)!.source) as SearchManifest;
    expect(manifest.docs.slice(0, 2).map((row) => row[1])).toEqual([`<${event.id.length}`, '<3']);
    expect(manifest.docs.map((row) => docTalkId(manifest, row))).toEqual(talks.map((t) => t.id));
  });

  it('cuts the sorted terms into consecutive shards of about the asked size', () => {
    const whole = buildSearchIndex(fixtureEvents, fixtureTalks, WHOLE);
    const fine = buildSearchIndex(fixtureEvents, fixtureTalks, FINE);
    const shardFiles = (index: typeof whole) => index.files.filter((f) => /\/s-/.test(f.fileName));
    expect(shardFiles(whole)).toHaveLength(1);
    expect(whole.files).toHaveLength(3); // the shard, the lexicon, the manifest
    expect(shardFiles(fine).length).toBeGreaterThan(10);
    const manifest = JSON.parse(fine.files.at(-1)!.source) as SearchManifest;
    const shards = shardFiles(fine).map((f) => JSON.parse(f.source) as SearchShard);
    const terms = shards.flatMap((s) => s.terms);
    expect(terms).toEqual([...terms].sort());
    expect(new Set(terms).size).toBe(terms.length);
    shards.forEach((s, n) => {
      expect(manifest.shards[n][0]).toBe(s.terms[0]);
      // Only a shard of one term (whose postings alone pass the size) may exceed it.
      if (s.terms.length > 1) expect(shardFiles(fine)[n].source.length).toBeLessThan(400 * 1.5);
    });
  });

  it('scores a single word exactly as the unsplit lunr index does', async () => {
    const lunrIndex = buildLunrIndex(new Map(fixtureEvents.map((e) => [e.id, e])), fixtureTalks);
    const { engine } = await openInMemory(fixtureEvents, fixtureTalks, FINE);
    for (const word of ['kubernetes', 'skaffold', 'облака', 'prometheus', 'service']) {
      const [term] = indexTerms(word);
      const expected = lunrIndex
        .query((q) => q.term(term, { usePipeline: false }))
        .map((r) => [fixtureTalks[Number(r.ref)].id, Math.round(r.score * 1000) / 1000]);
      const got = (await engine.search({ text: `${word} ` })).hits.map((h) => [h.talkId, h.score]);
      expect(got).toEqual(expected);
    }
  });

  it('ranks multi-word, prefix and CJK queries the same however finely it is split', async () => {
    const whole = await openInMemory(fixtureEvents, fixtureTalks, WHOLE);
    const fine = await openInMemory(fixtureEvents, fixtureTalks, FINE);
    // A budget of one byte: every shard is dropped as soon as its query is answered.
    const starved = await openInMemory(fixtureEvents, fixtureTalks, FINE, 1);
    for (const text of FIXTURE_QUERIES) {
      const expected = await whole.engine.search({ text });
      expect(expected.hits.length).toBeGreaterThan(0);
      expect(await fine.engine.search({ text })).toEqual(expected);
      expect(await starved.engine.search({ text })).toEqual(expected);
      expect(starved.engine.loaded.shards).toBe(0);
    }
  });

  it('fetches only the manifest and the shards a query needs', async () => {
    const { engine, fetched, fileCount } = await openInMemory(fixtureEvents, fixtureTalks, FINE);
    expect(fetched).toHaveLength(1);
    await engine.search({ text: 'vitess' });
    expect(fetched.length).toBeLessThan(fileCount / 4);
    const before = fetched.length;
    await engine.search({ text: 'vitess' });
    expect(fetched).toHaveLength(before);
  });

  it('keeps loaded shards within the budget while answering', async () => {
    const { engine, fetched } = await openInMemory(fixtureEvents, fixtureTalks, FINE, 500);
    for (const text of ['kubernetes', 'skaffold', 'облака', 'prometheus', 'service mesh']) {
      await engine.search({ text });
      expect(engine.loaded.bytes).toBeLessThanOrEqual(500);
    }
    const before = fetched.length;
    await engine.search({ text: 'kubernetes' });
    expect(fetched.length).toBeGreaterThan(before); // evicted since, so fetched again
  });
});
