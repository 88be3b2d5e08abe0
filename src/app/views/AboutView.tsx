/** The about page: what Talkshelf is, the corpus, the settings panel, and (in the app) offline reading. */
import type { ComponentChildren } from 'preact';
import type { CorpusMeta } from '../../shared/db-schema';
import { SettingsPanel } from '../settings/SettingsPanel';
import { plural } from '../format';

/** About-page props; `corpus` is absent until loaded (and in the prerender). */
export interface AboutViewProps {
  corpus?: Omit<CorpusMeta, 'loadedAt' | 'manifest'>;
  /** The offline section, which only the running app can fill. */
  children?: ComponentChildren;
}

/** The about page. */
export function AboutView({ corpus, children }: AboutViewProps) {
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
      </dl>
      {children}
    </div>
  );
}
