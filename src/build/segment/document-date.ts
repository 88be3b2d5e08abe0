/** A document's date when its metadata gives none, and the plain text of its outline that the date and key readers look at. */
import { blocksText, inlineText } from '../../shared/blocks-text';
import type { OutlineBlock } from '../outline';
import { dateInPath, dateInText, prefersDayFirst, yearInPath } from './event-date';

/** The plain text of an outline's blocks, for document-wide keys such as attendees' initials. */
export function outlineText(blocks: OutlineBlock[]): string {
  return blocksText(blocks.map((b) => (b.kind === 'heading' ? { ...b, level: 2 as const } : b)));
}

/** A document's date when its metadata gives none: from its title, file name or folders, or its opening lines. */
export function undeclaredDate(
  title: string,
  blocks: OutlineBlock[],
  path: string,
): string | undefined {
  const opening = openingText(blocks);
  const dayFirst = prefersDayFirst(`${title}\n${opening}\n${outlineText(blocks.slice(0, 40))}`);
  return (
    dateInText(title, dayFirst) ??
    dateInPath(path) ??
    dateInText(opening, dayFirst) ??
    // "Tuesday, 18 April" under "CSHL 2023", "## Wed 14 Feb" under "NDC Sydney 2024": the year from the title or folders
    dateInText(
      `${title}\n${opening}\n${firstHeadings(blocks)}`,
      dayFirst,
      yearIn(title) ?? yearInPath(path),
    )
  );
}

/** The text of a document's first few headings (the first day of a conference is often one). */
function firstHeadings(blocks: OutlineBlock[]): string {
  return blocks
    .filter((b) => b.kind === 'heading')
    .slice(0, 3)
    .map((b) => inlineText(b.content))
    .join('\n');
}

/** The one year a title names ("NDC Sydney 2024"), if any. */
function yearIn(title: string): number | undefined {
  const years = title.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g);
  return years && new Set(years).size === 1 ? Number(years[0]) : undefined;
}

/** The first lines of a document: where a date line or a speaker line stands. */
function openingText(blocks: OutlineBlock[]): string {
  const lines: string[] = [];
  for (const block of blocks.slice(0, 6))
    if (block.kind === 'paragraph' || block.kind === 'heading')
      lines.push(inlineText(block.content));
  return lines.join('\n').slice(0, 400);
}
