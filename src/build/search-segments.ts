/**
 * Cuts the corpus into the search index's segments, by document. A segment holds whole events and
 * ends where the content says (src/build/content-runs.ts), so adding, changing or removing one
 * document changes the segment that holds it (and at most its neighbour): an update fetches that
 * segment's files again, not the whole index. A small corpus is one segment.
 */
import type { TalkRecord } from '../shared/types';
import { compareIds, cutRuns } from './content-runs';

/** How the index is cut into segments. */
export interface SegmentOptions {
  /** A corpus that weighs less than this (see talkWeight) is one segment. */
  singleBelow: number;
  /** The smallest segment's weight. */
  minWeight: number;
  /** About how many segments a large corpus gets (between this and twice as many). */
  target: number;
}

/**
 * One segment up to about 1,000 talks of notes (the default corpus, a year of a meetup's notes);
 * beyond it segments of at least 1,024, aiming at 12 to 24: a query reads one shard per segment,
 * an update fetches about one segment.
 */
export const DEFAULT_SEGMENTING: SegmentOptions = {
  singleBelow: 2048,
  minWeight: 1024,
  target: 12,
};

/** Past its minimum, a segment ends after an event whose id hash is divisible by this. */
const DIVISOR = 8;

/**
 * A talk's estimated share of the index: its distinct terms, and so its postings, grow about as
 * the square root of its length (Heaps' law), and every talk has a title and a doc table row.
 */
export function talkWeight(talk: TalkRecord): number {
  return 1 + Math.sqrt(talk.readingMinutes);
}

/**
 * The talks of each segment: one list, in the order of `talks`, for a small corpus; else lists in
 * event-id and talk order, so a segment's files depend on its documents and never on the input order.
 */
export function planSegments(
  talks: readonly TalkRecord[],
  options: SegmentOptions = DEFAULT_SEGMENTING,
): TalkRecord[][] {
  const byEvent = new Map<string, { key: string; weight: number; talks: TalkRecord[] }>();
  let total = 0;
  for (const talk of talks) {
    const weight = talkWeight(talk);
    total += weight;
    const item = byEvent.get(talk.eventId);
    if (item) {
      item.weight += weight;
      item.talks.push(talk);
    } else byEvent.set(talk.eventId, { key: talk.eventId, weight, talks: [talk] });
  }
  if (total < options.singleBelow) return [[...talks]];
  // The size only moves when the corpus doubles, so one new document never re-cuts every segment.
  const unit = Math.max(options.minWeight, 2 ** Math.floor(Math.log2(total / options.target)));
  const items = [...byEvent.values()].sort((a, b) => compareIds(a.key, b.key));
  const runs = cutRuns(
    items,
    { minBytes: unit, maxBytes: 3 * unit, divisor: DIVISOR },
    (item) => item.key,
    (item) => item.weight,
  );
  return runs.map((run) => run.flatMap((item) => item.talks.sort((a, b) => a.index - b.index)));
}
