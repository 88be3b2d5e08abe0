/**
 * The wire format of the split search index, written by src/build/search-index.ts and read by the
 * engine. A segment is a manifest (doc table, shard ranges) and one file per range of its sorted
 * terms. A small corpus is one segment, whose manifest is the index's entry point; a large one is
 * cut by document into segments (src/build/search-segments.ts) listed by a root, so that a new
 * document changes one segment's files and the others keep their names.
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

/** The entry point of an index of several segments. */
export interface SearchRoot {
  format: 3;
  fields: string[];
  /** Each segment's manifest (a SearchManifest), in doc order: segment n's docs follow n-1's. */
  segments: string[];
  /** The lexicon of the whole corpus, for correcting typos. */
  lexicon: string;
  /** See `SearchManifest.prefixes`. */
  prefixes?: PrefixTable;
}

/**
 * The terms short prefixes (one or two characters) stand for, where those terms fill more shards
 * than the ones a search keeps: each prefix's kept expansions, in rank order (src/search/expansion.ts).
 * A search for "co" then loads the shards holding "contain" and "cluster", not every shard of "co…".
 */
export type PrefixTable = Record<string, string[]>;

/**
 * One segment's manifest: everything needed before its first shard is fetched. Its BM25 weights
 * use the segment's own statistics; the engine scales each term's idf to the whole corpus.
 */
export interface SearchManifest {
  format: 2;
  fields: string[];
  /** Events as `[eventId, year]` (year `''` when the event has no date). */
  events: Array<[string, string]>;
  languages: Language[];
  /**
   * One row per document; the row's position is its lunr ref. `[eventIndex, idTail, languageIndex]`
   * where the talk id is `${eventId}/${idTail}`; idTail `<n` stands for the event id's first n
   * characters, and an idTail starting with `/` is the whole talk id after it.
   */
  docs: Array<[number, string, number]>;
  /**
   * Shards in term order as `[firstTerm, path]`: a shard holds the sorted terms from its first term
   * up to the next shard's (paths relative to the app's base). Find one with src/search/shard-range.ts.
   */
  shards: Array<[string, string]>;
  /** The lexicon file, for correcting typos (absent in indexes built before it existed). */
  lexicon?: string;
  /** An entry point's table of short prefixes' terms (absent in older indexes and segments). */
  prefixes?: PrefixTable;
}

/** The corpus's surface words of 3 to 24 characters, the most used first, with their document counts. */
export interface SearchLexicon {
  words: string[];
  df: number[];
}

/**
 * One shard: terms (sorted, as lunr's token set needs) and, for each, its postings as a flat list
 * `[fieldIndex, count, docDelta, weight×1000, docDelta, weight×1000, …, fieldIndex, count, …]`.
 * Weights are lunr's global BM25 field weights (boosts included), so shards combine by addition.
 */
export interface SearchShard {
  terms: string[];
  postings: number[][];
  /** Each term's document frequency (documents with the term in any field), to rank expansions. */
  df: number[];
  /**
   * Each term's surface words, encoded by src/search/word-forms.ts (`''`: the term itself, as
   * for numbers and CJK). Tells a word of the corpus from a typo that stems like one.
   */
  forms?: string[];
}

/** The talk id of a doc table row. */
export function docTalkId(manifest: SearchManifest, row: [number, string, number]): string {
  const [eventIndex, tail] = row;
  if (tail.startsWith('/')) return tail.slice(1);
  const eventId = manifest.events[eventIndex][0];
  return `${eventId}/${tail.startsWith('<') ? eventId.slice(0, Number(tail.slice(1))) : tail}`;
}
