/** The routes without corpus pages of their own: about and the 404 page. */
import { useEffect, useState } from 'preact/hooks';
import { getCorpusMeta } from '../../data/corpus-store';
import { storageStatus } from '../../data/storage';
import { AboutView, type AboutViewProps } from '../views/AboutView';
import { NotFoundView } from '../views/NotFoundView';
import { useDocumentTitle } from './use-page';

/** `/about/`: loads the corpus facts and storage status into the about page. */
export function AboutRoute(_props: { path?: string }) {
  const [facts, setFacts] = useState<AboutViewProps>({});
  useDocumentTitle({ kind: 'about' });
  useEffect(() => {
    void getCorpusMeta()
      .then((corpus) => setFacts((old) => ({ ...old, corpus })))
      .catch(() => undefined);
    void storageStatus().then((storage) => setFacts((old) => ({ ...old, storage })));
  }, []);
  return <AboutView {...facts} />;
}

/** Any unknown path. */
export function NotFoundRoute(_props: { default?: boolean }) {
  useDocumentTitle({ kind: 'notFound' });
  return <NotFoundView />;
}
