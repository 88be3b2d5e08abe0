/** "Keep this event offline": stores one event's talks on the device, or stops keeping them. */
import { useEffect, useState } from 'preact/hooks';
import { isEventKept, keepEvent, releaseEvent } from '../../data/offline-copy';
import { useCorpusChanges } from '../use-corpus-changes';
import { useOfflineCopy } from './use-offline-copy';

/** A toggle for keeping `eventId` offline; says so instead when the whole library is saved. */
export function KeepOffline({ eventId }: { eventId: string }) {
  const copy = useOfflineCopy();
  const [kept, setKept] = useState<boolean>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const changes = useCorpusChanges();
  useEffect(() => {
    let live = true;
    void isEventKept(eventId).then((value) => live && setKept(value));
    return () => {
      live = false;
    };
  }, [eventId, changes]);

  if (copy.phase === 'complete') {
    return <p class="keep-offline meta">Saved on this device with the whole library.</p>;
  }
  if (kept === undefined) return null;
  const toggle = () => {
    setBusy(true);
    setError(undefined);
    (kept ? releaseEvent(eventId) : keepEvent(eventId))
      .then(() => setKept(!kept))
      .catch(() =>
        setError(
          navigator.onLine
            ? 'Could not keep it: storage failed on this device.'
            : 'Could not keep it: there is no connection.',
        ),
      )
      .finally(() => setBusy(false));
  };
  return (
    <div class="keep-offline">
      <button type="button" class="ts-button" aria-pressed={kept} disabled={busy} onClick={toggle}>
        {kept ? '✓ Kept offline' : 'Keep offline'}
      </button>
      {error && (
        <p class="keep-offline-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
