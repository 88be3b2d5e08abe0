/** Section titles settled: the document title promoted out of the body, the rest as headings by style order. */
import type { OutlineBlock, OutlineHeading } from '../outline';
import type { BodyNode, SectionNode } from './body';
import { fieldBlocks } from './fields';
import { plainText } from './inline';

/** Text compared loosely: case, spacing and punctuation aside. */
function loose(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The document title and the nodes left: as in docutils, a first section title whose adornment
 * style is used nowhere else. When metadata already names a different title, that section stays a
 * heading (Nikola shows both), so its words are not lost.
 */
export function promoteTitle(
  nodes: BodyNode[],
  declared?: string,
): { title?: string; rest: BodyNode[] } {
  const first = nodes[0];
  if (first?.kind !== 'section') return { rest: nodes };
  if (nodes.some((node, i) => i > 0 && node.kind === 'section' && node.style === first.style))
    return { rest: nodes };
  const title = plainText(first.content).trim();
  if (declared !== undefined && loose(declared) !== loose(title)) return { rest: nodes };
  return { title, rest: nodes.slice(1) };
}

/** Outline blocks of the body: headings leveled 1..6 by the order their styles first appear, field lists as paragraphs. */
export function outlineBlocks(nodes: BodyNode[]): OutlineBlock[] {
  const levels = new Map<string, number>();
  const out: OutlineBlock[] = [];
  for (const node of nodes) {
    if (node.kind === 'fields')
      for (const field of node.fields) for (const block of fieldBlocks(field)) out.push(block);
    else if (node.kind === 'section') out.push(heading(node, levels));
    else out.push(node);
  }
  return out;
}

function heading(node: SectionNode, levels: Map<string, number>): OutlineHeading {
  if (!levels.has(node.style)) levels.set(node.style, levels.size + 1);
  const level = Math.min(6, levels.get(node.style)!) as OutlineHeading['level'];
  return { kind: 'heading', level, content: node.content };
}
