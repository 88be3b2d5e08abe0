// A tiny corpus served by a fake fetch, for the data-layer tests.
import { buildHomeCatalogue } from '../../src/build/home-catalogue';
import type { CorpusFile, CorpusManifest, EventRecord, TalkRecord } from '../../src/shared/types';

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

/**
 * A format-2 manifest plus its files, keyed by URL relative to the base: one event file, and one
 * talk file per event (named by the version, the event and its talks' titles, so a file changes
 * name exactly when its content does). `gzip` sizes each file as if that big (to test thresholds);
 * `eventFiles: 'each'` gives each event a file of its own; `home` adds the build's home catalogue.
 */
export function corpusFiles(
  version: string,
  events: EventRecord[],
  talks: TalkRecord[][],
  options: { gzip?: number; eventFiles?: 'one' | 'each'; home?: boolean } = {},
) {
  const byId = [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const allTalks = talks.flat();
  const gzip = options.gzip ?? 100;
  const files = new Map<string, unknown>();
  const describe = (url: string, first: string, records: unknown[]): CorpusFile => {
    files.set(url, records);
    const bytes = JSON.stringify(records).length;
    return { url, first, count: records.length, bytes, gzip };
  };
  const eventFiles =
    options.eventFiles === 'each'
      ? byId.map((e) => describe(`corpus/events-${contentKey([e])}.json`, e.id, [e]))
      : [describe(`corpus/events-${contentKey(byId)}.json`, byId[0]?.id ?? '', byId)];
  const talkFiles = byId.flatMap((e) => {
    const own = allTalks.filter((t) => t.eventId === e.id).sort((a, b) => a.index - b.index);
    return own.length ? [describe(`corpus/talks-${contentKey(own)}.json`, e.id, own)] : [];
  });
  const manifest: CorpusManifest = {
    format: 2,
    version,
    builtAt: '2026-01-01T00:00:00.000Z',
    eventCount: events.length,
    talkCount: allTalks.length,
    eventFiles,
    talkFiles,
    search: { manifest: 'search/manifest.json', files: [], bytes: 0, gzip: 0 },
  };
  if (options.home) {
    const home = buildHomeCatalogue(events);
    for (const file of home.files) files.set(file.fileName, JSON.parse(file.source));
    const names = home.files.map((file) => file.fileName);
    manifest.home = { catalogue: home.head, files: names, bytes: 0, gzip: gzip * names.length };
  }
  files.set(`corpus/manifest-${version}.json`, manifest);
  return { manifest, files, events, manifestUrl: `corpus/manifest-${version}.json` };
}

/** A short stable key of some records' JSON, standing for a content hash in file names. */
function contentKey(records: unknown[]): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(records);
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
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
