/** mdast block content → Block[]: headings clamped to 2..4, nested lists, quotes, code, tables, HTML reduced. */
import type { Nodes, Root, RootContent } from 'mdast';
import type { Block } from '../../shared/types';
import { htmlToBlocks } from './html-blocks';
import { phrasingToInlines, type Definitions } from './inlines';

/** Heading depth 1..6 as a Block heading level: the page title is level 1, so bodies use 2..4. */
export function clampHeading(depth: number): 2 | 3 | 4 {
  return Math.min(4, Math.max(2, depth)) as 2 | 3 | 4;
}

/** Every `[id]: url` definition of the tree, so reference links resolve wherever they are used. */
export function collectDefinitions(root: Root): Definitions {
  const defs: Definitions = new Map();
  const visit = (node: Nodes): void => {
    if (node.type === 'definition') defs.set(node.identifier.toLowerCase(), node.url);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return defs;
}

/** The blocks of one mdast node (zero or more: definitions vanish, HTML may give several). */
function nodeToBlocks(node: RootContent, defs: Definitions): Block[] {
  switch (node.type) {
    case 'heading': {
      const content = phrasingToInlines(node.children, defs);
      return content.length > 0
        ? [{ kind: 'heading', level: clampHeading(node.depth), content }]
        : [];
    }
    case 'paragraph': {
      const content = phrasingToInlines(node.children, defs);
      return content.length > 0 ? [{ kind: 'paragraph', content }] : [];
    }
    case 'list': {
      const items = node.children.map((item) => nodesToBlocks(item.children, defs));
      const list: Block = { kind: 'list', ordered: node.ordered === true, items };
      if (node.ordered && typeof node.start === 'number' && node.start !== 1)
        list.start = node.start;
      return [list];
    }
    case 'blockquote': {
      const blocks = nodesToBlocks(node.children, defs);
      return blocks.length > 0 ? [{ kind: 'quote', blocks }] : [];
    }
    case 'code': {
      const language = node.lang?.trim();
      return [{ kind: 'code', text: node.value, ...(language ? { language } : {}) }];
    }
    case 'table': {
      const [head, ...rows] = node.children.map((row) =>
        row.children.map((cell) => phrasingToInlines(cell.children, defs)),
      );
      return [{ kind: 'table', head: head ?? [], rows }];
    }
    case 'thematicBreak':
      return [{ kind: 'rule' }];
    case 'html':
      return htmlToBlocks(node.value);
    case 'footnoteDefinition': {
      const blocks = nodesToBlocks(node.children, defs);
      const label = `[${node.label ?? node.identifier}]`;
      return blocks.length > 0
        ? [
            {
              kind: 'list',
              ordered: false,
              items: [[{ kind: 'paragraph', content: [{ kind: 'text', text: label }] }, ...blocks]],
            },
          ]
        : [];
    }
    default:
      return [];
  }
}

/** Blocks of a sequence of mdast block nodes, in order. */
export function nodesToBlocks(nodes: RootContent[], defs: Definitions): Block[] {
  const out: Block[] = [];
  for (const node of nodes) out.push(...nodeToBlocks(node, defs));
  return out;
}
