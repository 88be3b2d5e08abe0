/** The about page: what Talkshelf is, the corpus, storage, and the settings panel. */
import type { CorpusMeta } from '../../shared/db-schema';
import type { StorageStatus } from '../../data/storage';
import { SettingsPanel } from '../settings/SettingsPanel';
import { formatBytes, plural } from '../format';

/** About-page props; both are absent until loaded (and in the prerender). */
export interface AboutViewProps {
  corpus?: Omit<CorpusMeta, 'loadedAt'>;
  storage?: StorageStatus;
}

/** The about page. */
export function AboutView({ corpus, storage }: AboutViewProps) {
  return (
    <div class="page about">
      <h1 tabIndex={-1}>About Talkshelf</h1>
      <p>
        Talkshelf turns a folder of conference, meetup and podcast notes into an app you can
        install, read offline, search instantly and bookmark. Every talk has its own link to share.
      </p>
      <SettingsPanel />
      <h2>This library</h2>
      <dl class="facts">
        <dt>Corpus version</dt>
        <dd>{corpus ? <code>{corpus.version}</code> : '…'}</dd>
        <dt>Built</dt>
        <dd>{corpus ? corpus.builtAt.slice(0, 10) : '…'}</dd>
        <dt>Contents</dt>
        <dd>
          {corpus
            ? `${plural(corpus.eventCount, 'event')}, ${plural(corpus.talkCount, 'talk')}`
            : '…'}
        </dd>
        <dt>Storage</dt>
        <dd>{storageText(storage)}</dd>
      </dl>
    </div>
  );
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
