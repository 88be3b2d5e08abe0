/** Markdown → Block[] in one call, for readers that need no access to the tree. */
import type { Block } from '../../shared/types';
import { nodesToBlocks } from './blocks';
import { parseMarkdown } from './parse';

export { clampHeading, nodesToBlocks } from './blocks';
export { parseMarkdown, type MarkdownToken } from './parse';
export { phrasingToInlines } from './inlines';

/** The safe blocks of a markdown text (no templating removal: see templating.ts for that). */
export function markdownToBlocks(source: string): Block[] {
  return nodesToBlocks(parseMarkdown(source));
}
