/**
 * A page's title: the `<title>`, less a site suffix (` | Blog`, ` - Site`) only when an `<h1>` of
 * the content says the rest is the title, else the first `<h1>`; and the outline without a leading
 * heading that only repeats it. A site-name `<h1>` in the page header never confirms anything.
 */
import { inlineText } from '../../shared/blocks-text';
import type { OutlineBlock } from '../outline';
import { collapse } from './page-meta';

/** Separators sites put between a page's title and their own name. */
const SUFFIX_SEPARATOR = /\s+(?:[|\-–—·•»:~/]|::)\s+/g;

function same(a: string, b: string): boolean {
  return collapse(a).toLowerCase() === collapse(b).toLowerCase();
}

/** The title from the `<title>` text, the content's `<h1>` texts and the page's first `<h1>`. */
export function pageTitle(
  titleTag: string | undefined,
  h1s: string[],
  firstH1: string | undefined,
): string | undefined {
  if (!titleTag) return firstH1;
  let best = titleTag;
  // every prefix that ends before a separator; the longest one an <h1> repeats wins
  for (const match of titleTag.matchAll(SUFFIX_SEPARATOR)) {
    const rest = titleTag.slice(0, match.index).trim();
    if (rest && h1s.some((h1) => same(h1, rest))) best = rest;
  }
  return best;
}

/** `blocks` without a first heading that equals `title` (the page's title, not a section). */
export function withoutLeadingTitle(
  blocks: OutlineBlock[],
  title: string | undefined,
): OutlineBlock[] {
  const first = blocks[0];
  if (title && first?.kind === 'heading' && same(inlineText(first.content), title))
    return blocks.slice(1);
  return blocks;
}
