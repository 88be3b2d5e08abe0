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
  /** Number of lines before the body starts, so callers can report body line numbers. */
  bodyLine: number;
}

const OPENING = /^(?:\uFEFF)?(?:[ \t]*\r?\n)*(---|\+\+\+)[ \t]*\r?\n/;

/** The front matter text and the body of `text` (see module comment); never throws. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const open = OPENING.exec(text);
  if (!open) return { body: text.replace(/^\uFEFF/, ''), bodyLine: 0 };
  const fence = open[1]!;
  const start = open[0].length;
  // the closing fence: the same marker alone on a line (YAML also allows `...`)
  let pos = start;
  while (pos <= text.length) {
    const end = text.indexOf('\n', pos);
    const line = text
      .slice(pos, end < 0 ? text.length : end)
      .replace(/\r$/, '')
      .trimEnd();
    if (line === fence || (fence === '---' && line === '...')) {
      const body = end < 0 ? '' : text.slice(end + 1);
      const bodyLine = text.slice(0, end < 0 ? text.length : end + 1).split('\n').length - 1;
      return {
        raw: text.slice(start, pos),
        format: fence === '---' ? 'yaml' : 'toml',
        body,
        bodyLine,
      };
    }
    if (end < 0) break;
    pos = end + 1;
  }
  // an opening fence without a closing one: a thematic break, not front matter
  return { body: text.replace(/^\uFEFF/, ''), bodyLine: 0 };
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
