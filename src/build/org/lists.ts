/** Org plain lists → list Blocks: ordered or not, the start number, checkboxes and description terms kept. */
import type { GreaterElementType, ElementType, List, ListItem } from 'uniorg';
import type { Block, Inline } from '../../shared/types';
import { orgInlines } from './inlines';
import { withLead } from './lead';

/** Turns the elements of one list item into blocks (one level deeper). */
export type ItemContent = (nodes: Array<GreaterElementType | ElementType>) => Block[];

const CHECKBOX = { on: '[x] ', off: '[ ] ', trans: '[-] ' } as const;

/** The number the list starts at when it is not 1: a `[@5]` counter, else the first bullet's. */
function startOf(list: List): number | undefined {
  const first = list.children[0];
  if (!first) return undefined;
  const n = Number(first.counter ?? /^\d+/.exec(first.bullet.trim())?.[0]);
  return Number.isInteger(n) && n !== 1 ? n : undefined;
}

/** An item's blocks, led by its checkbox and, in a description list, its bold term. */
function itemBlocks(item: ListItem, content: ItemContent): Block[] {
  const [first, ...rest] = item.children;
  const lead: Inline[] = [];
  if (item.checkbox) lead.push({ kind: 'text', text: CHECKBOX[item.checkbox] });
  let body = item.children;
  if (first?.type === 'list-item-tag') {
    const term = orgInlines(first.children);
    if (term.length > 0) lead.push({ kind: 'strong', children: term });
    body = rest;
  }
  const blocks = content(body);
  // a term reads `term: description` when the description follows on its line
  if (first?.type === 'list-item-tag' && blocks[0]?.kind === 'paragraph')
    lead.push({ kind: 'text', text: ': ' });
  return withLead(lead, blocks);
}

/** The list block of `list`, or nothing when none of its items holds anything. */
export function listBlock(list: List, content: ItemContent): Block[] {
  const items = list.children.map((item) => itemBlocks(item, content)).filter((b) => b.length > 0);
  if (items.length === 0) return [];
  const ordered = list.listType === 'ordered';
  const start = ordered ? startOf(list) : undefined;
  return [{ kind: 'list', ordered, items, ...(start !== undefined ? { start } : {}) }];
}
