/** Source lines of a reST document with their indentation measured once, so no step re-scans them. */

/** One source line: its indentation in columns and its text after that indentation. */
export interface Line {
  /** Columns of leading whitespace (tabs to the next multiple of 8, as docutils counts them). */
  indent: number;
  /** The text after the indentation, trailing whitespace removed; empty for a blank line. */
  text: string;
}

const TAB_WIDTH = 8;

/** The line measured: leading spaces and tabs counted as columns, the rest kept as written. */
function measure(raw: string): Line {
  let column = 0;
  let at = 0;
  for (; at < raw.length; at++) {
    const c = raw.charCodeAt(at);
    if (c === 32) column++;
    else if (c === 9) column += TAB_WIDTH - (column % TAB_WIDTH);
    // form feeds and vertical tabs count as spaces, as docutils reads them
    else if (c === 12 || c === 11) column++;
    else break;
  }
  const text = raw.slice(at).trimEnd();
  return { indent: text === '' ? 0 : column, text };
}

/** The lines of `text`: any line ending, a leading byte-order mark dropped. */
export function toLines(text: string): Line[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map(measure);
}

/** True when the line holds nothing but whitespace. */
export function isBlank(line: Line | undefined): boolean {
  return line !== undefined && line.text === '';
}

/** The index after the indented block starting at `from`: lines deeper than `indent`, or blank, trailing blanks excluded. */
export function indentedEnd(lines: Line[], from: number, indent: number): number {
  let end = from;
  let last = from;
  for (; end < lines.length; end++) {
    const line = lines[end]!;
    if (line.text === '') continue;
    if (line.indent <= indent) break;
    last = end + 1;
  }
  return last;
}

/** The lines' text with their common indentation removed, relative indentation kept (code, literal blocks). */
export function dedentedText(lines: Line[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.text === '') start++;
  while (end > start && lines[end - 1]!.text === '') end--;
  let min = Infinity;
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (line.text !== '' && line.indent < min) min = line.indent;
  }
  const out: string[] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    out.push(line.text === '' ? '' : ' '.repeat(line.indent - min) + line.text);
  }
  return out.join('\n');
}
