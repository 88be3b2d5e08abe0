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

/** Every link href in blocks, in order, without duplicates (walked with a stack: nesting depth never matters). */
export function collectLinks(blocks: Block[]): string[] {
  const links = new Set<string>();
  type Node = { block: Block } | { inline: Inline };
  const stack: Node[] = [...blocks].reverse().map((block) => ({ block }));
  const pushInlines = (content: Inline[]) => {
    for (let i = content.length - 1; i >= 0; i--) stack.push({ inline: content[i] });
  };
  while (stack.length > 0) {
    const next = stack.pop()!;
    if ('inline' in next) {
      const node = next.inline;
      if (node.kind === 'link') links.add(node.href);
      if ('children' in node) pushInlines(node.children);
      continue;
    }
    const block = next.block;
    if (block.kind === 'heading' || block.kind === 'paragraph') pushInlines(block.content);
    else if (block.kind === 'list')
      for (let i = block.items.length - 1; i >= 0; i--)
        for (let j = block.items[i].length - 1; j >= 0; j--)
          stack.push({ block: block.items[i][j] });
    else if (block.kind === 'quote')
      for (let i = block.blocks.length - 1; i >= 0; i--) stack.push({ block: block.blocks[i] });
    else if (block.kind === 'table') pushInlines([block.head, ...block.rows].flat(2));
  }
  return [...links];
}

/** True when a parsed document has at least one talk with some text: the bar for becoming an event. */
export function hasReadableText(doc: ParsedDocument): boolean {
  return doc.talks.some(
    (talk) => talk.title.trim() !== '' || blocksText(talk.blocks).trim() !== '',
  );
}
