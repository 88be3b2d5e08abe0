/**
 * The home page's list as rows: events filtered and sorted as the URL asks, under group headings
 * (month and year; undated events by folder, so a series of episodes or one folder of minutes
 * stays together; initials when sorted by title), with the places a reader can jump to, and the
 * counts behind the filters. Pure, so the prerender and the app list the same rows.
 */
import type {
  EventKind,
  EventRecord,
  EventSummary,
  HomeFacets,
  HomeGroup,
  HomeJump,
} from '../../shared/types';
import type { HomeParams } from './home-params';

/** One row of the home list: a group heading, or the event at position `n` of the list. */
export type HomeRow = ({ type: 'group' } & HomeGroup) | { type: 'event'; n: number };

/** The rows, how many events they hold, and where to jump. */
export interface HomeList {
  rows: HomeRow[];
  events: number;
  jumps: HomeJump[];
}

/** A list made here from every event: also its events in list order (row `n` shows `order[n]`). */
export interface FullHomeList extends HomeList {
  order: EventRecord[];
}

/** What a row of the home list shows of an event (the build writes the same into the catalogue). */
export function summarize(event: EventRecord): EventSummary {
  const summary: EventSummary = {
    id: event.id,
    title: event.title,
    talks: event.talkIds.length,
    tags: event.tags.slice(0, 6),
  };
  if (event.date) summary.date = event.date;
  if (event.single && event.talkIds[0]) summary.opens = event.talkIds[0];
  return summary;
}

/** The rows of a list given its groups (each heading, then as many events as it counts). */
export function rowsOfGroups(groups: readonly HomeGroup[]): HomeRow[] {
  const rows: HomeRow[] = [];
  let n = 0;
  for (const group of groups) {
    rows.push({ type: 'group', ...group });
    for (let i = 0; i < group.count; i++) rows.push({ type: 'event', n: n++ });
  }
  return rows;
}

/** The groups of a list's rows, in order. */
export function groupsOfRows(rows: readonly HomeRow[]): HomeGroup[] {
  return rows.flatMap((row) =>
    row.type === 'group' ? [{ key: row.key, label: row.label, count: row.count }] : [],
  );
}

// Natural order: "episode 4" before "episode 39", case and accents ignored. Each title's key is
// made once (digit runs padded, letters folded), so sorting 35,000 events compares plain strings.
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const keys = new Map<string, string>();
// Printable ASCII needs no accent folding (most titles: skips a normalization each).
const PLAIN = /^[\x20-\x7e]*$/;
function naturalKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    if (keys.size > 100_000) keys.clear();
    const folded = PLAIN.test(text)
      ? text.toLowerCase()
      : text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    key = padDigits(folded);
    keys.set(text, key);
  }
  return key;
}

/** `text` with each run of digits, less its leading zeros, padded to 12 places. */
function padDigits(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
    let start = i;
    while (start < end - 1 && text.charCodeAt(start) === 48) start++;
    out += text.slice(from, i) + text.slice(start, end).padStart(12, '0');
    from = i = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

const months = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

const yearOf = (event: EventRecord) => event.date?.slice(0, 4) ?? 'undated';
const folderOf = (event: EventRecord) => {
  const at = event.source.lastIndexOf('/');
  return at > 0 ? event.source.slice(0, at) : '';
};

function monthLabel(yearMonth: string): string {
  const date = new Date(`${yearMonth}-01T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? yearMonth
    : `${months.format(date)} ${yearMonth.slice(0, 4)}`;
}

function initialOf(title: string): string {
  const first = title.trim().normalize('NFKD').charAt(0).toUpperCase();
  return /\p{L}/u.test(first) ? first : '#';
}

/** Whether the event passes the params' filters. */
function passes(event: EventRecord, p: HomeParams): boolean {
  if (p.kind && event.kind !== p.kind) return false;
  if (p.tag && !event.tags.includes(p.tag)) return false;
  if (p.year && yearOf(event) !== p.year) return false;
  return true;
}

/** Events handled between two pauses of the steps below (a few tens of milliseconds on a phone). */
const STEP_EVENTS = 4000;

/** The counts behind the filters, over every event. */
export function homeFacets(events: readonly EventRecord[]): HomeFacets {
  return drain(homeFacetsSteps(events));
}

/** The same counts in steps (see homeListSteps). */
function* homeFacetsSteps(events: readonly EventRecord[]): Generator<void, HomeFacets> {
  const kinds = new Map<EventKind, number>();
  const tags = new Map<string, number>();
  const years = new Map<string, number>();
  for (const [n, event] of events.entries()) {
    if (n > 0 && n % STEP_EVENTS === 0) yield;
    kinds.set(event.kind, (kinds.get(event.kind) ?? 0) + 1);
    const own = event.tags.length > 1 ? new Set(event.tags) : event.tags;
    for (const tag of own) tags.set(tag, (tags.get(tag) ?? 0) + 1);
    const year = yearOf(event);
    years.set(year, (years.get(year) ?? 0) + 1);
  }
  const byCount = <T extends string>(map: Map<T, number>) =>
    [...map].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]));
  return {
    kinds: byCount(kinds),
    tags: byCount(tags),
    years: [...years].sort((a, b) =>
      a[0] === 'undated' ? 1 : b[0] === 'undated' ? -1 : b[0].localeCompare(a[0]),
    ),
  };
}

/** The list and the facets made ahead for some params (their JSON), as prepareHome gives them. */
export interface PreparedHome {
  params: string;
  list: FullHomeList;
  facets: HomeFacets;
}

/**
 * The list and facets for `p`, made a few thousand events per task: the route's loader prepares
 * them while the prerendered page is still shown, so 35,000 events never block input at once.
 */
export async function prepareHome(
  events: readonly EventRecord[],
  p: HomeParams,
): Promise<PreparedHome> {
  const list = await paced(homeListSteps(events, p));
  const facets = await paced(homeFacetsSteps(events));
  return { params: JSON.stringify(p), list, facets };
}

function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Lets input and rendering run: `scheduler.yield` where the browser has it (no 4 ms clamp). */
function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}

async function paced<T>(steps: Generator<void, T>, signal?: AbortSignal): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
    signal?.throwIfAborted();
  }
}

/** The list of the home page for these params, at once (the prerender, a small library). */
export function homeList(all: readonly EventRecord[], p: HomeParams): FullHomeList {
  return drain(homeListSteps(all, p));
}

/**
 * The same list a few thousand events per task, for a change of order or filters: sorting 35,000
 * events at once blocked a phone for half a second. Rejects with the signal's reason once aborted
 * (the params changed again).
 */
export function homeListInSteps(
  all: readonly EventRecord[],
  p: HomeParams,
  signal: AbortSignal,
): Promise<FullHomeList> {
  return paced(homeListSteps(all, p), signal);
}

/** Whether a list of these events is made at once (it fits in one step) rather than in steps. */
export function listsAtOnce(all: readonly EventRecord[]): boolean {
  return all.length <= STEP_EVENTS;
}

/**
 * The same list made in steps: each `yield` is a place to pause (every few thousand events), so
 * a page can list 35,000 events without one long task (see prepareHome).
 */
function* homeListSteps(all: readonly EventRecord[], p: HomeParams): Generator<void, FullHomeList> {
  const events = all.filter((event) => passes(event, p));
  // Each event's group (its key, and the jump it belongs to): its initial by title; else its
  // month, or its folder when undated. The label is made once per group, not per event.
  const groupOf = (event: EventRecord): [key: string, jump: string] => {
    if (p.sort === 'title') {
      const initial = initialOf(event.title);
      return [initial, initial];
    }
    if (!event.date) return [`undated/${folderOf(event)}`, 'Undated'];
    const month = event.date.slice(0, 7);
    return [month, month.slice(0, 4)];
  };
  const labelOf = (key: string): string => {
    if (p.sort === 'title') return key;
    if (key.startsWith('undated/')) {
      const folder = key.slice('undated/'.length);
      return folder ? `Undated · ${folder}` : 'Undated';
    }
    return monthLabel(key);
  };
  // Each event's place as one string, compared plainly (35,000 events sort in a few milliseconds):
  // dated before undated; dates newest or oldest first; undated by folder; then by title and id.
  const invert = (date: string) => {
    let out = '';
    for (let i = 0; i < date.length; i++) {
      const code = date.charCodeAt(i);
      out += code >= 48 && code <= 57 ? String.fromCharCode(105 - code) : date[i]; // '9' - digit
    }
    return out;
  };
  const placeOf = (event: EventRecord): string => {
    const title = `${naturalKey(event.title)}\u0000${event.id}`;
    if (p.sort === 'title') return title;
    if (!event.date) return `1${naturalKey(folderOf(event))}\u0000${title}`;
    return `0${p.sort === 'oldest' ? event.date : invert(event.date)}\u0000${title}`;
  };
  const placed: Array<readonly [string, EventRecord]> = [];
  for (const event of events) {
    placed.push([placeOf(event), event]);
    if (placed.length % STEP_EVENTS === 0) yield;
  }
  yield;
  placed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  yield;

  const rows: HomeRow[] = [];
  const jumps: HomeJump[] = [];
  const order: EventRecord[] = [];
  let group: Extract<HomeRow, { type: 'group' }> | undefined;
  for (const [n, [, event]] of placed.entries()) {
    if (n > 0 && n % STEP_EVENTS === 0) yield;
    const [key, jump] = groupOf(event);
    if (group?.key !== key) {
      if (jumps.at(-1)?.label !== jump) jumps.push({ label: jump, row: rows.length });
      group = { type: 'group', key, label: labelOf(key), count: 0 };
      rows.push(group);
    }
    group.count++;
    rows.push({ type: 'event', n });
    order.push(event);
  }
  return { rows, events: events.length, jumps, order };
}
