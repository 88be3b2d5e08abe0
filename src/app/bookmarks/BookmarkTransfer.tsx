/** Export the bookmarks to a JSON file, and import such a file (checked first; all or nothing). */
import { useState } from 'preact/hooks';
import {
  exportFileName,
  MAX_IMPORT_BYTES,
  parseBookmarkFile,
  serializeBookmarks,
} from '../../data/bookmark-file';
import { listBookmarks, mergeBookmarks } from '../../data/bookmarks';
import { StorageProblem } from '../../data/db';

type Message = { kind: 'status' | 'error'; text: string } | undefined;

/** The export button, the import file picker, and what the last action did. */
export function BookmarkTransfer() {
  const [message, setMessage] = useState<Message>();

  async function exportAll() {
    try {
      const bookmarks = await listBookmarks();
      const blob = new Blob([serializeBookmarks(bookmarks)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = exportFileName();
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setMessage({ kind: 'status', text: `Exported ${plural(bookmarks.length, 'bookmark')}.` });
    } catch (error) {
      setMessage({ kind: 'error', text: `Export failed. ${reason(error)}` });
    }
  }

  async function importFile(file: File) {
    const refused = (why: string) =>
      setMessage({
        kind: 'error',
        text: `Import refused: ${why} Your bookmarks were not changed.`,
      });
    // Refuse a huge file before reading it into memory.
    if (file.size > MAX_IMPORT_BYTES) {
      return refused(`The file is too large (over ${MAX_IMPORT_BYTES / 1_000_000} MB).`);
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      return refused('The file could not be read.');
    }
    const parsed = parseBookmarkFile(text, file.size);
    if (!parsed.ok) return refused(parsed.reason);
    try {
      const { added, updated } = await mergeBookmarks(parsed.bookmarks);
      setMessage({
        kind: 'status',
        text: `Imported: ${plural(added, 'bookmark')} added, ${updated} updated.`,
      });
    } catch (error) {
      refused(reason(error));
    }
  }

  return (
    <section class="ts-transfer" aria-labelledby="ts-transfer-heading">
      <h2 id="ts-transfer-heading">Export and import</h2>
      <div class="ts-transfer__actions">
        <button type="button" class="ts-button" onClick={() => void exportAll()}>
          Export bookmarks
        </button>
        <label class="ts-button ts-file">
          Import bookmarks…
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            data-testid="import-bookmarks"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
      </div>
      <p
        role={message?.kind === 'error' ? 'alert' : 'status'}
        class={message?.kind === 'error' ? 'ts-message ts-message--error' : 'ts-message'}
      >
        {message?.text}
      </p>
    </section>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function reason(error: unknown): string {
  return error instanceof StorageProblem ? error.message : 'Storage refused the change.';
}
