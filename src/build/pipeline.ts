/**
 * The corpus build: every file of a folder → decoded → encoding repaired → read by the most
 * confident reader → events and talks with stable slugs. A file that cannot be read is reported by
 * name with the reason and skipped; the build fails only when no document could be read.
 */
import type { BuildWarning, EventRecord, TalkRecord } from '../shared/types';
import { collectFiles } from './collect-files';
import { decodeBytes } from './decode';
import { finalizeDocument, hasReadableText } from './finalize';
import type { DocumentReader, ParsedDocument, SourceFile } from './model';
import { readers as defaultReaders } from './readers/index';
import { repairMojibake } from './repair-encoding';
import { eventSlugs } from './slug';

/** The corpus in memory, with what went wrong and which reader read each file. */
export interface BuiltCorpusData {
  events: EventRecord[];
  talks: TalkRecord[];
  warnings: BuildWarning[];
  /** Reader name for each source path that became an event. */
  readerOf: Map<string, string>;
  /** Files found, whether read or not. */
  fileCount: number;
  /** Newest modification time of the files read, ISO. */
  newestSource: string;
}

/** Raised when not a single document could be read; its message lists why, file by file. */
export class EmptyCorpusError extends Error {
  override name = 'EmptyCorpusError';
}

/** Builds the corpus of `dir` (see the module comment); throws EmptyCorpusError when nothing is readable. */
export function buildCorpus(
  dir: string,
  readers: DocumentReader[] = defaultReaders,
): BuiltCorpusData {
  const files = collectFiles(dir);
  const warnings: BuildWarning[] = [];
  const parsed: Array<{ source: string; doc: ParsedDocument; reader: string }> = [];
  let newest = 0;

  for (const file of files) {
    if ('error' in file) {
      warnings.push({ file: file.path, severity: 'skipped', reason: file.error });
      continue;
    }
    const result = readDocument(file.path, file.bytes, readers);
    warnings.push(...result.warnings);
    if (result.doc) {
      parsed.push({ source: file.path, doc: result.doc, reader: result.reader });
      newest = Math.max(newest, file.mtimeMs);
    }
  }

  if (parsed.length === 0) {
    const why = warnings.map((w) => `  ${w.file}: ${w.reason}`).join('\n');
    throw new EmptyCorpusError(
      files.length === 0
        ? `No files found in ${dir}.`
        : `No document in ${dir} could be read:\n${why}`,
    );
  }

  const slugs = eventSlugs(
    parsed.map(({ source, doc }) => ({ source, title: doc.title, date: doc.date })),
  );
  const events: EventRecord[] = [];
  const talks: TalkRecord[] = [];
  const readerOf = new Map<string, string>();
  for (const { source, doc, reader } of parsed) {
    // finalising walks the document's content too: a file that breaks it is skipped by name, never the build
    let built: ReturnType<typeof finalizeDocument>;
    try {
      built = finalizeDocument(doc, slugs.get(source)!, source);
    } catch (error) {
      warnings.push({ file: source, severity: 'skipped', reason: errorMessage(error) });
      continue;
    }
    events.push(built.event);
    talks.push(...built.talks);
    readerOf.set(source, reader);
  }
  if (events.length === 0)
    throw new EmptyCorpusError(
      `No document in ${dir} could be read:\n${warnings.map((w) => `  ${w.file}: ${w.reason}`).join('\n')}`,
    );
  return {
    events,
    talks,
    warnings,
    readerOf,
    fileCount: files.length,
    newestSource: new Date(newest || Date.now()).toISOString(),
  };
}

/** Reads one file's bytes into a document, trying readers from most to least confident. */
export function readDocument(
  path: string,
  bytes: Uint8Array,
  readers: DocumentReader[] = defaultReaders,
): { doc?: ParsedDocument; reader: string; warnings: BuildWarning[] } {
  const warnings: BuildWarning[] = [];
  const warn = (reason: string) => warnings.push({ file: path, severity: 'warning', reason });
  const skip = (reason: string) => {
    warnings.push({ file: path, severity: 'skipped', reason });
    return { reader: '', warnings };
  };

  if (bytes.length === 0) return skip('empty file');
  let text: string;
  try {
    const decoded = decodeBytes(bytes);
    decoded.notes.forEach(warn);
    text = decoded.text;
  } catch (error) {
    return skip(errorMessage(error));
  }
  if (text.trim() === '') return skip('empty file (only white space)');

  const repaired = repairMojibake(text);
  if (repaired.repairs > 0)
    warn(`repaired ${repaired.repairs} mis-decoded text run(s) (broken encoding)`);
  const file: SourceFile = { path, text: repaired.text };

  const ranked = readers
    .map((reader) => ({ reader, confidence: safeDetect(reader, file) }))
    .filter(({ confidence }) => confidence > 0)
    .sort((a, b) => b.confidence - a.confidence);
  if (ranked.length === 0) return skip('no reader recognises this file');

  const failures: string[] = [];
  for (const { reader } of ranked) {
    try {
      const doc = reader.read(file);
      if (!hasReadableText(doc)) {
        failures.push(`${reader.name}: no readable text`);
        continue;
      }
      if (failures.length > 0) warn(`read as ${reader.name} after: ${failures.join('; ')}`);
      doc.warnings.forEach(warn);
      return { doc, reader: reader.name, warnings };
    } catch (error) {
      failures.push(`${reader.name}: ${errorMessage(error)}`);
    }
  }
  return skip(failures.join('; '));
}

function safeDetect(reader: DocumentReader, file: SourceFile): number {
  try {
    const confidence = reader.detect(file);
    return Number.isFinite(confidence) ? confidence : 0;
  } catch {
    return 0;
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
