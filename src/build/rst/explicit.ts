/** Explicit markup (`.. ` blocks): directives, footnotes; comments, targets and substitution definitions vanish. */
import type { Block } from '../../shared/types';
import type { BodyContext, Step } from './context';
import { argumentRunsOn, directiveBlocks, type Directive } from './directives';
import { indentedEnd, type Line } from './lines';

const EXPLICIT = /^\.\.(?:\s|$)/;
const DIRECTIVE = /^\.\.\s+([A-Za-z0-9][\w.+-]*(?::[\w.+-]+)*)::(?:\s+(.*))?$/;
const FOOTNOTE = /^\.\.\s+\[([^\]\s]+)\](?:\s+(.*))?$/;
// an option may lack the space after its name (`:header:a,b`), as real pages write it
const OPTION = /^:([\w][\w .+-]*):(?!`)\s*(.*)$/;

/** The directive on line `at` split into name, argument, options and content lines. */
function directiveOf(lines: Line[], at: number, end: number, match: RegExpExecArray): Directive {
  const name = match[1]!.toLowerCase();
  let argument = match[2] ?? '';
  const options = new Map<string, string>();
  let i = at + 1;
  for (; i < end && lines[i]!.text !== ''; i++) {
    const option = OPTION.exec(lines[i]!.text);
    if (option) options.set(option[1]!.toLowerCase(), option[2] ?? '');
    else if (options.size === 0 && argument !== '' && argumentRunsOn(name))
      argument += ` ${lines[i]!.text}`;
    else break;
  }
  while (i < end && lines[i]!.text === '') i++;
  return { name, argument: argument.trim(), options, content: lines.slice(i, end) };
}

/** A footnote or citation: its text, led by its label when it has one a reader can match. */
function footnote(
  lines: Line[],
  at: number,
  end: number,
  match: RegExpExecArray,
  ctx: BodyContext,
): Block[] {
  const rest = lines.slice(at + 1, end);
  const deeper = rest.find((l) => l.text !== '');
  const base = deeper ? deeper.indent : lines[at]!.indent + 3;
  const label = /^[#*]/.test(match[1]!) ? '' : `[${match[1]}] `;
  const body = [{ indent: base, text: `${label}${match[2] ?? ''}` }, ...rest];
  return ctx.nested(body, base, 'item');
}

/** The explicit markup block starting at line `at`, or undefined when the line is not one. */
export function explicitAt(lines: Line[], at: number, ctx: BodyContext): Step | undefined {
  const line = lines[at]!;
  // `__ uri` is the short form of an anonymous target
  if (!EXPLICIT.test(line.text) && !/^__(?:\s|$)/.test(line.text)) return undefined;
  const end = indentedEnd(lines, at + 1, line.indent);
  const directive = DIRECTIVE.exec(line.text);
  if (directive)
    return { nodes: directiveBlocks(directiveOf(lines, at, end, directive), ctx), next: end };
  const note = FOOTNOTE.exec(line.text);
  if (note) return { nodes: footnote(lines, at, end, note, ctx), next: end };
  return { nodes: [], next: end };
}
