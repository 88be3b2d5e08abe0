// Unit tests run in Node: parser, build steps, search and the data layer (on fake-indexeddb).
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
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
