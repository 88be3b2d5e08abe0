/** The reader's own bookmarks: newest first or grouped by event (remembered), with notes and removal. */
import { useState } from 'preact/hooks';
import type { Bookmark } from '../../shared/types';
import { BookmarkItem } from './BookmarkItem';
import { usePresentTalks } from './use-present-talks';

const GROUP_KEY = 'talkshelf:bookmarks-grouped';

function readGrouped(): boolean {
  try {
    return localStorage.getItem(GROUP_KEY) === '1';
  } catch {
    return false;
  }
}

/** Bookmarks grouped by event, groups in the order of their newest bookmark. */
export function groupByEvent(bookmarks: readonly Bookmark[]): Bookmark[][] {
  const groups = new Map<string, Bookmark[]>();
  for (const b of bookmarks) groups.set(b.eventId, [...(groups.get(b.eventId) ?? []), b]);
  return [...groups.values()];
}

/** The list of bookmarks with its "group by event" switch. */
export function MyBookmarks({ bookmarks }: { bookmarks: readonly Bookmark[] }) {
  const [grouped, setGrouped] = useState(readGrouped);
  const present = usePresentTalks(bookmarks.map((b) => b.talkId));
  // Until the corpus answers, treat every talk as present rather than flash "gone" marks.
  const isPresent = (b: Bookmark) => present?.has(b.talkId) ?? true;

  const toggleGrouped = (value: boolean) => {
    setGrouped(value);
    try {
      localStorage.setItem(GROUP_KEY, value ? '1' : '0');
    } catch {
      // not remembered in private mode; still applied now
    }
  };

  return (
    <section class="ts-my-bookmarks" aria-labelledby="ts-my-bookmarks-heading">
      <div class="ts-my-bookmarks__bar">
        <h2 id="ts-my-bookmarks-heading">
          {bookmarks.length === 1 ? '1 bookmark' : `${bookmarks.length} bookmarks`}
        </h2>
        <label class="ts-check">
          <input
            type="checkbox"
            checked={grouped}
            onChange={(event) => toggleGrouped(event.currentTarget.checked)}
          />{' '}
          Group by event
        </label>
      </div>
      {grouped ? (
        groupByEvent(bookmarks).map((group) => (
          <section key={group[0]!.eventId} class="ts-bookmark-group">
            <h3 class="ts-bookmark-group__title">
              {group[0]!.eventTitle}
              {group[0]!.eventDate && <span class="ts-muted"> · {group[0]!.eventDate}</span>}
            </h3>
            <ul class="ts-bookmark-list">
              {group.map((b) => (
                <BookmarkItem
                  key={b.talkId}
                  bookmark={b}
                  present={isPresent(b)}
                  showEvent={false}
                />
              ))}
            </ul>
          </section>
        ))
      ) : (
        <ul class="ts-bookmark-list">
          {bookmarks.map((b) => (
            <BookmarkItem key={b.talkId} bookmark={b} present={isPresent(b)} showEvent />
          ))}
        </ul>
      )}
    </section>
  );
}
