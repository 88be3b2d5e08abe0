/**
 * The prerender step: after the client bundle is written, writes a static HTML page for every
 * route (home, events, talks, search, bookmarks, about, 404.html) from the built index.html, so
 * shared links read without JavaScript on any static host. Keeps the plain template as shell.html,
 * the app shell the service worker answers offline navigations with.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OutputAsset, OutputBundle } from 'rollup';
import type { Plugin } from 'vite';
import type { BuildState } from './build-state';
import { fillTemplate, type HeadTags } from './prerender/html';
import { loadStaticViews, type StaticViews } from './prerender/load-views';
import { listPages, type PageToRender } from './prerender/pages';

/** Options of the prerender plugin. */
export interface PrerenderOptions {
  /**
   * Absolute origin (no trailing slash) for canonical and Open Graph URLs. Without it those tags
   * are left out: a relative canonical or og:url is invalid, and the origin is unknown at build time.
   */
  siteUrl?: string;
  /** The views module, relative to the Vite root. */
  entry?: string;
}

/** The file name of the plain app shell in the output folder. */
export const SHELL_FILE = 'shell.html';

/** Returns the head tags of one page from the views' title and description. */
function headFor(
  item: PageToRender,
  views: StaticViews,
  state: BuildState,
  siteUrl = '',
): HeadTags {
  const meta = views.pageMeta(item.page, state.base);
  const notFound = item.page.kind === 'notFound';
  return {
    ...meta,
    canonical: notFound || !siteUrl ? undefined : `${siteUrl}${item.url}`,
    ogType: item.page.kind === 'talk' ? 'article' : 'website',
    image: siteUrl ? `${siteUrl}${state.base}icons/icon-512.png` : undefined,
    noindex: notFound,
  };
}

/** Returns the built index.html's text, or undefined when this build has none (e.g. a library build). */
function builtTemplate(bundle: OutputBundle): string | undefined {
  const index = bundle['index.html'] as OutputAsset | undefined;
  return index?.type === 'asset' ? String(index.source) : undefined;
}

/** Returns a Vite plugin that prerenders every page of the corpus held in `state`. */
export function prerender(state: BuildState, options: PrerenderOptions = {}): Plugin {
  let root = process.cwd();
  return {
    name: 'talkshelf:prerender',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_output, bundle) {
      const template = builtTemplate(bundle);
      if (template) this.emitFile({ type: 'asset', fileName: SHELL_FILE, source: template });
    },
    // Pages are written here rather than emitted, so thousands of them don't flood the build report.
    writeBundle: {
      sequential: true,
      async handler(output, bundle) {
        const template = builtTemplate(bundle);
        if (!template || !output.dir) return;
        const started = Date.now();
        const entry = options.entry ?? '/src/app/static-pages.tsx';
        const { views, close } = await loadStaticViews(root, entry, state);
        try {
          const pages = listPages(state.corpus, state.base);
          const folders = new Set(
            pages.map((item) => path.dirname(path.join(output.dir!, item.file))),
          );
          await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
          let failed = 0;
          for (const item of pages) {
            let html: string;
            try {
              const head = headFor(item, views, state, options.siteUrl);
              html = fillTemplate(template, head, views.renderStaticPage(item.page, state.base));
            } catch (error) {
              // One document must not stop the build: its page is left to the app, which renders it in the browser.
              failed++;
              const source = 'event' in item.page ? ` (from ${item.page.event.source})` : '';
              const reason = error instanceof Error ? error.message : String(error);
              console.warn(`talkshelf: could not prerender ${item.url}${source}: ${reason}`);
              html = template;
            }
            await writeFile(path.join(output.dir, item.file), html);
          }
          const note = failed ? `, ${failed} left to the browser` : '';
          console.log(
            `talkshelf: prerendered ${pages.length - failed} pages${note} in ${Date.now() - started} ms`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
