/** Org tables → table Blocks: rows above the first rule line are the header, as Org exports them. */
import type { Table, TableRow } from 'uniorg';
import type { Block, Inline } from '../../shared/types';
import { codeBlock } from './code';
import { orgInlines } from './inlines';

function cells(row: TableRow): Inline[][] {
  return row.children.map((cell) => orgInlines(cell.children));
}

/** The table block of `table`; a `table.el` table, whose cells span lines, stays as drawn. */
export function tableBlock(table: Table): Block[] {
  if (table.tableType === 'table.el') return codeBlock(table.value);
  const rows = table.children;
  const firstRule = rows.findIndex((row) => row.rowType === 'rule');
  const standard = (from: TableRow[]) =>
    from.filter((row) => row.rowType === 'standard').map(cells);
  // a rule that follows data rows splits header from body; a leading rule is only decoration
  const hasHeader = firstRule > 0 && rows.slice(firstRule).some((r) => r.rowType === 'standard');
  const headRows = hasHeader ? standard(rows.slice(0, firstRule)) : [];
  const body = standard(hasHeader ? rows.slice(firstRule) : rows);
  // the block has one header row: further header rows lead the body
  const [head = [], ...restOfHead] = headRows;
  const all = [...restOfHead, ...body];
  if (head.length === 0 && all.length === 0) return [];
  return [{ kind: 'table', head, rows: all }];
}
