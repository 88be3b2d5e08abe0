/** The about route: the corpus facts, settings and offline reading (a chunk of its own). */
import { useEffect, useState } from 'preact/hooks';
import { getCorpusMeta } from '../../data/corpus-store';
import { OfflineSection } from '../offline/OfflineSection';
import { AboutView, type AboutViewProps } from '../views/AboutView';
import { useDocumentTitle } from './use-page';

/** `/about/`: loads the corpus facts into the about page and adds the offline section. */
export function AboutRoute(_props: { path?: string }) {
  const [corpus, setCorpus] = useState<AboutViewProps['corpus']>();
  useDocumentTitle({ kind: 'about' });
  useEffect(() => {
    void getCorpusMeta()
      .then(setCorpus)
      .catch(() => undefined);
  }, []);
  return (
    <AboutView corpus={corpus}>
      <OfflineSection />
    </AboutView>
  );
}
