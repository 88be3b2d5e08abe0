/** The plain-text readers: scraped listings, conference write-ups, slide decks, and the fallback. */
import type { DocumentReader } from '../model';
import { conferencePostReader } from './conference-post';
import { listingPageReader } from './listing-page';
import { plainTextReader } from './plain-text';
import { slideDeckReader } from './slide-deck';

/** Text readers, most specific first; `plain-text` accepts anything at a low confidence. */
export const textReaders: DocumentReader[] = [
  listingPageReader,
  conferencePostReader,
  slideDeckReader,
  plainTextReader,
];
