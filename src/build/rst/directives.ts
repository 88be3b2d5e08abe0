/**
 * Directives as blocks: code, tables, images (as links), admonitions and quotes keep their text;
 * everything else (raw HTML, contents, roles, includes, math, embeds) is dropped.
 */
import { safeHref } from '../../shared/inline';
import type { Block } from '../../shared/types';
import type { BodyContext } from './context';
import { csvTable, listTable } from './csv-table';
import { dedentedText, type Line } from './lines';

/** A directive as written: lower-case name, argument, options and the lines of its content. */
export interface Directive {
  name: string;
  argument: string;
  options: Map<string, string>;
  content: Line[];
}

const CODE = new Set(['code', 'code-block', 'sourcecode']);
const ADMONITIONS = new Set([
  'note',
  'tip',
  'hint',
  'important',
  'warning',
  'caution',
  'attention',
  'danger',
  'error',
  'seealso',
  'todo',
]);
const QUOTES = new Set(['epigraph', 'highlights', 'pull-quote']);
const TITLED_QUOTES = new Set(['admonition', 'topic', 'sidebar']);
const CONTAINERS = new Set(['container', 'compound', 'class', 'only', 'ifconfig', 'table']);

/** Directives whose argument may run on over the lines before the options (a long URL, a note's first sentence). */
export function argumentRunsOn(name: string): boolean {
  return (
    ADMONITIONS.has(name) ||
    TITLED_QUOTES.has(name) ||
    ['image', 'figure', 'include', 'csv-table', 'list-table', 'table', 'rubric'].includes(name)
  );
}

/** The base indentation of content lines (their least indentation). */
function contentBase(content: Line[]): number {
  let min = Infinity;
  for (const line of content) if (line.text !== '' && line.indent < min) min = line.indent;
  return Number.isFinite(min) ? min : 0;
}

function contentBlocks(d: Directive, ctx: BodyContext): Block[] {
  return d.content.length > 0 ? ctx.nested(d.content, contentBase(d.content), 'quote') : [];
}

function titled(title: string, blocks: Block[], ctx: BodyContext): Block[] {
  const content = title ? ctx.inlines(title) : [];
  return content.length > 0
    ? [{ kind: 'paragraph', content: [{ kind: 'strong', children: content }] }, ...blocks]
    : blocks;
}

/** An image or figure as a link to its target or picture, when either is an http(s) URL; else nothing. */
function imageLink(d: Directive): Block[] {
  const source = d.argument.replace(/\s+/g, '');
  const href = safeHref(d.options.get('target') ?? '') ?? safeHref(source);
  if (!href) return [];
  const text = d.options.get('alt')?.trim() || source;
  return [
    { kind: 'paragraph', content: [{ kind: 'link', href, children: [{ kind: 'text', text }] }] },
  ];
}

/** The blocks a directive stands for in the outline (often none). */
export function directiveBlocks(d: Directive, ctx: BodyContext): Block[] {
  if (CODE.has(d.name) || d.name === 'parsed-literal') {
    const text = dedentedText(d.content);
    const language = CODE.has(d.name) ? /^\S+/.exec(d.argument)?.[0] : undefined;
    return text ? [{ kind: 'code', text, ...(language ? { language } : {}) }] : [];
  }
  if (d.name === 'csv-table' || d.name === 'list-table') {
    if (d.options.has('file') || d.options.has('url')) {
      ctx.warnings.push(`${d.name} from an external file was not read`);
      return titled(d.argument, [], ctx);
    }
    const table = d.name === 'csv-table' ? csvTable(d, ctx) : listTable(d, ctx);
    return titled(d.argument, table, ctx);
  }
  if (d.name === 'image') return imageLink(d);
  if (d.name === 'figure') return [...imageLink(d), ...contentBlocks(d, ctx)];
  if (ADMONITIONS.has(d.name)) {
    // the argument of `.. note:: text` is the first paragraph of its body
    const base = contentBase(d.content);
    const lead = d.argument
      ? [
          { indent: base, text: d.argument },
          { indent: 0, text: '' },
        ]
      : [];
    const blocks = ctx.nested([...lead, ...d.content], base, 'quote');
    return blocks.length > 0 ? [{ kind: 'quote', blocks }] : [];
  }
  if (TITLED_QUOTES.has(d.name)) {
    const blocks = titled(d.argument, contentBlocks(d, ctx), ctx);
    return blocks.length > 0 ? [{ kind: 'quote', blocks }] : [];
  }
  if (QUOTES.has(d.name)) {
    const blocks = contentBlocks(d, ctx);
    return blocks.length > 0 ? [{ kind: 'quote', blocks }] : [];
  }
  if (CONTAINERS.has(d.name))
    return titled(d.name === 'table' ? d.argument : '', contentBlocks(d, ctx), ctx);
  if (d.name === 'rubric') return titled(d.argument, [], ctx);
  if (d.name === 'title') ctx.titleDirective ??= d.argument || undefined;
  if (d.name === 'include') ctx.warnings.push(`included file ${d.argument} was not read`);
  return [];
}
