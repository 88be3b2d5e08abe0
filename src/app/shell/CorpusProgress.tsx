/** A progress bar while the corpus downloads, shown only when that takes longer than a moment. */
import { useEffect, useState } from 'preact/hooks';
import { corpusState, onCorpusState, type CorpusState } from '../../data/corpus-state';

const DELAY_MS = 500;

/** The download progress, or nothing once the corpus is ready (or before the delay). */
export function CorpusProgress() {
  const [state, setState] = useState<CorpusState>(corpusState);
  const [late, setLate] = useState(false);
  useEffect(() => onCorpusState(setState), []);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  const busy = state.status === 'loading' || (state.status === 'memory' && !state.memory?.complete);
  if (!late || !busy) return null;
  return (
    <div class="corpus-progress" role="status">
      <label>
        Saving talks for offline reading
        <progress max={Math.max(state.chunksTotal, 1)} value={state.chunksLoaded} />
      </label>
    </div>
  );
}
