/** Speakers with their handles and affiliations. */
import type { Speaker } from '../../shared/types';

/** A list of speakers; nothing when there are none. `compact` gives names only, for lists. */
export function SpeakerList({ speakers, compact }: { speakers: Speaker[]; compact?: boolean }) {
  if (speakers.length === 0) return null;
  if (compact) return <p class="speakers-compact">{speakers.map((s) => s.name).join(', ')}</p>;
  return (
    <ul class="speakers" aria-label="Speakers">
      {speakers.map((speaker, i) => (
        <li key={i}>
          <span class="speaker-name">{speaker.name}</span>
          {speaker.handle && <span class="speaker-handle"> {speaker.handle}</span>}
          {speaker.affiliation && <span class="speaker-affiliation">, {speaker.affiliation}</span>}
        </li>
      ))}
    </ul>
  );
}
