/** The reader's bookmarks, newest first, shared by the bookmarks page's parts. */
import { listBookmarks } from '../../data/bookmarks';
import { createLiveStore } from './live-store';

/** Live list of every bookmark: `bookmarkList.use()` in components. */
export const bookmarkList = createLiveStore('bookmarks', listBookmarks);
