/**
 * Markdown documents, with or without front matter (Hugo, Jekyll, plain notes), read into the
 * common outline (headings at their depth, raw HTML headings included); segmentation then decides
 * where the talks are. Front matter gives the title, date, tags, authors and podcast guests. Broken
 * front matter is not fatal: the body is still read and the problem is reported as a warning.
 */
import { textToInlines } from '../../shared/inline';
import { readFrontMatter } from '../front-matter-head';
import { frontMatterFields, speakersOf, type FrontMatterFields } from '../front-matter-fields';
import { parseMarkdown } from '../markdown/index';
import { limitNesting } from '../markdown/limit-nesting';
import { spaceCjkHeadings, tokensToOutline } from '../markdown/outline';
import type { DocumentReader, ParsedDocument, SourceFile } from '../model';
import type { DocumentOutline } from '../outline';
import { segmentOutline } from '../segment/index';
import { PODCAST_DOCUMENT } from '../segment/vocabulary';
import { stripTemplating } from '../templating';

const MARKDOWN_EXTENSION = /\.(md|markdown|mdown|mkd)$/i;
const FRONT_MATTER_START = /^(?:\uFEFF)?(?:[ \t]*\r?\n)*(---|\+\+\+)[ \t]*\r?\n/;
const ATX_HEADING = /^#{1,6}[ \t]+\S/m;
const MARKDOWN_LINK = /\]\((?:https?:|mailto:|\/|#)/;
/** Front-matter keys only podcast episodes carry. */
const PODCAST_FIELDS = [
  'episode',
  'episode_number',
  'audio',
  'enclosure',
  'podcast',
  'mp3',
  'duration',
  'guests',
];

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

/** Front matter fields and the body; a broken block becomes a warning, not a failure. */
function readHead(text: string): {
  data: Record<string, unknown>;
  fields: FrontMatterFields;
  body: string;
  warnings: string[];
} {
  const { data, body, warnings } = readFrontMatter(text);
  return { data, fields: frontMatterFields(data), body, warnings };
}

/** The front-matter title as written when YAML cut it at an unquoted ` #` (`title: parisJS #34` reads as "parisJS"). */
function rawTitle(text: string, parsed: string | undefined): string | undefined {
  if (!parsed) return parsed;
  const line = /^title:[ \t]*([^'"\n][^\n]*?)[ \t]*$/m.exec(text.slice(0, 4096));
  return line && line[1].startsWith(`${parsed} #`) ? line[1] : parsed;
}

/** The outline of a markdown document: front matter as metadata, the body with headings at their depth. */
export function markdownOutline(text: string, head = readHead(text)): DocumentOutline {
  const { data, fields, body, warnings } = head;
  const limited = limitNesting(body);
  if (limited.flattened)
    warnings.push('lists or quotes nested deeper than 64 levels were flattened');
  const tokens = parseMarkdown(spaceCjkHeadings(stripTemplating(limited.text)));
  const podcast =
    PODCAST_FIELDS.some((key) => key in data) || fields.tags.some((t) => PODCAST_DOCUMENT.test(t));
  return {
    title: rawTitle(text, fields.title),
    date: fields.date,
    tags: fields.tags,
    author: fields.author,
    speakers: speakersOf(data),
    ...(podcast ? { kind: 'podcast' as const } : {}),
    description: fields.description
      ? [{ kind: 'paragraph', content: textToInlines(fields.description) }]
      : [],
    blocks: tokensToOutline(tokens),
    warnings,
  };
}

function read(file: SourceFile): ParsedDocument {
  const head = readHead(file.text);
  const doc = segmentOutline(markdownOutline(file.text, head), file);
  // a blog post's authors wrote it: one talk of theirs when nothing else names its speakers
  if (doc.talks.length === 1 && doc.talks[0].speakers.length === 0 && doc.kind !== 'podcast')
    doc.talks[0].speakers = head.fields.authors.map((name) => ({ name }));
  return doc;
}

/** The reader for markdown notes and blog posts (see module comment). */
export const hugoMarkdownReader: DocumentReader = { name: 'hugo-markdown', detect, read };
