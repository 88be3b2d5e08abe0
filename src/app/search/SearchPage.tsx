// Placeholder with the agreed signature; the search work replaces this file.
/** The search page at /search/?q=… */
export function SearchPage(_props: { path?: string; default?: boolean }) {
  return <h1 tabIndex={-1}>Search</h1>;
}
