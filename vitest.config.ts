// Unit tests run in Node: parser, build steps, search and the data layer (on fake-indexeddb).
// They need nothing beside the clone; the tests over ../shared corpora are in test/corpus
// (`npm run test:corpus`, vitest.corpus.config.ts).
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      'virtual:talkshelf-corpus': fileURLToPath(
        new URL('./test/support/virtual-corpus.ts', import.meta.url),
      ),
    },
  },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: [...configDefaults.exclude, 'test/corpus/**'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
