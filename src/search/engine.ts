/**
 * The search engine over the split index: loads the manifest once and shards on demand, turns each
 * typed word into lunr term clauses, adds the per-term scores across shards and ranks documents.
 */
import type {
  SearchFilters,
  SearchHit,
  SearchRequest,
  SearchResponse,
} from '../shared/search-types';
import { TokenSets, indexTokenSet } from './lunr-setup';
import { docTalkId } from './index-format';
import type { SearchManifest, SearchShard } from './index-format';
import { canFuzz, canPrefix, planQuery } from './query-plan';
import type { QueryWord } from './query-plan';
import { firstChar, isCjkTerm, shardKey } from './shard-key';
import { loadShard } from './shard-index';
import type { ShardIndex } from './shard-index';

/** Fetches a JSON file by its path relative to the app's base. */
export type JsonLoader = (path: string) => Promise<unknown>;

/** Most expansions of one prefix or typo that are scored (the most frequent terms win). */
const MAX_EXPANSIONS = 24;
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
  private readonly shards = new Map<string, Promise<ShardIndex | null>>();
  private readonly split: Set<string>;

  constructor(
    readonly manifest: SearchManifest,
    private readonly load: JsonLoader,
  ) {
    this.split = new Set(manifest.split);
  }

  /** Answers one request; never throws for any text (a failed shard only loses its matches). */
  async search(req: SearchRequest): Promise<SearchResponse> {
    const text = typeof req.text === 'string' ? req.text : '';
    const words = planQuery(text);
    const empty: SearchResponse = { text, mode: 'none', hits: [], total: 0 };
    if (!words.length) return empty;
    const limit = Math.max(1, Math.min(req.limit ?? 50, 1000));
    const exact = await this.run(words, false);
    let docs = this.filter(exact, req.filters);
    let mode: SearchResponse['mode'] = 'exact';
    if (!docs.length && words.some(canFuzz)) {
      docs = this.filter(await this.run(words, true), req.filters);
      mode = 'fuzzy';
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
    for (const word of planQuery(text)) {
      for (const key of this.keysFor(this.clauses(word, false))) await this.shard(key);
    }
  }

  private async run(words: QueryWord[], fuzzy: boolean): Promise<Map<number, DocScore>> {
    const docs = new Map<number, DocScore>();
    for (const word of words) {
      const clauses = this.clauses(word, fuzzy);
      const best = new Map<number, { score: number; terms: string[] }>();
      const keys = fuzzy && canFuzz(word) ? this.fuzzyKeys(word) : this.keysFor(clauses);
      for (const key of keys) {
        const shard = await this.shard(key);
        if (!shard) continue;
        for (const clause of clauses) this.score(shard, clause, best);
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

  private keysFor(clauses: Clause[]): string[] {
    const keys = new Set<string>();
    for (const c of clauses) {
      const key = shardKey(c.term, this.split, this.manifest.cjkBuckets);
      if (key in this.manifest.shards) keys.add(key);
    }
    return [...keys];
  }

  // One edit may touch the second character, so every shard of the first character is searched.
  private fuzzyKeys(word: QueryWord): string[] {
    const term = word.stem ?? word.raw;
    if (isCjkTerm(term)) return this.keysFor([{ term, kind: 'exact' }]);
    const first = firstChar(term);
    return Object.keys(this.manifest.shards).filter((k) => firstChar(k) === first);
  }

  /** Adds one clause's matches in one shard to `best` (per doc, the best clause of the word). */
  private score(
    shard: ShardIndex,
    clause: Clause,
    best: Map<number, { score: number; terms: string[] }>,
  ): void {
    try {
      const terms = this.expand(shard, clause);
      if (!terms.length) return;
      const weight =
        clause.kind === 'exact'
          ? 1
          : clause.kind === 'prefix'
            ? PREFIX_WEIGHT
            : clause.kind === 'near'
              ? NEAR_WEIGHT
              : FUZZY_WEIGHT;
      const results = shard.index.query((q) => {
        for (const term of terms) q.term(term, { usePipeline: false });
      });
      // lunr divides by the query vector's length (√terms per field): undo it so scores add up.
      const scale = weight * Math.sqrt(terms.length);
      for (const r of results) {
        const doc = Number(r.ref);
        const score = r.score * scale;
        const prev = best.get(doc);
        if (!prev || prev.score < score) {
          best.set(doc, { score, terms: Object.keys(r.matchData.metadata) });
        }
      }
    } catch {
      // A clause lunr cannot answer loses its matches, never the whole search.
    }
  }

  /** The index terms a clause stands for in this shard, most frequent first, capped. */
  private expand(shard: ShardIndex, clause: Clause): string[] {
    if (clause.kind === 'exact' || clause.kind === 'near') {
      return shard.docFrequency.has(clause.term) ? [clause.term] : [];
    }
    const pattern =
      clause.kind === 'prefix'
        ? TokenSets.fromString(`${clause.term}*`)
        : TokenSets.fromFuzzyString(clause.term, 1);
    const terms = indexTokenSet(shard.index).intersect(pattern).toArray();
    if (terms.length <= MAX_EXPANSIONS) return terms;
    const df = (t: string) => shard.docFrequency.get(t) ?? 0;
    return terms.sort((a, b) => df(b) - df(a)).slice(0, MAX_EXPANSIONS);
  }

  private shard(key: string): Promise<ShardIndex | null> {
    let pending = this.shards.get(key);
    if (!pending) {
      const path = this.manifest.shards[key];
      pending = this.load(path).then(
        (json) => loadShard(json as SearchShard, this.manifest.fields),
        () => {
          this.shards.delete(key); // try again on the next query (e.g. back online)
          return null;
        },
      );
      this.shards.set(key, pending);
    }
    return pending;
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
): Promise<SearchEngine> {
  return new SearchEngine((await load(manifestPath)) as SearchManifest, load);
}
