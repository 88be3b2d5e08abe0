import { describe, expect, it } from 'vitest';
import { buildShareLink, readSharedIds } from '../../../src/app/bookmarks/share-link';

const page = 'https://example.org/talks/bookmarks/';

describe('share link', () => {
  it('round-trips ids, including odd characters, through the query string', () => {
    const ids = ['devoxx-2024/keynote', 'jug/talk,with,commas', 'митап/доклад', 'a&b/c=d'];
    const link = buildShareLink(page, ids);
    expect(link).toMatchObject({ included: 4, omitted: 0 });
    expect(link.url.startsWith(`${page}?shared=devoxx-2024/keynote,`)).toBe(true);
    expect(readSharedIds(new URL(link.url).search)).toEqual(ids);
  });

  it('cuts a long list to fit the maximum length and counts what was left out', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `event-${i}/talk-${i}`);
    const link = buildShareLink(page, ids);
    expect(link.url.length).toBeLessThanOrEqual(2000);
    expect(link.included + link.omitted).toBe(300);
    expect(link.omitted).toBeGreaterThan(0);
    expect(readSharedIds(new URL(link.url).search)).toEqual(ids.slice(0, link.included));
  });

  it('ignores invalid ids, repeats and broken escapes, and tells a missing parameter apart', () => {
    expect(readSharedIds('?shared=a/b,nonsense,a/b,%E0%A4%A/x,c/d&q=1')).toEqual(['a/b', 'c/d']);
    expect(readSharedIds('?q=1')).toBeUndefined();
    expect(readSharedIds('?shared=')).toEqual([]);
  });
});
