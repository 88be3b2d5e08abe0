/** Paragraphs and the `::` literal blocks they introduce, in all three forms (indented, quoted, expanded). */
import type { Block } from '../../shared/types';
import { sectionTitleAt } from './adornment';
import type { BodyContext, Mode, Step } from './context';
import { dedentedText, indentedEnd, type Line } from './lines';
import { confirmsEnumeration, markerOf } from './list-markers';

/**
 * True when line `at`, inside a paragraph, starts a list after all. reST would read it as more
 * paragraph text, but hand-written minutes put "Agenda:" straight above its bullets, so a marker
 * line counts when the line before ends with `:` or the marker line ends the paragraph or is
 * followed by another item.
 */
function listInterrupts(lines: Line[], at: number): boolean {
  const marker = markerOf(lines[at]);
  if (!marker || !confirmsEnumeration(lines, at, marker)) return false;
  const next = lines[at + 1];
  if (lines[at - 1]!.text.endsWith(':') || !next || next.text === '') return true;
  return next.indent > lines[at]!.indent || markerOf(next)?.key === marker.key;
}

/** The index after the paragraph lines starting at `at` (same indentation, up to a blank line or a new structure). */
function paragraphEnd(lines: Line[], at: number, base: number, mode: Mode): number {
  let end = at + 1;
  for (; end < lines.length; end++) {
    const line = lines[end]!;
    if (line.text === '' || line.indent > base) break;
    if (mode === 'document' && sectionTitleAt(lines, end, base)) break;
    if (listInterrupts(lines, end)) break;
  }
  return end;
}

/** The paragraph's text without its `::` literal marker, and whether it had one. */
function literalMarker(text: string): { text: string; literal: boolean } {
  if (!text.endsWith('::')) return { text, literal: false };
  if (text === '::') return { text: '', literal: true };
  return { text: /\s::$/.test(text) ? text.slice(0, -3) : text.slice(0, -1), literal: true };
}

/** The literal block after a `::` paragraph: the deeper lines, or lines quoted with one punctuation mark. */
function literalBlock(lines: Line[], from: number, base: number): Step {
  let start = from;
  while (start < lines.length && lines[start]!.text === '') start++;
  const first = lines[start];
  if (!first) return { nodes: [], next: start };
  if (first.indent > base) {
    const end = indentedEnd(lines, start, base);
    return { nodes: [{ kind: 'code', text: dedentedText(lines.slice(start, end)) }], next: end };
  }
  const quote = first.text[0]!;
  if (/[\p{L}\p{N}\s]/u.test(quote)) return { nodes: [], next: start };
  let end = start;
  while (end < lines.length && lines[end]!.text.startsWith(quote) && lines[end]!.indent <= base)
    end++;
  return { nodes: [{ kind: 'code', text: dedentedText(lines.slice(start, end)) }], next: end };
}

/** A paragraph starting at line `at`, with the literal block its `::` introduces. */
export function paragraphAt(
  lines: Line[],
  at: number,
  base: number,
  mode: Mode,
  ctx: BodyContext,
): Step {
  const end = paragraphEnd(lines, at, base, mode);
  let joined = lines[at]!.text;
  for (let i = at + 1; i < end; i++) joined += `\n${lines[i]!.text}`;
  const { text, literal } = literalMarker(joined);
  const content = text.trim() ? ctx.inlines(text) : [];
  const nodes: Block[] = content.length > 0 ? [{ kind: 'paragraph', content }] : [];
  if (!literal) return { nodes, next: end };
  const code = literalBlock(lines, end, base);
  return { nodes: [...nodes, ...code.nodes], next: code.next };
}
