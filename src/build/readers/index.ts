/** Every document reader the build knows, most specific first; adding a format means adding a reader here. */
import type { DocumentReader } from '../model';
import { htmlPageReader } from './html-page';
import { markdownReaders } from './index-markdown';
import { textReaders } from './index-text';
import { restructuredTextReader } from './restructured-text';
import { orgModeReader } from './org-mode';

/** All readers; the pipeline picks the one whose `detect` is most confident. */
export const readers: DocumentReader[] = [
  ...markdownReaders,
  orgModeReader,
  htmlPageReader,
  restructuredTextReader,
  ...textReaders,
];
