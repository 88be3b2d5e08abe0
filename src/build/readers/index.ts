/** Every document reader the build knows, most specific first; adding a format means adding a reader here. */
import type { DocumentReader } from '../model';
import { markdownReaders } from './index-markdown';
import { textReaders } from './index-text';

/** All readers; the pipeline picks the one whose `detect` is most confident. */
export const readers: DocumentReader[] = [...markdownReaders, ...textReaders];
