/** Org text → uniorg syntax tree (uniorg-parse, a port of Emacs's org-element), with the file's TODO keywords. */
import { unified } from 'unified';
import type { OrgData } from 'uniorg';
import uniorgParse from 'uniorg-parse';

const DEFAULT_TODO = ['TODO', 'DONE'];
const TODO_LINE = /^[ \t]*#\+(?:TODO|SEQ_TODO|TYP_TODO):(.*)$/gim;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The TODO keywords a file declares (`#+TODO: NEXT(n) | DONE`) plus Org's defaults. */
export function todoKeywords(text: string): string[] {
  const words = new Set(DEFAULT_TODO);
  for (const match of text.matchAll(TODO_LINE))
    for (const word of match[1]!.split(/\s+/)) {
      // `WAIT(w@/!)` names WAIT with a fast-access key and logging options
      const name = word.replace(/\(.*\)$/, '');
      if (name && name !== '|') words.add(name);
    }
  return [...words];
}

/** The uniorg tree of `text`; throws an Error naming the parser when it fails (e.g. too deeply nested markup). */
export function parseOrg(text: string): OrgData {
  // uniorg-parse joins the keywords into `^KW1|KW2` without a word boundary, so `* TODOS` would
  // lose its `TODO`: one alternative that white space must follow keeps such titles whole
  const keywords = `(?:${todoKeywords(text).map(escapeRegExp).join('|')})(?=\\s|$)`;
  const processor = unified().use(uniorgParse, {
    todoKeywords: [keywords],
    // notes write `snake_case` and `x^2` as they mean them; Inline has no sub/superscript anyway
    useSubSuperscripts: false,
  });
  try {
    return processor.parse(text);
  } catch (error) {
    throw new Error(
      `the Org parser failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
