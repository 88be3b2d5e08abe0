/** The document's own metadata from `#+KEY: value` lines: title, date, author, tags, description. */
import type { Keyword, OrgData, OrgNode } from 'uniorg';
import { orgDate } from './org-date';

/** What the keywords of one Org file declare. */
export interface OrgMetadata {
  title?: string;
  date?: string;
  author?: string;
  tags: string[];
  description?: string;
  warnings: string[];
}

/** Every keyword of the tree in document order (an explicit stack: no recursion on depth). */
function keywordsOf(tree: OrgData): Keyword[] {
  const out: Keyword[] = [];
  const stack: OrgNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'keyword') out.push(node);
    else if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/** `:emacs:berlin:` (FILETAGS) or `emacs, org-mode` / `emacs org-mode` (KEYWORDS) as tags. */
function splitTags(key: string, value: string): string[] {
  if (key === 'FILETAGS') return value.split(':');
  return value.split(value.includes(',') ? ',' : /\s+/);
}

/** The metadata the keywords of `tree` declare; repeated TITLE and DESCRIPTION lines are joined, as Org does. */
export function orgMetadata(tree: OrgData): OrgMetadata {
  const values = new Map<string, string[]>();
  for (const { key, value } of keywordsOf(tree)) {
    const text = value.trim();
    if (text) values.set(key, [...(values.get(key) ?? []), text]);
  }
  const first = (key: string) => values.get(key)?.[0];
  const joined = (key: string) => values.get(key)?.join(' ');

  const warnings: string[] = [];
  const rawDate = first('DATE');
  const date = rawDate === undefined ? undefined : orgDate(rawDate);
  if (rawDate !== undefined && !date) warnings.push(`#+DATE "${rawDate}" is not a date`);

  const tags: string[] = [];
  for (const key of ['FILETAGS', 'KEYWORDS'])
    for (const value of values.get(key) ?? [])
      for (const tag of splitTags(key, value).map((t) => t.trim()))
        if (tag && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);

  return {
    title: joined('TITLE'),
    date,
    author: first('AUTHOR'),
    tags,
    description: joined('DESCRIPTION'),
    warnings,
  };
}
