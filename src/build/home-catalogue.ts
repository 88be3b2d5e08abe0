/**
 * The home catalogue (see HomeCatalogue): the home list in its default order, made once here so
 * that a phone opening the home page of 35,000 events reads a head of a few KB and one file of
 * summaries instead of every event. Summaries are cut by content in list order, so a new document
 * changes the head and the file it lands in, and every other file keeps its name.
 */
import type { EventRecord, HomeCatalogue } from '../shared/types';
import { groupsOfRows, homeFacets, homeList, summarize } from '../app/home/event-groups';
import { parseHomeParams } from '../app/home/home-params';
import { contentRuns, type RunSizes } from './content-runs';
import { shortHash } from './hash';
import { writeRuns, type EmittedFile } from './write-runs';

/**
 * Summary files of about 30 KB of JSON (a few hundred events, 5 KB on the wire): the first screen
 * needs one, and scrolling a long way fetches one per few hundred rows. The cuts come from the
 * ids (one event in 128 past a small minimum), so an added event leaves the other cuts in place.
 */
export const SUMMARY_RUNS: RunSizes = { minBytes: 8 * 1024, maxBytes: 128 * 1024, divisor: 128 };

/** The catalogue's files, its head's name first among them. */
export function buildHomeCatalogue(events: readonly EventRecord[]): {
  head: string;
  files: EmittedFile[];
} {
  const list = homeList(events, parseHomeParams(''));
  const items = list.order.map((event) => ({
    key: event.id,
    records: [JSON.stringify(summarize(event))],
  }));
  const files: EmittedFile[] = [];
  const parts = writeRuns('home/events', contentRuns(items, SUMMARY_RUNS), files);
  const catalogue: HomeCatalogue = {
    events: list.events,
    groups: groupsOfRows(list.rows),
    jumps: list.jumps,
    facets: homeFacets(events),
    files: parts.map(({ url, count }) => ({ url, count })),
  };
  const source = JSON.stringify(catalogue);
  const head = `data/home/list.${shortHash(source)}.json`;
  return { head, files: [{ fileName: head, source }, ...files] };
}
