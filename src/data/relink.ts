// Placeholder with the agreed signature; the bookmarks work replaces this file.
import type { EventRecord } from '../shared/types';

/**
 * After a new corpus version replaced events and talks, points bookmarks and reading positions
 * whose talk id vanished at the same talk under its new id (same source file, same talk slug),
 * e.g. when an event was renamed. `previousEvents` are the events stored before the replacement.
 */
export async function relinkAfterCorpusUpdate(_previousEvents: EventRecord[]): Promise<void> {}
