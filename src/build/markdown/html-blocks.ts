/**
 * Raw HTML (a markdown HTML block) reduced to safe blocks with htmlparser2: paragraphs, headings,
 * lists, quotes, tables, code, rules; links and images through the same rules as markdown.
 * Scripts, styles and embeds lose their content; comments vanish.
 */
import { Parser } from 'htmlparser2';
import type { Block, Inline } from '../../shared/types';
import { applyInlineTag, type HiddenDepth } from './html-inline';
import { InlineBuilder } from './inline-builder';

type ListBlock = Extract<Block, { kind: 'list' }>;

interface Container {
  kind: 'root' | 'quote' | 'item' | 'list';
  blocks: Block[];
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

/** Collects the blocks of one HTML fragment; see the module comment. */
class HtmlBlockSink {
  readonly root: Container = { kind: 'root', blocks: [] };
  private stack: Container[] = [this.root];
  private inline = new InlineBuilder();
  private hidden: HiddenDepth = { depth: 0 };
  private heading?: 2 | 3 | 4;
  private pre?: { text: string; language?: string };
  private table?: TableState;

  private get top(): Container {
    return this.stack[this.stack.length - 1]!;
  }

  /** The container paragraphs go into, opening an implicit item when text sits directly in a list. */
  private target(): Block[] {
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
    else if (this.heading) this.target().push({ kind: 'heading', level: this.heading, content });
    else this.target().push({ kind: 'paragraph', content });
  }

  private openContainer(kind: Container['kind'], list?: ListBlock): void {
    this.stack.push({ kind, blocks: [], list });
  }

  private closeContainer(kind: Container['kind']): void {
    const at = this.stack.findLastIndex((c) => c.kind === kind);
    if (at <= 0) return;
    this.flush();
    while (this.stack.length > at) {
      const done = this.stack.pop()!;
      const parent = this.top;
      if (done.kind === 'item') {
        if (parent.list) parent.list.items.push(done.blocks);
      } else if (done.kind === 'list' && done.list) {
        if (done.list.items.length > 0) this.target().push(done.list);
      } else if (done.kind === 'quote') {
        if (done.blocks.length > 0) this.target().push({ kind: 'quote', blocks: done.blocks });
      }
    }
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
      this.heading = Math.min(4, Math.max(2, Number(level[1]))) as 2 | 3 | 4;
    } else if (PARAGRAPH_BREAKERS.has(name)) this.flush();
    else if (name === 'ul' || name === 'ol') {
      this.flush();
      const start = Number(attrs.start);
      const list: ListBlock = { kind: 'list', ordered: name === 'ol', items: [] };
      if (name === 'ol' && Number.isInteger(start) && start !== 1) list.start = start;
      this.target();
      this.openContainer('list', list);
    } else if (name === 'li') {
      this.flush();
      if (this.top.kind === 'item') this.closeContainer('item');
      if (this.top.kind !== 'list')
        this.openContainer('list', { kind: 'list', ordered: false, items: [] });
      this.openContainer('item');
    } else if (name === 'blockquote') {
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
    else if (name === 'ul' || name === 'ol') this.closeContainer('list');
    else if (name === 'li') this.closeContainer('item');
    else if (name === 'blockquote') this.closeContainer('quote');
    else if ((name === 'td' || name === 'th') && this.table)
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

  finish(): Block[] {
    this.flush();
    if (this.pre) this.onclosetag('pre', true);
    this.flush();
    while (this.stack.length > 1) this.closeContainer(this.top.kind);
    return this.root.blocks;
  }
}

function languageOf(className: string | undefined): string | undefined {
  return /(?:^|\s)(?:language|lang)-([\w+#-]+)/.exec(className ?? '')?.[1];
}

/** Safe blocks of an HTML fragment (see module comment); empty when it holds nothing to show. */
export function htmlToBlocks(html: string): Block[] {
  const sink = new HtmlBlockSink();
  const parser = new Parser(
    {
      onopentag: (name, attrs) => sink.onopentag(name, attrs),
      onclosetag: (name, implied) => sink.onclosetag(name, implied),
      ontext: (text) => sink.ontext(text),
    },
    {
      decodeEntities: true,
      lowerCaseTags: true,
      lowerCaseAttributeNames: true,
      recognizeSelfClosing: true,
    },
  );
  parser.write(html);
  parser.end();
  return sink.finish();
}
