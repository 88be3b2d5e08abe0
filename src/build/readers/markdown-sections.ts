/** How a markdown body splits into talks: one per top-level `#` heading (podcast notes), or one for all. */
import type { Root, RootContent } from 'mdast';
import { inlineText } from '../../shared/blocks-text';
import type { Block } from '../../shared/types';
import { nodesToBlocks, phrasingToInlines } from '../markdown/index';
import type { Definitions } from '../markdown/inlines';

/** One `#` section: its heading text and the blocks under it. */
export interface Section {
  title: string;
  blocks: Block[];
}

/** A body read as talks: the sections, and the blocks before the first one. */
export interface SplitBody {
  preamble: Block[];
  sections: Section[];
}

function isMeaningful(node: RootContent): boolean {
  if (node.type === 'definition') return false;
  // HTML comments and empty HTML (Chinese posts keep their English original in comments)
  if (node.type === 'html') return !/^\s*(?:<!--[\s\S]*?-->\s*)*$/.test(node.value);
  return true;
}

/** The top-level `#` sections when the body is a sequence of them (at least two, nothing but comments before); else undefined. */
export function splitByTopHeadings(root: Root, defs: Definitions): SplitBody | undefined {
  const starts: number[] = [];
  root.children.forEach((node, i) => {
    if (node.type === 'heading' && node.depth === 1) starts.push(i);
  });
  if (starts.length < 2) return undefined;
  const before = root.children.slice(0, starts[0]);
  if (before.some(isMeaningful)) return undefined;
  const sections = starts.map((start, k) => {
    const heading = root.children[start] as Extract<RootContent, { type: 'heading' }>;
    const body = root.children.slice(start + 1, starts[k + 1] ?? root.children.length);
    return {
      title: inlineText(phrasingToInlines(heading.children, defs)).trim(),
      blocks: nodesToBlocks(body, defs),
    };
  });
  return { preamble: nodesToBlocks(before, defs), sections };
}

/** The text of the document's only `#` heading when it opens the body, with the body after it; else undefined. */
export function leadingTitle(
  root: Root,
  defs: Definitions,
): { title: string; rest: RootContent[] } | undefined {
  const first = root.children.findIndex(isMeaningful);
  const node = root.children[first];
  if (node?.type !== 'heading' || node.depth !== 1) return undefined;
  if (root.children.some((n, i) => i !== first && n.type === 'heading' && n.depth === 1))
    return undefined;
  const title = inlineText(phrasingToInlines(node.children, defs)).trim();
  return title ? { title, rest: root.children.filter((_, i) => i !== first) } : undefined;
}
