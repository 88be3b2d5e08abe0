/**
 * Where the corpus can be read from right now, shared by the loader (which writes it) and the
 * corpus store (which reads it). While a corpus downloads, or for the whole session when
 * IndexedDB is unusable, the fetched corpus is kept here in memory.
 */
import type { CorpusManifest, TalkRecord } from '../shared/types';

/** A corpus fetched from the network and held in memory; `complete` once every chunk arrived. */
export interface MemoryCorpus {
  manifest: CorpusManifest;
  talks: Map<string, TalkRecord>;
  complete: boolean;
}

/**
 * `idle`: no load started (read IndexedDB); `loading`: checking or fetching; `stored`: IndexedDB
 * holds a usable corpus; `memory`: storage failed, reads come from memory; `failed`: nothing to read.
 */
export type CorpusStatus = 'idle' | 'loading' | 'stored' | 'memory' | 'failed';

/** A snapshot of the corpus state, with download progress in talk chunks. */
export interface CorpusState {
  status: CorpusStatus;
  memory?: MemoryCorpus;
  chunksLoaded: number;
  chunksTotal: number;
  /** While loading: the loader found an intact stored corpus (maybe older) that pages may read meanwhile. */
  storedReadable?: boolean;
  /** Why loading failed, when `status` is `failed`. */
  error?: string;
}

const initial: CorpusState = { status: 'idle', chunksLoaded: 0, chunksTotal: 0 };
let state: CorpusState = initial;
const listeners = new Set<(state: CorpusState) => void>();

/** The current corpus state. */
export function corpusState(): CorpusState {
  return state;
}

/** Merges a change into the state and tells every subscriber. */
export function updateCorpusState(change: Partial<CorpusState>): void {
  state = { ...state, ...change };
  for (const listener of [...listeners]) listener(state);
}

/** Subscribes to state changes (status, memory, progress); returns an unsubscribe. */
export function onCorpusState(listener: (state: CorpusState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Resolves on the next state change: readers wait on it for a corpus still downloading. */
export function nextCorpusChange(): Promise<CorpusState> {
  return new Promise((resolve) => {
    const off = onCorpusState((next) => {
      off();
      resolve(next);
    });
  });
}

const damageListeners = new Set<() => void>();

/** Says that a stored corpus record could not be read: the stored corpus should be fetched again. */
export function reportCorpusDamage(): void {
  for (const listener of [...damageListeners]) listener();
}

/** Subscribes to reports of a damaged stored corpus; returns an unsubscribe. */
export function onCorpusDamage(listener: () => void): () => void {
  damageListeners.add(listener);
  return () => damageListeners.delete(listener);
}

/** Back to the initial state (tests). */
export function resetCorpusState(): void {
  state = initial;
}
