/** The offline copy's state as a hook, for the notices, the about page and the event pages. */
import { useEffect, useState } from 'preact/hooks';
import { offlineCopyState, onOfflineCopy, type OfflineCopyState } from '../../data/offline-copy';

/** The current offline copy state, re-rendering on every change. */
export function useOfflineCopy(): OfflineCopyState {
  const [state, setState] = useState<OfflineCopyState>(offlineCopyState);
  useEffect(() => onOfflineCopy(setState), []);
  return state;
}
