// The corpus suite (`npm run test:corpus`): tests over the real corpora in ../shared/scale-corpus and
// ../shared/dev-corpus (see test/corpus/corpora.ts). `npm test` never runs it: it needs nothing beside
// the clone. It shares the unit suite's settings (the corpus virtual module's alias) but its files.
import { defineConfig, mergeConfig } from 'vitest/config';
import unit from './vitest.config';

export default mergeConfig(
  { ...unit, test: { ...unit.test, include: [], exclude: [] } },
  defineConfig({
    test: {
      include: ['test/corpus/**/*.test.ts'],
      testTimeout: 300_000,
      hookTimeout: 300_000,
    },
  }),
);
