/**
 * The htmlparser2 handler behind htmlToBlocks and htmlToOutline: paragraphs, headings, lists,
 * quotes, tables, code and rules, with links and images through the same rules as markdown.
 * Lists and quotes nest at most MAX_BLOCK_DEPTH deep; deeper ones are flattened into the innermost
 * kept container (their items become paragraphs there), so no later walk recurses without bound.
 */
import type { OutlineBlock } from '../outline';
import type { Block, Inline } from '../../shared/types';
import { applyInlineTag, type HiddenDepth } from './html-inline';
import { InlineBuilder } from './inline-builder';

/** How deep lists and quotes may nest in the blocks a sink produces. */
export const MAX_BLOCK_DEPTH = 64;

/** The parser callbacks a sink answers; a page reader may replay filtered events into one. */
export interface HtmlEvents {
  onopentag(name: string, attrs: Record<string, string>): void;
  onclosetag(name: string, implied: boolean): void;
  ontext(text: string): void;
}

type ListBlock = Extract<Block, { kind: 'list' }>;

interface Container {
  kind: 'root' | 'quote' | 'item' | 'list';
  /** Only the root may hold outline headings (levels 1..6); nested containers hold Blocks. */
  blocks: OutlineBlock[];
  list?: ListBlock;
}

interface TableState {
  head: Inline[][];
  rows: Inline[][][];
  row: Inline[][];
  rowIsHead: boolean;
}

const PARAGRAPH_BREAKERS = new Set([
  'p',
  'div',
  'center',
  'section',
  'article',
  'figure',
  'figcaption',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'dl',
  'dt',
  'dd',
  'details',
  'summary',
  'caption',
  'address',
  'form',
  'fieldset',
]);
const HEADING = /^h([1-6])$/;

function languageOf(className: string | undefined): string | undefined {
  return /(?:^|\s)(?:language|lang)-([\w+#-]+)/.exec(className ?? '')?.[1];
}

/**
 * Collects the blocks of one HTML document or fragment. With `outline`, headings directly in the
 * body keep their source level (h1 → 1 … h6 → 6); otherwise, and always inside lists and quotes,
 * they are clamped to 2..4 as talk blocks.
 */
export class HtmlBlockSink implements HtmlEvents {
  private readonly root: Container = { kind: 'root', blocks: [] };
  private stack: Container[] = [this.root];
  private inline = new InlineBuilder();
  private hidden: HiddenDepth = { depth: 0 };
  private heading?: 1 | 2 | 3 | 4 | 5 | 6;
  private pre?: { text: string; language?: string };
  private table?: TableState;
  /** Lists, quotes and items opened past MAX_BLOCK_DEPTH, whose closes must only flush. */
  private flattened = { list: 0, quote: 0, item: 0 };
  /** Lists and quotes on the stack. */
  private depth = 0;
  private wasFlattened = false;

  constructor(private readonly outline = false) {}

  private get top(): Container {
    return this.stack[this.stack.length - 1]!;
  }

  /** The container paragraphs go into, opening an implicit item when text sits directly in a list. */
  private target(): OutlineBlock[] {
    if (this.top.kind === 'list') this.openContainer('item');
    return this.top.blocks;
  }

  private flush(): void {
    if (this.inline.isEmpty()) {
      this.inline.take();
      return;
    }
    const content = this.inline.take();
    if (this.table) this.table.row.push(content);
    else if (this.heading) {
      const into = this.target();
      const level =
        this.outline && this.top === this.root
          ? this.heading
          : (Math.min(4, Math.max(2, this.heading)) as 2 | 3 | 4);
      into.push({ kind: 'heading', level, content });
    } else this.target().push({ kind: 'paragraph', content });
  }

  private openContainer(kind: Container['kind'], list?: ListBlock): void {
    if (kind === 'list' || kind === 'quote') this.depth++;
    this.stack.push({ kind, blocks: [], list });
  }

  private closeContainer(kind: Container['kind']): void {
    const at = this.stack.findLastIndex((c) => c.kind === kind);
    if (at <= 0) return;
    this.flush();
    while (this.stack.length > at) {
      const done = this.stack.pop()!;
      // below the root every heading was clamped, so these are talk blocks
      const blocks = done.blocks as Block[];
      const parent = this.top;
      if (done.kind === 'item') {
        if (parent.list) parent.list.items.push(blocks);
      } else if (done.kind === 'list' && done.list) {
        this.depth--;
        if (done.list.items.length > 0) this.target().push(done.list);
      } else if (done.kind === 'quote') {
        this.depth--;
        if (blocks.length > 0) this.target().push({ kind: 'quote', blocks });
      }
    }
  }

  /** True (after flushing) when a list, quote or item would nest too deep and is flattened instead. */
  private flattens(kind: 'list' | 'quote' | 'item'): boolean {
    const inFlattened = this.flattened.list + this.flattened.quote + this.flattened.item > 0;
    const tooDeep =
      kind === 'item'
        ? this.top.kind !== 'list' && this.top.kind !== 'item' && this.depth >= MAX_BLOCK_DEPTH
        : this.depth >= MAX_BLOCK_DEPTH;
    if (!inFlattened && !tooDeep) return false;
    this.flush();
    this.flattened[kind]++;
    this.wasFlattened = true;
    return true;
  }

  /** True (after flushing) when this close ends a flattened list, quote or item. */
  private closesFlattened(kind: 'list' | 'quote' | 'item'): boolean {
    if (this.flattened[kind] === 0) return false;
    this.flush();
    this.flattened[kind]--;
    return true;
  }

  onopentag(name: string, attrs: Record<string, string>): void {
    const tag = { name, closing: false, attrs: new Map(Object.entries(attrs)) };
    if (this.hidden.depth > 0 || this.pre) {
      applyInlineTag(this.inline, tag, this.hidden);
      return;
    }
    const level = HEADING.exec(name);
    if (level) {
      this.flush();
      this.heading = Number(level[1]) as 1 | 2 | 3 | 4 | 5 | 6;
    } else if (PARAGRAPH_BREAKERS.has(name)) this.flush();
    else if (name === 'ul' || name === 'ol') {
      if (this.flattens('list')) return;
      this.flush();
      const start = Number(attrs.start);
      const list: ListBlock = { kind: 'list', ordered: name === 'ol', items: [] };
      if (name === 'ol' && Number.isInteger(start) && start !== 1) list.start = start;
      this.target();
      this.openContainer('list', list);
    } else if (name === 'li') {
      if (this.flattens('item')) return;
      this.flush();
      if (this.top.kind === 'item') this.closeContainer('item');
      if (this.top.kind !== 'list')
        this.openContainer('list', { kind: 'list', ordered: false, items: [] });
      this.openContainer('item');
    } else if (name === 'blockquote') {
      if (this.flattens('quote')) return;
      this.flush();
      this.target();
      this.openContainer('quote');
    } else if (name === 'pre') {
      this.flush();
      this.pre = { text: '', language: languageOf(attrs.class) };
    } else if (name === 'hr') {
      this.flush();
      this.target().push({ kind: 'rule' });
    } else if (name === 'table') {
      this.flush();
      this.table = { head: [], rows: [], row: [], rowIsHead: false };
    } else if (name === 'tr' && this.table) {
      this.table.row = [];
      this.table.rowIsHead = false;
    } else if ((name === 'td' || name === 'th') && this.table) {
      this.inline.take();
      if (name === 'th') this.table.rowIsHead = true;
    } else applyInlineTag(this.inline, tag, this.hidden);
  }

  onclosetag(name: string, implied: boolean): void {
    const tag = { name, closing: true, attrs: new Map<string, string>() };
    if (this.pre && name === 'pre') {
      const text = this.pre.text.replace(/^\n/, '').replace(/\s+$/, '');
      if (text)
        this.target().push({
          kind: 'code',
          text,
          ...(this.pre.language ? { language: this.pre.language } : {}),
        });
      this.pre = undefined;
      return;
    }
    if (this.hidden.depth > 0 || this.pre) {
      if (this.pre && name === 'code') return;
      applyInlineTag(this.inline, tag, this.hidden, implied);
      return;
    }
    if (HEADING.test(name)) {
      this.flush();
      this.heading = undefined;
    } else if (PARAGRAPH_BREAKERS.has(name)) this.flush();
    else if (name === 'ul' || name === 'ol') {
      if (!this.closesFlattened('list')) this.closeContainer('list');
    } else if (name === 'li') {
      if (!this.closesFlattened('item')) this.closeContainer('item');
    } else if (name === 'blockquote') {
      if (!this.closesFlattened('quote')) this.closeContainer('quote');
    } else if ((name === 'td' || name === 'th') && this.table)
      this.table.row.push(this.inline.take());
    else if (name === 'tr' && this.table) {
      const { row } = this.table;
      if (row.length > 0) {
        if (this.table.rowIsHead && this.table.head.length === 0 && this.table.rows.length === 0)
          this.table.head = row;
        else this.table.rows.push(row);
      }
      this.table.row = [];
    } else if (name === 'table' && this.table) {
      const { head, rows } = this.table;
      this.table = undefined;
      if (head.length > 0 || rows.length > 0) this.target().push({ kind: 'table', head, rows });
    } else applyInlineTag(this.inline, tag, this.hidden, implied);
  }

  ontext(text: string): void {
    if (this.pre) {
      if (this.hidden.depth === 0) this.pre.text += text;
      return;
    }
    if (this.hidden.depth > 0) return;
    this.inline.text(text.replace(/\s+/g, ' '));
  }

  /** True when some list, quote or inline mark nested too deep and was flattened. */
  get flattenedAny(): boolean {
    return this.wasFlattened || this.inline.wasFlattened;
  }

  /** The collected blocks, every open element closed; call once, after the last event. */
  finish(): OutlineBlock[] {
    this.flush();
    if (this.pre) this.onclosetag('pre', true);
    this.flush();
    while (this.stack.length > 1) this.closeContainer(this.top.kind);
    return this.root.blocks;
  }
}
