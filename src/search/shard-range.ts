/**
 * Which shard holds a term: shards are contiguous ranges of the sorted term list, each named by its
 * first term, so the index builder and the engine agree through the manifest alone.
 */
import { lastAtMost } from '../shared/last-at-most';

/** The position of the shard whose range holds `term` (the last start ≤ term; 0 before the first). */
export function shardOf(term: string, starts: readonly string[]): number {
  return lastAtMost(starts, term);
}

/** The positions of every shard that may hold a term starting with `prefix`, in order. */
export function shardsWithPrefix(prefix: string, starts: readonly string[]): number[] {
  if (!starts.length) return [];
  const out = [shardOf(prefix, starts)];
  // A later shard holds prefixed terms only when its own first term has the prefix.
  for (let i = out[0] + 1; i < starts.length && starts[i].startsWith(prefix); i++) out.push(i);
  return out;
}
