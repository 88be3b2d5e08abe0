/** One event: its description and its talks with speakers, bookmark toggles and read marks. */
import type { EventRecord, TalkRecord } from '../../shared/types';
import { talkUrl } from '../../shared/urls';
import { BookmarkToggle } from '../bookmarks/BookmarkToggle';
import { ReadMark } from '../reading/ReadMark';
import { Blocks } from '../blocks/Blocks';
import { useBase } from '../base';
import { formatDate, langAttribute, plural } from '../format';
import { KeepOffline } from '../offline/KeepOffline';
import { SpeakerList } from './SpeakerList';
import { TagList } from './TagList';

/** The event page for an event and its talks in order. */
export function EventView({ event, talks }: { event: EventRecord; talks: TalkRecord[] }) {
  const base = useBase();
  return (
    <article class="page event">
      <header class="page-header">
        <h1 tabIndex={-1} lang={langAttribute(event.languages[0] ?? 'und')}>
          {event.title}
        </h1>
        <p class="meta">
          {event.date && <time dateTime={event.date}>{formatDate(event.date)}</time>}
          {event.date && ' · '}
          {plural(talks.length, 'talk')}
          {event.author && ` · ${event.author}`}
        </p>
        <TagList tags={event.tags} />
        <KeepOffline eventId={event.id} />
      </header>
      {event.description.length > 0 && (
        <div class="prose description">
          <Blocks blocks={event.description} />
        </div>
      )}
      <h2>Talks</h2>
      <ol class="talk-list">
        {talks.map((talk) => (
          <li key={talk.id} class="talk-item">
            <div class="talk-item-main">
              <a href={talkUrl(base, talk.id)} lang={langAttribute(talk.language)}>
                {talk.title}
              </a>
              <ReadMark talkId={talk.id} />
              <SpeakerList speakers={talk.speakers} compact />
            </div>
            <BookmarkToggle talk={talk} event={event} compact />
          </li>
        ))}
      </ol>
    </article>
  );
}
