/** The app's one search client, started on first use (the worker and index load only when needed). */
import { searchManifestUrl } from 'virtual:talkshelf-corpus';
import { createSearchClient } from '../../search/client';
import type { SearchClient } from '../../search/client';
import { BASE } from '../base';

let client: SearchClient | null = null;

/** The shared search client for this build's index. */
export function getSearchClient(): SearchClient {
  client ??= createSearchClient(`${BASE}${searchManifestUrl}`);
  return client;
}
