/** Loads a route's page from the corpus (instantly when cached) and keeps the document title in step. */
import { useEffect, useState } from 'preact/hooks';
import { CorpusUnavailable } from '../../data/corpus-store';
import { pageMeta, type StaticPage } from '../page-meta';
import { useBase } from '../base';
import { cachedPage, loadPage } from './route-data';

/** A route's data: `page` undefined while loading, `null` when it does not exist. */
export interface PageState {
  page?: StaticPage | null;
  error?: Error;
}

/** The page for `key`, loading it on first use. */
export function usePage(key: string): PageState {
  const [state, setState] = useState<PageState & { key: string }>(() => ({
    key,
    page: cachedPage(key),
  }));
  useEffect(() => {
    if (state.key === key && state.page !== undefined) return;
    let live = true;
    setState({ key, page: cachedPage(key) });
    loadPage(key).then(
      (page) => live && setState({ key, page }),
      (error: unknown) =>
        live && setState({ key, error: error instanceof Error ? error : new CorpusUnavailable() }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  const current = state.key === key ? state : { page: cachedPage(key) };
  useDocumentTitle(
    current.page ? current.page : current.page === null ? { kind: 'notFound' } : undefined,
  );
  return current;
}

/** Sets `document.title` from the page's meta once the page is known. */
export function useDocumentTitle(page: StaticPage | undefined): void {
  const base = useBase();
  const title = page ? pageMeta(page, base).title : undefined;
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
