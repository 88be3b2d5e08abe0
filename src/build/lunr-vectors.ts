/**
 * lunr 2.3.9's index arithmetic without `lunr.Builder`: term numbering, BM25 field vectors and
 * idf computed exactly as `Builder.prototype.add`, `calculateAverageFieldLengths`,
 * `createFieldVectors` and `lunr.idf` do (k1 1.2, b 0.75, field boosts, scores rounded to
 * thousandths), minus the token set and the per-posting objects the split index never uses.
 * test/build/lunr-vectors.test.ts proves the output equals lunr's own serialized index.
 */

import { idf } from '../search/bm25';

const K1 = 1.2;
const B = 0.75;

/** One field of one document: lunr's field vector, `[termIndex, score, termIndex, score, …]`. */
export interface FieldVector {
  field: number;
  doc: number;
  /** Term indexes ascending, each followed by its BM25 score (boost included, rounded to 0.001). */
  elements: number[];
}

/** What the vectors of a corpus are, in lunr's terms. */
export interface LunrVectors {
  /** Terms by lunr's term index (`_index`): the order in which the build first met them. */
  terms: string[];
  /** One vector per document and field, documents in order and fields in order within each. */
  vectors: FieldVector[];
}

/**
 * The field vectors lunr would build for `docs` (each a list of fields, each a list of already
 * analysed terms, fields in the order of `boosts`), refs being the documents' positions.
 */
export function lunrVectors(
  docs: Iterable<ReadonlyArray<readonly string[]>>,
  boosts: readonly number[],
): LunrVectors {
  const fieldCount = boosts.length;
  const ids = new Map<string, number>();
  const terms: string[] = [];
  // lunr's idf counts a document once per field that holds the term.
  const fieldsWithTerm: number[] = [];
  const lengthSum: number[] = boosts.map(() => 0);
  const counted: Array<{ ids: number[]; tfs: number[]; length: number }> = [];
  const tf: number[] = [];

  let docCount = 0;
  for (const fields of docs) {
    for (let f = 0; f < fieldCount; f++) {
      const list = fields[f] ?? [];
      const seen: number[] = [];
      for (const raw of list) {
        let id = ids.get(raw);
        if (id === undefined) {
          // lunr's tokenizer lowercases every element of an array field.
          const term = raw.toLowerCase();
          id = ids.get(term);
          if (id === undefined) {
            id = terms.push(term) - 1;
            fieldsWithTerm.push(0);
            tf.push(0);
            ids.set(term, id);
          }
          ids.set(raw, id);
        }
        if (tf[id] === 0) seen.push(id);
        tf[id]++;
      }
      seen.sort((a, b) => a - b);
      const tfs = seen.map((id) => {
        const n = tf[id];
        tf[id] = 0;
        fieldsWithTerm[id]++;
        return n;
      });
      lengthSum[f] += list.length;
      counted.push({ ids: seen, tfs, length: list.length });
    }
    docCount++;
  }

  const average = lengthSum.map((sum) => sum / docCount);
  const idfs = fieldsWithTerm.map((n) => idf(docCount, n));
  const vectors: FieldVector[] = counted.map(({ ids: termIds, tfs, length }, at) => {
    const field = at % fieldCount;
    const norm = K1 * (1 - B + B * (length / average[field]));
    const elements: number[] = [];
    for (let i = 0; i < termIds.length; i++) {
      const id = termIds[i];
      // Same operations in the same order as lunr, so the floating point result is identical.
      let score = (idfs[id] * ((K1 + 1) * tfs[i])) / (norm + tfs[i]);
      score *= boosts[field] || 1;
      elements.push(id, Math.round(score * 1000) / 1000);
    }
    return { field, doc: Math.floor(at / fieldCount), elements };
  });
  return { terms, vectors };
}
