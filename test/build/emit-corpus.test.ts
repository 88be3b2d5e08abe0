import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { emitCorpus, TALK_RUNS } from '../../src/build/emit-corpus';
import { contentRuns } from '../../src/build/content-runs';
import type { BuiltCorpusData } from '../../src/build/pipeline';
import type { CorpusManifest, EventRecord, TalkRecord } from '../../src/shared/types';
import { seededRandom } from '../../scripts/seeded-random';

const WORDS =
  'cluster node pod service mesh proxy sidecar ingress gateway storage volume claim schedule quota rollout canary deploy image registry scan policy audit trace metric log alert'.split(
    ' ',
  );

/** `count` events of one to three talks each, with a few hundred words of text per talk. */
function corpusOf(count: number, seed = 7): BuiltCorpusData {
  const random = seededRandom(seed);
  const events: EventRecord[] = [];
  const talks: TalkRecord[] = [];
  for (let n = 0; n < count; n++)
    events.push(...eventWithTalks(`event-${n.toString(36)}-${n}`, random, talks));
  return {
    events,
    talks,
    warnings: [],
    readerOf: new Map(),
    fileCount: count,
    newestSource: '2026-01-01',
  };
}

function eventWithTalks(id: string, random: () => number, talks: TalkRecord[]): EventRecord[] {
  const talkIds: string[] = [];
  const talkCount = 1 + Math.floor(random() * 3);
  for (let t = 0; t < talkCount; t++) {
    const words = Array.from(
      { length: 100 + Math.floor(random() * 400) },
      () => WORDS[Math.floor(random() * WORDS.length)],
    );
    const talk: TalkRecord = {
      id: `${id}/t${t}`,
      slug: `t${t}`,
      eventId: id,
      index: t,
      title: words.slice(0, 5).join(' '),
      speakers: [],
      language: 'en',
      readingMinutes: 1,
      links: [],
      blocks: [{ kind: 'paragraph', content: [{ kind: 'text', text: words.join(' ') }] }],
    };
    talks.push(talk);
    talkIds.push(talk.id);
  }
  return [
    {
      id,
      title: id,
      tags: [],
      kind: 'meetup',
      description: [],
      source: `${id}.md`,
      talkIds,
      languages: ['en'],
    },
  ];
}

const dataBytes = (manifest: CorpusManifest, urls?: Set<string>) =>
  [...manifest.eventFiles, ...manifest.talkFiles]
    .filter((file) => !urls || !urls.has(file.url))
    .reduce((sum, file) => sum + file.gzip, 0);

describe('emitCorpus cuts files by content', () => {
  it('adding one document to 3,500 changes under 5% of the bytes, the index included', () => {
    const base = corpusOf(3500);
    const before = emitCorpus(base);
    const extra: TalkRecord[] = [];
    const added = eventWithTalks('event-added-in-the-middle', seededRandom(99), extra);
    const after = emitCorpus({
      ...base,
      events: [...base.events, ...added],
      talks: [...base.talks, ...extra],
    });

    const oldUrls = [...before.manifest.eventFiles, ...before.manifest.talkFiles].map((f) => f.url);
    const changedData = dataBytes(after.manifest, new Set(oldUrls));
    expect(changedData).toBeGreaterThan(0);
    expect(changedData / dataBytes(after.manifest)).toBeLessThan(0.05);
    expect(after.manifest.talkCount).toBe(before.manifest.talkCount + extra.length);

    const gzip = (files: Array<{ source: string }>) =>
      files.reduce((sum, file) => sum + gzipSync(file.source).length, 0);
    const old = new Set(before.files.map((file) => file.fileName));
    const isSearch = (file: { fileName: string }) => file.fileName.startsWith('data/search/');
    const changed = after.files.filter((file) => !old.has(file.fileName));
    // The index is in segments, and the new document rewrote few of them.
    expect(after.files.filter((f) => /\/segment\./.test(f.fileName)).length).toBeGreaterThan(4);
    expect(gzip(changed.filter(isSearch)) / gzip(after.files.filter(isSearch))).toBeLessThan(0.35);
    expect(gzip(changed) / gzip(after.files)).toBeLessThan(0.05);
  });

  it('the same corpus in another order gives the same event and talk files', () => {
    const base = corpusOf(300);
    const shuffled = {
      ...base,
      events: [...base.events].reverse(),
      talks: [...base.talks].reverse(),
    };
    const urls = (manifest: CorpusManifest) =>
      [...manifest.eventFiles, ...manifest.talkFiles].map((file) => file.url);
    expect(urls(emitCorpus(shuffled).manifest)).toEqual(urls(emitCorpus(base).manifest));
  });

  it('lists files in event-id order, each event whole in one talk file', () => {
    const { manifest, files } = emitCorpus(corpusOf(600));
    const firsts = manifest.talkFiles.map((file) => file.first);
    expect([...firsts].sort()).toEqual(firsts);
    const seen = new Set<string>();
    for (const file of manifest.talkFiles) {
      const talks = JSON.parse(files.find((f) => f.fileName === file.url)!.source) as TalkRecord[];
      expect(talks[0]!.eventId).toBe(file.first);
      for (const eventId of new Set(talks.map((t) => t.eventId))) {
        expect(seen.has(eventId)).toBe(false);
        seen.add(eventId);
      }
    }
    expect(seen.size).toBe(600);
  });
});

describe('contentRuns', () => {
  it('keeps runs between the minimum and the maximum, except one item bigger than the maximum', () => {
    const items = Array.from({ length: 400 }, (_, n) => ({
      key: `k${n}`,
      records: [n === 200 ? 'x'.repeat(TALK_RUNS.maxBytes * 2) : 'y'.repeat(5_000)],
    }));
    const runs = contentRuns(items, TALK_RUNS);
    expect(runs.flat()).toHaveLength(400);
    const sizes = runs.map((run) =>
      run.reduce((sum, item) => sum + item.records[0]!.length + 1, 0),
    );
    for (const [n, size] of sizes.entries()) {
      if (size > TALK_RUNS.maxBytes) expect(runs[n]).toHaveLength(1);
      else if (n < sizes.length - 1 && runs[n + 1]![0]!.key !== 'k200') {
        expect(size).toBeGreaterThanOrEqual(TALK_RUNS.minBytes);
      }
    }
  });
});
