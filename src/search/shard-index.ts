/** Turns a fetched shard into a lunr index (a valid `lunr.Index.load` input with local term numbers). */
import { lunr } from './lunr-setup';
import type { SearchShard } from './index-format';

/** A loaded shard: its lunr index and each term's document frequency (to rank expansions). */
export interface ShardIndex {
  index: lunr.Index;
  docFrequency: Map<string, number>;
}

/** The lunr index of one shard, refs being doc table positions as decimal strings. */
export function loadShard(shard: SearchShard, fields: string[]): ShardIndex {
  const invertedIndex: Array<[string, Record<string, unknown>]> = [];
  const vectors = new Map<string, number[]>();
  const docFrequency = new Map<string, number>();
  shard.terms.forEach((term, termIndex) => {
    const posting: Record<string, unknown> = { _index: termIndex };
    for (const field of fields) posting[field] = {};
    const row = shard.postings[termIndex];
    const docs = new Set<number>();
    for (let i = 0; i < row.length;) {
      const field = fields[row[i]];
      const count = row[i + 1];
      const refs = posting[field] as Record<string, object>;
      i += 2;
      let doc = 0;
      for (let k = 0; k < count; k++, i += 2) {
        doc += row[i];
        docs.add(doc);
        const ref = String(doc);
        refs[ref] = {};
        const fieldRef = `${field}/${ref}`;
        let vector = vectors.get(fieldRef);
        if (!vector) vectors.set(fieldRef, (vector = []));
        vector.push(termIndex, row[i + 1] / 1000);
      }
    }
    docFrequency.set(term, docs.size);
    invertedIndex.push([term, posting]);
  });
  const index = lunr.Index.load({
    version: lunr.version,
    fields,
    fieldVectors: [...vectors],
    invertedIndex,
    pipeline: [],
  });
  return { index, docFrequency };
}
