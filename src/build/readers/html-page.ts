/**
 * HTML documents: saved web pages, Org-mode and Etherpad exports, and ERB-templated fragments
 * under YAML front matter. The page is read as HTML (never shown as source) into an outline with
 * headings at their true depth, site chrome left out, and split into talks by segmentOutline.
 * Front matter wins over what the markup declares.
 */
import { decodeHTML } from 'entities';
import { textToInlines } from '../../shared/inline';
import type { Block, Speaker } from '../../shared/types';
import { frontMatterFields, speakersOf, uniqueTags } from '../front-matter-fields';
import { detectHtml } from '../html/detect-html';
import { readFrontMatter } from '../front-matter-head';
import { readHtmlPage } from '../html/page';
import { withoutLeadingTitle } from '../html/page-title';
import { stripTemplateTags } from '../html/template-tags';
import type { DocumentReader, ParsedDocument, SourceFile } from '../model';
import type { DocumentOutline } from '../outline';
import { segmentOutline } from '../segment/index';

/** A front matter value the site prints into HTML as is, so `L&#039;an` means `L'an`. */
function decoded(text: string | undefined): string | undefined {
  return text?.includes('&') ? decodeHTML(text) : text;
}

/** The outline of an HTML file before segmentation; throws when the page holds no text at all. */
export function readHtmlOutline(file: SourceFile): DocumentOutline {
  const { data, body, hasFrontMatter, warnings } = readFrontMatter(file.text);
  const raw = frontMatterFields(data);
  const fields = {
    ...raw,
    title: decoded(raw.title),
    author: decoded(raw.author),
    description: decoded(raw.description),
  };
  const page = readHtmlPage(stripTemplateTags(body, hasFrontMatter));
  const title = fields.title ?? page.title;
  const description: Block[] = fields.description
    ? [{ kind: 'paragraph', content: textToInlines(fields.description) }]
    : [];
  const speakers: Speaker[] = speakersOf(data);
  const outline: DocumentOutline = {
    title,
    date: fields.date ?? page.date,
    tags: uniqueTags([...fields.tags, ...page.tags]),
    author: fields.author ?? page.author,
    speakers,
    // a numbered episode in the metadata is a podcast's, whatever the page looks like
    kind: typeof data.episode === 'number' ? 'podcast' : undefined,
    description,
    blocks: withoutLeadingTitle(page.blocks, title),
    warnings: [...warnings, ...page.warnings],
  };
  if (outline.blocks.length === 0 && description.length === 0)
    throw new Error('no text in the page body');
  return outline;
}

function read(file: SourceFile): ParsedDocument {
  return segmentOutline(readHtmlOutline(file), file);
}

/** The reader for HTML pages and HTML exports (see module comment). */
export const htmlPageReader: DocumentReader = { name: 'html-page', detect: detectHtml, read };
