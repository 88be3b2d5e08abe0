/**
 * What each route needs from the corpus, loaded by key and cached for the session so back/forward
 * and the first render after the prerender are instant. Also resolves a URL to its page ahead of
 * the first render (so the app takes over the prerendered HTML with the same content).
 */
import { exec } from 'preact-router';
import { corpusChangeKey, onCorpusState } from '../../data/corpus-state';
import { allEvents, getEvent, getTalk, getTalks, getTalksOfEvent } from '../../data/corpus-store';
import { openHomeCatalogue } from '../../data/home-catalogue';
import { prepareHome } from '../home/event-groups';
import { isDefaultHome, parseHomeParams } from '../home/home-params';
import { STATIC_ROWS } from '../home/VirtualRows';
import type { StaticPage } from '../page-meta';

type DataPage = Extract<StaticPage, { kind: 'home' | 'event' | 'talk' }>;
const cache = new Map<string, DataPage | null>();

let seen = '';
onCorpusState((state) => {
  // Another corpus, or other records stored: pages cached from before may be stale.
  const now = corpusChangeKey(state);
  if (now !== seen && seen) cache.clear();
  seen = now;
});

/** The cache key of the home page. */
export const homeKey = 'home';
/** The cache key of every event (as a home page listing them): the search filters read it too. */
export const eventsKey = 'events';
/** The cache key of an event page. */
export const eventKey = (eventId: string): string => `event:${eventId}`;
/** The cache key of a talk page. */
export const talkKey = (eventId: string, slug: string): string => `talk:${eventId}/${slug}`;

/** The page for a key if already loaded (`null`: known not to exist), else undefined. */
export function cachedPage(key: string): DataPage | null | undefined {
  return cache.get(key);
}

/** Resolves to the page for a key, `null` when its event or talk does not exist. */
export async function loadPage(key: string): Promise<DataPage | null> {
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const page = await fetchPage(key);
  cache.set(key, page);
  return page;
}

async function fetchPage(key: string): Promise<DataPage | null> {
  if (key === eventsKey) return { kind: 'home', events: await allEvents() };
  if (key === homeKey) {
    // Opening the home page: in its default order, the build's catalogue with its first rows;
    // else (or without a catalogue) the list for the URL's params, made from every event a task
    // at a time while the prerendered page still shows.
    const params =
      typeof location === 'undefined' ? undefined : parseHomeParams(location.search || '');
    if (!params || isDefaultHome(params)) {
      const catalogue = await openHomeCatalogue(STATIC_ROWS).catch(() => undefined);
      if (catalogue) return { kind: 'home', catalogue };
    }
    const all = await loadPage(eventsKey);
    const events = all?.kind === 'home' && all.events ? all.events : [];
    if (!params) return { kind: 'home', events };
    return { kind: 'home', events, prepared: await prepareHome(events, params) };
  }
  const [kind, id = ''] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'event') {
    const [event, talks] = await Promise.all([getEvent(id), getTalksOfEvent(id)]);
    return event ? { kind: 'event', event, talks } : null;
  }
  const talk = await getTalk(id);
  const event = talk && (await getEvent(talk.eventId));
  if (!talk || !event) return null;
  const at = event.talkIds.indexOf(talk.id);
  const [prevId, nextId] = [event.talkIds[at - 1], event.talkIds[at + 1]];
  const [prev, next] = await Promise.all([
    prevId ? getTalks([prevId]) : [],
    nextId ? getTalks([nextId]) : [],
  ]);
  return { kind: 'talk', event, talk, prev: prev[0], next: next[0] };
}

/** The cache key of the data page at this URL, if it is one. */
export function keyForUrl(url: string, base: string): string | undefined {
  const path = url.split(/[?#]/)[0] ?? url;
  if (exec(path, base, {})) return homeKey;
  const talk = exec(path, `${base}events/:event/:talk/`, {});
  if (talk && talk.event && talk.talk) return talkKey(talk.event, talk.talk);
  const event = exec(path, `${base}events/:event/`, {});
  if (event && event.event) return eventKey(event.event);
  return undefined;
}
