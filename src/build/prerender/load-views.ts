/** Loading the app's pure page views (src/app/static-pages.tsx) into Node through Vite's SSR loader. */
import { createServer, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import type { BuildState } from '../build-state';
import type { StaticPage } from './pages';

/** The functions src/app/static-pages.tsx exports for prerendering. */
export interface StaticViews {
  renderStaticPage(page: StaticPage, base?: string): string;
  pageMeta(page: StaticPage, base: string): { title: string; description: string };
}

const VIRTUAL_CORPUS = 'virtual:talkshelf-corpus';

/** Answers the corpus virtual module in SSR from the build's own corpus, so views may import it. */
function corpusModule(state: BuildState): Plugin {
  return {
    name: 'talkshelf:ssr-corpus-module',
    resolveId: (id) => (id === VIRTUAL_CORPUS ? `\0${VIRTUAL_CORPUS}` : undefined),
    load(id) {
      if (id !== `\0${VIRTUAL_CORPUS}`) return undefined;
      const corpus = state.corpus;
      return [
        `export const corpusManifestUrl = ${JSON.stringify(corpus?.manifestFileName ?? '')};`,
        `export const corpusVersion = ${JSON.stringify(corpus?.manifest.version ?? '')};`,
        `export const searchManifestUrl = ${JSON.stringify(corpus?.manifest.search.manifest ?? '')};`,
      ].join('\n');
    },
  };
}

/** Resolves to the static views module loaded with the build's base path, and a function to free the loader. */
export async function loadStaticViews(
  root: string,
  entry: string,
  state: BuildState,
): Promise<{ views: StaticViews; close: () => Promise<void> }> {
  const server = await createServer({
    root,
    base: state.base,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false }), corpusModule(state)],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const views = (await server.ssrLoadModule(entry)) as Partial<StaticViews>;
    if (typeof views.renderStaticPage !== 'function' || typeof views.pageMeta !== 'function') {
      throw new Error(`${entry} must export renderStaticPage(page) and pageMeta(page, base)`);
    }
    return { views: views as StaticViews, close: () => server.close() };
  } catch (error) {
    await server.close();
    throw error;
  }
}
