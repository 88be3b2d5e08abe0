/**
 * Front matter of a markdown document: YAML between `---` lines, or a small TOML subset between
 * `+++` lines (`key = "value"`, numbers, booleans, dates and one-line arrays; no tables). A UTF-8
 * byte-order mark and blank lines before the opening fence are tolerated.
 */
import { parse as parseYaml } from 'yaml';
import { parseTomlSubset } from './toml-subset';

/** The front matter block, split from the body; `data` is undefined when there is none. */
export interface FrontMatterSplit {
  /** The raw text between the fences, or undefined when the document has no front matter. */
  raw?: string;
  format?: 'yaml' | 'toml';
  /** The document after the closing fence. */
  body: string;
}

const OPENING = /^(---|\+\+\+)[ \t]*\r?\n/;
const LEADING_SPACE = /^(?:\uFEFF)?(?:[ \t]*\r?\n)*[ \t]*/;
const KEY_LINE = /^[A-Za-z_][\w-]*:(?:\s|$)/;

/** The fenced block at the start of `text`, or undefined when it does not open with a closed fence. */
function fenced(text: string): { raw: string; format: 'yaml' | 'toml'; end: number } | undefined {
  const open = OPENING.exec(text);
  if (!open) return undefined;
  const fence = open[1]!;
  let pos = open[0].length;
  while (pos <= text.length) {
    const end = text.indexOf('\n', pos);
    const line = text.slice(pos, end < 0 ? text.length : end).trimEnd();
    if (line === fence || (fence === '---' && line === '...')) {
      return {
        raw: text.slice(open[0].length, pos),
        format: fence === '---' ? 'yaml' : 'toml',
        end: end < 0 ? text.length : end + 1,
      };
    }
    if (end < 0) return undefined;
    pos = end + 1;
  }
  return undefined;
}

/**
 * The front matter text and the body of `text`; never throws. Translated posts may first hold the
 * original's front matter inside an HTML comment, then their own, fenced or (by mistake) as bare
 * `key: value` lines: the translation's wins and the commented one is the fallback.
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  let pos = LEADING_SPACE.exec(text)![0].length;
  let commented: { raw: string; format: 'yaml' | 'toml' } | undefined;
  while (text.startsWith('<!--', pos)) {
    const close = text.indexOf('-->', pos + 4);
    if (close < 0) break;
    const inner = text.slice(pos + 4, close);
    commented ??= fenced(inner.slice(LEADING_SPACE.exec(inner)![0].length));
    pos = close + 3;
    pos += LEADING_SPACE.exec(text.slice(pos))![0].length;
  }
  const rest = text.slice(pos);
  const block = fenced(rest);
  if (block) return { raw: block.raw, format: block.format, body: rest.slice(block.end) };
  if (commented) {
    const lines = rest.split('\n');
    const bare = lines.findIndex((line) => !KEY_LINE.test(line));
    if (bare >= 2)
      return {
        raw: lines.slice(0, bare).join('\n'),
        format: 'yaml',
        body: lines.slice(bare).join('\n'),
      };
    return { raw: commented.raw, format: commented.format, body: rest };
  }
  // no front matter: the text is all body (an unclosed `---` is a thematic break)
  return { body: text.replace(/^\uFEFF/, '') };
}

/** The parsed front matter mapping; throws an Error naming the problem when it is not a valid mapping. */
export function parseFrontMatter(raw: string, format: 'yaml' | 'toml'): Record<string, unknown> {
  if (format === 'toml') return parseTomlSubset(raw);
  let data: unknown;
  try {
    data = parseYaml(raw, { uniqueKeys: false });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`broken YAML front matter: ${message}`, { cause: error });
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new Error('broken YAML front matter: expected `key: value` pairs');
  }
  return data as Record<string, unknown>;
}
