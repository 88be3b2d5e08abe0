/** The route for any unknown path: the 404 page. */
import { NotFoundView } from '../views/NotFoundView';
import { useDocumentTitle } from './use-page';

/** Any unknown path. */
export function NotFoundRoute(_props: { default?: boolean }) {
  useDocumentTitle({ kind: 'notFound' });
  return <NotFoundView />;
}
