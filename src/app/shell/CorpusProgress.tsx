/** The offline copy's progress while it downloads (in bytes and talks), and why it paused. */
import { useEffect, useState } from 'preact/hooks';
import { formatBytes, formatCount } from '../format';
import { useOfflineCopy } from '../offline/use-offline-copy';

const DELAY_MS = 500;

/** The download progress, shown once it has taken longer than a moment; nothing otherwise. */
export function CorpusProgress() {
  const state = useOfflineCopy();
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!late || (state.phase !== 'downloading' && state.phase !== 'paused')) return null;
  return (
    <div class="corpus-progress" role="status">
      <label>
        {state.phase === 'downloading'
          ? 'Saving talks for offline reading'
          : state.reason === 'offline'
            ? 'Saving talks paused: no connection. It goes on when you are back online.'
            : 'Saving talks stopped: the device is out of space. The talks saved so far stay readable.'}
        <progress max={Math.max(state.totalBytes, 1)} value={state.storedBytes} />
        <span class="corpus-progress-figures">
          {formatBytes(state.storedBytes)} of {formatBytes(state.totalBytes)} ·{' '}
          {formatCount(state.storedTalks)} of {formatCount(state.totalTalks)} talks
        </span>
      </label>
    </div>
  );
}
