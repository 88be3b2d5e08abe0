import { describe, expect, it } from 'vitest';
import type { BuiltCorpus } from '../../../src/build/build-state';
import { fileForUrl, listPages, newestFirst } from '../../../src/build/prerender/pages';
import type { EventRecord, TalkRecord } from '../../../src/shared/types';

const event = (id: string, date: string | undefined, talkIds: string[]): EventRecord => ({
  id,
  title: `Event ${id}`,
  date,
  tags: [],
  kind: 'conference',
  description: [],
  source: `${id}.md`,
  talkIds,
  languages: ['en'],
});

const talk = (eventId: string, slug: string, index: number): TalkRecord => ({
  id: `${eventId}/${slug}`,
  slug,
  eventId,
  index,
  title: `Talk ${slug}`,
  speakers: [],
  language: 'en',
  readingMinutes: 1,
  links: [],
  blocks: [],
});

const corpus: BuiltCorpus = {
  manifestFileName: 'data/corpus.00000000.json',
  talks: [talk('old', 'a', 0), talk('new', 'x', 0), talk('new', 'y', 1), talk('new', 'z', 2)],
  manifest: {
    format: 2,
    version: 'v1',
    builtAt: '2024-01-01T00:00:00Z',
    eventCount: 3,
    talkCount: 4,
    eventFiles: [],
    talkFiles: [],
    search: { manifest: 'data/search.json', files: [], bytes: 0, gzip: 0 },
  },
  events: [
    event('undated', undefined, []),
    event('old', '2015-04-03', ['old/a']),
    event('new', '2019-11-20', ['new/x', 'new/y', 'new/z']),
  ],
};

describe('listPages', () => {
  it('lists home, every event and talk, the fixed pages and 404.html under the base path', () => {
    const pages = listPages(corpus, '/talkshelf/');
    expect(pages.map((p) => p.file)).toEqual([
      'index.html',
      'events/new/index.html',
      'events/new/x/index.html',
      'events/new/y/index.html',
      'events/new/z/index.html',
      'events/old/index.html',
      'events/old/a/index.html',
      'events/undated/index.html',
      'search/index.html',
      'bookmarks/index.html',
      'about/index.html',
      '404.html',
    ]);
    expect(pages[2].url).toBe('/talkshelf/events/new/x/');
  });

  it('gives each talk its event and its neighbours in event order', () => {
    const pages = listPages(corpus, '/');
    const y = pages.find((p) => p.url === '/events/new/y/')!.page;
    expect(y.kind).toBe('talk');
    if (y.kind !== 'talk') return;
    expect(y.event.id).toBe('new');
    expect(y.prev?.id).toBe('new/x');
    expect(y.next?.id).toBe('new/z');
    const x = pages.find((p) => p.url === '/events/new/x/')!.page;
    expect(x.kind === 'talk' && x.prev).toBeUndefined();
  });

  it('lists the home events newest first with undated ones last', () => {
    const home = listPages(corpus, '/')[0].page;
    expect(home.kind === 'home' && home.events.map((e) => e.id)).toEqual(['new', 'old', 'undated']);
  });

  it('still renders the fixed pages when the corpus is missing', () => {
    expect(listPages(undefined, '/').map((p) => p.file)).toEqual([
      'index.html',
      'search/index.html',
      'bookmarks/index.html',
      'about/index.html',
      '404.html',
    ]);
  });
});

describe('fileForUrl', () => {
  it('decodes escaped path segments into file names', () => {
    expect(fileForUrl('/', '/events/caf%C3%A9/')).toBe('events/café/index.html');
  });

  it('refuses URLs outside the base path', () => {
    expect(() => fileForUrl('/talkshelf/', '/events/x/')).toThrow(/outside the base/);
  });
});

describe('newestFirst', () => {
  it('does not reorder its input', () => {
    const events = corpus.events;
    newestFirst(events);
    expect(events[0].id).toBe('undated');
  });
});
