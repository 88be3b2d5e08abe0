/**
 * Markdown source → mdast tree. GFM tables and strikethrough are switched on only for texts that
 * can hold them, since each micromark extension slows every document; bare URLs are linked later
 * by `textToInlines`, which is much cheaper than the GFM autolink-literal extension.
 */
import type { Root } from 'mdast';
import { fromMarkdown, type Extension as MdastExtension } from 'mdast-util-from-markdown';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Extension } from 'micromark-util-types';

const TABLE_DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*\|/m;

/** The tree of `source`; never throws on malformed markdown (markdown has no syntax errors). */
export function parseMarkdown(source: string): Root {
  const options: { extensions: Extension[]; mdastExtensions: MdastExtension[] } = {
    extensions: [],
    mdastExtensions: [],
  };
  if (TABLE_DELIMITER_ROW.test(source)) {
    options.extensions.push(gfmTable());
    options.mdastExtensions.push(gfmTableFromMarkdown());
  }
  if (source.includes('~~')) {
    options.extensions.push(gfmStrikethrough());
    options.mdastExtensions.push(gfmStrikethroughFromMarkdown());
  }
  return fromMarkdown(source, options);
}
