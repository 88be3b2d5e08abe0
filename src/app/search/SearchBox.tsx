/**
 * The search field in the header of every page. Typing goes to /search/?q=…: the first keystroke of
 * a burst adds a history entry and the rest replace it, so back walks through committed queries.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { route, useRouter } from 'preact-router';
import { useBase } from '../base';
import { searchUrl } from '../../shared/urls';
import { parseSearchParams, searchParamsUrl } from './search-params';
import './search.css';

// A burst of typing owns one history entry until it is committed (Enter, leaving the field, a pause).
let burst = false;
let pause: ReturnType<typeof setTimeout> | undefined;
const PAUSE_MS = 1500;

function commit() {
  burst = false;
  clearTimeout(pause);
}

/** The header's search form; its input carries `data-shortcut="search"` for the `/` shortcut. */
export function SearchBox() {
  const base = useBase();
  const [{ url }] = useRouter();
  const onSearchPage = !!url && url.split(/[?#]/)[0] === searchUrl(base);
  const urlQuery = onSearchPage ? parseSearchParams(url).q : '';
  const [value, setValue] = useState(urlQuery);
  const input = useRef<HTMLInputElement>(null);

  // Back/forward or a link changed the query: show it (unless it is what is being typed).
  useEffect(() => {
    if (document.activeElement !== input.current || !burst) setValue(urlQuery);
  }, [urlQuery]);

  const go = (q: string, replace: boolean) => {
    const current = onSearchPage ? parseSearchParams(url) : { q: '' };
    // New words deserve correcting again: "search instead for" held only for the words it named.
    route(searchParamsUrl(base, { ...current, q, exact: undefined, more: undefined }), replace);
  };

  const onBlur = (event: FocusEvent) => {
    // After a navigation the shell focuses the new page's heading; while typing, stay in the field.
    const to = event.relatedTarget as Element | null;
    if (burst && to?.matches('main h1')) {
      input.current?.focus({ preventScroll: true });
      return;
    }
    commit();
  };

  // About to type: the worker starts and opens the index now, and the highlighter the results
  // use loads, so the first letters do not wait.
  const onFocus = () => {
    void import('./search-client').then(({ getSearchClient }) => getSearchClient());
    void import('../../search/highlight');
  };

  const onInput = (event: Event) => {
    const q = (event.currentTarget as HTMLInputElement).value;
    setValue(q);
    go(q, burst && onSearchPage);
    burst = true;
    clearTimeout(pause);
    pause = setTimeout(commit, PAUSE_MS);
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (!onSearchPage || urlQuery !== value) go(value, burst && onSearchPage);
    commit();
  };

  return (
    <form
      class="search-box"
      role="search"
      action={searchUrl(base)}
      method="get"
      onSubmit={onSubmit}
    >
      <label class="visually-hidden" for="site-search-input">
        Search talks
      </label>
      <input
        ref={input}
        id="site-search-input"
        class="search-box__input"
        type="search"
        name="q"
        value={value}
        placeholder="Search talks"
        autocomplete="off"
        spellcheck={false}
        enterKeyHint="search"
        data-shortcut="search"
        aria-keyshortcuts="/"
        onInput={onInput}
        onFocus={onFocus}
        onBlur={onBlur}
      />
    </form>
  );
}
