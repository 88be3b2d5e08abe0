/** Plain text out of structured blocks: for reading time, language detection, search and snippets. */
import type { Block, Inline } from './types';

/** The text of inline content, links and emphasis flattened (walked with a stack: nesting depth never matters). */
export function inlineText(content: Inline[]): string {
  let out = '';
  const stack: Inline[] = [...content].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.kind) {
      case 'text':
      case 'code':
        out += node.text;
        break;
      case 'break':
        out += '\n';
        break;
      default:
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return out;
}

/** The text of blocks, one block a line (list items and table cells on lines of their own), walked with a stack. */
export function blocksText(blocks: Block[]): string {
  const lines: string[] = [];
  const stack: Block[] = [...blocks].reverse();
  while (stack.length > 0) {
    const block = stack.pop()!;
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        lines.push(inlineText(block.content));
        break;
      case 'list':
        for (let i = block.items.length - 1; i >= 0; i--)
          for (let j = block.items[i].length - 1; j >= 0; j--) stack.push(block.items[i][j]);
        break;
      case 'quote':
        for (let i = block.blocks.length - 1; i >= 0; i--) stack.push(block.blocks[i]);
        break;
      case 'code':
        lines.push(block.text);
        break;
      case 'table':
        for (const row of [block.head, ...block.rows]) lines.push(row.map(inlineText).join(' | '));
        break;
      case 'rule':
        break;
    }
  }
  return lines.join('\n');
}
