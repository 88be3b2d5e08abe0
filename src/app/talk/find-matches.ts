/**
 * The words of a rendered talk that a search matched, as DOM ranges: the page marks them with the
 * CSS Custom Highlight API (no change to the DOM Preact owns) and steps from one to the next.
 */

/** Ranges over the text of `root` whose words' index terms are in `terms`, in document order. */
export async function findMatches(root: Element, terms: readonly string[]): Promise<Range[]> {
  if (!terms.length) return [];
  // The highlighter carries the stemmers: loaded only when a page has matches to show.
  const { matchRanges } = await import('../../search/highlight');
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!text.trim()) continue;
    for (const [start, end] of matchRanges(text, terms)) {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      ranges.push(range);
    }
  }
  return ranges;
}

/** The `hl` terms of a talk URL's query (index terms, space-separated), at most 32. */
export function highlightTerms(search: string): string[] {
  const value = new URLSearchParams(search).get('hl') ?? '';
  return [...new Set(value.split(/\s+/).filter(Boolean))].slice(0, 32);
}
