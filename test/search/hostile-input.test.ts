import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../src/search/engine';
import { fixtureEvents, fixtureTalks } from './fixture';
import { openInMemory } from './open-engine';

const HOSTILE: Array<[string, string]> = [
  ['empty', ''],
  ['spaces', '   \t\n '],
  ['lunr field syntax', 'foo:'],
  ['lunr field only', 'title:'],
  ['minus', '-'],
  ['plus', '+'],
  ['tilde', '~'],
  ['boost', '^2'],
  ['lone wildcard', '*'],
  ['wildcards', '*ku*be* k* *'],
  ['mixed syntax', '+title:kube* -body:foo~2 ^10'],
  ['lone surrogates', '\ud800kube\udfff\ud83d'],
  ['control characters', '\u0000\u0001\u0008\u001b[31mkube\u202e\u200b'],
  ['markup', '<script>alert(1)</script><img src=x onerror=alert(1)>'],
  ['emoji flood', '🙂'.repeat(5_000)],
  ['long word', 'k'.repeat(10_000)],
  ['many words', 'kubernetes skaffold '.repeat(500)],
  ['markup flood', '<b>kube</b>'.repeat(1_000)],
  ['CJK flood', '网络'.repeat(5_000)],
  ['regex metacharacters', '.*+?^${}()|[]\\/'],
  ['prototype keys', '__proto__ constructor hasOwnProperty toString'],
];

describe('hostile input', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    ({ engine } = await openInMemory(fixtureEvents, fixtureTalks));
    await engine.search({ text: 'warm up the shards kubernetes' });
  });

  it.each(HOSTILE)('%s: answers quickly without throwing', async (_name, text) => {
    const started = performance.now();
    const res = await engine.search({ text });
    const elapsed = performance.now() - started;
    expect(['exact', 'fuzzy', 'none']).toContain(res.mode);
    expect(res.hits.length).toBeLessThanOrEqual(50);
    expect(elapsed).toBeLessThan(50);
  });

  it('treats lunr syntax as plain words', async () => {
    const res = await engine.search({ text: '+title:skaffold' });
    expect(res.hits.map((h) => h.talkId)).toContain('kubecon-2020/istio');
    expect((await engine.search({ text: 'title:' })).mode).toBe('none');
  });

  it('survives a request that is not even a string', async () => {
    const res = await engine.search({ text: undefined as unknown as string });
    expect(res).toMatchObject({ mode: 'none', hits: [] });
  });
});
