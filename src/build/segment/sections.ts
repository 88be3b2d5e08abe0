/** The section tree of an outline: each heading owns the blocks and deeper headings up to the next heading of its level or above. */
import type { Block } from '../../shared/types';
import type { OutlineBlock, OutlineHeading } from '../outline';

/** One section: its heading (none for the root), its own blocks, and its sub-sections in order. */
export interface Section {
  heading?: OutlineHeading;
  /** The heading's text, trimmed ('' for the root). */
  title: string;
  /** Blocks before the first sub-section. */
  blocks: Block[];
  children: Section[];
}

/** The root section of `blocks`; headings nest by level with an explicit stack (depth never depends on input). */
export function sectionTree(
  blocks: OutlineBlock[],
  textOf: (h: OutlineHeading) => string,
): Section {
  const root: Section = { title: '', blocks: [], children: [] };
  const stack: Section[] = [root];
  for (const block of blocks) {
    if (block.kind !== 'heading') {
      stack[stack.length - 1].blocks.push(block);
      continue;
    }
    const heading = block as OutlineHeading;
    while (stack.length > 1 && stack[stack.length - 1].heading!.level >= heading.level) stack.pop();
    const section: Section = { heading, title: textOf(heading).trim(), blocks: [], children: [] };
    stack[stack.length - 1].children.push(section);
    stack.push(section);
  }
  return root;
}

/** Every section below `root` in document order, with its depth in the tree (1 for the root's children). */
export function* walkSections(root: Section): Generator<{ section: Section; depth: number }> {
  const stack: Array<{ section: Section; depth: number }> = root.children
    .map((section) => ({ section, depth: 1 }))
    .reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    yield next;
    for (let i = next.section.children.length - 1; i >= 0; i--)
      stack.push({ section: next.section.children[i], depth: next.depth + 1 });
  }
}

/** A section flattened back to blocks: its own blocks, then each sub-section's heading (relative level) and blocks. */
export function sectionBlocks(section: Section, baseLevel = section.heading?.level ?? 0): Block[] {
  const out: Block[] = [...section.blocks];
  const stack = [...section.children].reverse();
  while (stack.length > 0) {
    const child = stack.pop()!;
    const relative = child.heading!.level - baseLevel + 1;
    out.push({
      kind: 'heading',
      level: Math.min(4, Math.max(2, relative)) as 2 | 3 | 4,
      content: child.heading!.content,
    });
    out.push(...child.blocks);
    for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i]);
  }
  return out;
}
