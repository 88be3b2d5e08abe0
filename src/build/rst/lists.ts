/** Bullet and enumerated lists: each item's lines (its deeper lines included) read as nested blocks. */
import type { Block } from '../../shared/types';
import type { BodyContext, Step } from './context';
import { indentedEnd, type Line } from './lines';
import { confirmsEnumeration, markerOf, sameList, type Marker } from './list-markers';

/** The lines of the item whose marker is on line `at`, its first line re-based past the marker. */
function itemLines(
  lines: Line[],
  at: number,
  marker: Marker,
): { body: Line[]; base: number; end: number } {
  const end = indentedEnd(lines, at + 1, lines[at]!.indent);
  const first: Line = { indent: marker.column, text: marker.text };
  if (end === at + 1) return { body: [first], base: marker.column, end };
  const rest = lines.slice(at + 1, end);
  if (marker.text !== '') return { body: [first, ...rest], base: marker.column, end };
  // `*` alone on its line: the item's text starts on the next line, wherever that is indented
  const next = rest.find((line) => line.text !== '');
  return { body: rest, base: next ? next.indent : marker.column, end };
}

/** A list starting at line `at`, with every following item of the same kind; undefined when none starts there. */
export function listAt(lines: Line[], at: number, ctx: BodyContext): Step | undefined {
  const first = markerOf(lines[at]);
  if (!first || !confirmsEnumeration(lines, at, first)) return undefined;
  const items: Block[][] = [];
  let next = at;
  let scan = at;
  while (scan < lines.length) {
    const marker = scan === at ? first : markerOf(lines[scan]);
    if (!marker || !sameList(first, marker) || lines[scan]!.indent !== lines[at]!.indent) break;
    const item = itemLines(lines, scan, marker);
    items.push(ctx.nested(item.body, item.base, 'item'));
    next = item.end;
    scan = next;
    while (scan < lines.length && lines[scan]!.text === '') scan++;
  }
  const list: Block = { kind: 'list', ordered: first.ordered, items };
  if (first.ordered && first.ordinal !== 1) list.start = first.ordinal;
  return { nodes: [list], next };
}
