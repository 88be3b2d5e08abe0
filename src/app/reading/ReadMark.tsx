/** The "Read" mark beside a talk in lists, once the reader saw the end of it. */
import { finishedIds } from './position-stores';
import './reading.css';

/** A small "Read" mark shown in lists for talks read to the end. */
export function ReadMark({ talkId }: { talkId: string }) {
  const finished = finishedIds.use();
  if (!finished?.has(talkId)) return null;
  return (
    <span class="ts-read-mark" data-read-mark="">
      <span aria-hidden="true">✓ </span>Read
    </span>
  );
}
