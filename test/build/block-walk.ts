// Test helper: walks blocks and inlines so assertions can look at every text and link.
import type { Block, Inline } from '../../src/shared/types';

/** Every inline text (not code blocks) of `blocks`, in order. */
export function inlineTexts(blocks: Block[]): string[] {
  const out: string[] = [];
  const fromInlines = (content: Inline[]): void => {
    for (const node of content) {
      if (node.kind === 'text' || node.kind === 'code') out.push(node.text);
      else if (node.kind !== 'break') fromInlines(node.children);
    }
  };
  walkBlocks(blocks, (block) => {
    if (block.kind === 'heading' || block.kind === 'paragraph') fromInlines(block.content);
    if (block.kind === 'table') [...block.head, ...block.rows.flat()].forEach(fromInlines);
  });
  return out;
}

/** Every link href of `blocks`, in order. */
export function linkHrefs(blocks: Block[]): string[] {
  const out: string[] = [];
  const fromInlines = (content: Inline[]): void => {
    for (const node of content) {
      if (node.kind === 'link') out.push(node.href);
      if ('children' in node) fromInlines(node.children);
    }
  };
  walkBlocks(blocks, (block) => {
    if (block.kind === 'heading' || block.kind === 'paragraph') fromInlines(block.content);
    if (block.kind === 'table') [...block.head, ...block.rows.flat()].forEach(fromInlines);
  });
  return out;
}

/** Calls `visit` on every block, depth first, including blocks nested in lists and quotes. */
export function walkBlocks(blocks: Block[], visit: (block: Block) => void): void {
  for (const block of blocks) {
    visit(block);
    if (block.kind === 'list') block.items.forEach((item) => walkBlocks(item, visit));
    if (block.kind === 'quote') walkBlocks(block.blocks, visit);
  }
}

/** The deepest list nesting in `blocks` (a flat list is 1). */
export function listDepth(blocks: Block[]): number {
  let max = 0;
  for (const block of blocks) {
    if (block.kind === 'list') max = Math.max(max, 1 + Math.max(0, ...block.items.map(listDepth)));
    if (block.kind === 'quote') max = Math.max(max, listDepth(block.blocks));
  }
  return max;
}
