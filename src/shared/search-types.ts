/** What the page asks the search worker and what it answers; crosses the page/worker boundary. */
import type { Language } from './types';

/** Filters that narrow a search; all optional and combinable with the text. */
export interface SearchFilters {
  eventId?: string;
  /** Four-digit year of the event's date. */
  year?: string;
  language?: Language;
  /** Restricts results to these talks (used for "bookmarked only"). */
  onlyTalkIds?: string[];
}

/** One search as typed by the reader. */
export interface SearchRequest {
  text: string;
  filters?: SearchFilters;
  /** At most this many hits; default 50. */
  limit?: number;
  /** Search the words as typed: no word is corrected ("search instead for …"). */
  exact?: boolean;
}

/** One matching talk. */
export interface SearchHit {
  talkId: string;
  score: number;
  /** Index terms that matched, for highlighting with the shared tokenizer. */
  matched: string[];
  /** True when every typed word matched. */
  allTerms: boolean;
}

/** The answer to one SearchRequest. */
export interface SearchResponse {
  text: string;
  /** `exact`: the words as typed; `fuzzy`: a word that is not in the corpus was corrected; `none`: nothing. */
  mode: 'exact' | 'fuzzy' | 'none';
  /** When a word was corrected: the query as searched, e.g. `prometheus` for `prometeus`. */
  corrected?: string;
  hits: SearchHit[];
  /** Matches before the limit was applied. */
  total: number;
}
