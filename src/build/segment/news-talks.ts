/** News digests (podcast show notes): link headlines, and list items that are one news item, found inside grouping bullets. */
import { inlineText } from '../../shared/blocks-text';
import type { Block, Inline } from '../../shared/types';
import { cutTitle } from '../readers/cut-title';
import { collector, inlineLines, type ItemSplit, type ListBlock } from './item-split';

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
