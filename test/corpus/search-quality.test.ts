// Search quality on the real corpora, with the benchmark's known-item queries: a typo in any title
// word (the first letter too) still finds the talk, and no other kind of query falls below its floor.
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/build/pipeline';
import { searchQuality, type QueryKind } from '../../scripts/bench/search-quality';
import { devCorpusDir, scaleCorpusDir } from './corpora';

// success@3 floors, in percent; typos at the goal, the others a little under today's figures
const FLOORS: Partial<Record<QueryKind, number>> = {
  title: 98,
  body: 96,
  typo: 97,
  prefix: 97,
  russian: 97,
  chinese: 97,
};

describe.each([
  ['scale corpus', scaleCorpusDir()],
  ['dev corpus', devCorpusDir()],
])('search quality on the %s', (_label, dir) => {
  it('finds the talk of each known-item query in the top three', async () => {
    const data = buildCorpus(dir);
    const rows = await searchQuality(data.events, data.talks);
    for (const row of rows) {
      if (row.queries < 20) continue; // too few queries of that kind in this corpus to judge
      const at3 = Number.parseFloat(row['success@3']);
      expect(at3, `${row.kind} success@3`).toBeGreaterThanOrEqual(FLOORS[row.kind]!);
    }
  }, 120_000);
});
