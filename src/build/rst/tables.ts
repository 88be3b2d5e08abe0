/** Grid tables (`+---+`) and simple tables (`=== ===`) as table blocks; spans are read cell by cell. */
import type { Inline } from '../../shared/types';
import { tableBlock } from './cells';
import type { BodyContext, Step } from './context';
import type { Line } from './lines';

const GRID_BORDER = /^\+(?:[-=]+\+)+$/;
const SIMPLE_BORDER = /^=+(?: +=+)+$/;
const SPAN_RULE = /^[-=+\s]+$/;

/** A line's text placed at its column relative to the table's left edge. */
function atColumn(line: Line, indent: number): string {
  return ' '.repeat(Math.max(0, line.indent - indent)) + line.text;
}

/** The cells of accumulated rows as inlines; a row of cell texts becomes one table row. */
function rowInlines(cells: string[][], ctx: BodyContext): Inline[][] {
  return cells.map((lines) => ctx.inlines(lines.filter((l) => !SPAN_RULE.test(l)).join('\n')));
}

/** A grid table starting at line `at`, or undefined when none does. */
export function gridTableAt(lines: Line[], at: number, ctx: BodyContext): Step | undefined {
  const top = lines[at]!;
  if (!GRID_BORDER.test(top.text)) return undefined;
  const bounds: number[] = [];
  for (let k = 0; k < top.text.length; k++) if (top.text[k] === '+') bounds.push(k);
  const head: Inline[][] = [];
  const rows: Inline[][][] = [];
  let cells: string[][] = [];
  const finish = (): void => {
    if (cells.some((c) => c.some((l) => l !== ''))) rows.push(rowInlines(cells, ctx));
    cells = [];
  };
  let end = at + 1;
  for (; end < lines.length; end++) {
    const line = lines[end]!;
    if (line.text === '' || line.indent !== top.indent || !/^[+|]/.test(line.text)) break;
    if (line.text[0] === '+') {
      finish();
      // the `+===+` line closes the head; several head rows read as one
      if (line.text.includes('=') && head.length === 0 && rows.length > 0)
        for (const cell of mergeRows(rows.splice(0))) head.push(cell);
      continue;
    }
    for (let c = 0; c + 1 < bounds.length; c++) {
      (cells[c] ??= []).push(line.text.slice(bounds[c]! + 1, bounds[c + 1]).trim());
    }
  }
  finish();
  return { nodes: [tableBlock(head, rows)], next: end };
}

/** Rows merged column by column into one (a multi-row head in a one-row head). */
function mergeRows(rows: Inline[][][]): Inline[][] {
  const merged: Inline[][] = [];
  for (const row of rows)
    row.forEach((cell, c) => {
      const into = (merged[c] ??= []);
      if (into.length > 0 && cell.length > 0) into.push({ kind: 'text', text: ' ' });
      for (const inline of cell) into.push(inline);
    });
  return merged;
}

/** A simple table starting at line `at`, or undefined when its borders do not close it. */
export function simpleTableAt(lines: Line[], at: number, ctx: BodyContext): Step | undefined {
  const top = lines[at]!;
  if (!SIMPLE_BORDER.test(top.text)) return undefined;
  const starts: number[] = [];
  for (const run of top.text.matchAll(/=+/g)) starts.push(run.index);
  const sections: string[][][][] = [[]];
  let borders = 1;
  let end = at + 1;
  for (; end < lines.length; end++) {
    const line = lines[end]!;
    if (line.text !== '' && line.indent < top.indent) return undefined;
    if (line.indent === top.indent && SIMPLE_BORDER.test(line.text)) {
      borders++;
      const after = lines[end + 1];
      if (borders === 3 || !after || after.text === '') break;
      sections.push([]);
      continue;
    }
    const rows = sections[sections.length - 1]!;
    if (line.text === '' || SPAN_RULE.test(line.text)) continue;
    const text = atColumn(line, top.indent);
    const cells = starts.map((s, c) =>
      text.slice(s, c + 1 < starts.length ? starts[c + 1] : undefined).trim(),
    );
    const last = rows[rows.length - 1];
    // a row whose first column is blank continues the row above
    if (cells[0] === '' && last) cells.forEach((cell, c) => cell && last[c]!.push(cell));
    else rows.push(cells.map((cell) => (cell ? [cell] : [])));
  }
  if (borders < 2 || end >= lines.length) return undefined;
  const toRow = (row: string[][]): Inline[][] => row.map((cell) => ctx.inlines(cell.join('\n')));
  const body = sections[sections.length - 1]!.map(toRow);
  const head = sections.length > 1 ? mergeRows(sections[0]!.map(toRow)) : [];
  return { nodes: [tableBlock(head, body)], next: end + 1 };
}
