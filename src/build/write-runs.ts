/** Writing runs of records as content-hashed JSON files, for the corpus and the home catalogue. */
import { gzipSync } from 'node:zlib';
import type { CorpusFile } from '../shared/types';
import type { RunItem } from './content-runs';
import { shortHash } from './hash';

/** A file to write, relative to the output root. */
export interface EmittedFile {
  fileName: string;
  source: string;
}

/** Bytes of `source` gzipped at the level static servers use. */
export function gzipSize(source: string): number {
  return gzipSync(source, { level: 6 }).length;
}

/** Writes each run as `data/<kind>.<hash>.json` (a JSON array of its records) and describes it. */
export function writeRuns(kind: string, runs: RunItem[][], files: EmittedFile[]): CorpusFile[] {
  return runs.map((run) => {
    const records = run.flatMap((item) => item.records);
    // Same bytes as JSON.stringify(array): an array's JSON is its elements' JSON joined by commas.
    const source = `[${records.join(',')}]`;
    const url = `data/${kind}.${shortHash(source)}.json`;
    files.push({ fileName: url, source });
    return {
      url,
      first: run[0].key,
      count: records.length,
      bytes: Buffer.byteLength(source),
      gzip: gzipSize(source),
    };
  });
}
