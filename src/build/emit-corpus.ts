/** Packs the built corpus into content-hashed JSON files: a manifest, talk chunks and the search index. */
import type { CorpusManifest, TalkRecord } from '../shared/types';
import { shortHash } from './hash';
import type { BuiltCorpusData } from './pipeline';
import { buildSearchIndex } from './search-index';

/** A file to write, relative to the output root. */
export interface EmittedFile {
  fileName: string;
  source: string;
}

/** Everything one corpus build writes, and what the app needs to find it. */
export interface EmittedCorpus {
  files: EmittedFile[];
  manifest: CorpusManifest;
  manifestFileName: string;
  searchManifestFileName: string;
}

/** Talk chunks stay around this size so the first visit shows progress and no single file is huge. */
const CHUNK_BYTES = 256 * 1024;

/** The files for `data` (see the module comment); names carry content hashes, so caches never go stale. */
export function emitCorpus(data: BuiltCorpusData): EmittedCorpus {
  const files: EmittedFile[] = [];
  const talkChunks: string[] = [];
  for (const source of talkChunkSources(data.talks)) {
    const fileName = `data/talks.${shortHash(source)}.json`;
    files.push({ fileName, source });
    talkChunks.push(fileName);
  }

  const search = buildSearchIndex(data.events, data.talks);
  files.push(...search.files);

  const version = shortHash(
    JSON.stringify(data.events) + talkChunks.join() + search.manifestFileName,
    12,
  );
  const manifest: CorpusManifest = {
    version,
    builtAt: data.newestSource,
    events: data.events,
    talkCount: data.talks.length,
    talkChunks,
    searchManifest: search.manifestFileName,
  };
  const manifestSource = JSON.stringify(manifest);
  const manifestFileName = `data/corpus.${shortHash(manifestSource)}.json`;
  files.push({ fileName: manifestFileName, source: manifestSource });
  return { files, manifest, manifestFileName, searchManifestFileName: search.manifestFileName };
}

/** The JSON of each talk chunk; each talk is serialised once, both to measure and to write it. */
function talkChunkSources(talks: TalkRecord[]): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let size = 0;
  // Same bytes as JSON.stringify(chunk): an array's JSON is its elements' JSON joined by commas.
  const close = () => chunks.push(`[${current.join(',')}]`);
  for (const talk of talks) {
    const json = JSON.stringify(talk);
    if (current.length > 0 && size + json.length > CHUNK_BYTES) {
      close();
      current = [];
      size = 0;
    }
    current.push(json);
    size += json.length;
  }
  if (current.length > 0) close();
  return chunks;
}
