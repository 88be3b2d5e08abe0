/** The bookmark button of one talk: full size on the talk page (the `b` key presses it), compact in lists. */
import { useState } from 'preact/hooks';
import { addBookmark, removeBookmark } from '../../data/bookmarks';
import { StorageProblem } from '../../data/db';
import { offerOfflineCopy } from '../../data/offline-copy';
import type { EventRecord, TalkRecord } from '../../shared/types';
import { bookmarkedIds } from './bookmarked-ids';
import './bookmarks.css';

/** A bookmark on/off button for one talk; `compact` in lists. */
export function BookmarkToggle({
  talk,
  event,
  compact = false,
}: {
  talk: TalkRecord;
  event: EventRecord;
  compact?: boolean;
}) {
  const ids = bookmarkedIds.use();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const on = ids?.has(talk.id) ?? false;

  async function toggle() {
    if (busy) return;
    setBusy(true);
    setError('');
    try {
      if (on) await removeBookmark(talk.id);
      else {
        await addBookmark(talk, event);
        offerOfflineCopy(); // a reader who bookmarks means to come back, maybe offline
      }
      const next = new Set(ids);
      if (on) next.delete(talk.id);
      else next.add(talk.id);
      bookmarkedIds.set(next);
    } catch (problem) {
      // Nothing stored changed; say why, and keep showing the real state.
      setError(problem instanceof StorageProblem ? problem.message : 'The bookmark was not saved.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <span class={compact ? 'ts-bookmark ts-bookmark--compact' : 'ts-bookmark'}>
      <button
        type="button"
        class="ts-button ts-bookmark__button"
        aria-pressed={on}
        aria-label={`Bookmark: ${talk.title}`}
        data-shortcut={compact ? undefined : 'bookmark'}
        onClick={() => void toggle()}
      >
        <span class="ts-bookmark__icon" aria-hidden="true">
          {on ? '★' : '☆'}
        </span>
        {!compact && <span>{on ? 'Bookmarked' : 'Bookmark'}</span>}
      </button>
      {error && (
        <span role="alert" class="ts-bookmark__error">
          {compact ? 'Not saved. ' : ''}
          {error}
        </span>
      )}
    </span>
  );
}
