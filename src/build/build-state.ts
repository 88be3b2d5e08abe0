/** What the corpus plugin hands to the prerender and service-worker plugins within one `vite build`. */
import type { CorpusManifest, EventRecord, TalkRecord } from '../shared/types';

/** The built corpus, in memory, with the file names it was emitted under. */
export interface BuiltCorpus {
  manifest: CorpusManifest;
  events: EventRecord[];
  talks: TalkRecord[];
  /** File name of the corpus manifest relative to the output folder, e.g. `data/corpus.ab12cd34.json`. */
  manifestFileName: string;
}

/** Shared, mutable state of one build; `corpus` is set in buildStart by the corpus plugin. */
export interface BuildState {
  /** The public base path, always ending in `/`, e.g. `/` or `/talkshelf/`. */
  base: string;
  corpus?: BuiltCorpus;
}
