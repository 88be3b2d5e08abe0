/** A list someone shared (`?shared=` ids): the talks found in this collection, with buttons to bookmark them. */
import { useEffect, useState } from 'preact/hooks';
import { bookmarkFor, mergeBookmarks } from '../../data/bookmarks';
import { getEvent } from '../../data/corpus-store';
import { talkUrl } from '../../shared/urls';
import type { Bookmark, EventRecord } from '../../shared/types';
import { bookmarkedIds } from './bookmarked-ids';
import { usePresentTalks } from './use-present-talks';
import { useBase } from '../base';

/** The shared talks in link order; unknown ids listed as unavailable. */
export function SharedList({ ids }: { ids: readonly string[] }) {
  const base = useBase();
  const talks = usePresentTalks(ids);
  const mine = bookmarkedIds.use();
  const [events, setEvents] = useState(new Map<string, EventRecord>());
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (!talks) return;
    const eventIds = [...new Set([...talks.values()].map((t) => t.eventId))];
    void Promise.all(eventIds.map((id) => getEvent(id).catch(() => undefined))).then((found) =>
      setEvents(new Map(found.filter((e) => e !== undefined).map((e) => [e.id, e]))),
    );
  }, [talks]);

  const snapshots = (only: readonly string[]): Bookmark[] =>
    only.flatMap((id) => {
      const talk = talks?.get(id);
      const event = talk && events.get(talk.eventId);
      return talk && event ? [bookmarkFor(talk, event)] : [];
    });

  async function add(only: readonly string[]) {
    try {
      const { added } = await mergeBookmarks(snapshots(only.filter((id) => !mine?.has(id))));
      setStatus(`Added ${added} to your bookmarks.`);
    } catch {
      setStatus('Could not save the bookmarks.');
    }
  }

  const available = ids.filter((id) => talks?.has(id));
  const allMine = available.every((id) => mine?.has(id));
  return (
    <section class="ts-shared" aria-labelledby="ts-shared-heading">
      <h2 id="ts-shared-heading">Shared with you: {ids.length} talks</h2>
      {!talks ? (
        <p>Looking up the talks…</p>
      ) : (
        <>
          <button
            type="button"
            class="ts-button"
            disabled={available.length === 0 || allMine}
            onClick={() => void add(available)}
          >
            {allMine && available.length > 0 ? 'All in your bookmarks' : 'Add all to my bookmarks'}
          </button>
          <p role="status" class="ts-message">
            {status}
          </p>
          <ul class="ts-shared__list">
            {ids.map((id) => {
              const talk = talks.get(id);
              if (!talk) {
                return (
                  <li key={id} class="ts-shared__item ts-bookmark-item--gone">
                    <span>{id}</span>{' '}
                    <span class="ts-bookmark-item__gone">Not available in this collection</span>
                  </li>
                );
              }
              const event = events.get(talk.eventId);
              return (
                <li key={id} class="ts-shared__item">
                  <a href={talkUrl(base, id)}>{talk.title}</a>
                  {event && <span class="ts-bookmark-item__event"> · {event.title}</span>}{' '}
                  {mine?.has(id) ? (
                    <span class="ts-shared__mine">In your bookmarks</span>
                  ) : (
                    <button
                      type="button"
                      class="ts-button ts-button--quiet"
                      aria-label={`Add to my bookmarks: ${talk.title}`}
                      disabled={!event}
                      onClick={() => void add([id])}
                    >
                      Add
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
