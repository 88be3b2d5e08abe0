// Placeholder with the agreed signature; the bookmarks work replaces this file.
import type { EventRecord, TalkRecord } from '../../shared/types';

/** A bookmark on/off button for one talk; `compact` in lists. */
export function BookmarkToggle(_props: {
  talk: TalkRecord;
  event: EventRecord;
  compact?: boolean;
}) {
  return null;
}
