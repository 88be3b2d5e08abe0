/**
 * A long list that renders only the rows on screen or near it, scrolled by the window: the DOM
 * stays the same size for 50 events or 35,000. Rows have fixed heights in rem (CSS keeps them
 * exact), so every row's place is known without measuring, a jump is one scroll, and the
 * browser's own scroll restoration on back finds the page as tall as it was.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { lastAtMost } from '../../shared/last-at-most';
import { followWindowScroll } from '../window-scroll';
import { useHistoryScroll } from './list-scroll';

/** Rows rendered beyond each edge of the window, in window heights. */
const OVERSCAN = 1;
/** Rows rendered before the app runs (the prerendered page, and its first frame in the browser). */
export const STATIC_ROWS = 40;

/** Props: the rows, each row's height in rem, and how to draw one. */
export interface VirtualRowsProps<T> {
  rows: readonly T[];
  heightRem: (row: T) => number;
  render: (row: T, index: number) => ComponentChildren;
  /** Class of the list element. */
  class?: string;
  /** Receives a function that scrolls the window to a row (for jump links). */
  onReady?: (scrollToRow: (index: number) => void) => void;
  /** Told the rows drawn (`start` to `end`, exclusive) whenever they change. */
  onRange?: (start: number, end: number) => void;
}

const rootPx = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

/** The list; its rows are `<li>`s absolutely placed inside a `<ul>` as tall as all of them. */
export function VirtualRows<T>({
  rows,
  heightRem,
  render,
  onReady,
  onRange,
  ...props
}: VirtualRowsProps<T>) {
  const list = useRef<HTMLUListElement>(null);
  const [live, setLive] = useState(false);
  const [range, setRange] = useState<[number, number]>([0, STATIC_ROWS]);
  // Offsets in rem; the last entry is the total height.
  const offsets = useMemo(() => {
    const out = new Float64Array(rows.length + 1);
    for (let i = 0; i < rows.length; i++) out[i + 1] = out[i] + heightRem(rows[i]);
    return out;
  }, [rows]);

  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    setLive(true);
    const follower = followWindowScroll(() => {
      const size = rootPx();
      const top = element.getBoundingClientRect().top + window.scrollY;
      const margin = window.innerHeight * OVERSCAN;
      const from = (window.scrollY - top - margin) / size;
      const to = (window.scrollY - top + window.innerHeight + margin) / size;
      const start = lastAtMost(offsets, Math.max(0, from));
      const end = Math.min(rows.length, lastAtMost(offsets, Math.max(0, to)) + 1);
      setRange((old) => (old[0] === start && old[1] === end ? old : [start, end]));
    });
    // The text size setting changes the rem: re-measure when the list's box changes size.
    const resized =
      typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(follower.schedule);
    resized?.observe(element);
    onReady?.((index) => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      const header = document.querySelector('.site-top')?.getBoundingClientRect().height ?? 0;
      window.scrollTo({ top: top + offsets[index] * rootPx() - header, behavior: 'instant' });
    });
    return () => {
      follower.stop();
      resized?.disconnect();
    };
  }, [offsets]);

  const toldRange = useRef(onRange);
  toldRange.current = onRange;
  useEffect(() => {
    // (a range of rows since replaced by a shorter list waits for its own)
    if (live && range[1] <= rows.length) toldRange.current?.(range[0], range[1]);
  }, [live, range, rows]);

  // Once the list is as tall as all its rows, return to the place saved in this history entry.
  useHistoryScroll(live);

  if (!live) {
    // Before the app runs: the first rows in plain flow, the same places they take once live.
    return (
      <ul ref={list} class={props.class}>
        {rows.slice(0, STATIC_ROWS).map((row, i) => (
          <li key={i} style={{ height: `${heightRem(row)}rem` }}>
            {render(row, i)}
          </li>
        ))}
      </ul>
    );
  }
  const [start, end] = range;
  const shown: ComponentChildren[] = [];
  for (let i = start; i < Math.min(end, rows.length); i++) {
    shown.push(
      <li
        key={i}
        style={{
          position: 'absolute',
          insetInline: 0,
          top: `${offsets[i]}rem`,
          height: `${heightRem(rows[i])}rem`,
        }}
      >
        {render(rows[i], i)}
      </li>,
    );
  }
  return (
    <ul
      ref={list}
      class={props.class}
      style={{ position: 'relative', height: `${offsets[rows.length]}rem` }}
    >
      {shown}
    </ul>
  );
}
