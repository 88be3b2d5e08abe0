/** Field lists (`:Name: body`): kept whole at the top for docinfo, rendered as labelled paragraphs elsewhere. */
import type { Block, Inline } from '../../shared/types';
import type { BodyContext, Step } from './context';
import { indentedEnd, type Line } from './lines';
import { unescape } from './inline-rules';

/** One field: its name as written, its body's source text on one line, and its body as blocks. */
export interface Field {
  name: string;
  raw: string;
  blocks: Block[];
}

/** A field list in the document's top level, where it may be the docinfo. */
export interface FieldList {
  kind: 'fields';
  fields: Field[];
}

// a field name ends at an unescaped colon followed by whitespace; `:role:`text`` is not a field
const FIELD = /^:((?:[^:\\`\s]|\\.)(?:[^:\\`]|\\.)*):(?:\s+(.*))?$/;

/** The field whose name is on line `at`, and the index after its body. */
function fieldAt(
  lines: Line[],
  at: number,
  ctx: BodyContext,
): { field: Field; end: number } | undefined {
  const line = lines[at]!;
  const match = FIELD.exec(line.text);
  if (!match) return undefined;
  const end = indentedEnd(lines, at + 1, line.indent);
  const first = match[2] ?? '';
  let base = Infinity;
  let raw = first;
  for (let i = at + 1; i < end; i++) {
    const next = lines[i]!;
    if (next.text === '') continue;
    base = Math.min(base, next.indent);
    raw += ` ${next.text}`;
  }
  // the body is read at the indentation of its continuation lines, as docutils does
  const bodyBase = Number.isFinite(base) ? base : line.indent + 1;
  const head: Line = { indent: bodyBase, text: first };
  const body = end === at + 1 ? [head] : [head, ...lines.slice(at + 1, end)];
  return {
    field: {
      name: unescape(match[1]!),
      raw: raw.trim(),
      blocks: ctx.nested(body, bodyBase, 'item'),
    },
    end,
  };
}

/** The field list starting at line `at`, or undefined when no field starts there. */
export function fieldListAt(
  lines: Line[],
  at: number,
  ctx: BodyContext,
): Step<FieldList> | undefined {
  const fields: Field[] = [];
  let next = at;
  let scan = at;
  while (scan < lines.length && lines[scan]!.indent === lines[at]!.indent) {
    const found = fieldAt(lines, scan, ctx);
    if (!found) break;
    fields.push(found.field);
    next = found.end;
    scan = next;
    while (scan < lines.length && lines[scan]!.text === '') scan++;
  }
  return fields.length > 0 ? { nodes: [{ kind: 'fields', fields }], next } : undefined;
}

/** A field as blocks: a paragraph led by the name in bold, then the rest of its body. */
export function fieldBlocks(field: Field): Block[] {
  const label: Inline = { kind: 'strong', children: [{ kind: 'text', text: field.name }] };
  const [first, ...rest] = field.blocks;
  if (first?.kind === 'paragraph') {
    const [lead, ...more] = first.content;
    const joined: Inline[] =
      lead?.kind === 'text'
        ? [{ kind: 'text', text: `: ${lead.text}` }, ...more]
        : [{ kind: 'text', text: ': ' }, ...first.content];
    return [{ kind: 'paragraph', content: [label, ...joined] }, ...rest];
  }
  return [{ kind: 'paragraph', content: [label] }, ...field.blocks];
}
