/**
 * A route view fetched as its own chunk, so the shell a phone downloads first holds only the
 * pages most visits need. `preload` fetches it ahead of the first render (main.tsx does for the
 * page being opened), so taking over a prerendered page never flashes a placeholder.
 */
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { Loading } from './PageStates';

/** A component standing for the view `load` resolves to, with a `preload` that fetches it. */
export function lazyView<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> & { preload: () => Promise<void> } {
  let Loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (view) => {
        Loaded = view;
      },
      (error: unknown) => {
        pending = undefined; // offline without the chunk: try again on the next render
        throw error;
      },
    ));
  function LazyView(props: P) {
    const [, loaded] = useState(0);
    if (Loaded) return <Loaded {...props} />;
    preload().then(
      () => loaded((n) => n + 1),
      () => undefined,
    );
    return <Loading />;
  }
  return Object.assign(LazyView, { preload });
}
