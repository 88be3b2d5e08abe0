/** Source, example and fixed-width blocks → code Blocks, de-indented as Org exports them. */
import type { Block } from '../../shared/types';

/** `text` without the indentation all its non-blank lines share (Org indents block bodies with the outline). */
export function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let common = Infinity;
  for (const line of lines) {
    if (line.trim() === '') continue;
    common = Math.min(common, /^[ \t]*/.exec(line)![0].length);
  }
  if (!Number.isFinite(common) || common === 0) return lines.join('\n');
  return lines.map((line) => line.slice(Math.min(common, line.length))).join('\n');
}

/** The code block of a block body (trailing blank lines dropped), or nothing when it is empty. */
export function codeBlock(value: string, language?: string): Block[] {
  const text = dedent(value).replace(/\s+$/, '');
  if (text.trim() === '') return [];
  return [{ kind: 'code', text, ...(language ? { language } : {}) }];
}
