// Placeholder with the agreed signature; the keyboard work replaces this file.
/** Global keyboard shortcuts and their help sheet (`?`); mounted once by the app. */
export function KeyboardShortcuts() {
  return null;
}
