/** The search page at /search/?q=…: results as the reader types, filters, and every state explained. */
import { Component } from 'preact';
import { route, useRouter } from 'preact-router';
import { useHistoryScroll } from '../home/list-scroll';
import { useBase } from '../base';
import { plural } from '../format';
import { SearchFilters } from './SearchFilters';
import { ResultPages, type PageMarks } from './ResultPages';
import { SearchResult } from './SearchResult';
import { hasFilters, parseSearchParams, RESULTS_PAGE, searchParamsUrl } from './search-params';
import type { SearchParams } from './search-params';
import { useShownUrl } from './typed-url';
import { useLasting } from './use-lasting';
import { useSearchResults } from './use-search-results';
import type { SearchResults, ShownResult } from './use-search-results';
import './search.css';

/** An answer taking longer than this dims the results it will replace. */
const SLOW_ANSWER_MS = 200;

/**
 * A result that renders again only when its result changes: each keystroke re-renders the page
 * (the address, then "busy") while the shown results stay the same objects.
 */
class StableResult extends Component<{ result: ShownResult; marks: PageMarks }> {
  override shouldComponentUpdate(next: { result: ShownResult; marks: PageMarks }): boolean {
    const { result, marks } = this.props;
    return (
      next.result !== result ||
      next.marks['data-page-start'] !== marks['data-page-start'] ||
      next.marks['data-page-end'] !== marks['data-page-end']
    );
  }
  override render() {
    return <SearchResult result={this.props.result} marks={this.props.marks} />;
  }
}

function announce(state: SearchResults, q: string): string {
  if (!q.trim()) return '';
  if (state.error) return 'Search is unavailable.';
  if (!state.params || state.params.q !== q || state.tooShort) return '';
  if (state.mode === 'none') return `No talks found for ${q}.`;
  if (state.corrected) return `${plural(state.total, 'talk')} found for ${state.corrected.trim()}.`;
  return `${plural(state.total, 'talk')} found for ${q}.`;
}

function Status({ state, params }: { state: SearchResults; params: SearchParams }) {
  const base = useBase();
  const q = params.q.trim();
  if (!q) {
    return (
      <p class="search-hint">
        Type in the search field above to find talks by title, speaker or any word they contain, in
        English, Russian or Chinese. Press <kbd>/</kbd> to jump to the field from any page.
      </p>
    );
  }
  if (state.error) {
    return (
      <p class="search-empty">
        Search could not start: the index is not available ({state.error}). Open Talkshelf once
        while online so it can keep the index for offline use, then try again.
      </p>
    );
  }
  if (state.tooShort && state.params?.q === params.q) {
    return <p class="search-hint">Keep typing: one letter is too short to search.</p>;
  }
  if (state.params?.q !== params.q || state.mode === undefined) return null;
  if (state.mode === 'none') {
    return (
      <div class="search-empty">
        <p>
          No talks match <strong>{params.q}</strong>
          {hasFilters(params) ? ' with these filters' : ''}.
        </p>
        <ul>
          <li>Check the spelling, or try fewer or shorter words.</li>
          <li>Search by a speaker’s name, an event or a project.</li>
          {hasFilters(params) && (
            <li>
              <a href={searchParamsUrl(base, { q: params.q })}>Search all talks instead</a>
            </li>
          )}
        </ul>
      </div>
    );
  }
  if (state.corrected) {
    // As search engines do: the correction, and the way back to the words as typed.
    return (
      <p class="search-note">
        Showing results for <strong>{state.corrected.trim()}</strong>; search instead for{' '}
        <a href={searchParamsUrl(base, { ...params, exact: true })}>{q}</a>
      </p>
    );
  }
  return null;
}

/** The search page; the router passes the URL, the prerender renders the empty page. */
export function SearchPage(props: { path?: string; default?: boolean; url?: string }) {
  const base = useBase();
  const [router] = useRouter();
  // the words being typed, though the address may not show them yet
  const params = parseSearchParams(useShownUrl(props.url ?? router.url ?? ''));
  const state = useSearchResults(params);
  // Results are dimmed only when the next answer is slow to come.
  const slow = useLasting(!!state.busy, SLOW_ANSWER_MS);
  const current = state.params && JSON.stringify(state.params) === JSON.stringify(params);
  // The last results stay while the next search runs (dimmed once it takes a while): dropping them
  // for the render between a keystroke and its search would rebuild every result on each key.
  const shown = state.results;
  // back from a talk opened from result #21 returns to it
  useHistoryScroll(!!current && shown.length > 0 && !state.partial);

  return (
    // `data-results-for`: the query the shown results answer (the benchmark times keystroke to paint by it)
    <div class="page search-page" data-results-for={state.params?.q}>
      <h1 tabIndex={-1}>{params.q ? `Search: ${params.q}` : 'Search'}</h1>
      <SearchFilters params={params} onChange={(next) => route(searchParamsUrl(base, next))} />
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announce(state, params.q)}
      </p>
      <Status state={state} params={params} />
      {shown.length > 0 && (
        <>
          {state.total > shown.length && (
            <p class="search-count">
              Showing the best {shown.length} of {plural(state.total, 'talk')}.
            </p>
          )}
          {/* Pages far from the screen are spacers: the DOM stays small however many are loaded. */}
          <ResultPages
            class={`search-results${slow ? ' search-results--busy' : ''}`}
            items={shown}
            pageSize={RESULTS_PAGE}
            keyOf={(r) => r.talk.id}
            render={(r, marks) => <StableResult result={r} marks={marks} />}
          />
          {state.total > shown.length && (
            // Every result is reachable; the count asked for lives in the URL, so back returns to it.
            <p class="search-more">
              <button
                type="button"
                class="button"
                onClick={() =>
                  route(searchParamsUrl(base, { ...params, more: (params.more ?? 0) + 1 }), true)
                }
              >
                Show {Math.min(RESULTS_PAGE, state.total - shown.length)} more
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
