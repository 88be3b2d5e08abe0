/**
 * How sure the html-page reader is that a file is HTML. Markdown with front matter is claimed at
 * 0.95 by hugo-markdown (and wins ties), so front matter + HTML goes above that only when the name
 * says HTML or ERB, or the body is all markup; a markdown file with some inline HTML stays markdown.
 */
import { splitFrontMatter } from '../front-matter';
import type { SourceFile } from '../model';

const HTML_NAME = /\.(?:html?|xhtml)$/i;
const ERB_NAME = /\.(?:html?\.erb|rhtml)$/i;
const MARKDOWN_NAME = /\.(?:md|markdown|mdown|mkd)$/i;
/** A document start, after an XML declaration and comments: `<!doctype html`, `<html`, `<head`. */
const DOCUMENT_START =
  /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head)[\s>]/i;

/** The share of non-blank lines that start with a tag, and how many lines there were. */
function markupShare(body: string): { share: number; lines: number } {
  const lines = body.split('\n').filter((l) => l.trim() !== '');
  const tagged = lines.filter((l) => l.trimStart().startsWith('<')).length;
  return { share: lines.length > 0 ? tagged / lines.length : 0, lines: lines.length };
}

/** 0 when `file` is not an HTML page, up to 0.97 (see module comment); cheap, reads the first 8 KB. */
export function detectHtml(file: SourceFile): number {
  const head = file.text.slice(0, 8192);
  const split = splitFrontMatter(head);
  const hasFrontMatter = split.raw !== undefined;
  const body = split.body.replace(/^\uFEFF/, '').trimStart();
  const isDocument = DOCUMENT_START.test(body);
  const named = HTML_NAME.test(file.path) || ERB_NAME.test(file.path);
  if (hasFrontMatter) {
    if (named) return 0.97;
    if (MARKDOWN_NAME.test(file.path))
      return isDocument ? 0.95 : markupShare(body).share >= 0.6 ? 0.85 : 0;
    const { share, lines } = markupShare(body);
    if (isDocument || (share >= 0.9 && lines >= 3)) return 0.97;
    return share >= 0.6 ? 0.85 : 0;
  }
  if (isDocument) return 0.95;
  if (HTML_NAME.test(file.path)) return 0.9;
  if (ERB_NAME.test(file.path)) return 0.85;
  return 0;
}
