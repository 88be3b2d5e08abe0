/** The view of a corpus page (home, event, talk): shared by the data routes and the prerender. */
import type { StaticPage } from '../page-meta';
import { EventView } from './EventView';
import { HomeView } from './HomeView';
import { TalkView } from './TalkView';

/** A page that shows corpus data. */
export type DataPage = Extract<StaticPage, { kind: 'home' | 'event' | 'talk' }>;

/** The view for a corpus page. */
export function DataView({ page }: { page: DataPage }) {
  switch (page.kind) {
    case 'home':
      return <HomeView source={page} />;
    case 'event':
      return <EventView event={page.event} talks={page.talks} />;
    case 'talk':
      return <TalkView event={page.event} talk={page.talk} prev={page.prev} next={page.next} />;
  }
}
