/**
 * The Vite plugin that builds the corpus at the start of every `vite build` (and dev server):
 * emits the hashed JSON files, fills the shared BuildState for the prerender and service-worker
 * plugins, and serves `virtual:talkshelf-corpus` so the app knows where its data lives.
 */
import type { Plugin, ViteDevServer } from 'vite';
import type { BuildState } from './build-state';
import { emitCorpus, type EmittedCorpus } from './emit-corpus';
import { buildCorpus, EmptyCorpusError } from './pipeline';
import { formatSummary } from './summary';

const VIRTUAL_ID = 'virtual:talkshelf-corpus';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/** Options of the corpus plugin. */
export interface CorpusPluginOptions {
  /** Absolute path of the corpus folder. */
  corpusDir: string;
}

/** The corpus plugin for one build, sharing `state` with the other Talkshelf plugins. */
export function talkshelfCorpus(state: BuildState, options: CorpusPluginOptions): Plugin {
  let emitted: EmittedCorpus | undefined;
  let isBuild = true;

  const run = (log: (message: string) => void): EmittedCorpus => {
    const data = buildCorpus(options.corpusDir);
    log(formatSummary(data, options.corpusDir));
    const result = emitCorpus(data);
    state.corpus = {
      manifest: result.manifest,
      events: data.events,
      talks: data.talks,
      manifestFileName: result.manifestFileName,
    };
    return result;
  };

  return {
    name: 'talkshelf-corpus',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    buildStart() {
      try {
        emitted = run((message) => console.log(message));
      } catch (error) {
        if (error instanceof EmptyCorpusError) this.error(error.message);
        throw error;
      }
      if (!isBuild) return;
      for (const file of emitted.files) {
        this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
      }
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (!emitted)
        throw new Error('talkshelf-corpus: the corpus was not built before the app asked for it');
      return [
        `export const corpusManifestUrl = ${JSON.stringify(emitted.manifestFileName)};`,
        `export const corpusVersion = ${JSON.stringify(emitted.manifest.version)};`,
        `export const searchManifestUrl = ${JSON.stringify(emitted.searchManifestFileName)};`,
      ].join('\n');
    },
    configureServer(server) {
      serveFromMemory(server, () => emitted, state.base);
      // Rebuild the corpus when a note changes, then reload the page.
      server.watcher.add(options.corpusDir);
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(options.corpusDir)) return;
        try {
          emitted = run((message) => server.config.logger.info(message));
          const module = server.moduleGraph.getModuleById(RESOLVED_ID);
          if (module) server.moduleGraph.invalidateModule(module);
          server.ws.send({ type: 'full-reload' });
        } catch (error) {
          server.config.logger.error(String(error));
        }
      });
    },
  };
}

function serveFromMemory(
  server: ViteDevServer,
  get: () => EmittedCorpus | undefined,
  base: string,
) {
  server.middlewares.use((req, res, next) => {
    const path = (req.url ?? '').split('?')[0];
    if (!path.startsWith(`${base}data/`)) return next();
    const file = get()?.files.find((f) => `${base}${f.fileName}` === path);
    if (!file) return next();
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(file.source);
  });
}
