import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../src/search/engine';
import { fixtureEvents, fixtureTalks } from './fixture';
import { openInMemory } from './open-engine';

const ids = async (engine: SearchEngine, text: string, filters = {}) =>
  (await engine.search({ text, filters })).hits.map((h) => h.talkId);

describe('search engine', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    ({ engine } = await openInMemory(fixtureEvents, fixtureTalks));
  });

  it('ranks a title or speaker match above a body match', async () => {
    expect((await ids(engine, 'kubernetes '))[0]).toBe('devoxx-2019/kubernetes-deployments');
    expect((await ids(engine, 'tarreau'))[0]).toBe('devoxx-2019/haproxy-internals');
  });

  it('ranks talks matching every word above those matching some', async () => {
    const res = await engine.search({ text: 'kubernetes skaffold' });
    const flags = res.hits.map((h) => h.allTerms);
    expect(flags[0]).toBe(true);
    expect(flags.indexOf(false)).toBeGreaterThan(flags.lastIndexOf(true));
  });

  it('matches the last word as a prefix while it is typed, from two characters', async () => {
    expect(await ids(engine, 'skaf')).toContain('kubecon-2020/istio');
    expect(await ids(engine, 'skaf ')).toEqual([]);
    expect((await engine.search({ text: 'v' })).mode).toBe('none');
    expect(await ids(engine, 'deploymen')).toContain('devoxx-2019/kubernetes-deployments');
  });

  it('falls back to one-typo matches and says so', async () => {
    const res = await engine.search({ text: 'prometeus ' });
    expect(res.mode).toBe('fuzzy');
    expect(res.hits[0].talkId).toBe('devoxx-2019/observability');
    expect((await engine.search({ text: 'zzzzqqq' })).mode).toBe('none');
  });

  it('applies event, year, language and talk filters', async () => {
    expect(await ids(engine, 'kubernetes', { eventId: 'kubecon-2020' })).not.toContain(
      'devoxx-2019/kubernetes-deployments',
    );
    expect(await ids(engine, 'kubernetes', { year: '2019' })).toEqual(
      expect.arrayContaining(['devoxx-2019/kubernetes-deployments', 'devoxx-2019/observability']),
    );
    expect(await ids(engine, 'kubernetes', { year: '2019', language: 'zh' })).toEqual([]);
    expect(await ids(engine, 'облака', { language: 'ru' })).toHaveLength(2);
    expect(await ids(engine, 'kubernetes', { onlyTalkIds: ['kubecon-2020/istio'] })).toEqual([
      'kubecon-2020/istio',
    ]);
  });

  it('reports the total before the limit and the matched index terms', async () => {
    const res = await engine.search({ text: 'kubernetes', limit: 1 });
    expect(res.hits).toHaveLength(1);
    expect(res.total).toBeGreaterThan(1);
    expect(res.hits[0].matched).toContain('kubernet');
  });
});
