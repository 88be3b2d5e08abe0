/** Runs a search for the page's params and loads the talks it found, ignoring superseded answers. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { listBookmarkedIds } from '../../data/bookmarks';
import { eventIdOfTalk } from '../../data/corpus-files';
import { corpusChangeKey, corpusState } from '../../data/corpus-state';
import { getEvents, getTalks } from '../../data/corpus-store';
import { cachedPage, eventsKey } from '../routes/route-data';
import type { SearchHit, SearchResponse } from '../../shared/search-types';
import type { EventRecord, TalkRecord } from '../../shared/types';
import { blocksText } from '../../shared/blocks-text';
import type { Segment } from '../../search/highlight';
import { getSearchClient } from './search-client';
import type { SearchParams } from './search-params';
import { RESULTS_PAGE, toFilters } from './search-params';

/** One result as shown: the talk, its event, and its title, speakers and snippet cut into highlights. */
export interface ShownResult {
  talk: TalkRecord;
  event?: EventRecord;
  title: Segment[];
  speakers: Segment[];
  /** Undefined while it is being made: results after the first few get theirs after a paint. */
  snippet?: Segment[];
  /** The index terms that matched, for marking them in the talk it opens. */
  matched: string[];
}

/** Characters of body text shown around the matches. */
const SNIPPET_CHARS = 220;

/**
 * While typing, the results a keystroke paints at once: as many as a screen shows (two or three
 * on a phone, where a result with its snippet is about 300 px tall; four in a desktop window). A
 * new result costs its talk's text for the snippet and a few hundred nodes of layout and paint,
 * so those below are added right after that paint, not before it.
 */
const AT_ONCE = 4;

/**
 * Resolves once the next frame is painted and the browser is idle (input and other tasks first: a
 * keystroke typed meanwhile makes the rest unneeded), within 200 ms.
 */
const afterPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function') {
        requestIdleCallback(() => resolve(), { timeout: 200 });
      } else {
        setTimeout(resolve, 0); // Safari: no idle callbacks
      }
    }),
  );

/** The state of the results for the current params. */
export interface SearchResults {
  /** The params these results answer (they lag the URL while a search runs). */
  params?: SearchParams;
  mode?: SearchResponse['mode'];
  /** The query as searched when a word was corrected. */
  corrected?: string;
  total: number;
  results: ShownResult[];
  busy: boolean;
  error?: string;
  /** One letter was typed: too short to search (one Chinese or Japanese character is not). */
  tooShort?: boolean;
  /** Some results are still being added (right after this paint): the page is not yet as tall. */
  partial?: boolean;
}

let latest = 0;

const ONE_CHARACTER = /^[\p{L}\p{N}]$/u;
/** A query ending with the first letter of a word after others. */
const NEW_WORD = /\s[\p{L}\p{N}]$/u;
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Whether `q` is a single letter or digit of an alphabetic script: nothing to search yet. */
function tooShort(q: string): boolean {
  const text = q.trim();
  return [...text].length === 1 && ONE_CHARACTER.test(text) && !IDEOGRAPHIC.test(text);
}

// Every keystroke shows results: the events (for their titles) are kept once read, and each
// talk's plain text is made once, not once per keystroke. Only the results' own events are read
// (from storage, or from the few files that hold them), never the whole list.
const EVENT_CACHE = 2000;
const knownEvents = new Map<string, EventRecord>();
async function eventsById(ids: string[]): Promise<Map<string, EventRecord>> {
  const home = cachedPage(eventsKey);
  if (home?.kind === 'home' && home.events && knownEvents.size === 0) {
    for (const event of home.events) knownEvents.set(event.id, event);
  }
  const missing = [...new Set(ids)].filter((id) => !knownEvents.has(id));
  if (missing.length > 0) {
    if (knownEvents.size > EVENT_CACHE) knownEvents.clear();
    for (const event of await getEvents(missing)) knownEvents.set(event.id, event);
  }
  return knownEvents;
}

// The talks of recent results, kept across keystrokes (typing "servi", "servic", "service" shows
// mostly the same talks): only the new ones are read from storage.
const TALK_CACHE = 400;
const knownTalks = new Map<string, TalkRecord>();
let talksOf = '';
async function talksById(ids: string[]): Promise<Map<string, TalkRecord>> {
  const now = corpusChangeKey(corpusState());
  if (now !== talksOf) {
    knownTalks.clear(); // another version, or other records stored: read again
    talksOf = now;
  }
  const missing = ids.filter((id) => !knownTalks.has(id));
  if (missing.length > 0) {
    if (knownTalks.size + missing.length > TALK_CACHE) knownTalks.clear();
    for (const talk of await getTalks(missing)) knownTalks.set(talk.id, talk);
  }
  return knownTalks;
}

const TEXT_CACHE = 500;
const texts = new Map<string, string>();
function textOf(talk: TalkRecord): string {
  let text = texts.get(talk.id);
  if (text === undefined) {
    if (texts.size >= TEXT_CACHE) texts.clear();
    text = blocksText(talk.blocks);
    texts.set(talk.id, text);
  }
  return text;
}

// The results last shown, by talk and matched terms: a keystroke that finds the same talk for
// the same words shows the same object, which neither highlights again nor renders again.
let lastShown = new Map<string, ShownResult>();
const shownKey = (talkId: string, matched: string[]) => `${talkId}\n${matched.join('\n')}`;

/** The results for `params`, updating as they change; nothing is searched for an empty query. */
export function useSearchResults(params: SearchParams): SearchResults {
  const [state, setState] = useState<SearchResults>({ total: 0, results: [], busy: false });
  // Other words on a page that searched before (the reader typing, the first letters included):
  // the new results are painted a few first. A page opened at a query draws them all at once
  // (back returns to a page as tall as it was), and so does "Show more" (the reader is at the end
  // of the list).
  const lastWords = useRef<string | null>(null);
  const key = JSON.stringify(params);
  // A layout effect: the worker is asked while the keystroke's frame paints, not a frame later.
  useLayoutEffect(() => {
    const ticket = ++latest;
    const words = JSON.stringify({ ...params, more: undefined });
    const typing = lastWords.current !== null && words !== lastWords.current;
    lastWords.current = words;
    if (!params.q.trim()) {
      setState({ params, total: 0, results: [], busy: false });
      return;
    }
    // The first letter of a word ("k", "kafka r"): while the next letter comes, the worker loads
    // the shards of the words that start with it.
    const firstLetter = tooShort(params.q);
    if (firstLetter || NEW_WORD.test(params.q)) getSearchClient().warm(params.q);
    // One letter alone: no round trip, no "nothing found", a hint instead.
    if (firstLetter) {
      setState({ params, total: 0, results: [], busy: false, tooShort: true });
      return;
    }
    setState((s) => ({ ...s, busy: true }));
    (async () => {
      const onlyTalkIds = params.bookmarked ? [...(await listBookmarkedIds())] : undefined;
      const res = await getSearchClient().search({
        text: params.q,
        filters: { ...toFilters(params), onlyTalkIds },
        exact: params.exact,
        limit: RESULTS_PAGE * (1 + (params.more ?? 0)),
      });
      if (ticket !== latest) return;
      // While typing, only the first results' talks are read before the paint; the rest after it.
      const read = (hits: SearchHit[]) =>
        Promise.all([
          talksById(hits.map((h) => h.talkId)),
          eventsById(hits.map((h) => eventIdOfTalk(h.talkId))),
        ]);
      // The highlighter carries lunr's stemmers: loaded with the first results, not with every page.
      const [[talkById, events], { highlight, snippet }] = await Promise.all([
        read(typing ? res.hits.slice(0, AT_ONCE) : res.hits),
        import('../../search/highlight'),
      ]);
      if (ticket !== latest) return;
      // A hit's result once its talk is read: the one shown before for the same words, or a new
      // one (with its snippet when `whole`).
      const resultOf = (
        hit: SearchHit,
        talks: Map<string, TalkRecord>,
        events: Map<string, EventRecord>,
        whole: boolean,
      ): ShownResult | undefined => {
        const talk = talks.get(hit.talkId);
        if (!talk) return undefined;
        const event = events.get(talk.eventId);
        const last = lastShown.get(shownKey(talk.id, hit.matched));
        if (last && last.talk === talk && last.event === event && last.snippet) return last;
        const result: ShownResult = {
          talk,
          event,
          title: highlight(talk.title, hit.matched),
          speakers: highlight(talk.speakers.map((s) => s.name).join(', '), hit.matched),
          matched: hit.matched,
        };
        if (whole) result.snippet = snippet(textOf(talk), hit.matched, SNIPPET_CHARS);
        return result;
      };
      const remember = (results: ShownResult[]) => {
        lastShown = new Map(results.map((r) => [shownKey(r.talk.id, r.matched), r]));
      };
      const now = res.hits.map((hit, n) => resultOf(hit, talkById, events, !typing || n < AT_ONCE));
      // the results already drawn stay (keyed by talk, they are not drawn again)
      const shown = now.filter((r, n): r is ShownResult => !!r && (n < AT_ONCE || !!r.snippet));
      const partial = typing && now.some((r, n) => n >= AT_ONCE && !r?.snippet);
      remember(now.filter((r): r is ShownResult => !!r));
      setState({
        params,
        mode: res.mode,
        corrected: res.corrected,
        total: res.total,
        results: shown,
        busy: false,
        partial,
      });
      if (!partial) return;
      await afterPaint();
      if (ticket !== latest) return; // a newer search shows its own
      const [allTalks, allEvents] = await read(res.hits);
      if (ticket !== latest) return;
      const results = res.hits.flatMap((hit) => resultOf(hit, allTalks, allEvents, true) ?? []);
      remember(results);
      setState((state) =>
        state.params === params && state.partial ? { ...state, results, partial: false } : state,
      );
    })().catch((error: unknown) => {
      if (ticket !== latest) return;
      const message = error instanceof Error ? error.message : String(error);
      setState({ params, total: 0, results: [], busy: false, error: message });
    });
  }, [key]);
  return state;
}
