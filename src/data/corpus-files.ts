/**
 * Fetching corpus files from the app's origin: each file once at a time (concurrent asks share one
 * request), the last few kept parsed in memory so a page and its neighbours do not fetch twice.
 * Also finds which file of a manifest holds a record.
 */
import type { StoredFile } from '../shared/db-schema';
import type { CorpusFile, EventRecord, TalkRecord } from '../shared/types';
import { lastAtMost } from '../shared/last-at-most';
import { checkEvent, checkTalk } from './record-check';

/** How many parsed files stay in memory (a talk file is at most 512 KB of JSON). */
const KEEP_PARSED = 12;

let base = '/';
let fetcher: typeof fetch = (input, init) => fetch(input, init);
const parsed = new Map<string, Promise<unknown[]>>();

/** Sets where files are fetched from (the app's base) and with what (tests pass their own fetch). */
export function configureCorpusFiles(options: { base: string; fetch?: typeof fetch }): void {
  base = options.base;
  if (options.fetch) fetcher = options.fetch;
  parsed.clear();
}

/** The base URL files are fetched under (ends with `/`). */
export function corpusBase(): string {
  return base;
}

/** Thrown when a file could not be fetched: offline, or the server failed. */
export class FileUnavailable extends Error {
  constructor(
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(`Could not fetch ${url}`, options);
    this.name = 'FileUnavailable';
  }

  /** No answer at all (offline, connection lost), as opposed to an answer with an error status. */
  get offline(): boolean {
    return typeof this.cause !== 'number';
  }
}

/**
 * Resolves to a file's JSON fetched from the network; rejects with FileUnavailable. `init` is
 * passed on (the offline copy asks for `cache: 'no-store'`: what it stores in IndexedDB must not
 * be kept a second time in the HTTP cache).
 */
export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetcher(base + url, init);
  } catch (error) {
    throw new FileUnavailable(url, { cause: error });
  }
  if (!response.ok) throw new FileUnavailable(url, { cause: response.status });
  try {
    return (await response.json()) as T;
  } catch (error) {
    throw new FileUnavailable(url, { cause: error });
  }
}

/**
 * A corpus file's records as parsed, from memory when recently read; rejects with
 * FileUnavailable. `toStore`: the caller stores the records, so the HTTP cache need not keep them.
 */
function readCorpusFile(url: string, options: { toStore?: boolean } = {}): Promise<unknown[]> {
  let pending = parsed.get(url);
  if (pending) {
    parsed.delete(url); // re-inserted below: the map's order is the order of use
  } else {
    const init: RequestInit | undefined = options.toStore ? { cache: 'no-store' } : undefined;
    pending = fetchJson<unknown>(url, init).then((value) => (Array.isArray(value) ? value : []));
    pending.catch(() => parsed.delete(url));
  }
  parsed.set(url, pending);
  while (parsed.size > KEEP_PARSED) parsed.delete(parsed.keys().next().value!);
  return pending;
}

/**
 * Resolves to a corpus file's records, each checked as `check` says (an unreadable one is left
 * out), from memory when recently read; rejects with FileUnavailable. `toStore` as above.
 */
export async function readRecords<T>(
  url: string,
  check: (value: unknown) => T | undefined,
  options: { toStore?: boolean } = {},
): Promise<T[]> {
  return (await readCorpusFile(url, options)).flatMap((record) => check(record) ?? []);
}

/** Files fetched at once: a browser starting 300 requests in one task blocks a phone for half a second. */
export const FETCHES_AT_ONCE = 6;

/**
 * Runs `run` over `items`, at most `limit` at a time, each started when one before it settles;
 * resolves to every outcome in the items' order, as Promise.allSettled does.
 */
export async function settleInPool<T, R>(
  items: readonly T[],
  limit: number,
  run: (item: T) => Promise<R>,
): Promise<Array<PromiseSettledResult<R>>> {
  const out = new Array<PromiseSettledResult<R>>(items.length);
  let next = 0;
  const worker = async () => {
    for (let n = next++; n < items.length; n = next++) {
      try {
        out[n] = { status: 'fulfilled', value: await run(items[n]!) };
      } catch (reason) {
        out[n] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * The same pool, all or nothing: resolves to every result in order, or rejects with the first
 * failure, starting nothing more once one failed (an update is not worth finishing then).
 */
export async function allInPool<T, R>(
  items: readonly T[],
  limit: number,
  run: (item: T) => Promise<R>,
): Promise<R[]> {
  let failure: { error: unknown } | undefined;
  const results = await settleInPool(items, limit, async (item) => {
    if (failure) return undefined as R; // never used: the first failure is thrown below
    try {
      return await run(item);
    } catch (error) {
      failure ??= { error };
      throw error;
    }
  });
  if (failure) throw failure.error;
  return results.map((result) => (result as PromiseFulfilledResult<R>).value);
}

/** A corpus file fetched to be stored whole, with its checked records. */
export type FetchedFile =
  | { file: CorpusFile; kind: 'events'; records: EventRecord[] }
  | { file: CorpusFile; kind: 'talks'; records: TalkRecord[] };

/** Fetches a file of events or talks to store it whole (never kept in the HTTP cache). */
export async function fetchFileToStore(
  file: CorpusFile,
  kind: 'events' | 'talks',
): Promise<FetchedFile> {
  return kind === 'events'
    ? { file, kind, records: await readRecords(file.url, checkEvent, { toStore: true }) }
    : { file, kind, records: await readRecords(file.url, checkTalk, { toStore: true }) };
}

/** The `files` record of a fetched file once stored whole. */
export function storedFileOf(fetched: FetchedFile): StoredFile {
  return {
    url: fetched.file.url,
    kind: fetched.kind,
    ids: fetched.records.map((record) => record.id),
    gzip: fetched.file.gzip,
    bytes: fetched.file.bytes,
  };
}

const firstIds = new WeakMap<readonly CorpusFile[], string[]>();

/** The file of `files` (in event-id order) that holds the records of `eventId`. */
export function fileFor(files: readonly CorpusFile[], eventId: string): CorpusFile | undefined {
  if (files.length === 0) return undefined;
  let firsts = firstIds.get(files);
  if (!firsts) firstIds.set(files, (firsts = files.map((f) => f.first)));
  const file = files[lastAtMost(firsts, eventId)];
  return file.first <= eventId ? file : undefined;
}

/** The event id of a talk id (`eventId/slug`). */
export function eventIdOfTalk(talkId: string): string {
  const slash = talkId.indexOf('/');
  return slash < 0 ? talkId : talkId.slice(0, slash);
}
