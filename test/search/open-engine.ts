// Test helper: an engine over the files buildSearchIndex returns, served from memory.
import { buildSearchIndex } from '../../src/build/search-index';
import type { ShardOptions } from '../../src/build/search-index';
import type { SegmentOptions } from '../../src/build/search-segments';
import { openSearchEngine } from '../../src/search/engine';
import type { SearchEngine } from '../../src/search/engine';
import type { EventRecord, TalkRecord } from '../../src/shared/types';

/** An engine over an in-memory index, the paths it fetched, and the files it was built from. */
export async function openInMemory(
  events: EventRecord[],
  talks: TalkRecord[],
  sharding?: ShardOptions,
  shardBudget?: number,
  segmenting?: SegmentOptions,
): Promise<{
  engine: SearchEngine;
  fetched: string[];
  fileCount: number;
  built: ReturnType<typeof buildSearchIndex>;
  files: Map<string, string>;
}> {
  const built = buildSearchIndex(events, talks, sharding, segmenting);
  const files = new Map(built.files.map((f) => [f.fileName, f.source]));
  const fetched: string[] = [];
  const engine = await openSearchEngine(
    built.manifestFileName,
    async (path) => {
      fetched.push(path);
      const source = files.get(path);
      if (source === undefined) throw new Error(`missing ${path}`);
      return JSON.parse(source);
    },
    shardBudget,
  );
  return { engine, fetched, fileCount: built.files.length, built, files };
}
