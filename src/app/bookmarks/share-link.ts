/**
 * The "share list" link: `bookmarks/?shared=` followed by the talk ids, comma-separated, each
 * percent-encoded except its `/`, so a typical list stays short and readable.
 */

/** Longest share link produced; longer lists are cut and the rest reported as omitted. */
export const MAX_SHARE_URL_LENGTH = 2000;
/** Most ids read from an opened link, whatever its length. */
const MAX_SHARED_IDS = 500;
const TALK_ID = /^[^/\s]+\/[^/\s]+$/;

const encodeId = (id: string): string => encodeURIComponent(id).replace(/%2F/gi, '/');

/** A share link and how many ids did not fit in it. */
export interface ShareLink {
  url: string;
  included: number;
  omitted: number;
}

/** The share link for `talkIds` on the bookmarks page at `pageUrl` (absolute, ending in `/`). */
export function buildShareLink(
  pageUrl: string,
  talkIds: readonly string[],
  maxLength = MAX_SHARE_URL_LENGTH,
): ShareLink {
  let url = `${pageUrl}?shared=`;
  let included = 0;
  for (const id of talkIds) {
    const part = (included ? ',' : '') + encodeId(id);
    if (url.length + part.length > maxLength) break;
    url += part;
    included++;
  }
  return { url, included, omitted: talkIds.length - included };
}

/** The talk ids held by a page's query string (`location.search`), valid and without repeats. */
export function readSharedIds(search: string): string[] | undefined {
  // Read the raw value: URLSearchParams would decode an id's own `%2C` into a separator.
  const raw = search
    .replace(/^\?/, '')
    .split('&')
    .find((pair) => pair.startsWith('shared='));
  if (raw === undefined) return undefined;
  const ids = new Set<string>();
  for (const part of raw.slice('shared='.length).split(',')) {
    let id: string;
    try {
      id = decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      continue; // a malformed escape: skip that id, keep the rest
    }
    if (TALK_ID.test(id)) ids.add(id);
    if (ids.size >= MAX_SHARED_IDS) break;
  }
  return [...ids];
}
