/**
 * Plain-text outlines (Blogger page exports) → a tree by indentation: `1.` numbered items, `•`/`-`
 * bullets and text lines, where a more indented line belongs to the item above it.
 */
import { textToInlines } from '../../shared/inline';
import type { Block } from '../../shared/types';

/** One line of an outline with the lines nested under it. */
export interface OutlineNode {
  indent: number;
  marker: 'ordered' | 'bullet' | 'text';
  number?: number;
  text: string;
  children: OutlineNode[];
}

const ORDERED = /^(\d{1,4})[.)]\s+(\S.*)$/;
const BULLET = /^[•·▪◦○●■□‣⁃*-]\s+(\S.*)$/;

function indentOf(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ' || ch === '\u00a0') width++;
    else if (ch === '\t') width += 4;
    else break;
  }
  return width;
}

/** The outline tree of `lines`; blank lines only separate, they never end nesting. */
export function parseOutline(lines: string[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    const body = line.trimStart().replace(/\s+/g, ' ');
    if (body === '') continue;
    const indent = indentOf(line);
    const ordered = ORDERED.exec(body);
    const bullet = ordered ? null : BULLET.exec(body);
    const node: OutlineNode = ordered
      ? { indent, marker: 'ordered', number: Number(ordered[1]), text: ordered[2]!, children: [] }
      : bullet
        ? { indent, marker: 'bullet', text: bullet[1]!, children: [] }
        : { indent, marker: 'text', text: body, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : roots).push(node);
    // only items hold nested lines: a text line is a paragraph, never a parent
    if (node.marker !== 'text') stack.push(node);
  }
  return roots;
}

/** Blocks of outline nodes: runs of items of one marker become one list, text lines paragraphs. */
export function outlineToBlocks(nodes: OutlineNode[]): Block[] {
  const blocks: Block[] = [];
  let list: Extract<Block, { kind: 'list' }> | undefined;
  let listMarker: OutlineNode['marker'] | undefined;
  for (const node of nodes) {
    if (node.marker === 'text') {
      list = undefined;
      blocks.push({ kind: 'paragraph', content: textToInlines(node.text) });
      continue;
    }
    if (!list || listMarker !== node.marker) {
      list = { kind: 'list', ordered: node.marker === 'ordered', items: [] };
      if (node.marker === 'ordered' && node.number !== undefined && node.number !== 1)
        list.start = node.number;
      listMarker = node.marker;
      blocks.push(list);
    }
    list.items.push([
      { kind: 'paragraph', content: textToInlines(node.text) },
      ...outlineToBlocks(node.children),
    ]);
  }
  return blocks;
}
