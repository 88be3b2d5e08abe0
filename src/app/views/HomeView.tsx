/** The home page: every event, newest first, with date, tags and talk count. */
import type { EventRecord } from '../../shared/types';
import { eventUrl, talkUrl } from '../../shared/urls';
import { ContinueReading } from '../reading/ContinueReading';
import { useBase } from '../base';
import { formatDate, plural } from '../format';
import { TagList } from './TagList';

/** The event list, given the events already sorted. */
export function HomeView({ events }: { events: EventRecord[] }) {
  const base = useBase();
  return (
    <div class="page home">
      <h1 tabIndex={-1}>Talks and notes</h1>
      <ContinueReading />
      {events.length === 0 ? (
        <p>No events yet.</p>
      ) : (
        <ul class="event-list">
          {events.map((event) => (
            <li key={event.id} class="event-card">
              <h2>
                {/* an event of one talk opens that talk */}
                <a
                  href={
                    event.single && event.talkIds[0]
                      ? talkUrl(base, event.talkIds[0])
                      : eventUrl(base, event.id)
                  }
                >
                  {event.title}
                </a>
              </h2>
              <p class="meta">
                {event.date && <time dateTime={event.date}>{formatDate(event.date)}</time>}
                {event.date && ' · '}
                {plural(event.talkIds.length, 'talk')}
              </p>
              <TagList tags={event.tags} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
