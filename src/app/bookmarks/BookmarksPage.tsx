/** The bookmarks page at /bookmarks/: the reader's list, export/import, share, and shared lists (`?shared=`). */
import { BookmarkTransfer } from './BookmarkTransfer';
import { bookmarkList } from './bookmark-list-store';
import { MyBookmarks } from './MyBookmarks';
import { readSharedIds } from './share-link';
import { ShareList } from './ShareList';
import { SharedList } from './SharedList';
import './bookmarks.css';

/** The bookmarks page at /bookmarks/ (also opens shared lists). */
export function BookmarksPage(_props: { path?: string }) {
  const bookmarks = bookmarkList.use();
  const problem = bookmarkList.useProblem();
  // Prerendering runs without `location`; shared lists only exist in a browser.
  const shared = typeof location === 'undefined' ? undefined : readSharedIds(location.search);

  return (
    <div class="ts-bookmarks-page">
      <h1 tabIndex={-1}>Bookmarks</h1>
      {shared && <SharedList ids={shared} />}
      {bookmarks === undefined && problem ? (
        <p class="ts-empty" role="status">
          Bookmarks are not available: {problem.message}
        </p>
      ) : bookmarks === undefined ? (
        <p class="ts-muted">Loading your bookmarks…</p>
      ) : bookmarks.length === 0 ? (
        <p class="ts-empty">
          No bookmarks yet. Use the <span aria-hidden="true">☆</span> Bookmark button on any talk to
          keep it here, with a note if you like.
        </p>
      ) : (
        <>
          <MyBookmarks bookmarks={bookmarks} />
          <ShareList talkIds={bookmarks.map((b) => b.talkId)} />
        </>
      )}
      <BookmarkTransfer />
    </div>
  );
}
