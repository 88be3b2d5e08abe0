/**
 * Loaded shards under a memory budget: least recently used shards are dropped once the budget is
 * passed, except shards pinned by a query still running (never evicted from under it).
 */
import type { ShardData } from './shard-index';

interface Entry<T> {
  pending: Promise<T | null>;
  data?: T;
}

/** A byte-budgeted LRU of shards by position; `acquire` pins, `release` unpins. */
export class ShardCache<T extends ShardData = ShardData> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recent first.
  private readonly entries = new Map<number, Entry<T>>();
  private readonly pins = new Map<number, number>();
  private held = 0;

  constructor(
    private readonly budget: number,
    private readonly fetchShard: (n: number) => Promise<T>,
  ) {}

  /** Estimated bytes of the shards held now. */
  get bytes(): number {
    return this.held;
  }

  /** How many shards are held now. */
  get size(): number {
    return this.entries.size;
  }

  /** Resolves to shard `n` (null when it failed to load, retried next time), pinned until released. */
  acquire(n: number): Promise<T | null> {
    this.pins.set(n, (this.pins.get(n) ?? 0) + 1);
    let entry = this.entries.get(n);
    if (entry) {
      this.entries.delete(n);
      this.entries.set(n, entry);
      return entry.pending;
    }
    const fresh: Entry<T> = {
      pending: this.fetchShard(n).then(
        (data) => {
          if (this.entries.get(n) !== fresh) return data; // dropped meanwhile: serve, do not keep
          fresh.data = data;
          this.held += data.bytes;
          this.evict();
          return data;
        },
        () => {
          if (this.entries.get(n) === fresh) this.entries.delete(n);
          return null;
        },
      ),
    };
    this.entries.set(n, (entry = fresh));
    return entry.pending;
  }

  /** Unpins shards acquired by a finished query, then trims the cache to its budget. */
  release(ns: Iterable<number>): void {
    for (const n of ns) {
      const left = (this.pins.get(n) ?? 1) - 1;
      if (left > 0) this.pins.set(n, left);
      else this.pins.delete(n);
    }
    this.evict();
  }

  private evict(): void {
    for (const [n, entry] of this.entries) {
      if (this.held <= this.budget) return;
      if (!entry.data || this.pins.has(n)) continue;
      this.entries.delete(n);
      this.held -= entry.data.bytes;
    }
  }
}
