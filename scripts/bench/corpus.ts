/** Corpus-build figures for `npm run bench`: documents, talks, milliseconds and output bytes. */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { emitCorpus } from '../../src/build/emit-corpus';
import { buildCorpus, type BuiltCorpusData } from '../../src/build/pipeline';
import { median } from './stats';

/** What one corpus measured gives back. */
export interface CorpusFigures {
  label: string;
  documents: number;
  talks: number;
  skipped: number;
  medianMs: number;
  rawBytes: number;
  gzipBytes: number;
  data: BuiltCorpusData;
}

/** Builds `dir` `runs` times (parse and emit, in process) and returns the median time and the output size. */
export function benchCorpus(label: string, dir: string, runs = 3): CorpusFigures {
  const times: number[] = [];
  let data: BuiltCorpusData | undefined;
  let raw = 0;
  let gzip = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    data = buildCorpus(dir);
    const emitted = emitCorpus(data);
    times.push(performance.now() - started);
    if (i === 0) {
      for (const file of emitted.files) {
        raw += Buffer.byteLength(file.source);
        gzip += gzipSync(file.source).length;
      }
    }
  }
  return {
    label,
    documents: data!.events.length,
    talks: data!.talks.length,
    skipped: data!.warnings.filter((w) => w.severity === 'skipped').length,
    medianMs: median(times),
    rawBytes: raw,
    gzipBytes: gzip,
    data: data!,
  };
}

/** A folder holding `times` copies of `source` under different names; for scale runs. */
export function multiplyCorpus(source: string, times: number, target: string): string {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (let i = 0; i < times; i++)
    cpSync(source, path.join(target, `copy-${i}`), { recursive: true });
  return target;
}
