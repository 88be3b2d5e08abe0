/** The fallback reader: any text with no recognisable structure becomes one event with one talk. */
import type { DocumentReader, ParsedDocument, SourceFile } from '../model';
import { cutTitle } from './cut-title';
import { textBlocks } from './text-blocks';

// "my-notes_2019.txt" → "my notes 2019"
function titleFromPath(path: string): string {
  const base = path.split('/').pop() ?? path;
  return (
    base
      .replace(/\.[^.]+$/, '')
      .replace(/[-_]+/g, ' ')
      .trim() || base
  );
}

/** The document of a plain-text file: title from its first short line (or the file name), the rest as blocks. */
function readPlainText(file: SourceFile): ParsedDocument {
  const lines = file.text.split('\n');
  // separator lines (`=====`, `---`) and bare punctuation never name a document
  const first = lines.findIndex((line) => /[\p{L}\p{N}]/u.test(line));
  if (first < 0) throw new Error('no text');
  const firstLine = lines[first].trim();
  const isTitle =
    firstLine.length <= 100 && !/[.!?。]$/u.test(firstLine) && !/^\s*[-*•]\s/u.test(lines[first]);
  const title = isTitle
    ? firstLine.replace(/^#+\s*/, '')
    : cutTitle(firstLine) || titleFromPath(file.path);
  const body = isTitle ? lines.slice(first + 1).join('\n') : file.text;
  return {
    title,
    tags: [],
    kind: 'notes',
    description: [],
    talks: [{ title, speakers: [], blocks: textBlocks(body) }],
    warnings: [],
  };
}

/** Reader of last resort: claims any text weakly so every specific reader wins over it. */
export const plainTextReader: DocumentReader = {
  name: 'plain-text',
  detect: (file) => (file.text.trim() ? 0.05 : 0),
  read: readPlainText,
};
