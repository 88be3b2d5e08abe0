/**
 * Blogger-style text pages: the site tagline, a date line (`Friday, April 3, 2015`), the post
 * title, the body, then footer chrome. Numbered agenda items `Name - Topic` become talks (title
 * the topic, speaker the name) with their nested points; a post without an agenda is one talk.
 */
import { textToInlines } from '../../shared/inline';
import type { Block } from '../../shared/types';
import type { ParsedTalk as Talk } from '../model';
import type { DocumentReader, ParsedDocument, SourceFile } from '../model';
import { parseLongDate } from '../dates';
import { outlineToBlocks, parseOutline, type OutlineNode } from './indented-outline';
import { shortTitle } from './short-title';

const DATE_LINE =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4}$/;
// a line from which everything on is comments, navigation and feeds
const FOOTER_START =
  /^(?:No comments:?|\d+ comments?:?|Post a Comment|Newer Post|Older Post|Subscribe to: Post Comments \(Atom\))$/i;
// trailing lines that are chrome wherever they sit at the end
const FOOTER_LINE =
  /^(?:(?:Newer Post|Older Post|Home)(?:\s+(?:Newer Post|Older Post|Home))*|Labels?:.*|Posted by .*|Email This|BlogThis!|Share to (?:Twitter|Facebook|Pinterest)|Share on .*|Reactions:.*)$/i;
const AGENDA_ITEM = /^(\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*){0,2})\s+[-–—]\s+(\S.*)$/u;
const LABEL_LINE = /^[^.!?:]{1,40}:$/;
const POSTED_BY = /^Posted by\s+(.+?)(?:\s+at\s+\d.*)?$/i;

function nonEmptyLines(text: string, limit: number): Array<{ index: number; line: string }> {
  const out: Array<{ index: number; line: string }> = [];
  const lines = text.split('\n', 200);
  for (let i = 0; i < lines.length && out.length < limit; i++) {
    const line = lines[i]!.trim();
    if (line) out.push({ index: i, line });
  }
  return out;
}

/** Likely a Blogger page: a weekday date line near the top, more so with Blogger's footer. */
function detect(file: SourceFile): number {
  if (
    /\.(md|markdown)$/i.test(file.path) ||
    /^\uFEFF?\s*(---|\+\+\+)\s*$/m.test(file.text.slice(0, 200).split('\n', 3).join('\n'))
  )
    return 0;
  const hasDate = nonEmptyLines(file.text, 6).some(({ line }) => DATE_LINE.test(line));
  const tail = file.text.slice(-3000);
  const hasFooter =
    /^(?:Post a Comment|No comments:|\d+ comments?:|Subscribe to: Post Comments \(Atom\))\s*$/m.test(
      tail,
    );
  if (hasDate) return hasFooter ? 0.9 : 0.7;
  return hasFooter && /^(?:Newer Post|Older Post)\s*$/m.test(tail) ? 0.5 : 0;
}

/** The body lines without the footer, and the author when a `Posted by` line names one. */
function cutFooter(lines: string[]): { body: string[]; author?: string } {
  let end = lines.findIndex((l) => FOOTER_START.test(l.trim()));
  if (end < 0) end = lines.length;
  let author: string | undefined;
  for (const l of lines.slice(end)) author ??= POSTED_BY.exec(l.trim())?.[1];
  while (end > 0 && (lines[end - 1]!.trim() === '' || FOOTER_LINE.test(lines[end - 1]!.trim()))) {
    author ??= POSTED_BY.exec(lines[end - 1]!.trim())?.[1];
    end--;
  }
  return { body: lines.slice(0, end), author };
}

/** A talk for an agenda item, its long topic kept in full when the title had to be shortened. */
function agendaTalk(node: OutlineNode, speaker: string, topic: string): Talk {
  const title = shortTitle(topic);
  const blocks: Block[] =
    title === topic ? [] : [{ kind: 'paragraph', content: textToInlines(topic) }];
  blocks.push(...outlineToBlocks(node.children));
  if (blocks.length === 0) blocks.push({ kind: 'paragraph', content: textToInlines(topic) });
  return { title, speakers: [{ name: speaker }], blocks };
}

function read(file: SourceFile): ParsedDocument {
  const lines = file.text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const head = nonEmptyLines(file.text.replace(/^\uFEFF/, ''), 6);
  const dateAt = head.find(({ line }) => DATE_LINE.test(line));
  // the tagline and date go; the title is the first line after the date (or the first line at all)
  const titleAt = head.find(({ index }) => index > (dateAt?.index ?? -1));
  if (!titleAt) throw new Error('no post title after the date line');
  const { body, author } = cutFooter(lines.slice(titleAt.index + 1));
  const roots = parseOutline(body);

  const agenda = roots.filter((n) => n.marker === 'ordered' && AGENDA_ITEM.test(n.text));
  const description: Block[] = [];
  const talks: Talk[] = [];
  if (agenda.length >= 2) {
    let current: Talk | undefined;
    for (const node of roots) {
      const match = node.marker === 'ordered' ? AGENDA_ITEM.exec(node.text) : null;
      if (match) {
        current = agendaTalk(node, match[1]!, match[2]!);
        talks.push(current);
      } else if (current) current.blocks.push(...outlineToBlocks([node]));
      else if (!(node.marker === 'text' && LABEL_LINE.test(node.text)))
        description.push(...outlineToBlocks([node]));
    }
  } else {
    const blocks = outlineToBlocks(roots);
    if (blocks.length === 0) throw new Error('the post has a title but no text');
    talks.push({ title: titleAt.line, speakers: author ? [{ name: author }] : [], blocks });
  }
  return {
    title: titleAt.line,
    date: dateAt ? parseLongDate(dateAt.line) : undefined,
    tags: [],
    author,
    kind: agenda.length >= 2 ? 'meetup' : 'blog',
    description,
    talks,
    warnings: [],
  };
}

/** The reader for Blogger text pages (see module comment). */
export const bloggerPostReader: DocumentReader = { name: 'blogger-post', detect, read };
