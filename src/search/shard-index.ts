/**
 * A fetched shard, kept as parsed (flat arrays, no lunr objects), and the scores of one query
 * clause's terms read straight from its postings. (The small lunr index of those terms, which
 * gives the same scores, stays as the reference the direct sum is tested against.)
 */
import { TokenSets, lunr } from './lunr-setup';
import type { SearchShard } from './index-format';
import type { ClauseScores } from './clause-cache';

/** A loaded shard and an estimate of the memory it holds (for the cache's budget). */
export interface ShardData extends SearchShard {
  bytes: number;
}

/** The shard in `json`, checked for shape, with its memory estimate; throws when malformed. */
export function readShard(json: unknown): ShardData {
  const shard = json as Partial<SearchShard> | null;
  const { terms, postings, df } = shard ?? {};
  if (!Array.isArray(terms) || !Array.isArray(postings) || !Array.isArray(df)) {
    throw new Error('Not a search shard.');
  }
  if (postings.length !== terms.length || df.length !== terms.length) {
    throw new Error('A search shard whose arrays disagree.');
  }
  // Word forms are optional (older indexes): kept only when they line up with the terms.
  const forms =
    Array.isArray(shard?.forms) && shard.forms.length === terms.length ? shard.forms : undefined;
  // V8 keeps small integers in 4 bytes (pointer compression); each array or string has a header.
  let bytes = 64 + 12 * terms.length;
  for (let i = 0; i < terms.length; i++) {
    bytes += 32 + 2 * terms[i].length + 4 * postings[i].length;
    if (forms) bytes += 16 + 2 * String(forms[i]).length;
  }
  return forms ? { terms, postings, df, forms, bytes } : { terms, postings, df, bytes };
}

/** The first position in sorted `items` whose item is ≥ `item` (terms, or docs). */
export function lowerBound<T extends string | number>(items: ArrayLike<T>, item: T): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid] < item) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The position of `term` in the shard, or -1. */
export function findTerm(shard: ShardData, term: string): number {
  const at = lowerBound(shard.terms, term);
  return shard.terms[at] === term ? at : -1;
}

/** The positions of the shard's terms starting with `prefix` (what lunr's `prefix*` matches). */
export function termsWithPrefix(shard: ShardData, prefix: string): number[] {
  const out: number[] = [];
  for (let i = lowerBound(shard.terms, prefix); i < shard.terms.length; i++) {
    if (!shard.terms[i].startsWith(prefix)) break;
    out.push(i);
  }
  return out;
}

/** Where a shard's docs sit: numbered from `docBase`, `docCount` of them; `scaleOf` scales a term. */
export interface ClauseScope {
  docBase?: number;
  /** The segment's docs. */
  docCount: number;
  scaleOf?: (at: number) => number;
}

/**
 * The scores of the shard's terms at `positions` per doc: each doc's global BM25 weights of those
 * terms summed over every field, the terms it holds, and whether one is in the title (field 0).
 * This is what lunr's query over clauseIndex gives (its similarity only sums the query terms'
 * weights), without building an index and its match data on every keystroke. Docs are numbered
 * from `scope.docBase` (the shard's segment's first doc); `scope.scaleOf` scales a term's
 * weights (its idf made the whole corpus's).
 */
export function clauseScores(
  shard: ShardData,
  positions: number[],
  { docBase = 0, docCount: size, scaleOf = () => 1 }: ClauseScope,
): ClauseScores {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  const score = new Float64Array(size);
  const title = new Uint8Array(size);
  const hit = new Uint8Array(size);
  const masks = Array.from({ length: (sorted.length + 31) >> 5 }, () => new Uint32Array(size));
  let matched = 0;
  sorted.forEach((at, t) => {
    const row = shard.postings[at];
    const scale = scaleOf(at);
    const mask = masks[t >> 5];
    const bit = 1 << (t & 31);
    for (let i = 0; i < row.length;) {
      const inTitle = row[i] === 0 ? 1 : 0;
      const count = row[i + 1];
      i += 2;
      let doc = 0;
      for (let k = 0; k < count; k++, i += 2) {
        doc += row[i];
        // A doc outside the segment (a damaged row) is not there: typed arrays read it undefined.
        if (hit[doc] === undefined) continue;
        if (!hit[doc]) {
          hit[doc] = 1;
          matched++;
        }
        score[doc] += (row[i + 1] / 1000) * scale;
        mask[doc] |= bit;
        title[doc] |= inTitle;
      }
    }
  });
  const out: ClauseScores = {
    docs: new Int32Array(matched),
    scores: new Float64Array(matched),
    title: new Uint8Array(matched),
    masks: masks.map(() => new Uint32Array(matched)),
    terms: sorted.map((at) => shard.terms[at]),
  };
  for (let doc = 0, n = 0; doc < size; doc++) {
    if (!hit[doc]) continue;
    out.docs[n] = docBase + doc;
    out.scores[n] = score[doc];
    out.title[n] = title[doc];
    masks.forEach((mask, b) => (out.masks[b][n] = mask[doc]));
    n++;
  }
  return out;
}

// lunr only reads a posting's metadata (and copies it): every posting can share one empty object.
const NO_METADATA = Object.freeze({});

/**
 * A lunr index holding only the shard's terms at `positions` (with their global BM25 weights as
 * field vectors), refs being doc table positions as decimal strings. Scores equal the whole
 * index's for queries over those terms: lunr's similarity only sums the query terms' weights.
 */
export function clauseIndex(shard: ShardData, positions: number[], fields: string[]): lunr.Index {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  const invertedIndex: Record<string, Record<string, unknown>> = Object.create(null);
  const vectors = new Map<string, number[]>();
  sorted.forEach((at, local) => {
    const posting: Record<string, unknown> = { _index: local };
    for (const field of fields) posting[field] = {};
    const row = shard.postings[at];
    for (let i = 0; i < row.length;) {
      const field = fields[row[i]];
      const count = row[i + 1];
      const refs = posting[field] as Record<string, object>;
      i += 2;
      let doc = 0;
      for (let k = 0; k < count; k++, i += 2) {
        doc += row[i];
        const ref = String(doc);
        refs[ref] = NO_METADATA;
        const fieldRef = `${field}/${ref}`;
        let vector = vectors.get(fieldRef);
        if (!vector) vectors.set(fieldRef, (vector = []));
        vector.push(local, row[i + 1] / 1000);
      }
    }
    invertedIndex[shard.terms[at]] = posting;
  });
  const fieldVectors: Record<string, lunr.Vector> = Object.create(null);
  for (const [fieldRef, elements] of vectors) fieldVectors[fieldRef] = new lunr.Vector(elements);
  return new lunr.Index({
    invertedIndex,
    fieldVectors,
    tokenSet: TokenSets.fromArray(sorted.map((at) => shard.terms[at])),
    fields,
    pipeline: new lunr.Pipeline(),
  } as unknown as ConstructorParameters<typeof lunr.Index>[0]);
}
