/** The home page's "Continue reading" card: the most recently read talk that is not finished. */
import { useEffect, useState } from 'preact/hooks';
import { getEvent, getTalk } from '../../data/corpus-store';
import type { EventRecord, TalkRecord } from '../../shared/types';
import { talkUrl } from '../../shared/urls';
import { useBase } from '../base';
import { unfinishedPositions } from './position-stores';
import './reading.css';

interface Candidate {
  talk: TalkRecord;
  event?: EventRecord;
  progress: number;
}

/** "Continue reading" card for the last unfinished talk, on the home page. */
export function ContinueReading() {
  const base = useBase();
  const positions = unfinishedPositions.use();
  const [candidate, setCandidate] = useState<Candidate>();

  useEffect(() => {
    if (!positions) return;
    let current = true;
    void (async () => {
      // The newest position may belong to a talk that left the corpus: take the next one.
      for (const position of positions.slice(0, 10)) {
        const talk = await getTalk(position.talkId).catch(() => undefined);
        if (!talk) continue;
        const event = await getEvent(talk.eventId).catch(() => undefined);
        if (current) setCandidate({ talk, event, progress: position.progress });
        return;
      }
      if (current) setCandidate(undefined);
    })();
    return () => {
      current = false;
    };
  }, [positions]);

  if (!candidate) return null;
  const percent = Math.round(candidate.progress * 100);
  return (
    <section class="ts-continue" aria-labelledby="ts-continue-heading">
      <h2 id="ts-continue-heading" class="ts-continue__heading">
        Continue reading
      </h2>
      <a class="ts-continue__title" href={talkUrl(base, candidate.talk.id)}>
        {candidate.talk.title}
      </a>
      {candidate.event && <p class="ts-continue__event">{candidate.event.title}</p>}
      <div class="ts-continue__progress">
        <progress max={100} value={percent} aria-label={`${percent}% read`} />
        <span aria-hidden="true">{percent}%</span>
      </div>
    </section>
  );
}
