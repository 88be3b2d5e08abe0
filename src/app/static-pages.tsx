/**
 * The prerender's entry (runs in Node): a page as the HTML that goes inside `<div id="app">`,
 * exactly what the app renders for the same URL so it can take over without a flash.
 */
import { renderToString } from 'preact-render-to-string';
import { BASE, BaseContext } from './base';
import { PageView } from './PageView';
import { Layout } from './shell/Layout';
import type { StaticPage } from './page-meta';

export { pageMeta, type PageMeta, type StaticPage } from './page-meta';

/** The inner HTML of `#app` for this page, with links under `base`. */
export function renderStaticPage(page: StaticPage, base: string = BASE): string {
  return renderToString(
    <BaseContext.Provider value={base}>
      <Layout>
        <PageView page={page} />
      </Layout>
    </BaseContext.Provider>,
  );
}
