/**
 * The search engine over the split index: loads the segments' manifests once and shards on demand
 * (keeping them under a memory budget), turns each typed word into term clauses scored straight
 * from the postings, adds the scores across shards and segments and ranks documents. Each
 * segment's weights are scaled to the whole corpus's idf, so segments rank as one index would.
 */
import type {
  SearchFilters,
  SearchHit,
  SearchRequest,
  SearchResponse,
} from '../shared/search-types';
import type { Language } from '../shared/types';
import { tokenize } from '../shared/tokenize';
import { analyzeTerm } from './analyzer';
import { idf } from './bm25';
import { docTalkId } from './index-format';
import type { SearchLexicon, SearchManifest, SearchRoot } from './index-format';
import { canFuzz, canPrefix, nearPrefixes, planQuery } from './query-plan';
import type { QueryWord } from './query-plan';
import { ClauseCache, docIndex, termsAt } from './clause-cache';
import { keptExpansions } from './expansion';
import type { ClauseScores } from './clause-cache';
import { ShardCache } from './shard-cache';
import { clauseScores, findTerm, readShard, termsWithPrefix } from './shard-index';
import type { ShardData } from './shard-index';
import { shardOf, shardsWithPrefix } from './shard-range';
import { TypoLexicon } from './typo-lexicon';
import { hasForm, hasFormStartingWith } from './word-forms';

/** Fetches a JSON file by its path relative to the app's base. */
export type JsonLoader = (path: string) => Promise<unknown>;

/** Estimated bytes of loaded shards kept for later queries (a worker stays well under 100 MB). */
export const DEFAULT_SHARD_BUDGET = 12_000_000;

/** Docs of recent clause scores kept for the next keystrokes (a few MB at most). */
const CLAUSE_CACHE_DOCS = 40_000;
/** A prefix or near-prefix match counts less than the whole word. */
const PREFIX_WEIGHT = 0.75;
const NEAR_WEIGHT = 0.6;
/** A correction counts less than a word as typed; two edits less than one. */
const CORRECTED_WEIGHT = 0.5;
const TWO_EDITS_WEIGHT = 0.35;
/** A typed word that is not in the corpus but stems like one ("pies" → "pi") is a guess too. */
const UNKNOWN_WORD_WEIGHT = 0.3;
/** Most corrections tried for one word. */
const MAX_CORRECTIONS = 4;
/** Typed words whose corrections are remembered. */
const CORRECTION_CACHE = 500;
/** Most shards per segment `warm` loads for a letter (more cost more than they save). */
const WARM_SHARDS_PER_SEGMENT = 3;

interface Clause {
  term: string;
  kind: 'exact' | 'prefix' | 'near' | 'fuzzy';
  weight: number;
  /** For a correction, the corpus word it stands for. */
  word?: string;
}

/** A clause with its scores in each shard that holds its terms. */
interface ScoredClause {
  clause: Clause;
  parts: ClauseScores[];
}

/** One clause's or one word's per-doc score and title flag, over every doc, and the docs it holds. */
class Tally {
  /** Which clause or word a doc's row belongs to now (see `RankScratch.next`). */
  readonly mark: Int32Array;
  readonly score: Float64Array;
  readonly title: Uint8Array;
  /** The docs marked, in the order met. */
  readonly docs: Int32Array;

  constructor(n: number) {
    this.mark = new Int32Array(n);
    this.score = new Float64Array(n);
    this.title = new Uint8Array(n);
    this.docs = new Int32Array(n);
  }
}

/**
 * Per-doc sums for ranking, over every doc of the corpus, kept by the engine from one search to the
 * next (ranking is synchronous, so searches never share it at once). A mark says whether a doc's
 * row belongs to the current clause, word or search, so nothing is cleared between them.
 */
class RankScratch {
  private stamp = 0;
  readonly clause: Tally;
  readonly word: Tally;
  /** The current search's sums: score, words matched, words matched in the title. */
  readonly docMark: Int32Array;
  readonly score: Float64Array;
  readonly words: Uint8Array;
  readonly titleWords: Uint8Array;
  readonly docs: Int32Array;

  constructor(n: number) {
    this.clause = new Tally(n);
    this.word = new Tally(n);
    this.docMark = new Int32Array(n);
    this.score = new Float64Array(n);
    this.words = new Uint8Array(n);
    this.titleWords = new Uint8Array(n);
    this.docs = new Int32Array(n);
  }

  /** A mark not used before in any mark array. */
  next(): number {
    if (this.stamp === 0x3fffffff) {
      this.stamp = 0;
      this.clause.mark.fill(0);
      this.word.mark.fill(0);
      this.docMark.fill(0);
    }
    return ++this.stamp;
  }
}

/**
 * The best `limit` of `docs` in rank order (`better(a, b) < 0` when a ranks first), without
 * sorting all of them (thousands match a prefix).
 */
function topRanked(
  docs: Int32Array,
  count: number,
  limit: number,
  better: (a: number, b: number) => number,
): number[] {
  const top: number[] = [];
  for (let i = 0; i < count; i++) {
    const doc = docs[i];
    if (top.length === limit && better(doc, top[limit - 1]) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (better(top[mid], doc) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, doc);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** One segment as the engine holds it: where its docs and shards sit among all segments'. */
interface Segment {
  starts: string[];
  paths: string[];
  docBase: number;
  docCount: number;
  shardBase: number;
}

/** A loaded shard, numbered among all segments' shards, with its segment. */
interface LoadedShard extends ShardData {
  no: number;
  segment: Segment;
}

/** A clause's terms in one shard, with each term's idf scale (see `idfScales`). */
interface ShardTerms {
  shard: LoadedShard;
  positions: number[];
  scales: number[];
}

/** The (document, field) pairs a posting row holds: lunr's count for a term's idf. */
function fieldsWithTerm(row: number[]): number {
  let n = 0;
  for (let i = 0; i < row.length; i += 2 + 2 * row[i + 1]) n += row[i + 1];
  return n;
}

/** The segments' doc tables as one (events and languages merged), docs in segment order. */
function mergeSegments(segments: SearchManifest[]): SearchManifest {
  if (segments.length === 1) return segments[0];
  const events: SearchManifest['events'] = [];
  const eventAt = new Map<string, number>();
  const languages: Language[] = [];
  const docs: SearchManifest['docs'] = [];
  for (const segment of segments) {
    const eventMap = segment.events.map(([id, year]) => {
      let at = eventAt.get(id);
      if (at === undefined) eventAt.set(id, (at = events.push([id, year]) - 1));
      return at;
    });
    const languageMap = segment.languages.map((language) => {
      const at = languages.indexOf(language);
      return at >= 0 ? at : languages.push(language) - 1;
    });
    for (const [event, tail, language] of segment.docs)
      docs.push([eventMap[event], tail, languageMap[language]]);
  }
  return { format: 2, fields: segments[0].fields, events, languages, docs, shards: [] };
}

/**
 * The index's table of short prefixes' terms, each entry checked (a malformed one is left out, and
 * the prefix is expanded over its shards as without a table).
 */
function prefixTable(json: unknown): Map<string, string[]> {
  const table = new Map<string, string[]>();
  if (!json || typeof json !== 'object') return table;
  for (const [prefix, terms] of Object.entries(json)) {
    if (
      Array.isArray(terms) &&
      terms.length > 0 &&
      terms.every((t) => typeof t === 'string' && t.startsWith(prefix))
    )
      table.set(prefix, terms as string[]);
  }
  return table;
}

/** The search engine; create with `openSearchEngine`. */
export class SearchEngine {
  /** Every segment's doc table as one: a doc's number is its row here. */
  readonly manifest: SearchManifest;
  private readonly segments: Segment[];
  private readonly cache: ShardCache<LoadedShard>;
  private readonly recent = new ClauseCache(CLAUSE_CACHE_DOCS);
  private readonly correctionCache = new Map<string, Clause[]>();
  private scratch?: RankScratch;
  /** The terms short prefixes stand for, as the index lists them (see `SearchRoot.prefixes`). */
  private readonly prefixes: Map<string, string[]>;
  private lexicon?: Promise<TypoLexicon | null>;

  /**
   * An engine over the segments' manifests, in doc order (one for a small corpus), fetching
   * shards and the lexicon at `lexiconPath` through `load`.
   */
  constructor(
    segments: SearchManifest[],
    private readonly load: JsonLoader,
    shardBudget = DEFAULT_SHARD_BUDGET,
    private readonly lexiconPath = segments[0]?.lexicon,
    prefixes: unknown = segments.length === 1 ? segments[0].prefixes : undefined,
  ) {
    this.manifest = mergeSegments(segments);
    this.prefixes = prefixTable(prefixes);
    let docBase = 0;
    let shardBase = 0;
    this.segments = segments.map((manifest) => {
      const segment: Segment = {
        starts: manifest.shards.map(([start]) => start),
        paths: manifest.shards.map(([, path]) => path),
        docBase,
        docCount: manifest.docs.length,
        shardBase,
      };
      docBase += segment.docCount;
      shardBase += segment.paths.length;
      return segment;
    });
    const segmentOfShard = this.segments.flatMap((segment) => segment.paths.map(() => segment));
    this.cache = new ShardCache(shardBudget, async (no) => {
      const segment = segmentOfShard[no];
      const shard = readShard(await load(segment.paths[no - segment.shardBase]));
      return { ...shard, no, segment };
    });
  }

  /** Estimated bytes and count of the shards held in memory now. */
  get loaded(): { bytes: number; shards: number } {
    return { bytes: this.cache.bytes, shards: this.cache.size };
  }

  /** Answers one request; never throws for any text (a failed shard only loses its matches). */
  async search(req: SearchRequest): Promise<SearchResponse> {
    const text = typeof req.text === 'string' ? req.text : '';
    const words = planQuery(text);
    if (!words.length) return { text, mode: 'none', hits: [], total: 0 };
    const limit = Math.max(1, Math.min(req.limit ?? 50, 10_000));
    const pinned: number[] = [];
    const corrections = new Map<QueryWord, Clause[]>();
    try {
      const scored = await this.run(words, pinned, req.exact !== true, corrections);
      return this.rank(text, scored, corrections, limit, req.filters);
    } finally {
      this.cache.release(pinned);
    }
  }

  /**
   * Loads the shards, in every segment, of the words that start as the last word of `text` does:
   * asked with the one letter typed before a search starts, so the next keystroke's search finds
   * them in memory. Does nothing when they are too many to be worth loading.
   */
  async warm(text: string): Promise<void> {
    const last = tokenize(typeof text === 'string' ? text : '').at(-1);
    if (!last) return;
    // Every word starting so, not the prefix table's few: the next letter picks among them.
    const wanted = this.shardsFor([{ term: last.term, kind: 'prefix', weight: 1 }], false);
    if (wanted.length > this.segments.length * WARM_SHARDS_PER_SEGMENT) return;
    const pinned: number[] = [];
    try {
      await this.loadShards(wanted, pinned);
    } finally {
      this.cache.release(pinned);
    }
  }

  /**
   * Every word's clauses with their scores per shard. A word that is not in the corpus (and, being
   * typed, not the start of one) is corrected when `correct`: its corrections join its clauses,
   * weighing less, and are noted in `corrections`.
   */
  private async run(
    words: QueryWord[],
    pinned: number[],
    correct: boolean,
    corrections: Map<QueryWord, Clause[]>,
  ): Promise<ScoredClause[][]> {
    const out: ScoredClause[][] = [];
    for (const word of words) {
      let clauses = this.clauses(word);
      let shards = await this.loadShards(this.shardsFor(clauses), pinned);
      const whole = this.isCorpusWord(word, shards);
      if (canPrefix(word) && whole) {
        // Typed whole ("control"): the word first, its continuations second.
        for (const clause of clauses) {
          if (clause.kind === 'exact') clause.weight = 1;
          else if (clause.kind === 'prefix') clause.weight = PREFIX_WEIGHT;
        }
      }
      // A word is corrected unless it is a word of the corpus or, being typed, the start of one.
      const known = whole || (canPrefix(word) && this.startsCorpusWord(word, shards));
      if (correct && canFuzz(word) && !known) {
        const fixes = await this.corrections(word);
        if (fixes.length) {
          for (const clause of clauses)
            clause.weight = Math.min(clause.weight, UNKNOWN_WORD_WEIGHT);
          clauses = clauses.concat(fixes);
          const more = await this.loadShards(this.shardsFor(fixes), pinned);
          shards = [...new Set(shards.concat(more))];
          corrections.set(word, fixes);
        }
      }
      out.push(clauses.map((clause) => ({ clause, parts: this.score(shards, clause) })));
    }
    return out;
  }

  /**
   * The response for the words' scored clauses. Per doc, each word counts its best clause; docs
   * rank by words matched, then words matched in the title, then score, then doc order. Runs
   * with no await, as searches share the scratch.
   */
  private rank(
    text: string,
    scored: ScoredClause[][],
    corrections: Map<QueryWord, Clause[]>,
    limit: number,
    filters?: SearchFilters,
  ): SearchResponse {
    const s = (this.scratch ??= new RankScratch(this.manifest.docs.length));
    const { clause: inClause, word: inWord } = s;
    const search = s.next();
    let found = 0;
    for (const clauses of scored) {
      const word = s.next();
      let wordDocs = 0;
      for (const { clause, parts } of clauses) {
        const mark = s.next();
        let clauseDocs = 0;
        for (const { docs, scores, title } of parts) {
          for (let i = 0; i < docs.length; i++) {
            const d = docs[i];
            if (inClause.mark[d] !== mark) {
              inClause.mark[d] = mark;
              inClause.score[d] = 0;
              inClause.title[d] = 0;
              inClause.docs[clauseDocs++] = d;
            }
            inClause.score[d] += scores[i] * clause.weight;
            inClause.title[d] |= title[i];
          }
        }
        for (let k = 0; k < clauseDocs; k++) {
          const d = inClause.docs[k];
          if (inWord.mark[d] !== word) {
            inWord.mark[d] = word;
            inWord.docs[wordDocs++] = d;
          } else if (inWord.score[d] >= inClause.score[d]) continue;
          inWord.score[d] = inClause.score[d];
          inWord.title[d] = inClause.title[d];
        }
      }
      for (let k = 0; k < wordDocs; k++) {
        const d = inWord.docs[k];
        if (s.docMark[d] !== search) {
          s.docMark[d] = search;
          s.score[d] = 0;
          s.words[d] = 0;
          s.titleWords[d] = 0;
          s.docs[found++] = d;
        }
        s.score[d] += inWord.score[d];
        s.words[d] += 1;
        s.titleWords[d] += inWord.title[d];
      }
    }
    const total = this.filter(s.docs, found, filters);
    if (!total) return { text, mode: 'none', hits: [], total: 0 };
    const top = topRanked(
      s.docs,
      total,
      limit,
      (a, b) =>
        s.words[b] - s.words[a] ||
        s.titleWords[b] - s.titleWords[a] ||
        s.score[b] - s.score[a] ||
        a - b,
    );
    const hits: SearchHit[] = top.map((doc) => ({
      talkId: docTalkId(this.manifest, this.manifest.docs[doc]),
      score: Math.round(s.score[doc] * 1000) / 1000,
      matched: matchedTerms(doc, scored),
      allTerms: s.words[doc] === scored.length,
    }));
    const response: SearchResponse = { text, mode: 'exact', hits, total };
    const corrected = correctedText(text, corrections, new Set(hits[0].matched));
    if (corrected !== text) {
      response.mode = 'fuzzy';
      response.corrected = corrected;
    }
    return response;
  }

  private async loadShards(wanted: number[], pinned: number[]): Promise<LoadedShard[]> {
    const loaded = await Promise.all(wanted.map((n) => this.shard(n, pinned)));
    return loaded.filter((shard): shard is LoadedShard => shard !== null);
  }

  /** Whether the word being typed is the start of a word of the corpus. */
  private startsCorpusWord(word: QueryWord, shards: ShardData[]): boolean {
    const starts = nearPrefixes(word.raw);
    for (const shard of shards) {
      if (termsWithPrefix(shard, word.raw).length > 0) return true;
      // "deploymen" is known by "deploy", whose words include "deployment"; "linkred" is not
      // known by "link", none of whose words starts with it.
      for (const start of starts) {
        const at = findTerm(shard, start);
        const forms = shard.forms?.[at];
        if (at >= 0 && (forms === undefined || hasFormStartingWith(start, forms, word.raw)))
          return true;
      }
    }
    return false;
  }

  /** Whether the word as typed is a word of the corpus, in any segment (any word whose stem is indexed, for indexes without forms). */
  private isCorpusWord(word: QueryWord, shards: ShardData[]): boolean {
    if (!word.stem) return false;
    for (const shard of shards) {
      const at = findTerm(shard, word.stem);
      if (at < 0) continue;
      const forms = shard.forms?.[at];
      if (forms === undefined || hasForm(word.stem, forms, word.raw)) return true;
    }
    return false;
  }

  /** The clauses of the corpus words nearest a typed word that is not one, best first. */
  private async corrections(word: QueryWord): Promise<Clause[]> {
    let fixes = this.correctionCache.get(word.raw);
    if (!fixes) {
      const lexicon = await this.typoLexicon();
      const seen = new Set<string>();
      fixes = [];
      for (const fix of lexicon?.corrections(word.raw, MAX_CORRECTIONS * 2) ?? []) {
        const term = analyzeTerm(fix.word, word.kind);
        if (!term || seen.has(term)) continue;
        seen.add(term);
        const weight = fix.distance === 1 ? CORRECTED_WEIGHT : TWO_EDITS_WEIGHT;
        fixes.push({ term, kind: 'fuzzy', weight, word: fix.word });
        if (fixes.length === MAX_CORRECTIONS) break;
      }
      if (this.correctionCache.size >= CORRECTION_CACHE) this.correctionCache.clear();
      this.correctionCache.set(word.raw, fixes);
    }
    return fixes.map((fix) => ({ ...fix }));
  }

  /** The lexicon, fetched on the first typo; null when the index has none or it failed. */
  private typoLexicon(): Promise<TypoLexicon | null> {
    const path = this.lexiconPath;
    if (!path) return Promise.resolve(null);
    this.lexicon ??= this.load(path).then(
      (json) => {
        const lexicon = json as SearchLexicon | null;
        if (!Array.isArray(lexicon?.words) || !Array.isArray(lexicon.df)) return null;
        return new TypoLexicon(lexicon);
      },
      () => {
        this.lexicon = undefined; // a failed fetch is tried again by the next typo
        return null;
      },
    );
    return this.lexicon;
  }

  /** The term clauses of one word: the whole word, and while typing its prefixes both ways. */
  private clauses(word: QueryWord): Clause[] {
    const out: Clause[] = [];
    const typing = canPrefix(word);
    // A word being typed is a prefix first and a stem second ("mar" is on its way to "march"),
    // unless it is a whole word of the corpus (see run).
    if (word.stem) out.push({ term: word.stem, kind: 'exact', weight: typing ? PREFIX_WEIGHT : 1 });
    if (typing) {
      out.push({ term: word.raw, kind: 'prefix', weight: 1 });
      // "deploymen" is on its way to "deployment", whose index term is the shorter "deploy".
      for (const term of nearPrefixes(word.raw))
        out.push({ term, kind: 'near', weight: NEAR_WEIGHT });
    }
    return out;
  }

  /** The terms the index's prefix table lists for a prefix clause; undefined when it has none. */
  private listedTerms(clause: Clause): string[] | undefined {
    return clause.kind === 'prefix' ? this.prefixes.get(clause.term) : undefined;
  }

  /**
   * The shards, in every segment, that may hold the clauses' terms (for a prefix the table lists,
   * those of its listed terms, unless `useTable` is false).
   */
  private shardsFor(clauses: Clause[], useTable = true): number[] {
    const shards = new Set<number>();
    for (const { starts, shardBase } of this.segments) {
      if (!starts.length) continue;
      for (const c of clauses) {
        const listed = useTable ? this.listedTerms(c) : undefined;
        if (listed) for (const term of listed) shards.add(shardBase + shardOf(term, starts));
        else if (c.kind === 'prefix')
          for (const n of shardsWithPrefix(c.term, starts)) shards.add(shardBase + n);
        else shards.add(shardBase + shardOf(c.term, starts));
      }
    }
    return [...shards];
  }

  /** One clause's scores in each shard holding its terms, from recent keystrokes when asked before. */
  private score(shards: LoadedShard[], clause: Clause): ClauseScores[] {
    return this.expand(shards, clause).map(({ shard, positions, scales }) => {
      const terms = positions.map((at) => shard.terms[at]);
      const key = `${shard.no}\n${scales.join()}\n${terms.join('\n')}`;
      let part = this.recent.get(key);
      if (!part) {
        const scaleOf = new Map(positions.map((at, k) => [at, scales[k]]));
        const { docBase, docCount } = shard.segment;
        part = clauseScores(shard, positions, {
          docBase,
          docCount,
          scaleOf: (at) => scaleOf.get(at)!,
        });
        this.recent.set(key, part);
      }
      return part;
    });
  }

  /**
   * The terms a clause stands for, by shard: the whole word itself, or a prefix's expansions
   * across all the shards, the most frequent in the corpus first, capped (as the index's table
   * says for a short prefix that has one).
   */
  private expand(shards: LoadedShard[], clause: Clause): ShardTerms[] {
    // Each term's places: one per segment that holds it.
    const found = new Map<string, Array<[LoadedShard, number]>>();
    const add = (shard: LoadedShard, at: number) => {
      const places = found.get(shard.terms[at]);
      if (places) places.push([shard, at]);
      else found.set(shard.terms[at], [[shard, at]]);
    };
    const listed = this.listedTerms(clause);
    for (const shard of shards) {
      if (clause.kind === 'prefix' && !listed) {
        for (const at of termsWithPrefix(shard, clause.term)) add(shard, at);
        continue;
      }
      for (const term of listed ?? [clause.term]) {
        const at = findTerm(shard, term);
        if (at >= 0) add(shard, at);
      }
    }
    const kept = keptExpansions(
      [...found].map(([term, places]) => ({
        term,
        places,
        df: places.reduce((sum, [shard, at]) => sum + shard.df[at], 0),
        // A row holds two numbers per posting (and two per field, which the estimate ignores).
        postings: places.reduce((sum, [shard, at]) => sum + (shard.postings[at].length >> 1), 0),
      })),
    );
    const byShard = new Map<LoadedShard, ShardTerms>();
    // Docs of the segments whose shards answered (one that failed to load says nothing).
    const heard = [...new Set(shards.map((shard) => shard.segment))].reduce(
      (sum, segment) => sum + segment.docCount,
      0,
    );
    for (const { places } of kept) {
      const scales = this.idfScales(places, heard);
      places.forEach(([shard, at], k) => {
        let entry = byShard.get(shard);
        if (!entry) byShard.set(shard, (entry = { shard, positions: [], scales: [] }));
        entry.positions.push(at);
        entry.scales.push(scales[k]);
      });
    }
    return [...byShard.values()];
  }

  /**
   * For one term's places (one per segment holding it), the factor turning each segment's idf
   * into the whole corpus's: 1 for a single segment. (Field lengths stay the segment's average,
   * which differs little between segments of a thousand talks.) `heard`: the docs of the
   * segments whose shards loaded; when a shard failed, the term's count in the others stands
   * for the whole corpus in proportion, rather than making the term look rare.
   */
  private idfScales(places: Array<[LoadedShard, number]>, heard: number): number[] {
    if (this.segments.length === 1) return places.map(() => 1);
    const counts = places.map(([shard, at]) => fieldsWithTerm(shard.postings[at]));
    const all = this.manifest.docs.length;
    const seen = counts.reduce((sum, n) => sum + n, 0);
    const whole = idf(all, heard > 0 && heard < all ? (seen * all) / heard : seen);
    return places.map(([shard], k) => whole / idf(shard.segment.docCount, counts[k]));
  }

  private shard(n: number, pinned: number[]): Promise<LoadedShard | null> {
    pinned.push(n);
    return this.cache.acquire(n);
  }

  /** Keeps in place, at the front of `docs`, the first `count` docs that pass the filters; gives how many. */
  private filter(docs: Int32Array, count: number, filters?: SearchFilters): number {
    const only = filters?.onlyTalkIds ? new Set(filters.onlyTalkIds) : null;
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const row = this.manifest.docs[docs[i]];
      if (!row) continue;
      const [eventId, year] = this.manifest.events[row[0]];
      if (filters?.eventId && filters.eventId !== eventId) continue;
      if (filters?.year && filters.year !== year) continue;
      if (filters?.language && filters.language !== this.manifest.languages[row[2]]) continue;
      if (only && !only.has(docTalkId(this.manifest, row))) continue;
      docs[kept++] = docs[i];
    }
    return kept;
  }
}

/**
 * The index terms `doc` matched, each word's from its best clause (as `rank` chose it), in word
 * order: found again for the hits only, rather than kept for every doc that matched.
 */
function matchedTerms(doc: number, scored: ScoredClause[][]): string[] {
  const out = new Set<string>();
  for (const clauses of scored) {
    let best = 0;
    let bestTerms: string[] | null = null;
    for (const { clause, parts } of clauses) {
      let score = 0;
      let terms: string[] | null = null;
      for (const part of parts) {
        const i = docIndex(part, doc);
        if (i < 0) continue;
        score += part.scores[i] * clause.weight;
        terms = terms ? terms.concat(termsAt(part, i)) : termsAt(part, i);
      }
      if (terms && (!bestTerms || best < score)) {
        best = score;
        bestTerms = terms;
      }
    }
    for (const term of bestTerms ?? []) out.add(term);
  }
  return [...out];
}

/**
 * The typed text with each corrected word replaced by the correction that matched the best hit
 * (`matched`, its terms); a word whose corrections the best hit does not hold stays as typed.
 */
function correctedText(
  text: string,
  corrections: Map<QueryWord, Clause[]>,
  matched: ReadonlySet<string>,
): string {
  let out = text;
  const words = [...corrections.keys()].sort((a, b) => b.start - a.start);
  for (const word of words) {
    const fixes = corrections.get(word)!;
    const fix = fixes.find((f) => matched.has(f.term));
    if (fix) out = out.slice(0, word.start) + (fix.word ?? fix.term) + out.slice(word.end);
  }
  return out;
}

/**
 * Loads the index's entry point (a root and its segments' manifests, or the one segment's
 * manifest) and resolves to an engine that fetches shards through `load`.
 */
export async function openSearchEngine(
  manifestPath: string,
  load: JsonLoader,
  shardBudget?: number,
): Promise<SearchEngine> {
  const entry = (await load(manifestPath)) as SearchManifest | SearchRoot;
  if (entry?.format === 3) {
    const segments = (await Promise.all(
      entry.segments.map((path) => load(path)),
    )) as SearchManifest[];
    return new SearchEngine(segments, load, shardBudget, entry.lexicon, entry.prefixes);
  }
  return new SearchEngine([entry], load, shardBudget);
}
