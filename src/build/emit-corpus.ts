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
  for (const chunk of chunkTalks(data.talks)) {
    const source = JSON.stringify(chunk);
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

function chunkTalks(talks: TalkRecord[]): TalkRecord[][] {
  const chunks: TalkRecord[][] = [];
  let current: TalkRecord[] = [];
  let size = 0;
  for (const talk of talks) {
    const bytes = JSON.stringify(talk).length;
    if (current.length > 0 && size + bytes > CHUNK_BYTES) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(talk);
    size += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
