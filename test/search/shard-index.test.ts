import { describe, expect, it } from 'vitest';
import { buildLunrIndex, buildSearchIndex } from '../../src/build/search-index';
import { readShard, termsWithPrefix } from '../../src/search/shard-index';
import { fixtureEvents, fixtureTalks } from './fixture';

const whole = buildSearchIndex(fixtureEvents, fixtureTalks, { shardBytes: Infinity });
const shard = readShard(JSON.parse(whole.files[0].source));
const lunrIndex = buildLunrIndex(new Map(fixtureEvents.map((e) => [e.id, e])), fixtureTalks);

// The index terms a lunr query over the unsplit index matched.
function lunrTerms(clause: { term: string; editDistance?: number; wildcard?: number }): string[] {
  const terms = new Set<string>();
  for (const r of lunrIndex.query((q) => q.term(clause.term, { ...clause, usePipeline: false })))
    for (const t of Object.keys(r.matchData.metadata)) terms.add(t);
  return [...terms].sort();
}

describe('shard term lookup', () => {
  it('expands a prefix to the terms lunr’s trailing wildcard matches', () => {
    for (const prefix of ['kube', 'se', 'obs', 'обл', 'zz']) {
      const got = termsWithPrefix(shard, prefix).map((at) => shard.terms[at]);
      expect(got).toEqual(lunrTerms({ term: prefix, wildcard: 2 })); // lunr.Query.wildcard.TRAILING
    }
  });
});
