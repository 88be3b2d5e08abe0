/**
 * Which terms a typed prefix stands for: the most frequent in the corpus first, capped. Shared by
 * the engine, which expands a prefix over the shards it loaded, and the build, which writes the
 * outcome for the short prefixes whose terms fill many shards (see `SearchRoot.prefixes`).
 */

/** Most expansions of one prefix or typo that are scored (the most frequent terms win). */
export const MAX_EXPANSIONS = 24;
/**
 * Most postings (doc × field) a prefix's or typo's expansions may bring, the first one always
 * kept: on a big corpus, "co" alone would otherwise put 29,000 postings through scoring per keystroke.
 */
export const MAX_EXPANSION_POSTINGS = 6000;

/** A term a prefix may stand for, with its counts over the index (or the part of it heard). */
export interface Expansion {
  term: string;
  /** Documents holding the term. */
  df: number;
  /** Its postings (one per doc and field). */
  postings: number;
}

/** The expansions that are scored, most frequent first (ties in term order), within the caps. */
export function keptExpansions<T extends Expansion>(expansions: T[]): T[] {
  const ranked = [...expansions].sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1));
  let postings = 0;
  for (const [n, { postings: own }] of ranked.entries()) {
    postings += own;
    if (n >= MAX_EXPANSIONS || (n > 0 && postings > MAX_EXPANSION_POSTINGS))
      return ranked.slice(0, n);
  }
  return ranked;
}
