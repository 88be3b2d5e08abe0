/**
 * Talks that are not headings: timestamped topics of podcast notes (list items or paragraphs),
 * agenda items that name a speaker (`1. Name - Topic`, `* Topic (Name)`), and the topic bullets
 * of a podcast episode's notes. Blocks between two such items stay with the item before them.
 */
import { inlineText } from '../../shared/blocks-text';
import type { Block, Speaker } from '../../shared/types';
import type { ParsedTalk } from '../model';
import { cutTitle } from '../readers/cut-title';
import { markedSpeakers, splitTitleSpeakers } from './speakers';
import { cleanTalkTitle, leadingTimestamp, TRAILING_TIMESTAMP } from './talk-title';

/** Talks found among blocks, with the blocks before the first of them. */
export interface ItemSplit {
  preamble: Block[];
  talks: ParsedTalk[];
  /** How the items were told apart: timestamps are certain, speaker-naming items and topic bullets less so. */
  by: 'timestamps' | 'agenda' | 'topics';
}

type ListBlock = Extract<Block, { kind: 'list' }>;

/** The text of an item's (or a block's) first line: its leading paragraph. */
function leadText(blocks: Block[]): string {
  const first = blocks[0];
  if (!first) return '';
  if (first.kind === 'paragraph' || first.kind === 'heading') return inlineText(first.content);
  return '';
}

function titleOf(text: string): string {
  const firstLine = text.split('\n')[0];
  const clean = cleanTalkTitle(firstLine.replace(TRAILING_TIMESTAMP, ''));
  return clean.length > 120 ? cutTitle(clean, 100) : clean;
}

interface Unit {
  title: string;
  speakers: Speaker[];
  blocks: Block[];
}

/** Splits blocks on the units `isStart` marks (list items are looked at one by one); undefined when fewer than `min` start. */
function splitOn(
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

const hasTimestamp = (text: string) =>
  leadingTimestamp(text) !== undefined || TRAILING_TIMESTAMP.test(text.split('\n')[0]);

/** Topics opened (or closed) by a timestamp, at least three; undefined otherwise. */
export function timestampTalks(blocks: Block[]): ItemSplit | undefined {
  return splitOn(blocks, hasTimestamp, 3, (text) => ({ title: titleOf(text), speakers: [] }));
}

function speakerTitle(text: string, rest: Block[]): { title: string; speakers: Speaker[] } {
  const split = splitTitleSpeakers(cleanTalkTitle(text.split('\n')[0]));
  if (split.speakers.length > 0) return { title: titleOf(split.title), speakers: split.speakers };
  const marked = markedSpeakers(leadText(rest));
  return { title: titleOf(text), speakers: marked ?? [] };
}

/** Agenda items that name their speaker (`Name - Topic`, `Topic (Name)`), most of a list's items; undefined otherwise. */
export function agendaTalks(blocks: Block[]): ItemSplit | undefined {
  const lists = blocks.filter((b): b is ListBlock => b.kind === 'list');
  for (const list of lists) {
    const named = list.items.filter(
      (item) => speakerTitle(leadText(item), item.slice(1)).speakers.length > 0,
    ).length;
    if (named >= 2 && named * 2 >= list.items.length) {
      const at = blocks.indexOf(list);
      return {
        by: 'agenda',
        preamble: blocks.slice(0, at),
        talks: [
          ...list.items.map((item) => ({
            ...speakerTitle(leadText(item), item.slice(1)),
            blocks: item,
          })),
        ].map((talk, k, all) =>
          // what follows the list belongs to its last item
          k === all.length - 1
            ? { ...talk, blocks: [...talk.blocks, ...blocks.slice(at + 1)] }
            : talk,
        ),
      };
    }
  }
  return undefined;
}

/** The top-level bullets of a topic list that is most of the blocks (a podcast's notes), at least three. */
export function topicListTalks(blocks: Block[]): ItemSplit | undefined {
  const lists = blocks.filter((b): b is ListBlock => b.kind === 'list');
  const list = lists.sort((a, b) => b.items.length - a.items.length)[0];
  if (!list || list.items.length < 3) return undefined;
  const titled = list.items.filter((item) => leadText(item).trim() !== '');
  if (titled.length * 4 < list.items.length * 3) return undefined;
  const at = blocks.indexOf(list);
  return {
    by: 'topics',
    preamble: blocks.slice(0, at),
    talks: list.items.map((item, k) => ({
      title: titleOf(leadText(item)) || 'Untitled',
      speakers: [],
      blocks: k === list.items.length - 1 ? [...item, ...blocks.slice(at + 1)] : item,
    })),
  };
}
