// Where the corpus suite finds the real corpora: `../shared/<name>` beside the repository, or the
// folder an environment variable names. A missing folder fails the suite; it is never skipped.
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is test/corpus/corpora.ts). */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

function corpusFolder(name: string, envVar: string): string {
  const override = process.env[envVar];
  const dir = override ? path.resolve(override) : path.resolve(repoRoot, '..', 'shared', name);
  let isFolder = false;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    // missing: reported below
  }
  if (!isFolder)
    throw new Error(
      `The ${name} folder was not found at ${dir}` +
        (override ? ` (from ${envVar}).` : `.`) +
        ` \`npm run test:corpus\` needs ../shared/${name} beside the repository,` +
        ` or ${envVar} set to the folder.`,
    );
  return dir;
}

/** The scale corpus folder (../shared/scale-corpus, or $TALKSHELF_SCALE_CORPUS); throws when missing. */
export const scaleCorpusDir = (): string =>
  corpusFolder('scale-corpus', 'TALKSHELF_SCALE_CORPUS');

/** The development corpus folder (../shared/dev-corpus, or $TALKSHELF_DEV_CORPUS); throws when missing. */
export const devCorpusDir = (): string => corpusFolder('dev-corpus', 'TALKSHELF_DEV_CORPUS');
