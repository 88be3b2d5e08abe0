/** A document's title: what it declares, its title heading, or a first heading that names it; else its path, made readable. */
import { inlineText } from '../../shared/blocks-text';
import type { DocumentOutline, OutlineBlock, OutlineHeading } from '../outline';
import { dateInText } from './event-date';
import { isJunkTitle, tidyTitle, titleFromPath } from './event-title';
import { headingText } from './find-talks';
import { sectionTree, type Section } from './sections';
import { cleanTalkTitle } from './talk-title';
import { ARTICLE_HEADING, GROUP_HEADING, MULTI_TALK_DOCUMENT } from './vocabulary';

function isMeaningful(block: OutlineBlock): boolean {
  if (block.kind === 'rule') return false;
  if (block.kind === 'paragraph') {
    const text = inlineText(block.content).trim();
    // a logo or badge image reduced to its alt text or a bare link
    if (
      !text ||
      block.content.every((n) => n.kind === 'link' || (n.kind === 'text' && !n.text.trim()))
    )
      return false;
  }
  return true;
}

/** The first heading when it opens the body and no other heading shares its level: the document's own title. */
function titleHeadingIndex(blocks: OutlineBlock[]): number {
  const first = blocks.findIndex(isMeaningful);
  const heading = blocks[first];
  if (heading?.kind !== 'heading') return -1;
  const level = heading.level as number;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (i !== first && b.kind === 'heading' && (b.level as number) <= level) return -1;
  }
  return first;
}

/** Whether a heading is little more than a date ("July 23", "12/13/2016", "## 2017-05-16"): a meeting in an archive, not the document's name. */
function isDateOnly(title: string): boolean {
  if (/\b(?:agenda|programme|program|schedule|notes|minutes|meeting|recap)\b/i.test(title))
    return false;
  const letters = title.replace(/[^\p{L}]/gu, '').length;
  return (
    /\d/.test(title) &&
    letters <= 12 &&
    (dateInText(title) !== undefined ||
      /\d{1,4}[-/.]\d{1,2}/.test(title) ||
      GROUP_HEADING.test(title) ||
      /^\p{L}+\.?\s+\d{1,2}\b/u.test(title))
  );
}

/** The document's title, its body without the title heading, and the body's section tree (a first heading that named the document is folded into its root). */
export function documentTitle(
  outline: DocumentOutline,
  promoted: OutlineBlock[],
  path: string,
): { title: string; blocks: OutlineBlock[]; root: Section } {
  let blocks = promoted;
  const titleAt = titleHeadingIndex(blocks);
  const titleHeading = titleAt >= 0 ? headingText(blocks[titleAt] as OutlineHeading) : undefined;
  if (titleAt >= 0) blocks = blocks.filter((_, i) => i !== titleAt);
  const declared =
    outline.title && !isJunkTitle(outline.title) ? tidyTitle(outline.title) : undefined;
  const heading = titleHeading && !isJunkTitle(titleHeading) ? tidyTitle(titleHeading) : undefined;

  const root = sectionTree(blocks, headingText);
  // without a title of its own, a document that opens with a heading is named by it; that section is its introduction
  let firstHeading: string | undefined;
  if (!declared && !heading) {
    const first = root.children[0];
    const opener = blocks.findIndex((b) => b.kind === 'heading');
    const before = blocks.slice(0, opener).filter(isMeaningful);
    const shortBefore =
      before.length <= 1 &&
      before.every((b) => b.kind === 'paragraph' && inlineText(b.content).length < 80);
    // it names the document only when it is alone at its level or reads as a document's name
    // ("Agenda for the July 6th video call …"), never when it is the first of several talks
    const alone =
      first && root.children.every((c, k) => k === 0 || c.heading!.level !== first.heading!.level);
    const namesDocument =
      first !== undefined &&
      (MULTI_TALK_DOCUMENT.test(first.title) || /(?<!\d)(?:19|20)\d{2}(?!\d)/.test(first.title)) &&
      !ARTICLE_HEADING.test(cleanTalkTitle(first.title)) &&
      !isDateOnly(first.title);
    if (
      first &&
      opener >= 0 &&
      shortBefore &&
      (alone || namesDocument) &&
      !isJunkTitle(first.title) &&
      !ARTICLE_HEADING.test(cleanTalkTitle(first.title))
    ) {
      firstHeading = tidyTitle(first.title);
      root.blocks.push(...first.blocks);
      root.children.splice(0, 1, ...first.children);
    }
  }
  // "# June 8, 2016" names a meeting of a series the path names: "Sig Apps 2016-06-08"
  const fromPath = titleFromPath(path);
  const named = declared ?? heading ?? firstHeading;
  const title =
    named && isDateOnly(named) && /\p{L}{3}/u.test(fromPath.replace(/\d/g, '')) ? fromPath : named;
  return { title: title ?? fromPath, blocks, root };
}
