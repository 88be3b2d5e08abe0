import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/build/pipeline';
import type { SearchEngine } from '../../src/search/engine';
import type { TalkRecord } from '../../src/shared/types';
import { openInMemory } from './open-engine';

// The default corpus through the real pipeline; each query names what must rank first.
const TABLE: Array<[string, (talk: TalkRecord) => boolean]> = [
  ['vitess', (t) => t.title === 'CNCF Project Updates'],
  ['haproxy', (t) => t.speakers.some((s) => s.name === 'Willy Tarreau')],
  ['skaffold', (t) => /istio/i.test(t.title)],
  ['облака', (t) => t.title.startsWith('Dropbox')],
  ['网络', (t) => /network policy/i.test(t.title)],
  ['dugue', (t) => t.speakers.some((s) => s.name === 'Matthias Dugué')],
  ['Dugué', (t) => t.speakers.some((s) => s.name === 'Matthias Dugué')],
  ['willy', (t) => t.speakers.some((s) => s.name === 'Willy Tarreau')],
  ['kube', (t) => /\bkube/i.test(t.title)],
];

describe('ranking on the default corpus', () => {
  let engine: SearchEngine;
  let talks: Map<string, TalkRecord>;
  beforeAll(async () => {
    const data = buildCorpus(path.resolve('corpus'));
    talks = new Map(data.talks.map((t) => [t.id, t]));
    ({ engine } = await openInMemory(data.events, data.talks));
  });

  it.each(TABLE)('%s ranks the expected talk first', async (text, expected) => {
    const res = await engine.search({ text });
    expect(res.mode).toBe('exact');
    const first = talks.get(res.hits[0]?.talkId ?? '');
    expect(first && expected(first)).toBe(true);
  });

  it('matches "kube" as a prefix of longer words', async () => {
    const res = await engine.search({ text: 'kube' });
    const matched = new Set(res.hits.flatMap((h) => h.matched));
    expect(matched.has('kubernet')).toBe(true);
    expect(await engine.search({ text: 'kube ' })).not.toEqual(res);
  });

  it('answers a typo in fuzzy mode', async () => {
    const res = await engine.search({ text: 'prometeus' });
    expect(res.mode).toBe('fuzzy');
    expect(res.hits[0].matched).toContain('prometheu');
    expect(talks.get(res.hits[0].talkId)!.title).toMatch(/prometheus/i);
  });

  it('finds Russian inflections', async () => {
    const res = await engine.search({ text: 'облаков' });
    expect(talks.get(res.hits[0].talkId)!.title).toMatch(/^Dropbox/);
  });
});
