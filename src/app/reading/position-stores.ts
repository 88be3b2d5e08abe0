/** Shared, self-refreshing reading-position data for lists and the home page. */
import { listFinishedIds, listUnfinished } from '../../data/positions';
import { createLiveStore } from '../bookmarks/live-store';

/** Live set of the ids of talks read to the end. */
export const finishedIds = createLiveStore('positions', listFinishedIds);

/** Live list of unfinished positions worth continuing, most recent first. */
export const unfinishedPositions = createLiveStore('positions', listUnfinished);
