/**
 * Recent clause scores by term set: typing re-asks the same clauses keystroke after keystroke (the
 * words already typed, a prefix's shorter forms), and lunr's cost grows with each term's postings.
 */

/** A clause's unweighted lunr scores per doc, with the index terms that matched it. */
export type ClauseScores = Map<number, { score: number; terms: string[]; inTitle: boolean }>;

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
    if (old) this.held -= old.size;
    this.entries.delete(key);
    this.entries.set(key, scores);
    this.held += scores.size;
    for (const [k, v] of this.entries) {
      if (this.held <= this.budget || this.entries.size === 1) break;
      this.entries.delete(k);
      this.held -= v.size;
    }
  }
}
