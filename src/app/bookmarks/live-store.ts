/**
 * One shared, self-refreshing copy of some reader data for every component that shows it: a
 * list of 200 talks asks IndexedDB once, and refreshes when this or another tab changes it.
 */
import { useEffect, useReducer } from 'preact/hooks';
import { onReaderDataChange, type ChangeTopic } from '../../data/change-channel';
import { onStorageReady, toStorageProblem, type StorageProblem } from '../../data/db';

/** A hook returning the current value (undefined until loaded), plus a way to set it locally. */
export interface LiveStore<T> {
  use(): T | undefined;
  /** The storage problem that stopped the last load, if any (a component shows it instead of waiting). */
  useProblem(): StorageProblem | undefined;
  /** Replaces the value now (after a write this tab made), without waiting for a reload. */
  set(value: T): void;
  /** Reloads from storage. */
  refresh(): void;
}

/** A LiveStore that loads with `load` and reloads whenever `topic` changes. */
export function createLiveStore<T>(topic: ChangeTopic, load: () => Promise<T>): LiveStore<T> {
  let value: T | undefined;
  let problem: StorageProblem | undefined;
  let started = false;
  let generation = 0;
  const subscribers = new Set<() => void>();

  const notifyAll = () => {
    for (const notify of [...subscribers]) notify();
  };
  const set = (next: T) => {
    value = next;
    problem = undefined;
    notifyAll();
  };
  const refresh = () => {
    const mine = ++generation;
    // Only the latest load may land, so a slow early read never overwrites a newer one.
    load().then(
      (next) => mine === generation && set(next),
      (error: unknown) => {
        // already reported to the storage notice; kept here so the page says it instead of "Loading…"
        if (mine !== generation) return;
        problem = toStorageProblem(error);
        notifyAll();
      },
    );
  };
  const start = () => {
    if (started) return;
    started = true;
    onReaderDataChange((changed) => changed === topic && refresh());
    onStorageReady(refresh); // a blocked upgrade went through
    refresh();
  };

  const useSubscription = () => {
    const [, rerender] = useReducer((n: number) => n + 1, 0);
    useEffect(() => {
      const notify = () => rerender(undefined);
      subscribers.add(notify);
      start();
      return () => void subscribers.delete(notify);
    }, []);
  };

  return {
    use() {
      useSubscription();
      return value;
    },
    useProblem() {
      useSubscription();
      return problem;
    },
    set,
    refresh,
  };
}
