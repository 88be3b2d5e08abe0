/** Turns what readers parsed into the records the app stores: ids, slugs, languages, reading times, links. */
import { blocksText } from '../shared/blocks-text';
import type { Block, EventRecord, Inline, TalkRecord } from '../shared/types';
import { detectLanguage, rankLanguages } from './detect-language';
import type { ParsedDocument } from './model';
import { readingMinutes } from './reading-time';
import { talkSlugs } from './slug';

/** One event record and its talk records, for a parsed document given its event slug and source path. */
export function finalizeDocument(
  doc: ParsedDocument,
  eventId: string,
  source: string,
): { event: EventRecord; talks: TalkRecord[] } {
  const slugs = talkSlugs(doc.talks.map((talk) => talk.title));
  const talks: TalkRecord[] = doc.talks.map((talk, index) => {
    const text = `${talk.title}\n${blocksText(talk.blocks)}`;
    return {
      id: `${eventId}/${slugs[index]}`,
      slug: slugs[index],
      eventId,
      index,
      title: talk.title,
      speakers: talk.speakers,
      language: detectLanguage(text),
      readingMinutes: readingMinutes(text),
      links: collectLinks(talk.blocks),
      blocks: talk.blocks,
    };
  });
  const event: EventRecord = {
    id: eventId,
    title: doc.title,
    ...(doc.date ? { date: doc.date } : {}),
    tags: doc.tags,
    ...(doc.author ? { author: doc.author } : {}),
    kind: doc.kind,
    description: doc.description,
    source,
    talkIds: talks.map((talk) => talk.id),
    ...(talks.length === 1 ? { single: true as const } : {}),
    languages: rankLanguages(talks.map((talk) => talk.language)),
  };
  return { event, talks };
}

/** Every link href in blocks, in order, without duplicates. */
export function collectLinks(blocks: Block[]): string[] {
  const links = new Set<string>();
  const fromInlines = (content: Inline[]) => {
    for (const node of content) {
      if (node.kind === 'link') links.add(node.href);
      if ('children' in node) fromInlines(node.children);
    }
  };
  const fromBlocks = (list: Block[]) => {
    for (const block of list) {
      if (block.kind === 'heading' || block.kind === 'paragraph') fromInlines(block.content);
      else if (block.kind === 'list') block.items.forEach(fromBlocks);
      else if (block.kind === 'quote') fromBlocks(block.blocks);
      else if (block.kind === 'table')
        [block.head, ...block.rows].forEach((row) => row.forEach(fromInlines));
    }
  };
  fromBlocks(blocks);
  return [...links];
}

/** True when a parsed document has at least one talk with some text: the bar for becoming an event. */
export function hasReadableText(doc: ParsedDocument): boolean {
  return doc.talks.some(
    (talk) => talk.title.trim() !== '' || blocksText(talk.blocks).trim() !== '',
  );
}
