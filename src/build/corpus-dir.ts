/** Where the corpus comes from: `TALKSHELF_CORPUS`, else the project's `corpus/` folder. */
import path from 'node:path';

/** The absolute corpus folder for this build. */
export function resolveCorpusDir(given = process.env.TALKSHELF_CORPUS): string {
  return path.resolve(given && given.trim() !== '' ? given : 'corpus');
}
