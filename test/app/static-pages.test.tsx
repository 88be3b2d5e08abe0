import { describe, expect, it } from 'vitest';
import { pageMeta, renderStaticPage } from '../../src/app/static-pages';
import type { Block, EventRecord, TalkRecord } from '../../src/shared/types';

const body: Block[] = [
  { kind: 'heading', level: 2, content: [{ kind: 'text', text: 'Context' }] },
  {
    kind: 'list',
    ordered: false,
    items: [
      [
        { kind: 'paragraph', content: [{ kind: 'text', text: 'outer' }] },
        {
          kind: 'list',
          ordered: true,
          start: 3,
          items: [[{ kind: 'paragraph', content: [{ kind: 'text', text: 'inner' }] }]],
        },
      ],
    ],
  },
  {
    kind: 'paragraph',
    content: [
      { kind: 'text', text: 'See ' },
      {
        kind: 'link',
        href: 'https://example.org/a?b=1&c=2',
        children: [{ kind: 'text', text: 'the post' }],
      },
      { kind: 'text', text: ' and ' },
      {
        kind: 'link',
        href: 'javascript:alert(1)',
        children: [{ kind: 'text', text: 'not a link' }],
      },
      { kind: 'text', text: ' <b>not bold</b>' },
    ],
  },
  { kind: 'code', text: 'let x = 1;' },
  {
    kind: 'table',
    head: [[{ kind: 'text', text: 'Tool' }]],
    rows: [[[{ kind: 'text', text: 'Rust' }]]],
  },
];

const talk = (slug: string, index: number, blocks: Block[] = []): TalkRecord => ({
  id: `ep-84/${slug}`,
  slug,
  eventId: 'ep-84',
  index,
  title: `Talk ${slug}`,
  speakers: [{ name: 'Ann Lee', handle: '@ann', affiliation: 'Inria' }],
  language: 'ru',
  readingMinutes: 4,
  links: [],
  blocks,
});
const [first, second, third] = [talk('a', 0), talk('b', 1, body), talk('c', 2)];
const event: EventRecord = {
  id: 'ep-84',
  title: 'Episode 84',
  date: '2016-03-09',
  tags: ['devzen'],
  kind: 'podcast',
  description: [{ kind: 'paragraph', content: [{ kind: 'text', text: 'Notes on clouds.' }] }],
  source: '000.txt',
  talkIds: [first.id, second.id, third.id],
  languages: ['ru'],
};

describe('renderStaticPage', () => {
  const html = renderStaticPage(
    { kind: 'talk', event, talk: second, prev: first, next: third },
    '/sub/',
  );

  it('renders the talk title, speakers, event link with date, reading time and language', () => {
    expect(html).toContain('<h1 tabindex="-1" lang="ru">Talk b</h1>');
    expect(html).toMatch(/Ann Lee.*@ann.*Inria/);
    expect(html).toContain('<a href="/sub/events/ep-84/">Episode 84</a>');
    expect(html).toContain('<time datetime="2016-03-09">Mar 9, 2016</time>');
    expect(html).toContain('4 min read · Russian');
  });

  it('keeps list nesting and numbering', () => {
    expect(html).toContain('<ul><li>outer<ol start="3"><li>inner</li></ol></li></ul>');
  });

  it('opens safe links outside the app and never renders unsafe links or raw HTML', () => {
    expect(html).toContain(
      '<a href="https://example.org/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">the post</a>',
    );
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<span>not a link</span>');
    expect(html).toContain('&lt;b>not bold&lt;/b>');
  });

  it('makes code and tables scrollable by keyboard', () => {
    expect(html).toContain('<pre tabindex="0"><code>let x = 1;</code></pre>');
    expect(html).toMatch(
      /<div class="table-scroll" tabindex="0" role="region" aria-label="Table: Tool">/,
    );
    expect(html).toContain('<th scope="col">Tool</th>');
  });

  it('links the previous and next talk for keyboard shortcuts', () => {
    expect(html).toMatch(/<a href="\/sub\/events\/ep-84\/a\/" rel="prev" data-shortcut="prev"/);
    expect(html).toMatch(/<a href="\/sub\/events\/ep-84\/c\/" rel="next" data-shortcut="next"/);
  });

  it('renders the header on every page, under the base', () => {
    for (const kind of ['about', 'search', 'bookmarks', 'notFound'] as const) {
      const page = renderStaticPage({ kind }, '/sub/');
      expect(page).toContain('<a class="brand" href="/sub/">Talkshelf</a>');
      expect(page).toContain('<a href="/sub/bookmarks/">Bookmarks</a>');
      expect(page).toContain('<main id="main"');
    }
  });

  it('renders the 404 page with links home and to search', () => {
    const page = renderStaticPage({ kind: 'notFound' }, '/');
    expect(page).toContain('Page not found');
    expect(page).toContain('<a href="/">All events</a>');
    expect(page).toContain('<a href="/search/">Search the talks</a>');
  });

  it('lists events in the given order with date and talk count, and an event with its talks', () => {
    const older = { ...event, id: 'old', title: 'Older', date: '2010-01-01', talkIds: ['x'] };
    const home = renderStaticPage({ kind: 'home', events: [event, older] }, '/');
    expect(home.indexOf('Episode 84')).toBeLessThan(home.indexOf('Older'));
    expect(home).toContain('3 talks');
    expect(home).toContain('1 talk<');
    const page = renderStaticPage({ kind: 'event', event, talks: [first, second, third] }, '/');
    expect(page).toContain('Notes on clouds.');
    expect(page.match(/class="talk-item"/g)).toHaveLength(3);
    expect(page).toContain('<a href="/events/ep-84/b/" lang="ru">Talk b</a>');
  });
});

describe('a single-talk event', () => {
  const article: TalkRecord = {
    ...first,
    id: 'javadays-2022/javadays-2022',
    title: 'JavaDays 2022',
  };
  const single: EventRecord = {
    ...event,
    id: 'javadays-2022',
    title: 'JavaDays 2022',
    talkIds: [article.id],
    single: true,
  };

  it('links the home card straight to the talk', () => {
    const home = renderStaticPage({ kind: 'home', events: [single] }, '/');
    expect(home).toContain('href="/events/javadays-2022/javadays-2022/"');
  });

  it('never repeats the title in the page or the <title>', () => {
    const page = renderStaticPage({ kind: 'talk', event: single, talk: article }, '/');
    // the title shows once as text (buttons may name it in their labels), with no link to the event page
    expect(page.match(/>JavaDays 2022</g)).toHaveLength(1);
    expect(page).not.toContain('href="/events/javadays-2022/"');
    expect(pageMeta({ kind: 'talk', event: single, talk: article }, '/').title).toBe(
      'JavaDays 2022 · Talkshelf',
    );
  });
});

describe('pageMeta', () => {
  it('titles a talk with its event and describes it with the start of its text', () => {
    const meta = pageMeta({ kind: 'talk', event, talk: second }, '/sub/');
    expect(meta.title).toBe('Talk b · Episode 84 · Talkshelf');
    expect(meta.description.startsWith('Context outer inner See the post')).toBe(true);
    expect(meta.path).toBe('/sub/events/ep-84/b/');
  });

  it('clips long descriptions at a word with an ellipsis', () => {
    const long = {
      ...first,
      blocks: [{ kind: 'paragraph', content: [{ kind: 'text', text: 'word '.repeat(100) }] }],
    } as TalkRecord;
    const { description } = pageMeta({ kind: 'talk', event, talk: long }, '/');
    expect(description.length).toBeLessThanOrEqual(201);
    expect(description.endsWith('word…')).toBe(true);
  });

  it('describes an event by its description, or its talk count when it has none', () => {
    expect(pageMeta({ kind: 'event', event, talks: [] }, '/').description).toBe('Notes on clouds.');
    const bare = { ...event, description: [] };
    expect(pageMeta({ kind: 'event', event: bare, talks: [first] }, '/').description).toBe(
      '1 talk from Episode 84 (Mar 9, 2016).',
    );
  });
});
