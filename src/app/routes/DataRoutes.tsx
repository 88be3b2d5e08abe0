/** The routes that show corpus data: home, one event, one talk. */
import { useReadingPosition } from '../reading/use-reading-position';
import { PageView } from '../PageView';
import { NotFoundView } from '../views/NotFoundView';
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
  return <PageView page={page} />;
}

/** `/`: the events. */
export function HomeRoute(_props: RouteProps) {
  return render(usePage(homeKey), 'page');
}

/** `/events/:event/`: one event. */
export function EventRoute({ event = '' }: RouteProps & { event?: string }) {
  return render(usePage(eventKey(event)), 'event');
}

/** `/events/:event/:talk/`: one talk, restoring and recording the reading position. */
export function TalkRoute({
  event = '',
  talk = '',
}: RouteProps & { event?: string; talk?: string }) {
  const state = usePage(talkKey(event, talk));
  useReadingPosition(`${event}/${talk}`, !!state.page);
  return render(state, 'talk');
}
