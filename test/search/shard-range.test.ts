import { describe, expect, it } from 'vitest';
import { shardOf, shardsWithPrefix } from '../../src/search/shard-range';

const STARTS = ['a', 'co', 'cont', 'd', 'ku', 'kubernet', 'z', '网'];

describe('shard ranges', () => {
  it('finds the shard whose range holds a term', () => {
    expect(shardOf('a', STARTS)).toBe(0);
    expect(shardOf('cloud', STARTS)).toBe(0);
    expect(shardOf('con', STARTS)).toBe(1);
    expect(shardOf('contain', STARTS)).toBe(2);
    expect(shardOf('kubernetes', STARTS)).toBe(5);
    expect(shardOf('网络', STARTS)).toBe(7);
    expect(shardOf('0day', STARTS)).toBe(0);
  });

  it('lists every shard a prefix may reach, and only those', () => {
    expect(shardsWithPrefix('co', STARTS)).toEqual([1, 2]);
    expect(shardsWithPrefix('cont', STARTS)).toEqual([2]);
    expect(shardsWithPrefix('k', STARTS)).toEqual([3, 4, 5]);
    expect(shardsWithPrefix('kube', STARTS)).toEqual([4, 5]);
    expect(shardsWithPrefix('x', STARTS)).toEqual([5]);
    expect(shardsWithPrefix('x', [])).toEqual([]);
  });
});
