/** marked block tokens → Block[]: headings clamped to 2..4, nested lists, quotes, code, tables, HTML reduced. */
import type { MarkedToken, Token, Tokens } from 'marked';
import type { Block } from '../../shared/types';
import { htmlToBlocks } from './html-blocks';
import { phrasingToInlines } from './inlines';

/** Heading depth 1..6 as a Block heading level: the page title is level 1, so bodies use 2..4. */
export function clampHeading(depth: number): 2 | 3 | 4 {
  return Math.min(4, Math.max(2, depth)) as 2 | 3 | 4;
}

/** The paragraph of some inline tokens, or nothing when they hold no text. */
function paragraph(tokens: Token[]): Block[] {
  const content = phrasingToInlines(tokens);
  return content.length > 0 ? [{ kind: 'paragraph', content }] : [];
}

/** The blocks of a list item; a tight task item's box sits before its text, not inside it. */
function itemBlocks(item: Tokens.ListItem): Block[] {
  const [first, second, ...rest] = item.tokens;
  if (first?.type === 'checkbox' && second?.type === 'text' && second.tokens)
    return [...paragraph([first, ...second.tokens]), ...nodesToBlocks(rest)];
  return nodesToBlocks(item.tokens);
}

/** The blocks of one token (zero or more: definitions and blank lines vanish, HTML may give several). */
function tokenToBlocks(token: Token): Block[] {
  const t = token as MarkedToken;
  switch (t.type) {
    case 'heading': {
      const content = phrasingToInlines(t.tokens);
      return content.length > 0 ? [{ kind: 'heading', level: clampHeading(t.depth), content }] : [];
    }
    case 'paragraph':
      return paragraph(t.tokens);
    case 'text':
      // the text of a tight list item: a paragraph in all but name
      return paragraph(t.tokens ?? [{ type: 'text', raw: t.raw, text: t.text }]);
    case 'list': {
      const items = t.items.map(itemBlocks);
      const list: Block = { kind: 'list', ordered: t.ordered, items };
      if (t.ordered && typeof t.start === 'number' && t.start !== 1) list.start = t.start;
      return [list];
    }
    case 'blockquote': {
      const blocks = nodesToBlocks(t.tokens);
      return blocks.length > 0 ? [{ kind: 'quote', blocks }] : [];
    }
    case 'code': {
      // the info string's first word names the language, as CommonMark renders it
      const language = /^\S*/.exec(t.lang?.trim() ?? '')?.[0];
      // marked keeps the line ending before a closing fence that follows a blank line
      const text = t.text.replace(/\n$/, '');
      return [{ kind: 'code', text, ...(language ? { language } : {}) }];
    }
    case 'table': {
      const head = t.header.map((cell) => phrasingToInlines(cell.tokens));
      const rows = t.rows.map((row) => row.map((cell) => phrasingToInlines(cell.tokens)));
      return [{ kind: 'table', head, rows }];
    }
    case 'hr':
      return [{ kind: 'rule' }];
    case 'html':
      return htmlToBlocks(t.text);
    default:
      return [];
  }
}

/** Blocks of a sequence of block tokens, in order. */
export function nodesToBlocks(tokens: Token[]): Block[] {
  const out: Block[] = [];
  for (const token of tokens) out.push(...tokenToBlocks(token));
  return out;
}
