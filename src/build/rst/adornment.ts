/** Section title adornments: underlined (`Title` / `=====`) or overlined (`=====` / `Title` / `=====`) lines. */
import type { Line } from './lines';

/** A section title found in the source: its text, its adornment style and the line after it. */
export interface SectionTitle {
  text: string;
  /** The adornment character, prefixed with `o` when the title also has an overline. */
  style: string;
  next: number;
}

// the printable ASCII punctuation docutils accepts as adornment
const ADORNMENT = /^([!-/:-@[-`{-~])\1*$/;
// marks (variation selectors among them), zero-width and joiner code points take no column
const ZERO_WIDTH = /[\p{M}\u200B-\u200F\u2060]/u;
// East Asian wide and full-width ranges and pictographs take two columns, as in a terminal
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;

/** True when the line is a run of one punctuation character, long enough to adorn a title or be a transition. */
export function isAdornment(line: Line | undefined, minLength = 2): boolean {
  return line !== undefined && line.text.length >= minLength && ADORNMENT.test(line.text);
}

/** Display columns of `text`, as an underline must cover them (wide characters count twice). */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (ZERO_WIDTH.test(char)) continue;
    width += WIDE.test(char) ? 2 : 1;
  }
  return width;
}

/** True when `adornment` may underline `text`: as long, or at least four characters (docutils only warns). */
function covers(adornment: Line, text: Line): boolean {
  return adornment.text.length >= 4 || adornment.text.length >= textWidth(text.text);
}

/** The section title starting at line `at`, if one does (an underline must sit under unindented text). */
export function sectionTitleAt(lines: Line[], at: number, base: number): SectionTitle | undefined {
  const first = lines[at];
  const second = lines[at + 1];
  if (!first || !second || first.text === '' || second.text === '') return undefined;
  if (isAdornment(first) && first.indent <= base) {
    // an overline: text (maybe inset), then an underline of the same character
    const third = lines[at + 2];
    if (!third || isAdornment(second) || !isAdornment(third) || third.text[0] !== first.text[0])
      return undefined;
    if (!covers(first, second)) return undefined;
    return { text: second.text, style: `o${first.text[0]}`, next: at + 3 };
  }
  if (first.indent > base || second.indent > base || !isAdornment(second)) return undefined;
  if (!covers(second, first)) return undefined;
  return { text: first.text, style: second.text[0]!, next: at + 2 };
}
