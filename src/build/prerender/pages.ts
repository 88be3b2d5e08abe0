/** Which static pages the build prerenders, where each is written, and with what data. */
import type { EventRecord, TalkRecord } from '../../shared/types';
import type { BuiltCorpus } from '../build-state';
import { aboutUrl, bookmarksUrl, eventUrl, homeUrl, searchUrl, talkUrl } from '../../shared/urls';

/** The data one prerendered page is rendered from; mirrors `StaticPage` of src/app/static-pages.tsx. */
export type StaticPage =
  | { kind: 'home'; events: EventRecord[] }
  | { kind: 'event'; event: EventRecord; talks: TalkRecord[] }
  | { kind: 'talk'; event: EventRecord; talk: TalkRecord; prev?: TalkRecord; next?: TalkRecord }
  | { kind: 'about' | 'search' | 'bookmarks' | 'notFound' };

/** A page to render: its public URL path, its file relative to the output folder, and its data. */
export interface PageToRender {
  url: string;
  file: string;
  page: StaticPage;
}

/** Returns events newest first, undated last, keeping manifest order among equals (as the app lists them). */
export function newestFirst(events: readonly EventRecord[]): EventRecord[] {
  return [...events].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

/** Returns the output file for a URL path under `base`: `/b/events/x/` → `events/x/index.html`. */
export function fileForUrl(base: string, url: string): string {
  if (!url.startsWith(base)) throw new Error(`URL ${url} is outside the base path ${base}`);
  const rest = url.slice(base.length).split('/').map(decodeURIComponent).join('/');
  return `${rest}index.html`;
}

/** Returns every page of the site: home, each event, each talk, search, bookmarks, about and the 404 page. */
export function listPages(corpus: BuiltCorpus | undefined, base: string): PageToRender[] {
  const events = corpus ? newestFirst(corpus.events) : [];
  const talksById = new Map((corpus?.talks ?? []).map((talk) => [talk.id, talk]));
  const at = (url: string, page: StaticPage): PageToRender => ({
    url,
    file: fileForUrl(base, url),
    page,
  });
  const pages: PageToRender[] = [at(homeUrl(base), { kind: 'home', events })];
  for (const event of events) {
    const talks = event.talkIds.flatMap((id) => talksById.get(id) ?? []);
    pages.push(at(eventUrl(base, event.id), { kind: 'event', event, talks }));
    talks.forEach((talk, i) => {
      pages.push(
        at(talkUrl(base, talk.id), {
          kind: 'talk',
          event,
          talk,
          prev: talks[i - 1],
          next: talks[i + 1],
        }),
      );
    });
  }
  pages.push(at(searchUrl(base), { kind: 'search' }));
  pages.push(at(bookmarksUrl(base), { kind: 'bookmarks' }));
  pages.push(at(aboutUrl(base), { kind: 'about' }));
  pages.push({ url: `${base}404.html`, file: '404.html', page: { kind: 'notFound' } });
  return pages;
}
