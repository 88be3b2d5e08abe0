/** The editable personal note of one bookmark: saved while typing (debounced) and on leaving the field. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { NOTE_MAX_LENGTH, setBookmarkNote } from '../../data/bookmarks';
import type { Bookmark } from '../../shared/types';

const SAVE_DELAY_MS = 700;

/** A labelled textarea for `bookmark.note`, with a character count and a save status. */
export function NoteEditor({ bookmark }: { bookmark: Bookmark }) {
  const [text, setText] = useState(bookmark.note);
  const [status, setStatus] = useState('');
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const id = `note-${bookmark.talkId}`;

  // Take a note changed elsewhere (another tab, an import) unless the reader is typing here.
  useEffect(() => {
    if (!focused.current) setText(bookmark.note);
  }, [bookmark.note]);

  const save = (value: string) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (value === bookmark.note) return;
    setBookmarkNote(bookmark.talkId, value).then(
      () => setStatus('Note saved'),
      () => setStatus('The note was not saved'),
    );
  };

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <div class="ts-note">
      <label for={id} class="ts-note__label">
        Note <span class="visually-hidden">on {bookmark.talkTitle}</span>
      </label>
      <textarea
        id={id}
        class="ts-note__field"
        rows={2}
        maxLength={NOTE_MAX_LENGTH}
        value={text}
        onFocus={() => (focused.current = true)}
        onInput={(event) => {
          const value = event.currentTarget.value;
          setText(value);
          setStatus('');
          clearTimeout(timer.current);
          timer.current = setTimeout(() => save(value), SAVE_DELAY_MS);
        }}
        onBlur={(event) => {
          focused.current = false;
          save(event.currentTarget.value);
        }}
      />
      <p class="ts-note__meta" aria-live="polite">
        <span>{status}</span>
        <span>
          {text.length}/{NOTE_MAX_LENGTH}
        </span>
      </p>
    </div>
  );
}
