/**
 * The contract between the build, the page, the search worker and the service worker.
 * It ships in the main bundle: keep it to types and tiny constants, with no runtime dependency.
 */

/** A language Talkshelf tells apart; `und` when a text is too short or mixed to say. */
export type Language = 'en' | 'ru' | 'zh' | 'ja' | 'und';

/** Inline content of a paragraph, heading, list item or table cell. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'emphasis'; children: Inline[] }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'code'; text: string }
  /** `href` is always http(s) or mailto: the build turns anything else into plain text. */
  | { kind: 'link'; href: string; children: Inline[] }
  | { kind: 'break' };

/** One structured block of a talk's body or an event's description; never raw HTML. */
export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  /** Each item is a list of blocks, so nesting (a list inside an item) is kept. */
  | { kind: 'list'; ordered: boolean; start?: number; items: Block[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'code'; language?: string; text: string }
  | { kind: 'table'; head: Inline[][]; rows: Inline[][][] }
  | { kind: 'rule' };

/** A person who gives a talk. */
export interface Speaker {
  name: string;
  /** Social handle including the `@`, e.g. `@dgageot`. */
  handle?: string;
  /** Company, lab or role, e.g. `CTO at Platform.sh` or `Inria`. */
  affiliation?: string;
}

/** What sort of gathering an event's document describes. */
export type EventKind = 'conference' | 'podcast' | 'meetup' | 'blog' | 'notes';

/** One source document: a conference, a podcast episode, a meeting, a blog post. */
export interface EventRecord {
  /** The event's slug: stable, URL-safe, unique in the corpus. */
  id: string;
  title: string;
  /** ISO date `YYYY-MM-DD` when the document gives one. */
  date?: string;
  tags: string[];
  author?: string;
  kind: EventKind;
  /** A short introduction, as blocks; may be empty. */
  description: Block[];
  /** The source file's path relative to the corpus folder. */
  source: string;
  /** Ids of the event's talks in document order. */
  talkIds: string[];
  /** True when the document is one talk (an article, one session): its talk carries the event's title, so links open the talk. */
  single?: true;
  /** Languages of its talks, most used first. */
  languages: Language[];
}

/** One talk, topic, agenda item or excerpt of an event. */
export interface TalkRecord {
  /** `${eventId}/${slug}`: stable, unique in the corpus. */
  id: string;
  /** Unique within its event. */
  slug: string;
  eventId: string;
  /** Position within the event, from 0. */
  index: number;
  title: string;
  speakers: Speaker[];
  language: Language;
  /** Whole minutes at a typical reading pace, at least 1. */
  readingMinutes: number;
  /** Every http(s) link the talk holds, in order, without duplicates. */
  links: string[];
  blocks: Block[];
}

/** A problem the build met in one file: reported by name, never fatal for the rest. */
export interface BuildWarning {
  file: string;
  /** `skipped` when the file gave no event at all. */
  severity: 'skipped' | 'warning';
  reason: string;
}

/**
 * One corpus data file: a run of records in event-id order (a file's records are the ones from
 * its `first` event id up to the next file's). Files are cut where the content says (see
 * src/build/content-runs.ts), so one changed document changes one file and its name.
 */
export interface CorpusFile {
  /** URL relative to the app's base; the name carries the content hash. */
  url: string;
  /** Event id of its first record: a record's file is the last one whose `first` is not after it. */
  first: string;
  /** How many records (events or talks) it holds. */
  count: number;
  /** Bytes of its JSON, and of the JSON gzipped (about what the network carries). */
  bytes: number;
  gzip: number;
}

/** An event as a row of the home list shows it: a few fields, not its description or talk ids. */
export interface EventSummary {
  id: string;
  title: string;
  date?: string;
  /** How many talks it holds. */
  talks: number;
  /** Its first tags (a row shows at most six). */
  tags: string[];
  /** The id of its one talk when it is a single-talk event: the row opens the talk. */
  opens?: string;
}

/** A heading of the home list: a month, an undated folder or an initial, and its events. */
export interface HomeGroup {
  key: string;
  label: string;
  count: number;
}

/** A place in the home list a reader can jump to (a year, "Undated", an initial). */
export interface HomeJump {
  label: string;
  /** The position of its first row among the list's rows (groups and events). */
  row: number;
}

/** Each home filter's values with how many events have them, most common first (years newest first). */
export interface HomeFacets {
  kinds: Array<[EventKind, number]>;
  tags: Array<[string, number]>;
  years: Array<[string, number]>;
}

/**
 * The home list in its default order (newest first, nothing filtered), made by the build: the
 * head the app needs to draw the whole list's outline, with its events in files of summaries.
 * A returning reader's home page needs the head and one file, not every event.
 */
export interface HomeCatalogue {
  /** How many events the list holds. */
  events: number;
  /** Its groups in order; each group's events follow its heading. */
  groups: HomeGroup[];
  jumps: HomeJump[];
  facets: HomeFacets;
  /** Files of EventSummary[] in list order, cut by content, and how many summaries each holds. */
  files: Array<{ url: string; count: number }>;
}

/** The first file the app fetches: the corpus's size and where to find its events, talks and index. */
export interface CorpusManifest {
  format: 2;
  /** Content hash of the whole corpus; changes whenever any event or talk changes. */
  version: string;
  builtAt: string;
  eventCount: number;
  talkCount: number;
  /** Files of EventRecord[], every event once, in event-id order. */
  eventFiles: CorpusFile[];
  /** Files of TalkRecord[], each event's talks together, in event-id order. */
  talkFiles: CorpusFile[];
  /** The search index: its manifest, every file it is made of (manifest included) and their size. */
  search: { manifest: string; files: string[]; bytes: number; gzip: number };
  /**
   * The home catalogue: its head (a HomeCatalogue), every file it is made of (head included) and
   * their size. Absent from manifests stored by versions before it: the home then lists events.
   */
  home?: { catalogue: string; files: string[]; bytes: number; gzip: number };
}

/** A talk the reader marked to come back to; survives the talk leaving the corpus. */
export interface Bookmark {
  talkId: string;
  eventId: string;
  /** Snapshot of titles and date at bookmark time, shown if the talk disappears. */
  talkTitle: string;
  eventTitle: string;
  eventDate?: string;
  /** The reader's own short note; empty when none. */
  note: string;
  createdAt: number;
  updatedAt: number;
}

/** How far a talk was read. */
export interface ReadingPosition {
  talkId: string;
  /** Scroll progress through the talk's body, 0 to 1. */
  progress: number;
  /** True once the reader reached the end; stays true. */
  finished: boolean;
  updatedAt: number;
}

/** Colour theme: follow the system, or force one. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** The reader's display preferences. */
export interface Settings {
  theme: ThemeChoice;
  /** Index into TEXT_SIZES. */
  textSize: number;
  /** Index into LINE_SPACINGS. */
  lineSpacing: number;
}

/** Text size steps, as multiples of the browser's own root font size (so zoom and font settings apply). */
export const TEXT_SIZES = [0.9, 1, 1.125, 1.25, 1.45] as const;

/** Line spacing steps for the reading column. */
export const LINE_SPACINGS = [1.45, 1.65, 1.9] as const;

/** Settings a reader starts with. */
export const DEFAULT_SETTINGS: Settings = { theme: 'system', textSize: 1, lineSpacing: 1 };
