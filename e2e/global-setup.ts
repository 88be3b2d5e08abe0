/**
 * Builds the extra sites the PWA specs need, once per run (dist/ itself comes from `npm run build`):
 * dist-next/ from the edited fixture corpus (update test), dist-base/talkshelf/ under the
 * `/talkshelf/` base path (sub-path test), dist-large/ from a generated corpus of 1,500
 * documents (the library at scale), built to count as too big to save offline without asking,
 * and dist-large-next/ from the same corpus and one document more (its update).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateCorpus } from '../scripts/generate-corpus';

/** The generated corpus of the large build, and its size. */
export const LARGE_CORPUS = 'dist-large-corpus';
export const LARGE_DOCUMENTS = 1500;
/** The same corpus with one document added, and that document's title. */
export const LARGE_NEXT_CORPUS = 'dist-large-next-corpus';
export const ADDED_TITLE = 'Quasar fleet telemetry after the release';

/** The extra builds, relative to the project folder. */
/** The public origin the sub-path build is made for, so its shared links carry absolute URLs. */
export const SITE_URL = 'https://shelf.example.org';

export const EXTRA_BUILDS: { out: string; env: Record<string, string> }[] = [
  { out: 'dist-next', env: { TALKSHELF_CORPUS: 'e2e/fixtures/corpus-next' } },
  {
    out: 'dist-base/talkshelf',
    env: { TALKSHELF_BASE: '/talkshelf/', TALKSHELF_SITE_URL: SITE_URL },
  },
  // 1.3 MB gzip: past this threshold, so the large build downloads on purpose only.
  { out: 'dist-large', env: { TALKSHELF_CORPUS: LARGE_CORPUS, TALKSHELF_AUTO_OFFLINE_MB: '0.5' } },
  {
    out: 'dist-large-next',
    env: { TALKSHELF_CORPUS: LARGE_NEXT_CORPUS, TALKSHELF_AUTO_OFFLINE_MB: '0.5' },
  },
];

/** Copies the large corpus and adds one blog post to it. */
function addOneDocument(): void {
  rmSync(LARGE_NEXT_CORPUS, { recursive: true, force: true });
  cpSync(LARGE_CORPUS, LARGE_NEXT_CORPUS, { recursive: true });
  writeFileSync(
    path.join(LARGE_NEXT_CORPUS, 'blog', 'added-after-the-release.md'),
    `---\ntitle: "${ADDED_TITLE}"\ndate: "2026-11-20"\n---\n\nHow the quasar fleet reports its telemetry now.\n`,
  );
}

function viteBuild(out: string, env: Record<string, string>) {
  const vite = path.resolve('node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'error'], {
    env: { ...process.env, ...env, TALKSHELF_OUT: out },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`Building ${out} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** Playwright's global setup: builds every extra site, failing the run if one fails. */
export default function globalSetup(): void {
  if (process.env.TALKSHELF_E2E_SKIP_BUILDS) return; // reuse the last builds while iterating
  generateCorpus(LARGE_CORPUS, LARGE_DOCUMENTS);
  addOneDocument();
  for (const build of EXTRA_BUILDS) viteBuild(build.out, build.env);
}
