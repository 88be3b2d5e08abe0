/** Org-mode text → DocumentOutline: metadata from `#+KEY:` lines, the body as headings and blocks. */
import { limitNesting } from '../markdown/limit-nesting';
import type { DocumentOutline } from '../outline';
import { textToInlines } from '../../shared/inline';
import { orgMetadata } from './metadata';
import { parseOrg } from './parse';
import { outlineBlocks } from './sections';

/** The outline of an Org document; throws only when the parser itself fails. */
export function orgOutline(text: string): DocumentOutline {
  // the Org parser slows down steeply with list depth: indentation is capped before it reads
  const limited = limitNesting(text, 32);
  const tree = parseOrg(limited.text);
  const meta = orgMetadata(tree);
  const warnings = [...meta.warnings];
  if (limited.flattened) warnings.push('lists nested deeper than 16 levels were flattened');
  const blocks = outlineBlocks(tree, { warnings });
  return {
    title: meta.title,
    date: meta.date,
    tags: meta.tags,
    author: meta.author,
    speakers: [],
    description: meta.description
      ? [{ kind: 'paragraph', content: textToInlines(meta.description) }]
      : [],
    blocks,
    warnings,
  };
}
