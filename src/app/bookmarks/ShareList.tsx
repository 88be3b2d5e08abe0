/** "Share list": one link holding the bookmarked talks, shared with Web Share or copied. */
import { useState } from 'preact/hooks';
import { bookmarksUrl } from '../../shared/urls';
import { buildShareLink, type ShareLink } from './share-link';
import { useBase } from '../base';

/** A share button for `talkIds`, then the link itself for copying by hand. */
export function ShareList({ talkIds }: { talkIds: readonly string[] }) {
  const base = useBase();
  const [link, setLink] = useState<ShareLink>();
  const [status, setStatus] = useState('');

  async function share() {
    const pageUrl = new URL(bookmarksUrl(base), location.origin).href;
    const next = buildShareLink(pageUrl, talkIds);
    setLink(next);
    try {
      if (typeof navigator.share === 'function') {
        await navigator.share({ title: 'Talks from my Talkshelf', url: next.url });
        setStatus('Shared.');
      } else {
        await navigator.clipboard.writeText(next.url);
        setStatus('Link copied.');
      }
    } catch {
      setStatus('Copy the link below.');
    }
  }

  return (
    <section class="ts-share" aria-labelledby="ts-share-heading">
      <h2 id="ts-share-heading">Share list</h2>
      <button type="button" class="ts-button" onClick={() => void share()}>
        Share a link to these {talkIds.length} talks
      </button>
      <p role="status" class="ts-message">
        {status}
      </p>
      {link && (
        <>
          <label class="ts-share__label" for="ts-share-url">
            Link to the list
          </label>
          <input
            id="ts-share-url"
            class="ts-share__url"
            readOnly
            value={link.url}
            onFocus={(event) => event.currentTarget.select()}
          />
          {link.omitted > 0 && (
            <p class="ts-message">
              The link holds the newest {link.included} talks; {link.omitted} did not fit.
            </p>
          )}
        </>
      )}
    </section>
  );
}
