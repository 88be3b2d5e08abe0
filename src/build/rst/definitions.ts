/** Definition lists: a one-line term directly above deeper lines that define it. */
import type { Block } from '../../shared/types';
import { isAdornment } from './adornment';
import type { BodyContext, Step } from './context';
import { indentedEnd, type Line } from './lines';
import { markerOf } from './list-markers';

/**
 * A definition list at line `at` (a one-line term directly above deeper lines): each term becomes a
 * paragraph followed by its definition's blocks, as the HTML reader renders `<dt>`/`<dd>`.
 */
export function definitionListAt(
  lines: Line[],
  at: number,
  base: number,
  ctx: BodyContext,
): Step | undefined {
  const nodes: Block[] = [];
  let next = at;
  let scan = at;
  for (;;) {
    const term = lines[scan];
    const below = lines[scan + 1];
    if (!term || !below || term.text === '' || below.text === '' || below.indent <= term.indent)
      break;
    if (term.indent > base || term.text.endsWith('::') || isAdornment(term, 4) || markerOf(term))
      break;
    const end = indentedEnd(lines, scan + 1, term.indent);
    const content = ctx.inlines(term.text);
    if (content.length > 0) nodes.push({ kind: 'paragraph', content });
    for (const block of ctx.nested(lines.slice(scan + 1, end), below.indent, 'item'))
      nodes.push(block);
    next = end;
    scan = end;
    while (scan < lines.length && lines[scan]!.text === '') scan++;
  }
  return next > at ? { nodes, next } : undefined;
}
