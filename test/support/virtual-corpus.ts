// Stands in for the corpus plugin's `virtual:talkshelf-corpus` in unit tests, which run without Vite's build plugins.
export const corpusManifestUrl = 'data/corpus.test.json';
export const corpusVersion = 'test';
export const searchManifestUrl = 'data/search/manifest.test.json';
