import { describe, expect, it } from 'vitest';
import { ShardCache } from '../../src/search/shard-cache';
import type { ShardData } from '../../src/search/shard-index';

const shardOf = (n: number): ShardData => ({
  terms: [`t${n}`],
  postings: [[0, 1, n, 1000]],
  df: [1],
  bytes: 100,
});

function cacheWith(budget: number) {
  const fetched: number[] = [];
  const cache = new ShardCache(budget, async (n) => {
    fetched.push(n);
    if (n < 0) throw new Error('offline');
    return shardOf(n);
  });
  return { cache, fetched };
}

describe('shard cache', () => {
  it('keeps loaded shards under its byte budget, dropping the least recently used', async () => {
    const { cache, fetched } = cacheWith(300);
    for (const n of [1, 2, 3]) {
      await cache.acquire(n);
      cache.release([n]);
    }
    await cache.acquire(1); // 1 is now the most recent; 2 the least
    cache.release([1]);
    await cache.acquire(4);
    cache.release([4]);
    expect(cache.bytes).toBeLessThanOrEqual(300);
    expect(cache.size).toBe(3);
    await cache.acquire(1);
    await cache.acquire(3);
    cache.release([1, 3]);
    expect(fetched).toEqual([1, 2, 3, 4]);
    await cache.acquire(2);
    cache.release([2]);
    expect(fetched).toEqual([1, 2, 3, 4, 2]);
  });

  it('never evicts a shard a running query holds, and trims once it is released', async () => {
    const { cache } = cacheWith(150);
    const held = await Promise.all([1, 2, 3].map((n) => cache.acquire(n)));
    expect(held.map((s) => s?.terms[0])).toEqual(['t1', 't2', 't3']);
    expect(cache.size).toBe(3);
    cache.release([1, 2]);
    expect(cache.size).toBe(1);
    cache.release([3]);
    expect(cache.bytes).toBeLessThanOrEqual(150);
  });

  it('resolves a failed shard to null and fetches it again next time', async () => {
    const { cache, fetched } = cacheWith(1000);
    expect(await cache.acquire(-1)).toBeNull();
    expect(await cache.acquire(-1)).toBeNull();
    cache.release([-1, -1]);
    expect(fetched).toEqual([-1, -1]);
    expect(cache.size).toBe(0);
  });
});
