/**
 * Replays a scanned page's content scope into the outline sink, skipping chrome subtrees, and
 * notes the `<h1>` texts that were kept (the ones that may confirm or give the title).
 */
import { HtmlBlockSink } from '../markdown/html-sink';
import type { OutlineBlock } from '../outline';
import { SECTIONING, isChrome, type ChromeContext } from './page-chrome';
import { collapse } from './page-meta';
import type { PageScan } from './page-scan';

/** The outline of a page's content and the text of the `<h1>`s in it. */
export interface PageContent {
  blocks: OutlineBlock[];
  h1s: string[];
  /** Lists, quotes or marks nested past the sink's limit were flattened. */
  flattened: boolean;
}

/**
 * The content of `scan` inside element `scope` (-1: the whole page). With `dropChrome` false
 * nothing is skipped (the sink still hides scripts and styles): the fallback when chrome was all.
 */
export function pageContent(scan: PageScan, scope: number, dropChrome: boolean): PageContent {
  const { elements, events } = scan;
  const sink = new HtmlBlockSink(true);
  const context: ChromeContext = {
    sectioning: 0,
    articles: 0,
    scopeText: scope >= 0 ? elements[scope]!.textLength : scan.textLength,
  };
  const h1s: string[] = [];
  let h1Text: string | undefined;
  let inScope = scope < 0;
  let skipping = -1;
  for (const event of events) {
    if (skipping >= 0) {
      if (event.type === 'close' && event.el === skipping) skipping = -1;
      continue;
    }
    if (!inScope) {
      inScope = event.type === 'open' && event.el === scope;
      if (!inScope) continue;
    }
    if (event.type === 'text') {
      // zero-width spaces (Etherpad starts pages with one) are not text to keep
      const text = event.text.replace(/\u200b/g, '');
      if (h1Text !== undefined) h1Text += text;
      sink.ontext(text);
      continue;
    }
    const element = elements[event.el]!;
    const { name, attrs } = element;
    if (event.type === 'open') {
      if (dropChrome && event.el !== scope && isChrome(element, context)) {
        skipping = event.el;
        continue;
      }
      if (SECTIONING.has(name)) context.sectioning++;
      if (name === 'article') context.articles++;
      if (name === 'h1') h1Text ??= '';
      sink.onopentag(name, attrs);
    } else {
      if (SECTIONING.has(name)) context.sectioning--;
      if (name === 'article') context.articles--;
      if (name === 'h1' && h1Text !== undefined) {
        if (collapse(h1Text)) h1s.push(collapse(h1Text));
        h1Text = undefined;
      }
      sink.onclosetag(name, event.implied);
      if (event.el === scope) break;
    }
  }
  const blocks = sink.finish();
  return { blocks, h1s, flattened: sink.flattenedAny };
}
