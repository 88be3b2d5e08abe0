/** Org-mode text → DocumentOutline: metadata from `#+KEY:` lines, the body as headings and blocks. */
import type { DocumentOutline } from '../outline';
import { textToInlines } from '../../shared/inline';
import { orgMetadata } from './metadata';
import { parseOrg } from './parse';
import { outlineBlocks } from './sections';

/** The outline of an Org document; throws only when the parser itself fails. */
export function orgOutline(text: string): DocumentOutline {
  const tree = parseOrg(text);
  const meta = orgMetadata(tree);
  const warnings = [...meta.warnings];
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
