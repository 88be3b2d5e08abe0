/**
 * Talks that are not headings: timestamped topics of podcast notes, agenda items and lines that
 * name a speaker (`1. Name - Topic`, `"Title" - Speaker`, Chinese 《title》 lines), and the topic
 * bullets of an episode's notes. Blocks between two items stay with the item before them.
 */
import type { Block, Speaker } from '../../shared/types';
import {
  collector,
  inlineLines,
  leadText,
  splitOn,
  titleOf,
  type ItemSplit,
  type ListBlock,
} from './item-split';
import { chineseTalkLine, markedSpeakers, splitTitleSpeakers } from './speakers';
import { cleanTalkTitle, endsWithTimestamp, leadingTimestamp } from './talk-title';
import { inlineText } from '../../shared/blocks-text';

export type { ItemSplit } from './item-split';
export { newsTalks } from './news-talks';
export { boldItemTalks, numberedParagraphTalks, titledListTalks } from './minutes-talks';

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
  if (parts.length === 1 && parts[0].kind === 'link') return true;
  // "[Fastly](https://www.fastly.com): Our content delivery network": a reference and its gloss
  if (parts[0]?.kind !== 'link' || parts.slice(1).some((n) => n.kind === 'link')) return false;
  const gloss = inlineText(parts.slice(1)).trim();
  return /^[:：–—-]\s*\S/u.test(gloss) && gloss.length <= 120;
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
