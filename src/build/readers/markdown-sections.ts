/** How a markdown body splits into talks: one per top-level `#` heading (podcast notes), or one for all. */
import type { Tokens } from 'marked';
import { inlineText } from '../../shared/blocks-text';
import type { Block } from '../../shared/types';
import { nodesToBlocks, phrasingToInlines, type MarkdownToken } from '../markdown/index';

/** One `#` section: its heading text and the blocks under it. */
export interface Section {
  title: string;
  blocks: Block[];
}

/** A body read as talks: the sections, and the blocks before the first one. */
export interface SplitBody {
  preamble: Block[];
  sections: Section[];
}

function isMeaningful(token: MarkdownToken): boolean {
  if (token.type === 'def' || token.type === 'space') return false;
  // HTML comments and empty HTML (Chinese posts keep their English original in comments)
  if (token.type === 'html') return !/^\s*(?:<!--[\s\S]*?-->\s*)*$/.test(token.text as string);
  return true;
}

function isTopHeading(token: MarkdownToken | undefined): token is Tokens.Heading {
  return token?.type === 'heading' && token.depth === 1;
}

/** The top-level `#` sections when the body is a sequence of them (at least two, nothing but comments before); else undefined. */
export function splitByTopHeadings(tokens: MarkdownToken[]): SplitBody | undefined {
  const starts: number[] = [];
  tokens.forEach((token, i) => {
    if (isTopHeading(token)) starts.push(i);
  });
  if (starts.length < 2) return undefined;
  const before = tokens.slice(0, starts[0]);
  if (before.some(isMeaningful)) return undefined;
  const sections = starts.map((start, k) => {
    const heading = tokens[start] as Tokens.Heading;
    const body = tokens.slice(start + 1, starts[k + 1] ?? tokens.length);
    return {
      title: inlineText(phrasingToInlines(heading.tokens)).trim(),
      blocks: nodesToBlocks(body),
    };
  });
  return { preamble: nodesToBlocks(before), sections };
}

/** The text of the document's only `#` heading when it opens the body, with the body after it; else undefined. */
export function leadingTitle(
  tokens: MarkdownToken[],
): { title: string; rest: MarkdownToken[] } | undefined {
  const first = tokens.findIndex(isMeaningful);
  const heading = tokens[first];
  if (!isTopHeading(heading)) return undefined;
  if (tokens.some((t, i) => i !== first && isTopHeading(t))) return undefined;
  const title = inlineText(phrasingToInlines(heading.tokens)).trim();
  return title ? { title, rest: tokens.filter((_, i) => i !== first) } : undefined;
}
