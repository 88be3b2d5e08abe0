/** What every item splitter shares: the split's shape, a collector of talks in order, and how an item's first line becomes a title. */
import { inlineText } from '../../shared/blocks-text';
import type { Block, Inline, Speaker } from '../../shared/types';
import type { ParsedTalk } from '../model';
import { cutTitle } from '../readers/cut-title';
import { cleanTalkTitle, withoutTrailingTimestamp } from './talk-title';

/** Talks found among blocks, with the blocks before the first of them. */
export interface ItemSplit {
  preamble: Block[];
  talks: ParsedTalk[];
  /** How the items were told apart: timestamps are certain, speaker-naming items and topic bullets less so. */
  by: 'timestamps' | 'agenda' | 'topics';
}

export type ListBlock = Extract<Block, { kind: 'list' }>;

/** Talks being collected in document order: blocks before the first talk are its preamble, the rest belong to the talk before them. */
export function collector(): {
  preamble: Block[];
  talks: ParsedTalk[];
  push: (block: Block) => void;
} {
  const preamble: Block[] = [];
  const talks: ParsedTalk[] = [];
  const push = (block: Block) => {
    if (talks.length === 0) preamble.push(block);
    else talks[talks.length - 1].blocks.push(block);
  };
  return { preamble, talks, push };
}

/** The text of an item's (or a block's) first line: its leading paragraph. */
export function leadText(blocks: Block[]): string {
  const first = blocks[0];
  if (!first) return '';
  if (first.kind === 'paragraph' || first.kind === 'heading') return inlineText(first.content);
  return '';
}

export function titleOf(text: string): string {
  const firstLine = text.split('\n')[0];
  const clean = cleanTalkTitle(withoutTrailingTimestamp(firstLine));
  return clean.length > 120 ? cutTitle(clean, 100) : clean;
}

interface Unit {
  title: string;
  speakers: Speaker[];
  blocks: Block[];
}

/** Splits blocks on the units `isStart` marks (list items are looked at one by one); undefined when fewer than `min` start. */
export function splitOn(
  blocks: Block[],
  isStart: (text: string) => boolean,
  min: number,
  makeTitle: (text: string, rest: Block[]) => { title: string; speakers: Speaker[] },
): ItemSplit | undefined {
  const preamble: Block[] = [];
  const units: Unit[] = [];
  const push = (block: Block) => {
    if (units.length === 0) preamble.push(block);
    else units[units.length - 1].blocks.push(block);
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'list') {
      let rest: Block[][] = [];
      const flush = () => {
        if (rest.length > 0) push({ ...block, items: rest } as ListBlock);
        rest = [];
      };
      for (const item of block.items) {
        const text = leadText(item);
        if (text && isStart(text)) {
          flush();
          units.push({ ...makeTitle(text, item.slice(1)), blocks: [...item] });
        } else rest.push(item);
      }
      flush();
      continue;
    }
    const text = block.kind === 'paragraph' ? inlineText(block.content) : '';
    if (text && isStart(text)) {
      // a bare timestamp line names its topic in the block that follows
      const bare = titleOf(text) === '' && blocks[i + 1] !== undefined;
      const next = bare ? blocks[i + 1] : undefined;
      const nextText = next
        ? next.kind === 'list'
          ? leadText(next.items[0] ?? [])
          : next.kind === 'paragraph'
            ? inlineText(next.content)
            : ''
        : '';
      units.push({ ...makeTitle(bare ? nextText : text, []), blocks: [block] });
      continue;
    }
    push(block);
  }
  if (units.filter((u) => u.title).length < min) return undefined;
  return {
    by: 'timestamps',
    preamble,
    talks: units.map((u) => ({
      title: u.title || 'Untitled',
      speakers: u.speakers,
      blocks: u.blocks,
    })),
  };
}

/** The lines of a paragraph's inline content, split at hard and soft breaks. */
export function inlineLines(content: Inline[]): Inline[][] {
  const lines: Inline[][] = [[]];
  for (const node of content) {
    if (node.kind === 'break') lines.push([]);
    else if (node.kind === 'text' && node.text.includes('\n')) {
      const parts = node.text.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) lines.push([]);
        if (part) lines[lines.length - 1].push({ kind: 'text', text: part });
      });
    } else {
      // links side by side with only white space between are separate lines (soft breaks folded)
      const line = lines[lines.length - 1];
      const before = line.filter((n) => !(n.kind === 'text' && !n.text.trim()));
      if (node.kind === 'link' && before.length > 0 && before[before.length - 1].kind === 'link')
        lines.push([node]);
      else line.push(node);
    }
  }
  return lines.filter((line) => inlineText(line).trim() !== '');
}
