/**
 * Markdown documents, with or without front matter (Hugo, Jekyll, plain notes). A body that is a
 * sequence of `#` headings (podcast notes such as DevZen) gives one talk per heading; anything
 * else is one talk holding the whole post, its sub-headings kept. Broken front matter is not
 * fatal: the body is still read and the problem is reported as a warning.
 */
import { textToInlines } from '../../shared/inline';
import type { Block, EventKind } from '../../shared/types';
import { isoDate } from '../dates';
import { parseFrontMatter, splitFrontMatter } from '../front-matter';
import { frontMatterFields, type FrontMatterFields } from '../front-matter-fields';
import { nodesToBlocks, parseMarkdown } from '../markdown/index';
import type { DocumentReader, ParsedDocument, ParsedTalk, SourceFile } from '../model';
import { stripTemplating } from '../templating';
import { leadingTitle, splitByTopHeadings } from './markdown-sections';

const MARKDOWN_EXTENSION = /\.(md|markdown|mdown|mkd)$/i;
const FRONT_MATTER_START = /^(?:\uFEFF)?(?:[ \t]*\r?\n)*(---|\+\+\+)[ \t]*\r?\n/;
const ATX_HEADING = /^#{1,6}[ \t]+\S/m;
const MARKDOWN_LINK = /\]\((?:https?:|mailto:|\/|#)/;
const PODCAST = /\b(?:episode|podcast|devzen)\b|episode-\d/i;
const DATE_IN_NAME = /(?:^|\/)(\d{4})-(\d{2})-(\d{2})[^/]*$/;

/** How sure we are that `file` is markdown: front matter, the extension, or headings with links. */
function detect(file: SourceFile): number {
  const head = file.text.slice(0, 8192);
  const open = FRONT_MATTER_START.exec(head);
  if (open) {
    const fence = open[1] === '---' ? /^(?:---|\.\.\.)[ \t]*\r?$/m : /^\+\+\+[ \t]*\r?$/m;
    if (fence.test(head.slice(open[0].length))) return 0.95;
  }
  if (MARKDOWN_EXTENSION.test(file.path)) return 0.8;
  if (ATX_HEADING.test(head))
    return MARKDOWN_LINK.test(head) || /^\s*[-*+] \S/m.test(head) ? 0.6 : 0.4;
  return 0;
}

function kindOf(fields: FrontMatterFields, title: string, hasFrontMatter: boolean): EventKind {
  if (fields.tags.some((t) => PODCAST.test(t)) || PODCAST.test(title)) return 'podcast';
  return hasFrontMatter ? 'blog' : 'notes';
}

function titleFromPath(path: string): string {
  const base = path
    .split('/')
    .pop()!
    .replace(/\.[^.]+$/, '');
  const words = base
    .replace(/^\d{4}-\d{2}-\d{2}-?/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return words || base;
}

function dateFromPath(path: string): string | undefined {
  const m = DATE_IN_NAME.exec(path);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** Front matter fields and the body; a broken block becomes a warning, not a failure. */
function readHead(text: string): {
  fields: FrontMatterFields;
  body: string;
  hasFrontMatter: boolean;
  warnings: string[];
} {
  const split = splitFrontMatter(text);
  const warnings: string[] = [];
  let data: Record<string, unknown> = {};
  if (split.raw !== undefined && split.format) {
    try {
      data = parseFrontMatter(split.raw, split.format);
    } catch (error) {
      warnings.push(
        `${error instanceof Error ? error.message : String(error)}; the body was read without it`,
      );
    }
  }
  return {
    fields: frontMatterFields(data),
    body: split.body,
    hasFrontMatter: split.raw !== undefined,
    warnings,
  };
}

function read(file: SourceFile): ParsedDocument {
  const { fields, body, hasFrontMatter, warnings } = readHead(file.text);
  const tokens = parseMarkdown(stripTemplating(body));
  const description: Block[] = fields.description
    ? [{ kind: 'paragraph', content: textToInlines(fields.description) }]
    : [];
  const split = splitByTopHeadings(tokens);
  let title = fields.title;
  let talks: ParsedTalk[];

  if (split) {
    title ??= titleFromPath(file.path);
    talks = split.sections
      .filter((s) => s.blocks.length > 0 || s.title)
      .map((s) => ({
        title: s.title || title!,
        speakers: [],
        blocks:
          s.blocks.length > 0 ? s.blocks : [{ kind: 'paragraph', content: textToInlines(s.title) }],
      }));
    if (description.length === 0) description.push(...split.preamble);
  } else {
    const lead = title ? undefined : leadingTitle(tokens);
    title = title ?? lead?.title ?? titleFromPath(file.path);
    const blocks = nodesToBlocks(lead ? lead.rest : tokens);
    if (blocks.length === 0) {
      if (description.length === 0) throw new Error('no text after the front matter');
      blocks.push(...description);
    }
    talks = [{ title, speakers: fields.authors.map((name) => ({ name })), blocks }];
  }

  const kind = kindOf(fields, title, hasFrontMatter);
  // podcast topics are news items, not talks by the hosts
  if (kind === 'podcast') for (const talk of talks) talk.speakers = [];
  return {
    title,
    date: fields.date ?? dateFromPath(file.path),
    tags: fields.tags,
    author: fields.author,
    kind,
    description,
    talks,
    warnings,
  };
}

/** The reader for markdown notes and blog posts (see module comment). */
export const hugoMarkdownReader: DocumentReader = { name: 'hugo-markdown', detect, read };
