/**
 * What a page's markup says about itself: the `<title>`, `<meta>` values, the first `<time>` and
 * the text of every `<h1>`. Read from the scanned events in one loop, without recursion.
 */
import { normaliseDate } from '../dates';
import { isSectionNumber } from './page-chrome';
import type { PageScan } from './page-scan';

/** The page's own metadata; absent values stay undefined. */
export interface PageMeta {
  /** The `<title>` text, whitespace collapsed. */
  title?: string;
  /** `<meta>` content by lower-case `name`, `property` or `itemprop`; the first of each wins. */
  metas: Map<string, string>;
  /** ISO date of the first `<time>` outside navigation, sidebars and footers. */
  time?: string;
  /** The text of each `<h1>`, in document order (Org section numbers left out). */
  h1s: string[];
}

const OFF_CONTENT = new Set(['nav', 'aside', 'footer', 'script', 'template']);

/** Collapses runs of white space (and drops zero-width spaces) so titles compare as read. */
export function collapse(text: string): string {
  return text
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The metadata of a scanned page (see PageMeta). */
export function pageMeta(scan: PageScan): PageMeta {
  const { elements, events } = scan;
  const metas = new Map<string, string>();
  const h1s: string[] = [];
  let title: string | undefined;
  let time: string | undefined;
  let titleText: string | undefined;
  let h1Text: string | undefined;
  let offContent = 0;
  let numbers = 0;
  for (const event of events) {
    if (event.type === 'text') {
      if (titleText !== undefined) titleText += event.text;
      if (h1Text !== undefined && numbers === 0) h1Text += event.text;
      continue;
    }
    const { name, attrs } = elements[event.el]!;
    const opening = event.type === 'open';
    const step = opening ? 1 : -1;
    if (OFF_CONTENT.has(name)) offContent += step;
    if (isSectionNumber(attrs)) numbers += step;
    if (name === 'title') {
      if (opening && title === undefined) titleText = '';
      else if (!opening && titleText !== undefined)
        [title, titleText] = [collapse(titleText), undefined];
    } else if (name === 'h1') {
      if (opening) h1Text ??= '';
      else if (h1Text !== undefined) {
        if (collapse(h1Text)) h1s.push(collapse(h1Text));
        h1Text = undefined;
      }
    } else if (name === 'meta' && opening) {
      const key = (attrs.name ?? attrs.property ?? attrs.itemprop ?? '').trim().toLowerCase();
      const content = collapse(attrs.content ?? '');
      if (key && content && !metas.has(key)) metas.set(key, content);
    } else if (name === 'time' && opening && offContent === 0 && time === undefined) {
      time = normaliseDate(attrs.datetime ?? '');
    }
  }
  return { title: title || undefined, metas, time, h1s };
}
