/**
 * Which part of a page is its content: the one `<main>` or `<article>`, else the `<body>`; and
 * which elements inside are site chrome (navigation, page header and footer, sidebars, forms,
 * scripts, Org-mode's table of contents and postamble). A landmark that holds most of the text is
 * content whatever its tag says, so a page that is all `<nav>` or wrapped in a `<form>` still reads.
 */
import { safeHref } from '../../shared/inline';
import type { PageElement, PageScan } from './page-scan';

/** Never content: their text is code, markup or controls. */
const ALWAYS_DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'head',
  'button',
  'select',
  'textarea',
]);
/** Org-mode export chrome: the generated table of contents, the preamble/postamble and home/up links. */
const ORG_CHROME_ID = /^(?:table-of-contents|preamble|postamble|org-div-home-and-up)$/;
const SECTION_NUMBER = /(?:^|\s)section-number-\d+(?:\s|$)/;
/** ARIA landmark roles read as the elements they stand for. */
const ROLE_AS = new Map([
  ['navigation', 'nav'],
  ['banner', 'header'],
  ['contentinfo', 'footer'],
  ['complementary', 'aside'],
  ['search', 'form'],
]);
/** An embed worth keeping as a link: the talk's video or slides. */
const TALK_EMBED =
  /^https?:\/\/(?:[\w-]+\.)*(?:youtube(?:-nocookie)?\.com|youtu\.be|vimeo\.com|slideshare\.net|speakerdeck\.com|dailymotion\.com|slides\.com)\//i;
/** Ancestors that make a header or footer part of the text rather than of the page. */
export const SECTIONING = new Set(['article', 'section', 'main']);

/** True for Org's `<span class="section-number-2">1</span>` heading numbers. */
export function isSectionNumber(attrs: Record<string, string>): boolean {
  return SECTION_NUMBER.test(attrs.class ?? '');
}

/** Where an element sits: how many sectioning elements and articles enclose it. */
export interface ChromeContext {
  sectioning: number;
  articles: number;
  /** Visible text of the whole content scope, to tell a landmark that is the content. */
  scopeText: number;
}

/** True when `el` is chrome to leave out of the content (see module comment). */
export function isChrome(el: PageElement, context: ChromeContext): boolean {
  const { name, attrs } = el;
  if (ALWAYS_DROPPED.has(name)) return true;
  if (name === 'iframe') return !TALK_EMBED.test(safeHref(attrs.src ?? '') ?? '');
  if (ORG_CHROME_ID.test(attrs.id ?? '') || isSectionNumber(attrs)) return true;
  const kind = ROLE_AS.get((attrs.role ?? '').trim().toLowerCase()) ?? name;
  const landmark =
    kind === 'nav' ||
    kind === 'form' ||
    (kind === 'aside' && context.articles === 0) ||
    ((kind === 'header' || kind === 'footer') && context.sectioning === 0);
  return landmark && el.textLength * 2 <= context.scopeText;
}

/** The index of the element to read (the one main, else the one article, else the body), or -1 for all. */
export function contentScope(scan: PageScan): number {
  const { elements } = scan;
  const named = (test: (e: PageElement) => boolean) =>
    elements.flatMap((e, i) => (test(e) ? [i] : []));
  const bodies = named((e) => e.name === 'body');
  const body = bodies.length === 1 ? bodies[0]! : -1;
  const bodyText = body >= 0 ? elements[body]!.textLength : scan.textLength;
  const mains = named((e) => e.name === 'main' || (e.attrs.role ?? '').trim() === 'main');
  const articles = named((e) => e.name === 'article');
  for (const candidates of [mains, articles]) {
    if (candidates.length !== 1) continue;
    // a lone <article> that is a teaser card, not the text, must not hide the page
    if (elements[candidates[0]!]!.textLength * 5 >= bodyText) return candidates[0]!;
  }
  return body;
}
