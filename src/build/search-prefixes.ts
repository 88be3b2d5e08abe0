/**
 * The index's table of short prefixes (see `PrefixTable`): for each prefix of one or two
 * characters, the terms a search keeps among those starting with it, listed only where those few
 * sit in fewer shards than all of them. At 35,000 documents "co" starts terms in 88 shards, and a
 * search scores the one or two most frequent: with the table it loads 24.
 */
import { keptExpansions, type Expansion } from '../search/expansion';
import type { PrefixTable } from '../search/index-format';

/** One term of one segment: its counts there and the shard holding it. */
export interface SegmentTerm {
  term: string;
  df: number;
  /** Half its postings row's length, as the engine counts it. */
  postings: number;
  shard: number;
}

/** The table for the segments' terms (`segments[n]`: segment n's terms). */
export function prefixTable(segments: SegmentTerm[][]): PrefixTable {
  // Each term's counts over the whole index, and the shards (segment, shard) holding it.
  const terms = new Map<string, Expansion & { places: string[] }>();
  segments.forEach((segmentTerms, segment) => {
    for (const { term, df, postings, shard } of segmentTerms) {
      const place = `${segment}/${shard}`;
      const known = terms.get(term);
      if (known) {
        known.df += df;
        known.postings += postings;
        known.places.push(place);
      } else terms.set(term, { term, df, postings, places: [place] });
    }
  });
  const byPrefix = new Map<string, Array<Expansion & { places: string[] }>>();
  for (const entry of terms.values()) {
    const chars = [...entry.term];
    for (const length of [1, 2]) {
      if (chars.length < length) continue;
      const prefix = chars.slice(0, length).join('');
      const list = byPrefix.get(prefix);
      if (list) list.push(entry);
      else byPrefix.set(prefix, [entry]);
    }
  }
  const table: PrefixTable = {};
  const shardsOf = (list: Array<{ places: string[] }>) =>
    new Set(list.flatMap((entry) => entry.places)).size;
  for (const [prefix, list] of [...byPrefix].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const kept = keptExpansions(list);
    if (kept.length < list.length && shardsOf(kept) < shardsOf(list))
      table[prefix] = kept.map((entry) => entry.term);
  }
  return table;
}
