// Test helper: an engine over the files buildSearchIndex returns, served from memory.
import { buildSearchIndex } from '../../src/build/search-index';
import type { ShardOptions } from '../../src/build/search-index';
import { openSearchEngine } from '../../src/search/engine';
import type { SearchEngine } from '../../src/search/engine';
import type { EventRecord, TalkRecord } from '../../src/shared/types';

/** An engine over an in-memory index, and the paths it fetched. */
export async function openInMemory(
  events: EventRecord[],
  talks: TalkRecord[],
  sharding?: ShardOptions,
  shardBudget?: number,
): Promise<{ engine: SearchEngine; fetched: string[]; fileCount: number }> {
  const built = buildSearchIndex(events, talks, sharding);
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
  return { engine, fetched, fileCount: built.files.length };
}
