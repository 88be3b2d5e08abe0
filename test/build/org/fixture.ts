// Test helper: the Org fixtures of test/fixtures/org, as the pipeline hands them to readers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../../../src/build/model';

/** The fixture `name` (e.g. `emacs-meetup-2015-01.org`) as a source file. */
export function orgFixture(name: string): SourceFile {
  return { path: name, text: readFileSync(join(__dirname, '../../fixtures/org', name), 'utf8') };
}
