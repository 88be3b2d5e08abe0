/** Plain-text paragraphs and bullet lines as blocks, with bare URLs as links. */
import type { Block } from '../../shared/types';
import { textToInlines } from '../../shared/inline';

const BULLET = /^\s*(?:[-*•‣◦▪]|(\d{1,3})[.)])\s+(.*)$/u;

/** A paragraph block of `text` with its URLs linked. */
export function paragraph(text: string): Block {
  return { kind: 'paragraph', content: textToInlines(text) };
}

/** A heading block of `text`. */
export function heading(text: string, level: 2 | 3 | 4 = 2): Block {
  return { kind: 'heading', level, content: textToInlines(text) };
}

/** Blocks of one blank-line-separated chunk: bullet lines become a list, other lines one paragraph. */
function chunkBlocks(lines: string[]): Block[] {
  const out: Block[] = [];
  let prose: string[] = [];
  let list: { ordered: boolean; start?: number; items: Block[][] } | undefined;
  const flushProse = () => {
    if (prose.length) out.push(paragraph(prose.join(' ')));
    prose = [];
  };
  const flushList = () => {
    if (list) out.push({ kind: 'list', ...list });
    list = undefined;
  };
  for (const line of lines) {
    const bullet = BULLET.exec(line);
    if (bullet) {
      flushProse();
      const ordered = bullet[1] !== undefined;
      if (!list || list.ordered !== ordered) {
        flushList();
        list = ordered ? { ordered, start: Number(bullet[1]), items: [] } : { ordered, items: [] };
      }
      list.items.push([paragraph(bullet[2].trim())]);
    } else if (list && /^\s{2,}\S/.test(line)) {
      // an indented line continues the list item above it
      const item = list.items[list.items.length - 1];
      item.push(paragraph(line.trim()));
    } else {
      flushList();
      prose.push(line.trim());
    }
  }
  flushProse();
  flushList();
  return out;
}

/** Blocks of plain text: paragraphs split on blank lines, bullet-looking lines as lists. */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    if (lines.length) blocks.push(...chunkBlocks(lines));
  }
  return blocks;
}
