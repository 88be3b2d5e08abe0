/** The home list for the URL's params made from every event, without blocking input at scale. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { EventRecord } from '../../shared/types';
import {
  homeList,
  homeListInSteps,
  listsAtOnce,
  type FullHomeList,
  type PreparedHome,
} from './event-groups';
import type { HomeParams } from './home-params';

/** A list made in steps, for the events and params (their JSON) it was made from. */
interface Made {
  all: readonly EventRecord[];
  key: string;
  list: FullHomeList;
}

/**
 * The list of `all` for `params` (`key`: their JSON): the one the route prepared, else made here.
 * A small library's list, or one with nothing on screen meanwhile (`canWait` false: the first
 * render, the prerender), is made at once; else it is made a few thousand events per task, and
 * this gives undefined until it is ready (the page keeps showing the list it had). Sorting 35,000
 * events at once blocked a phone for half a second on each change of order or filter.
 */
export function useFullList(
  all: readonly EventRecord[] | undefined,
  params: HomeParams,
  key: string,
  prepared: PreparedHome | undefined,
  canWait: boolean,
): FullHomeList | undefined {
  const [made, setMade] = useState<Made>();
  const ready = prepared?.params === key ? prepared.list : undefined;
  const fits = made?.all === all && made?.key === key ? made.list : undefined;
  const inSteps = !!all && !ready && !fits && canWait && !listsAtOnce(all);
  const atOnce = useMemo(
    () => (all && !ready && !fits && !inSteps ? homeList(all, params) : undefined),
    [all, key, ready, fits, inSteps],
  );
  useEffect(() => {
    if (!all || !inSteps) return;
    const controller = new AbortController();
    homeListInSteps(all, params, controller.signal).then(
      (list) => setMade({ all, key, list }),
      () => undefined, // aborted: other params came
    );
    return () => controller.abort();
  }, [all, key, inSteps]);
  return ready ?? fits ?? atOnce;
}
