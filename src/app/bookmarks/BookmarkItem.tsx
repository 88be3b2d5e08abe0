/** One bookmark on the bookmarks page: a link to the talk (or a "gone" mark), its note, and remove. */
import { removeBookmark } from '../../data/bookmarks';
import { talkUrl } from '../../shared/urls';
import type { Bookmark } from '../../shared/types';
import { NoteEditor } from './NoteEditor';
import { useBase } from '../base';

/** A list item for `bookmark`; `present` is false when the corpus no longer holds the talk. */
export function BookmarkItem({
  bookmark,
  present,
  showEvent,
}: {
  bookmark: Bookmark;
  present: boolean;
  showEvent: boolean;
}) {
  const base = useBase();
  return (
    <li class={present ? 'ts-bookmark-item' : 'ts-bookmark-item ts-bookmark-item--gone'}>
      <div class="ts-bookmark-item__head">
        <h3 class="ts-bookmark-item__title">
          {present ? (
            <a href={talkUrl(base, bookmark.talkId)}>{bookmark.talkTitle}</a>
          ) : (
            <span>{bookmark.talkTitle}</span>
          )}
        </h3>
        <button
          type="button"
          class="ts-button ts-button--quiet"
          aria-label={`Remove bookmark: ${bookmark.talkTitle}`}
          onClick={() => void removeBookmark(bookmark.talkId).catch(() => undefined)}
        >
          Remove
        </button>
      </div>
      {showEvent && (
        <p class="ts-bookmark-item__event">
          {bookmark.eventTitle}
          {bookmark.eventDate && <> · {bookmark.eventDate}</>}
        </p>
      )}
      {!present && (
        <p class="ts-bookmark-item__gone" data-gone="true">
          No longer in the collection
        </p>
      )}
      <NoteEditor bookmark={bookmark} />
    </li>
  );
}
