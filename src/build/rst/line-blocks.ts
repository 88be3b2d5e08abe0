/** Blocks read line by line: line blocks (`| ` lines) and doctest blocks (`>>>`). */
import type { Inline } from '../../shared/types';
import type { BodyContext, Step } from './context';
import { dedentedText, type Line } from './lines';

/** A line block (`| text` lines): one paragraph whose lines are kept apart by breaks. */
export function lineBlockAt(
  lines: Line[],
  at: number,
  base: number,
  ctx: BodyContext,
): Step | undefined {
  if (!/^\|(?: |$)/.test(lines[at]!.text)) return undefined;
  const rows: string[] = [];
  let end = at;
  for (; end < lines.length; end++) {
    const line = lines[end]!;
    if (line.text === '') break;
    if (line.indent <= base && /^\|(?: |$)/.test(line.text)) rows.push(line.text.slice(2));
    else if (line.indent > base && rows.length > 0) rows[rows.length - 1] += ` ${line.text}`;
    else break;
  }
  const content: Inline[] = [];
  for (const row of rows) {
    if (content.length > 0) content.push({ kind: 'break' });
    for (const inline of ctx.inlines(row)) content.push(inline);
  }
  return { nodes: content.length > 0 ? [{ kind: 'paragraph', content }] : [], next: end };
}

/** A doctest block (`>>>` up to a blank line) as Python code. */
export function doctestAt(lines: Line[], at: number): Step | undefined {
  if (!/^>>>(?: |$)/.test(lines[at]!.text)) return undefined;
  let end = at;
  while (end < lines.length && lines[end]!.text !== '') end++;
  return {
    nodes: [{ kind: 'code', language: 'python', text: dedentedText(lines.slice(at, end)) }],
    next: end,
  };
}
