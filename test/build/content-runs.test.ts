import { describe, expect, it } from 'vitest';
import { contentRuns, type RunItem, type RunSizes } from '../../src/build/content-runs';
import { EVENT_RUNS, TALK_RUNS } from '../../src/build/emit-corpus';
import { SUMMARY_RUNS } from '../../src/build/home-catalogue';
import { seededRandom } from '../../scripts/seeded-random';

/** `count` items of `min` to `max` bytes, keyed like event ids. */
function itemsOf(count: number, min: number, max: number, seed: number): RunItem[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, n) => ({
    key: `event-${seed}-${n}`,
    records: ['x'.repeat(min + Math.floor(random() * (max - min)))],
  }));
}

/** The most runs that change when one item is added at each of `tries` places. */
function worstChange(items: RunItem[], sizes: RunSizes, tries: number): number {
  const name = (run: RunItem[]) => run.map((item) => item.key).join();
  const before = new Set(contentRuns(items, sizes).map(name));
  let worst = 0;
  for (let t = 0; t < tries; t++) {
    const at = Math.floor((items.length * (t + 0.5)) / tries);
    const added = { key: `added-${t}`, records: [items[at].records[0]] };
    const after = contentRuns([...items.slice(0, at), added, ...items.slice(at)], sizes);
    worst = Math.max(worst, after.filter((run) => !before.has(name(run))).length);
  }
  return worst;
}

describe('content-defined runs', () => {
  it.each([
    ['event files', EVENT_RUNS, 500, 2500, 20_000],
    ['talk files', TALK_RUNS, 2000, 30_000, 6000],
    ['home catalogue files', SUMMARY_RUNS, 120, 220, 20_000],
  ])(
    'one added %s item changes at most three runs, wherever it lands',
    (_, sizes, min, max, count) => {
      const items = itemsOf(count, min, max, 3);
      expect(contentRuns(items, sizes).length).toBeGreaterThan(100);
      expect(worstChange(items, sizes, 25)).toBeLessThanOrEqual(3);
    },
  );
});
