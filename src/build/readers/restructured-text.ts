/**
 * reStructuredText documents (Sphinx and Nikola pages, meetup minutes): parsed by `rst/` into the
 * common outline, then split into talks by the shared segmentation step.
 */
import type { DocumentReader, ParsedDocument, SourceFile } from '../model';
import { rstOutline } from '../rst/index';
import { segmentOutline } from '../segment/index';

const RST_EXTENSION = /\.(rst|rest)$/i;
// a line of text directly above a line of one punctuation character at least as long
const UNDERLINED = /^([^\s].*)\r?\n([!-/:-@[-`{-~])\2+[ \t]*\r?$/gm;
const DIRECTIVE = /^\.\. [\w-]+(?:::|: )/m;

/** True when the head has a section title underlined by a run at least as long as the title. */
function hasAdornedTitle(head: string): boolean {
  for (const match of head.matchAll(UNDERLINED)) {
    const title = match[1]!.trimEnd();
    const underline = match[0].slice(match[1]!.length).trim();
    if (underline.length >= [...title].length && !/^([!-/:-@[-`{-~])\1*$/.test(title)) return true;
  }
  return false;
}

/** 0.9 for `.rst`/`.rest` files, 0.6 for text with reST titles or `.. ` directives, else 0. */
function detect(file: SourceFile): number {
  if (RST_EXTENSION.test(file.path)) return 0.9;
  const head = file.text.slice(0, 8192);
  return DIRECTIVE.test(head) || hasAdornedTitle(head) ? 0.6 : 0;
}

function read(file: SourceFile): ParsedDocument {
  return segmentOutline(rstOutline(file.text), file);
}

/** The reader for reStructuredText (see module comment). */
export const restructuredTextReader: DocumentReader = { name: 'restructured-text', detect, read };
