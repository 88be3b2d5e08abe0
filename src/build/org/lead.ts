/** Puts a lead-in (a checkbox, a term, a footnote label) before the first paragraph of some blocks. */
import type { Block, Inline } from '../../shared/types';
import { pushInline } from '../markdown/inline-builder';

/** `blocks` with `lead` at the start of their first paragraph, or in a paragraph of its own before them. */
export function withLead(lead: Inline[], blocks: Block[]): Block[] {
  if (lead.length === 0) return blocks;
  const [first, ...rest] = blocks;
  if (first?.kind !== 'paragraph') return [{ kind: 'paragraph', content: lead }, ...blocks];
  const content: Inline[] = [];
  for (const inline of [...lead, ...first.content]) pushInline(content, inline);
  return [{ kind: 'paragraph', content }, ...rest];
}
