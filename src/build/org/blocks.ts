/**
 * uniorg elements → Block[]: paragraphs, lists, quotes, code, tables and rules. Keywords, comments,
 * planning lines, clocks, property drawers and export blocks are dropped. Containers nest at most
 * MAX_BLOCK_DEPTH deep; deeper ones are opened flat, so no later walk recurses without bound.
 */
import type { ElementType, GreaterElementType, ObjectType, VerseBlock } from 'uniorg';
import type { Block } from '../../shared/types';
import { codeBlock } from './code';
import { orgInlines } from './inlines';
import { withLead } from './lead';
import { listBlock } from './lists';
import { tableBlock } from './tables';

/** An element of a section or of a greater element. */
export type OrgElement = GreaterElementType | ElementType;

/** How deep lists, quotes and other containers may nest before they are flattened. */
export const MAX_BLOCK_DEPTH = 64;

const FLATTENED = `lists or blocks nested deeper than ${MAX_BLOCK_DEPTH} levels were flattened`;

/** Non-fatal problems met while converting, each reported once. */
export interface BlockContext {
  warnings: string[];
}

function paragraph(nodes: ObjectType[]): Block[] {
  const content = orgInlines(nodes);
  return content.length > 0 ? [{ kind: 'paragraph', content }] : [];
}

/** A verse keeps its line breaks. */
function verse(node: VerseBlock): Block[] {
  const objects: ObjectType[] = [];
  for (const child of node.children as unknown as ObjectType[]) {
    if (child.type !== 'text') {
      objects.push(child);
      continue;
    }
    child.value.split('\n').forEach((line, i) => {
      if (i > 0) objects.push({ type: 'line-break' });
      objects.push({ type: 'text', value: line });
    });
  }
  return paragraph(objects);
}

/** The children a container shows as they are (no block of its own), or undefined for other elements. */
function openedChildren(node: OrgElement): OrgElement[] | undefined {
  switch (node.type) {
    case 'plain-list':
    case 'list-item':
    case 'quote-block':
    case 'center-block':
    case 'special-block':
    case 'footnote-definition':
      return node.children;
    case 'drawer':
      // Org's exporters leave the LOGBOOK (state changes, clocking) out
      return /^logbook$/i.test(node.name) ? [] : node.children;
    default:
      return undefined;
  }
}

/** The blocks of an element that holds no other blocks. */
function leafBlocks(node: OrgElement): Block[] {
  switch (node.type) {
    case 'paragraph':
    case 'list-item-tag':
      return paragraph(node.children);
    case 'verse-block':
      return verse(node);
    case 'src-block':
      return codeBlock(node.value, node.language || undefined);
    case 'example-block':
    case 'fixed-width':
      return codeBlock(node.value);
    case 'latex-environment':
      return codeBlock(node.value, 'latex');
    case 'table':
      return tableBlock(node);
    case 'horizontal-rule':
      return [{ kind: 'rule' }];
    default:
      // keywords, comments, planning, clocks, properties, export blocks; sections are the outline's
      return [];
  }
}

/** Every leaf block under `nodes` in order, containers opened (an explicit stack: any depth). */
function flatBlocks(nodes: OrgElement[]): Block[] {
  const out: Block[] = [];
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children = openedChildren(node);
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    else out.push(...leafBlocks(node));
  }
  return out;
}

/** The blocks of one element at container depth `depth`. */
function elementBlocks(node: OrgElement, context: BlockContext, depth: number): Block[] {
  const inner = (nodes: OrgElement[]) => orgBlocks(nodes, context, depth + 1);
  switch (node.type) {
    case 'plain-list':
      return listBlock(node, inner);
    case 'quote-block': {
      const blocks = inner(node.children);
      return blocks.length > 0 ? [{ kind: 'quote', blocks }] : [];
    }
    case 'footnote-definition':
      return withLead([{ kind: 'text', text: `[${node.label}] ` }], inner(node.children));
    default: {
      const children = openedChildren(node);
      return children ? inner(children) : leafBlocks(node);
    }
  }
}

/** The blocks of a run of elements; past MAX_BLOCK_DEPTH they come out flat, with a warning. */
export function orgBlocks(nodes: OrgElement[], context: BlockContext, depth = 0): Block[] {
  if (depth >= MAX_BLOCK_DEPTH) {
    if (!context.warnings.includes(FLATTENED)) context.warnings.push(FLATTENED);
    return flatBlocks(nodes);
  }
  const out: Block[] = [];
  for (const node of nodes) out.push(...elementBlocks(node, context, depth));
  return out;
}
