// Unit tests run in Node: parser, build steps, search and the data layer (on fake-indexeddb).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
