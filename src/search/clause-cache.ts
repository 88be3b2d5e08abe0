/**
 * Recent clause scores by term set: typing re-asks the same clauses keystroke after keystroke (the
 * words already typed, a prefix's shorter forms), and lunr's cost grows with each term's postings.
 */
import { lowerBound } from './shard-index';

/**
 * A clause's unweighted lunr scores in one shard, as flat typed arrays (a prefix can match tens of
 * thousands of docs, and an object per doc per keystroke kept the search worker collecting
 * garbage): the matched docs ascending, each one's score and title flag, and which of `terms` it
 * holds (bit k of `masks[k >> 5][i]` for `terms[k]`).
 */
export interface ClauseScores {
  docs: Int32Array;
  scores: Float64Array;
  /** 1 when one of the doc's matched terms is in its title (field 0). */
  title: Uint8Array;
  masks: Uint32Array[];
  terms: string[];
}

/** The terms of `terms` that the `i`th doc of `scores` holds, in their order. */
export function termsAt(scores: ClauseScores, i: number): string[] {
  const out: string[] = [];
  scores.terms.forEach((term, k) => {
    if (scores.masks[k >> 5][i] & (1 << (k & 31))) out.push(term);
  });
  return out;
}

/** Where `doc` sits in `scores.docs`, or -1 (docs are ascending). */
export function docIndex(scores: ClauseScores, doc: number): number {
  const at = lowerBound(scores.docs, doc);
  return scores.docs[at] === doc ? at : -1;
}

/** An LRU of clause scores, dropping the least recent once they hold more than `budget` docs. */
export class ClauseCache {
  private readonly entries = new Map<string, ClauseScores>();
  private held = 0;

  constructor(private readonly budget: number) {}

  /** The scores stored under `key`, now the most recent; undefined when not held. */
  get(key: string): ClauseScores | undefined {
    const scores = this.entries.get(key);
    if (scores) {
      this.entries.delete(key);
      this.entries.set(key, scores);
    }
    return scores;
  }

  /** Stores `scores` under `key` and trims the cache to its budget. */
  set(key: string, scores: ClauseScores): void {
    const old = this.entries.get(key);
    if (old) this.held -= old.docs.length;
    this.entries.delete(key);
    this.entries.set(key, scores);
    this.held += scores.docs.length;
    for (const [k, v] of this.entries) {
      if (this.held <= this.budget || this.entries.size === 1) break;
      this.entries.delete(k);
      this.held -= v.docs.length;
    }
  }
}
