import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addBookmark, getBookmark, listBookmarks, setBookmarkNote } from '../../src/data/bookmarks';
import { getDB } from '../../src/data/db';
import { getPosition, savePosition } from '../../src/data/positions';
import { relinkAfterCorpusUpdate } from '../../src/data/relink';
import type { EventRecord, TalkRecord } from '../../src/shared/types';
import { freshDatabase, makeEvent, makeTalk } from './support/fixtures';

async function storeCorpus(events: EventRecord[], talks: TalkRecord[]): Promise<void> {
  const db = await getDB();
  const tx = db.transaction(['events', 'talks'], 'readwrite');
  await tx.objectStore('events').clear();
  await tx.objectStore('talks').clear();
  for (const e of events) await tx.objectStore('events').put(e);
  for (const t of talks) await tx.objectStore('talks').put(t);
  await tx.done;
}

const oldEvent = makeEvent('meetup-3', 'Meetup #3', 'corpus/003.md');
const keptEvent = makeEvent('podcast-4', 'Podcast 4', 'corpus/004.md');
const renamed = makeEvent('meetup-3-paris', 'Meetup #3 in Paris', 'corpus/003.md');
const oldTalks = [
  makeTalk('meetup-3', 'intro'),
  makeTalk('meetup-3', 'gc'),
  makeTalk('podcast-4', 'ep'),
];

beforeEach(async () => {
  await freshDatabase();
  await storeCorpus([oldEvent, keptEvent], oldTalks);
});

describe('relinkAfterCorpusUpdate', () => {
  it('moves bookmarks of a renamed event to the new ids, keeping notes and dates', async () => {
    await addBookmark(oldTalks[0]!, oldEvent);
    await setBookmarkNote('meetup-3/intro', 'great intro');
    const before = (await getBookmark('meetup-3/intro'))!;
    await storeCorpus([renamed, keptEvent], [makeTalk('meetup-3-paris', 'intro'), oldTalks[2]!]);

    const report = await relinkAfterCorpusUpdate([oldEvent, keptEvent]);
    expect(report.moved).toBe(1);
    expect(await getBookmark('meetup-3/intro')).toBeUndefined();
    expect(await getBookmark('meetup-3-paris/intro')).toEqual({
      ...before,
      talkId: 'meetup-3-paris/intro',
      eventId: 'meetup-3-paris',
      eventTitle: 'Meetup #3 in Paris',
    });
  });

  it('keeps a bookmark whose talk is really gone, untouched', async () => {
    await addBookmark(oldTalks[2]!, keptEvent);
    const before = await listBookmarks();
    await storeCorpus([oldEvent], oldTalks.slice(0, 2));
    const report = await relinkAfterCorpusUpdate([oldEvent, keptEvent]);
    expect(report).toEqual({
      moved: 0,
      refreshed: 0,
      movedPositions: 0,
      repaired: 0,
      droppedPositions: 0,
    });
    expect(await listBookmarks()).toEqual(before);
  });

  it('does not move a bookmark when the slug vanished from the renamed event', async () => {
    await addBookmark(oldTalks[1]!, oldEvent);
    await storeCorpus([renamed], [makeTalk('meetup-3-paris', 'intro')]);
    await relinkAfterCorpusUpdate([oldEvent, keptEvent]);
    expect((await listBookmarks()).map((b) => b.talkId)).toEqual(['meetup-3/gc']);
  });

  it('refreshes the snapshot of a talk that kept its id', async () => {
    await addBookmark(oldTalks[2]!, keptEvent);
    const retitled = { ...keptEvent, title: 'Podcast four' };
    await storeCorpus([retitled], [{ ...oldTalks[2]!, title: 'Episode, remastered' }]);
    const report = await relinkAfterCorpusUpdate([keptEvent]);
    expect(report.refreshed).toBe(1);
    expect(await getBookmark('podcast-4/ep')).toMatchObject({
      talkTitle: 'Episode, remastered',
      eventTitle: 'Podcast four',
    });
  });

  it('moves reading positions too, keeping the finished mark', async () => {
    await savePosition('meetup-3/gc', 1, true);
    await storeCorpus([renamed], [makeTalk('meetup-3-paris', 'gc')]);
    const report = await relinkAfterCorpusUpdate([oldEvent]);
    expect(report.movedPositions).toBe(1);
    expect(await getPosition('meetup-3/gc')).toBeUndefined();
    expect(await getPosition('meetup-3-paris/gc')).toMatchObject({ progress: 1, finished: true });
  });
});
