/**
 * Every in-app URL, built in one place so links, prerendered pages, the manifest and the service
 * worker agree. Paths end in `/` so a plain static host serves `…/index.html` with no rewrite rule.
 * All functions take the base path (`/` or `/sub/path/`, ending in `/`).
 */
import { wellFormedText } from './safe-url';

/** Home: the list of events. */
export const homeUrl = (base: string): string => base;

/** One event's page. */
export const eventUrl = (base: string, eventId: string): string =>
  `${base}events/${encodeURIComponent(eventId)}/`;

/** One talk's page; a talk id is `eventId/talkSlug`. */
export const talkUrl = (base: string, talkId: string): string =>
  `${base}events/${talkId.split('/').map(encodeURIComponent).join('/')}/`;

/** The search page, with the query in `?q=` when there is one (a lone surrogate typed in it is cleaned, never thrown). */
export const searchUrl = (base: string, q = ''): string =>
  q ? `${base}search/?q=${encodeURIComponent(wellFormedText(q))}` : `${base}search/`;

/** The bookmarks page. */
export const bookmarksUrl = (base: string): string => `${base}bookmarks/`;

/** The about and settings page. */
export const aboutUrl = (base: string): string => `${base}about/`;
