/**
 * Builds the split search index: lunr's BM25 weights over pre-analysed terms, cut by document into
 * segments (src/build/search-segments.ts) and each segment into ranges of sorted terms (shards)
 * the browser fetches on demand, plus small manifests.
 */
import { createHash } from 'node:crypto';
import type { EventRecord, Language, TalkRecord } from '../shared/types';
import { blocksText } from '../shared/blocks-text';
import { indexTerms, type SurfaceWords } from '../search/analyzer';
import { LexiconBuilder } from './search-lexicon';
import { lunr } from '../search/lunr-setup';
import { lunrVectors } from './lunr-vectors';
import type { LunrVectors } from './lunr-vectors';
import { SEARCH_DIR, SEARCH_FIELDS } from '../search/index-format';
import type { SearchManifest, SearchRoot, SearchShard } from '../search/index-format';
import { DEFAULT_SEGMENTING, planSegments, type SegmentOptions } from './search-segments';
import { prefixTable, type SegmentTerm } from './search-prefixes';

/** How the index is cut; the default suits phones (a shard decodes in about a millisecond). */
export interface ShardOptions {
  /** A shard is closed once its terms and postings pass about this many bytes of JSON. */
  shardBytes: number;
}

const DEFAULT_SHARDING: ShardOptions = { shardBytes: 48_000 };

/** One emitted file, relative to the output root. */
export interface SearchIndexFile {
  fileName: string;
  source: string;
}

function hashed(name: string, ext: string, source: string): string {
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 8);
  return `${SEARCH_DIR}${name}.${hash}.${ext}`;
}

function speakersText(talk: TalkRecord): string {
  return talk.speakers
    .map((s) => [s.name, s.handle?.replace(/^@/, ''), s.affiliation].filter(Boolean).join(' '))
    .join('\n');
}

/** The analysed terms of a talk's fields, in SEARCH_FIELDS order; `words` hears each surface word. */
function talkFieldTerms(
  talk: TalkRecord,
  events: Map<string, EventRecord>,
  words?: SurfaceWords,
): string[][] {
  return [
    indexTerms(talk.title, words),
    indexTerms(speakersText(talk), words),
    indexTerms(events.get(talk.eventId)?.title ?? '', words),
    indexTerms(blocksText(talk.blocks), words),
  ];
}

/**
 * The whole index built by `lunr.Builder` over pre-analysed field terms (empty pipelines: analysis
 * already happened). The build computes the same numbers directly (lunrVectors); this is the
 * reference it is tested against.
 */
export function buildLunrIndex(events: Map<string, EventRecord>, talks: TalkRecord[]): lunr.Index {
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.metadataWhitelist = [];
  builder.ref('ref');
  for (const f of SEARCH_FIELDS) builder.field(f.name, { boost: f.boost });
  talks.forEach((talk, n) => {
    const doc: Record<string, string | string[]> = { ref: String(n) };
    talkFieldTerms(talk, events).forEach((terms, f) => (doc[SEARCH_FIELDS[f].name] = terms));
    builder.add(doc);
  });
  return builder.build();
}

/** Hears a document's surface words (see LexiconBuilder); `nextDocument` comes before each talk. */
export interface DocumentWords extends SurfaceWords {
  nextDocument(): void;
}

/** The analysed fields of every talk, one talk at a time (the corpus's terms never all in memory). */
export function* corpusFieldTerms(
  events: Map<string, EventRecord>,
  talks: TalkRecord[],
  words?: DocumentWords,
): Generator<string[][]> {
  for (const talk of talks) {
    words?.nextDocument();
    yield talkFieldTerms(talk, events, words);
  }
}

/** Both lists hear every word: the segment's own (its forms) and the corpus's (the lexicon). */
function bothLists(a: DocumentWords, b: DocumentWords): DocumentWords {
  return {
    nextDocument() {
      a.nextDocument();
      b.nextDocument();
    },
    add(word, term) {
      a.add(word, term);
      b.add(word, term);
    },
  };
}

/**
 * Each term's flat, delta-encoded posting row (see SearchShard): fields ascending, documents
 * ascending within a field, weights being lunr's scores ×1000.
 */
function postingRows({ terms, vectors }: LunrVectors): Map<string, number[]> {
  const rows: number[][] = terms.map(() => []);
  const lastField = new Int32Array(terms.length).fill(-1);
  const countAt = new Int32Array(terms.length);
  const prevDoc = new Int32Array(terms.length);
  const byField = [...vectors].sort((a, b) => a.field - b.field || a.doc - b.doc);
  for (const { field, doc, elements } of byField) {
    for (let i = 0; i < elements.length; i += 2) {
      const id = elements[i];
      const row = rows[id];
      if (lastField[id] !== field) {
        lastField[id] = field;
        prevDoc[id] = 0;
        countAt[id] = row.push(field, 0) - 1;
      }
      row[countAt[id]]++;
      row.push(doc - prevDoc[id], Math.round(elements[i + 1] * 1000));
      prevDoc[id] = doc;
    }
  }
  return new Map(terms.map((term, id) => [term, rows[id]]));
}

/** Cuts the sorted terms into consecutive runs of about `shardBytes` of JSON each. */
function planShards(
  rows: Map<string, number[]>,
  forms: Map<string, string>,
  opts: ShardOptions,
): string[][] {
  const groups: string[][] = [];
  let group: string[] = [];
  let bytes = 0;
  for (const term of [...rows.keys()].sort()) {
    // A term's JSON: the quoted term, its postings row, its document frequency and its forms.
    const size =
      term.length + 15 + JSON.stringify(rows.get(term)).length + (forms.get(term)?.length ?? 0);
    if (group.length && bytes + size > opts.shardBytes) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(term);
    bytes += size;
  }
  if (group.length) groups.push(group);
  return groups;
}

/** The number of distinct documents in a posting row (see SearchShard). */
function documentFrequency(row: number[]): number {
  const docs = new Set<number>();
  for (let i = 0; i < row.length;) {
    const count = row[i + 1];
    i += 2;
    let doc = 0;
    for (let k = 0; k < count; k++, i += 2) docs.add((doc += row[i]));
  }
  return docs.size;
}

/**
 * Builds the index of the corpus: its segments' manifests and shards, the lexicon and the entry
 * point (the one segment's manifest for a small corpus, else a root listing the segments). Every
 * file name carries a content hash, and a segment's files depend on its own documents only.
 */
export function buildSearchIndex(
  events: EventRecord[],
  talks: TalkRecord[],
  sharding: ShardOptions = DEFAULT_SHARDING,
  segmenting: SegmentOptions = DEFAULT_SEGMENTING,
): { manifestFileName: string; files: SearchIndexFile[] } {
  const eventById = new Map(events.map((e) => [e.id, e]));
  const words = new LexiconBuilder();
  // Identical shards of two segments are one file.
  const written = new Map<string, string>();
  const write = (name: string, source: string): string => {
    const fileName = hashed(name, 'json', source);
    written.set(fileName, source);
    return fileName;
  };
  const built = planSegments(talks, segmenting).map((segment) =>
    buildSegment(eventById, segment, words, sharding, write),
  );
  const segments = built.map(({ manifest }) => manifest);
  const lexicon = write('lexicon', JSON.stringify(words.lexicon()));
  const table = prefixTable(built.map(({ terms }) => terms));
  const prefixes = Object.keys(table).length > 0 ? table : undefined;
  let manifestFileName: string;
  if (segments.length === 1) {
    manifestFileName = write('manifest', JSON.stringify({ ...segments[0], lexicon, prefixes }));
  } else {
    const root: SearchRoot = {
      format: 3,
      fields: SEARCH_FIELDS.map((f) => f.name),
      segments: segments.map((segment) => write('segment', JSON.stringify(segment))),
      lexicon,
      prefixes,
    };
    manifestFileName = write('root', JSON.stringify(root));
  }
  // The entry point last.
  const files = [...written]
    .filter(([fileName]) => fileName !== manifestFileName)
    .map(([fileName, source]) => ({ fileName, source }));
  files.push({ fileName: manifestFileName, source: written.get(manifestFileName)! });
  return { manifestFileName, files };
}

/**
 * One segment: its shards, written through `write`, its manifest (without a lexicon) and its
 * terms' counts (for the prefix table).
 */
function buildSegment(
  eventById: Map<string, EventRecord>,
  talks: TalkRecord[],
  words: LexiconBuilder,
  sharding: ShardOptions,
  write: (name: string, source: string) => string,
): { manifest: SearchManifest; terms: SegmentTerm[] } {
  // A term's forms are the segment's own words, so that its files depend on its documents only.
  const own = new LexiconBuilder();
  const rows = postingRows(
    lunrVectors(
      corpusFieldTerms(eventById, talks, bothLists(own, words)),
      SEARCH_FIELDS.map((f) => f.boost),
    ),
  );
  const forms = own.formsByTerm();
  const segmentTerms: SegmentTerm[] = [];
  const shards: SearchManifest['shards'] = planShards(rows, forms, sharding).map((terms, n) => {
    const postings = terms.map((t) => rows.get(t)!);
    const shard: SearchShard = {
      terms,
      postings,
      df: postings.map(documentFrequency),
      forms: terms.map((t) => forms.get(t) ?? ''),
    };
    terms.forEach((term, k) =>
      segmentTerms.push({ term, df: shard.df[k], postings: postings[k].length >> 1, shard: n }),
    );
    return [terms[0], write(`s-${n.toString(36)}`, JSON.stringify(shard))];
  });

  const eventRows: Array<[string, string]> = [];
  const eventIndex = new Map<string, number>();
  const languages: Language[] = [];
  const docs: SearchManifest['docs'] = talks.map((talk) => {
    let e = eventIndex.get(talk.eventId);
    if (e === undefined) {
      e = eventRows.push([talk.eventId, eventById.get(talk.eventId)?.date?.slice(0, 4) ?? '']) - 1;
      eventIndex.set(talk.eventId, e);
    }
    let lang = languages.indexOf(talk.language);
    if (lang < 0) lang = languages.push(talk.language) - 1;
    const prefix = `${talk.eventId}/`;
    let tail = talk.id.startsWith(prefix) ? talk.id.slice(prefix.length) : `/${talk.id}`;
    // A one-talk event's talk is often named by the start of the event's id: `<n` says so.
    if (tail && talk.eventId.startsWith(tail)) tail = `<${tail.length}`;
    else if (tail === '' || tail.startsWith('<')) tail = `/${talk.id}`;
    return [e, tail, lang];
  });
  const manifest: SearchManifest = {
    format: 2,
    fields: SEARCH_FIELDS.map((f) => f.name),
    events: eventRows,
    languages,
    docs,
    shards,
  };
  return { manifest, terms: segmentTerms };
}
