// Placeholder with the agreed signature; the search work replaces this file.
/** The search field in the header of every page. */
export function SearchBox() {
  return null;
}
