/**
 * The bar under the header while a talk is read: how far through it the reader is and the time
 * left, a way back to the top, and, when the talk was opened from search (`?hl=`), its matched
 * words marked in the text with a way to step from one to the next. It sits in the sticky header,
 * so it never covers the text or its controls.
 */
import { route } from 'preact-router';
import { useEffect, useRef, useState } from 'preact/hooks';
import { measureTalkBody, talkBody } from '../reading/talk-body';
import { findMatches } from './find-matches';
import { onReadingInfo, readingInfo, setReadingInfo, type ReadingInfo } from './reading-bar-store';
import './reading-bar.css';
import { followWindowScroll } from '../window-scroll';

const MATCH = 'talkshelf-match';
/** The bar shows once the reader scrolled this far (the talk's own header is out of view), or at once when the talk has search matches to step through. */
const SHOW_AFTER_PX = 240;
const CURRENT = 'talkshelf-current';

/** The Custom Highlight API where the browser has it (Chromium 105+, Safari 17.2+, Firefox 140+). */
const highlights = (): HighlightRegistry | undefined =>
  typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;

function useReadingInfo(): ReadingInfo | undefined {
  const [info, setInfo] = useState(readingInfo);
  useEffect(() => onReadingInfo(() => setInfo(readingInfo())), []);
  return info;
}

/** Progress through the talk's body, and whether the reader has scrolled past the talk's header. */
function useProgress(info: ReadingInfo | undefined): [number, boolean] {
  const [progress, setProgress] = useState(0);
  const [scrolled, setScrolled] = useState(false);
  useEffect(() => {
    if (!info) return;
    return followWindowScroll(() => {
      const measured = measureTalkBody();
      if (!measured) return;
      setProgress(measured.progress);
      setScrolled(window.scrollY > SHOW_AFTER_PX);
    }).stop;
  }, [info?.talkId]);
  return [progress, scrolled];
}

/** Scrolls the window so that `range` sits a third of the way down below the sticky header. */
function reveal(range: Range): void {
  const header = document.querySelector('.site-top')?.getBoundingClientRect().height ?? 0;
  const rect = range.getBoundingClientRect();
  const y = rect.top + window.scrollY - header - (window.innerHeight - header) / 3;
  window.scrollTo({ top: Math.max(0, y), behavior: 'instant' });
}

function useMatches(info: ReadingInfo | undefined) {
  const [ranges, setRanges] = useState<Range[]>([]);
  const [at, setAt] = useState(0);
  useEffect(() => {
    setRanges([]);
    setAt(0);
    if (!info?.terms.length) return;
    let live = true;
    const body = talkBody();
    if (!body) return;
    void findMatches(body, info.terms).then((found) => {
      if (!live) return;
      setRanges(found);
      const registry = highlights();
      if (registry && found.length) registry.set(MATCH, new Highlight(...found));
      if (found[0]) reveal(found[0]);
    });
    return () => {
      live = false;
      highlights()?.delete(MATCH);
      highlights()?.delete(CURRENT);
    };
  }, [info?.talkId, info?.terms.join(' ')]);
  useEffect(() => {
    const range = ranges[at];
    if (range) highlights()?.set(CURRENT, new Highlight(range));
  }, [ranges, at]);
  const go = (step: number) => {
    if (!ranges.length) return;
    const next = (at + step + ranges.length) % ranges.length;
    setAt(next);
    reveal(ranges[next]);
  };
  return { count: ranges.length, at, go };
}

/** The reading bar, or nothing when no talk is on screen. */
export function ReadingBar() {
  const info = useReadingInfo();
  const [progress, scrolled] = useProgress(info);
  const matches = useMatches(info);
  const bar = useRef<HTMLDivElement>(null);
  if (!info) return null;
  if (!info.terms.length && !scrolled) return null;
  const left = Math.ceil(info.minutes * (1 - progress));
  const clear = () => {
    const url = new URL(location.href);
    url.searchParams.delete('hl');
    route(`${url.pathname}${url.search}${url.hash}`, true);
    setReadingInfo({ ...info, terms: [] });
  };
  return (
    <div class={`reading-bar${info.terms.length ? ' reading-bar--matches' : ''}`} ref={bar}>
      <div
        class="reading-bar__progress"
        role="progressbar"
        aria-label="Reading progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress * 100)}
        style={{ transform: `scaleX(${progress})` }}
      />
      <span class="reading-bar__left">
        {progress >= 1 ? 'Read to the end' : `${Math.max(1, left)} min left`}
      </span>
      {info.terms.length > 0 && (
        <span class="reading-bar__matches" role="group" aria-label="Search matches">
          <span aria-live="polite">
            {matches.count ? `${matches.at + 1} of ${matches.count}` : 'No matches'}
          </span>
          <button type="button" onClick={() => matches.go(-1)} aria-label="Previous match">
            ↑
          </button>
          <button type="button" onClick={() => matches.go(1)} aria-label="Next match">
            ↓
          </button>
          <button type="button" onClick={clear} aria-label="Stop highlighting">
            ✕
          </button>
        </span>
      )}
      <button
        type="button"
        class="reading-bar__top"
        onClick={() => {
          window.scrollTo({ top: 0, behavior: 'instant' });
          document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
        }}
      >
        Top
      </button>
    </div>
  );
}
