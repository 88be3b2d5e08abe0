import { describe, expect, it } from 'vitest';
import { settleInPool } from '../../src/data/corpus-files';

describe('settleInPool', () => {
  it('runs at most `limit` at once, each outcome in the order of the items', async () => {
    let running = 0;
    let most = 0;
    const results = await settleInPool([...Array(20).keys()], 3, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, (n * 7) % 5));
      running--;
      if (n % 6 === 5) throw new Error(`no ${n}`);
      return n * 2;
    });
    expect(most).toBe(3);
    expect(results).toHaveLength(20);
    results.forEach((result, n) => {
      if (n % 6 === 5) expect(result).toEqual({ status: 'rejected', reason: new Error(`no ${n}`) });
      else expect(result).toEqual({ status: 'fulfilled', value: n * 2 });
    });
    expect(await settleInPool([], 3, async () => 1)).toEqual([]);
  });
});
