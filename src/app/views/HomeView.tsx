/**
 * The home page: every event in groups (by month, undated ones by folder, or by initial), sorted
 * and filtered as the URL says, with a way to jump to a year. Only the rows on screen are drawn.
 * In the default order it lists from the build's catalogue, loading summaries as rows come near;
 * other params (or a catalogue that fails) list from every event, read once.
 */
import { route, useRouter } from 'preact-router';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EventSummary } from '../../shared/types';
import { eventUrl, talkUrl } from '../../shared/urls';
import { ContinueReading } from '../reading/ContinueReading';
import { useBase } from '../base';
import { formatDate, plural } from '../format';
import {
  homeFacets,
  rowsOfGroups,
  summarize,
  type HomeList,
  type HomeRow,
} from '../home/event-groups';
import { HomeControls } from '../home/HomeControls';
import { useFullList } from '../home/use-full-list';
import { homeParamsUrl, isDefaultHome, parseHomeParams } from '../home/home-params';
import { VirtualRows } from '../home/VirtualRows';
import type { HomeSource } from '../page-meta';
import { useEveryEvent } from '../routes/use-every-event';
import { FileUnavailable } from '../../data/corpus-files';
import '../home/home.css';

/** Row heights in rem; home.css gives the rows exactly these. */
const GROUP_REM = 2.75;
const EVENT_REM = 6;

/** How often rows waiting for the network are asked for again. */
const OFFLINE_RETRY_MS = 3000;

/** A list to draw, and the event each of its event rows shows (undefined while not loaded). */
type ShownList = HomeList & { at: (n: number) => EventSummary | undefined };

/** The event list, from what the route loaded: every event, or the catalogue. */
export function HomeView({ source, url }: { source: HomeSource; url?: string }) {
  const base = useBase();
  const [router] = useRouter();
  const params = parseHomeParams(url ?? router?.url ?? '');
  const key = JSON.stringify(params);
  // A damaged catalogue file: every event is read instead, the catalogue shown until they are.
  const [failed, setFailed] = useState(false);
  const fromCatalogue = !!source.catalogue && isDefaultHome(params);
  const events = useEveryEvent(source.events, !fromCatalogue || failed);
  const catalogue = fromCatalogue && !(failed && events.list) ? source.catalogue : undefined;
  const [, setLoads] = useState(0);
  // Offline, rows whose file is not on this device say so, and load once the network is back
  // (or as they come near again).
  const [offline, setOffline] = useState(false);
  const lastRange = useRef<[number, number]>([0, 0]);

  const facets = useMemo(
    () =>
      source.catalogue?.head.facets ??
      source.prepared?.facets ??
      (events.list ? homeFacets(events.list) : { kinds: [], tags: [], years: [] }),
    [source, events.list],
  );
  // The list last drawn stays, dimmed, while the next is made in steps.
  const lastList = useRef<ShownList>();
  const full = useFullList(
    catalogue ? undefined : events.list,
    params,
    key,
    source.prepared,
    !!lastList.current,
  );
  const made = useMemo((): ShownList | undefined => {
    if (catalogue) {
      const { head } = catalogue;
      return {
        rows: rowsOfGroups(head.groups),
        events: head.events,
        jumps: head.jumps,
        at: catalogue.at,
      };
    }
    if (!full) return undefined;
    return { ...full, at: (n) => (full.order[n] ? summarize(full.order[n]) : undefined) };
  }, [catalogue, full]);
  const stale = !made && !!events.list && !!lastList.current;
  const list = made ?? (stale ? lastList.current : undefined);
  if (made) lastList.current = made;
  const scrollToRow = useRef<(row: number) => void>();

  // Rows coming near the screen: load the catalogue files that hold them.
  const onRange = (start: number, end: number) => {
    lastRange.current = [start, end];
    if (!catalogue || !list) return;
    const shown = list.rows
      .slice(start, end)
      .flatMap((row) => (row.type === 'event' ? [row.n] : []));
    if (shown.length === 0) return;
    catalogue.load(shown[0], shown[shown.length - 1] + 1).then(
      (loaded) => {
        if (loaded) setLoads((n) => n + 1);
        setOffline(false);
      },
      (error: unknown) => {
        if (!(error instanceof FileUnavailable && error.offline)) {
          setFailed(true); // damaged or gone: list from the events themselves
          return;
        }
        setOffline(true);
      },
    );
  };
  const retry = useRef(onRange);
  retry.current = onRange;
  useEffect(() => {
    // (files already loaded are not fetched again: nothing is asked when none was waiting)
    const online = () => retry.current(...lastRange.current);
    window.addEventListener('online', online);
    // The `online` event may come before the network answers (or never, on a flaky one): while
    // rows wait, they are asked for again now and then.
    const again = offline
      ? window.setInterval(() => navigator.onLine && online(), OFFLINE_RETRY_MS)
      : undefined;
    return () => {
      window.removeEventListener('online', online);
      clearInterval(again);
    };
  }, [offline]);

  const total = source.catalogue?.head.events ?? source.events?.length;
  return (
    <div class="page home">
      <h1 tabIndex={-1}>Talks and notes</h1>
      <ContinueReading />
      {total === 0 ? (
        <p>No events yet.</p>
      ) : (
        <>
          <HomeControls
            params={params}
            facets={facets}
            shown={list?.events}
            jumps={list?.jumps ?? []}
            onChange={(next) => route(homeParamsUrl(base, next))}
            onJump={(row) => scrollToRow.current?.(row)}
          />
          {events.error && !catalogue ? (
            <p class="home-empty" role="alert">
              {events.error}
            </p>
          ) : !list ? (
            <p class="home-empty" role="status">
              Listing events…
            </p>
          ) : list.events === 0 ? (
            <p class="home-empty">No events match these filters.</p>
          ) : (
            <>
              <p class="visually-hidden" role="status">
                {stale ? 'Listing events…' : ''}
              </p>
              <VirtualRows
                class={`event-list${stale ? ' event-list--stale' : ''}`}
                rows={list.rows}
                heightRem={(row) => (row.type === 'group' ? GROUP_REM : EVENT_REM)}
                render={(row) => <Row row={row} at={list.at} offline={offline} />}
                onReady={(scroll) => (scrollToRow.current = scroll)}
                onRange={onRange}
              />
            </>
          )}
        </>
      )}
    </div>
  );
}

function Row({
  row,
  at,
  offline,
}: {
  row: HomeRow;
  at: (n: number) => EventSummary | undefined;
  offline: boolean;
}) {
  const base = useBase();
  if (row.type === 'group') {
    return (
      <h2 class="event-group">
        {row.label} <span class="event-group__count">{row.count}</span>
      </h2>
    );
  }
  const event = at(row.n);
  // not loaded yet: an empty card of the same height, or why it stays empty
  if (!event && offline) {
    return (
      <div class="event-card">
        <p class="meta">Not saved on this device: listed once back online.</p>
      </div>
    );
  }
  if (!event) return <div class="event-card event-card--pending" />;
  // an event of one talk opens that talk
  const href = event.opens ? talkUrl(base, event.opens) : eventUrl(base, event.id);
  return (
    <div class="event-card">
      <h3>
        <a href={href}>{event.title}</a>
      </h3>
      <p class="meta">
        {event.date && <time dateTime={event.date}>{formatDate(event.date)}</time>}
        {event.date && ' · '}
        {plural(event.talks, 'talk')}
        {event.tags.length > 0 && <span class="event-card__tags"> · {event.tags.join(', ')}</span>}
      </p>
    </div>
  );
}
