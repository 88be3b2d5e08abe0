/**
 * Markdown source → marked's token tree (GFM: tables, strikethrough, task items). marked's lexer
 * is an order of magnitude faster than micromark on the scale corpus, and it resolves `[id]`
 * reference links itself, so callers need no definition table.
 */
import { Lexer, Tokenizer, type MarkedOptions, type Token } from 'marked';

/** A block-level token of the tree; `type` tells which (heading, paragraph, list, html…). */
export type MarkdownToken = Token;

/**
 * GFM's bare-URL rule is switched off: `textToInlines` links bare URLs later, exactly as every
 * other reader does, and keeps quotes and `$VARIABLE_NAMES` out of the link where GFM would not.
 */
class NoBareUrls extends Tokenizer {
  override url(): undefined {
    return undefined;
  }
}

const OPTIONS: MarkedOptions = {
  gfm: true,
  breaks: false,
  pedantic: false,
  tokenizer: new NoBareUrls(),
};

/** The top-level tokens of `source`; never throws on malformed markdown (markdown has no syntax errors). */
export function parseMarkdown(source: string): MarkdownToken[] {
  return Lexer.lex(source, OPTIONS);
}
