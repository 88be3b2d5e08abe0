/**
 * Packs the built corpus into content-hashed JSON files: a small manifest, event files, talk files,
 * the home catalogue and the search index. Event and talk files are cut by content
 * (src/build/content-runs.ts), so a new build changes only the files whose documents changed.
 */
import type { CorpusManifest, EventRecord, TalkRecord } from '../shared/types';
import { compareIds, contentRuns, type RunItem, type RunSizes } from './content-runs';
import { gzipSize, writeRuns, type EmittedFile } from './write-runs';
import { shortHash } from './hash';
import type { BuiltCorpusData } from './pipeline';
import { buildHomeCatalogue } from './home-catalogue';
import { buildSearchIndex } from './search-index';

/** Everything one corpus build writes, and what the app needs to find it. */
export interface EmittedCorpus {
  files: EmittedFile[];
  manifest: CorpusManifest;
  manifestFileName: string;
  searchManifestFileName: string;
}

/**
 * Talk files hold 64–512 KB of JSON (about 15–120 KB on the wire): small enough that opening one
 * talk costs little, large enough that a full download is hundreds of requests, not thousands.
 */
export const TALK_RUNS: RunSizes = { minBytes: 64 * 1024, maxBytes: 512 * 1024, divisor: 4 };

/**
 * Event files are small records; their files stay small too, so that one changed event does not
 * make an update fetch a large share of the catalogue again. Their cuts come from the ids (one
 * event in 32, past a small minimum), not from the minimum size: with a minimum near the file
 * size, one added event moved every later cut (an update rewrote a tenth of the files).
 */
export const EVENT_RUNS: RunSizes = { minBytes: 12 * 1024, maxBytes: 256 * 1024, divisor: 32 };

/** The files for `data` (see the module comment); names carry content hashes, so caches never go stale. */
export function emitCorpus(data: BuiltCorpusData): EmittedCorpus {
  const files: EmittedFile[] = [];
  const events = [...data.events].sort((a, b) => compareIds(a.id, b.id));
  const talksOf = new Map<string, TalkRecord[]>();
  for (const talk of data.talks) {
    const list = talksOf.get(talk.eventId);
    if (list) list.push(talk);
    else talksOf.set(talk.eventId, [talk]);
  }

  const eventItems = events.map((event) => ({ key: event.id, records: [JSON.stringify(event)] }));
  const talkItems = events.flatMap((event: EventRecord): RunItem[] => {
    const talks = (talksOf.get(event.id) ?? []).sort((a, b) => a.index - b.index);
    return talks.length ? [{ key: event.id, records: talks.map((t) => JSON.stringify(t)) }] : [];
  });
  const eventFiles = writeRuns('events', contentRuns(eventItems, EVENT_RUNS), files);
  const talkFiles = writeRuns('talks', contentRuns(talkItems, TALK_RUNS), files);

  const search = buildSearchIndex(data.events, data.talks);
  files.push(...search.files);
  const home = buildHomeCatalogue(events);
  files.push(...home.files);

  const version = shortHash(
    [...eventFiles, ...talkFiles].map((file) => file.url).join() +
      search.manifestFileName +
      home.head,
    12,
  );
  const manifest: CorpusManifest = {
    format: 2,
    version,
    builtAt: data.newestSource,
    eventCount: data.events.length,
    talkCount: data.talks.length,
    eventFiles,
    talkFiles,
    search: {
      manifest: search.manifestFileName,
      files: search.files.map((file) => file.fileName),
      ...sizesOf(search.files),
    },
    home: {
      catalogue: home.head,
      files: home.files.map((file) => file.fileName),
      ...sizesOf(home.files),
    },
  };
  const manifestSource = JSON.stringify(manifest);
  const manifestFileName = `data/corpus.${shortHash(manifestSource)}.json`;
  files.push({ fileName: manifestFileName, source: manifestSource });
  return { files, manifest, manifestFileName, searchManifestFileName: search.manifestFileName };
}

/** The JSON bytes of some files, and their bytes gzipped. */
function sizesOf(files: readonly EmittedFile[]): { bytes: number; gzip: number } {
  return files.reduce(
    (sum, file) => ({
      bytes: sum.bytes + Buffer.byteLength(file.source),
      gzip: sum.gzip + gzipSize(file.source),
    }),
    { bytes: 0, gzip: 0 },
  );
}
