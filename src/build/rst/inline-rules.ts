/** reST's inline markup recognition rules: which characters may surround markup, escapes, reference names. */

// what may stand before a start-string and after an end-string, as docutils defines them
const BEFORE_START = /[\s'"([{<\-/:\p{Ps}\p{Pi}\p{Pf}\p{Pd}\p{Po}]/u;
const AFTER_END = /[\s\-.,:;!?\\/'")\]}>\p{Pe}\p{Pi}\p{Pf}\p{Pd}\p{Po}]/u;
const WHITESPACE = /\s/;
const REFNAME_CHAR = /[\p{L}\p{N}]/u;
const REFNAME_JOINER = /[-._+:]/;
const MAX_REFNAME = 256;

/** True when `c` is whitespace. */
export function isSpace(c: string | undefined): boolean {
  return c !== undefined && WHITESPACE.test(c);
}

/** True when markup may start after `before` (undefined: the start of the text). */
export function mayStartAfter(before: string | undefined): boolean {
  return before === undefined || BEFORE_START.test(before);
}

/** True when markup may end before `after` (undefined: the end of the text). */
export function mayEndBefore(after: string | undefined): boolean {
  return after === undefined || AFTER_END.test(after);
}

/** The backslash escapes of markup content resolved: `\x` is `x`, an escaped space vanishes. */
export function unescape(text: string): string {
  return text.includes('\\')
    ? text.replace(/\\(\s|.)?/g, (_, c?: string) => (c && !WHITESPACE.test(c) ? c : ''))
    : text;
}

/** The reference name ending at `end` in `text`, not before `from` (words joined by single `-._+:`), after a boundary. */
export function trailingRefname(text: string, from: number, end: number): string | undefined {
  let start = end;
  const stop = Math.max(from, end - MAX_REFNAME);
  while (start > stop) {
    const c = text[start - 1]!;
    if (REFNAME_CHAR.test(c)) start--;
    else if (
      REFNAME_JOINER.test(c) &&
      start < end &&
      start - 2 >= from &&
      REFNAME_CHAR.test(text[start - 2]!)
    )
      start--;
    else break;
  }
  if (start === end || !REFNAME_CHAR.test(text[start]!)) return undefined;
  if (!mayStartAfter(text[start - 1])) return undefined;
  return text.slice(start, end);
}

/** `title <target>` split at its last `<`, when the text ends with `>`; undefined otherwise. */
export function splitEmbedded(text: string): { label: string; target: string } | undefined {
  if (!text.endsWith('>')) return undefined;
  const open = text.lastIndexOf('<');
  // a `<` right at the start is a target alone; one escaped with `\` is text
  if (open < 0 || (open > 0 && !/\s/.test(text[open - 1]!)) || open === text.length - 2)
    return undefined;
  return { label: text.slice(0, open).trim(), target: text.slice(open + 1, -1) };
}
