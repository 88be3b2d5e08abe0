/** Plain text out of structured blocks: for reading time, language detection, search and snippets. */
import type { Block, Inline } from './types';

/** The text of inline content, links and emphasis flattened. */
export function inlineText(content: Inline[]): string {
  let out = '';
  for (const node of content) {
    switch (node.kind) {
      case 'text':
      case 'code':
        out += node.text;
        break;
      case 'break':
        out += '\n';
        break;
      default:
        out += inlineText(node.children);
    }
  }
  return out;
}

/** The text of blocks, one block a line (list items and table cells on lines of their own). */
export function blocksText(blocks: Block[]): string {
  const lines: string[] = [];
  const walk = (list: Block[]) => {
    for (const block of list) {
      switch (block.kind) {
        case 'heading':
        case 'paragraph':
          lines.push(inlineText(block.content));
          break;
        case 'list':
          for (const item of block.items) walk(item);
          break;
        case 'quote':
          walk(block.blocks);
          break;
        case 'code':
          lines.push(block.text);
          break;
        case 'table':
          for (const row of [block.head, ...block.rows])
            lines.push(row.map(inlineText).join(' | '));
          break;
        case 'rule':
          break;
      }
    }
  };
  walk(blocks);
  return lines.join('\n');
}
