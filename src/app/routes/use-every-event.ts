/** Every event of the corpus for a view that needs them all, read once a session and only when asked. */
import { useEffect, useState } from 'preact/hooks';
import type { EventRecord } from '../../shared/types';
import { eventsKey, loadPage } from './route-data';

/** The events read, or why they could not be; both absent while reading or not asked. */
export interface EveryEvent {
  list?: EventRecord[];
  error?: string;
}

/**
 * `given` when the page already has them; else, once `wanted`, every event (the route cache's
 * `events` page, shared by the home page's other orders and the search filters).
 */
export function useEveryEvent(given: EventRecord[] | undefined, wanted: boolean): EveryEvent {
  const [state, setState] = useState<EveryEvent>({});
  const need = wanted && !given && !state.list;
  useEffect(() => {
    if (!need) return;
    let live = true;
    loadPage(eventsKey).then(
      (page) => live && setState({ list: page?.kind === 'home' ? (page.events ?? []) : [] }),
      (error: unknown) =>
        live &&
        setState({
          error: error instanceof Error ? error.message : 'The events could not be loaded.',
        }),
    );
    return () => {
      live = false;
    };
  }, [need]);
  return given ? { list: given } : wanted ? state : {};
}
