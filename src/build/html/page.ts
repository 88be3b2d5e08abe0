/**
 * A whole HTML page (a saved web page, an Org-mode or Etherpad export, an ERB fragment) as an
 * outline and the metadata its markup declares: scan once, read the metadata, pick the content
 * scope, replay it without chrome. If leaving chrome out leaves nothing, the whole page is read.
 */
import { normaliseDate } from '../dates';
import { MAX_BLOCK_DEPTH } from '../markdown/html-sink';
import type { OutlineBlock } from '../outline';
import { contentScope } from './page-chrome';
import { pageContent } from './page-content';
import { pageMeta } from './page-meta';
import { scanPage } from './page-scan';
import { pageTitle } from './page-title';

/** What the page's markup says: absent values stay undefined, tags may be empty. */
export interface HtmlPage {
  title?: string;
  /** ISO `YYYY-MM-DD` from `<meta>` dates, else the first `<time>`. */
  date?: string;
  author?: string;
  /** From `<meta name="keywords">`. */
  tags: string[];
  /** The content, headings at their source depth (the title heading is still there). */
  blocks: OutlineBlock[];
  /** Non-fatal problems: nesting too deep to keep. */
  warnings: string[];
}

const DATE_METAS = [
  'date',
  'dcterms.date',
  'dc.date',
  'article:published_time',
  'datepublished',
] as const;

/** The outline and declared metadata of the page `html` (see module comment). */
export function readHtmlPage(html: string): HtmlPage {
  const scan = scanPage(html);
  const meta = pageMeta(scan);
  let content = pageContent(scan, contentScope(scan), true);
  if (content.blocks.length === 0) content = pageContent(scan, -1, false);
  const generator = meta.metas.get('generator')?.toLowerCase();
  // an Etherpad export's <title> is the pad's id, and its author the program
  const titleTag = generator === 'etherpad' ? undefined : meta.title;
  const author = meta.metas.get('author');
  let date: string | undefined;
  for (const key of DATE_METAS) date ??= normaliseDate(meta.metas.get(key));
  return {
    title: pageTitle(titleTag, content.h1s, content.h1s[0] ?? meta.h1s[0]),
    date: date ?? meta.time,
    author: author && author.toLowerCase() !== generator ? author : undefined,
    tags: (meta.metas.get('keywords') ?? '')
      .split(/[,;]/)
      .map((t) => t.trim())
      .filter(Boolean),
    blocks: content.blocks,
    warnings: content.flattened
      ? [`lists, quotes or emphasis nested deeper than ${MAX_BLOCK_DEPTH} levels were flattened`]
      : [],
  };
}
