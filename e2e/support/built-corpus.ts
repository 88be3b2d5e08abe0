/** Reading a production build's corpus JSON from disk, so specs pick talks from the data, not from memory. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { blocksText } from '../../src/shared/blocks-text';
import type { CorpusManifest, EventRecord, TalkRecord } from '../../src/shared/types';

/** A build's corpus: its manifest, every event and every talk. */
export interface BuiltCorpusFiles {
  manifest: CorpusManifest;
  events: EventRecord[];
  talks: TalkRecord[];
}

/** Returns the corpus a build folder holds (`<dir>/data/corpus.<hash>.json` and its event and talk files). */
export function readBuiltCorpus(dir: string): BuiltCorpusFiles {
  const data = path.join(dir, 'data');
  const file = readdirSync(data).find((name) => /^corpus\.[^.]+\.json$/.test(name));
  if (!file) throw new Error(`${dir} holds no corpus manifest: build it first`);
  const manifest = JSON.parse(readFileSync(path.join(data, file), 'utf8')) as CorpusManifest;
  const read = <T>(url: string) => JSON.parse(readFileSync(path.join(dir, url), 'utf8')) as T[];
  const events = manifest.eventFiles.flatMap((file) => read<EventRecord>(file.url));
  const talks = manifest.talkFiles.flatMap((file) => read<TalkRecord>(file.url));
  return { manifest, events, talks };
}

/** A talk to look for in a page: its URL path under `base`, title and a line of its body text. */
export interface TalkProbe {
  talk: TalkRecord;
  event: EventRecord;
  path: string;
  snippet: string;
}

/** Returns a probe for `talk`: the first body line long enough to be unambiguous, cut at a word. */
export function probeTalk(corpus: BuiltCorpusFiles, talk: TalkRecord, base = '/'): TalkProbe {
  const event = corpus.events.find((e) => e.id === talk.eventId)!;
  const line = blocksText(talk.blocks)
    .split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .find((l) => l.length >= 24);
  if (!line) throw new Error(`talk ${talk.id} has no line of text to look for`);
  const snippet = line.slice(0, 40).replace(/\s+\S*$/, '');
  const talkPath = `${base}events/${talk.id.split('/').map(encodeURIComponent).join('/')}/`;
  return { talk, event, path: talkPath, snippet };
}

/** Returns probes for talks with enough text, longest first (the deepest, least likely visited pages). */
export function probeLongTalks(corpus: BuiltCorpusFiles, base = '/'): TalkProbe[] {
  return [...corpus.talks]
    .map((talk) => ({ talk, size: blocksText(talk.blocks).length }))
    .filter(({ size }) => size > 200)
    .sort((a, b) => b.size - a.size)
    .map(({ talk }) => probeTalk(corpus, talk, base));
}
