/** Tells the reader, once, when local storage fails (blocked upgrade, full disk, private mode). */
import { useEffect, useState } from 'preact/hooks';
import { onStorageProblem } from '../../data/db';

/** A dismissible notice with the latest storage problem, or nothing. */
export function StorageNotice() {
  const [message, setMessage] = useState<string>();
  const [dismissed, setDismissed] = useState<string>();
  useEffect(() => onStorageProblem((problem) => setMessage(problem.message)), []);
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
