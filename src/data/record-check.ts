/**
 * Checks records as they are read from IndexedDB, where anything may have been written (an older
 * build, a browser extension, a half-finished write): a corpus record without its key fields is
 * refused, one with damaged fields is repaired, and block trees are cut to the renderer's depth.
 * The reader's own records are repaired, never dropped when they are bookmarks.
 */
import { blocksText, inlineText } from '../shared/blocks-text';
import type {
  Block,
  Bookmark,
  CorpusFile,
  CorpusManifest,
  EventKind,
  EventRecord,
  EventSummary,
  HomeCatalogue,
  Inline,
  Language,
  ReadingPosition,
  Speaker,
  TalkRecord,
} from '../shared/types';

/** Deepest nesting of blocks (lists, quotes) or inline marks the app renders; deeper is flattened to text. */
export const MAX_RENDER_DEPTH = 64;

type Loose = Record<string, unknown>;
const KINDS: readonly EventKind[] = ['conference', 'podcast', 'meetup', 'blog', 'notes'];
const LANGUAGES: readonly Language[] = ['en', 'ru', 'zh', 'ja', 'und'];

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): value is string => typeof value === 'string';
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter(str) : []);
const finite = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

const isFile = (value: unknown): value is CorpusFile =>
  isObject(value) &&
  str(value.url) &&
  str(value.first) &&
  [value.count, value.bytes, value.gzip].every((n) => typeof n === 'number');

/**
 * The manifest when it has the shape this app reads (fetched, or stored by an older build), else
 * undefined: a corpus stored in another format is fetched again rather than misread.
 */
export function checkManifest(value: unknown): CorpusManifest | undefined {
  if (!isObject(value) || value.format !== 2 || !str(value.version)) return undefined;
  const { eventFiles, talkFiles, search } = value;
  if (!Array.isArray(eventFiles) || !eventFiles.every(isFile)) return undefined;
  if (!Array.isArray(talkFiles) || !talkFiles.every(isFile)) return undefined;
  if (!isObject(search) || !str(search.manifest) || !Array.isArray(search.files)) return undefined;
  const { home } = value;
  // a damaged catalogue entry is dropped: the home page then lists the events themselves
  const homeValid =
    isObject(home) &&
    str(home.catalogue) &&
    Array.isArray(home.files) &&
    home.files.every(str) &&
    typeof home.bytes === 'number' &&
    typeof home.gzip === 'number';
  if (home !== undefined && !homeValid)
    return { ...(value as unknown as CorpusManifest), home: undefined };
  return value as unknown as CorpusManifest;
}

/** The home catalogue's head, or undefined when it is not one (then the home lists the events). */
export function checkCatalogue(value: unknown): HomeCatalogue | undefined {
  if (!isObject(value) || typeof value.events !== 'number') return undefined;
  const { groups, jumps, facets, files } = value;
  const count = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (!Array.isArray(groups) || !Array.isArray(jumps) || !Array.isArray(files)) return undefined;
  if (!groups.every((g) => isObject(g) && str(g.key) && str(g.label) && count(g.count)))
    return undefined;
  if (!jumps.every((j) => isObject(j) && str(j.label) && count(j.row))) return undefined;
  if (!files.every((f) => isObject(f) && str(f.url) && count(f.count))) return undefined;
  const pairs = (list: unknown) =>
    Array.isArray(list) &&
    list.every((p) => Array.isArray(p) && str(p[0]) && typeof p[1] === 'number');
  if (!isObject(facets) || !pairs(facets.kinds) || !pairs(facets.tags) || !pairs(facets.years))
    return undefined;
  // every row of the outline is in a file, and every jump lands on a row
  const sum = (list: Loose[]) => list.reduce((total, item) => total + (item.count as number), 0);
  const rows = groups.length + value.events;
  if (sum(groups) !== value.events || sum(files) !== value.events) return undefined;
  if (!jumps.every((j: Loose) => (j.row as number) < rows)) return undefined;
  return value as unknown as HomeCatalogue;
}

/** A summary of the home catalogue, or undefined when its id or title is missing. */
export function checkSummary(value: unknown): EventSummary | undefined {
  if (!isObject(value) || !str(value.id) || !str(value.title)) return undefined;
  const summary: EventSummary = {
    id: value.id,
    title: value.title,
    talks: finite(value.talks, 0),
    tags: strings(value.tags),
  };
  if (str(value.date)) summary.date = value.date;
  if (str(value.opens)) summary.opens = value.opens;
  return summary;
}

/** The event as a valid record, or undefined when its id, title or talks are missing. */
export function checkEvent(value: unknown): EventRecord | undefined {
  if (!isObject(value) || !str(value.id) || !str(value.title) || !Array.isArray(value.talkIds))
    return undefined;
  const event: EventRecord = {
    id: value.id,
    title: value.title,
    tags: strings(value.tags),
    kind: KINDS.includes(value.kind as EventKind) ? (value.kind as EventKind) : 'notes',
    description: checkBlocks(value.description),
    source: str(value.source) ? value.source : '',
    talkIds: strings(value.talkIds),
    languages: strings(value.languages).filter((l): l is Language =>
      LANGUAGES.includes(l as Language),
    ),
  };
  if (str(value.date) && /^\d{4}-\d\d-\d\d$/.test(value.date)) event.date = value.date;
  if (str(value.author)) event.author = value.author;
  if (value.single === true) event.single = true;
  return event;
}

/** The talk as a valid record, or undefined when its id, event or title are missing. */
export function checkTalk(value: unknown): TalkRecord | undefined {
  if (!isObject(value) || !str(value.id) || !str(value.eventId) || !str(value.title))
    return undefined;
  return {
    id: value.id,
    slug: str(value.slug) ? value.slug : value.id.slice(value.id.indexOf('/') + 1),
    eventId: value.eventId,
    index: finite(value.index, 0),
    title: value.title,
    speakers: Array.isArray(value.speakers) ? value.speakers.flatMap(checkSpeaker) : [],
    language: LANGUAGES.includes(value.language as Language) ? (value.language as Language) : 'und',
    readingMinutes: Math.max(1, finite(value.readingMinutes, 1)),
    links: strings(value.links),
    blocks: checkBlocks(value.blocks),
  };
}

function checkSpeaker(value: unknown): Speaker[] {
  if (!isObject(value) || !str(value.name)) return [];
  const speaker: Speaker = { name: value.name };
  if (str(value.handle)) speaker.handle = value.handle;
  if (str(value.affiliation)) speaker.affiliation = value.affiliation;
  return [speaker];
}

/** Blocks safe to render: unknown shapes dropped, fields typed, nesting cut at MAX_RENDER_DEPTH. */
export function checkBlocks(value: unknown, depth = 0): Block[] {
  return kept(value, (item) => checkBlock(item, depth));
}

// Parts of records the checks dropped (a block of no known shape): the build never writes one, so
// each is a sign of a damaged store.
let dropped = 0;

/** How many parts of records the checks have dropped so far: a reader compares before and after. */
export function droppedParts(): number {
  return dropped;
}

// The items of an array that `check` accepts, as it returns them; nothing for a non-array.
function kept<T>(value: unknown, check: (item: unknown) => T | undefined): T[] {
  if (!Array.isArray(value)) return [];
  const out: T[] = [];
  for (const item of value) {
    const valid = check(item);
    if (valid !== undefined) out.push(valid);
    else dropped++;
  }
  return out;
}

function checkBlock(value: unknown, depth: number): Block | undefined {
  if (!isObject(value)) return undefined;
  if (depth >= MAX_RENDER_DEPTH) return flattened(value);
  switch (value.kind) {
    case 'heading': {
      const level = value.level === 3 || value.level === 4 ? value.level : 2;
      return { kind: 'heading', level, content: checkInlines(value.content, depth + 1) };
    }
    case 'paragraph':
      return { kind: 'paragraph', content: checkInlines(value.content, depth + 1) };
    case 'list': {
      const items = Array.isArray(value.items)
        ? value.items.map((item) => checkBlocks(item, depth + 1))
        : [];
      const list: Block = { kind: 'list', ordered: value.ordered === true, items };
      if (typeof value.start === 'number' && Number.isInteger(value.start))
        list.start = value.start;
      return list;
    }
    case 'quote':
      return { kind: 'quote', blocks: checkBlocks(value.blocks, depth + 1) };
    case 'code': {
      const code: Block = { kind: 'code', text: str(value.text) ? value.text : '' };
      if (str(value.language)) code.language = value.language;
      return code;
    }
    case 'table': {
      const row = (cells: unknown) =>
        Array.isArray(cells) ? cells.map((cell) => checkInlines(cell, depth + 1)) : [];
      return {
        kind: 'table',
        head: row(value.head),
        rows: Array.isArray(value.rows) ? value.rows.map(row) : [],
      };
    }
    case 'rule':
      return { kind: 'rule' };
    default:
      return undefined;
  }
}

/** Inline content safe to render, with the same depth cut as blocks. */
export function checkInlines(value: unknown, depth = 0): Inline[] {
  return kept(value, (item) => checkInline(item, depth));
}

function checkInline(value: unknown, depth: number): Inline | undefined {
  if (!isObject(value)) return str(value) ? { kind: 'text', text: value } : undefined;
  switch (value.kind) {
    case 'text':
    case 'code':
      return { kind: value.kind, text: str(value.text) ? value.text : '' };
    case 'break':
      return { kind: 'break' };
    case 'emphasis':
    case 'strong':
    case 'link': {
      if (depth >= MAX_RENDER_DEPTH) return { kind: 'text', text: textOf(value) };
      const children = checkInlines(value.children, depth + 1);
      if (value.kind !== 'link') return { kind: value.kind, children };
      return { kind: 'link', href: str(value.href) ? value.href : '', children };
    }
    default:
      return undefined;
  }
}

// Text of a subtree too deep to render, read without recursion (its shape is unchecked).
function textOf(value: Loose): string {
  try {
    return 'content' in value || 'blocks' in value || 'items' in value
      ? blocksText([value as unknown as Block])
      : inlineText([value as unknown as Inline]);
  } catch {
    return '';
  }
}

function flattened(value: Loose): Block {
  return { kind: 'paragraph', content: [{ kind: 'text', text: textOf(value) }] };
}

/** The bookmark repaired field by field: a bookmark is never dropped, whatever it holds. */
export function repairBookmark(value: unknown, key: IDBValidKey = ''): Bookmark {
  const raw = isObject(value) ? value : {};
  const talkId = str(raw.talkId) ? raw.talkId : String(raw.talkId ?? key);
  const now = Date.now();
  const createdAt = finite(raw.createdAt, now);
  const bookmark: Bookmark = {
    talkId,
    eventId: str(raw.eventId) ? raw.eventId : (talkId.split('/')[0] ?? ''),
    talkTitle: str(raw.talkTitle) && raw.talkTitle ? raw.talkTitle : talkId,
    eventTitle: str(raw.eventTitle) ? raw.eventTitle : '',
    note: str(raw.note) ? raw.note : '',
    createdAt,
    updatedAt: finite(raw.updatedAt, createdAt),
  };
  if (str(raw.eventDate)) bookmark.eventDate = raw.eventDate;
  return bookmark;
}

/** Whether `repairBookmark` changed nothing, so no write is needed. */
export function bookmarkIsWhole(value: unknown, repaired: Bookmark): boolean {
  if (!isObject(value)) return false;
  return (Object.keys(repaired) as (keyof Bookmark)[]).every((k) => value[k] === repaired[k]);
}

/** The position as a valid record, or undefined when it cannot be one (a position is cheap to lose). */
export function checkPosition(value: unknown): ReadingPosition | undefined {
  if (!isObject(value) || !str(value.talkId)) return undefined;
  const progress = finite(value.progress, -1);
  if (progress < 0 || progress > 1) return undefined;
  return {
    talkId: value.talkId,
    progress,
    finished: value.finished === true,
    updatedAt: finite(value.updatedAt, 0),
  };
}
