/** Shares a link: the Web Share API where the device has it, otherwise copies it and says so. */
import { useState } from 'preact/hooks';

type Outcome = 'idle' | 'copied' | 'manual';

/** A Share button for `path` (an in-app URL), with a visible confirmation after copying. */
export function ShareButton({ path, title }: { path: string; title: string }) {
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const url = () => new URL(path, location.href).href;

  async function share() {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url: url() });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        // sharing refused: fall back to copying
      }
    }
    try {
      await navigator.clipboard.writeText(url());
      setOutcome('copied');
    } catch {
      setOutcome('manual');
    }
  }

  return (
    <span class="share">
      <button type="button" class="button" onClick={() => void share()}>
        Share
      </button>
      <span role="status" class="share-status">
        {outcome === 'copied' && 'Link copied'}
        {outcome === 'manual' && (
          <label>
            Copy this link{' '}
            <input
              readOnly
              value={url()}
              onFocus={(e) => e.currentTarget.select()}
              ref={(input) => input?.focus()}
            />
          </label>
        )}
      </span>
    </span>
  );
}
