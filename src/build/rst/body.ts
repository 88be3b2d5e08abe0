/**
 * The block reader: one pass over a run of lines at one indentation, each step taking the
 * construct that starts at the current line. Nested runs (list items, quotes, directive bodies)
 * are read by `ctx.nested`, which stops descending at MAX_DEPTH and flattens what lies deeper.
 */
import type { Block, Inline } from '../../shared/types';
import { isAdornment, sectionTitleAt } from './adornment';
import type { BodyContext, Mode, Step } from './context';
import { explicitAt } from './explicit';
import { fieldBlocks, fieldListAt, type FieldList } from './fields';
import { rstInlines } from './inline';
import { indentedEnd, type Line } from './lines';
import { markerOf } from './list-markers';
import { listAt } from './lists';
import { definitionListAt } from './definitions';
import { doctestAt, lineBlockAt } from './line-blocks';
import { paragraphAt } from './paragraphs';
import type { References } from './references';
import { gridTableAt, simpleTableAt } from './tables';

/** How deep lists, quotes and directive bodies may nest before deeper lines are flattened. */
export const MAX_DEPTH = 64;

/** A section title met at the top level: its adornment style and content. */
export interface SectionNode {
  kind: 'section';
  style: string;
  content: Inline[];
}

/** What the top level holds before titles and docinfo are settled: blocks, section titles, field lists. */
export type BodyNode = Block | SectionNode | FieldList;

/** An indented run: a quote, or more of the same item where deeper lines continue an item. */
function indentedAt(lines: Line[], at: number, base: number, mode: Mode, ctx: BodyContext): Step {
  const end = indentedEnd(lines, at, base);
  const inner = lines.slice(at, end);
  let deeper = Infinity;
  for (const line of inner) if (line.text !== '') deeper = Math.min(deeper, line.indent);
  const blocks = ctx.nested(inner, deeper, mode === 'item' ? 'item' : 'quote');
  if (mode === 'item' || blocks.length === 0) return { nodes: blocks, next: end };
  return { nodes: [{ kind: 'quote', blocks }], next: end };
}

/** A transition: a lone line of four or more punctuation marks between blank lines. */
function transitionAt(lines: Line[], at: number): Step | undefined {
  if (!isAdornment(lines[at], 4)) return undefined;
  const before = lines[at - 1];
  const after = lines[at + 1];
  if ((before && before.text !== '') || (after && after.text !== '')) return undefined;
  return { nodes: [{ kind: 'rule' }], next: at + 1 };
}

/** The step for the construct at line `at` (never empty-handed: a paragraph is the fallback). */
function stepAt(
  lines: Line[],
  at: number,
  base: number,
  mode: Mode,
  ctx: BodyContext,
): Step<BodyNode> {
  const line = lines[at]!;
  if (line.indent > base) return indentedAt(lines, at, base, mode, ctx);
  const title = sectionTitleAt(lines, at, base);
  if (title) {
    const content = ctx.inlines(title.text);
    // a title inside a list or quote is not a section: its words stay, in bold
    const node: BodyNode =
      mode === 'document'
        ? { kind: 'section', style: title.style, content }
        : { kind: 'paragraph', content: [{ kind: 'strong', children: content }] };
    return { nodes: content.length > 0 ? [node] : [], next: title.next };
  }
  const fields = fieldListAt(lines, at, ctx);
  if (fields)
    return mode === 'document'
      ? fields
      : { nodes: fields.nodes.flatMap((f) => f.fields.flatMap(fieldBlocks)), next: fields.next };
  return (
    transitionAt(lines, at) ??
    explicitAt(lines, at, ctx) ??
    gridTableAt(lines, at, ctx) ??
    simpleTableAt(lines, at, ctx) ??
    listAt(lines, at, ctx) ??
    lineBlockAt(lines, at, base, ctx) ??
    doctestAt(lines, at) ??
    definitionListAt(lines, at, base, ctx) ??
    paragraphAt(lines, at, base, mode, ctx)
  );
}

/** The nodes of `lines` read at indentation `base` (lines less indented count as at `base`). */
export function readBody(lines: Line[], base: number, mode: Mode, ctx: BodyContext): BodyNode[] {
  const out: BodyNode[] = [];
  let at = 0;
  while (at < lines.length) {
    if (lines[at]!.text === '') {
      at++;
      continue;
    }
    const step = stepAt(lines, at, base, mode, ctx);
    for (const node of step.nodes) out.push(node);
    // every step takes at least its first line, so the loop always advances
    at = Math.max(step.next, at + 1);
  }
  return out;
}

/** Lines past the nesting cap: one paragraph per list item or run of lines (markers dropped), nothing nested. */
function flattened(lines: Line[], ctx: BodyContext): Block[] {
  const out: Block[] = [];
  let run = '';
  const close = (): void => {
    const content = run ? ctx.inlines(run) : [];
    if (content.length > 0) out.push({ kind: 'paragraph', content });
    run = '';
  };
  for (const line of lines) {
    const marker = markerOf(line);
    if (line.text === '' || marker) close();
    if (line.text !== '') run += `${run ? '\n' : ''}${marker ? marker.text : line.text}`;
  }
  close();
  return out;
}

/** A fresh context for one document, its references already gathered. */
export function createContext(refs: References): BodyContext {
  let warnedDepth = false;
  const ctx: BodyContext = {
    refs,
    warnings: [],
    depth: 0,
    inlines: (text) => rstInlines(text, refs),
    nested(lines, base, mode) {
      // the blocks read here sit one level deeper than ctx.depth: stop before they pass the cap
      if (ctx.depth + 1 >= MAX_DEPTH) {
        if (!warnedDepth)
          ctx.warnings.push(`nesting deeper than ${MAX_DEPTH} levels was flattened`);
        warnedDepth = true;
        return flattened(lines, ctx);
      }
      ctx.depth++;
      try {
        // below the top level, titles and field lists are already blocks (see stepAt)
        return readBody(lines, base, mode, ctx) as Block[];
      } finally {
        ctx.depth--;
      }
    },
  };
  return ctx;
}
