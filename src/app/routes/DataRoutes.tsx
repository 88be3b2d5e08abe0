/** The routes that show corpus data: home, one event, one talk. */
import { useReadingPosition } from '../reading/use-reading-position';
import { DataView } from '../views/DataView';
import { route } from 'preact-router';
import { useEffect } from 'preact/hooks';
import { talkUrl } from '../../shared/urls';
import { useBase } from '../base';
import { NotFoundView } from '../views/NotFoundView';
import { TalkNotFound } from '../views/TalkNotFound';
import { CorpusError, Loading } from './PageStates';
import { eventKey, homeKey, talkKey } from './route-data';
import { usePage, type PageState } from './use-page';

interface RouteProps {
  path?: string;
}

function render({ page, error }: PageState, what: string) {
  if (error) return <CorpusError error={error} />;
  if (page === undefined) return <Loading />;
  if (page === null) return <NotFoundView what={what} />;
  // The data views only (PageView would pull the lazy routes' views into the shell).
  if (page.kind !== 'home' && page.kind !== 'event' && page.kind !== 'talk') return null;
  return <DataView page={page} />;
}

/** `/`: the events. */
export function HomeRoute(_props: RouteProps) {
  return render(usePage(homeKey), 'page');
}

/** `/events/:event/`: one event; an event of one talk opens that talk instead. */
export function EventRoute({ event = '' }: RouteProps & { event?: string }) {
  const base = useBase();
  const state = usePage(eventKey(event));
  const page = state.page;
  const single = page?.kind === 'event' && page.event.single ? page.event.talkIds[0] : undefined;
  useEffect(() => {
    if (single) route(talkUrl(base, single), true);
  }, [single]);
  if (page === null) return <TalkNotFound eventId={event} />;
  return render(state, 'event');
}

/** `/events/:event/:talk/`: one talk, restoring and recording the reading position. */
export function TalkRoute({
  event = '',
  talk = '',
}: RouteProps & { event?: string; talk?: string }) {
  const state = usePage(talkKey(event, talk));
  useReadingPosition(`${event}/${talk}`, !!state.page);
  if (state.page === null) return <TalkNotFound eventId={event} talkSlug={talk} />;
  return render(state, 'talk');
}
