/**
 * How far the reader got in each talk: progress through the body, and whether its end was seen.
 * "Finished" never goes back to false, so a talk once read stays marked as read.
 */
import type { ReadingPosition } from '../shared/types';
import { announceChange } from './change-channel';
import { checkPosition } from './record-check';
import { withReaderStore } from './reader-store';

/** Below this progress a talk was only glanced at: it is not offered for "Continue reading". */
export const CONTINUE_MIN_PROGRESS = 0.05;

/** The saved position of one talk, or undefined. */
export function getPosition(talkId: string): Promise<ReadingPosition | undefined> {
  return withReaderStore(async (db) => checkPosition(await db.get('positions', talkId)));
}

/** Records `progress` (clamped to 0..1) for a talk; resolves to the stored position. */
export async function savePosition(
  talkId: string,
  progress: number,
  reachedEnd: boolean,
): Promise<ReadingPosition> {
  const clamped = Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 0;
  const position = await withReaderStore(async (db) => {
    const tx = db.transaction('positions', 'readwrite');
    const previous = checkPosition(await tx.store.get(talkId));
    const next: ReadingPosition = {
      talkId,
      progress: clamped,
      finished: reachedEnd || previous?.finished === true,
      updatedAt: Date.now(),
    };
    await tx.store.put(next);
    await tx.done;
    return next;
  });
  announceChange('positions');
  return position;
}

/** Unfinished positions worth continuing, most recently read first. */
export function listUnfinished(): Promise<ReadingPosition[]> {
  return withReaderStore(async (db) => {
    const all = (await db.getAll('positions')).flatMap((raw) => checkPosition(raw) ?? []);
    return all
      .filter((p) => !p.finished && p.progress > CONTINUE_MIN_PROGRESS)
      .sort((a, b) => b.updatedAt - a.updatedAt);
  });
}

/** The ids of every talk read to the end, for "Read" marks in lists. */
export function listFinishedIds(): Promise<Set<string>> {
  return withReaderStore(async (db) => {
    const all = (await db.getAll('positions')).flatMap((raw) => checkPosition(raw) ?? []);
    return new Set(all.filter((p) => p.finished).map((p) => p.talkId));
  });
}
