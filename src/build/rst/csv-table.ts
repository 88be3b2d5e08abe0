/** The `csv-table` and `list-table` directives as table blocks. */
import type { Block, Inline } from '../../shared/types';
import { cellInlines, tableBlock } from './cells';
import type { BodyContext } from './context';
import type { Directive } from './directives';
import { dedentedText } from './lines';

interface CsvDialect {
  delimiter: string;
  quote: string;
  /** The escape character, or undefined when a quote is escaped by doubling it. */
  escape?: string;
}

function dialectOf(options: Map<string, string>): CsvDialect {
  const char = (name: string): string | undefined => {
    const value = options.get(name)?.trim();
    if (value === 'tab') return '\t';
    if (value === 'space') return ' ';
    return value ? value[0] : undefined;
  };
  return { delimiter: char('delim') ?? ',', quote: char('quote') ?? '"', escape: char('escape') };
}

/** CSV rows of `text` in one pass: quoted fields may hold delimiters and line breaks; whitespace after a delimiter is skipped. */
export function parseCsv(text: string, dialect: CsvDialect): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (dialect.escape !== undefined && c === dialect.escape && i + 1 < text.length)
        field += text[++i];
      else if (c === dialect.quote && dialect.escape === undefined && text[i + 1] === dialect.quote)
        field += text[++i];
      else if (c === dialect.quote) quoted = false;
      else field += c;
      continue;
    }
    if (fieldStart && (c === ' ' || c === '\t') && c !== dialect.delimiter) continue;
    if (fieldStart && c === dialect.quote) {
      quoted = true;
      fieldStart = false;
    } else if (c === dialect.delimiter) {
      row.push(field.trim());
      field = '';
      fieldStart = true;
    } else if (c === '\n') {
      row.push(field.trim());
      if (row.some((cell) => cell !== '')) rows.push(row);
      row = [];
      field = '';
      fieldStart = true;
    } else {
      field += c;
      fieldStart = false;
    }
  }
  row.push(field.trim());
  if (row.some((cell) => cell !== '')) rows.push(row);
  return rows;
}

/** How many leading rows the `header-rows` option makes the head (the head holds one row; more stay in the body). */
function headerRows(options: Map<string, string>): number {
  const n = Number.parseInt(options.get('header-rows') ?? '0', 10);
  return Number.isFinite(n) && n > 0 ? 1 : 0;
}

/** A `csv-table` directive as a table: the `header` option or the first `header-rows` row is its head. */
export function csvTable(d: Directive, ctx: BodyContext): Block[] {
  const dialect = dialectOf(d.options);
  const cells = (row: string[]): Inline[][] => row.map((cell) => ctx.inlines(cell));
  const rows = parseCsv(dedentedText(d.content), dialect).map(cells);
  const header = d.options.get('header');
  let head: Inline[][] = header ? cells(parseCsv(header, dialect)[0] ?? []) : [];
  if (!header && headerRows(d.options) > 0) head = rows.shift() ?? [];
  return rows.length > 0 || head.length > 0 ? [tableBlock(head, rows)] : [];
}

/** A `list-table` directive (a bullet list of bullet lists) as a table. */
export function listTable(d: Directive, ctx: BodyContext): Block[] {
  let base = Infinity;
  for (const line of d.content) if (line.text !== '') base = Math.min(base, line.indent);
  const outer = ctx
    .nested(d.content, Number.isFinite(base) ? base : 0, 'quote')
    .find((b) => b.kind === 'list');
  if (!outer || outer.kind !== 'list') return [];
  const rows = outer.items.map((item) => {
    const inner = item.find((b) => b.kind === 'list');
    return inner?.kind === 'list' ? inner.items.map(cellInlines) : [cellInlines(item)];
  });
  const head = headerRows(d.options) > 0 ? (rows.shift() ?? []) : [];
  return rows.length > 0 || head.length > 0 ? [tableBlock(head, rows)] : [];
}
