/**
 * Builds the split search index: one lunr index over pre-analysed terms (so BM25 weights are
 * global), cut by term prefix into shards the browser fetches on demand, plus a small manifest.
 */
import { createHash } from 'node:crypto';
import type { EventRecord, Language, TalkRecord } from '../shared/types';
import { blocksText } from '../shared/blocks-text';
import { indexTerms } from '../search/analyzer';
import { lunr } from '../search/lunr-setup';
import { SEARCH_DIR, SEARCH_FIELDS } from '../search/index-format';
import type { SearchManifest, SearchShard } from '../search/index-format';
import { firstChar, isCjkTerm, shardKey } from '../search/shard-key';

/** How the index is cut; the defaults suit phones (a shard of at most about 150 KB). */
export interface ShardOptions {
  /** A first-character shard above this many bytes is split again by the second character. */
  splitBytes: number;
  /** CJK terms are spread over buckets of about this many bytes. */
  cjkBucketBytes: number;
}

const DEFAULT_SHARDING: ShardOptions = { splitBytes: 150_000, cjkBucketBytes: 100_000 };

/** One emitted file, relative to the output root. */
export interface SearchIndexFile {
  fileName: string;
  source: string;
}

/** Per term and field: doc numbers ascending with their weights ×1000. */
type Postings = Map<number, Array<[number, number]>>;

function hashed(name: string, ext: string, source: string): string {
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 8);
  return `${SEARCH_DIR}${name}.${hash}.${ext}`;
}

function speakersText(talk: TalkRecord): string {
  return talk.speakers
    .map((s) => [s.name, s.handle?.replace(/^@/, ''), s.affiliation].filter(Boolean).join(' '))
    .join('\n');
}

/** The whole lunr index over pre-analysed field terms (empty pipelines: analysis already happened). */
export function buildLunrIndex(events: Map<string, EventRecord>, talks: TalkRecord[]): lunr.Index {
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.metadataWhitelist = [];
  builder.ref('ref');
  for (const f of SEARCH_FIELDS) builder.field(f.name, { boost: f.boost });
  talks.forEach((talk, n) => {
    builder.add({
      ref: String(n),
      title: indexTerms(talk.title),
      speakers: indexTerms(speakersText(talk)),
      event: indexTerms(events.get(talk.eventId)?.title ?? ''),
      body: indexTerms(blocksText(talk.blocks)),
    });
  });
  return builder.build();
}

/** Term → field → postings, read back out of lunr's serialized field vectors. */
function postingsByTerm(index: lunr.Index): Map<string, Postings> {
  const json = index.toJSON() as unknown as {
    invertedIndex: Array<[string, { _index: number }]>;
    fieldVectors: Array<[string, number[]]>;
  };
  const termByIndex = new Map<number, string>();
  for (const [term, posting] of json.invertedIndex) termByIndex.set(posting._index, term);
  const fieldIndex = new Map<string, number>(SEARCH_FIELDS.map((f, i) => [f.name, i]));
  const out = new Map<string, Postings>();
  for (const [fieldRef, elements] of json.fieldVectors) {
    const slash = fieldRef.indexOf('/');
    const field = fieldIndex.get(fieldRef.slice(0, slash)) ?? 0;
    const doc = Number(fieldRef.slice(slash + 1));
    for (let i = 0; i < elements.length; i += 2) {
      const term = termByIndex.get(elements[i]);
      if (term === undefined) continue;
      let byField = out.get(term);
      if (!byField) out.set(term, (byField = new Map()));
      let list = byField.get(field);
      if (!list) byField.set(field, (list = []));
      list.push([doc, Math.round(elements[i + 1] * 1000)]);
    }
  }
  return out;
}

/** The flat, delta-encoded posting row of one term (see SearchShard). */
function encodePostings(byField: Postings): number[] {
  const row: number[] = [];
  for (const field of [...byField.keys()].sort((a, b) => a - b)) {
    const list = byField.get(field)!.sort((a, b) => a[0] - b[0]);
    row.push(field, list.length);
    let prev = 0;
    for (const [doc, weight] of list) {
      row.push(doc - prev, weight);
      prev = doc;
    }
  }
  return row;
}

/** Groups sorted terms by shard key, splitting big first-character groups by the second one. */
function planShards(
  rows: Map<string, number[]>,
  opts: ShardOptions,
): {
  groups: Map<string, string[]>;
  split: string[];
  cjkBuckets: number;
} {
  const size = (term: string) => term.length + 4 + JSON.stringify(rows.get(term)).length;
  const byFirst = new Map<string, number>();
  let cjkBytes = 0;
  for (const term of rows.keys()) {
    if (isCjkTerm(term)) cjkBytes += size(term);
    else byFirst.set(firstChar(term), (byFirst.get(firstChar(term)) ?? 0) + size(term));
  }
  const split = [...byFirst].filter(([, bytes]) => bytes > opts.splitBytes).map(([c]) => c);
  const cjkBuckets = Math.max(1, Math.ceil(cjkBytes / opts.cjkBucketBytes));
  const splitSet = new Set(split);
  const groups = new Map<string, string[]>();
  for (const term of [...rows.keys()].sort()) {
    const key = shardKey(term, splitSet, cjkBuckets);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(term);
  }
  return { groups, split: split.sort(), cjkBuckets };
}

/** Builds the manifest and shard files for the corpus; every file name carries a content hash. */
export function buildSearchIndex(
  events: EventRecord[],
  talks: TalkRecord[],
  sharding: ShardOptions = DEFAULT_SHARDING,
): { manifestFileName: string; files: SearchIndexFile[] } {
  const eventById = new Map(events.map((e) => [e.id, e]));
  const rows = new Map<string, number[]>();
  for (const [term, byField] of postingsByTerm(buildLunrIndex(eventById, talks))) {
    rows.set(term, encodePostings(byField));
  }
  const { groups, split, cjkBuckets } = planShards(rows, sharding);

  const files: SearchIndexFile[] = [];
  const shards: Record<string, string> = {};
  let n = 0;
  for (const [key, terms] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const shard: SearchShard = { terms, postings: terms.map((t) => rows.get(t)!) };
    const source = JSON.stringify(shard);
    const fileName = hashed(`s-${(n++).toString(36)}`, 'json', source);
    files.push({ fileName, source });
    shards[key] = fileName;
  }

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
    const tail = talk.id.startsWith(prefix) ? talk.id.slice(prefix.length) : `/${talk.id}`;
    return [e, tail, lang];
  });
  const manifest: SearchManifest = {
    format: 1,
    fields: SEARCH_FIELDS.map((f) => f.name),
    events: eventRows,
    languages,
    docs,
    shards,
    split,
    cjkBuckets,
  };
  const source = JSON.stringify(manifest);
  const manifestFileName = hashed('manifest', 'json', source);
  files.push({ fileName: manifestFileName, source });
  return { manifestFileName, files };
}
