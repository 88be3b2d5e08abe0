// Placeholder with the agreed signature; the reading-position work replaces this file.
/** "Continue reading" card for the last unfinished talk, on the home page. */
export function ContinueReading() {
  return null;
}
