// Placeholder with the agreed signature; the bookmarks work replaces this file.
/** The bookmarks page at /bookmarks/ (also opens shared lists). */
export function BookmarksPage(_props: { path?: string }) {
  return <h1 tabIndex={-1}>Bookmarks</h1>;
}
