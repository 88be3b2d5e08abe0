/**
 * A talk's own headings as an outline: each top-level heading with a stable, unique id made from
 * its words, so any heading can be linked to (`#gc-pauses`) and listed in the contents.
 */
import { inlineText } from '../../shared/blocks-text';
import type { Block } from '../../shared/types';
import { plainWords } from '../format';

/** One heading of the talk. */
export interface OutlineEntry {
  id: string;
  level: 2 | 3 | 4;
  text: string;
}

/** The outline, and each heading block's id (for the renderer). */
export interface TalkOutline {
  entries: OutlineEntry[];
  ids: Map<Block, string>;
}

function idFor(text: string): string {
  return plainWords(text).slice(0, 8).join('-') || 'section';
}

/** The outline of a talk's top-level headings; ids are unique within the talk (`intro`, `intro-2`). */
export function talkOutline(blocks: readonly Block[]): TalkOutline {
  const entries: OutlineEntry[] = [];
  const ids = new Map<Block, string>();
  const used = new Map<string, number>();
  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    const text = inlineText(block.content).trim();
    if (!text) continue;
    const base = idFor(text);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const id = n === 1 ? base : `${base}-${n}`;
    ids.set(block, id);
    entries.push({ id, level: block.level, text });
  }
  return { entries, ids };
}
