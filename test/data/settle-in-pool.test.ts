import { describe, expect, it } from 'vitest';
import { allInPool, settleInPool } from '../../src/data/corpus-files';

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

  it('all or nothing: the results in order, or the first failure with nothing started after it', async () => {
    expect(await allInPool([1, 2, 3], 2, async (n) => n * 10)).toEqual([10, 20, 30]);
    const started: number[] = [];
    const failing = allInPool([...Array(10).keys()], 2, async (n) => {
      started.push(n);
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (n === 1) throw new Error('no 1');
      return n;
    });
    await expect(failing).rejects.toThrow('no 1');
    expect(started.length).toBeLessThan(5);
  });
});
