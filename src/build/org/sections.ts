/** The body of an Org tree in document order: headings at their depth, then the blocks under each. */
import type { Headline, OrgData } from 'uniorg';
import type { OutlineBlock, OutlineHeading } from '../outline';
import { orgBlocks, type BlockContext, type OrgElement } from './blocks';
import { orgInlines } from './inlines';

/** Subtrees Org's exporters leave out: `* COMMENT …` headings and those tagged `:noexport:`. */
function excluded(headline: Headline): boolean {
  return headline.commented || headline.tags.includes('noexport');
}

/** The heading of a headline, without TODO keyword, priority, tags or cookies (the parser splits off the first three). */
function heading(headline: Headline): OutlineHeading | undefined {
  const content = orgInlines(headline.children, { dropCookies: true });
  if (content.length === 0) return undefined;
  const level = Math.min(6, Math.max(1, headline.level)) as OutlineHeading['level'];
  return { kind: 'heading', level, content };
}

/** Headings and blocks of `tree`; sections are walked with an explicit stack, as they nest one per star. */
export function outlineBlocks(tree: OrgData, context: BlockContext): OutlineBlock[] {
  const out: OutlineBlock[] = [];
  const stack: OrgElement[] = [...tree.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'section') {
      out.push(...orgBlocks([node], context));
      continue;
    }
    const [first, ...rest] = node.children;
    let body = node.children;
    if (first?.type === 'headline') {
      if (excluded(first)) continue;
      const head = heading(first);
      if (head) out.push(head);
      body = rest;
    }
    for (let i = body.length - 1; i >= 0; i--) stack.push(body[i]!);
  }
  return out;
}
