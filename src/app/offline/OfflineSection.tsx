/**
 * The about page's offline section: what this device keeps (the whole library, or events one by
 * one) against the library's size, the browser's quota and persistence, with the controls to
 * make the library available offline, resume, and remove the copy or a kept event.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  listKeptEvents,
  releaseEvent,
  removeOfflineCopy,
  startOfflineCopy,
  type KeptEvent,
  type OfflineCopyState,
} from '../../data/offline-copy';
import { shellCacheBytes, storageStatus, type StorageStatus } from '../../data/storage';
import { SEARCH_CACHE } from '../../shared/sw-protocol';
import { eventUrl } from '../../shared/urls';
import { useBase } from '../base';
import { formatBytes, formatCount, plural } from '../format';
import { useCorpusChanges } from '../use-corpus-changes';
import { useOfflineCopy } from './use-offline-copy';

/** The offline section of the about page. */
export function OfflineSection() {
  const copy = useOfflineCopy();
  const base = useBase();
  const [kept, setKept] = useState<KeptEvent[]>();
  const [storage, setStorage] = useState<StorageStatus>();
  const [shell, setShell] = useState<number>();
  const [busy, setBusy] = useState(false);
  const changes = useCorpusChanges();

  useEffect(() => {
    void listKeptEvents().then(setKept, () => setKept([]));
    void storageStatus().then(setStorage);
    void shellCacheBytes(SEARCH_CACHE).then(setShell);
  }, [changes, copy.phase]);

  const act = (action: () => Promise<void>) => () => {
    setBusy(true);
    void action()
      .catch(() => undefined)
      .finally(() => setBusy(false));
  };

  return (
    <section class="offline-section" aria-labelledby="offline-heading">
      <h2 id="offline-heading">Offline reading</h2>
      <p class="offline-status" data-phase={copy.measured ? copy.phase : 'unknown'}>
        {copy.measured ? statusText(copy) : 'Looking at what this device holds…'}
      </p>
      {(copy.phase === 'downloading' || copy.phase === 'paused') && (
        <progress
          class="offline-progress"
          max={Math.max(copy.totalBytes, 1)}
          value={copy.storedBytes}
          aria-label="Saved for offline reading"
        />
      )}
      <div class="offline-actions" hidden={!copy.measured}>
        {(copy.phase === 'none' || (copy.phase === 'paused' && copy.reason !== 'offline')) && (
          <button type="button" class="pwa-primary" disabled={busy} onClick={act(startOfflineCopy)}>
            {copy.phase === 'none'
              ? `Make available offline (${formatBytes(copy.totalBytes)})`
              : 'Try again'}
          </button>
        )}
        {copy.phase !== 'none' && (
          <button type="button" class="ts-button" disabled={busy} onClick={act(removeOfflineCopy)}>
            Remove offline copy
          </button>
        )}
      </div>
      {kept && kept.length > 0 && (
        <>
          <h3>Events kept on this device</h3>
          <ul class="kept-events">
            {kept.map(({ event, bytes }) => (
              <li key={event.id}>
                <a href={eventUrl(base, event.id)}>{event.title}</a>{' '}
                <span class="meta">{formatBytes(bytes)}</span>{' '}
                <button
                  type="button"
                  class="ts-button"
                  disabled={busy}
                  aria-label={`Stop keeping ${event.title} offline`}
                  onClick={act(() => releaseEvent(event.id))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <dl class="facts">
        <dt>Talks and events</dt>
        <dd>
          {copy.measured
            ? `${formatBytes(copy.storedBytes - copy.indexStoredBytes)} of ${formatBytes(copy.totalBytes - copy.indexTotalBytes)} · ${formatCount(copy.storedTalks)} of ${plural(copy.totalTalks, 'talk')}`
            : '…'}
        </dd>
        <dt>Search index</dt>
        <dd>
          {copy.measured
            ? `${formatBytes(copy.indexStoredBytes)} of ${formatBytes(copy.indexTotalBytes)}`
            : '…'}
        </dd>
        <dt>The app itself</dt>
        <dd>{shell === undefined ? '…' : formatBytes(shell)}</dd>
        <dt>Browser storage</dt>
        <dd>{storageText(storage)}</dd>
      </dl>
      <p class="meta">
        Sizes are what the network carries (compressed); the browser&apos;s figure counts all that
        this site stores, as it stores it.
      </p>
    </section>
  );
}

function statusText(copy: OfflineCopyState): string {
  switch (copy.phase) {
    case 'complete':
      return 'Every talk and the search index are saved on this device: the whole library reads offline.';
    case 'downloading':
      return 'Saving the library for offline reading…';
    case 'paused':
      return copy.reason === 'offline'
        ? 'Saving paused: no connection. It goes on where it stopped when you are back online.'
        : copy.reason === 'quota'
          ? 'Saving stopped: the device is out of space. What was saved stays readable; keep single events instead.'
          : 'Saving stopped: storage failed. What was saved stays readable.';
    default:
      return copy.declined
        ? 'The offline copy was removed. Talks you open are read from the network; bookmarked talks and kept events stay on this device.'
        : 'Talks you open are read from the network. Save the whole library to read it anywhere, or keep single events from their pages.';
  }
}

function storageText(storage?: StorageStatus): string {
  if (!storage) return '…';
  const kept =
    storage.persisted === undefined
      ? 'Unknown whether the browser keeps it'
      : storage.persisted
        ? 'Persistent: the browser will not clear it on its own'
        : 'Not persistent: the browser may clear it when space runs low';
  const used =
    storage.usage === undefined
      ? ''
      : ` · ${formatBytes(storage.usage)} used${storage.quota ? ` of ${formatBytes(storage.quota)}` : ''}`;
  return kept + used;
}
