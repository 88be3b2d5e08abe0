import { describe, expect, it } from 'vitest';
import { buildLunrIndex, buildSearchIndex } from '../../src/build/search-index';
import { indexTerms } from '../../src/search/analyzer';
import { readShard, termsNear, termsWithPrefix } from '../../src/search/shard-index';
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

  it('finds the terms one edit away that lunr’s fuzzy search finds (same first letter)', () => {
    for (const typed of ['prometeus', 'kubernets', 'servise', 'облоко']) {
      const [word] = indexTerms(typed);
      const got = termsNear(shard, word).map((at) => shard.terms[at]);
      const expected = lunrTerms({ term: word, editDistance: 1 }).filter((t) => t[0] === word[0]);
      expect(got.sort()).toEqual(expected);
    }
    expect(termsNear(shard, indexTerms('prometeus')[0]).length).toBeGreaterThan(0);
  });
});
