import { describe, expect, it } from 'vitest';
import { buildHomeCatalogue } from '../../src/build/home-catalogue';
import { homeFacets, homeList, rowsOfGroups, summarize } from '../../src/app/home/event-groups';
import { parseHomeParams } from '../../src/app/home/home-params';
import type { EventRecord, EventSummary, HomeCatalogue } from '../../src/shared/types';

/** `count` events over ten years, every seventh undated in one of three folders. */
function eventsOf(count: number, from = 0): EventRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const undated = n % 7 === 0;
    return {
      id: `talk-${n}`,
      title: `Episode ${n % 500}`,
      date: undated
        ? undefined
        : `20${15 + (n % 10)}-${String(1 + (n % 12)).padStart(2, '0')}-0${1 + (n % 9)}`,
      tags: n % 3 ? ['go'] : ['rust', 'wasm'],
      kind: n % 2 ? 'podcast' : 'meetup',
      description: [{ kind: 'paragraph', content: [{ kind: 'text', text: 'words '.repeat(40) }] }],
      source: undated ? `shows/${n % 3}/${n}.md` : `${n}.md`,
      talkIds: [`talk-${n}/a`],
      single: true,
      languages: ['en'],
    } satisfies EventRecord;
  });
}

const parse = (source: string) => JSON.parse(source) as unknown;

function read(built: ReturnType<typeof buildHomeCatalogue>) {
  const byName = new Map(built.files.map((file) => [file.fileName, parse(file.source)]));
  const head = byName.get(built.head) as HomeCatalogue;
  const summaries = head.files.flatMap((file) => byName.get(file.url) as EventSummary[]);
  return { head, summaries };
}

describe('the home catalogue', () => {
  it('is the default home list: its groups, jumps and facets, and its events in order', () => {
    const events = eventsOf(3000);
    const list = homeList(events, parseHomeParams('/'));
    const { head, summaries } = read(buildHomeCatalogue(events));
    expect(head.events).toBe(3000);
    // the app rebuilds the very rows of the list from the head, and each jump lands on a heading
    expect(rowsOfGroups(head.groups)).toEqual(list.rows);
    const rows = rowsOfGroups(head.groups);
    expect(head.jumps.length).toBeGreaterThan(5);
    for (const jump of head.jumps) expect(rows[jump.row].type).toBe('group');
    expect(head.jumps).toEqual(list.jumps);
    expect(head.facets).toEqual(homeFacets(events));
    expect(head.files.length).toBeGreaterThan(5);
    expect(head.files.reduce((sum, file) => sum + file.count, 0)).toBe(3000);
    expect(summaries).toEqual(list.order.map(summarize));
    // a single-talk event's row opens its talk; rows carry no description
    expect(summaries[0]).toMatchObject({ opens: list.order[0].talkIds[0] });
    expect(JSON.stringify(summaries)).not.toContain('words');
  });

  it('changes the head and one or two files of summaries when one event is added', () => {
    const events = eventsOf(3000);
    const before = buildHomeCatalogue(events);
    const after = buildHomeCatalogue([...events, ...eventsOf(1, 3000)]);
    const names = (built: typeof before) => new Set(built.files.map((file) => file.fileName));
    const added = [...names(after)].filter((name) => !names(before).has(name));
    expect(added).toContain(after.head);
    expect(added.length).toBeGreaterThanOrEqual(2);
    expect(added.length).toBeLessThanOrEqual(3);
    expect(read(after).head.files.length).toBeGreaterThan(5);
  });
});
