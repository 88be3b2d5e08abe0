/** Messages between the page's search client and the search worker. */
import type { SearchRequest, SearchResponse } from '../shared/search-types';

/** Page → worker: where the index is, one search, or a word begun (its shards to load ahead). */
export type ToWorker =
  | { type: 'init'; manifestUrl: string }
  | { type: 'search'; id: number; req: SearchRequest }
  | { type: 'warm'; text: string };

/** Worker → page: the answer to search `id`, or why it failed. */
export type FromWorker =
  | { type: 'result'; id: number; res: SearchResponse }
  | { type: 'error'; id: number; message: string };
