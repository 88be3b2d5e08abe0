/**
 * The home catalogue in the app (see HomeCatalogue): its head, and its summaries fetched a file at
 * a time as their rows come near the screen. The files come through the service worker's cache,
 * which the offline copy fills, so the home page of a large library opens without reading every
 * event.
 */
import type { EventSummary, HomeCatalogue } from '../shared/types';
import { lastAtMost } from '../shared/last-at-most';
import { fetchJson } from './corpus-files';
import { currentManifest } from './corpus-store';
import { checkCatalogue, checkSummary } from './record-check';

/** An opened catalogue: its head, and its events by position in the list. */
export interface OpenCatalogue {
  head: HomeCatalogue;
  /** The summary of the event at position `n`, once its file is loaded. */
  at(n: number): EventSummary | undefined;
  /**
   * Loads the files holding positions `from` to `to` (exclusive); resolves to whether any was new,
   * rejects when one cannot be fetched (FileUnavailable) or is damaged.
   */
  load(from: number, to: number): Promise<boolean>;
}

/**
 * Resolves to the current corpus's catalogue with its first `first` events loaded, or undefined
 * when the corpus has none or it is damaged; rejects (FileUnavailable) when it cannot be fetched.
 */
export async function openHomeCatalogue(first: number): Promise<OpenCatalogue | undefined> {
  const { home } = await currentManifest();
  if (!home) return undefined;
  const head = checkCatalogue(await fetchJson<unknown>(home.catalogue));
  if (!head) return undefined;
  const starts = new Float64Array(head.files.length);
  for (let i = 1; i < head.files.length; i++) {
    starts[i] = starts[i - 1] + head.files[i - 1].count;
  }
  const loaded = new Map<number, EventSummary[]>();
  const pending = new Map<number, Promise<void>>();
  const loadFile = (file: number): Promise<void> => {
    let load = pending.get(file);
    if (!load) {
      load = fetchJson<unknown>(head.files[file].url).then((value) => {
        const summaries = Array.isArray(value) ? value.map(checkSummary) : [];
        // a damaged file reads as missing rows, never as rows of the wrong events
        if (summaries.length !== head.files[file].count || summaries.some((s) => !s)) {
          throw new Error(`Damaged catalogue file ${head.files[file].url}`);
        }
        loaded.set(file, summaries as EventSummary[]);
      });
      load.catch(() => pending.delete(file));
      pending.set(file, load);
    }
    return load;
  };
  const catalogue: OpenCatalogue = {
    head,
    at(n) {
      const file = lastAtMost(starts, n);
      return loaded.get(file)?.[n - starts[file]];
    },
    async load(from, to) {
      if (head.files.length === 0 || to <= from) return false;
      const files: number[] = [];
      const last = lastAtMost(starts, to - 1);
      for (let file = lastAtMost(starts, from); file <= last; file++) {
        if (!loaded.has(file)) files.push(file);
      }
      await Promise.all(files.map(loadFile));
      return files.length > 0;
    },
  };
  await catalogue.load(0, Math.min(first, head.events));
  return catalogue;
}
