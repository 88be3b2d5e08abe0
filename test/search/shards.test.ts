import { describe, expect, it } from 'vitest';
import { buildLunrIndex, buildSearchIndex } from '../../src/build/search-index';
import { indexTerms } from '../../src/search/analyzer';
import type { SearchManifest } from '../../src/search/index-format';
import { fixtureEvents, fixtureTalks } from './fixture';
import { openInMemory } from './open-engine';

const WHOLE = { splitBytes: Infinity, cjkBucketBytes: Infinity };
const FINE = { splitBytes: 0, cjkBucketBytes: 1 };

describe('split search index', () => {
  it('emits hashed files under data/search/ and a manifest that names them all', () => {
    const built = buildSearchIndex(fixtureEvents, fixtureTalks);
    for (const f of built.files)
      expect(f.fileName).toMatch(/^data\/search\/[\w-]+\.[0-9a-f]{8}\.json$/);
    const manifest = JSON.parse(
      built.files.find((f) => f.fileName === built.manifestFileName)!.source,
    ) as SearchManifest;
    const names = new Set(built.files.map((f) => f.fileName));
    for (const path of Object.values(manifest.shards)) expect(names.has(path)).toBe(true);
    expect(manifest.docs).toHaveLength(fixtureTalks.length);
  });

  it('splits big first-character shards by the second character when asked', () => {
    const whole = buildSearchIndex(fixtureEvents, fixtureTalks, WHOLE);
    const fine = buildSearchIndex(fixtureEvents, fixtureTalks, FINE);
    expect(fine.files.length).toBeGreaterThan(whole.files.length);
    const manifest = JSON.parse(fine.files.at(-1)!.source) as SearchManifest;
    expect(manifest.split).toContain('k');
    expect(manifest.cjkBuckets).toBeGreaterThan(1);
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
    for (const text of [
      'kubernetes skaffold',
      'kube',
      'облака rust',
      '网络策略',
      'prometeus',
      'service mesh te',
    ]) {
      expect(await fine.engine.search({ text })).toEqual(await whole.engine.search({ text }));
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
});
