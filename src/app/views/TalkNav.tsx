/** Links to the previous and next talk of the same event (j/k and arrows click them). */
import type { TalkRecord } from '../../shared/types';
import { talkUrl } from '../../shared/urls';
import { useBase } from '../base';

/** The previous/next links, or nothing when the talk is alone in its event. */
export function TalkNav({ prev, next }: { prev?: TalkRecord; next?: TalkRecord }) {
  const base = useBase();
  if (!prev && !next) return null;
  return (
    <nav class="talk-nav" aria-label="Other talks of this event">
      {prev && (
        <a href={talkUrl(base, prev.id)} rel="prev" data-shortcut="prev" class="talk-nav-prev">
          <span class="talk-nav-label">Previous</span> {prev.title}
        </a>
      )}
      {next && (
        <a href={talkUrl(base, next.id)} rel="next" data-shortcut="next" class="talk-nav-next">
          <span class="talk-nav-label">Next</span> {next.title}
        </a>
      )}
    </nav>
  );
}
