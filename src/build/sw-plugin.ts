/**
 * The service-worker step: once the client build is written, bundles src/sw/sw.ts into one classic
 * script and injects the precache manifest with workbox-build, giving `<out>/sw.js`. It precaches
 * the app shell only (scripts, styles, icons, the shell page): the corpus is stored once, by the
 * page, in IndexedDB and the search cache (src/data/offline-copy.ts), and the prerendered pages
 * are cached as they are visited.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build, type Plugin } from 'vite';
import { injectManifest } from 'workbox-build';
import type { BuildState } from './build-state';
import { SHELL_FILE } from './prerender-plugin';

/** Options of the service-worker plugin. */
export interface ServiceWorkerOptions {
  /** Absolute path of the worker's TypeScript entry. */
  swSource: string;
}

/** The worker's file name in the output folder; registered at `${base}sw.js` with scope `base`. */
export const SW_FILE = 'sw.js';

/** Files the worker precaches, relative to the output folder: the app shell, never the corpus. */
export const PRECACHE_PATTERNS = ['**/*.{js,css,svg,png,ico,webmanifest,woff2}', SHELL_FILE];

/** Files never precached: the worker itself and the install-sheet screenshots. */
const PRECACHE_IGNORES = [SW_FILE, 'screenshots/**'];

/** Bundles the worker entry into `dir/sw.js` as an IIFE, production mode (no Workbox dev logging). */
async function bundleWorker(entry: string, root: string, dir: string): Promise<string> {
  await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: dir,
      emptyOutDir: true,
      copyPublicDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['iife'], name: 'talkshelfWorker', fileName: () => SW_FILE },
    },
  });
  return path.join(dir, SW_FILE);
}

/** Returns a Vite plugin that writes the Workbox service worker after the client build. */
export function serviceWorker(state: BuildState, options: ServiceWorkerOptions): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let isClientBuild = true;
  return {
    name: 'talkshelf:service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
      isClientBuild = !config.build.ssr && !config.build.lib;
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        if (!isClientBuild) return;
        const tmp = await mkdtemp(path.join(os.tmpdir(), 'talkshelf-sw-'));
        try {
          const swSrc = await bundleWorker(options.swSource, root, tmp);
          const result = await injectManifest({
            swSrc,
            swDest: path.join(outDir, SW_FILE),
            globDirectory: outDir,
            globPatterns: PRECACHE_PATTERNS,
            globIgnores: PRECACHE_IGNORES,
            // Hashed file names are their own revision.
            dontCacheBustURLsMatching: /[.-][0-9a-zA-Z_-]{8,}\.(js|css|json)$/,
            maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
          });
          for (const warning of result.warnings) this.warn(warning);
          const kb = Math.round(result.size / 1024);
          console.log(
            `talkshelf: ${SW_FILE} precaches ${result.count} files (${kb} KB) for scope ${state.base}`,
          );
        } finally {
          await rm(tmp, { recursive: true, force: true });
        }
      },
    },
  };
}
