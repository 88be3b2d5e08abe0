/**
 * The production build: Preact app, the corpus (emitted by the corpus plugin), a prerendered HTML
 * page per route and the Workbox service worker, all sharing one BuildState.
 *
 * Environment:
 * - TALKSHELF_BASE      public base path, e.g. `/talkshelf/` (default `/`)
 * - TALKSHELF_CORPUS    folder of notes to build from (default `corpus/`)
 * - TALKSHELF_OUT       output folder (default `dist/`)
 * - TALKSHELF_SITE_URL  absolute site origin for canonical/OG URLs, e.g. `https://example.org`
 * - TALKSHELF_AUTO_OFFLINE_MB  largest corpus (MB gzip) saved offline without asking (default 5)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import type { BuildState } from './src/build/build-state';
import { normaliseBase } from './src/build/base-path';
import { talkshelfCorpus } from './src/build/corpus-plugin';
import { prerender } from './src/build/prerender-plugin';
import { serviceWorker } from './src/build/sw-plugin';

const root = path.dirname(fileURLToPath(import.meta.url));
const base = normaliseBase(process.env.TALKSHELF_BASE);
const corpusDir = path.resolve(root, process.env.TALKSHELF_CORPUS ?? 'corpus');
const outDir = path.resolve(root, process.env.TALKSHELF_OUT ?? 'dist');
const siteUrl = process.env.TALKSHELF_SITE_URL?.replace(/\/+$/, '') || undefined;
const autoOfflineMb = Number(process.env.TALKSHELF_AUTO_OFFLINE_MB);

const state: BuildState = { base };

export default defineConfig({
  base,
  define: {
    __TALKSHELF_AUTO_OFFLINE_BYTES__:
      autoOfflineMb >= 0 ? String(Math.round(autoOfflineMb * 1024 * 1024)) : 'undefined',
  },
  plugins: [
    preact(),
    talkshelfCorpus(state, { corpusDir }),
    prerender(state, { siteUrl }),
    serviceWorker(state, { swSource: path.join(root, 'src/sw/sw.ts') }),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
  },
});
