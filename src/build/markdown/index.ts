/** Markdown → Block[] in one call, for readers that need no access to the tree. */
import type { Block } from '../../shared/types';
import { collectDefinitions, nodesToBlocks } from './blocks';
import { parseMarkdown } from './parse';

export { clampHeading, collectDefinitions, nodesToBlocks } from './blocks';
export { parseMarkdown } from './parse';
export { phrasingToInlines } from './inlines';

/** The safe blocks of a markdown text (no templating removal: see templating.ts for that). */
export function markdownToBlocks(source: string): Block[] {
  const root = parseMarkdown(source);
  return nodesToBlocks(root.children, collectDefinitions(root));
}
