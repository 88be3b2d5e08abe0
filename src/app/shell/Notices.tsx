/**
 * Every global notice (download progress, storage problems, offline, updates, install) in one
 * stack at the bottom of the window, so none hides another. Pages keep a fixed room below their
 * last line (shell.css) for the stack: a notice never covers the text's own controls at the end
 * of a page, and a notice coming or going never changes the page's height (an update applied at
 * the end of a talk keeps the reader exactly there).
 */
import { PwaStatus } from '../pwa/PwaStatus';
import { CorpusProgress } from './CorpusProgress';
import { StorageNotice } from './StorageNotice';

/** The notice stack. */
export function Notices() {
  return (
    <div class="notices">
      <CorpusProgress />
      <StorageNotice />
      <PwaStatus />
    </div>
  );
}
