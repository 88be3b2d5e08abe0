/**
 * A list drawn in pages, where a page far from the screen is replaced by a spacer as tall as it
 * was when drawn: the DOM stays bounded however many results are loaded. The home list's rows
 * have fixed heights; results do not (titles and snippets wrap), so each page is measured once
 * drawn, and only a measured page is ever replaced. Back finds the list as tall as it was.
 */
import { Fragment, type ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { followWindowScroll } from '../window-scroll';

/** Pages drawn beyond each edge of the window, in window heights. */
const OVERSCAN = 1;
/** Up to this many pages are all drawn, never measured (typing shows one page each keystroke). */
const ALL_DRAWN = 2;

/** Attributes the `<li>` of an item that starts or ends a page carries (for measuring). */
export interface PageMarks {
  'data-page-start'?: number;
  'data-page-end'?: number;
}

/** Props: the items, how many make a page, each item's key and how to draw it (an `<li>` with `marks`). */
export interface ResultPagesProps<T> {
  items: readonly T[];
  pageSize: number;
  keyOf: (item: T) => string;
  render: (item: T, marks: PageMarks) => ComponentChildren;
  class?: string;
}

/** What a page was when measured: its items, and its height in px. */
interface Measure<T> {
  items: readonly T[];
  height: number;
}

/** The list: an `<ol>` of the drawn pages' items, with one spacer before and one after them. */
export function ResultPages<T>({ items, pageSize, keyOf, render, ...props }: ResultPagesProps<T>) {
  const list = useRef<HTMLOListElement>(null);
  const measures = useRef<Array<Measure<T> | undefined>>([]);
  const width = useRef(0);
  // Pages drawn, [from, to); null until the list is measured: every page is drawn.
  const [range, setRange] = useState<[number, number] | null>(null);
  const pages = Math.ceil(items.length / pageSize);
  const pageOf = (p: number) => items.slice(p * pageSize, (p + 1) * pageSize);
  // A page measured with other items (a new query, a re-ranking) is not measured any more.
  const heightOf = (p: number): number | undefined => {
    const m = measures.current[p];
    const page = pageOf(p);
    const same = m?.items.length === page.length && page.every((item, n) => m.items[n] === item);
    return same ? m.height : undefined;
  };

  useLayoutEffect(() => {
    const element = list.current;
    if (!element || pages <= ALL_DRAWN) return;
    width.current ||= element.clientWidth;
    const measure = () => {
      for (const first of element.querySelectorAll<HTMLElement>('[data-page-start]')) {
        const p = Number(first.dataset.pageStart);
        const page = pageOf(p);
        const last = element.querySelector(`[data-page-end="${p}"]`);
        if (!last) continue;
        const height = last.getBoundingClientRect().bottom - first.getBoundingClientRect().top;
        measures.current[p] = { items: page, height };
      }
    };
    return followWindowScroll(() => {
      if (element.clientWidth !== width.current) {
        // Rotated or resized: every page wraps anew; draw them all and measure again.
        width.current = element.clientWidth;
        measures.current = [];
        setRange(null);
        return;
      }
      measure();
      const top = element.getBoundingClientRect().top + window.scrollY;
      const margin = window.innerHeight * OVERSCAN;
      const from = window.scrollY - top - margin;
      const to = window.scrollY - top + window.innerHeight + margin;
      let start = pages;
      let end = 0;
      let y = 0;
      for (let p = 0; p < pages; p++) {
        const height = heightOf(p);
        // A page not measured yet is always drawn (so it can be).
        if (height === undefined || (y + height > from && y < to)) {
          start = Math.min(start, p);
          end = p + 1;
        }
        y += height ?? 0;
      }
      const next: [number, number] = start < end ? [start, end] : [0, 0];
      setRange((old) => (old && old[0] === next[0] && old[1] === next[1] ? old : next));
    }).stop;
    // Measured again when the items change (or the pages drawn do), not on every render.
  }, [items, range]);

  const [from, to] = range && pages > ALL_DRAWN ? range : [0, pages];
  let before = 0;
  let after = 0;
  const drawn: ComponentChildren[] = [];
  for (let p = 0; p < pages; p++) {
    const height = heightOf(p);
    if (height !== undefined && (p < from || p >= to)) {
      if (p < from) before += height;
      else after += height;
      continue;
    }
    const page = pageOf(p);
    page.forEach((item, n) => {
      const marks: PageMarks = {};
      if (n === 0) marks['data-page-start'] = p;
      if (n === page.length - 1) marks['data-page-end'] = p;
      drawn.push(<Fragment key={keyOf(item)}>{render(item, marks)}</Fragment>);
    });
  }
  return (
    <ol ref={list} class={props.class}>
      {before > 0 && (
        <li class="result-pages__spacer" aria-hidden="true" style={{ height: `${before}px` }} />
      )}
      {drawn}
      {after > 0 && (
        <li class="result-pages__spacer" aria-hidden="true" style={{ height: `${after}px` }} />
      )}
    </ol>
  );
}
