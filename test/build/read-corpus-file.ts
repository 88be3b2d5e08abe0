// Test helper: a default corpus file as the pipeline hands it to readers (decoded, repaired).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../../src/build/decode';
import type { SourceFile } from '../../src/build/model';
import { repairMojibake } from '../../src/build/repair-encoding';

const corpus = join(__dirname, '../../corpus');

/** The corpus file whose name starts with `prefix`, decoded and repaired. */
export function corpusFile(prefix: string): SourceFile {
  const path = readdirSync(corpus).find((f) => f.startsWith(prefix));
  if (!path) throw new Error(`no corpus file ${prefix}`);
  return { path, text: repairMojibake(decodeBytes(readFileSync(join(corpus, path))).text).text };
}

/** Every default corpus file. */
export const allCorpusFiles = (): SourceFile[] =>
  ['000', '001', '002', '003', '004'].map(corpusFile);
