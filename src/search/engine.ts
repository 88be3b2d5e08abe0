/**
 * The search engine over the split index: loads the manifest once and shards on demand (keeping
 * them under a memory budget), turns each typed word into term clauses that lunr scores over a
 * small index of just those terms, adds the scores across shards and ranks documents.
 */
import type {
  SearchFilters,
  SearchHit,
  SearchRequest,
  SearchResponse,
} from '../shared/search-types';
import { docTalkId } from './index-format';
import type { SearchManifest } from './index-format';
import { canFuzz, canPrefix, planQuery } from './query-plan';
import type { QueryWord } from './query-plan';
import { ClauseCache } from './clause-cache';
import type { ClauseScores } from './clause-cache';
import { ShardCache } from './shard-cache';
import { clauseIndex, findTerm, readShard, termsNear, termsWithPrefix } from './shard-index';
import type { ShardData } from './shard-index';
import { firstChar, shardOf, shardsWithPrefix } from './shard-range';

/** Fetches a JSON file by its path relative to the app's base. */
export type JsonLoader = (path: string) => Promise<unknown>;

/** Estimated bytes of loaded shards kept for later queries (a worker stays well under 100 MB). */
export const DEFAULT_SHARD_BUDGET = 12_000_000;

/** Most expansions of one prefix or typo that are scored (the most frequent terms win). */
const MAX_EXPANSIONS = 24;
/**
 * Most postings (doc × field) a prefix's or typo's expansions may bring, the first one always
 * kept: on a big corpus, "co" alone would otherwise put 29,000 postings through lunr per keystroke.
 */
const MAX_EXPANSION_POSTINGS = 6000;
/** Docs of recent clause scores kept for the next keystrokes (a few MB at most). */
const CLAUSE_CACHE_DOCS = 40_000;
/** A prefix or near-prefix match counts less than the whole word. */
const PREFIX_WEIGHT = 0.75;
const NEAR_WEIGHT = 0.6;
const FUZZY_WEIGHT = 0.5;

interface Clause {
  term: string;
  kind: 'exact' | 'prefix' | 'near' | 'fuzzy';
}

interface DocScore {
  score: number;
  words: number;
  matched: Set<string>;
}

/** The search engine; create with `openSearchEngine`. */
export class SearchEngine {
  private readonly starts: string[];
  private readonly cache: ShardCache;
  private readonly recent = new ClauseCache(CLAUSE_CACHE_DOCS);

  constructor(
    readonly manifest: SearchManifest,
    load: JsonLoader,
    shardBudget = DEFAULT_SHARD_BUDGET,
  ) {
    this.starts = manifest.shards.map(([start]) => start);
    this.cache = new ShardCache(shardBudget, async (n) =>
      readShard(await load(manifest.shards[n][1])),
    );
  }

  /** Estimated bytes and count of the shards held in memory now. */
  get loaded(): { bytes: number; shards: number } {
    return { bytes: this.cache.bytes, shards: this.cache.size };
  }

  /** Answers one request; never throws for any text (a failed shard only loses its matches). */
  async search(req: SearchRequest): Promise<SearchResponse> {
    const text = typeof req.text === 'string' ? req.text : '';
    const words = planQuery(text);
    const empty: SearchResponse = { text, mode: 'none', hits: [], total: 0 };
    if (!words.length) return empty;
    const limit = Math.max(1, Math.min(req.limit ?? 50, 1000));
    const pinned: number[] = [];
    let docs: Array<[number, DocScore]>;
    let mode: SearchResponse['mode'] = 'exact';
    try {
      docs = this.filter(await this.run(words, false, pinned), req.filters);
      if (!docs.length && words.some(canFuzz)) {
        docs = this.filter(await this.run(words, true, pinned), req.filters);
        mode = 'fuzzy';
      }
    } finally {
      this.cache.release(pinned);
    }
    if (!docs.length) return empty;
    docs.sort((a, b) => b[1].words - a[1].words || b[1].score - a[1].score || a[0] - b[0]);
    const hits: SearchHit[] = docs.slice(0, limit).map(([doc, s]) => ({
      talkId: docTalkId(this.manifest, this.manifest.docs[doc]),
      score: Math.round(s.score * 1000) / 1000,
      matched: [...s.matched],
      allTerms: s.words === words.length,
    }));
    return { text, mode, hits, total: docs.length };
  }

  /** Loads the shards a query would need without answering it (warms the cache while typing). */
  async prefetch(text: string): Promise<void> {
    const pinned: number[] = [];
    try {
      for (const word of planQuery(text)) {
        for (const n of this.shardsFor(this.clauses(word, false))) await this.shard(n, pinned);
      }
    } finally {
      this.cache.release(pinned);
    }
  }

  private async run(
    words: QueryWord[],
    fuzzy: boolean,
    pinned: number[],
  ): Promise<Map<number, DocScore>> {
    const docs = new Map<number, DocScore>();
    for (const word of words) {
      const clauses = this.clauses(word, fuzzy);
      const best = new Map<number, { score: number; terms: string[] }>();
      const wanted = fuzzy && canFuzz(word) ? this.fuzzyShards(word) : this.shardsFor(clauses);
      const loaded = await Promise.all(wanted.map((n) => this.shard(n, pinned)));
      const shards = loaded.filter((shard): shard is ShardData => shard !== null);
      for (const clause of clauses) {
        // Per doc, the word counts its best clause.
        for (const [doc, hit] of this.score(shards, clause)) {
          const prev = best.get(doc);
          if (!prev || prev.score < hit.score) best.set(doc, hit);
        }
      }
      for (const [doc, { score, terms }] of best) {
        let d = docs.get(doc);
        if (!d) docs.set(doc, (d = { score: 0, words: 0, matched: new Set() }));
        d.score += score;
        d.words += 1;
        for (const t of terms) d.matched.add(t);
      }
    }
    return docs;
  }

  /** The term clauses of one word: the whole word, and while typing its prefixes both ways. */
  private clauses(word: QueryWord, fuzzy: boolean): Clause[] {
    const out: Clause[] = [];
    if (word.stem) out.push({ term: word.stem, kind: fuzzy && canFuzz(word) ? 'fuzzy' : 'exact' });
    if (canPrefix(word)) {
      out.push({ term: word.raw, kind: 'prefix' });
      // "deploymen" is on its way to "deployment", whose index term is the shorter "deploy".
      const chars = [...word.raw];
      for (let k = chars.length - 1; k >= Math.max(4, chars.length - 3); k--) {
        out.push({ term: chars.slice(0, k).join(''), kind: 'near' });
      }
    }
    return out;
  }

  private shardsFor(clauses: Clause[]): number[] {
    const shards = new Set<number>();
    for (const c of clauses) {
      if (c.kind === 'prefix') for (const n of shardsWithPrefix(c.term, this.starts)) shards.add(n);
      else if (this.starts.length) shards.add(shardOf(c.term, this.starts));
    }
    return [...shards];
  }

  // One edit may touch the second character, so every shard of the first character is searched.
  private fuzzyShards(word: QueryWord): number[] {
    return shardsWithPrefix(firstChar(word.stem ?? word.raw), this.starts);
  }

  /** One clause's score per doc: its terms' scores summed across shards, as one index would. */
  private score(shards: ShardData[], clause: Clause): ClauseScores {
    const out: ClauseScores = new Map();
    const weight =
      clause.kind === 'exact'
        ? 1
        : clause.kind === 'prefix'
          ? PREFIX_WEIGHT
          : clause.kind === 'near'
            ? NEAR_WEIGHT
            : FUZZY_WEIGHT;
    for (const [shard, positions] of this.expand(shards, clause)) {
      const terms = positions.map((at) => shard.terms[at]);
      const key = terms.join('\n');
      let part = this.recent.get(key);
      if (!part) {
        part = this.lunrScores(shard, positions, terms);
        this.recent.set(key, part);
      }
      for (const [doc, hit] of part) {
        const prev = out.get(doc);
        if (prev) {
          prev.score += hit.score * weight;
          prev.terms = prev.terms.concat(hit.terms);
        } else out.set(doc, { score: hit.score * weight, terms: hit.terms });
      }
    }
    return out;
  }

  /** lunr's summed scores of `terms` (at `positions` in the shard) per doc, unweighted. */
  private lunrScores(shard: ShardData, positions: number[], terms: string[]): ClauseScores {
    const out: ClauseScores = new Map();
    try {
      const index = clauseIndex(shard, positions, this.manifest.fields);
      const results = index.query((q) => {
        for (const term of terms) q.term(term, { usePipeline: false });
      });
      // lunr divides by the query vector's length (√terms per field): undo it so scores add up.
      const scale = Math.sqrt(terms.length);
      for (const r of results) {
        out.set(Number(r.ref), {
          score: r.score * scale,
          terms: Object.keys(r.matchData.metadata),
        });
      }
    } catch {
      // A clause lunr cannot answer loses its matches, never the whole search.
    }
    return out;
  }

  /**
   * The terms a clause stands for, by shard: the whole word itself, or a prefix's or typo's
   * expansions across all the shards, the most frequent first, capped.
   */
  private expand(shards: ShardData[], clause: Clause): Map<ShardData, number[]> {
    const found: Array<[ShardData, number]> = [];
    for (const shard of shards) {
      if (clause.kind === 'exact' || clause.kind === 'near') {
        const at = findTerm(shard, clause.term);
        if (at >= 0) found.push([shard, at]);
        continue;
      }
      const positions =
        clause.kind === 'prefix'
          ? termsWithPrefix(shard, clause.term)
          : termsNear(shard, clause.term);
      for (const at of positions) found.push([shard, at]);
    }
    found.sort(([s, a], [t, b]) => t.df[b] - s.df[a] || (s.terms[a] < t.terms[b] ? -1 : 1));
    const byShard = new Map<ShardData, number[]>();
    let postings = 0;
    for (const [n, [shard, at]] of found.entries()) {
      // A row holds two numbers per posting (and two per field, which the estimate ignores).
      postings += shard.postings[at].length >> 1;
      if (n >= MAX_EXPANSIONS || (n > 0 && postings > MAX_EXPANSION_POSTINGS)) break;
      const list = byShard.get(shard);
      if (list) list.push(at);
      else byShard.set(shard, [at]);
    }
    return byShard;
  }

  private shard(n: number, pinned: number[]): Promise<ShardData | null> {
    pinned.push(n);
    return this.cache.acquire(n);
  }

  private filter(docs: Map<number, DocScore>, filters?: SearchFilters): Array<[number, DocScore]> {
    const out: Array<[number, DocScore]> = [];
    const only = filters?.onlyTalkIds ? new Set(filters.onlyTalkIds) : null;
    for (const entry of docs) {
      const row = this.manifest.docs[entry[0]];
      if (!row) continue;
      const [eventId, year] = this.manifest.events[row[0]];
      if (filters?.eventId && filters.eventId !== eventId) continue;
      if (filters?.year && filters.year !== year) continue;
      if (filters?.language && filters.language !== this.manifest.languages[row[2]]) continue;
      if (only && !only.has(docTalkId(this.manifest, row))) continue;
      out.push(entry);
    }
    return out;
  }
}

/** Loads the manifest and resolves to an engine that fetches shards through `load`. */
export async function openSearchEngine(
  manifestPath: string,
  load: JsonLoader,
  shardBudget?: number,
): Promise<SearchEngine> {
  return new SearchEngine((await load(manifestPath)) as SearchManifest, load, shardBudget);
}
