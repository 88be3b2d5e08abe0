/** Titles, descriptions and paths of every page kind, for document titles and prerendered meta tags. */
import type { EventRecord, TalkRecord } from '../shared/types';
import type { OpenCatalogue } from '../data/home-catalogue';
import type { PreparedHome } from './home/event-groups';
import { blocksText } from '../shared/blocks-text';
import { aboutUrl, bookmarksUrl, eventUrl, homeUrl, searchUrl, talkUrl } from '../shared/urls';
import { formatDate, plural } from './format';

/** A page to render, with the data it shows: what the prerender and the routes agree on. */
export type StaticPage =
  | ({ kind: 'home' } & HomeSource)
  | { kind: 'event'; event: EventRecord; talks: TalkRecord[] }
  | { kind: 'talk'; event: EventRecord; talk: TalkRecord; prev?: TalkRecord; next?: TalkRecord }
  | { kind: 'about' | 'search' | 'bookmarks' | 'notFound' };

/**
 * What the home page lists from: every event (and, when the route prepared it, the list for the
 * URL's params), or the build's catalogue of the default list (a large library's first visit of
 * the day reads a few KB, not every event).
 */
export type HomeSource =
  | { events: EventRecord[]; prepared?: PreparedHome; catalogue?: undefined }
  | { catalogue: OpenCatalogue; events?: undefined; prepared?: undefined };

/** What a page says about itself; `path` is its canonical in-app URL (absent for the 404 page). */
export interface PageMeta {
  title: string;
  description: string;
  path?: string;
}

const APP = 'Talkshelf';
const DESCRIPTION_LENGTH = 200;

/** The page's document title, description and canonical path under `base`. */
export function pageMeta(page: StaticPage, base: string): PageMeta {
  switch (page.kind) {
    case 'home':
      return {
        title: `${APP}: talks and notes to read offline`,
        description: `Read ${plural(page.catalogue ? page.catalogue.head.events : page.events.length, 'event')} of conference, meetup and podcast notes offline, search them and share links to talks.`,
        path: homeUrl(base),
      };
    case 'event': {
      const { event } = page;
      const summary = clip(blocksText(event.description));
      const when = event.date ? ` (${formatDate(event.date)})` : '';
      return {
        title: `${event.title} · ${APP}`,
        description: summary || `${plural(page.talks.length, 'talk')} from ${event.title}${when}.`,
        path: eventUrl(base, event.id),
      };
    }
    case 'talk': {
      const { talk, event } = page;
      return {
        // a single-talk event's talk carries its title: never "JavaDays 2022 · JavaDays 2022"
        title:
          talk.title === event.title
            ? `${talk.title} · ${APP}`
            : `${talk.title} · ${event.title} · ${APP}`,
        description: clip(blocksText(talk.blocks)) || `A talk from ${event.title}.`,
        path: talkUrl(base, talk.id),
      };
    }
    case 'about':
      return {
        title: `About · ${APP}`,
        description: 'What Talkshelf is and what it stores.',
        path: aboutUrl(base),
      };
    case 'search':
      return {
        title: `Search · ${APP}`,
        description: 'Search every talk, offline.',
        path: searchUrl(base),
      };
    case 'bookmarks':
      return {
        title: `Bookmarks · ${APP}`,
        description: 'Talks you saved to come back to.',
        path: bookmarksUrl(base),
      };
    case 'notFound':
      return { title: `Page not found · ${APP}`, description: 'There is no page at this address.' };
  }
}

/** The text on one line, cut at a word near DESCRIPTION_LENGTH with an ellipsis. */
function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= DESCRIPTION_LENGTH) return flat;
  const cut = flat.slice(0, DESCRIPTION_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > DESCRIPTION_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
