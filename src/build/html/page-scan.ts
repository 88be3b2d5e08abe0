/**
 * One pass of htmlparser2 over a whole page, kept as a flat list of events and a table of its
 * elements (name, id, classes, parent, visible text size), so later steps can decide what is
 * chrome before anything is turned into blocks. No DOM and no recursion, so depth costs nothing.
 */
import { parseHtml } from '../markdown/html-blocks';
import { HIDDEN_ELEMENTS } from '../markdown/html-tag';

/** One element of the page, in the order its start tag appears. */
export interface PageElement {
  name: string;
  attrs: Record<string, string>;
  /** Index of the enclosing element, -1 at the top. */
  parent: number;
  /** Characters of visible (non-blank, not script or style) text inside, descendants included. */
  textLength: number;
}

/** A parser event; `el` indexes `PageScan.elements`, a text's `el` is its innermost element or -1. */
export type PageEvent =
  | { type: 'open'; el: number }
  | { type: 'close'; el: number; implied: boolean }
  | { type: 'text'; el: number; text: string };

/** The elements and events of a page, in document order. */
export interface PageScan {
  elements: PageElement[];
  events: PageEvent[];
  /** Characters of visible text in the whole page. */
  textLength: number;
}

/** The elements and events of `html` (htmlparser2 closes every element it opens, so events balance). */
export function scanPage(html: string): PageScan {
  const elements: PageElement[] = [];
  const events: PageEvent[] = [];
  const open: number[] = [];
  let total = 0;
  const current = () => (open.length > 0 ? open[open.length - 1]! : -1);
  parseHtml(html, {
    onopentag(name, attrs) {
      elements.push({ name, attrs, parent: current(), textLength: 0 });
      open.push(elements.length - 1);
      events.push({ type: 'open', el: elements.length - 1 });
    },
    onclosetag(_name, implied) {
      const el = open.pop();
      if (el === undefined) return;
      events.push({ type: 'close', el, implied });
      const { parent, name, textLength: length } = elements[el]!;
      if (HIDDEN_ELEMENTS.has(name)) return;
      if (parent >= 0) elements[parent]!.textLength += length;
      else total += length;
    },
    ontext(text) {
      const el = current();
      events.push({ type: 'text', el, text });
      const length = text.replace(/\s+/g, '').length;
      if (el >= 0) elements[el]!.textLength += length;
      else total += length;
    },
  });
  return { elements, events, textLength: total };
}
