/**
 * The home page: every event in groups (by month, undated ones by folder, or by initial), sorted
 * and filtered as the URL says, with a way to jump to a year. Only the rows on screen are drawn.
 */
import { route, useRouter } from 'preact-router';
import { useMemo, useRef } from 'preact/hooks';
import type { EventRecord } from '../../shared/types';
import { eventUrl, talkUrl } from '../../shared/urls';
import { ContinueReading } from '../reading/ContinueReading';
import { useBase } from '../base';
import { formatDate, plural } from '../format';
import { homeFacets, homeList, type HomeRow, type PreparedHome } from '../home/event-groups';
import { HomeControls } from '../home/HomeControls';
import { homeParamsUrl, parseHomeParams } from '../home/home-params';
import { VirtualRows } from '../home/VirtualRows';
import '../home/home.css';

/** Row heights in rem; home.css gives the rows exactly these. */
const GROUP_REM = 2.75;
const EVENT_REM = 6;

/**
 * The event list, given every event (in any order: the list sorts them as the URL says), and the
 * list and facets the route prepared for the params it was opened with, if any.
 */
export function HomeView({
  events,
  prepared,
  url,
}: {
  events: EventRecord[];
  prepared?: PreparedHome;
  url?: string;
}) {
  const base = useBase();
  const [router] = useRouter();
  const params = parseHomeParams(url ?? router?.url ?? '');
  const key = JSON.stringify(params);
  const facets = useMemo(() => prepared?.facets ?? homeFacets(events), [events, prepared]);
  const list = useMemo(
    () => (prepared?.params === key ? prepared.list : homeList(events, params)),
    [events, key, prepared],
  );
  const scrollToRow = useRef<(row: number) => void>();

  return (
    <div class="page home">
      <h1 tabIndex={-1}>Talks and notes</h1>
      <ContinueReading />
      {events.length === 0 ? (
        <p>No events yet.</p>
      ) : (
        <>
          <HomeControls
            params={params}
            facets={facets}
            shown={list.events}
            jumps={list.jumps}
            onChange={(next) => route(homeParamsUrl(base, next))}
            onJump={(row) => scrollToRow.current?.(row)}
          />
          {list.events === 0 ? (
            <p class="home-empty">No events match these filters.</p>
          ) : (
            <VirtualRows
              class="event-list"
              rows={list.rows}
              heightRem={(row) => (row.type === 'group' ? GROUP_REM : EVENT_REM)}
              render={(row) => <Row row={row} />}
              onReady={(scroll) => (scrollToRow.current = scroll)}
            />
          )}
        </>
      )}
    </div>
  );
}

function Row({ row }: { row: HomeRow }) {
  const base = useBase();
  if (row.type === 'group') {
    return (
      <h2 class="event-group">
        {row.label} <span class="event-group__count">{row.count}</span>
      </h2>
    );
  }
  const { event } = row;
  // an event of one talk opens that talk
  const href =
    event.single && event.talkIds[0] ? talkUrl(base, event.talkIds[0]) : eventUrl(base, event.id);
  return (
    <div class="event-card">
      <h3>
        <a href={href}>{event.title}</a>
      </h3>
      <p class="meta">
        {event.date && <time dateTime={event.date}>{formatDate(event.date)}</time>}
        {event.date && ' · '}
        {plural(event.talkIds.length, 'talk')}
        {event.tags.length > 0 && (
          <span class="event-card__tags"> · {event.tags.slice(0, 6).join(', ')}</span>
        )}
      </p>
    </div>
  );
}
