/** The topics of meeting minutes written without headings: bold-titled bullets, title lines over bullets, numbered paragraphs. */
import { inlineText } from '../../shared/blocks-text';
import type { Block } from '../../shared/types';
import type { ParsedTalk } from '../model';
import { cutTitle } from '../readers/cut-title';
import { collector, type ItemSplit, type ListBlock } from './item-split';
import { cleanTalkTitle } from './talk-title';

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
