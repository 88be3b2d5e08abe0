/**
 * Which corpus the app reads right now, shared by the loader (which decides it) and the corpus
 * store (which reads it). Reads wait until the loader has a manifest: the stored one when it is
 * this build's, else the fetched one, else (offline) the stored older one.
 */
import type { CorpusManifest } from '../shared/types';

/**
 * `idle`: no load started; `loading`: looking for a manifest; `ready`: reads follow `manifest`;
 * `failed`: no manifest anywhere (offline on a first visit).
 */
export type CorpusStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** A snapshot of the corpus state. */
export interface CorpusState {
  status: CorpusStatus;
  /** The manifest reads follow, once `ready`. */
  manifest?: CorpusManifest;
  /** Goes up whenever what IndexedDB holds changes (a file stored, an update applied, a copy removed). */
  revision: number;
  /** Why loading failed, when `status` is `failed`. */
  error?: string;
}

const initial: CorpusState = { status: 'idle', revision: 0 };
let state: CorpusState = initial;
const listeners = new Set<(state: CorpusState) => void>();

/** The current corpus state. */
export function corpusState(): CorpusState {
  return state;
}

/** A key that changes with the corpus version read or the records stored of it: what cached reads depend on. */
export function corpusChangeKey(state: CorpusState): string {
  return `${state.manifest?.version ?? ''}#${state.revision}`;
}

/** Merges a change into the state and tells every subscriber. */
export function updateCorpusState(change: Partial<CorpusState>): void {
  state = { ...state, ...change };
  for (const listener of [...listeners]) listener(state);
}

/** Says that stored records changed, so cached pages and lists are read again. */
export function bumpCorpusRevision(): void {
  updateCorpusState({ revision: state.revision + 1 });
}

/** Subscribes to state changes; returns an unsubscribe. */
export function onCorpusState(listener: (state: CorpusState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Resolves on the next state change. */
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
