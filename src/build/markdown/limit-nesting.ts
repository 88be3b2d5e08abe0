/**
 * Markdown nested deeper than anyone writes (thousands of indented list levels or `>` quote
 * markers) is flattened before parsing: the parser's work and recursion grow with nesting depth,
 * so one hostile file could stall or crash the build. Content is kept; only its depth is capped.
 */

/** Columns of indentation kept at most: 64 levels of two-space lists. */
const MAX_INDENT = 128;
/** Quote markers (`>`) kept at most at the start of a line. */
const MAX_QUOTES = 64;

/** `source` with indentation and quote nesting capped, and whether anything was flattened. */
export function limitNesting(
  source: string,
  maxIndent = MAX_INDENT,
): { text: string; flattened: boolean } {
  let flattened = false;
  const text = source.replace(
    /^([ \t]*)((?:>[ \t]?)*)/gm,
    (whole, indent: string, quotes: string) => {
      let kept = indent;
      if (indent.length > maxIndent) {
        kept = indent.replace(/\t/g, '    ').slice(0, maxIndent);
        flattened = true;
      }
      let markers = quotes;
      if (quotes.length > MAX_QUOTES * 2) {
        const count = (quotes.match(/>/g) ?? []).length;
        if (count > MAX_QUOTES) {
          markers = '> '.repeat(MAX_QUOTES);
          flattened = true;
        }
      }
      return kept === indent && markers === quotes ? whole : kept + markers;
    },
  );
  return { text, flattened };
}
