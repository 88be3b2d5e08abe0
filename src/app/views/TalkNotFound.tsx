/**
 * A talk address that leads nowhere: under a known event, a link to the event and its talks
 * closest to the address; under an unknown one, a search for the address's words.
 */
import { useEffect, useState } from 'preact/hooks';
import { getEvent, getTalksOfEvent } from '../../data/corpus-store';
import type { EventRecord, TalkRecord } from '../../shared/types';
import { eventUrl, homeUrl, searchUrl, talkUrl } from '../../shared/urls';
import { useBase } from '../base';
import { closestTalks, slugWords } from './closest-titles';

/** The not-found page for `/events/:event/:talk/` (or `/events/:event/` when `talk` is absent). */
export function TalkNotFound({ eventId, talkSlug }: { eventId: string; talkSlug?: string }) {
  const base = useBase();
  const [found, setFound] = useState<{ event?: EventRecord; talks: TalkRecord[] }>();
  useEffect(() => {
    let live = true;
    void Promise.all([getEvent(eventId), getTalksOfEvent(eventId)])
      .then(([event, talks]) => live && setFound({ event, talks }))
      .catch(() => live && setFound({ talks: [] }));
    return () => {
      live = false;
    };
  }, [eventId, talkSlug]);

  const words = slugWords(talkSlug ?? eventId);
  const closest = found?.event && talkSlug ? closestTalks(talkSlug, found.talks) : [];
  return (
    <div class="page not-found">
      <h1 tabIndex={-1}>{talkSlug ? 'Talk not found' : 'Event not found'}</h1>
      {found?.event ? (
        <>
          <p>
            <a href={eventUrl(base, found.event.id)}>{found.event.title}</a> has no talk at this
            address. It may have been renamed when the notes were updated.
          </p>
          {closest.length > 0 && (
            <>
              <h2>Did you mean</h2>
              <ul class="links">
                {closest.map((talk) => (
                  <li key={talk.id}>
                    <a href={talkUrl(base, talk.id)}>{talk.title}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <p>There is nothing at this address. It may have moved when the notes were updated.</p>
      )}
      <ul class="links">
        {words && (
          <li>
            <a href={searchUrl(base, words)}>Search for “{words}”</a>
          </li>
        )}
        <li>
          <a href={homeUrl(base)}>All events</a>
        </li>
      </ul>
    </div>
  );
}
