import { describe, expect, it } from 'vitest';
import { buildLunrIndex, buildSearchIndex } from '../../src/build/search-index';
import {
  clauseIndex,
  clauseScores,
  readShard,
  termsWithPrefix,
} from '../../src/search/shard-index';
import { SEARCH_FIELDS } from '../../src/search/index-format';
import { docIndex, termsAt } from '../../src/search/clause-cache';
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

describe('clause scores', () => {
  it('equal what lunr scores over the clause index: same docs, scores, terms and title flags', () => {
    const fields = SEARCH_FIELDS.map((f) => f.name);
    // '' stands for every term: more than 32, so more than one block of term bits.
    const clauses = [['kube', 'se'], ['obs'], ['обл'], ['s'], ['a', 'b', 'c'], ['']].map(
      (prefixes) => prefixes.flatMap((prefix) => termsWithPrefix(shard, prefix)),
    );
    for (const positions of clauses) {
      expect(positions.length).toBeGreaterThan(0);
      const terms = positions.map((at) => shard.terms[at]);
      const expected = new Map<number, { score: number; terms: string[]; inTitle: boolean }>();
      // lunr divides by the query vector's length (√terms): undone, as the engine did.
      const scale = Math.sqrt(new Set(terms).size);
      for (const r of clauseIndex(shard, positions, fields).query((q) => {
        for (const term of new Set(terms)) q.term(term, { usePipeline: false });
      })) {
        const metadata = r.matchData.metadata;
        expected.set(Number(r.ref), {
          score: r.score * scale,
          terms: Object.keys(metadata).sort(),
          inTitle: Object.values(metadata).some((byField) => fields[0] in byField),
        });
      }
      const got = clauseScores(shard, positions, { docCount: fixtureTalks.length });
      expect([...got.docs]).toEqual([...expected.keys()].sort((a, b) => a - b));
      got.docs.forEach((doc, i) => {
        const want = expected.get(doc)!;
        expect(got.scores[i]).toBeCloseTo(want.score, 9);
        expect(termsAt(got, i).sort()).toEqual(want.terms);
        expect(got.title[i] === 1).toBe(want.inTitle);
        expect(docIndex(got, doc)).toBe(i);
      });
    }
  });
});
