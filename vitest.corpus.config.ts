// The corpus suite (`npm run test:corpus`): tests over the real corpora in ../shared/scale-corpus and
// ../shared/dev-corpus (see test/corpus/corpora.ts). `npm test` never runs it: it needs nothing beside
// the clone.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      'virtual:talkshelf-corpus': fileURLToPath(
        new URL('./test/support/virtual-corpus.ts', import.meta.url),
      ),
    },
  },
  test: {
    include: ['test/corpus/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
