/** The set of bookmarked talk ids, shared by every bookmark toggle on the page. */
import { listBookmarkedIds } from '../../data/bookmarks';
import { createLiveStore } from './live-store';

/** Live set of bookmarked talk ids: `bookmarkedIds.use()` in components. */
export const bookmarkedIds = createLiveStore('bookmarks', listBookmarkedIds);
