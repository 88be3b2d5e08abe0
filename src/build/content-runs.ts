/**
 * Content-defined cutting of the corpus into files. Where a file ends depends on the key of the
 * item that ends it (and on a minimum size), never on an item's position: adding, changing or
 * removing one document changes the file that holds it, and at most its neighbour, while every
 * other file keeps its bytes and so its hashed name. That is what lets an update fetch only what
 * changed. (The same idea as rsync's or restic's chunking, at the grain of whole records.)
 */

/** One item to place: its key (an event id) and the JSON of its records. */
export interface RunItem {
  key: string;
  records: string[];
}

/** How runs are cut. */
export interface RunSizes {
  /**
   * A run never ends before it holds this many bytes of JSON. Keep it well under `divisor` items:
   * near the typical run size, one added item moves the next cut, and that one the next.
   */
  minBytes: number;
  /** A run ends before an item that would take it past this size (an item alone may exceed it). */
  maxBytes: number;
  /** Past the minimum, a run ends after an item whose key hash is divisible by this. */
  divisor: number;
}

/** FNV-1a of a string's UTF-16 code units: small, stable, and spread enough for cut points. */
export function keyHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Returns `items` (in the caller's stable order) cut into runs; each run is a list of items. */
export function contentRuns(items: readonly RunItem[], sizes: RunSizes): RunItem[][] {
  return cutRuns(items, sizes, (item) => item.key, recordsSize);
}

const recordsSize = (item: RunItem): number =>
  item.records.reduce((sum, record) => sum + record.length + 1, 0);

/**
 * The same cut for any item, sized by `sizeOf` in the unit of `sizes` (bytes of JSON for files,
 * an estimate of postings for the search index's segments).
 */
export function cutRuns<T>(
  items: readonly T[],
  sizes: RunSizes,
  keyOf: (item: T) => string,
  sizeOf: (item: T) => number,
): T[][] {
  const runs: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = sizeOf(item);
    if (current.length > 0 && size + itemSize > sizes.maxBytes) {
      runs.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += itemSize;
    if (size >= sizes.minBytes && keyHash(keyOf(item)) % sizes.divisor === 0) {
      runs.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/** Plain code-unit order of ids, the same in the build and every browser (never locale-aware). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
