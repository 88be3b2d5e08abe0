/**
 * The build's internal model: what readers receive and return, before the pipeline adds
 * ids, slugs, languages and reading times. Build-only; nothing here ships to the page.
 */
import type { EventRecord, TalkRecord } from '../shared/types';

/** One corpus file, decoded to text and with its encoding already repaired. */
export interface SourceFile {
  /** Path relative to the corpus folder, with `/` separators. */
  path: string;
  text: string;
}

/** A talk as a reader finds it: the record's own fields, before the pipeline adds the rest. */
export type ParsedTalk = Pick<TalkRecord, 'title' | 'speakers' | 'blocks'>;

/** An event as a reader finds it, with its talks in document order. */
export interface ParsedDocument extends Pick<
  EventRecord,
  'title' | 'date' | 'tags' | 'author' | 'kind' | 'description'
> {
  talks: ParsedTalk[];
  /** Non-fatal problems the reader noticed, reported in the build summary. */
  warnings: string[];
}

/**
 * A reader of one kind of document. The pipeline asks every reader how well it recognises a
 * file and uses the most confident one; a fallback reader accepts anything with text.
 */
export interface DocumentReader {
  /** Short name shown in the build summary, e.g. `hugo-markdown`. */
  name: string;
  /** 0 when the file is not of this kind, up to 1 when certain. Must be cheap and never throw. */
  detect(file: SourceFile): number;
  /** Reads the file; may throw an Error whose message says what is wrong (reported by name). */
  read(file: SourceFile): ParsedDocument;
}
