/**
 * The search field in the header of every page. Typing goes to /search/?q=…: the first keystroke of
 * a burst adds a history entry and the rest replace it, so back walks through committed queries. On
 * the search page the address follows the typing after a pause (see typed-url).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { route, useRouter } from 'preact-router';
import { useBase } from '../base';
import { searchUrl } from '../../shared/urls';
import { parseSearchParams, searchParamsUrl } from './search-params';
import { shownUrl, typeUrl, writeTypedUrl } from './typed-url';
import './search.css';

// A burst of typing owns one history entry until it is committed (Enter, leaving the field, a pause).
let burst = false;
let pause: ReturnType<typeof setTimeout> | undefined;
const PAUSE_MS = 1500;

function commit() {
  burst = false;
  clearTimeout(pause);
  writeTypedUrl();
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

  const go = (q: string) => {
    const current = onSearchPage ? parseSearchParams(shownUrl(url)) : { q: '' };
    // New words deserve correcting again: "search instead for" held only for the words it named.
    const next = searchParamsUrl(base, { ...current, q, exact: undefined, more: undefined });
    if (onSearchPage) typeUrl(next, url, !burst);
    else route(next); // another page: the search page opens now
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
    go(q);
    burst = true;
    clearTimeout(pause);
    pause = setTimeout(commit, PAUSE_MS);
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (!onSearchPage || parseSearchParams(shownUrl(url)).q !== value) go(value);
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
