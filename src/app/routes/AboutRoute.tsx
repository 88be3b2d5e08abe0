/** The about route: the corpus facts, storage status and settings (a chunk of its own). */
import { useEffect, useState } from 'preact/hooks';
import { getCorpusMeta } from '../../data/corpus-store';
import { storageStatus } from '../../data/storage';
import { AboutView, type AboutViewProps } from '../views/AboutView';
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
