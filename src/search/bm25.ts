/** lunr 2.3.9's inverse document frequency, shared by the index build and the engine. */

/**
 * lunr's idf of a term held by `fieldsWithTerm` (document, field) pairs among `docCount`
 * documents (`lunr.idf`, same operations in the same order, so the result is identical).
 */
export function idf(docCount: number, fieldsWithTerm: number): number {
  const x = (docCount - fieldsWithTerm + 0.5) / (fieldsWithTerm + 0.5);
  return Math.log(1 + Math.abs(x));
}
