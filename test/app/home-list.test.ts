import { describe, expect, it } from 'vitest';
import {
  homeFacets,
  homeList,
  homeListInSteps,
  listsAtOnce,
  prepareHome,
  type FullHomeList,
} from '../../src/app/home/event-groups';
import { homeParamsUrl, parseHomeParams } from '../../src/app/home/home-params';
import type { EventKind, EventRecord } from '../../src/shared/types';

function event(
  id: string,
  title: string,
  date?: string,
  source = `${id}.md`,
  kind: EventKind = 'conference',
  tags: string[] = [],
): EventRecord {
  return {
    id,
    title,
    date,
    tags,
    kind,
    description: [],
    source,
    talkIds: [`${id}/t`],
    languages: ['en'],
  };
}

const EVENTS = [
  event('a', 'Alpha Conf', '2024-03-10', 'a.md', 'conference', ['go']),
  event('b', 'Beta Meetup', '2024-03-02', 'b.md', 'meetup', ['go', 'rust']),
  event('c', 'Gamma Days', '2023-11-20', 'c.md', 'conference', ['rust']),
  event('f40', 'Founders Talk 40', undefined, 'podcasts/founders/40.md', 'podcast'),
  event('f4', 'Founders Talk 4', undefined, 'podcasts/founders/4.md', 'podcast'),
  event('f39', 'Founders Talk 39', undefined, 'podcasts/founders/39.md', 'podcast'),
  event('m', 'minutes', undefined, 'minutes/wg/x.md', 'notes'),
];

/** The list as lines: each heading with its count, each event's title. */
const labels = ({ rows, order }: FullHomeList) =>
  rows.map((row) => (row.type === 'group' ? `# ${row.label} (${row.count})` : order[row.n].title));
/** The titles of a list's events, in list order. */
const titlesOf = (list: FullHomeList) =>
  list.rows.flatMap((r) => (r.type === 'event' ? [list.order[r.n].title] : []));

describe('the home list', () => {
  it('groups by month, newest first, undated last by folder and in natural order', () => {
    const list = homeList(EVENTS, parseHomeParams('/'));
    expect(labels(list)).toEqual([
      '# March 2024 (2)',
      'Alpha Conf',
      'Beta Meetup',
      '# November 2023 (1)',
      'Gamma Days',
      '# Undated · minutes/wg (1)',
      'minutes',
      '# Undated · podcasts/founders (3)',
      'Founders Talk 4',
      'Founders Talk 39',
      'Founders Talk 40',
    ]);
    expect(list.jumps).toEqual([
      { label: '2024', row: 0 },
      { label: '2023', row: 3 },
      { label: 'Undated', row: 5 },
    ]);
    expect(list.events).toBe(7);
  });

  it('sorts oldest first, or by title under initials', () => {
    const oldest = homeList(EVENTS, parseHomeParams('/?sort=oldest'));
    expect(labels(oldest).slice(0, 4)).toEqual([
      '# November 2023 (1)',
      'Gamma Days',
      '# March 2024 (2)',
      'Beta Meetup',
    ]);
    const byTitle = homeList(EVENTS, parseHomeParams('/?sort=title'));
    expect(labels(byTitle)).toEqual([
      '# A (1)',
      'Alpha Conf',
      '# B (1)',
      'Beta Meetup',
      '# F (3)',
      'Founders Talk 4',
      'Founders Talk 39',
      'Founders Talk 40',
      '# G (1)',
      'Gamma Days',
      '# M (1)',
      'minutes',
    ]);
  });

  it('orders titles naturally: numbers by value (leading zeros too), case and accents ignored', () => {
    const titles = [
      'Épisode 10',
      'episode 9',
      'Episode 009b',
      'Ep 2.10',
      'Ep 2.9',
      'Émile',
      'emil',
    ];
    const events = titles.map((title, n) => event(`e${n}`, title));
    const sorted = titlesOf(homeList(events, parseHomeParams('/?sort=title')));
    expect(sorted).toEqual([
      'emil',
      'Émile',
      'Ep 2.9',
      'Ep 2.10',
      'episode 9',
      'Episode 009b',
      'Épisode 10',
    ]);
  });

  it('prepares, a few thousand events per task, the same list and facets as made at once', async () => {
    const many = Array.from({ length: 9000 }, (_, n) =>
      event(
        `e${n}`,
        `Talk ${n % 700}`,
        n % 3 ? `20${10 + (n % 14)}-0${1 + (n % 9)}-01` : undefined,
      ),
    );
    const params = parseHomeParams('/?sort=oldest');
    const prepared = await prepareHome(many, params);
    expect(prepared.params).toBe(JSON.stringify(params));
    expect(prepared.list).toEqual(homeList(many, params));
    expect(prepared.facets).toEqual(homeFacets(many));
  });

  it('makes a change of order in steps: the same list as at once, and nothing once aborted', async () => {
    const many = Array.from({ length: 9000 }, (_, n) =>
      event(`e${n}`, `Talk ${n % 500}`, n % 4 ? `20${10 + (n % 12)}-1${n % 3}-02` : undefined),
    );
    expect(listsAtOnce(many)).toBe(false);
    expect(listsAtOnce(EVENTS)).toBe(true);
    const params = parseHomeParams('/?sort=title');
    const inSteps = await homeListInSteps(many, params, new AbortController().signal);
    expect(inSteps).toEqual(homeList(many, params));

    const controller = new AbortController();
    const stopped = homeListInSteps(many, params, controller.signal);
    controller.abort();
    await expect(stopped).rejects.toThrow();
  });

  it('filters by kind, tag and year, undated included', () => {
    const titles = (url: string) => titlesOf(homeList(EVENTS, parseHomeParams(url)));
    expect(titles('/?kind=podcast')).toHaveLength(3);
    expect(titles('/?tag=rust')).toEqual(['Beta Meetup', 'Gamma Days']);
    expect(titles('/?year=2023')).toEqual(['Gamma Days']);
    expect(titles('/?year=undated&kind=notes')).toEqual(['minutes']);
    expect(titles('/?tag=none')).toEqual([]);
  });

  it('counts every kind, tag and year for the filters, years newest first and undated last', () => {
    expect(homeFacets(EVENTS)).toEqual({
      kinds: [
        ['podcast', 3],
        ['conference', 2],
        ['meetup', 1],
        ['notes', 1],
      ],
      tags: [
        ['go', 2],
        ['rust', 2],
      ],
      years: [
        ['2024', 2],
        ['2023', 1],
        ['undated', 4],
      ],
    });
  });

  it('keeps the params in the URL, defaults left out, unknown values dropped', () => {
    expect(homeParamsUrl('/b/', { sort: 'newest' })).toBe('/b/');
    const p = parseHomeParams('/?sort=title&kind=podcast&tag=a%20b&year=2019');
    expect(p).toEqual({ sort: 'title', kind: 'podcast', tag: 'a b', year: '2019' });
    expect(parseHomeParams(homeParamsUrl('/', p))).toEqual(p);
    expect(parseHomeParams('/?sort=x&kind=y&year=19')).toEqual({ sort: 'newest' });
  });
});
