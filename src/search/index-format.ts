/**
 * The wire format of the split search index, written by src/build/search-index.ts and read by the
 * engine: a small manifest (doc table, shard map) and one file per term prefix.
 */
import type { Language } from '../shared/types';

/** Indexed fields in lunr order, with the boost each gets at build time. */
export const SEARCH_FIELDS = [
  { name: 'title', boost: 10 },
  { name: 'speakers', boost: 8 },
  { name: 'event', boost: 2 },
  { name: 'body', boost: 1 },
] as const;

/** Where the index files live, relative to the app's base. */
export const SEARCH_DIR = 'data/search/';

/** The search manifest: everything needed before the first shard is fetched. */
export interface SearchManifest {
  format: 1;
  fields: string[];
  /** Events as `[eventId, year]` (year `''` when the event has no date). */
  events: Array<[string, string]>;
  languages: Language[];
  /**
   * One row per document; the row's position is its lunr ref. `[eventIndex, idTail, languageIndex]`
   * where the talk id is `${eventId}/${idTail}`, or idTail itself when it starts with `/`.
   */
  docs: Array<[number, string, number]>;
  /** Shard key → file path relative to the app's base. */
  shards: Record<string, string>;
  /** First characters whose terms are split again by their second character. */
  split: string[];
  /** How many buckets CJK terms are spread over (by the first character's code point). */
  cjkBuckets: number;
}

/**
 * One shard: terms (sorted, as lunr's token set needs) and, for each, its postings as a flat list
 * `[fieldIndex, count, docDelta, weight×1000, docDelta, weight×1000, …, fieldIndex, count, …]`.
 * Weights are lunr's global BM25 field weights (boosts included), so shards combine by addition.
 */
export interface SearchShard {
  terms: string[];
  postings: number[][];
}

/** The talk id of a doc table row. */
export function docTalkId(manifest: SearchManifest, row: [number, string, number]): string {
  const [eventIndex, tail] = row;
  return tail.startsWith('/') ? tail.slice(1) : `${manifest.events[eventIndex][0]}/${tail}`;
}
