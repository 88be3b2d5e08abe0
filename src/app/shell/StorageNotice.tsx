/** Tells the reader, once, when local storage fails (blocked upgrade, full disk, private mode). */
import { useEffect, useState } from 'preact/hooks';
import { latestStorageProblem, onStorageProblem, onStorageReady } from '../../data/db';

/** A dismissible notice with the latest storage problem, or nothing. */
export function StorageNotice() {
  // A problem met before the app mounted (opening the database at start) is shown too.
  const [message, setMessage] = useState(() => latestStorageProblem()?.message);
  const [dismissed, setDismissed] = useState<string>();
  useEffect(() => onStorageProblem((problem) => setMessage(problem.message)), []);
  // The other tab closed and the blocked upgrade went through: nothing left to say.
  useEffect(() => onStorageReady(() => setMessage(undefined)), []);
  if (!message || message === dismissed) return null;
  return (
    <div class="notice storage-notice" role="alert">
      <p>{message}</p>
      <button type="button" class="button" onClick={() => setDismissed(message)}>
        Dismiss
      </button>
    </div>
  );
}
