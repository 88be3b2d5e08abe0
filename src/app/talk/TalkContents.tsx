/**
 * A long talk's contents, from its own headings: a folded list on a phone, a column beside the
 * text on a wide screen. Each entry links to its heading's anchor.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { OutlineEntry } from './talk-outline';

/** Fewest headings worth a contents list. */
const MIN_ENTRIES = 3;
/** From this width the contents stand open beside the text (keep in step with reading-bar.css). */
const WIDE = '(min-width: 72rem)';

/** The contents, or nothing for a talk with fewer than three headings. */
export function TalkContents({ entries }: { entries: OutlineEntry[] }) {
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (details.current && window.matchMedia?.(WIDE).matches) details.current.open = true;
  }, []);
  if (entries.length < MIN_ENTRIES) return null;
  return (
    <nav class="talk-toc" aria-label="Contents">
      <details ref={details}>
        <summary>Contents ({entries.length})</summary>
        <ol>
          {entries.map((entry) => (
            <li key={entry.id} class={`talk-toc__l${entry.level}`}>
              <a href={`#${entry.id}`}>{entry.text}</a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
