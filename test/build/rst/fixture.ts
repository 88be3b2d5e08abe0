// Test helper: the reST fixtures of test/fixtures/rst, as the pipeline hands them to readers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../../../src/build/model';

/** The fixture `name` (e.g. `stupig-2015-03-06.rst`) as a source file. */
export function rstFixture(name: string): SourceFile {
  return { path: name, text: readFileSync(join(__dirname, '../../fixtures/rst', name), 'utf8') };
}
