/** Table cells and rows as the Block table wants them: inline content, rows padded to one width. */
import type { Block, Inline } from '../../shared/types';

type Table = Extract<Block, { kind: 'table' }>;

/** Blocks flattened into one cell's inlines: paragraphs joined by spaces, code as code, lists item by item. */
export function cellInlines(blocks: Block[]): Inline[] {
  const out: Inline[] = [];
  const separate = (): void => {
    if (out.length > 0) out.push({ kind: 'text', text: ' ' });
  };
  const walk = (list: Block[]): void => {
    for (const block of list) {
      if (block.kind === 'paragraph' || block.kind === 'heading') {
        separate();
        for (const inline of block.content) out.push(inline);
      } else if (block.kind === 'code') {
        separate();
        out.push({ kind: 'code', text: block.text.replace(/\s*\n\s*/g, ' ') });
      } else if (block.kind === 'list') for (const item of block.items) walk(item);
      else if (block.kind === 'quote') walk(block.blocks);
    }
  };
  walk(blocks);
  return out;
}

/** A table block from a head row (may be empty) and body rows, short rows padded with empty cells. */
export function tableBlock(head: Inline[][], rows: Inline[][][]): Table {
  let width = head.length;
  for (const row of rows) width = Math.max(width, row.length);
  const pad = (row: Inline[][]): Inline[][] => {
    while (row.length < width) row.push([]);
    return row;
  };
  return { kind: 'table', head: head.length > 0 ? pad(head) : [], rows: rows.map(pad) };
}
