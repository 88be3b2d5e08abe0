// A tiny corpus served by a fake fetch, for the data-layer tests.
import type { CorpusManifest, EventRecord, TalkRecord } from '../../src/shared/types';

/** A talk with just enough fields. */
export function talk(eventId: string, slug: string, index: number, title = slug): TalkRecord {
  return {
    id: `${eventId}/${slug}`,
    slug,
    eventId,
    index,
    title,
    speakers: [],
    language: 'en',
    readingMinutes: 1,
    links: [],
    blocks: [{ kind: 'paragraph', content: [{ kind: 'text', text: `${title} body` }] }],
  };
}

/** An event owning the given talks. */
export function event(id: string, date: string | undefined, talks: TalkRecord[]): EventRecord {
  return {
    id,
    title: id,
    date,
    tags: [],
    kind: 'podcast',
    description: [],
    source: `${id}.md`,
    talkIds: talks.map((t) => t.id),
    languages: ['en'],
  };
}

/** A manifest plus its chunk files, keyed by URL relative to the base. */
export function corpusFiles(version: string, events: EventRecord[], talks: TalkRecord[][]) {
  const manifest: CorpusManifest = {
    version,
    builtAt: '2026-01-01T00:00:00.000Z',
    events,
    talkCount: talks.flat().length,
    talkChunks: talks.map((_, i) => `corpus/talks-${version}-${i}.json`),
    searchManifest: 'search/manifest.json',
  };
  const files = new Map<string, unknown>([[`corpus/manifest-${version}.json`, manifest]]);
  talks.forEach((chunk, i) => files.set(manifest.talkChunks[i]!, chunk));
  return { manifest, files, manifestUrl: `corpus/manifest-${version}.json` };
}

/** A fetch answering from `files` under `/base/`, recording every URL asked for. */
export function fakeFetch(files: Map<string, unknown>, requested: string[] = []): typeof fetch {
  return (async (input: string | URL | Request) => {
    const url = String(input);
    requested.push(url);
    const body = files.get(url.replace(/^\/base\//, ''));
    if (body === undefined) return new Response('missing', { status: 404 });
    return new Response(JSON.stringify(body), { status: 200 });
  }) as typeof fetch;
}
