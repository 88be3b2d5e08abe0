/**
 * Talks that are not headings: timestamped topics of podcast notes (list items or paragraphs),
 * agenda items that name a speaker (`1. Name - Topic`, `* Topic (Name)`), and the topic bullets
 * of a podcast episode's notes. Blocks between two such items stay with the item before them.
 */
import { inlineText } from '../../shared/blocks-text';
import type { Block, Inline, Speaker } from '../../shared/types';
import type { ParsedTalk } from '../model';
import { cutTitle } from '../readers/cut-title';
import { chineseTalkLine, markedSpeakers, splitTitleSpeakers } from './speakers';
import {
  cleanTalkTitle,
  endsWithTimestamp,
  leadingTimestamp,
  withoutTrailingTimestamp,
} from './talk-title';

/** Talks found among blocks, with the blocks before the first of them. */
export interface ItemSplit {
  preamble: Block[];
  talks: ParsedTalk[];
  /** How the items were told apart: timestamps are certain, speaker-naming items and topic bullets less so. */
  by: 'timestamps' | 'agenda' | 'topics';
}

type ListBlock = Extract<Block, { kind: 'list' }>;

/** Talks being collected in document order: blocks before the first talk are its preamble, the rest belong to the talk before them. */
function collector(): { preamble: Block[]; talks: ParsedTalk[]; push: (block: Block) => void } {
  const preamble: Block[] = [];
  const talks: ParsedTalk[] = [];
  const push = (block: Block) => {
    if (talks.length === 0) preamble.push(block);
    else talks[talks.length - 1].blocks.push(block);
  };
  return { preamble, talks, push };
}

/** The text of an item's (or a block's) first line: its leading paragraph. */
function leadText(blocks: Block[]): string {
  const first = blocks[0];
  if (!first) return '';
  if (first.kind === 'paragraph' || first.kind === 'heading') return inlineText(first.content);
  return '';
}

function titleOf(text: string): string {
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
  leadingTimestamp(text) !== undefined || endsWithTimestamp(text.split('\n')[0]);

/** Topics opened (or closed) by a timestamp, at least three; undefined otherwise. */
export function timestampTalks(blocks: Block[]): ItemSplit | undefined {
  return splitOn(blocks, hasTimestamp, 3, (text) => ({ title: titleOf(text), speakers: [] }));
}

function readItemTitle(text: string, rest: Block[]): { title: string; speakers: Speaker[] } {
  const split = splitTitleSpeakers(cleanTalkTitle(text.split('\n')[0]));
  if (split.speakers.length > 0) return { title: titleOf(split.title), speakers: split.speakers };
  const marked = markedSpeakers(leadText(rest));
  return { title: titleOf(text), speakers: marked ?? [] };
}

/** Agenda items that name their speaker (`Name - Topic`, `Topic (Name)`), most of a list's items; undefined otherwise. */
export function agendaTalks(blocks: Block[]): ItemSplit | undefined {
  const lists = blocks.filter((b): b is ListBlock => b.kind === 'list');
  if (lists.length === 0) return undefined;
  // each item is read once, however many times the rules below ask
  const memo = new Map<Block[], { title: string; speakers: Speaker[] }>();
  const speakerTitle = (item: Block[]) => {
    let read = memo.get(item);
    if (!read) memo.set(item, (read = readItemTitle(leadText(item), item.slice(1))));
    return read;
  };
  for (const list of lists) {
    const named = list.items.filter((item) => speakerTitle(item).speakers.length > 0).length;
    if (named >= 2 && named * 2 >= list.items.length) {
      const at = blocks.indexOf(list);
      return {
        by: 'agenda',
        preamble: blocks.slice(0, at),
        talks: [
          ...list.items.map((item) => ({
            ...speakerTitle(item),
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
  // an agenda whose items were cut into one-item lists by what is between them (indented notes)
  const items = lists.flatMap((list) => list.items);
  const named = items.filter((item) => speakerTitle(item).speakers.length > 0);
  if (lists.length < 2 || named.length < 2 || named.length * 2 < items.length) return undefined;
  const starts = new Set(named.map((item) => leadText(item)));
  const split = splitOn(blocks, (text) => starts.has(text), 2, readItemTitle);
  return split ? { ...split, by: 'agenda' } : undefined;
}

/** Whether a list item is only a link (no other words, no sub-items): a reference. */
function isBareLink(item: Block[]): boolean {
  if (item.length !== 1 || item[0].kind !== 'paragraph') return false;
  const parts = item[0].content.filter((n) => !(n.kind === 'text' && !n.text.trim()));
  return parts.length === 1 && parts[0].kind === 'link';
}

/** The top-level bullets of a topic list that is most of the blocks (a podcast's notes), at least three; `titled` when a heading such as "Show notes" stands over it. */
export function topicListTalks(blocks: Block[], underHeading = true): ItemSplit | undefined {
  const lists = blocks.filter((b): b is ListBlock => b.kind === 'list');
  const list = lists.sort((a, b) => b.items.length - a.items.length)[0];
  if (!list || list.items.length < 3) return undefined;
  const titled = list.items.filter((item) => leadText(item).trim() !== '');
  if (titled.length * 4 < list.items.length * 3) return undefined;
  // a list of bare links with no heading over it is the episode's references, not its topics
  const bareLinks = list.items.filter((item) => isBareLink(item)).length;
  if (!underHeading && bareLinks * 2 >= list.items.length) return undefined;
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

/** The lines of a paragraph's inline content, split at hard and soft breaks. */
function inlineLines(content: Inline[]): Inline[][] {
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

/** The headline of a news line: the text of the link it opens with, when that reads as a title (not a bare URL). */
function headline(line: Inline[]): string | undefined {
  const first = line.find((n) => !(n.kind === 'text' && !n.text.trim()));
  const link =
    first?.kind === 'link'
      ? first
      : first?.kind === 'strong' && first.children[0]?.kind === 'link'
        ? first.children[0]
        : undefined;
  if (!link) return undefined;
  const text = inlineText(link.children).trim();
  // a bare address or a @handle (the show's hosts) is not a headline
  if (text.length < 6 || /^(?:https?:\/\/|www\.|@)/i.test(text)) return undefined;
  return text;
}

const BARE_URL = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;

/**
 * Whether a list item is one news item: it opens with a link headline and goes on with commentary,
 * or with a short title whose first sub-item is a bare URL. A bare link bullet is a reference of the
 * topic above it (`# Topic` + links), not an item of its own.
 */
function newsItemTitle(item: Block[]): string | undefined {
  const lead = item[0];
  if (lead?.kind !== 'paragraph') return undefined;
  const fromLink = headline(lead.content);
  if (fromLink) return item.length > 1 ? fromLink : undefined;
  const sub = item.find((b): b is ListBlock => b.kind === 'list');
  const firstSub = sub?.items[0]?.[0];
  const text = inlineText(lead.content).trim();
  if (
    firstSub?.kind === 'paragraph' &&
    BARE_URL.test(inlineText(firstSub.content)) &&
    text &&
    !BARE_URL.test(text)
  )
    return text.length > 120 ? cutTitle(text, 100) : text;
  return undefined;
}

/**
 * News digests (podcast show notes): each line that opens with a link headline, and each list
 * item that is one news item (searched inside grouping bullets such as "Updates"), at least three.
 */
export function newsTalks(blocks: Block[], min = 3): ItemSplit | undefined {
  const { preamble, talks, push } = collector();
  const fromItems = (items: Block[][], ordered: boolean, depth: number) => {
    for (const item of items) {
      const title = newsItemTitle(item);
      if (title)
        talks.push({ title, speakers: [], blocks: [{ kind: 'list', ordered, items: [item] }] });
      else {
        const nested = depth < 3 ? item.filter((b): b is ListBlock => b.kind === 'list') : [];
        const found = talks.length;
        for (const list of nested) fromItems(list.items, list.ordered, depth + 1);
        if (talks.length === found) push({ kind: 'list', ordered, items: [item] });
      }
    }
  };
  for (const block of blocks) {
    if (block.kind === 'list') fromItems(block.items, block.ordered, 0);
    else if (block.kind === 'paragraph') {
      const lines = inlineLines(block.content);
      if (!lines.some((line) => headline(line))) {
        push(block);
        continue;
      }
      for (const line of lines) {
        const title = headline(line);
        if (title)
          talks.push({ title, speakers: [], blocks: [{ kind: 'paragraph', content: line }] });
        else push({ kind: 'paragraph', content: line });
      }
    } else push(block);
  }
  return talks.length >= min ? { by: 'topics', preamble, talks } : undefined;
}

/** The bold title a list item opens with (`* **Venta de remeras.**` then its notes), or undefined. */
function boldLead(item: Block[]): string | undefined {
  const lead = item[0];
  if (lead?.kind !== 'paragraph') return undefined;
  const parts = lead.content.filter((n) => !(n.kind === 'text' && !n.text.trim()));
  if (parts.length === 0 || parts[0].kind !== 'strong') return undefined;
  // mostly bold: "**Sorteo de** *merchandising* **oficial**" still is
  const bold = parts.filter((n) => n.kind === 'strong' || n.kind === 'emphasis');
  if (bold.length !== parts.length) return undefined;
  const text = inlineText(lead.content).replace(/\s+/g, ' ').trim();
  return text.length >= 3 && text.length <= 150 ? text.replace(/[.:：]$/u, '') : undefined;
}

/** List items (at any of three depths) that open with a bold title, or a short title followed by prose, and go on with notes; at least two: the topics of minutes. */
export function boldItemTalks(blocks: Block[]): ItemSplit | undefined {
  const { preamble, talks, push } = collector();
  const fromItems = (items: Block[][], ordered: boolean, depth: number) => {
    for (const item of items) {
      // a bold lead, or a short lead followed by prose of its own (the minutes of one agenda item)
      const prose = item.slice(1).some((b) => b.kind === 'paragraph' || b.kind === 'quote');
      const lead = item[0]?.kind === 'paragraph' ? inlineText(item[0].content).trim() : '';
      const title =
        boldLead(item) ??
        (prose && lead.length <= 150 && !/[:：]$/u.test(lead) ? cleanTalkTitle(lead) : undefined);
      if (title && item.length > 1) {
        talks.push({ title, speakers: [], blocks: item.slice(1) });
        continue;
      }
      const nested = depth < 3 ? item.filter((b): b is ListBlock => b.kind === 'list') : [];
      const before = talks.length;
      if (nested.length > 0) {
        const others = item.filter((b) => b.kind !== 'list');
        others.forEach(push);
        for (const list of nested) fromItems(list.items, list.ordered, depth + 1);
      }
      if (talks.length === before && nested.length === 0)
        push({ kind: 'list', ordered, items: [item] });
    }
  };
  for (const block of blocks) {
    if (block.kind === 'list') fromItems(block.items, block.ordered, 0);
    else push(block);
  }
  return talks.length >= 2 ? { by: 'topics', preamble, talks } : undefined;
}

/** A short line standing alone as a paragraph: a title, not a sentence (no full stop, no colon). */
function isTitleLine(block: Block): string | undefined {
  if (block.kind !== 'paragraph') return undefined;
  const text = inlineText(block.content).replace(/\s+/g, ' ').trim();
  if (text.length < 3 || text.length > 100 || /[.!?:：。]$/u.test(text) || text.includes('\n'))
    return undefined;
  return text;
}

/** Short title lines each followed by a list of notes, at least three in a row: topics of plain minutes. */
export function titledListTalks(blocks: Block[]): ItemSplit | undefined {
  const preamble: Block[] = [];
  const talks: ParsedTalk[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const title = isTitleLine(blocks[i]);
    if (title && blocks[i + 1]?.kind === 'list') {
      talks.push({ title, speakers: [], blocks: [blocks[i + 1]] });
      i++;
    } else if (talks.length === 0) preamble.push(blocks[i]);
    else talks[talks.length - 1].blocks.push(blocks[i]);
  }
  return talks.length >= 3 ? { by: 'topics', preamble, talks } : undefined;
}

/** Lines inside paragraphs that read `"Title" - Speaker` (a talk per line, its link on the next), at least three. */
export function speakerLineTalks(blocks: Block[]): ItemSplit | undefined {
  const { preamble, talks, push } = collector();
  for (const block of blocks) {
    if (block.kind !== 'paragraph') {
      push(block);
      continue;
    }
    for (const line of inlineLines(block.content)) {
      const text = inlineText(line).replace(/\s+/g, ' ').trim();
      // a Chinese recap names its talks in prose: 《title》 after the speaker and a verb
      const cjk = chineseTalkLine(text);
      const split =
        cjk ?? (text.length <= 160 ? splitTitleSpeakers(cleanTalkTitle(text)) : undefined);
      // a line that is only a person and a handle lists a host, not a talk
      const words = split?.title.replace(/@[\w.-]+|https?:\/\/\S+/g, '').trim() ?? '';
      if (split && (split.speakers.length > 0 || cjk) && /[\p{L}\p{N}]{2}/u.test(words))
        talks.push({
          title: titleOf(split.title),
          speakers: split.speakers,
          blocks: [{ kind: 'paragraph', content: line }],
        });
      else push({ kind: 'paragraph', content: line });
    }
  }
  return talks.length >= 2 ? { by: 'agenda', preamble, talks } : undefined;
}

const NUMBERED = /^\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|#\d{1,3}\b|\d{1,3}[.)])\s*/u;

/** Paragraphs that open with an item number (`[4] Logo de la Asociación. Pendiente…`): the items of minutes, titled by their first sentence. */
export function numberedParagraphTalks(blocks: Block[], min = 2): ItemSplit | undefined {
  const preamble: Block[] = [];
  const talks: ParsedTalk[] = [];
  for (const block of blocks) {
    const text = block.kind === 'paragraph' ? inlineText(block.content).trim() : '';
    if (text && NUMBERED.test(text)) {
      const rest = text.replace(NUMBERED, '');
      const sentence = /^(.{3,120}?)[.:;!?](?:\s|$)/u.exec(rest)?.[1] ?? cutTitle(rest, 100);
      talks.push({ title: sentence.trim(), speakers: [], blocks: [block] });
    } else if (talks.length === 0) preamble.push(block);
    else talks[talks.length - 1].blocks.push(block);
  }
  return talks.length >= min ? { by: 'topics', preamble, talks } : undefined;
}
