/** The 404 page, with ways back. */
import { homeUrl, searchUrl } from '../../shared/urls';
import { useBase } from '../base';

/** A "page not found" message linking home and to search; `what` names what was missing. */
export function NotFoundView({ what = 'page' }: { what?: string }) {
  const base = useBase();
  return (
    <div class="page not-found">
      <h1 tabIndex={-1}>Page not found</h1>
      <p>There is no {what} at this address. It may have moved when the notes were updated.</p>
      <ul class="links">
        <li>
          <a href={homeUrl(base)}>All events</a>
        </li>
        <li>
          <a href={searchUrl(base)}>Search the talks</a>
        </li>
      </ul>
    </div>
  );
}
