import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  getPosition,
  listFinishedIds,
  listUnfinished,
  savePosition,
} from '../../src/data/positions';
import { freshDatabase } from './support/fixtures';

beforeEach(async () => {
  vi.useRealTimers();
  await freshDatabase();
});

describe('reading positions', () => {
  it('saves and reads progress, clamped to 0..1', async () => {
    await savePosition('e/a', 0.4, false);
    expect(await getPosition('e/a')).toMatchObject({ progress: 0.4, finished: false });
    await savePosition('e/a', 7, false);
    expect((await getPosition('e/a'))?.progress).toBe(1);
    await savePosition('e/a', Number.NaN, false);
    expect((await getPosition('e/a'))?.progress).toBe(0);
  });

  it('keeps a talk finished once its end was seen', async () => {
    await savePosition('e/a', 1, true);
    await savePosition('e/a', 0.2, false);
    expect(await getPosition('e/a')).toMatchObject({ progress: 0.2, finished: true });
    expect(await listFinishedIds()).toEqual(new Set(['e/a']));
  });

  it('offers unfinished talks past the threshold, most recent first', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1000);
    await savePosition('e/old', 0.5, false);
    vi.setSystemTime(2000);
    await savePosition('e/glanced', 0.03, false);
    vi.setSystemTime(3000);
    await savePosition('e/done', 1, true);
    vi.setSystemTime(4000);
    await savePosition('e/recent', 0.3, false);
    expect((await listUnfinished()).map((p) => p.talkId)).toEqual(['e/recent', 'e/old']);
  });
});
